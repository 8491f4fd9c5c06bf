// Package jssdk computes the WeChat JS-SDK signatures: wx.config's signature (with
// the jsapi_ticket), and the card signatures of wx.addCard's cardExt and
// wx.chooseCard's cardSign (with the card api_ticket). The rules are the JS-SDK
// documentation's (附录1 JS-SDK使用权限签名算法, 附录4 卡券扩展字段及签名生成算法);
// the tests hold the documentation's and the SDKs' vectors.
package jssdk

import (
	"crypto/rand"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// ConfigSignature is wx.config's signature: the SHA-1 of
// "jsapi_ticket=T&noncestr=N&timestamp=S&url=U" (the fields sorted by name, each
// name=value, joined with &), with url as the page has it, without its fragment.
func ConfigSignature(ticket, nonce string, timestamp int64, url string) string {
	s := "jsapi_ticket=" + ticket + "&noncestr=" + nonce + "&timestamp=" + strconv.FormatInt(timestamp, 10) + "&url=" + url
	return sha1Hex(s)
}

// CardExtSignature is the signature in wx.addCard's cardExt: the SHA-1 of the
// values api_ticket, timestamp, card_id, code, openid and nonce_str, sorted as
// strings and concatenated (an absent code or openid is "").
func CardExtSignature(ticket string, timestamp int64, cardID, code, openid, nonce string) string {
	return sortedSHA1(ticket, strconv.FormatInt(timestamp, 10), cardID, code, openid, nonce)
}

// ChooseCardSignature is wx.chooseCard's cardSign: the SHA-1 of the values
// api_ticket, app_id, location_id, timestamp, nonce_str, card_id and card_type,
// sorted as strings and concatenated (absent ones are "").
func ChooseCardSignature(ticket, appID, locationID string, timestamp int64, nonce, cardID, cardType string) string {
	return sortedSHA1(ticket, appID, locationID, strconv.FormatInt(timestamp, 10), nonce, cardID, cardType)
}

// CardExt is the cardExt of one card for wx.addCard.
type CardExt struct {
	Code                string `json:"code,omitempty"`
	Openid              string `json:"openid,omitempty"`
	Timestamp           string `json:"timestamp"`
	NonceStr            string `json:"nonce_str"`
	FixedBegintimestamp int64  `json:"fixed_begintimestamp,omitempty"`
	OuterStr            string `json:"outer_str,omitempty"`
	Signature           string `json:"signature"`
}

// JSON is the cardExt as wx.addCard takes it: a JSON string, the empty optional
// fields left out.
func (c CardExt) JSON() string {
	raw, _ := json.Marshal(c) // a struct of strings and an int: cannot fail
	return string(raw)
}

// Nonce returns 16 random letters and digits.
func Nonce() string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	var b [16]byte
	rand.Read(b[:])
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return string(b[:])
}

func sortedSHA1(values ...string) string {
	slices.Sort(values)
	return sha1Hex(strings.Join(values, ""))
}

func sha1Hex(s string) string {
	sum := sha1.Sum([]byte(s))
	return hex.EncodeToString(sum[:])
}
