package upstream_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/wxgate/wxgate/internal/redistest"
	"github.com/wxgate/wxgate/internal/upstream"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// intoMargin moves a 2-hour token (stable_token's 7200 s) past its safety margin's
// start (5 minutes before WeChat's expiry), not yet past its last usable moment.
const intoMargin = 7200*time.Second - 5*time.Minute + 10*time.Second

// slowFetch is the token endpoint's latency in these tests: no call may wait for it.
const slowFetch = 2 * time.Second

// callsTimed makes calls concurrent calls spread over cs and returns the slowest
// one's latency and how many failed.
func callsTimed(t *testing.T, cs []*upstream.Client, calls int) (slowest time.Duration, failed int) {
	t.Helper()
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range calls {
		wg.Go(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			begin := time.Now()
			err := cs[i%len(cs)].Call(ctx, connectURL, nil, nil)
			d := time.Since(begin)
			mu.Lock()
			defer mu.Unlock()
			slowest = max(slowest, d)
			if err != nil {
				failed++
				t.Logf("call failed: %v", err)
			}
		})
	}
	wg.Wait()
	return slowest, failed
}

// waitFetches waits until the simulator has handed out want tokens.
func waitFetches(t *testing.T, sim *wechatsim.Server, want int) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); sim.TokenFetches() < want; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d token fetches, want %d", sim.TokenFetches(), want)
		}
	}
}

func memoryClient(t *testing.T, sim *wechatsim.Server, clk *clock) *upstream.Client {
	t.Helper()
	return memoryClientMetrics(t, sim, clk, nil)
}

func memoryClientMetrics(t *testing.T, sim *wechatsim.Server, clk *clock, m *upstream.Metrics) *upstream.Client {
	t.Helper()
	c, err := upstream.New(upstream.Config{Account: "main", AppID: sim.AppID(), AppSecret: sim.AppSecret(), BaseURL: sim.URL(), Now: clk.Now, Metrics: m})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestRefreshAheadNoCallWaits: a token inside its safety margin is still used while
// one fetch, in the background, gets the next; the calls made meanwhile do not wait
// for that (slow) fetch, and no second fetch follows.
func TestRefreshAheadNoCallWaits(t *testing.T) {
	sim, clk := startSim(t), &clock{now: time.Now()}
	reg := prometheus.NewRegistry()
	c := memoryClientMetrics(t, sim, clk, upstream.NewMetrics(reg, nil))
	if _, failed := callsTimed(t, []*upstream.Client{c}, 1); failed > 0 {
		t.Fatal("warm-up failed")
	}
	if n := tokenWaits(t, reg); n != 1 {
		t.Fatalf("wxgate_token_waits_total %v after the first call, want 1 (it had no token)", n)
	}
	sim.Inject("/cgi-bin/stable_token", wechatsim.Fault{Latency: slowFetch})
	clk.Advance(intoMargin)
	slowest, failed := callsTimed(t, []*upstream.Client{c}, 300)
	if failed > 0 || slowest >= slowFetch/2 {
		t.Errorf("during the rotation: %d calls failed, the slowest took %v; want none failed and none waiting for the %v fetch", failed, slowest, slowFetch)
	}
	waitFetches(t, sim, 2)
	// The next token is in: calls go on, without another fetch.
	for range 3 {
		if slowest, failed := callsTimed(t, []*upstream.Client{c}, 100); failed > 0 || slowest >= slowFetch/2 {
			t.Errorf("after the rotation: %d calls failed, the slowest took %v", failed, slowest)
		}
	}
	if got := sim.TokenFetches(); got != 2 {
		t.Errorf("%d token fetches, want 2 (one ahead of the expiry)", got)
	}
	if n := tokenWaits(t, reg); n != 1 {
		t.Errorf("wxgate_token_waits_total %v, want still 1: a call waited across the rotation", n)
	}
}

// tokenWaits is wxgate_token_waits_total for the access_token of account main.
func tokenWaits(t *testing.T, reg *prometheus.Registry) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != "wxgate_token_waits_total" {
			continue
		}
		for _, m := range mf.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			if labels["account"] == "main" && labels["kind"] == "access_token" {
				return m.GetCounter().GetValue()
			}
		}
	}
	return 0
}

// TestRefreshAheadRetriesAfterFailure: a refresh ahead that fails leaves calls on the
// current token and is tried again a few seconds later, not at once by every call.
func TestRefreshAheadRetriesAfterFailure(t *testing.T) {
	sim, clk := startSim(t), &clock{now: time.Now()}
	c := memoryClient(t, sim, clk)
	callsTimed(t, []*upstream.Client{c}, 1)
	sim.Inject("/cgi-bin/stable_token", wechatsim.Fault{Errcode: -1, Times: 1})
	clk.Advance(intoMargin)
	for range 20 { // the clock stands still: one attempt, which fails
		if _, failed := callsTimed(t, []*upstream.Client{c}, 5); failed > 0 {
			t.Fatal("calls failed while the refresh ahead failed")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if got := sim.TokenFetches(); got != 1 {
		t.Fatalf("%d token fetches after a failed refresh ahead, want 1 (none succeeded)", got)
	}
	clk.Advance(6 * time.Second)
	callsTimed(t, []*upstream.Client{c}, 5)
	waitFetches(t, sim, 2)
}

// TestRedisRefreshAheadOneFetchAcrossReplicas: three replicas on one Redis, each
// with the token inside its margin: one fetch for all (the store's lease), and no
// call on any replica waits for it.
func TestRedisRefreshAheadOneFetchAcrossReplicas(t *testing.T) {
	sim, rds, clk := startSim(t), redistest.Start(t), &clock{now: time.Now()}
	cs := replicas(t, 3, sim, rds, clk)
	if failed := spread(t, cs, 30); failed > 0 {
		t.Fatalf("%d warm-up calls failed", failed)
	}
	sim.Inject("/cgi-bin/stable_token", wechatsim.Fault{Latency: slowFetch})
	clk.Advance(intoMargin)
	slowest, failed := callsTimed(t, cs, 600)
	if failed > 0 || slowest >= slowFetch/2 {
		t.Errorf("during the rotation: %d calls failed, the slowest took %v; want none failed and none waiting for the %v fetch", failed, slowest, slowFetch)
	}
	waitFetches(t, sim, 2)
	for range 3 {
		if slowest, failed := callsTimed(t, cs, 150); failed > 0 || slowest >= slowFetch/2 {
			t.Errorf("after the rotation: %d calls failed, the slowest took %v", failed, slowest)
		}
		time.Sleep(100 * time.Millisecond) // the other replicas find the token in Redis
	}
	if got := sim.TokenFetches(); got != 2 {
		t.Errorf("%d token fetches across 3 replicas, want 2 (one ahead of the expiry)", got)
	}
}
