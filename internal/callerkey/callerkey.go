// Package callerkey is the format of wxgate's caller keys: wxg_<id>_<secret>.
//
// The prefix makes a leaked key easy to find (secret scanners, grep); the id is
// public, so logs and audits can name a key without showing it (as Kubernetes
// bootstrap tokens do); the secret is 256 random bits. The gateway keeps only the
// SHA-256 digest of the whole key: a high-entropy key needs no slow password hash.
package callerkey

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"strings"
)

// Prefix starts every key.
const Prefix = "wxg_"

// Lengths of a key's parts, in characters.
const (
	IDLen     = 8  // 40 bits: unique enough to name a key among a company's
	SecretLen = 52 // 32 random bytes
)

// encoding is lowercase RFC 4648 base32 without padding: no '_' (the separator),
// nothing that needs escaping in a header, an environment variable or YAML.
var encoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// Key is a parsed key.
type Key struct {
	ID     string // public: may be logged
	secret string
}

// String shows the key's id only.
func (k Key) String() string { return Prefix + k.ID + "_…" }

// New makes a new random key and returns it whole, with its id.
func New() (key, id string) {
	var idBytes [5]byte
	var secret [32]byte
	rand.Read(idBytes[:])
	rand.Read(secret[:])
	id = encoding.EncodeToString(idBytes[:])
	return Prefix + id + "_" + encoding.EncodeToString(secret[:]), id
}

// ErrFormat says a string is not a wxgate key. It never quotes the string.
var ErrFormat = errors.New("not a wxgate key (wxg_<8-character id>_<52-character secret>)")

// Parse checks the key's shape and returns its parts.
func Parse(s string) (Key, error) {
	rest, ok := strings.CutPrefix(s, Prefix)
	if !ok || len(rest) != IDLen+1+SecretLen || rest[IDLen] != '_' {
		return Key{}, ErrFormat
	}
	id, secret := rest[:IDLen], rest[IDLen+1:]
	if !alphabet(id) || !alphabet(secret) {
		return Key{}, ErrFormat
	}
	return Key{ID: id, secret: secret}, nil
}

// Digest is the SHA-256 of the whole key: what a configuration file holds.
func Digest(key string) [sha256.Size]byte { return sha256.Sum256([]byte(key)) }

func alphabet(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '2' && c <= '7') {
			return false
		}
	}
	return true
}
