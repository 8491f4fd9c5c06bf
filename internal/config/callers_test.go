package config

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wxgate/wxgate/internal/callerkey"
)

const callersAccounts = `
accounts:
  - name: main
    app_id: wx1
    app_secret_env: S
`

func loadYAML(t *testing.T, yaml string, env map[string]string) (Config, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "wxgate.yaml")
	if err := os.WriteFile(path, []byte(callersAccounts+yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	if env == nil {
		env = map[string]string{}
	}
	env["S"] = "secret"
	return Load(path, envOf(env))
}

func TestLoadCallers(t *testing.T) {
	envKey, _ := callerkey.New()
	fileKey, _ := callerkey.New()
	digestKey, _ := callerkey.New()
	keyFile := filepath.Join(t.TempDir(), "orders.key")
	os.WriteFile(keyFile, []byte(fileKey+"\n"), 0o600)
	d := sha256.Sum256([]byte(digestKey))
	cfg, err := loadYAML(t, `
callers:
  - name: orders
    keys:
      - sha256: `+hex.EncodeToString(d[:])+`
      - key_env: ORDERS_KEY
      - key_file: `+keyFile+`
    accounts: [main]
    allow: ["wxgate.card.v1.CardService/*"]
    quotas:
      /card/code/deposit: {qps: 10, burst: 20, daily: 20000}
`, map[string]string{"ORDERS_KEY": envKey})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Auth.Mode != AuthKeys {
		t.Errorf("auth.mode = %q, want keys (from the callers)", cfg.Auth.Mode)
	}
	keys := cfg.Callers[0].Keys
	for i, k := range []string{digestKey, envKey, fileKey} {
		if keys[i].Digest != callerkey.Digest(k) {
			t.Errorf("keys[%d]: wrong digest", i)
		}
	}
	share, err := cfg.Callers[0].Share()
	if err != nil || share.Limits.For("/card/code/deposit").Daily != 20000 || share.Limits.For("/other").Daily != 0 {
		t.Errorf("share %+v %v", share, err)
	}
	if !cfg.Endpoints.Metrics || !cfg.Endpoints.OpenAPI || !cfg.Endpoints.Docs || !cfg.Endpoints.Reflection || !cfg.Endpoints.Status {
		t.Errorf("endpoints default to open: %+v", cfg.Endpoints)
	}
}

func TestLoadCallersErrors(t *testing.T) {
	key, _ := callerkey.New()
	dir := t.TempDir()
	for _, f := range []string{"ca.crt", "tls.crt", "tls.key"} {
		os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o600)
	}
	tlsFiles := "tls: {cert_file: " + dir + "/tls.crt, key_file: " + dir + "/tls.key}\n"
	tests := []struct {
		name, yaml, want string
	}{
		{"key in the clear", "callers: [{name: a, keys: [{key: " + key + "}]}]", "field key not found"},
		{"bad digest", "callers: [{name: a, keys: [{sha256: abc}]}]", "64 hex digits"},
		{"two sources", "callers: [{name: a, keys: [{sha256: abc, key_env: K}]}]", "exactly one of"},
		{"empty env", "callers: [{name: a, keys: [{key_env: NOPE}]}]", "NOPE"},
		{"not a wxgate key", "callers: [{name: a, keys: [{key_env: K}]}]", "not a wxgate key"},
		{"no credential", "callers: [{name: a, accounts: [main]}]", "neither keys nor principals"},
		{"unknown account", "callers: [{name: a, keys: [{key_env: W}], accounts: [nope]}]", `"nope" is not a configured account`},
		{"reserved name", "callers: [{name: anonymous, keys: [{key_env: W}]}]", "reserved"},
		{"name twice", "callers: [{name: a, keys: [{key_env: W}]}, {name: a, keys: [{sha256: " + strings.Repeat("ab", 32) + "}]}]", "used twice"},
		{"one key, two callers", "callers: [{name: a, keys: [{key_env: W}]}, {name: b, keys: [{key_env: W}]}]", "also a key of caller"},
		{"mode none with callers", "auth: {mode: none}\ncallers: [{name: a, keys: [{key_env: W}]}]", "would never be checked"},
		{"mode typo", "auth: {mode: key}", `auth.mode "key"`},
		{"principals without mtls", "auth: {mode: keys}\ncallers: [{name: a, principals: [a.example.com]}]", "does not take client certificates"},
		{"mtls without a CA", tlsFiles + "callers: [{name: a, principals: [a.example.com]}]", "needs tls.client_ca_file"},
		{"CA without mtls", "tls: {cert_file: " + dir + "/tls.crt, key_file: " + dir + "/tls.key, client_ca_file: " + dir + "/ca.crt}\ncallers: [{name: a, keys: [{key_env: W}]}]", "does not use client certificates"},
		{"cert without key", "tls: {cert_file: " + dir + "/tls.crt}", "both cert_file and key_file"},
		{"bad SPIFFE ID", "tls: {cert_file: x, key_file: y, client_ca_file: z}\ncallers: [{name: a, principals: ['spiffe://Example.org/x']}]", "not a SPIFFE ID"},
		{"method rule with slash", "callers: [{name: a, keys: [{key_env: W}], allow: [/wxgate.card.v1.CardService/*]}]", "without the leading /"},
		{"share of the token fetch", "callers: [{name: a, keys: [{key_env: W}], quotas: {/cgi-bin/stable_token: {daily: 1}}}]", "gateway's own token or ticket fetch"},
		{"browser origin not in cors", "callers: [{name: a, keys: [{key_env: W}], browser: {origins: [https://shop.example.com]}}]", "not in cors.allowed_origins"},
		{"browser origin with a path", "cors: {allowed_origins: [https://shop.example.com]}\ncallers: [{name: a, keys: [{key_env: W}], browser: {origins: [https://shop.example.com/]}}]", "not an origin"},
		{"browser origin in capitals", "cors: {allowed_origins: ['*']}\ncallers: [{name: a, keys: [{key_env: W}], browser: {origins: [https://Shop.example.com]}}]", "lowercase"},
		{"browser without origins", "callers: [{name: a, keys: [{key_env: W}], browser: {}}]", "browser.origins"},
		{"bad cors origin", "cors: {allowed_origins: [shop.example.com]}", "cors.allowed_origins"},
		{"bad share", "callers: [{name: a, keys: [{key_env: W}], quotas: {/card/code/deposit: {qps: 5}}}]", "burst"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadYAML(t, tt.yaml, map[string]string{"K": "not-a-key", "W": key})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Load = %v, want an error containing %q", err, tt.want)
			}
			if strings.Contains(err.Error(), key) || strings.Contains(err.Error(), "not-a-key") {
				t.Errorf("the error quotes a key: %v", err)
			}
		})
	}
}

func TestAllLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:9090": true, "[::1]:9090": true, "localhost:0": true, "127.0.0.2:1": true,
		"0.0.0.0:9090": false, ":9090": false, "[::]:1": false, "10.0.0.1:80": false, "example.com:80": false,
	} {
		c := Default()
		c.HTTPAddr = addr
		if got := c.AllLoopback(); got != want {
			t.Errorf("%s: AllLoopback = %v, want %v", addr, got, want)
		}
	}
}
