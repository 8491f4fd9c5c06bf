//go:build redisha

// The Redis Cluster and Sentinel tests (make test-redis): three replicas of the
// gateway keep their state in a real three-master Redis Cluster, or in a master
// with replicas watched by three Sentinels, started from Debian's packages; the
// master holding the account's keys is killed while calls run.

package server_test

import (
	"bytes"
	"fmt"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/redistest"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// withRedisConfig keeps every store in the Redis r describes, as the config
// file's redis: section would.
func withRedisConfig(r config.Redis) gatewaytest.Option {
	return func(c *config.Config) {
		r.KeyPrefix = c.Redis.KeyPrefix
		c.Redis = r
		c.Token.Store, c.RateLimit.Store, c.Portal.Store = config.StoreRedis, config.StoreRedis, config.StoreRedis
	}
}

// named renames the default account.
func named(name string) gatewaytest.Option {
	return func(c *config.Config) { c.Accounts[0].Name = name }
}

// haLimits send every call through Redis (a bucket too large to refuse), with
// daily quotas on two paths to show the replicas count together.
var haLimits = gatewaytest.WithLimits(map[string]ratelimit.Limit{
	"default":             {QPS: 100000, Burst: 100000},
	"/bizwifi/qrcode/get": {Daily: 100},
	"/bizwifi/shop/list":  {Daily: 50},
})

const (
	haQrcodeRoute = "/v1/wifi/shops/429620/qrcode?img_id=QRCODE_IMAGE_PLAIN"
	haShopsRoute  = "/v1/wifi/shops?page_size=2"
	haPortalBody  = `{"shop_id":429620,"auth_url":"http://192.168.1.1/auth","extend":"abc123","mac":"aa:bb:cc:dd:ee:ff","ssid":"WX-portal"}`
)

// TestRedisHAClusterFailover: three replicas on a Redis Cluster of three masters
// (each with a replica; the gateways are given three of the six nodes) share one
// token, one daily quota and the portal keys; the master holding the account's
// keys is killed while calls run: every call is answered, and once a replica has
// taken its place the gateways share again, with what the master held.
func TestRedisHAClusterFailover(t *testing.T) {
	waitDialProbes(t)
	cl := redistest.StartCluster(t, 3, 1)
	// An account whose keys are all on one master: the token, its lease, the
	// portal keys and (by the account's hash tag) the rate limits.
	var account, master string
	for i := 0; account == ""; i++ {
		name := fmt.Sprintf("acct-%d", i)
		m := cl.MasterOf("{" + name + "}")
		same := true
		for _, k := range []string{"wxgate:token:", "wxgate:token-lease:", "wxgate:portal:"} {
			same = same && cl.MasterOf(k+name) == m
		}
		if same {
			account, master = name, m
		}
	}
	gs, sim := haReplicas(t, withRedisConfig(config.Redis{Addrs: cl.Addrs()[:3], Cluster: true}), named(account))
	failoverUnderLoad(t, gs, sim, func() { cl.Kill(master) }, func() {
		t.Logf("the slot of {%s} moved from %s to %s", account, master, cl.WaitMasterOf("{"+account+"}", master, 30*time.Second))
	})
}

// TestRedisHASentinelFailover: three replicas on a Sentinel-watched master with
// two replicas (passwords on the servers and on the Sentinels); the master is
// killed while calls run: every call is answered, and once the Sentinels have
// promoted a replica the gateways follow it and share again.
func TestRedisHASentinelFailover(t *testing.T) {
	waitDialProbes(t)
	s := redistest.StartSentinel(t, 2, redistest.SentinelOptions{Password: "data-pw", SentinelPassword: "sentinel-pw"})
	gs, sim := haReplicas(t, withRedisConfig(config.Redis{
		Addrs: s.Addrs(), MasterName: redistest.SentinelMaster,
		Password: "data-pw", SentinelPassword: "sentinel-pw",
	}))
	master := s.Master()
	failoverUnderLoad(t, gs, sim, func() { s.Kill(master) }, func() {
		t.Logf("the Sentinels moved the master from %s to %s", master, s.WaitFailover(master, 30*time.Second))
	})
}

// waitDialProbes waits, when the test is over, for go-redis's probes of the
// dead master to end: a pool that failed to dial probes once a second until it
// is closed, and the package's leak check would see them. Registered first, it
// runs after everything else has stopped.
func waitDialProbes(t *testing.T) {
	t.Cleanup(func() {
		deadline := time.Now().Add(5 * time.Second)
		buf := make([]byte, 1<<20)
		for time.Now().Before(deadline) {
			if n := runtime.Stack(buf, true); !bytes.Contains(buf[:n], []byte("(*ConnPool).tryDial")) {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
}

func haReplicas(t *testing.T, opts ...gatewaytest.Option) ([]*gatewaytest.Gateway, *wechatsim.Server) {
	t.Helper()
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	gs := make([]*gatewaytest.Gateway, 3)
	for i := range gs {
		gs[i] = gatewaytest.StartOn(t, sim, append([]gatewaytest.Option{haLimits}, opts...)...)
	}
	return gs, sim
}

// failoverUnderLoad checks that the replicas share state, kills the master with
// kill while calls run, waits with recovered until Redis has a new master, and
// checks that every call was answered and that the replicas share again.
func failoverUnderLoad(t *testing.T, gs []*gatewaytest.Gateway, sim *wechatsim.Server, kill, recovered func()) {
	if got := hammer(gs, connectURLRoute, 30); got[200] != 30 {
		t.Fatalf("warm-up: %v", got)
	}
	if got := sim.TokenFetches(); got != 1 {
		t.Fatalf("%d token fetches across 3 replicas, want 1", got)
	}
	// A portal key registered through one replica signs on the others.
	if code, body := gs[0].REST("POST", "/v1/wifi/shops/429620/portal-devices", `{"ssid":"WX-portal"}`); code != 200 {
		t.Fatalf("register portal device: %d %v", code, body)
	}
	signAll := func(when string) {
		for i, g := range gs {
			if code, body := g.REST("POST", "/v1/portal/sign", haPortalBody); code != 200 || body["sign"] == "" {
				t.Errorf("%s: sign on replica %d: %d %v", when, i, code, body)
			}
		}
	}
	signAll("before the failover")
	if got := hammer(gs, haQrcodeRoute, 300); got[200] != 100 || got[429] != 200 {
		t.Errorf("daily quota of 100 across replicas: %v, want exactly 100 × 200 and 200 × 429", got)
	}

	// Calls run while the master is killed and replaced.
	var mu sync.Mutex
	during := map[int]int{}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 6 {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				got := hammer(gs[(w+i)%3:(w+i)%3+1], connectURLRoute, 1)
				mu.Lock()
				for code, n := range got {
					during[code] += n
				}
				mu.Unlock()
				time.Sleep(5 * time.Millisecond)
			}
		})
	}
	time.Sleep(300 * time.Millisecond)
	start := time.Now()
	kill()
	recovered()
	t.Logf("failover took %v", time.Since(start))
	time.Sleep(300 * time.Millisecond)
	close(stop)
	wg.Wait()
	if during[200] < 50 || len(during) != 1 {
		t.Errorf("calls during the failover: %v, want every one answered 200 (and at least 50 of them)", during)
	}

	// Each replica goes back to sharing by itself: its limiter asks Redis again
	// at its next call, its token store at the next /readyz.
	deadline := time.Now().Add(20 * time.Second)
	for i, g := range gs {
		for {
			hammer(gs[i:i+1], connectURLRoute, 1)
			code, body := g.REST("GET", "/readyz", "")
			if code == http.StatusOK && body["status"] == "ready" {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("replica %d not back to shared state after the failover: %d %v", i, code, body)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	// The quota counted before the failover is still spent (the promoted replica
	// has it), and a new one is counted across replicas again.
	if got := hammer(gs, haQrcodeRoute, 30); got[429] != 30 {
		t.Errorf("the day's spent quota after the failover: %v, want 30 × 429", got)
	}
	if got := hammer(gs, haShopsRoute, 150); got[200] != 50 || got[429] != 100 {
		t.Errorf("daily quota of 50 across replicas after the failover: %v, want exactly 50 × 200 and 100 × 429", got)
	}
	signAll("after the failover")
	// One token fetch for all replicas again.
	sim.ExpireTokens()
	for _, g := range gs {
		g.Clock.Advance(2 * time.Hour)
	}
	before := sim.TokenFetches()
	if got := hammer(gs, connectURLRoute, 300); got[200] != 300 {
		t.Errorf("after the failover: %v", got)
	}
	if got := sim.TokenFetches() - before; got != 1 {
		t.Errorf("%d token fetches across the replicas after the failover, want 1", got)
	}
	// The failover did reach the gateways: they counted in process meanwhile.
	saw := 0
	for _, g := range gs {
		if strings.Contains(g.Logs.String(), "rate limits: Redis unreachable") {
			saw++
		}
	}
	if saw == 0 {
		t.Error("no replica noticed the master's loss: the test did not test a failover under load")
	}
}
