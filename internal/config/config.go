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
	GRPCAddr string    `yaml:"grpc_addr"`
	HTTPAddr string    `yaml:"http_addr"`
	Accounts []Account `yaml:"accounts"`
	// RateLimits holds "default" and per-path limits, e.g. "/bizwifi/qrcode/get".
	RateLimits map[string]ratelimit.Limit `yaml:"ratelimits"`
	// LogLevel is debug, info, warn or error.
	LogLevel string `yaml:"log_level"`
	// ShutdownTimeout bounds how long SIGTERM waits for calls in flight.
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`
	// UpstreamTimeout bounds a WeChat call whose caller set no deadline.
	UpstreamTimeout time.Duration `yaml:"upstream_timeout"`
	// Portal configures the PortalSignService.
	Portal Portal `yaml:"portal"`
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
	// VerifyWindow is how far a sign's timestamp may be from the gateway's clock, in
	// either direction, for VerifySign to accept it: it bounds replays of a link.
	VerifyWindow time.Duration `yaml:"verify_window"`
}

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
		Portal:          Portal{VerifyWindow: DefaultPortalVerifyWindow},
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
	if len(c.Accounts) == 0 && getenv("WXGATE_APP_ID") != "" {
		c.Accounts = []Account{{
			Name:         EnvAccountName,
			AppID:        getenv("WXGATE_APP_ID"),
			AppSecretEnv: "WXGATE_APP_SECRET",
			UpstreamURL:  getenv("WXGATE_UPSTREAM_URL"),
		}}
	}
}

// resolve reads each account's secret and fills in defaults.
func (c *Config) resolve(getenv func(string) string) error {
	for i := range c.Accounts {
		a := &c.Accounts[i]
		if a.UpstreamURL == "" {
			a.UpstreamURL = DefaultUpstreamURL
		}
		if a.TokenMode == "" {
			a.TokenMode = "stable"
		}
		switch {
		case a.AppSecretEnv != "" && a.AppSecretFile != "":
			return fmt.Errorf("account %q: set app_secret_env or app_secret_file, not both", a.Name)
		case a.AppSecretEnv != "":
			v := getenv(a.AppSecretEnv)
			if v == "" {
				return fmt.Errorf("account %q: environment variable %s (app_secret_env) is empty", a.Name, a.AppSecretEnv)
			}
			a.AppSecret = Secret(v)
		case a.AppSecretFile != "":
			raw, err := os.ReadFile(a.AppSecretFile)
			if err != nil {
				return fmt.Errorf("account %q: app_secret_file: %w", a.Name, err)
			}
			if a.AppSecret = Secret(strings.TrimSpace(string(raw))); a.AppSecret == "" {
				return fmt.Errorf("account %q: app_secret_file %s is empty", a.Name, a.AppSecretFile)
			}
		default:
			return fmt.Errorf("account %q: no secret: set app_secret_env or app_secret_file", a.Name)
		}
		if err := a.resolvePortalSecrets(getenv); err != nil {
			return err
		}
	}
	return nil
}

// resolvePortalSecrets reads each portal secret key of the account. Errors name the
// account and the shop, never the key.
func (a *Account) resolvePortalSecrets(getenv func(string) string) error {
	for i := range a.PortalSecrets {
		p := &a.PortalSecrets[i]
		switch {
		case p.SecretEnv != "" && p.SecretFile != "":
			return fmt.Errorf("account %q: portal_secrets shop_id %d: set secret_env or secret_file, not both", a.Name, p.ShopID)
		case p.SecretEnv != "":
			v := getenv(p.SecretEnv)
			if v == "" {
				return fmt.Errorf("account %q: portal_secrets shop_id %d: environment variable %s (secret_env) is empty", a.Name, p.ShopID, p.SecretEnv)
			}
			p.Secret = Secret(v)
		case p.SecretFile != "":
			raw, err := os.ReadFile(p.SecretFile)
			if err != nil {
				return fmt.Errorf("account %q: portal_secrets shop_id %d: secret_file: %w", a.Name, p.ShopID, err)
			}
			if p.Secret = Secret(strings.TrimSpace(string(raw))); p.Secret == "" {
				return fmt.Errorf("account %q: portal_secrets shop_id %d: secret_file %s is empty", a.Name, p.ShopID, p.SecretFile)
			}
		default:
			return fmt.Errorf("account %q: portal_secrets shop_id %d: no key: set secret_env or secret_file", a.Name, p.ShopID)
		}
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
	if c.Portal.VerifyWindow <= 0 {
		return fmt.Errorf("portal: verify_window must be positive")
	}
	if _, err := c.Limits(); err != nil {
		return err
	}
	if c.ShutdownTimeout <= 0 || c.UpstreamTimeout <= 0 {
		return fmt.Errorf("shutdown_timeout and upstream_timeout must be positive")
	}
	return nil
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
