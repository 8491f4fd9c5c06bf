package compat

import (
	"crypto/hmac"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/upstream"
)

// An SDK token is what the pass-through's token endpoints hand a WeChat SDK in
// place of the account's access_token: useless anywhere but here, bound to the
// caller (and the key it fetched with), the account and an expiry, and verifiable
// by every replica without shared state (a MAC keyed from the account's app secret,
// which all replicas hold):
//
//	wxgt1.<base64url JSON {c: caller, a: account, e: expiry (unix s), k: key tag, i: key id}>.<base64url MAC>
//
// WeChat documents access_tokens as up to 512 characters; these stay far below.

const tokenPrefix = "wxgt1."

// macPurpose separates this MAC from any other the gateway may derive.
const macPurpose = "wxgate pass-through SDK token v1"

type claims struct {
	Caller  string `json:"c"`
	Account string `json:"a"`
	Expiry  int64  `json:"e"`
	KeyTag  string `json:"k,omitempty"`
	KeyID   string `json:"i,omitempty"` // the key's public id, for log lines
}

func mint(c *upstream.Client, cl claims) string {
	payload, _ := json.Marshal(cl)
	p := base64.RawURLEncoding.EncodeToString(payload)
	mac := c.MAC(macPurpose, []byte(p))[:18]
	return tokenPrefix + p + "." + base64.RawURLEncoding.EncodeToString(mac)
}

var (
	errNotOurs = errors.New("not a token of this gateway")
	errExpired = errors.New("expired")
)

// verify checks an SDK token: errNotOurs for anything forged, altered or for an
// account gone, errExpired for one past its expiry.
func verify(set *accounts.Set, tok string, now time.Time) (claims, *upstream.Client, error) {
	rest, ok := strings.CutPrefix(tok, tokenPrefix)
	p, m, ok2 := strings.Cut(rest, ".")
	if !ok || !ok2 || len(tok) > 512 {
		return claims{}, nil, errNotOurs
	}
	raw, err := base64.RawURLEncoding.DecodeString(p)
	mac, err2 := base64.RawURLEncoding.DecodeString(m)
	var cl claims
	if err != nil || err2 != nil || json.Unmarshal(raw, &cl) != nil {
		return claims{}, nil, errNotOurs
	}
	c, err := set.ByName(cl.Account)
	if err != nil || !hmac.Equal(mac, c.MAC(macPurpose, []byte(p))[:18]) {
		return claims{}, nil, errNotOurs
	}
	if now.Unix() >= cl.Expiry {
		return cl, c, errExpired
	}
	return cl, c, nil
}
