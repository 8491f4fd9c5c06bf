// Package config loads the gateway's configuration: defaults, then the YAML file,
// then environment variables; command-line flags are applied last by the caller.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/secret"
)

// Defaults of the runtime contract.
const (
	DefaultGRPCAddr    = "127.0.0.1:9090"
	DefaultHTTPAddr    = "127.0.0.1:8080"
	DefaultUpstreamURL = "https://api.weixin.qq.com"
	// EnvAccountName names the account built from WXGATE_APP_ID and WXGATE_APP_SECRET.
	EnvAccountName = "default"
)

// Config is the whole configuration. The YAML keys are the contract of DESIGN.md.
type Config struct {
	GRPCAddr string `yaml:"grpc_addr"`
	HTTPAddr string `yaml:"http_addr"`
	// DebugAddr, when set, is a listener of its own serving net/http/pprof under
	// /debug/pprof/, for profiling a running gateway; off when empty. It should be
	// a loopback address: the gateway warns when it is not.
	DebugAddr string    `yaml:"debug_addr"`
	Accounts  []Account `yaml:"accounts"`
	// RateLimits holds "default" and per-path limits, e.g. "/bizwifi/qrcode/get".
	RateLimits map[string]ratelimit.Limit `yaml:"ratelimits"`
	// LogLevel is debug, info, warn or error.
	LogLevel string `yaml:"log_level"`
	// ShutdownTimeout bounds how long SIGTERM waits for calls in flight.
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`
	// UpstreamTimeout bounds a WeChat call whose caller set no deadline.
	UpstreamTimeout time.Duration `yaml:"upstream_timeout"`
	// GCHeapFloorMiB lets the heap grow to this many MiB before the garbage
	// collector runs again (internal/heapfloor), 0 for Go's default; a GOGC in
	// the environment takes its place.
	GCHeapFloorMiB int `yaml:"gc_heap_floor_mib"`
	// Portal configures the PortalSignService.
	Portal Portal `yaml:"portal"`
	// Token chooses where access_tokens are kept: memory (one replica) or redis
	// (shared by every replica).
	Token StoreChoice `yaml:"token"`
	// RateLimit chooses where rate limits and quotas are counted.
	RateLimit StoreChoice `yaml:"ratelimit"`
	// Redis is the server the redis stores use.
	Redis Redis `yaml:"redis"`

	// Auth says how callers are authenticated; Callers who they are and what each
	// may do.
	Auth    Auth     `yaml:"auth"`
	Callers []Caller `yaml:"callers"`
	// TLS, when set, serves the gRPC and HTTP listeners over TLS.
	TLS TLS `yaml:"tls"`
	// Endpoints turns /metrics, /openapi.json, /docs, /status and gRPC reflection off.
	Endpoints Endpoints `yaml:"endpoints"`
	// CORS lets browser pages call the REST listener.
	CORS CORS `yaml:"cors"`
	// Compat is the WeChat-compatible pass-through for WeChat SDKs.
	Compat Compat `yaml:"compat"`
	// RequestLimits bound what one request or connection may cost the gateway.
	RequestLimits RequestLimits `yaml:"limits"`
	// Callback is the listener WeChat pushes events to; Events where they are kept
	// for the subscribers (events.go).
	Callback Callback `yaml:"callback"`
	Events   Events   `yaml:"events"`
}

// Compat is the WeChat-compatible pass-through.
type Compat struct {
	// Addr is its listener ("127.0.0.1:8090"); off when empty.
	Addr string `yaml:"addr"`
	// MaxBodyBytes bounds a request body: media uploads are up to 10 MB, plus the
	// multipart envelope (default 12 MiB).
	MaxBodyBytes int64 `yaml:"max_body_bytes"`
	// TokenTTL is the lifetime of the tokens it hands SDKs (default 2h, WeChat's).
	TokenTTL time.Duration `yaml:"token_ttl"`
}

// RequestLimits bound what callers, careless or hostile, may make the gateway hold.
type RequestLimits struct {
	// MaxBodyBytes bounds a REST request body and a gRPC message. The default is
	// gRPC's own 4 MiB, which already bounds every request a REST call becomes.
	MaxBodyBytes int64 `yaml:"max_body_bytes"`
	// MaxHeaderBytes bounds a request's header (HTTP: 431 past it; gRPC: its
	// metadata).
	MaxHeaderBytes int `yaml:"max_header_bytes"`
	// ReadTimeout bounds reading a whole REST request, body included (headers
	// alone: 10 s).
	ReadTimeout time.Duration `yaml:"read_timeout"`
	// IdleTimeout closes a keep-alive connection with no request for this long.
	IdleTimeout time.Duration `yaml:"idle_timeout"`
	// UpstreamConnsPerHost bounds the connections to one WeChat host; calls past
	// it wait for one within their deadline.
	UpstreamConnsPerHost int `yaml:"upstream_conns_per_host"`
	// MaxCallsInFlight bounds the calls the gateway holds at once (gRPC, REST and
	// pass-through; event streams are bounded by events.max_subscribers): past it a
	// call is refused at once, UNAVAILABLE (HTTP 503, errcode -1 on the
	// pass-through) with a retry delay, so memory does not grow with how many
	// calls callers send at once.
	MaxCallsInFlight int `yaml:"max_calls_in_flight"`
}

// Default limits.
const (
	DefaultMaxBodyBytes         = 4 << 20
	DefaultMaxHeaderBytes       = 64 << 10
	DefaultReadTimeout          = 30 * time.Second
	DefaultIdleTimeout          = 2 * time.Minute
	DefaultUpstreamConnsPerHost = 256
	DefaultMaxCallsInFlight     = 10000
)

func (l RequestLimits) validate() error {
	switch {
	case l.MaxBodyBytes < 1024:
		return fmt.Errorf("limits.max_body_bytes %d: at least 1024", l.MaxBodyBytes)
	case l.MaxHeaderBytes < 4096:
		return fmt.Errorf("limits.max_header_bytes %d: at least 4096", l.MaxHeaderBytes)
	case l.ReadTimeout <= 0 || l.IdleTimeout <= 0:
		return fmt.Errorf("limits.read_timeout and limits.idle_timeout must be positive")
	case l.UpstreamConnsPerHost < 1:
		return fmt.Errorf("limits.upstream_conns_per_host %d: at least 1", l.UpstreamConnsPerHost)
	case l.MaxCallsInFlight < 1:
		return fmt.Errorf("limits.max_calls_in_flight %d: at least 1", l.MaxCallsInFlight)
	}
	return nil
}

// Store kinds.
const (
	StoreMemory = "memory"
	StoreRedis  = "redis"
)

// StoreChoice names where a kind of state lives: StoreMemory or StoreRedis.
type StoreChoice struct {
	Store string `yaml:"store"`
}

// Redis is the Redis shared by the gateway's replicas: one server (Addr), a
// Sentinel-watched master set (Addrs are the Sentinels, MasterName the set) or a
// Redis Cluster (Addrs are seed nodes, Cluster is true). See redis.go.
type Redis struct {
	Addr         string   `yaml:"addr"`        // host:port of one server
	Addrs        []string `yaml:"addrs"`       // Sentinels or Cluster nodes (host:port each)
	MasterName   string   `yaml:"master_name"` // Sentinel: the master set's name
	Cluster      bool     `yaml:"cluster"`     // Redis Cluster
	Username     string   `yaml:"username"`
	PasswordEnv  string   `yaml:"password_env"`
	PasswordFile string   `yaml:"password_file"`
	// The Sentinels' own AUTH, when they have one (Sentinel only).
	SentinelUsername     string `yaml:"sentinel_username"`
	SentinelPasswordEnv  string `yaml:"sentinel_password_env"`
	SentinelPasswordFile string `yaml:"sentinel_password_file"`
	DB                   int    `yaml:"db"`
	TLS                  bool   `yaml:"tls"`
	KeyPrefix            string `yaml:"key_prefix"` // default "wxgate:"

	// Password and SentinelPassword are resolved by Load from their _env or _file
	// (none: no AUTH).
	Password         Secret `yaml:"-"`
	SentinelPassword Secret `yaml:"-"`
}

// Account is one WeChat Official Account. The secret is never in the file itself:
// it is read from an environment variable or a file.
type Account struct {
	Name          string `yaml:"name"`
	AppID         string `yaml:"app_id"`
	AppSecretEnv  string `yaml:"app_secret_env"`
	AppSecretFile string `yaml:"app_secret_file"`
	UpstreamURL   string `yaml:"upstream_url"`
	TokenMode     string `yaml:"token_mode"` // stable (default) | legacy

	// AppSecret is resolved by Load from AppSecretEnv or AppSecretFile.
	AppSecret Secret `yaml:"-"`

	// PortalSecrets are the portal secret keys of the account's shops.
	PortalSecrets []PortalSecret `yaml:"portal_secrets"`

	// Callback is the account's server configuration for WeChat's pushes; nil:
	// the account receives none.
	Callback *AccountCallback `yaml:"callback"`
}

// PortalSecret is one shop's portal secret key (seed 001's secretkey, which
// bizwifi/apportal/register hands out), for signing its connect links. Like an app
// secret it is never in the file itself: it is read from an environment variable or
// a file.
type PortalSecret struct {
	ShopID     int64  `yaml:"shop_id"`
	SecretEnv  string `yaml:"secret_env"`
	SecretFile string `yaml:"secret_file"`

	// Secret is resolved by Load from SecretEnv or SecretFile.
	Secret Secret `yaml:"-"`
}

// Portal configures the PortalSignService.
type Portal struct {
	// Store chooses where portal secret keys are kept: memory or redis.
	Store string `yaml:"store"`
	// VerifyWindow is how far a sign's timestamp may be from the gateway's clock, in
	// either direction, for VerifySign to accept it: it bounds replays of a link.
	VerifyWindow time.Duration `yaml:"verify_window"`
}

// DefaultGCHeapFloorMiB is gc_heap_floor_mib's default: the collector runs a few
// times a second under load instead of dozens, for at most this much more memory.
const DefaultGCHeapFloorMiB = 32

// DefaultPortalVerifyWindow is portal.verify_window's default.
const DefaultPortalVerifyWindow = 5 * time.Minute

// Secret is a value that prints as [redacted] in fmt and slog output. It is
// secret.Value, shared with the packages that hold secrets outside the configuration
// (the portal secret store).
type Secret = secret.Value

// Default returns the configuration with nothing set.
func Default() Config {
	return Config{
		GRPCAddr:        DefaultGRPCAddr,
		HTTPAddr:        DefaultHTTPAddr,
		LogLevel:        "info",
		ShutdownTimeout: 15 * time.Second,
		UpstreamTimeout: 10 * time.Second,
		GCHeapFloorMiB:  DefaultGCHeapFloorMiB,
		Portal:          Portal{VerifyWindow: DefaultPortalVerifyWindow, Store: StoreMemory},
		Token:           StoreChoice{Store: StoreMemory},
		RateLimit:       StoreChoice{Store: StoreMemory},
		Redis:           Redis{KeyPrefix: "wxgate:"},
		Endpoints:       Endpoints{Metrics: true, OpenAPI: true, Docs: true, Reflection: true, Status: true},
		RequestLimits: RequestLimits{
			MaxBodyBytes: DefaultMaxBodyBytes, MaxHeaderBytes: DefaultMaxHeaderBytes,
			ReadTimeout: DefaultReadTimeout, IdleTimeout: DefaultIdleTimeout,
			UpstreamConnsPerHost: DefaultUpstreamConnsPerHost, MaxCallsInFlight: DefaultMaxCallsInFlight,
		},
		Callback: Callback{TimestampWindow: DefaultCallbackTimestampWindow, MaxBodyBytes: DefaultCallbackMaxBodyBytes},
		Events: Events{
			Store: StoreMemory, Retention: DefaultEventsRetention, VisibilityTimeout: DefaultEventsVisibility,
			MaxEvents: DefaultEventsMaxEvents, MaxGroups: DefaultEventsMaxGroups, MaxSubscribers: DefaultEventsMaxSubscribers,
		},
	}
}

// Load reads the YAML file at path (none when empty) over the defaults, then the
// environment (getenv, usually os.Getenv), and resolves account secrets.
func Load(path string, getenv func(string) string) (Config, error) {
	cfg := Default()
	if path != "" {
		raw, err := os.ReadFile(path)
		if err != nil {
			return Config{}, fmt.Errorf("config: %w", err)
		}
		dec := yaml.NewDecoder(bytes.NewReader(raw))
		dec.KnownFields(true) // a misspelt key is an error, not a silently ignored setting
		if err := dec.Decode(&cfg); err != nil && !errors.Is(err, io.EOF) {
			return Config{}, fmt.Errorf("config %s: %w", path, err)
		}
	}
	cfg.applyEnv(getenv)
	if err := cfg.resolve(getenv); err != nil {
		return Config{}, err
	}
	if err := cfg.resolveCallers(getenv); err != nil {
		return Config{}, err
	}
	if err := cfg.resolveWebhooks(getenv); err != nil {
		return Config{}, err
	}
	cfg.ResolveAuth()
	return cfg, cfg.Validate()
}

// applyEnv applies the WXGATE_* variables. WXGATE_APP_ID and WXGATE_APP_SECRET make
// one account when the file lists none.
func (c *Config) applyEnv(getenv func(string) string) {
	if v := getenv("WXGATE_GRPC_ADDR"); v != "" {
		c.GRPCAddr = v
	}
	if v := getenv("WXGATE_HTTP_ADDR"); v != "" {
		c.HTTPAddr = v
	}
	if v := getenv("WXGATE_DEBUG_ADDR"); v != "" {
		c.DebugAddr = v
	}
	if len(c.Accounts) == 0 && getenv("WXGATE_APP_ID") != "" {
		c.Accounts = []Account{{
			Name:         EnvAccountName,
			AppID:        getenv("WXGATE_APP_ID"),
			AppSecretEnv: "WXGATE_APP_SECRET",
			UpstreamURL:  getenv("WXGATE_UPSTREAM_URL"),
		}}
	}
}

// resolve reads each account's secret and the Redis password, and fills in defaults.
func (c *Config) resolve(getenv func(string) string) error {
	if err := c.Redis.resolve(getenv); err != nil {
		return err
	}
	for i := range c.Accounts {
		a := &c.Accounts[i]
		if a.UpstreamURL == "" {
			a.UpstreamURL = DefaultUpstreamURL
		}
		if a.TokenMode == "" {
			a.TokenMode = "stable"
		}
		secret, err := readSecret(getenv, "app_secret", a.AppSecretEnv, a.AppSecretFile)
		if err != nil {
			return fmt.Errorf("account %q: %w", a.Name, err)
		}
		a.AppSecret = secret
		if err := a.resolvePortalSecrets(getenv); err != nil {
			return err
		}
		if err := a.resolveCallback(getenv); err != nil {
			return err
		}
	}
	return nil
}

// readSecret reads a secret from the environment variable env or the file file,
// exactly one of which must be set; key names them in errors ("app_secret" for
// app_secret_env / app_secret_file). Errors never hold the value.
func readSecret(getenv func(string) string, key, env, file string) (Secret, error) {
	switch {
	case env != "" && file != "":
		return "", fmt.Errorf("set %s_env or %s_file, not both", key, key)
	case env != "":
		v := getenv(env)
		if v == "" {
			return "", fmt.Errorf("environment variable %s (%s_env) is empty", env, key)
		}
		return Secret(v), nil
	case file != "":
		raw, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("%s_file: %w", key, err)
		}
		v := strings.TrimSpace(string(raw))
		if v == "" {
			return "", fmt.Errorf("%s_file %s is empty", key, file)
		}
		return Secret(v), nil
	}
	return "", fmt.Errorf("no %s: set %s_env or %s_file", key, key, key)
}

// resolvePortalSecrets reads each portal secret key of the account. Errors name the
// account and the shop, never the key.
func (a *Account) resolvePortalSecrets(getenv func(string) string) error {
	for i := range a.PortalSecrets {
		p := &a.PortalSecrets[i]
		secret, err := readSecret(getenv, "secret", p.SecretEnv, p.SecretFile)
		if err != nil {
			return fmt.Errorf("account %q: portal_secrets shop_id %d: %w", a.Name, p.ShopID, err)
		}
		p.Secret = secret
	}
	return nil
}

// Validate reports the first problem it finds, naming the key.
func (c Config) Validate() error {
	seen := make(map[string]bool, len(c.Accounts))
	for i, a := range c.Accounts {
		switch {
		case a.Name == "":
			return fmt.Errorf("accounts[%d]: name is required", i)
		case seen[a.Name]:
			return fmt.Errorf("accounts[%d]: name %q is used twice", i, a.Name)
		case a.AppID == "":
			return fmt.Errorf("account %q: app_id is required", a.Name)
		case a.TokenMode != "stable" && a.TokenMode != "legacy":
			return fmt.Errorf("account %q: token_mode %q is not stable or legacy", a.Name, a.TokenMode)
		}
		seen[a.Name] = true
		shops := make(map[int64]bool, len(a.PortalSecrets))
		for _, p := range a.PortalSecrets {
			switch {
			case p.ShopID <= 0:
				return fmt.Errorf("account %q: portal_secrets: shop_id %d is not a positive shop id", a.Name, p.ShopID)
			case shops[p.ShopID]:
				return fmt.Errorf("account %q: portal_secrets: shop_id %d is listed twice", a.Name, p.ShopID)
			}
			shops[p.ShopID] = true
		}
	}
	if c.GCHeapFloorMiB < 0 {
		return fmt.Errorf("gc_heap_floor_mib %d: want 0 (off) or more", c.GCHeapFloorMiB)
	}
	if c.Portal.VerifyWindow <= 0 {
		return fmt.Errorf("portal: verify_window must be positive")
	}
	if err := c.validateStores(); err != nil {
		return err
	}
	if _, err := c.Limits(); err != nil {
		return err
	}
	if c.ShutdownTimeout <= 0 || c.UpstreamTimeout <= 0 {
		return fmt.Errorf("shutdown_timeout and upstream_timeout must be positive")
	}
	if err := c.RequestLimits.validate(); err != nil {
		return err
	}
	if err := c.validateEvents(); err != nil {
		return err
	}
	return c.validateCallers()
}

// validateStores checks each store choice, and that Redis is configured when one
// of them uses it.
func (c Config) validateStores() error {
	usesRedis := false
	for _, st := range []struct{ key, store string }{
		{"token.store", c.Token.Store}, {"ratelimit.store", c.RateLimit.Store}, {"portal.store", c.Portal.Store},
	} {
		switch st.store {
		case StoreMemory:
		case StoreRedis:
			usesRedis = true
		default:
			return fmt.Errorf("%s %q is not %s or %s", st.key, st.store, StoreMemory, StoreRedis)
		}
	}
	if usesRedis {
		return c.Redis.validate()
	}
	return nil
}

// UsesRedis says whether any store is in Redis.
func (c Config) UsesRedis() bool {
	return c.Token.Store == StoreRedis || c.RateLimit.Store == StoreRedis || c.Portal.Store == StoreRedis ||
		c.Events.Store == StoreRedis
}

// Limits returns the rate limits: the built-in defaults with the file's entries over
// them. "default" replaces the default limit; each path entry replaces that path's.
func (c Config) Limits() (ratelimit.Config, error) {
	lc := ratelimit.DefaultConfig()
	for k, l := range c.RateLimits {
		if k == "default" {
			lc.Default = l
			continue
		}
		if !strings.HasPrefix(k, "/") {
			return ratelimit.Config{}, fmt.Errorf("ratelimits: key %q is neither default nor an upstream path like /bizwifi/qrcode/get", k)
		}
		lc.Paths[k] = l
	}
	if err := lc.Validate(); err != nil {
		return ratelimit.Config{}, fmt.Errorf("ratelimits: %w", err)
	}
	return lc, nil
}
