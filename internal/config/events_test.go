package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// eventsAccount is one account with a callback of mode and the given extra
// callback lines.
func eventsYAML(callback, rest string) string {
	return fmt.Sprintf(`accounts:
  - name: main
    app_id: wx1
    app_secret_env: S
%s
%s`, callback, rest)
}

func loadEvents(t *testing.T, text string, env map[string]string) (Config, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "wxgate.yaml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	full := map[string]string{"S": "secret", "TOK": "token1", "AES": "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "OLD": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}
	for k, v := range env {
		full[k] = v
	}
	return Load(path, envOf(full))
}

func TestLoadEvents(t *testing.T) {
	keyFile := filepath.Join(t.TempDir(), "aes")
	os.WriteFile(keyFile, []byte("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG\n"), 0o600)
	cfg, err := loadEvents(t, eventsYAML(`    callback:
      token_env: TOK
      encoding_aes_key_file: `+keyFile+`
      previous_encoding_aes_key_env: OLD`, `callback:
  addr: 0.0.0.0:8443
events:
  store: memory
  retention: 24h
  visibility_timeout: 1m`), nil)
	if err != nil {
		t.Fatal(err)
	}
	cb := cfg.Accounts[0].Callback
	if cb.Mode != PushSafe || cb.AppID != "wx1" || cb.Token.Reveal() != "token1" ||
		cb.EncodingAESKey.Reveal() != "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG" || cb.PreviousEncodingAESKey.Reveal() != "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" {
		t.Errorf("callback = %+v", cb)
	}
	if cfg.Callback.TimestampWindow != DefaultCallbackTimestampWindow || cfg.Events.Retention != 24*time.Hour || cfg.Events.VisibilityTimeout != time.Minute || cfg.Events.MaxEvents != DefaultEventsMaxEvents {
		t.Errorf("callback %+v, events %+v", cfg.Callback, cfg.Events)
	}
	// The callback listener is meant for the internet: it does not count as exposing the API.
	if !cfg.AllLoopback() {
		t.Error("callback.addr counted as an API listener")
	}
	hooks, err := loadEvents(t, eventsYAML("", "events: {webhooks: [{name: crm, url: 'https://crm.internal/hook', secret_env: TOK}]}"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if w := hooks.Events.Webhooks[0]; w.Account != "main" || w.MaxAttempts != DefaultWebhookMaxAttempts || w.Timeout != DefaultWebhookTimeout || w.Secret.Reveal() != "token1" {
		t.Errorf("webhook = %+v", w)
	}
	// Plain mode needs no key.
	if _, err := loadEvents(t, eventsYAML("    callback: {token_env: TOK, mode: plain}", ""), nil); err != nil {
		t.Errorf("plain mode without a key: %v", err)
	}
}

func TestLoadEventsErrors(t *testing.T) {
	for _, c := range []struct{ callback, rest, want string }{
		{"    callback: {encoding_aes_key_env: AES}", "", "no token"},
		{"    callback: {token_env: TOK}", "", "callback (mode safe): no encoding_aes_key"},
		{"    callback: {token_env: TOK, encoding_aes_key_env: AES, mode: secure}", "", `callback.mode "secure"`},
		{"    callback: {token_env: NOPE, encoding_aes_key_env: AES}", "", "NOPE (token_env) is empty"},
		{"    callback: {token_env: TOK, mode: plain, previous_encoding_aes_key_env: OLD}", "", "needs the current encoding_aes_key"},
		{"", "events: {store: disk}", `events.store "disk"`},
		{"", "events: {store: redis}", "redis"},
		{"", "events: {retention: 1s}", "events.retention"},
		{"", "events: {visibility_timeout: 10ms}", "events.visibility_timeout"},
		{"", "events: {max_events: -1}", "events.max_events"},
		{"", "callback: {timestamp_window: -1s}", "callback.timestamp_window"},
		{"", "callback: {max_body_bytes: 10}", "callback.max_body_bytes"},
		{"    callback: {token_env: TOK, encoding_key_env: AES}", "", "encoding_key_env"},
		{"", "events: {webhooks: [{name: crm, url: 'ftp://x', secret_env: TOK}]}", "not an absolute http(s) URL"},
		{"", "events: {webhooks: [{name: crm, url: 'http://x', account: nope, secret_env: TOK}]}", `account "nope" is not configured`},
		{"", "events: {webhooks: [{name: crm, url: 'http://x'}]}", `events.webhooks "crm": no secret`},
		{"", "events: {webhooks: [{name: Bad Name, url: 'http://x', secret_env: TOK}]}", "name"},
		{"", "events: {webhooks: [{name: a, url: 'http://x', secret_env: TOK}, {name: a, url: 'http://y', secret_env: TOK}]}", "used twice"},
	} {
		_, err := loadEvents(t, eventsYAML(c.callback, c.rest), nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %s: error %v, want %q", c.callback, c.rest, err, c.want)
		}
		if err != nil && strings.Contains(err.Error(), "abcdefghijklmnop") {
			t.Errorf("the error holds the key: %v", err)
		}
	}
}
