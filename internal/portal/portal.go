// Package portal is the WeChat Wi-Fi portal sign of seed 001 (Wi-Fi硬件鉴权协议接口说明):
// the MD5 sign of a connect request, the weixin://connectToFreeWifi/ link that carries
// it, and the store of the shops' portal secret keys. It knows nothing of gRPC.
package portal

import (
	"crypto/md5"
	"crypto/subtle"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"
)

// APKey is the link's fixed apKey parameter (seed 001).
const APKey = "_p33beta"

// Params are the inputs of one sign, named as in seed 001.
type Params struct {
	AppID     string // the Official Account's app id (appId)
	Extend    string // passed through to AuthURL (extend)
	Timestamp int64  // milliseconds since the Unix epoch (timestamp)
	ShopID    int64  // the shop (shopId, shop_id)
	AuthURL   string // the authentication URL, not encoded (authUrl)
	MAC       string // mac, signed exactly as given
	SSID      string // ssid
}

// Sign is seed 001's sign: lowercase hex MD5(appId + extend + timestamp + shop_id +
// authUrl + mac + ssid + secretkey), the timestamp and shop id in decimal and the
// authUrl not encoded.
func Sign(p Params, secretKey string) string {
	sum := digest(p, secretKey)
	return hex.EncodeToString(sum[:])
}

// Verify reports whether sign is the sign of p with secretKey. The comparison takes
// the same time wherever the first differing digit is, so a caller cannot find a
// valid sign digit by digit. Hex digits of either case are accepted: the seed says
// MD5 and no more, and a router may print it in capitals.
func Verify(p Params, secretKey, sign string) bool {
	var got [md5.Size]byte
	if hex.DecodedLen(len(sign)) != len(got) {
		return false
	}
	if _, err := hex.Decode(got[:], []byte(sign)); err != nil {
		return false
	}
	want := digest(p, secretKey)
	return subtle.ConstantTimeCompare(got[:], want[:]) == 1
}

// digest is the MD5 of the sign's concatenation. The concatenation is built in a
// stack buffer, which holds every usual request (a heap one is used past it).
func digest(p Params, secretKey string) [md5.Size]byte {
	var buf [512]byte
	b := append(buf[:0], p.AppID...)
	b = append(b, p.Extend...)
	b = strconv.AppendInt(b, p.Timestamp, 10)
	b = strconv.AppendInt(b, p.ShopID, 10)
	b = append(b, p.AuthURL...)
	b = append(b, p.MAC...)
	b = append(b, p.SSID...)
	b = append(b, secretKey...)
	return md5.Sum(b)
}

// ConnectURL is seed 001's link that opens WeChat from a portal page:
//
//	weixin://connectToFreeWifi/?apKey=_p33beta&appId=…&shopId=…&authUrl=…&extend=…&timestamp=…&sign=…
//
// with the parameters in the seed's order and authUrl URL-encoded (mac and ssid are
// signed but not sent). Every value is encoded, which changes nothing for valid ones
// but keeps a stray & or # from forging a parameter.
func ConnectURL(p Params, sign string) string {
	var b strings.Builder
	b.Grow(96 + len(p.AppID) + 3*len(p.AuthURL) + len(p.Extend) + len(sign))
	b.WriteString("weixin://connectToFreeWifi/?apKey=" + APKey)
	b.WriteString("&appId=")
	b.WriteString(escape(p.AppID))
	b.WriteString("&shopId=")
	b.WriteString(strconv.FormatInt(p.ShopID, 10))
	b.WriteString("&authUrl=")
	b.WriteString(escape(p.AuthURL))
	b.WriteString("&extend=")
	b.WriteString(escape(p.Extend))
	b.WriteString("&timestamp=")
	b.WriteString(strconv.FormatInt(p.Timestamp, 10))
	b.WriteString("&sign=")
	b.WriteString(escape(sign))
	return b.String()
}

// escape percent-encodes a query value as the seed's example does
// (http%3A%2F%2F192.168.1.1%2Fauth.html%3Ft%3Dabc%26s%3D123), with a space as %20, not
// +, since the link is read by the WeChat client and the portal page's script, not
// only by form decoders.
func escape(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}
