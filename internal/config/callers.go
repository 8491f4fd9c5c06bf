package config

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strings"

	"github.com/spiffe/go-spiffe/v2/spiffeid"

	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/ratelimit"
)

// Auth modes: how callers prove who they are.
const (
	AuthNone     = "none"      // no caller identity: every call is anonymous and allowed
	AuthKeys     = "keys"      // authorization: Bearer <key>
	AuthMTLS     = "mtls"      // a client certificate's SPIFFE ID or DNS SAN
	AuthKeysMTLS = "keys+mtls" // either
)

// Auth says how callers are authenticated.
type Auth struct {
	// Mode is none, keys, mtls or keys+mtls. Unset, it follows the callers: none
	// when there are none, else keys, mtls or both by what the callers carry.
	Mode string `yaml:"mode"`
	// AllowUnauthenticated lets a gateway with mode none listen beyond loopback.
	AllowUnauthenticated bool `yaml:"allow_unauthenticated"`
}

// Keys says whether callers may authenticate with a bearer key.
func (a Auth) Keys() bool { return a.Mode == AuthKeys || a.Mode == AuthKeysMTLS }

// MTLS says whether callers may authenticate with a client certificate.
func (a Auth) MTLS() bool { return a.Mode == AuthMTLS || a.Mode == AuthKeysMTLS }

// Caller is a service allowed to call the gateway: how it is recognised, the
// accounts it may act for, the methods it may call and its share of each
// account's WeChat quota.
type Caller struct {
	Name string `yaml:"name"`
	// Keys are its bearer keys; several at once so that one can be rotated without
	// downtime. None is ever in the file in the clear.
	Keys []CallerKey `yaml:"keys"`
	// Principals are its client certificates' identities: a SPIFFE ID (URI SAN) or a
	// DNS SAN.
	Principals []string `yaml:"principals"`
	// Accounts are the account names it may act for ("*": every account). Absent:
	// none.
	Accounts []string `yaml:"accounts"`
	// Allow and Deny are full method names ("wxgate.card.v1.CardService/*") with *
	// wildcards; deny wins.
	Allow []string `yaml:"allow"`
	Deny  []string `yaml:"deny"`
	// Quotas are its share of each account's budget, per upstream path (and
	// "default"), counted per account.
	Quotas map[string]ratelimit.Limit `yaml:"quotas"`
	// Browser marks a caller whose key is publishable (a web page holds it): it is
	// bound to the page origins listed, and may call only methods safe to expose.
	Browser *Browser `yaml:"browser"`
}

// Browser is a browser caller's binding.
type Browser struct {
	// Origins are the pages' origins ("https://shop.example.com"): a call must come
	// with one of them as its Origin.
	Origins []string `yaml:"origins"`
}

// CORS lets browser pages of other origins call the REST listener.
type CORS struct {
	// AllowedOrigins are the origins ("https://shop.example.com", or "*" for any)
	// answered with Access-Control-Allow-Origin. None: no CORS.
	AllowedOrigins []string `yaml:"allowed_origins"`
	// AllowedMethods default to GET, POST, PUT, PATCH, DELETE.
	AllowedMethods []string `yaml:"allowed_methods"`
	// AllowedHeaders are allowed besides Authorization, Content-Type and
	// X-Wxgate-Account.
	AllowedHeaders []string `yaml:"allowed_headers"`
}

// CallerKey is one bearer key of a caller: the hex SHA-256 digest of the whole key,
// or the key itself read from an environment variable or a file.
type CallerKey struct {
	SHA256  string `yaml:"sha256"`
	KeyEnv  string `yaml:"key_env"`
	KeyFile string `yaml:"key_file"`

	// Digest is resolved by Load: the SHA-256 of the whole key.
	Digest [sha256.Size]byte `yaml:"-"`
}

// TLS is the certificate of the gRPC and HTTP listeners and, for mtls, the CA
// that callers' client certificates chain to. The files are re-read when they
// change.
type TLS struct {
	CertFile     string `yaml:"cert_file"`
	KeyFile      string `yaml:"key_file"`
	ClientCAFile string `yaml:"client_ca_file"`
}

// Enabled says whether the listeners serve TLS.
func (t TLS) Enabled() bool { return t.CertFile != "" || t.KeyFile != "" }

// Endpoints says which of the HTTP and gRPC listeners' auxiliary endpoints are
// served. /healthz, /readyz and gRPC health always are.
type Endpoints struct {
	Metrics    bool `yaml:"metrics"`    // GET /metrics
	OpenAPI    bool `yaml:"openapi"`    // GET /openapi.json
	Docs       bool `yaml:"docs"`       // GET /docs/, the API explorer (served with openapi only)
	Reflection bool `yaml:"reflection"` // gRPC server reflection
	Status     bool `yaml:"status"`     // GET /status, the operators' HTML page
}

// reservedCallerNames name the identities the gateway itself gives calls; a
// configured caller of that name could not be told apart in logs and metrics.
var reservedCallerNames = []string{"anonymous", "unauthenticated", "gateway"}

// resolveCallers reads the callers' keys from the environment or files and makes
// every key a digest. Errors name the caller and the key's place, never the key.
func (c *Config) resolveCallers(getenv func(string) string) error {
	for i := range c.Callers {
		cl := &c.Callers[i]
		for j := range cl.Keys {
			k := &cl.Keys[j]
			where := fmt.Sprintf("caller %q: keys[%d]", cl.Name, j)
			set := 0
			for _, v := range []string{k.SHA256, k.KeyEnv, k.KeyFile} {
				if v != "" {
					set++
				}
			}
			if set != 1 {
				return fmt.Errorf("%s: set exactly one of sha256, key_env, key_file", where)
			}
			if k.SHA256 != "" {
				raw, err := hex.DecodeString(k.SHA256)
				if err != nil || len(raw) != sha256.Size {
					return fmt.Errorf("%s: sha256 is not the 64 hex digits of a SHA-256 digest", where)
				}
				copy(k.Digest[:], raw)
				continue
			}
			key, err := readSecret(getenv, "key", k.KeyEnv, k.KeyFile)
			if err != nil {
				return fmt.Errorf("%s: %w", where, err)
			}
			if _, err := callerkey.Parse(key.Reveal()); err != nil {
				return fmt.Errorf("%s: %w (make one with `gateway keys new --caller %s`)", where, err, cl.Name)
			}
			k.Digest = callerkey.Digest(key.Reveal())
		}
	}
	return nil
}

// ResolveAuth fills in the auth mode the callers imply when none is set. Load calls
// it; a configuration built in code calls it before use.
func (c *Config) ResolveAuth() {
	if c.Auth.Mode != "" {
		return
	}
	keys, certs := false, false
	for _, cl := range c.Callers {
		keys = keys || len(cl.Keys) > 0
		certs = certs || len(cl.Principals) > 0
	}
	switch {
	case keys && certs:
		c.Auth.Mode = AuthKeysMTLS
	case certs:
		c.Auth.Mode = AuthMTLS
	case keys || len(c.Callers) > 0:
		c.Auth.Mode = AuthKeys
	default:
		c.Auth.Mode = AuthNone
	}
}

// validateCallers checks the auth mode against the callers and TLS, and each
// caller's names, keys, principals, rules and quotas.
func (c Config) validateCallers() error {
	switch c.Auth.Mode {
	case AuthNone, AuthKeys, AuthMTLS, AuthKeysMTLS:
	default:
		return fmt.Errorf("auth.mode %q is not none, keys, mtls or keys+mtls", c.Auth.Mode)
	}
	if err := c.validateTLS(); err != nil {
		return err
	}
	if c.Auth.Mode == AuthNone && len(c.Callers) > 0 {
		return fmt.Errorf("auth.mode is none, so the %d configured callers would never be checked: set auth.mode to keys, mtls or keys+mtls, or remove callers", len(c.Callers))
	}
	accounts := make(map[string]bool, len(c.Accounts))
	for _, a := range c.Accounts {
		accounts[a.Name] = true
	}
	names := map[string]bool{}
	digests := map[[sha256.Size]byte]string{}
	principals := map[string]string{}
	for i, cl := range c.Callers {
		switch {
		case cl.Name == "":
			return fmt.Errorf("callers[%d]: name is required", i)
		case names[cl.Name]:
			return fmt.Errorf("callers[%d]: name %q is used twice", i, cl.Name)
		case slices.Contains(reservedCallerNames, cl.Name):
			return fmt.Errorf("callers[%d]: name %q is reserved for calls without a caller", i, cl.Name)
		case !validCallerName(cl.Name):
			return fmt.Errorf("callers[%d]: name %q: use letters, digits, '-', '_' and '.' only", i, cl.Name)
		}
		names[cl.Name] = true
		if len(cl.Keys) == 0 && len(cl.Principals) == 0 {
			return fmt.Errorf("caller %q has neither keys nor principals: nothing could identify it", cl.Name)
		}
		if len(cl.Keys) > 0 && !c.Auth.Keys() {
			return fmt.Errorf("caller %q has keys but auth.mode %s does not take keys", cl.Name, c.Auth.Mode)
		}
		if len(cl.Principals) > 0 && !c.Auth.MTLS() {
			return fmt.Errorf("caller %q has principals but auth.mode %s does not take client certificates", cl.Name, c.Auth.Mode)
		}
		for j, k := range cl.Keys {
			if other, dup := digests[k.Digest]; dup {
				return fmt.Errorf("caller %q: keys[%d] is also a key of caller %q", cl.Name, j, other)
			}
			digests[k.Digest] = cl.Name
		}
		for _, p := range cl.Principals {
			if err := validPrincipal(p); err != nil {
				return fmt.Errorf("caller %q: principal %q: %w", cl.Name, p, err)
			}
			if other, dup := principals[p]; dup {
				return fmt.Errorf("caller %q: principal %q is also caller %q's", cl.Name, p, other)
			}
			principals[p] = cl.Name
		}
		for _, a := range cl.Accounts {
			if a != "*" && !accounts[a] {
				return fmt.Errorf("caller %q: accounts: %q is not a configured account", cl.Name, a)
			}
		}
		for _, rule := range slices.Concat(cl.Allow, cl.Deny) {
			if err := validRule(rule); err != nil {
				return fmt.Errorf("caller %q: rule %q: %w", cl.Name, rule, err)
			}
		}
		if _, err := cl.Share(); err != nil {
			return fmt.Errorf("caller %q: %w", cl.Name, err)
		}
		if err := c.validateBrowser(cl); err != nil {
			return fmt.Errorf("caller %q: %w", cl.Name, err)
		}
	}
	for _, o := range c.CORS.AllowedOrigins {
		if o != "*" {
			if err := validOrigin(o); err != nil {
				return fmt.Errorf("cors.allowed_origins: %q: %w", o, err)
			}
		}
	}
	return nil
}

// validateBrowser checks a browser caller: a key (its page holds it), origins
// that are origins, and that CORS lets those pages call at all.
func (c Config) validateBrowser(cl Caller) error {
	if cl.Browser == nil {
		return nil
	}
	switch {
	case len(cl.Keys) == 0:
		return fmt.Errorf("browser: a browser caller is identified by a key its pages hold; it has none")
	case len(cl.Principals) > 0:
		return fmt.Errorf("browser: a browser caller has no client certificate: remove principals")
	case len(cl.Browser.Origins) == 0:
		return fmt.Errorf("browser.origins: list the pages' origins, e.g. https://shop.example.com")
	}
	for _, o := range cl.Browser.Origins {
		if err := validOrigin(o); err != nil {
			return fmt.Errorf("browser.origins: %q: %w", o, err)
		}
		if !slices.Contains(c.CORS.AllowedOrigins, o) && !slices.Contains(c.CORS.AllowedOrigins, "*") {
			return fmt.Errorf("browser.origins: %q is not in cors.allowed_origins, so its pages could not call", o)
		}
	}
	return nil
}

// validOrigin accepts a Web origin: scheme://host[:port], http or https, no path.
func validOrigin(o string) error {
	u, err := url.Parse(o)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return fmt.Errorf("not an origin (scheme://host[:port], as a browser sends it in Origin)")
	}
	if o != strings.ToLower(u.Scheme)+"://"+strings.ToLower(u.Host) {
		return fmt.Errorf("write it as a browser sends it: lowercase, no trailing slash")
	}
	return nil
}

// validateTLS checks that the TLS files come as a pair, and that mtls has a CA.
func (c Config) validateTLS() error {
	t := c.TLS
	switch {
	case (t.CertFile == "") != (t.KeyFile == ""):
		return fmt.Errorf("tls: set both cert_file and key_file")
	case t.ClientCAFile != "" && !t.Enabled():
		return fmt.Errorf("tls: client_ca_file needs cert_file and key_file: client certificates come with TLS")
	case c.Auth.MTLS() && t.ClientCAFile == "":
		return fmt.Errorf("auth.mode %s needs tls.client_ca_file, the CA that callers' client certificates chain to", c.Auth.Mode)
	case t.ClientCAFile != "" && !c.Auth.MTLS():
		return fmt.Errorf("tls.client_ca_file is set but auth.mode %s does not use client certificates: set auth.mode to mtls or keys+mtls", c.Auth.Mode)
	}
	return nil
}

// Share is the caller's quota share, or nil when it has none.
func (cl Caller) Share() (*ratelimit.Share, error) {
	if len(cl.Quotas) == 0 {
		return nil, nil
	}
	lc := ratelimit.Config{Paths: map[string]ratelimit.Limit{}}
	for k, l := range cl.Quotas {
		switch {
		case k == "default":
			lc.Default = l
		case k == "/cgi-bin/token" || k == "/cgi-bin/stable_token" || k == "/cgi-bin/ticket/getticket":
			// The gateway fetches tokens and tickets for everyone; no caller spends them.
			return nil, fmt.Errorf("quotas: %s is the gateway's own token or ticket fetch, not a caller's to share", k)
		case !strings.HasPrefix(k, "/"):
			return nil, fmt.Errorf("quotas: key %q is neither default nor an upstream path like /card/code/deposit", k)
		default:
			lc.Paths[k] = l
		}
	}
	share := &ratelimit.Share{Caller: cl.Name, Limits: lc}
	if err := share.Validate(); err != nil {
		return nil, fmt.Errorf("quotas: %w", err)
	}
	return share, nil
}

func validCallerName(name string) bool {
	for _, r := range name {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.'
		if !ok {
			return false
		}
	}
	return len(name) <= 64
}

// validRule accepts a full method name ("wxgate.card.v1.CardService/DepositCodes")
// or a WeChat path ("/card/code/deposit"), with * wildcards.
func validRule(rule string) error {
	switch {
	case rule == "":
		return fmt.Errorf("empty")
	case strings.ContainsAny(rule, " \t?[]"):
		return fmt.Errorf("only * is a wildcard; no spaces")
	case strings.HasPrefix(rule, "/") && strings.Contains(strings.TrimPrefix(rule, "/"), "Service/"):
		return fmt.Errorf("write method names without the leading /, e.g. wxgate.card.v1.CardService/*")
	}
	return nil
}

// AllLoopback says whether every listener the configuration opens is on a
// loopback address.
func (c Config) AllLoopback() bool {
	for _, addr := range c.ListenAddrs() {
		if !loopback(addr) {
			return false
		}
	}
	return true
}

// ListenAddrs are the addresses of the listeners the configuration opens.
func (c Config) ListenAddrs() []string {
	addrs := []string{c.GRPCAddr, c.HTTPAddr}
	if c.Compat.Addr != "" {
		addrs = append(addrs, c.Compat.Addr)
	}
	return addrs
}

// DebugExposed says the debug listener is on and listens beyond loopback.
func (c Config) DebugExposed() bool { return c.DebugAddr != "" && !loopback(c.DebugAddr) }

func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// validPrincipal accepts a SPIFFE ID (checked by go-spiffe against the SPIFFE ID
// spec: lowercase trust domain, no query, no empty segments) or a DNS name.
func validPrincipal(p string) error {
	if strings.Contains(p, "://") {
		if _, err := spiffeid.FromString(p); err != nil {
			return fmt.Errorf("not a SPIFFE ID (spiffe://trust-domain/path): %w", err)
		}
		return nil
	}
	if len(p) > 253 || p == "" {
		return fmt.Errorf("not a DNS name")
	}
	for _, label := range strings.Split(strings.TrimPrefix(p, "*."), ".") {
		if label == "" || len(label) > 63 || strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") {
			return fmt.Errorf("not a DNS name")
		}
		for _, r := range label {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
				return fmt.Errorf("not a DNS name")
			}
		}
	}
	return nil
}
