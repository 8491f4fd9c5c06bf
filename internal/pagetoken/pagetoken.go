// Package pagetoken makes and reads AIP-158 page tokens for lists that WeChat pages
// by number or by offset. A token holds the list it continues, the position of the
// next item and the filter the listing started with. It is opaque to callers but not
// secret, and not a security boundary: a token edited to name another offset only
// lists another page of what the caller may list anyway.
package pagetoken

import (
	"bytes"
	"encoding/base64"
	"encoding/json"

	"github.com/wxgate/wxgate/internal/badrequest"
)

// MaxOffset bounds the offset a token may name, far past any account's shops,
// devices or stores, so that a forged token cannot make WeChat's page numbers or
// offsets overflow.
const MaxOffset = 1 << 24

// token is what a page token holds, as base64url of its JSON.
type token struct {
	List   string `json:"l"`
	Offset int    `json:"o"`
	Filter int64  `json:"s,omitempty"`
}

func (t token) encode() string {
	raw, _ := json.Marshal(t) // three plain fields: never fails
	return base64.RawURLEncoding.EncodeToString(raw)
}

// Encode is the token of the page of list, filtered by filter (0: none), that starts
// at offset.
func Encode(list string, filter int64, offset int) string {
	return token{List: list, Offset: offset, Filter: filter}.encode()
}

// Offset returns the offset that tok continues list from, for a listing filtered by
// filter: 0 for the first page (no token). A token that is not one of ours, belongs to
// another list or filter, or names an impossible offset is INVALID_ARGUMENT naming
// page_token.
func Offset(tok, list string, filter int64) (int, error) {
	if tok == "" {
		return 0, nil
	}
	invalid := badrequest.Field("page_token", "not a page token of this list: pass the next_page_token of the previous page unchanged")
	raw, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil {
		return 0, invalid
	}
	var t token
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil || dec.More() {
		return 0, invalid
	}
	// Only tokens this code wrote, byte for byte, are accepted.
	if t.encode() != tok || t.List != list || t.Offset <= 0 || t.Offset > MaxOffset {
		return 0, invalid
	}
	if t.Filter != filter {
		return 0, badrequest.Field("page_token", "the page token belongs to a listing with another filter")
	}
	return t.Offset, nil
}

// Size is AIP-158's page_size with the list's default (for 0 or less) and maximum
// (larger sizes are coerced down, as AIP-158 allows).
func Size(requested int32, def, max int) int {
	switch {
	case requested <= 0:
		return def
	case int64(requested) > int64(max):
		return max
	}
	return int(requested)
}
