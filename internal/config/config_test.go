package config

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wxgate/wxgate/internal/ratelimit"
)

func envOf(kv map[string]string) func(string) string {
	return func(k string) string { return kv[k] }
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	secretFile := filepath.Join(dir, "second.secret")
	os.WriteFile(secretFile, []byte("file-secret\n"), 0o600)
	path := filepath.Join(dir, "wxgate.yaml")
	os.WriteFile(path, []byte(`
grpc_addr: 127.0.0.1:9999
http_addr: 127.0.0.1:8888
shutdown_timeout: 3s
accounts:
  - name: main
    app_id: wx0123456789abcdef
    app_secret_env: WXGATE_MAIN_SECRET
    upstream_url: https://api.weixin.qq.com
    token_mode: stable
  - name: second
    app_id: wxfedcba9876543210
    app_secret_file: `+secretFile+`
    token_mode: legacy
ratelimits:
  default: {qps: 20, burst: 40}
  /bizwifi/qrcode/get: {qps: 5, burst: 5, daily: 10000}
`), 0o600)
	cfg, err := Load(path, envOf(map[string]string{"WXGATE_MAIN_SECRET": "env-secret", "WXGATE_HTTP_ADDR": "127.0.0.1:7777"}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.GRPCAddr != "127.0.0.1:9999" || cfg.HTTPAddr != "127.0.0.1:7777" {
		t.Errorf("addresses %s %s: the env overrides the file", cfg.GRPCAddr, cfg.HTTPAddr)
	}
	if cfg.ShutdownTimeout != 3*time.Second {
		t.Errorf("shutdown_timeout = %v", cfg.ShutdownTimeout)
	}
	if len(cfg.Accounts) != 2 || cfg.Accounts[0].AppSecret.Reveal() != "env-secret" || cfg.Accounts[1].AppSecret.Reveal() != "file-secret" {
		t.Fatalf("accounts = %+v", cfg.Accounts)
	}
	if cfg.Accounts[1].UpstreamURL != DefaultUpstreamURL {
		t.Errorf("default upstream_url = %q", cfg.Accounts[1].UpstreamURL)
	}
	limits, err := cfg.Limits()
	if err != nil {
		t.Fatal(err)
	}
	if got := limits.For("/bizwifi/qrcode/get"); got != (ratelimit.Limit{QPS: 5, Burst: 5, Daily: 10000}) {
		t.Errorf("qrcode limit = %+v", got)
	}
	if got := limits.For("/bizwifi/bar/set"); got != (ratelimit.Limit{QPS: 20, Burst: 40}) {
		t.Errorf("default limit = %+v", got)
	}
	if got := limits.For("/cgi-bin/token"); got.Daily != 2000 {
		t.Errorf("the built-in token quota was lost: %+v", got)
	}
}

func TestLoadEnvAccount(t *testing.T) {
	cfg, err := Load("", envOf(map[string]string{
		"WXGATE_APP_ID": "wx1", "WXGATE_APP_SECRET": "s3cret", "WXGATE_UPSTREAM_URL": "http://127.0.0.1:1",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Accounts) != 1 || cfg.Accounts[0].Name != EnvAccountName || cfg.Accounts[0].AppSecret.Reveal() != "s3cret" || cfg.Accounts[0].UpstreamURL != "http://127.0.0.1:1" {
		t.Errorf("accounts = %+v", cfg.Accounts)
	}
	if cfg.GRPCAddr != DefaultGRPCAddr || cfg.HTTPAddr != DefaultHTTPAddr {
		t.Errorf("default addresses %s %s", cfg.GRPCAddr, cfg.HTTPAddr)
	}
	none, err := Load("", envOf(nil))
	if err != nil || len(none.Accounts) != 0 {
		t.Errorf("no env: %+v %v", none.Accounts, err)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"inline secret", "accounts: [{name: a, app_id: wx1, app_secret: x}]", "app_secret"},
		{"misspelt key", "grpc_adr: x", "grpc_adr"},
		{"no secret", "accounts: [{name: a, app_id: wx1}]", "app_secret_env or app_secret_file"},
		{"empty secret env", "accounts: [{name: a, app_id: wx1, app_secret_env: NOPE}]", "NOPE"},
		{"missing secret file", "accounts: [{name: a, app_id: wx1, app_secret_file: /nonexistent/x}]", "app_secret_file"},
		{"both secrets", "accounts: [{name: a, app_id: wx1, app_secret_env: S, app_secret_file: /x}]", "not both"},
		{"no name", "accounts: [{app_id: wx1, app_secret_env: S}]", "name is required"},
		{"duplicate name", "accounts: [{name: a, app_id: wx1, app_secret_env: S}, {name: a, app_id: wx2, app_secret_env: S}]", "used twice"},
		{"no app id", "accounts: [{name: a, app_secret_env: S}]", "app_id"},
		{"bad token mode", "accounts: [{name: a, app_id: wx1, app_secret_env: S, token_mode: fast}]", "token_mode"},
		{"bad ratelimit key", "ratelimits: {bizwifi: {qps: 1, burst: 1}}", "bizwifi"},
		{"negative qps", "ratelimits: {default: {qps: -1, burst: 1}}", "default"},
		{"unknown token store", "token: {store: disk}", "token.store"},
		{"redis without addr", "ratelimit: {store: redis}", "redis.addr"},
		{"empty redis password env", "redis: {addr: x:1, password_env: NOPE}", "NOPE"},
		{"unknown portal store", "portal: {store: etcd}", "portal.store"},
		{"unknown limit field", "ratelimits: {default: {rps: 1}}", "rps"},
		{"inline portal key", "accounts: [{name: a, app_id: wx1, app_secret_env: S, portal_secrets: [{shop_id: 1, secret: x}]}]", "secret"},
		{"portal key missing", "accounts: [{name: a, app_id: wx1, app_secret_env: S, portal_secrets: [{shop_id: 429620}]}]", `account "a": portal_secrets shop_id 429620: no secret`},
		{"portal key env empty", "accounts: [{name: a, app_id: wx1, app_secret_env: S, portal_secrets: [{shop_id: 429620, secret_env: NOPE}]}]", `account "a": portal_secrets shop_id 429620: environment variable NOPE`},
		{"portal key file missing", "accounts: [{name: a, app_id: wx1, app_secret_env: S, portal_secrets: [{shop_id: 429620, secret_file: /nonexistent/x}]}]", `account "a": portal_secrets shop_id 429620: secret_file`},
		{"portal key both", "accounts: [{name: a, app_id: wx1, app_secret_env: S, portal_secrets: [{shop_id: 429620, secret_env: S, secret_file: /x}]}]", "not both"},
		{"portal shop id zero", "accounts: [{name: a, app_id: wx1, app_secret_env: S, portal_secrets: [{shop_id: 0, secret_env: S}]}]", "shop_id 0 is not a positive"},
		{"portal shop twice", "accounts: [{name: a, app_id: wx1, app_secret_env: S, portal_secrets: [{shop_id: 7, secret_env: S}, {shop_id: 7, secret_env: S}]}]", "shop_id 7 is listed twice"},
		{"portal window zero", "portal: {verify_window: 0s}", "verify_window"},
		{"portal window negative", "portal: {verify_window: -1m}", "verify_window"},
		{"portal unknown key", "portal: {window: 1m}", "window"},
		{"no calls in flight", "limits: {max_calls_in_flight: 0}", "limits.max_calls_in_flight 0: at least 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "c.yaml")
			os.WriteFile(path, []byte(tt.yaml), 0o600)
			_, err := Load(path, envOf(map[string]string{"S": "x"}))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestSecretNeverPrints(t *testing.T) {
	a := Account{Name: "main", AppSecret: "hunter2"}
	var b strings.Builder
	fmt.Fprintf(&b, "%v %+v %#v %s", a, a, a, a.AppSecret)
	slog.New(slog.NewJSONHandler(&b, nil)).Info("x", "account", a, "secret", a.AppSecret)
	slog.New(slog.NewTextHandler(&b, nil)).Info("x", "account", a, "secret", a.AppSecret)
	if strings.Contains(b.String(), "hunter2") {
		t.Errorf("the secret printed: %s", b.String())
	}
}

func TestLoadPortal(t *testing.T) {
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "shop2.key")
	os.WriteFile(keyFile, []byte("file-portal-key\n"), 0o600)
	emptyFile := filepath.Join(dir, "empty.key")
	os.WriteFile(emptyFile, []byte(" \n"), 0o600)
	env := envOf(map[string]string{"S": "app", "SHOP1_KEY": "env-portal-key"})
	tests := []struct {
		name       string
		yaml       string
		wantWindow time.Duration
		wantKeys   map[int64]string // shop id → key of the first account
		wantErr    string
	}{
		{
			name:       "defaults",
			yaml:       "accounts: [{name: a, app_id: wx1, app_secret_env: S}]",
			wantWindow: DefaultPortalVerifyWindow,
			wantKeys:   map[int64]string{},
		},
		{
			name: "env and file keys, window",
			yaml: `
portal: {verify_window: 90s}
accounts:
  - name: a
    app_id: wx1
    app_secret_env: S
    portal_secrets:
      - {shop_id: 429620, secret_env: SHOP1_KEY}
      - {shop_id: 429621, secret_file: ` + keyFile + `}
`,
			wantWindow: 90 * time.Second,
			wantKeys:   map[int64]string{429620: "env-portal-key", 429621: "file-portal-key"},
		},
		{
			name:       "empty portal section keeps the default window",
			yaml:       "portal: {}",
			wantWindow: DefaultPortalVerifyWindow,
		},
		{
			name:    "empty key file",
			yaml:    "accounts: [{name: a, app_id: wx1, app_secret_env: S, portal_secrets: [{shop_id: 5, secret_file: " + emptyFile + "}]}]",
			wantErr: `account "a": portal_secrets shop_id 5: secret_file ` + emptyFile + " is empty",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "c.yaml")
			os.WriteFile(path, []byte(tt.yaml), 0o600)
			cfg, err := Load(path, env)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Load = %v, want an error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Portal.VerifyWindow != tt.wantWindow {
				t.Errorf("verify_window = %v, want %v", cfg.Portal.VerifyWindow, tt.wantWindow)
			}
			if tt.wantKeys == nil {
				return
			}
			got := map[int64]string{}
			for _, p := range cfg.Accounts[0].PortalSecrets {
				got[p.ShopID] = p.Secret.Reveal()
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.wantKeys) {
				t.Errorf("portal keys = %v, want %v", got, tt.wantKeys)
			}
			var b strings.Builder
			fmt.Fprintf(&b, "%v %+v %#v", cfg, cfg, cfg)
			slog.New(slog.NewJSONHandler(&b, nil)).Info("x", "config", cfg)
			for _, key := range tt.wantKeys {
				if strings.Contains(b.String(), key) {
					t.Errorf("portal key %q printed: %s", key, b.String())
				}
			}
		})
	}
}

func TestLoadRedis(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(path, []byte(`
token: {store: redis}
ratelimit: {store: redis}
portal: {store: redis}
redis: {addr: 10.0.0.5:6379, password_env: RPW, db: 2, tls: true, key_prefix: "prod:"}
`), 0o600)
	cfg, err := Load(path, envOf(map[string]string{"RPW": "pw"}))
	if err != nil {
		t.Fatal(err)
	}
	r := cfg.Redis
	if !cfg.UsesRedis() || r.Addr != "10.0.0.5:6379" || r.Password.Reveal() != "pw" || r.DB != 2 || !r.TLS || r.KeyPrefix != "prod:" {
		t.Errorf("redis = %+v", r)
	}
	def, err := Load("", envOf(nil))
	if err != nil || def.UsesRedis() || def.Redis.KeyPrefix != "wxgate:" {
		t.Errorf("defaults: %+v %v", def.Redis, err)
	}
}

// TestDebugAddr: debug_addr is off unless set, in the file or by WXGATE_DEBUG_ADDR
// (which wins); DebugExposed says when it listens beyond loopback.
func TestDebugAddr(t *testing.T) {
	cfg, err := Load("", envOf(nil))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DebugAddr != "" || cfg.DebugExposed() {
		t.Errorf("debug_addr %q by default, want off", cfg.DebugAddr)
	}
	path := filepath.Join(t.TempDir(), "wxgate.yaml")
	os.WriteFile(path, []byte("debug_addr: 127.0.0.1:6060\n"), 0o600)
	if cfg, err = Load(path, envOf(nil)); err != nil {
		t.Fatal(err)
	}
	if cfg.DebugAddr != "127.0.0.1:6060" || cfg.DebugExposed() {
		t.Errorf("file: debug_addr %q, exposed %v", cfg.DebugAddr, cfg.DebugExposed())
	}
	if cfg, err = Load(path, envOf(map[string]string{"WXGATE_DEBUG_ADDR": "0.0.0.0:6061"})); err != nil {
		t.Fatal(err)
	}
	if cfg.DebugAddr != "0.0.0.0:6061" || !cfg.DebugExposed() {
		t.Errorf("env: debug_addr %q, exposed %v", cfg.DebugAddr, cfg.DebugExposed())
	}
	for addr, exposed := range map[string]bool{"localhost:6060": false, "[::1]:6060": false, ":6060": true, "10.0.0.5:6060": true} {
		if got := (Config{DebugAddr: addr}).DebugExposed(); got != exposed {
			t.Errorf("DebugExposed(%q) = %v, want %v", addr, got, exposed)
		}
	}
}

// TestGCHeapFloor: gc_heap_floor_mib is 32 by default, 0 turns it off, and a
// negative one is refused, naming the key.
func TestGCHeapFloor(t *testing.T) {
	cfg, err := Load("", envOf(nil))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.GCHeapFloorMiB != 32 {
		t.Errorf("gc_heap_floor_mib %d by default, want 32", cfg.GCHeapFloorMiB)
	}
	for text, want := range map[string]string{"gc_heap_floor_mib: 0\n": "", "gc_heap_floor_mib: -1\n": "gc_heap_floor_mib -1"} {
		path := filepath.Join(t.TempDir(), "wxgate.yaml")
		os.WriteFile(path, []byte(text), 0o600)
		_, err := Load(path, envOf(nil))
		if (err == nil) != (want == "") || err != nil && !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want an error with %q", text, err, want)
		}
	}
}
