package config

import (
	"fmt"
	"net/url"
	"regexp"
	"time"
)

// Callback is the listener WeChat pushes events to (the accounts' server URL,
// /wechat/callback/{account}). It is the one listener meant for the internet, and
// it serves nothing but the pushes.
type Callback struct {
	// Addr is its listener ("0.0.0.0:8443"); off when empty.
	Addr string `yaml:"addr"`
	// TimestampWindow is how far a push's timestamp may be from the gateway's
	// clock, either way: it bounds replays of a captured push (default 5m).
	TimestampWindow time.Duration `yaml:"timestamp_window"`
	// MaxBodyBytes bounds a push's body (default 64 KiB; WeChat's events are a
	// few hundred bytes, three times that in compatible mode).
	MaxBodyBytes int64 `yaml:"max_body_bytes"`
}

// Callback defaults.
const (
	DefaultCallbackTimestampWindow = 5 * time.Minute
	DefaultCallbackMaxBodyBytes    = 64 << 10
)

// Push modes of an account's server configuration (消息加解密方式).
const (
	PushPlain      = "plain"      // 明文模式: no encryption
	PushCompatible = "compatible" // 兼容模式: plaintext and ciphertext in each push
	PushSafe       = "safe"       // 安全模式: ciphertext only
)

// AccountCallback is an account's server configuration in the WeChat console: the
// Token and the EncodingAESKey, by reference like the app secret, and the mode.
type AccountCallback struct {
	TokenEnv                   string `yaml:"token_env"`
	TokenFile                  string `yaml:"token_file"`
	EncodingAESKeyEnv          string `yaml:"encoding_aes_key_env"`
	EncodingAESKeyFile         string `yaml:"encoding_aes_key_file"`
	PreviousEncodingAESKeyEnv  string `yaml:"previous_encoding_aes_key_env"`
	PreviousEncodingAESKeyFile string `yaml:"previous_encoding_aes_key_file"`
	// Mode is plain, compatible or safe (default safe).
	Mode string `yaml:"mode"`
	// AppID is the app id WeChat writes into encrypted pushes: the account's own
	// (default), or the component app id of a third-party platform that receives
	// for it.
	AppID string `yaml:"app_id"`

	// Resolved by Load from the _env or _file settings.
	Token                  Secret `yaml:"-"`
	EncodingAESKey         Secret `yaml:"-"`
	PreviousEncodingAESKey Secret `yaml:"-"` // empty unless rotating
}

// Events is where received events are kept and how they are handed out.
type Events struct {
	// Store is memory (one replica; lost on restart) or redis (Redis Streams,
	// shared by the replicas).
	Store string `yaml:"store"`
	// Retention is how long an event is kept, delivered or not (default 72h).
	Retention time.Duration `yaml:"retention"`
	// VisibilityTimeout is how long a delivered event waits for its
	// acknowledgement before it is handed out again (default 30s).
	VisibilityTimeout time.Duration `yaml:"visibility_timeout"`
	// MaxEvents bounds the memory store (default 100000): past it, the oldest
	// event no group still needs makes room, and if every one is still needed the
	// push is refused (WeChat retries it) rather than an event dropped.
	MaxEvents int `yaml:"max_events"`
	// MaxGroups bounds the consumer groups of one account (default 256).
	MaxGroups int `yaml:"max_groups"`
	// MaxSubscribers bounds the open Subscribe streams of one replica (default 256).
	MaxSubscribers int `yaml:"max_subscribers"`
	// Webhooks forward events to internal HTTP endpoints.
	Webhooks []Webhook `yaml:"webhooks"`
}

// Webhook forwards the events of one account (and event types) to an internal
// HTTP endpoint: each event is POSTed as JSON, signed with an HMAC of a secret the
// endpoint shares, until the endpoint answers 2xx or the attempts run out.
type Webhook struct {
	// Name names it in logs and metrics, and its consumer group.
	Name string `yaml:"name"`
	URL  string `yaml:"url"`
	// Account is the account whose events it forwards (default: the first).
	Account string `yaml:"account"`
	// EventTypes are WeChat's Event names to forward; empty: all.
	EventTypes []string `yaml:"event_types"`
	// The HMAC-SHA256 secret, by reference.
	SecretEnv  string `yaml:"secret_env"`
	SecretFile string `yaml:"secret_file"`
	// MaxAttempts bounds the deliveries of one event (default 10); past it the
	// event is counted as dead-lettered (and stays in ListEvents for its retention).
	MaxAttempts int `yaml:"max_attempts"`
	// Timeout bounds one POST (default 10s).
	Timeout time.Duration `yaml:"timeout"`

	Secret Secret `yaml:"-"`
}

// Webhook defaults.
const (
	DefaultWebhookMaxAttempts = 10
	DefaultWebhookTimeout     = 10 * time.Second
)

// Events defaults.
const (
	DefaultEventsRetention      = 72 * time.Hour
	DefaultEventsVisibility     = 30 * time.Second
	DefaultEventsMaxEvents      = 100000
	DefaultEventsMaxGroups      = 256
	DefaultEventsMaxSubscribers = 256
)

// resolveCallback reads the account's callback Token and keys.
func (a *Account) resolveCallback(getenv func(string) string) error {
	cb := a.Callback
	if cb == nil {
		return nil
	}
	if cb.Mode == "" {
		cb.Mode = PushSafe
	}
	if cb.AppID == "" {
		cb.AppID = a.AppID
	}
	var err error
	if cb.Token, err = readSecret(getenv, "token", cb.TokenEnv, cb.TokenFile); err != nil {
		return fmt.Errorf("account %q: callback: %w", a.Name, err)
	}
	keyed := cb.EncodingAESKeyEnv != "" || cb.EncodingAESKeyFile != ""
	if cb.Mode != PushPlain || keyed {
		if cb.EncodingAESKey, err = readSecret(getenv, "encoding_aes_key", cb.EncodingAESKeyEnv, cb.EncodingAESKeyFile); err != nil {
			return fmt.Errorf("account %q: callback (mode %s): %w", a.Name, cb.Mode, err)
		}
	}
	if cb.PreviousEncodingAESKeyEnv != "" || cb.PreviousEncodingAESKeyFile != "" {
		if cb.PreviousEncodingAESKey, err = readSecret(getenv, "previous_encoding_aes_key", cb.PreviousEncodingAESKeyEnv, cb.PreviousEncodingAESKeyFile); err != nil {
			return fmt.Errorf("account %q: callback: %w", a.Name, err)
		}
	}
	return nil
}

// resolveWebhooks fills in the webhooks' defaults and reads their secrets.
func (c *Config) resolveWebhooks(getenv func(string) string) error {
	for i := range c.Events.Webhooks {
		w := &c.Events.Webhooks[i]
		if w.Account == "" && len(c.Accounts) > 0 {
			w.Account = c.Accounts[0].Name
		}
		if w.MaxAttempts == 0 {
			w.MaxAttempts = DefaultWebhookMaxAttempts
		}
		if w.Timeout == 0 {
			w.Timeout = DefaultWebhookTimeout
		}
		secret, err := readSecret(getenv, "secret", w.SecretEnv, w.SecretFile)
		if err != nil {
			return fmt.Errorf("events.webhooks %q: %w", w.Name, err)
		}
		w.Secret = secret
	}
	return nil
}

// validateEvents checks the callback and events settings. The keys themselves
// are checked where they are parsed (the receiver), with errors that never hold
// them.
func (c Config) validateEvents() error {
	cb := c.Callback
	switch {
	case cb.TimestampWindow <= 0:
		return fmt.Errorf("callback.timestamp_window must be positive")
	case cb.MaxBodyBytes < 1024:
		return fmt.Errorf("callback.max_body_bytes %d: at least 1024", cb.MaxBodyBytes)
	}
	for _, a := range c.Accounts {
		if a.Callback == nil {
			continue
		}
		switch a.Callback.Mode {
		case PushPlain, PushCompatible, PushSafe:
		default:
			return fmt.Errorf("account %q: callback.mode %q is not plain, compatible or safe", a.Name, a.Callback.Mode)
		}
		if a.Callback.PreviousEncodingAESKey != "" && a.Callback.EncodingAESKey == "" {
			return fmt.Errorf("account %q: callback: a previous_encoding_aes_key needs the current encoding_aes_key", a.Name)
		}
	}
	e := c.Events
	switch {
	case e.Store != StoreMemory && e.Store != StoreRedis:
		return fmt.Errorf("events.store %q is not %s or %s", e.Store, StoreMemory, StoreRedis)
	case e.Retention < time.Minute:
		return fmt.Errorf("events.retention %s: at least 1m", e.Retention)
	case e.VisibilityTimeout < time.Second:
		return fmt.Errorf("events.visibility_timeout %s: at least 1s", e.VisibilityTimeout)
	case e.MaxEvents < 1:
		return fmt.Errorf("events.max_events %d: at least 1", e.MaxEvents)
	case e.MaxGroups < 1:
		return fmt.Errorf("events.max_groups %d: at least 1", e.MaxGroups)
	case e.MaxSubscribers < 1:
		return fmt.Errorf("events.max_subscribers %d: at least 1", e.MaxSubscribers)
	}
	if err := c.validateWebhooks(); err != nil {
		return err
	}
	if e.Store == StoreRedis {
		return c.Redis.validate()
	}
	return nil
}

func (c Config) validateWebhooks() error {
	names := map[string]bool{}
	for i, w := range c.Events.Webhooks {
		u, err := url.Parse(w.URL)
		switch {
		case !webhookName.MatchString(w.Name):
			return fmt.Errorf("events.webhooks[%d]: name %q: lower-case letters, digits, '.', '_' and '-', up to 64", i, w.Name)
		case names[w.Name]:
			return fmt.Errorf("events.webhooks: name %q is used twice", w.Name)
		case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
			return fmt.Errorf("events.webhooks %q: url %q is not an absolute http(s) URL", w.Name, w.URL)
		case !c.hasAccount(w.Account):
			return fmt.Errorf("events.webhooks %q: account %q is not configured", w.Name, w.Account)
		case w.MaxAttempts < 1:
			return fmt.Errorf("events.webhooks %q: max_attempts %d: at least 1", w.Name, w.MaxAttempts)
		case w.Timeout <= 0:
			return fmt.Errorf("events.webhooks %q: timeout must be positive", w.Name)
		}
		names[w.Name] = true
	}
	return nil
}

var webhookName = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)

func (c Config) hasAccount(name string) bool {
	for _, a := range c.Accounts {
		if a.Name == name {
			return true
		}
	}
	return false
}
