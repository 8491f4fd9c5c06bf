package upstream_test

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/wxgate/wxgate/internal/redistest"
	"github.com/wxgate/wxgate/internal/upstream"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

var quiet = slog.New(slog.DiscardHandler)

// BenchmarkCallTokenStore is one upstream call to the simulator with the token held
// in memory and in Redis: the Redis store's cost on a call's path (each replica
// serves from its own copy while it is valid, so the difference should vanish).
func BenchmarkCallTokenStore(b *testing.B) {
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer sim.Close()
	rds := redistest.Start(b)
	stores := []struct {
		name  string
		store upstream.TokenStore
	}{
		{"memory", upstream.NewMemoryTokenStore()},
		{"redis", upstream.NewRedisTokenStore(rds.Client(), "b:", nil)},
	}
	for _, s := range stores {
		b.Run(s.name, func(b *testing.B) {
			c, err := upstream.New(upstream.Config{Account: "main", AppID: sim.AppID(), AppSecret: sim.AppSecret(), BaseURL: sim.URL(), Tokens: s.store, Log: quiet})
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				if err := c.Call(ctx, connectURL, nil, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTokenStoreLoad is the store round trip a replica makes when its own copy
// is not valid (a refresh is due, or another replica may have one).
func BenchmarkTokenStoreLoad(b *testing.B) {
	rds := redistest.Start(b)
	stores := []struct {
		name  string
		store upstream.TokenStore
	}{
		{"memory", upstream.NewMemoryTokenStore()},
		{"redis", upstream.NewRedisTokenStore(rds.Client(), "b:", nil)},
	}
	for _, s := range stores {
		b.Run(s.name, func(b *testing.B) {
			ctx := context.Background()
			s.store.Store(ctx, "main", upstream.Token{Value: "v", Expiry: time.Now().Add(time.Hour)})
			b.ReportAllocs()
			for b.Loop() {
				if _, ok, err := s.store.Load(ctx, "main"); err != nil || !ok {
					b.Fatal(ok, err)
				}
			}
		})
	}
}

// BenchmarkTokenFetchesPerHour drives three replicas sharing Redis with a steady
// load (one call per replica every 10 simulated seconds) through 24 simulated hours
// and reports WeChat token fetches per account per hour.
func BenchmarkTokenFetchesPerHour(b *testing.B) {
	for b.Loop() {
		sim, err := wechatsim.Start(wechatsim.Options{})
		if err != nil {
			b.Fatal(err)
		}
		rds := redistest.Start(b)
		clk := &clock{now: time.Now()}
		cs := make([]*upstream.Client, 3)
		for i := range cs {
			cs[i], _ = upstream.New(upstream.Config{Account: "main", AppID: sim.AppID(), AppSecret: sim.AppSecret(), BaseURL: sim.URL(),
				Tokens: upstream.NewRedisTokenStore(rds.Client(), "b:", clk.Now), Now: clk.Now, Log: quiet})
		}
		const hours = 24
		for step := 0; step < hours*360; step++ {
			if step%720 == 0 { // WeChat's 2 h expiry, on WeChat's side
				sim.ExpireTokens()
			}
			for _, c := range cs {
				if err := c.Call(context.Background(), connectURL, nil, nil); err != nil {
					b.Fatal(err)
				}
			}
			clk.Advance(10 * time.Second)
		}
		b.ReportMetric(float64(sim.TokenFetches())/hours, "fetches/hour")
		rds.Stop()
		sim.Close()
	}
}
