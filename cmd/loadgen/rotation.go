package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"sync"
	"time"
)

// fetchMargin is how close to a token fetch (as the simulator counted it) a call
// counts as one made across a rotation: the simulator is polled every 10 ms and
// answers the fetch after the upstream latency.
const fetchMargin = 200 * time.Millisecond

// call is one call of the rotation mode: when it started and how long it took.
type call struct {
	start   time.Time
	latency time.Duration
	err     error
}

// runRotation calls over gRPC and REST (half the callers each) for two and a half
// token lifetimes, the simulator issuing tokens of o.rotation, so the gateway
// refreshes its token ahead of expiry twice or more while calls go on. It reports
// the token fetches, the p50/p99/max of the calls made away from any fetch (the
// steady state), and the slowest call made across one: that one should be within
// the steady p99, no call having waited for a fetch.
func runRotation(ctx context.Context, o options, dir string, stdout io.Writer) error {
	e, err := startEnv(ctx, o.gateway, dir, o.rotationLatency, 0, "--token-ttl", o.rotation.String())
	if err != nil {
		return err
	}
	defer e.stop()
	cl, err := newClients(e, o.callers, o.grpcConns)
	if err != nil {
		return err
	}
	defer cl.close()
	fmt.Fprintf(stdout, "loadgen: token rotations under load: tokens of %v, upstream latency %v, %d callers (gRPC and REST): simulator pid %d, gateway pid %d\n",
		o.rotation, o.rotationLatency, o.callers, e.sim.pid(), e.gw.pid())
	for _, p := range []string{pathGRPC, pathREST} {
		if err := cl.call(ctx, p, cl.wifiClient()); err != nil {
			return fmt.Errorf("first %s call: %w", p, err)
		}
	}

	waitsBefore, err := cl.metric(ctx, e.httpAddr, "wxgate_token_waits_total", `kind="access_token"`)
	if err != nil {
		return err
	}

	// Calls started before the end are waited for and counted, as in a window.
	end := time.Now().Add(o.rotation * 5 / 2)
	wctx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	fetches := make(chan []time.Time, 1)
	go func() { fetches <- watchFetches(wctx, cl, e.simURL) }()
	var (
		mu    sync.Mutex
		calls []call
		wg    sync.WaitGroup
	)
	for i := range o.callers {
		path := pathGRPC
		if i%2 == 1 {
			path = pathREST
		}
		wifi := cl.wifiClient()
		wg.Go(func() {
			var mine []call
			for ctx.Err() == nil && time.Now().Before(end) {
				t0 := time.Now()
				err := cl.call(ctx, path, wifi)
				if ctx.Err() != nil {
					break // interrupted
				}
				mine = append(mine, call{start: t0, latency: time.Since(t0), err: err})
			}
			mu.Lock()
			calls = append(calls, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	stopWatch()
	seen := <-fetches
	if ctx.Err() != nil {
		return ctx.Err()
	}

	waitsAfter, err := cl.metric(ctx, e.httpAddr, "wxgate_token_waits_total", `kind="access_token"`)
	if err != nil {
		return err
	}
	waited := int(waitsAfter - waitsBefore)

	var steady, across stats
	failed := 0
	var firstErr error
	for _, c := range calls {
		if c.err != nil {
			failed++
			if firstErr == nil {
				firstErr = c.err
			}
			continue
		}
		end := c.start.Add(c.latency)
		if slices.ContainsFunc(seen, func(f time.Time) bool {
			return end.After(f.Add(-fetchMargin)) && c.start.Before(f.Add(fetchMargin))
		}) {
			across.latencies = append(across.latencies, c.latency)
		} else {
			steady.latencies = append(steady.latencies, c.latency)
		}
	}
	fmt.Fprintf(stdout, "| calls | token fetches | calls that waited for one | steady p50 / p99 / max | calls across a fetch | their p50 / p99 / max | errors |\n|---|---|---|---|---|---|---|\n")
	fmt.Fprintf(stdout, "| %d | %d | %d | %s / %s / %s | %d | %s / %s / %s | %d |\n\n", len(calls), len(seen), waited,
		ms(steady.quantile(0.5)), ms(steady.quantile(0.99)), ms(steady.quantile(1)), len(across.latencies),
		ms(across.quantile(0.5)), ms(across.quantile(0.99)), ms(across.quantile(1)), failed)
	switch {
	case waited > 0:
		return fmt.Errorf("%d calls waited for a token fetch (wxgate_token_waits_total): the rotation was not ahead of them", waited)
	case failed > 0:
		return fmt.Errorf("%d of %d calls failed across the rotations, the first: %v", failed, len(calls), firstErr)
	case len(seen) == 0:
		return fmt.Errorf("no token fetch in %v with tokens of %v: the gateway did not refresh", o.rotation*5/2, o.rotation)
	}
	fmt.Fprintf(stdout, "rotation: no call waited for a token fetch (the gateway's wxgate_token_waits_total); the slowest call across one took %s, the steady p99 is %s and max %s\n",
		ms(across.quantile(1)), ms(steady.quantile(0.99)), ms(steady.quantile(1)))
	return nil
}

// watchFetches polls the simulator's count of token fetches until ctx ends, and
// answers when it saw each new one.
func watchFetches(ctx context.Context, cl *clients, simURL string) []time.Time {
	var seen []time.Time
	last := -1
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		var st struct {
			TokenFetches int `json:"token_fetches"`
		}
		if err := cl.getJSON(ctx, simURL+"/_sim/stats", &st); err == nil {
			if last >= 0 && st.TokenFetches > last {
				seen = append(seen, time.Now())
			}
			last = st.TokenFetches
		}
		select {
		case <-ctx.Done():
			return seen
		case <-tick.C:
		}
	}
}
