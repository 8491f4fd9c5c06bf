// Package secret has the gateway's type for secret values (app secrets, portal keys):
// a string that never prints itself.
package secret

import (
	"fmt"
	"io"
	"log/slog"
)

// Value is a secret that prints as [redacted] in fmt (every verb), slog, JSON and
// YAML output. Reveal is the one way to the value, so every use of it is easy to find.
type Value string

// Redacted is what a Value prints as.
const Redacted = "[redacted]"

// Format covers every fmt verb: without it a verb that does not apply to strings,
// such as %d, prints "%!d(secret.Value=<the value>)".
func (Value) Format(f fmt.State, _ rune) { io.WriteString(f, Redacted) }

func (Value) String() string               { return Redacted }
func (Value) GoString() string             { return Redacted }
func (Value) LogValue() slog.Value         { return slog.StringValue(Redacted) }
func (Value) MarshalText() ([]byte, error) { return []byte(Redacted), nil }

// Reveal returns the secret itself.
func (v Value) Reveal() string { return string(v) }
