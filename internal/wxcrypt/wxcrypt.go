// Package wxcrypt is the crypto of WeChat's message push (消息加解密): the SHA-1
// signatures of the callback URL, and the AES-256-CBC envelope of compatible and
// safe mode. The gateway's callback receiver opens pushes with it, and the simulator
// seals them, so both sides of the tests share one implementation that the test
// vectors of WeChat's documents and SDKs pin down (wxcrypt_test.go).
//
// The wire format, for the record: an EncodingAESKey is 43 base64 characters of a
// 32-byte key; the IV is the key's first 16 bytes; the plaintext is
// random(16) ‖ msg_len(4, big-endian) ‖ msg ‖ appid, padded PKCS#7-style to a
// multiple of 32 bytes (not AES's 16); Encrypt is its standard base64.
package wxcrypt

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"slices"
	"strings"
)

// Errors of Decrypt and Open, for errors.Is; the returned errors wrap them with
// detail (never key material).
var (
	ErrBase64  = errors.New("wxcrypt: Encrypt is not base64")
	ErrLength  = errors.New("wxcrypt: ciphertext length is not a positive multiple of 32")
	ErrPadding = errors.New("wxcrypt: bad padding")
	ErrMsgLen  = errors.New("wxcrypt: msg_len exceeds the plaintext")
	ErrAppID   = errors.New("wxcrypt: app id does not match")
	// ErrKey is a bad EncodingAESKey (ParseKey), or a missing key.
	ErrKey = errors.New("wxcrypt: bad EncodingAESKey")
)

// blockSize is WeChat's padding block: 32, twice AES's block size, so a stock
// PKCS#7 unpadder for 16 rejects every message whose pad is above 16.
const blockSize = 32

// headerLen is the random prefix and msg_len in front of the message.
const headerLen = 16 + 4

// Signature is lowercase hex SHA-1 over the parts sorted byte-wise and
// concatenated: 3 parts (token, timestamp, nonce) for the URL's signature, 4 with
// the Encrypt text for msg_signature.
func Signature(parts ...string) string {
	sorted := slices.Clone(parts)
	slices.Sort(sorted) // Go compares strings byte-wise, as WeChat's sort does
	h := sha1.New()
	for _, p := range sorted {
		io.WriteString(h, p)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Verify reports whether sig equals Signature(parts...) in constant time. The
// comparison is exact: WeChat sends lowercase hex, and an uppercase signature is
// not one it made.
func Verify(sig string, parts ...string) bool {
	return subtle.ConstantTimeCompare([]byte(sig), []byte(Signature(parts...))) == 1
}

// Key is an AES-256 key made from an EncodingAESKey. The zero Key is no key:
// Decrypt refuses it (ErrKey) and Encrypt panics, so that a missing configuration
// cannot turn into the all-zero key (which is a valid EncodingAESKey, 43 × "A").
// A Key never prints its bytes.
type Key struct {
	b  [32]byte
	ok bool
}

// redacted is what a Key prints as.
const redacted = "[redacted]"

// Format covers every fmt verb: without it %d or %x would print the bytes.
func (Key) Format(f fmt.State, _ rune) { io.WriteString(f, redacted) }
func (Key) String() string             { return redacted }
func (Key) GoString() string           { return redacted }
func (Key) LogValue() slog.Value       { return slog.StringValue(redacted) }

// ParseKey checks an EncodingAESKey, exactly 43 characters of [A-Za-z0-9], and
// decodes it: the standard base64 of key+"=". Not StdEncoding.Strict: WeChat's
// own sample key has non-zero trailing bits, which Strict rejects. Errors name
// the problem, never the key or any of its characters.
func ParseKey(encodingAESKey string) (Key, error) {
	if n := len(encodingAESKey); n != 43 {
		return Key{}, fmt.Errorf("%w: %d bytes, want 43 letters or digits", ErrKey, n)
	}
	for i := 0; i < len(encodingAESKey); i++ {
		if !isAlnum(encodingAESKey[i]) {
			return Key{}, fmt.Errorf("%w: byte %d is not an ASCII letter or digit", ErrKey, i)
		}
	}
	raw, err := base64.StdEncoding.DecodeString(encodingAESKey + "=")
	if err != nil || len(raw) != 32 { // cannot happen for 43 alphanumerics; a guard
		return Key{}, fmt.Errorf("%w: not base64 of 32 bytes", ErrKey)
	}
	k := Key{ok: true}
	copy(k.b[:], raw)
	return k, nil
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// cipher returns the AES block and the IV, the key's first 16 bytes.
func (k *Key) cipher() (cipher.Block, []byte) {
	block, err := aes.NewCipher(k.b[:])
	if err != nil {
		panic("wxcrypt: " + err.Error()) // a 32-byte key is always valid
	}
	return block, k.b[:aes.BlockSize]
}

// Decrypt opens the base64 Encrypt text and returns the message and the trailing
// app id, which it does not check (Open does). The padding is checked strictly:
// length a positive multiple of 32, pad 1..32, every pad byte equal, and msg_len
// within what is left. It never panics.
func Decrypt(k Key, encrypt string) (msg []byte, appID string, err error) {
	_, msg, appID, err = decrypt(k, encrypt)
	return msg, appID, err
}

// decrypt is Decrypt, also returning the random prefix (for the fuzz test's
// re-encryption).
func decrypt(k Key, encrypt string) (random [16]byte, msg []byte, appID string, err error) {
	if !k.ok {
		return random, nil, "", fmt.Errorf("%w: the zero Key", ErrKey)
	}
	data, err := base64.StdEncoding.DecodeString(encrypt)
	if err != nil {
		return random, nil, "", fmt.Errorf("%w: %v", ErrBase64, err)
	}
	if len(data) == 0 || len(data)%blockSize != 0 {
		return random, nil, "", fmt.Errorf("%w: %d bytes", ErrLength, len(data))
	}
	block, iv := k.cipher()
	plain := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(plain, data)

	pad := int(plain[len(plain)-1])
	if pad < 1 || pad > blockSize {
		return random, nil, "", fmt.Errorf("%w: pad %d, want 1 to %d", ErrPadding, pad, blockSize)
	}
	for _, b := range plain[len(plain)-pad:] {
		if int(b) != pad {
			return random, nil, "", fmt.Errorf("%w: pad bytes of %d differ", ErrPadding, pad)
		}
	}
	content := plain[:len(plain)-pad]
	if len(content) < headerLen {
		return random, nil, "", fmt.Errorf("%w: %d bytes, shorter than the %d-byte header", ErrMsgLen, len(content), headerLen)
	}
	n := binary.BigEndian.Uint32(content[16:headerLen])
	if uint64(n) > uint64(len(content)-headerLen) {
		return random, nil, "", fmt.Errorf("%w: msg_len %d, %d bytes left", ErrMsgLen, n, len(content)-headerLen)
	}
	copy(random[:], content)
	end := headerLen + int(n)
	return random, content[headerLen:end:end], string(content[end:]), nil
}

// Open tries each key in order (the current one, then the previous one during a
// rotation of the EncodingAESKey) and checks that the trailing app id is appID. It
// returns the message and the index of the key that opened it; when every key
// fails, the error is the first key's, wrapped.
func Open(keys []Key, encrypt, appID string) (msg []byte, keyIndex int, err error) {
	if len(keys) == 0 {
		return nil, -1, fmt.Errorf("%w: no keys", ErrKey)
	}
	var first error
	for i, k := range keys {
		m, id, err := Decrypt(k, encrypt)
		if err == nil && id != appID {
			err = fmt.Errorf("%w: got %q, want %q", ErrAppID, id, appID)
		}
		if err == nil {
			return m, i, nil
		}
		if first == nil {
			first = err
		}
	}
	if len(keys) == 1 {
		return nil, -1, first
	}
	return nil, -1, fmt.Errorf("wxcrypt: none of %d keys opens the message; the first: %w", len(keys), first)
}

// Encrypt seals msg for appID with a fresh random prefix. It panics on the zero Key.
func Encrypt(k Key, msg []byte, appID string) string {
	var random [16]byte
	rand.Read(random[:]) // never fails (crypto/rand since Go 1.24)
	return encryptWith(k, random, msg, appID)
}

// encryptWith is Encrypt with a given random prefix: deterministic, for the test
// vectors.
func encryptWith(k Key, random [16]byte, msg []byte, appID string) string {
	if !k.ok {
		panic("wxcrypt: Encrypt with the zero Key")
	}
	if uint64(len(msg)) > math.MaxUint32 {
		panic("wxcrypt: message longer than msg_len can say")
	}
	n := headerLen + len(msg) + len(appID)
	pad := blockSize - n%blockSize // 1..32: a whole block when n is aligned
	plain := make([]byte, 0, n+pad)
	plain = append(plain, random[:]...)
	plain = binary.BigEndian.AppendUint32(plain, uint32(len(msg)))
	plain = append(plain, msg...)
	plain = append(plain, appID...)
	plain = append(plain, bytes.Repeat([]byte{byte(pad)}, pad)...)

	block, iv := k.cipher()
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(plain, plain)
	return base64.StdEncoding.EncodeToString(plain)
}

// Reply builds an encrypted passive-reply body:
//
//	<xml><Encrypt><![CDATA[…]]></Encrypt><MsgSignature><![CDATA[…]]></MsgSignature><TimeStamp>…</TimeStamp><Nonce><![CDATA[…]]></Nonce></xml>
//
// MsgSignature covers token, timestamp, nonce and Encrypt. The timestamp and nonce
// come from the caller (usually the request's URL), so they are escaped rather
// than trusted to be digits.
func Reply(k Key, token, timestamp, nonce string, msg []byte, appID string) []byte {
	return replyXML(token, timestamp, nonce, Encrypt(k, msg, appID))
}

// replyXML is Reply's body around an Encrypt text.
func replyXML(token, timestamp, nonce, encrypt string) []byte {
	var b bytes.Buffer
	b.WriteString("<xml><Encrypt>")
	writeCDATA(&b, encrypt)
	b.WriteString("</Encrypt><MsgSignature>")
	writeCDATA(&b, Signature(token, timestamp, nonce, encrypt))
	b.WriteString("</MsgSignature><TimeStamp>")
	xml.EscapeText(&b, []byte(timestamp))
	b.WriteString("</TimeStamp><Nonce>")
	writeCDATA(&b, nonce)
	b.WriteString("</Nonce></xml>")
	return b.Bytes()
}

// writeCDATA writes s as a CDATA section. A "]]>" inside s would end the section
// early, so it is split across two sections.
func writeCDATA(b *bytes.Buffer, s string) {
	b.WriteString("<![CDATA[")
	b.WriteString(strings.ReplaceAll(s, "]]>", "]]]]><![CDATA[>"))
	b.WriteString("]]>")
}
