package wxcrypt

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"encoding/base64"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

// The test vectors of shared/research/events.md §3.6 (V1–V7), quoted exactly.
const (
	// V3: the official end-to-end example of the third-party platform's push page.
	v3Token    = "AAAAA"
	v3Key      = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" // 32 zero bytes
	v3AppID    = "wx134c8103faa5a59e"
	v3Encrypt  = "D7yzvUNAL930rd28wf21s4hvXhz0L6Uit/p2Di6C5DHyYGpEgdBRnKjBec34JwoQXicwaZC7fOVihW80F4VtsdvE//1vr7oAbqjDv8KenVp+ajKYpJnyQ4zMRhIC+a31fCVOMC03FfzV/QuC94kBP55a+Za3sJgvAn+ZbsNqZI5DkyuzkhQN8OBqCzFhizGmy0xpM0MEA4agpvE+RuNO1rhHTtuJB5yltw1FiYzecSXJ+y/D2r81VkRn2eYjh2ltsoyfbDR7Is6ookXIFxTfyeNyeHxMeT4KN5WpCDmSbTcUYrbBUlkGLJ9n/rU8YOywma6G7aTb7KZKOqCxgfoUlYEZPk4FUL/TK7ShriFDMVCLyjQJ15Ob++agDWtcxhfUfe6HIoIpRW8mKNBQiY/Jd1svvuskA1wLef1RTtzKfMpagSCX/laZINmdnX4zrF6kIaR9P4xQrWXbsTFHTYe0Mg=="
	v3Msg      = "<xml><ToUserName><![CDATA[gh_97417a04a28d]]></ToUserName>\n<FromUserName><![CDATA[o9AgO5Kd5ggOC-bXrbNODIiE3bGY]]></FromUserName>\n<CreateTime>1715943329</CreateTime>\n<MsgType><![CDATA[event]]></MsgType>\n<Event><![CDATA[debug_demo]]></Event>\n<debug_str><![CDATA[hello world]]></debug_str>\n</xml>"
	v3Reply    = "<xml><demo_resp>[CDATA[good luck]]</demo_resp></xml>"
	v3ReplyEnc = "hE8R6mGXHkJJjU72KxzKUd1GEkKJaEZq7vRL8XgK3o+00k8JGq6+pZJUIlTSyhsX+bxIBQ72g3GyvDdIZcr6+3HAZbSvPT9t/o11MI7d6WELwqrGd7jMnV0zv3Zc9Nq7"

	// V4, V5: Tencent's WXBizMsgCrypt samples (Python, C++); V6: WxJava's WxCryptUtilTest.
	v4Key     = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
	v4AppID   = "wx2c2769f8efd9abc2"
	v4Encrypt = "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE="
	v4Msg     = "<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>\n<FromUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></FromUserName>\n<CreateTime>1409735668</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[abcdteT]]></Content>\n<MsgId>6054768590064713728</MsgId>\n</xml>"
	v5Encrypt = "mfBCs65c67CeJw22u4VT2TD73q5H06+ocrAIxswCaeZ/d/Lw0msSZFHY0teqgSYiI1zR2gD2DKrB3TIrmX/liNSDrGqS8jSI/WPeKB5VPr7Ezr7gomZAyGCwJSgT1TRFWPfONGJMxuj2nk4faTuspAuVIFQ6SHwZuJBZC7mcJp7Cgr9cUhATQWDbOPaE7ukZBTV2YqyzH+UI2AK+J1S47cE79k1RX8t0hcTz/O0hlK8DGXKnvYv88qKQcI7z4iaajqHfRVZKBNyOODabs+It+ZfM3dWTeFcPgDbGtIEnpt/EDtuuA/zMvtkaKdHdswPnVZQ+xdwbYr3ldGvfT8HlEYEgkgKaThxTFobVlwzu2ZkXCjicbP3xdr15Iq48ObgzPpqYuZ3IEoyggZDKClquk0u0orMck4GTF/XyE8yGzc4="
	v6AppID   = "wxb11529c136998cb6"
	v6Msg1    = "我是中文abcd123"
	v6Enc1    = "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg=="
	v6Msg2    = "<xml><ToUserName><![CDATA[oia2Tj我是中文jewbmiOUlr6X-1crbLOvLw]]></ToUserName><FromUserName><![CDATA[gh_7f083739789a]]></FromUserName><CreateTime>1407743423</CreateTime><MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[eYJ1MbwPRJtOvIEabaxHs7TX2D-HV71s79GUxqdUkjm6Gs2Ed1KF3ulAOA9H1xG0]]></MediaId><Title><![CDATA[testCallBackReplyVideo]]></Title><Description><![CDATA[testCallBackReplyVideo]]></Description></Video></xml>"
	v6Enc2    = "jn1L23DB+6ELqJ+6bruv23M2GmYfkv0xBh2h+XTBOKVKcgDFHle6gqcZ1cZrk3e1qjPQ1F4RsLWzQRG9udbKWesxlkupqcEcW7ZQweImX9+wLMa0GaUzpkycA8+IamDBxn5loLgZpnS7fVAbExOkK5DYHBmv5tptA9tklE/fTIILHR8HLXa5nQvFb3tYPKAlHF3rtTeayNf0QuM+UW/wM9enGIDIJHF7CLHiDNAYxr+r+OrJCmPQyTy8cVWlu9iSvOHPT/77bZqJucQHQ04sq7KZI27OcqpQNSto2OdHCoTccjggX5Z9Mma0nMJBU+jLKJ38YB1fBIz+vBzsYjrTmFQ44YfeEuZ+xRTQwr92vhA9OxchWVINGC50qE/6lmkwWTwGX9wtQpsJKhP+oS7rvTY8+VdzETdfakjkwQ5/Xka042OlUb1/slTwo4RscuQ+RdxSGvDahxAJ6+EAjLt9d8igHngxIbf6YyqqROxuxqIeIch3CssH/LqRs+iAcILvApYZckqmA7FNERspKA5f8GoJ9sv8xmGvZ9Yrf57cExWtnX8aCMMaBropU/1k+hKP5LVdzbWCG0hGwx/dQudYR/eXp3P0XxjlFiy+9DMlaFExWUZQDajPkdPrEeOwofJb"

	// V7: wechatpy's tests/test_crypto.py (WeCom, the same algorithm).
	v7Token     = "123456"
	v7Key       = "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR"
	v7AppID     = "wx49f0ab532d5d035a"
	v7EchoStr   = "4ByGGj+sVCYcvGeQYhaKIk1o0pQRNbRjxybjTGblXrBaXlTXeOo1+bXFXDQQb1o6co6Yh9Bv41n7hOchLF6p+Q=="
	v7Reply     = "<xml>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[test]]></Content>\n<FromUserName><![CDATA[wx49f0ab532d5d035a]]></FromUserName>\n<ToUserName><![CDATA[messense]]></ToUserName>\n<AgentID>1</AgentID>\n<CreateTime>1411525903</CreateTime>\n</xml>"
	v7ReplyEnc  = "9s4gMv99m88kKTh/H8IdkOiMg6bisoy3ypwy9H4hvSPe9nsGaqyw5hhSjdYbcrKk+j3nba4HMOTzHrluLBYqxgNcBqGsL8GqxlhZgURnAtObvesEl5nZ+uBE8bviY0LWke8Zy9V/QYKxNV2FqllNXcfmstttyIkMKCCmVbCFM2JTF5wY0nFhHZSjPUL2Q1qvSUCUld+/WIXrx0oyKQmpB6o8NRrrNrsDf03oxI1p9FxUgMnwKKZeOA/uu+2IEvEBtb7muXsVbwbgX05UPPJvFurDXafG0RQyPR+mf1nDnAtQmmNOuiR5MIkdQ39xn1vWwi1O5oazPoQJz0nTYjxxEE8kv3kFxtAGVRe3ypD3WeK2XeFYFMNMpatF9XiKzHo3"
	v7InEncrypt = "RgqEoJj5A4EMYlLvWO1F86ioRjZfaex/gePD0gOXTxpsq5Yj4GNglrBb8I2BAJVODGajiFnXBu7mCPatfjsu6IHCrsTyeDXzF6Bv283dGymzxh6ydJRvZsryDyZbLTE7rhnus50qGPMfp2wASFlzEgMW9z1ef/RD8XzaFYgm7iTdaXpXaG4+BiYyolBug/gYNx410cvkKR2/nPwBiT+P4hIiOAQqGp/TywZBtDh1yCF2KOd0gpiMZ5jSw3e29mTvmUHzkVQiMS6td7vXUaWOMZnYZlF3So2SjHnwh4jYFxdgpkHHqIrH/54SNdshoQgWYEvccTKe7FS709/5t6NMxuGhcUGAPOQipvWTT4dShyqio7mlsl5noTrb++x6En749zCpQVhDpbV6GDnTbcX2e8K9QaNWHp91eBdCRxthuL0="
)

func mustKey(t testing.TB, s string) Key {
	t.Helper()
	k, err := ParseKey(s)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func random16(s string) (r [16]byte) {
	if len(s) != 16 {
		panic("random16: " + s)
	}
	copy(r[:], s)
	return r
}

// TestSignatureVectors: the URL signature (3 parts) and msg_signature (4 parts) of
// every vector.
func TestSignatureVectors(t *testing.T) {
	tests := []struct {
		name  string
		parts []string
		want  string
	}{
		{"V1 URL verification", []string{"AAAAA", "1714036504", "1514711492"}, "f464b24fc39322e44b38aa78f5edd27bd1441696"},
		{"V2 plain-mode push", []string{"AAAAA", "1714037059", "486452656"}, "899cf89e464efb63f54ddac96b0a0a235f53aa78"},
		{"V3 signature", []string{v3Token, "1715943329", "1590219412"}, "cc0c594499c1634947d5b502f158ee518947db27"},
		{"V3 msg_signature", []string{v3Token, "1715943329", "1590219412", v3Encrypt}, "6c12a4205838198b8fa631b3220723bb07f1015c"},
		{"V3 reply MsgSignature", []string{v3Token, "1713424427", "415670741", v3ReplyEnc}, "03e0812039325c2712ef5f0f980fd14c70d6e307"},
		{"V4 msg_signature", []string{"spamtest", "1409735669", "1320562132", v4Encrypt}, "5d197aaffba7e9b25a30732f161a50dee96bd5fa"},
		{"V5 msg_signature", []string{"spamtest", "1410349438", "298025754", v5Encrypt}, "003fee52ecc56afb46c00b5c7721be87860ce785"},
		{"V7 echostr", []string{v7Token, "1411443780", "437374425", v7EchoStr}, "dd6b9c95b495b3f7e2901bfbc76c664930ffdb96"},
		{"V7 reply MsgSignature", []string{v7Token, "1411525903", "461056294", v7ReplyEnc}, "407518b7649e86ef23978113f92d27afa9296533"},
		{"V7 decrypt", []string{v7Token, "1411525903", "461056294", v7InEncrypt}, "74d92dfeb87ba7c714f89d98870ae5eb62dff26d"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Signature(tt.parts...); got != tt.want {
				t.Errorf("Signature = %s, want %s", got, tt.want)
			}
			if !Verify(tt.want, tt.parts...) {
				t.Error("Verify refuses the vector")
			}
			// Order of the parts does not matter: they are sorted.
			rev := make([]string, len(tt.parts))
			for i, p := range tt.parts {
				rev[len(rev)-1-i] = p
			}
			if !Verify(tt.want, rev...) {
				t.Error("Verify depends on the order of the parts")
			}
		})
	}
}

func TestVerifyRefuses(t *testing.T) {
	parts := []string{"AAAAA", "1714036504", "1514711492"}
	good := "f464b24fc39322e44b38aa78f5edd27bd1441696"
	tests := []struct{ name, sig string }{
		{"empty", ""},
		{"uppercase", strings.ToUpper(good)},
		{"one hex digit off", good[:39] + "7"},
		{"truncated", good[:39]},
		{"longer", good + "0"},
		{"spaces", " " + good},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if Verify(tt.sig, parts...) {
				t.Errorf("Verify(%q) = true", tt.sig)
			}
		})
	}
	if Verify(good, "AAAAA", "1714036504", "1514711493") {
		t.Error("Verify accepts another nonce")
	}
}

// TestDecryptVectors: the inbound vectors open to the documented plaintexts.
func TestDecryptVectors(t *testing.T) {
	tests := []struct {
		name, key, encrypt string
		appID              string
		want               string // the whole message, or "" to check only contains
		contains           []string
	}{
		{name: "V3 official (pad 22 > 16)", key: v3Key, encrypt: v3Encrypt, appID: v3AppID, want: v3Msg},
		{name: "V3 reply", key: v3Key, encrypt: v3ReplyEnc, appID: v3AppID, want: v3Reply},
		{name: "V4 Python sample", key: v4Key, encrypt: v4Encrypt, appID: v4AppID, want: v4Msg},
		{name: "V5 C++ sample", key: v4Key, encrypt: v5Encrypt, appID: v4AppID,
			contains: []string{"<MsgType><![CDATA[text]]></MsgType>", "<MsgId>6057404712141979648</MsgId>"}},
		{name: "V6 first", key: v4Key, encrypt: v6Enc1, appID: v6AppID, want: v6Msg1},
		{name: "V6 second", key: v4Key, encrypt: v6Enc2, appID: v6AppID, want: v6Msg2},
		{name: "V7 echostr", key: v7Key, encrypt: v7EchoStr, appID: v7AppID, want: "5927782489442352469"},
		{name: "V7 inbound", key: v7Key, encrypt: v7InEncrypt, appID: v7AppID,
			contains: []string{"<Content><![CDATA[test]]></Content>", "<FromUserName><![CDATA[messense]]></FromUserName>"}},
		{name: "V7 reply", key: v7Key, encrypt: v7ReplyEnc, appID: v7AppID, want: v7Reply},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg, appID, err := Decrypt(mustKey(t, tt.key), tt.encrypt)
			if err != nil {
				t.Fatal(err)
			}
			if appID != tt.appID {
				t.Errorf("app id %q, want %q", appID, tt.appID)
			}
			if tt.want != "" && string(msg) != tt.want {
				t.Errorf("msg\n%q\nwant\n%q", msg, tt.want)
			}
			for _, c := range tt.contains {
				if !strings.Contains(string(msg), c) {
					t.Errorf("msg %q lacks %q", msg, c)
				}
			}
		})
	}
}

// TestV3Layout: the official example's numbers, which prove the 32-byte padding.
func TestV3Layout(t *testing.T) {
	raw, _ := base64.StdEncoding.DecodeString(v3Encrypt)
	random, msg, _, err := decrypt(mustKey(t, v3Key), v3Encrypt)
	if err != nil {
		t.Fatal(err)
	}
	fullStr := 16 + 4 + len(msg) + len(v3AppID)
	if len(raw) != 352 || len(msg) != 292 || fullStr != 330 || len(raw)-fullStr != 22 || string(random[:]) != "1205899eaf019bbd" {
		t.Errorf("decoded %d bytes, msg_len %d, FullStr %d, random %q; want 352, 292, 330 (pad 22), 1205899eaf019bbd",
			len(raw), len(msg), fullStr, random)
	}
}

// TestEncryptVectors: encryption with the vectors' fixed random prefix reproduces
// their ciphertexts exactly (and so the IV and the padding).
func TestEncryptVectors(t *testing.T) {
	tests := []struct {
		name, key, random, msg, appID, want string
	}{
		{"V3 reply", v3Key, "999951349e8ee746", v3Reply, v3AppID, v3ReplyEnc},
		{"V6 first", v4Key, "aaaabbbbccccdddd", v6Msg1, v6AppID, v6Enc1},
		{"V6 second", v4Key, "aaaabbbbccccdddd", v6Msg2, v6AppID, v6Enc2},
		{"V7 reply", v7Key, "1234567890123456", v7Reply, v7AppID, v7ReplyEnc},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := encryptWith(mustKey(t, tt.key), random16(tt.random), []byte(tt.msg), tt.appID); got != tt.want {
				t.Errorf("encrypt\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestV3ReplyBody: the official reply, Encrypt and MsgSignature exact, in Reply's
// shape.
func TestV3ReplyBody(t *testing.T) {
	enc := encryptWith(mustKey(t, v3Key), random16("999951349e8ee746"), []byte(v3Reply), v3AppID)
	got := string(replyXML(v3Token, "1713424427", "415670741", enc))
	want := "<xml><Encrypt><![CDATA[" + v3ReplyEnc + "]]></Encrypt>" +
		"<MsgSignature><![CDATA[03e0812039325c2712ef5f0f980fd14c70d6e307]]></MsgSignature>" +
		"<TimeStamp>1713424427</TimeStamp><Nonce><![CDATA[415670741]]></Nonce></xml>"
	if got != want {
		t.Errorf("reply\n%s\nwant\n%s", got, want)
	}
}

// TestReply: Reply's body carries a valid MsgSignature over its own Encrypt, opens
// to the message, and survives hostile timestamp and nonce values.
func TestReply(t *testing.T) {
	k := mustKey(t, v4Key)
	tests := []struct{ name, ts, nonce string }{
		{"digits", "1713424427", "415670741"},
		{"CDATA end in the nonce", "1", "a]]>b"},
		{"markup in the timestamp", "<x>&", "n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := Reply(k, "tok", tt.ts, tt.nonce, []byte("<xml>hi</xml>"), v4AppID)
			var v struct {
				Encrypt, MsgSignature, TimeStamp, Nonce string
			}
			if err := xml.Unmarshal(body, &v); err != nil {
				t.Fatalf("%v: %s", err, body)
			}
			if v.TimeStamp != tt.ts || v.Nonce != tt.nonce {
				t.Errorf("TimeStamp %q Nonce %q, want %q %q", v.TimeStamp, v.Nonce, tt.ts, tt.nonce)
			}
			if !Verify(v.MsgSignature, "tok", tt.ts, tt.nonce, v.Encrypt) {
				t.Error("MsgSignature does not verify")
			}
			msg, _, err := Open([]Key{k}, v.Encrypt, v4AppID)
			if err != nil || string(msg) != "<xml>hi</xml>" {
				t.Errorf("Open: %q, %v", msg, err)
			}
		})
	}
}

// sealRaw CBC-encrypts an arbitrary plaintext (a multiple of 16 bytes) with k, so
// that the tests can build valid AES around invalid padding and lengths.
func sealRaw(k Key, plain []byte) string {
	block, _ := aes.NewCipher(k.b[:])
	out := make([]byte, len(plain))
	cipher.NewCBCEncrypter(block, k.b[:16]).CryptBlocks(out, plain)
	return base64.StdEncoding.EncodeToString(out)
}

// plaintext is random ‖ msg_len ‖ body, then tail (the padding the test wants).
func plaintext(msgLen uint32, body string, tail ...byte) []byte {
	p := []byte("0123456789abcdef")
	p = binary.BigEndian.AppendUint32(p, msgLen)
	p = append(p, body...)
	return append(p, tail...)
}

func repeat(b byte, n int) []byte { return bytes.Repeat([]byte{b}, n) }

// TestDecryptRefuses: every malformed ciphertext gets its typed error, and none panics.
func TestDecryptRefuses(t *testing.T) {
	k := mustKey(t, v3Key)
	raw, _ := base64.StdEncoding.DecodeString(v3Encrypt)
	b64 := base64.StdEncoding.EncodeToString
	flipped := func(i int) string {
		c := bytes.Clone(raw)
		c[i] ^= 0x01
		return b64(c)
	}
	tests := []struct {
		name    string
		key     Key
		encrypt string
		want    error
	}{
		{"empty", k, "", ErrLength},
		{"not base64", k, "not base64!", ErrBase64},
		{"base64 without its padding", k, strings.TrimRight(v3Encrypt, "="), ErrBase64},
		{"base64 one character short", k, v3Encrypt[1:], ErrBase64},
		{"truncated by 16 bytes", k, b64(raw[:len(raw)-16]), ErrLength},
		{"truncated by 32 bytes", k, b64(raw[:len(raw)-32]), ErrPadding},
		{"one block", k, b64(raw[:16]), ErrLength},
		{"last byte off", k, flipped(len(raw) - 1), ErrPadding},
		{"first byte off", k, flipped(0), ErrMsgLen},
		{"pad above 32 (a text byte)", k, sealRaw(k, plaintext(2, "ab", repeat('x', 10)...)), ErrPadding},
		{"pad 0 byte", k, sealRaw(k, plaintext(2, "ab", append(repeat('x', 9), 0)...)), ErrPadding},
		{"pad 33", k, sealRaw(k, plaintext(2, "ab", repeat(33, 42)...)), ErrPadding},
		{"pad bytes unequal", k, sealRaw(k, plaintext(2, "ab", append(repeat(9, 9), 10)...)), ErrPadding},
		{"pad bytes unequal at the front", k, sealRaw(k, plaintext(2, "ab", append([]byte{1}, repeat(10, 9)...)...)), ErrPadding},
		{"msg_len one too big", k, sealRaw(k, plaintext(3, "ab", repeat(10, 10)...)), ErrMsgLen},
		{"msg_len huge", k, sealRaw(k, plaintext(0xFFFFFFFF, "ab", repeat(10, 10)...)), ErrMsgLen},
		{"shorter than the header", k, sealRaw(k, repeat(32, 32)), ErrMsgLen},
		{"header cut short", k, sealRaw(k, append([]byte("0123456789abcdef01"), repeat(14, 14)...)), ErrMsgLen},
		{"the zero Key", Key{}, v3Encrypt, ErrKey},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg, appID, err := Decrypt(tt.key, tt.encrypt)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err %v, want %v", err, tt.want)
			}
			if msg != nil || appID != "" {
				t.Errorf("a failed Decrypt returned %q, %q", msg, appID)
			}
		})
	}
}

// TestDecryptEdges: the boundaries that are valid.
func TestDecryptEdges(t *testing.T) {
	k := mustKey(t, v3Key)
	tests := []struct {
		name      string
		plain     []byte
		msg, app  string
		wantError bool
	}{
		{"msg_len fills it all (no app id)", plaintext(2, "ab", repeat(10, 10)...), "ab", "", false},
		{"empty message", plaintext(0, "wxid", repeat(8, 8)...), "", "wxid", false},
		{"a whole block of padding", plaintext(4, "abcdwxyzwxyz", repeat(32, 32)...), "abcd", "wxyzwxyz", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg, app, err := Decrypt(k, sealRaw(k, tt.plain))
			if err != nil || string(msg) != tt.msg || app != tt.app {
				t.Errorf("got %q %q %v, want %q %q", msg, app, err, tt.msg, tt.app)
			}
		})
	}
}

// TestRoundTrip: every pad length 1..32 occurs and opens again.
func TestRoundTrip(t *testing.T) {
	k := mustKey(t, v7Key)
	pads := map[int]bool{}
	for n := 0; n <= 80; n++ {
		msg := []byte(strings.Repeat("m", n))
		enc := Encrypt(k, msg, v7AppID)
		raw, _ := base64.StdEncoding.DecodeString(enc)
		pads[len(raw)-(20+n+len(v7AppID))] = true
		got, app, err := Decrypt(k, enc)
		if err != nil || !bytes.Equal(got, msg) || app != v7AppID {
			t.Fatalf("len %d: %q %q %v", n, got, app, err)
		}
	}
	for p := 1; p <= 32; p++ {
		if !pads[p] {
			t.Errorf("pad %d never made", p)
		}
	}
	if Encrypt(k, []byte("x"), "a") == Encrypt(k, []byte("x"), "a") {
		t.Error("two encryptions are equal: the random prefix is not random")
	}
}

func TestOpen(t *testing.T) {
	cur, prev, other := mustKey(t, v4Key), mustKey(t, v7Key), mustKey(t, v3Key)
	encCur := Encrypt(cur, []byte("hello"), "wxapp")
	encPrev := Encrypt(prev, []byte("hello"), "wxapp")
	tests := []struct {
		name    string
		keys    []Key
		encrypt string
		appID   string
		index   int
		want    error // nil: opens
	}{
		{"current key", []Key{cur, prev}, encCur, "wxapp", 0, nil},
		{"previous key during a rotation", []Key{cur, prev}, encPrev, "wxapp", 1, nil},
		{"wrong app id", []Key{cur}, encCur, "wxother", -1, ErrAppID},
		{"app id is not a prefix match", []Key{cur}, encCur, "wxap", -1, ErrAppID},
		{"no key", nil, encCur, "wxapp", -1, ErrKey},
		{"zero key", []Key{{}}, encCur, "wxapp", -1, ErrKey},
		{"V3 under the right key", []Key{cur, other}, v3Encrypt, v3AppID, 1, nil},
		{"V3 under the wrong key", []Key{cur}, v3Encrypt, v3AppID, -1, ErrPadding},
		// Both fail: the first key's error, still visible to errors.Is.
		{"every key fails, first error", []Key{{}, cur}, v3Encrypt, v3AppID, -1, ErrKey},
		{"right key, wrong app id, then a wrong key", []Key{other, cur}, v3Encrypt, "wxnot", -1, ErrAppID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg, i, err := Open(tt.keys, tt.encrypt, tt.appID)
			if tt.want == nil {
				if err != nil || i != tt.index || len(msg) == 0 {
					t.Fatalf("Open: %q %d %v, want key %d", msg, i, err, tt.index)
				}
				return
			}
			if !errors.Is(err, tt.want) || i != -1 || msg != nil {
				t.Errorf("Open: %q %d %v, want %v", msg, i, err, tt.want)
			}
		})
	}
}

func TestParseKey(t *testing.T) {
	good := v4Key
	tests := []struct {
		name, key string
		ok        bool
	}{
		{"sample key (non-zero trailing bits)", good, true},
		{"43 × A", v3Key, true},
		{"42 characters", good[:42], false},
		{"44 characters", good + "H", false},
		{"with the = appended", good + "=", false},
		{"empty", "", false},
		{"plus", good[:42] + "+", false},
		{"slash", "/" + good[1:], false},
		{"dash (URL alphabet)", good[:20] + "-" + good[21:], false},
		{"space", good[:42] + " ", false},
		{"non-ASCII", good[:40] + "é" + "x", false}, // 43 bytes
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := ParseKey(tt.key)
			if tt.ok {
				if err != nil || !k.ok {
					t.Fatalf("ParseKey: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrKey) || k.ok {
				t.Fatalf("ParseKey = %v, want ErrKey", err)
			}
			if len(tt.key) > 8 && strings.Contains(err.Error(), tt.key[:8]) {
				t.Errorf("the error %q shows the key", err)
			}
		})
	}
	if k := mustKey(t, v3Key); k.b != [32]byte{} {
		t.Error("43 × A is not 32 zero bytes")
	}
}

// TestKeyNeverPrints: no fmt verb or slog handler shows the key's bytes.
func TestKeyNeverPrints(t *testing.T) {
	k := mustKey(t, v7Key)
	holder := struct {
		Name string
		Key  Key
	}{"main", k}
	var b strings.Builder
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%T"} {
		fmt.Fprintf(&b, verb+" "+verb+"\n", k, holder)
	}
	fmt.Fprint(&b, k, holder, &k)
	slog.New(slog.NewJSONHandler(&b, nil)).Info("x", "holder", holder, "key", k)
	slog.New(slog.NewTextHandler(&b, nil)).Info("x", "holder", holder, "key", k)
	out := b.String()
	raw := k.b[:]
	for _, leak := range []string{fmt.Sprintf("%x", raw), fmt.Sprint(raw[:4]), fmt.Sprint(raw[0]) + " " + fmt.Sprint(raw[1]), base64.StdEncoding.EncodeToString(raw)[:10], v7Key[:10]} {
		if strings.Contains(out, leak) {
			t.Fatalf("the key printed (%q):\n%s", leak, out)
		}
	}
	if !strings.Contains(out, redacted) {
		t.Errorf("no %s in:\n%s", redacted, out)
	}
}

// FuzzDecrypt: Decrypt never panics; whatever it opens re-encrypts (with the same
// random prefix) to the very same bytes, so the strict padding admits exactly one
// encoding per message; and Decrypt(Encrypt(m)) is m.
func FuzzDecrypt(f *testing.F) {
	for _, enc := range []string{v3Encrypt, v3ReplyEnc, v4Encrypt, v5Encrypt, v6Enc1, v6Enc2, v7EchoStr, v7InEncrypt, v7ReplyEnc, "", "AAAA", "////"} {
		f.Add(enc, []byte(v3Msg), v3AppID)
	}
	f.Add(v4Encrypt, []byte{}, "")
	f.Add("", plaintext(2, "ab", repeat(10, 10)...), "")
	f.Add("", plaintext(3, "ab", repeat(10, 10)...), "x")
	f.Add(v6Enc1, []byte(v6Msg1), v6AppID)
	keys := []Key{mustKey(f, v3Key), mustKey(f, v4Key), mustKey(f, v7Key)}
	// opens checks Decrypt's promise for one input.
	opens := func(t *testing.T, k Key, encrypt string) {
		random, m, id, err := decrypt(k, encrypt)
		if err != nil {
			if m != nil || id != "" {
				t.Fatalf("error %v with output %q %q", err, m, id)
			}
			return
		}
		in, _ := base64.StdEncoding.DecodeString(encrypt)
		out, _ := base64.StdEncoding.DecodeString(encryptWith(k, random, m, id))
		if !bytes.Equal(in, out) {
			t.Fatalf("opened %q %q, which re-encrypts differently", m, id)
		}
	}
	f.Fuzz(func(t *testing.T, encrypt string, msg []byte, appID string) {
		for _, k := range keys {
			opens(t, k, encrypt)
		}
		k := keys[len(msg)%len(keys)]
		// msg as a raw plaintext too: random ciphertext almost never has valid
		// padding, so this is how the fuzzer reaches the pad and msg_len checks.
		if n := len(msg) / aes.BlockSize * aes.BlockSize; n > 0 {
			opens(t, k, sealRaw(k, msg[:n]))
		}
		got, i, err := Open([]Key{k}, Encrypt(k, msg, appID), appID)
		if err != nil || i != 0 || !bytes.Equal(got, msg) {
			t.Fatalf("round trip of %q %q: %q %d %v", msg, appID, got, i, err)
		}
	})
}

// FuzzVerify: Verify never panics and agrees with Signature.
func FuzzVerify(f *testing.F) {
	f.Add("f464b24fc39322e44b38aa78f5edd27bd1441696", "AAAAA", "1714036504", "1514711492", "")
	f.Add("6c12a4205838198b8fa631b3220723bb07f1015c", v3Token, "1715943329", "1590219412", v3Encrypt)
	f.Add("5d197aaffba7e9b25a30732f161a50dee96bd5fa", "spamtest", "1409735669", "1320562132", v4Encrypt)
	f.Add("", "", "", "", "")
	f.Fuzz(func(t *testing.T, sig, token, timestamp, nonce, encrypt string) {
		parts := []string{token, timestamp, nonce}
		if encrypt != "" {
			parts = append(parts, encrypt)
		}
		want := Signature(parts...)
		if len(want) != 40 || strings.ToLower(want) != want {
			t.Fatalf("Signature %q is not 40 lowercase hex digits", want)
		}
		if !Verify(want, parts...) {
			t.Fatal("Verify refuses Signature's own output")
		}
		if Verify(sig, parts...) != (sig == want) {
			t.Fatalf("Verify(%q) disagrees with Signature %q", sig, want)
		}
	})
}
