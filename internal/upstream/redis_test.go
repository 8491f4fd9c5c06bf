package upstream_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/wxgate/wxgate/internal/redistest"
	"github.com/wxgate/wxgate/internal/upstream"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

var connectURL = upstream.Get("/bizwifi/account/get_connecturl")

// clock is a settable clock shared by the replicas of a test.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// replicas returns n clients of one account, as n gateway replicas sharing one
// Redis would have, all calling sim.
func replicas(t *testing.T, n int, sim *wechatsim.Server, rds *redistest.Server, clk *clock) []*upstream.Client {
	t.Helper()
	out := make([]*upstream.Client, n)
	for i := range out {
		c, err := upstream.New(upstream.Config{
			Account: "main", AppID: sim.AppID(), AppSecret: sim.AppSecret(), BaseURL: sim.URL(),
			Tokens:                upstream.NewRedisTokenStore(rds.Client(), "t:", clk.Now),
			Now:                   clk.Now,
			DegradedFetchInterval: time.Minute,
		})
		if err != nil {
			t.Fatal(err)
		}
		out[i] = c
	}
	return out
}

func startSim(t *testing.T) *wechatsim.Server {
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	return sim
}

// spread makes calls calls spread over the replicas, concurrently, and returns how
// many failed.
func spread(t *testing.T, cs []*upstream.Client, calls int) int64 {
	var failed atomic.Int64
	var wg sync.WaitGroup
	for i := range calls {
		wg.Go(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := cs[i%len(cs)].Call(ctx, connectURL, nil, nil); err != nil {
				failed.Add(1)
				if failed.Load() == 1 {
					t.Logf("first failure: %v", err)
				}
			}
		})
	}
	wg.Wait()
	return failed.Load()
}

// TestRedisOneFetchAcrossReplicas: three replicas, 3,000 calls across a token
// expiry: exactly one fetch.
func TestRedisOneFetchAcrossReplicas(t *testing.T) {
	sim, rds, clk := startSim(t), redistest.Start(t), &clock{now: time.Now()}
	cs := replicas(t, 3, sim, rds, clk)
	if failed := spread(t, cs, 30); failed > 0 {
		t.Fatalf("%d warm-up calls failed", failed)
	}
	if got := sim.TokenFetches(); got != 1 {
		t.Fatalf("warm-up: %d token fetches across 3 replicas, want 1", got)
	}
	sim.ExpireTokens()
	clk.Advance(2 * time.Hour)
	if failed := spread(t, cs, 3000); failed > 0 {
		t.Fatalf("%d calls failed", failed)
	}
	if got := sim.TokenFetches(); got != 2 {
		t.Errorf("%d token fetches, want 2 (one more across the expiry)", got)
	}
}

// TestRedisRefusedTokenOneRefresh: WeChat refusing the token on two replicas at
// once leads to one refresh.
func TestRedisRefusedTokenOneRefresh(t *testing.T) {
	sim, rds, clk := startSim(t), redistest.Start(t), &clock{now: time.Now()}
	cs := replicas(t, 2, sim, rds, clk)
	spread(t, cs, 2)
	sim.InvalidateTokens()
	if failed := spread(t, cs, 200); failed > 0 {
		t.Fatalf("%d calls failed after the token was refused", failed)
	}
	if got := sim.TokenFetches(); got != 2 {
		t.Errorf("%d token fetches, want 2 (one refresh for both replicas)", got)
	}
}

// TestRedisOutage: with Redis gone, replicas keep serving with their cached token;
// when it runs out each fetches at most once per interval; with Redis back they
// share again.
func TestRedisOutage(t *testing.T) {
	sim, rds, clk := startSim(t), redistest.Start(t), &clock{now: time.Now()}
	cs := replicas(t, 3, sim, rds, clk)
	spread(t, cs, 30)
	rds.Stop()
	if failed := spread(t, cs, 300); failed > 0 {
		t.Errorf("%d calls failed with Redis down and a valid cached token", failed)
	}
	if got := sim.TokenFetches(); got != 1 {
		t.Errorf("%d fetches, want 1: the cached token serves", got)
	}
	for _, c := range cs {
		if c.Degraded(context.Background()) == nil {
			t.Error("a replica does not report the degradation")
		}
	}

	// The token expires during the outage: one lone fetch per replica, however many calls.
	sim.ExpireTokens()
	clk.Advance(2 * time.Hour)
	spread(t, cs, 600)
	if got := sim.TokenFetches(); got > 1+3 {
		t.Errorf("%d fetches, want at most 1 + 3 (one per replica per interval)", got)
	}
	// Refused again within the interval: no further fetch, the call fails cleanly.
	before := sim.TokenFetches()
	sim.InvalidateTokens()
	spread(t, cs, 300)
	if got := sim.TokenFetches(); got != before {
		t.Errorf("%d fetches within the interval, want none", got-before)
	}

	// Redis returns: the replicas notice, and share one token again.
	rds.Restart()
	for _, c := range cs {
		// go-redis redials a pool that failed to connect about once a second.
		var err error
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			if err = c.Degraded(context.Background()); err == nil {
				break
			}
		}
		if err != nil {
			t.Errorf("still degraded 5 s after Redis came back: %v", err)
		}
	}
	sim.ExpireTokens()
	clk.Advance(2 * time.Hour)
	before = sim.TokenFetches()
	if failed := spread(t, cs, 300); failed > 0 {
		t.Errorf("%d calls failed after Redis came back", failed)
	}
	if got := sim.TokenFetches() - before; got != 1 {
		t.Errorf("%d fetches after Redis came back, want 1 (shared again)", got)
	}
}

// slowDelete is a token store whose CompareAndDelete takes a while, as a Redis
// round trip on a loaded network does (two on a fresh script cache): it widens the
// window in which a refused token is still in the store.
type slowDelete struct {
	upstream.TokenStore
	delay time.Duration
}

func (s slowDelete) CompareAndDelete(ctx context.Context, account, value string) error {
	time.Sleep(s.delay)
	return s.TokenStore.CompareAndDelete(ctx, account, value)
}

// trickle is spread with call i starting i × every later, so that calls keep
// arriving while earlier ones are refused and drop the token.
func trickle(t *testing.T, cs []*upstream.Client, calls int, every time.Duration) int64 {
	var failed atomic.Int64
	var wg sync.WaitGroup
	for i := range calls {
		wg.Go(func() {
			time.Sleep(time.Duration(i) * every)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := cs[i%len(cs)].Call(ctx, connectURL, nil, nil); err != nil {
				if failed.Add(1) == 1 {
					t.Logf("first failure: %v", err)
				}
			}
		})
	}
	wg.Wait()
	return failed.Load()
}

// TestRefusedTokenNeverComesBack: three replicas on one Redis, every token refused
// by WeChat at once, then 60 concurrent calls spread over them, twenty rounds:
// no call fails, and each round makes one fetch. The store's delete is slowed, so
// calls arrive while the refused token is still in Redis; none may read it back.
func TestRefusedTokenNeverComesBack(t *testing.T) {
	sim, rds, clk := startSim(t), redistest.Start(t), &clock{now: time.Now()}
	cs := make([]*upstream.Client, 3)
	for i := range cs {
		c, err := upstream.New(upstream.Config{
			Account: "main", AppID: sim.AppID(), AppSecret: sim.AppSecret(), BaseURL: sim.URL(),
			Tokens: slowDelete{upstream.NewRedisTokenStore(rds.Client(), "t:", clk.Now), 20 * time.Millisecond},
			Now:    clk.Now,
		})
		if err != nil {
			t.Fatal(err)
		}
		cs[i] = c
	}
	if failed := spread(t, cs, 3); failed > 0 {
		t.Fatalf("%d warm-up calls failed", failed)
	}
	const rounds = 20
	for round := range rounds {
		before := sim.TokenFetches()
		sim.InvalidateTokens()
		if failed := trickle(t, cs, 60, time.Millisecond); failed > 0 {
			t.Fatalf("round %d: %d of 60 calls failed after every token was refused", round+1, failed)
		}
		if got := sim.TokenFetches() - before; got != 1 {
			t.Errorf("round %d: %d token fetches, want 1", round+1, got)
		}
	}
}
