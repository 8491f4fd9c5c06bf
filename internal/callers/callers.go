// Package callers knows who calls the gateway and what each caller may do: it
// authenticates a call by its bearer key or client certificate, and authorizes it
// by the caller's accounts and method rules, before anything else runs. The
// upstream client never sees callers; a caller's quota share reaches the limiter in
// the call's context (ratelimit.WithShare).
package callers

import (
	"crypto/sha256"
	"crypto/subtle"
	"crypto/x509"
	"fmt"
	"slices"

	"github.com/spiffe/go-spiffe/v2/svid/x509svid"

	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/ratelimit"
)

// Names the gateway gives calls that carry no configured caller. Configuration
// refuses callers of these names, so logs and metric labels stay unambiguous.
const (
	// AnonymousName is every call's caller when auth.mode is none.
	AnonymousName = "anonymous"
	// UnauthenticatedName labels calls refused for want of a known credential.
	UnauthenticatedName = "unauthenticated"
	// GatewayName labels the gateway's own upstream requests that no call made.
	GatewayName = "gateway"
)

// Caller is a configured caller.
type Caller struct {
	Name        string
	accounts    []string // configured account names; allAccounts for "*"
	allAccounts bool
	allow, deny []string
	// unrestricted callers may call every method, secret-returning ones too: only
	// Anonymous, when authentication is off.
	unrestricted bool
	share        *ratelimit.Share // nil: no quota share
	// origins bind a browser caller (its key is publishable) to its pages; nil for
	// other callers.
	origins []string
}

// Browser says the caller is a browser caller.
func (c *Caller) Browser() bool { return c.origins != nil }

// Anonymous is the caller of every call when auth.mode is none: it may do all
// that the gateway did before callers existed.
var Anonymous = &Caller{Name: AnonymousName, allAccounts: true, unrestricted: true}

// Share is the caller's quota share, or nil.
func (c *Caller) Share() *ratelimit.Share { return c.share }

// Accounts are the accounts the caller may act for, as configured ("*": all).
func (c *Caller) Accounts() []string { return slices.Clone(c.accounts) }

// MayActFor says whether the caller may make calls for account.
func (c *Caller) MayActFor(account string) bool {
	return c.allAccounts || slices.Contains(c.accounts, account)
}

// Set is the configured callers and how they are recognised. It is immutable: a
// configuration reload builds a new one.
type Set struct {
	mode       string
	digests    [][sha256.Size]byte // every key's digest ...
	owners     []*Caller           // ... and the caller it belongs to
	principals map[string]*Caller  // configured principals only: bounded
	callers    []*Caller
	// explicit methods are allowed only by a rule that names them without a
	// wildcard: those that hand out a secret.
	explicit map[string]bool
	// browserSafe methods are those a browser caller may call at all (if its rules
	// allow them): reads and the JS-SDK signatures.
	browserSafe map[string]bool
}

// Options are what the gateway tells New about its methods.
type Options struct {
	// ExplicitOnly are full method names ("wxgate.wifi.v1.WifiService/RegisterPortalDevice",
	// no leading slash) and WeChat paths ("/sns/oauth2/access_token") that a
	// wildcard rule never allows: they hand out a secret, or use the account's.
	ExplicitOnly []string
	// BrowserSafe are the full method names a browser caller may be allowed.
	BrowserSafe []string
}

// New builds the callers of cfg (cfg.ResolveAuth already applied, as Load does).
func New(cfg config.Config, o Options) (*Set, error) {
	s := &Set{mode: cfg.Auth.Mode, principals: map[string]*Caller{}, explicit: map[string]bool{}, browserSafe: map[string]bool{}}
	for _, m := range o.ExplicitOnly {
		s.explicit[m] = true
	}
	for _, m := range o.BrowserSafe {
		s.browserSafe[m] = true
	}
	for _, cc := range cfg.Callers {
		share, err := cc.Share()
		if err != nil {
			return nil, fmt.Errorf("caller %q: %w", cc.Name, err)
		}
		c := &Caller{
			Name:        cc.Name,
			accounts:    slices.Clone(cc.Accounts),
			allAccounts: slices.Contains(cc.Accounts, "*"),
			allow:       slices.Clone(cc.Allow),
			deny:        slices.Clone(cc.Deny),
			share:       share,
		}
		if cc.Browser != nil {
			c.origins = slices.Clone(cc.Browser.Origins)
		}
		s.callers = append(s.callers, c)
		for _, k := range cc.Keys {
			s.digests = append(s.digests, k.Digest)
			s.owners = append(s.owners, c)
		}
		for _, p := range cc.Principals {
			s.principals[p] = c
		}
	}
	return s, nil
}

// Off says authentication is off (auth.mode none): every call is Anonymous.
func (s *Set) Off() bool { return s.mode == config.AuthNone }

// Shares are the quota shares of the callers who may act for account, in
// configuration order: what the QuotaService and the status page show of each
// caller's use.
func (s *Set) Shares(account string) []*ratelimit.Share {
	var out []*ratelimit.Share
	for _, c := range s.callers {
		if c.share != nil && c.MayActFor(account) {
			out = append(out, c.share)
		}
	}
	return out
}

// Names lists the configured callers' names.
func (s *Set) Names() []string {
	names := make([]string, len(s.callers))
	for i, c := range s.callers {
		names[i] = c.Name
	}
	return names
}

func (s *Set) keys() bool { return s.mode == config.AuthKeys || s.mode == config.AuthKeysMTLS }
func (s *Set) mtls() bool { return s.mode == config.AuthMTLS || s.mode == config.AuthKeysMTLS }

// byKey finds the caller whose key has digest d. It compares d with every
// configured digest in constant time and never stops early, so the time it takes
// says nothing about which key, or how much of one, matched.
func (s *Set) byKey(d [sha256.Size]byte) *Caller {
	found := -1
	for i := range s.digests {
		eq := subtle.ConstantTimeCompare(d[:], s.digests[i][:])
		found = subtle.ConstantTimeSelect(eq, i, found)
	}
	if found < 0 {
		return nil
	}
	return s.owners[found]
}

// Principals are the identities a verified client certificate claims: its SPIFFE
// ID (go-spiffe's reading: exactly one spiffe:// URI SAN) and its DNS SANs.
func Principals(cert *x509.Certificate) []string {
	if cert == nil {
		return nil
	}
	var out []string
	if id, err := x509svid.IDFromCert(cert); err == nil {
		out = append(out, id.String())
	}
	return append(out, cert.DNSNames...)
}
