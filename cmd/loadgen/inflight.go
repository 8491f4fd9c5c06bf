package main

import (
	"context"
	"fmt"
	"io"
	"sync"
	"time"
)

// runInflight sends o.inflight calls at once through a gateway whose upstream
// answers after o.inflightLatency, over gRPC and then over REST, and reports whether
// every call was answered, how long it took and the gateway's memory.
func runInflight(ctx context.Context, o options, dir string, stdout io.Writer) error {
	// The gateway's bound on calls in flight (10,000 by default) is raised to what
	// is sent, so a larger run measures memory rather than refusals.
	e, err := startEnv(ctx, o.gateway, dir, o.inflightLatency, o.inflight)
	if err != nil {
		return err
	}
	defer e.stop()
	cl, err := newClients(e, o.inflight, o.grpcConns)
	if err != nil {
		return err
	}
	defer cl.close()
	fmt.Fprintf(stdout, "loadgen: %d calls in flight at once, upstream latency %v: simulator pid %d, gateway pid %d\n",
		o.inflight, o.inflightLatency, e.sim.pid(), e.gw.pid())
	// One call each first: the token is fetched and the connections are up.
	for _, p := range []string{pathGRPC, pathREST} {
		if err := cl.call(ctx, p, cl.wifiClient()); err != nil {
			return fmt.Errorf("first %s call: %w", p, err)
		}
	}
	before, err := readMemory(e.gw.pid())
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "gateway memory before: %s\n", before)
	failed := 0
	for _, p := range []string{pathGRPC, pathREST} {
		r := burst(ctx, cl, p, o.inflight)
		after, err := readMemory(e.gw.pid())
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %d of %d answered in %v (latency p50 %s, p99 %s, max %s); gateway memory after: %s\n",
			p, r.answered, o.inflight, r.elapsed.Round(time.Millisecond), ms(r.stats.quantile(0.5)), ms(r.stats.quantile(0.99)), ms(r.stats.quantile(1)), after)
		if r.answered != o.inflight {
			fmt.Fprintf(stdout, "%s: %d failed, the first: %v\n", p, o.inflight-r.answered, r.firstErr)
			failed += o.inflight - r.answered
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d calls not answered", failed)
	}
	return nil
}

type burstResult struct {
	answered int
	firstErr error
	elapsed  time.Duration
	stats    stats
}

// burst starts n calls on path together and waits for them all.
func burst(ctx context.Context, cl *clients, path string, n int) burstResult {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		r     burstResult
		start = make(chan struct{})
	)
	lat := make([]time.Duration, n)
	ok := make([]bool, n)
	for i := range n {
		wifi := cl.wifiClient()
		wg.Go(func() {
			<-start
			t0 := time.Now()
			err := cl.call(ctx, path, wifi)
			lat[i], ok[i] = time.Since(t0), err == nil
			if err != nil {
				mu.Lock()
				if r.firstErr == nil {
					r.firstErr = err
				}
				mu.Unlock()
			}
		})
	}
	t0 := time.Now()
	close(start)
	wg.Wait()
	r.elapsed = time.Since(t0)
	for i := range n {
		if ok[i] {
			r.answered++
			r.stats.latencies = append(r.stats.latencies, lat[i])
		}
	}
	return r
}
