package config

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func loadRedisYAML(t *testing.T, text string, env map[string]string) (Config, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return Load(path, envOf(env))
}

const redisStores = "token: {store: redis}\nratelimit: {store: redis}\nportal: {store: redis}\n"

// TestLoadRedisModes: one server (addr, or addrs of one), Sentinel (addrs and
// master_name, with the Sentinels' own password) and Cluster (addrs and cluster).
func TestLoadRedisModes(t *testing.T) {
	tests := []struct {
		name, yaml string
		mode       string
		nodes      []string
	}{
		{"single", `redis: {addr: "redis:6379"}`, RedisSingle, []string{"redis:6379"}},
		{"single in addrs", `redis: {addrs: ["redis:6379"]}`, RedisSingle, []string{"redis:6379"}},
		{"sentinel", `
redis:
  addrs: [sentinel-0:26379, sentinel-1:26379, sentinel-2:26379]
  master_name: mymaster
  password_env: RPW
  sentinel_username: watcher
  sentinel_password_env: SPW
  db: 3`, RedisSentinel, []string{"sentinel-0:26379", "sentinel-1:26379", "sentinel-2:26379"}},
		{"sentinel at one address", `redis: {addr: "sentinel:26379", master_name: mymaster}`, RedisSentinel, []string{"sentinel:26379"}},
		{"cluster", `redis: {addrs: ["10.0.0.1:6379", "10.0.0.2:6379", "[fd00::3]:6379"], cluster: true, password_env: RPW}`, RedisCluster,
			[]string{"10.0.0.1:6379", "10.0.0.2:6379", "[fd00::3]:6379"}},
		{"cluster through one address", `redis: {addr: "clustercfg.example:6379", cluster: true, tls: true}`, RedisCluster, []string{"clustercfg.example:6379"}},
		{"prefix with its own tag", `redis: {addr: "redis:6379", key_prefix: "{wxgate}:"}`, RedisSingle, []string{"redis:6379"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := loadRedisYAML(t, redisStores+tt.yaml, map[string]string{"RPW": "pw", "SPW": "spw"})
			if err != nil {
				t.Fatal(err)
			}
			r := cfg.Redis
			if r.Mode() != tt.mode || !slices.Equal(r.Nodes(), tt.nodes) {
				t.Errorf("mode %s nodes %v, want %s %v", r.Mode(), r.Nodes(), tt.mode, tt.nodes)
			}
			if tt.mode == RedisSentinel && strings.Contains(tt.yaml, "SPW") {
				if r.MasterName != "mymaster" || r.Password.Reveal() != "pw" || r.SentinelUsername != "watcher" || r.SentinelPassword.Reveal() != "spw" || r.DB != 3 {
					t.Errorf("sentinel settings: %+v", r)
				}
			}
		})
	}
}

func TestLoadRedisErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"nothing", `redis: {db: 1}`, "redis.addr (one server) or redis.addrs"},
		{"both", `redis: {addr: "a:1", addrs: ["b:1"]}`, "not both"},
		{"several without a mode", `redis: {addrs: ["a:1", "b:1"]}`, "set redis.master_name"},
		{"sentinel and cluster", `redis: {addrs: ["a:1"], master_name: m, cluster: true}`, "exclude each other"},
		{"cluster db", `redis: {addrs: ["a:1"], cluster: true, db: 2}`, "database 0 only"},
		{"negative db", `redis: {addr: "a:1", db: -1}`, "negative"},
		{"sentinel password without sentinel", `redis: {addr: "a:1", sentinel_password_env: SPW}`, "set redis.master_name too"},
		{"sentinel password empty", `redis: {addr: "a:1", master_name: m, sentinel_password_env: NOPE}`, "NOPE"},
		{"no port", `redis: {addr: "redis"}`, `"redis" is not host:port`},
		{"bad port", `redis: {addrs: ["a:1", "b:x"], cluster: true}`, `"b:x" is not host:port`},
		{"no host", `redis: {addr: ":6379"}`, "not host:port"},
		{"twice", `redis: {addrs: ["a:1", "a:1"], cluster: true}`, "a:1 twice"},
		{"unknown key", `redis: {addr: "a:1", sentinels: ["b:1"]}`, "sentinels"},
		{"open brace in prefix", `redis: {addr: "a:1", key_prefix: "wx{"}`, "key_prefix"},
		{"empty tag in prefix", `redis: {addr: "a:1", key_prefix: "wx{}:"}`, "key_prefix"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadRedisYAML(t, redisStores+tt.yaml, map[string]string{"SPW": "x"})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load = %v, want an error containing %q", err, tt.want)
			}
		})
	}
	// Without a store in Redis, the redis section is not required.
	if _, err := loadRedisYAML(t, `redis: {db: 1}`, nil); err != nil {
		t.Errorf("no store in Redis: %v", err)
	}
}
