package ratelimit_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/redistest"
)

// replicas returns n Redis limiters sharing one redis-server, as n gateway replicas
// would.
func replicas(t *testing.T, srv *redistest.Server, n int, cfg ratelimit.Config) []*ratelimit.Redis {
	out := make([]*ratelimit.Redis, n)
	for i := range out {
		out[i] = ratelimit.NewRedis(srv.Client(), cfg, ratelimit.RedisOptions{Prefix: "t:"})
	}
	return out
}

func TestRedisDailyQuotaAcrossReplicas(t *testing.T) {
	srv := redistest.Start(t)
	ls := replicas(t, srv, 3, ratelimit.Config{Default: ratelimit.Limit{Daily: 100}})
	var admitted, refused atomic.Int64
	var wg sync.WaitGroup
	for i := range 30 {
		wg.Go(func() {
			for range 20 {
				err := ls[i%3].Allow(context.Background(), "main", "/bizwifi/qrcode/get")
				var lerr *ratelimit.Error
				switch {
				case err == nil:
					admitted.Add(1)
				case errors.As(err, &lerr) && lerr.Reason == ratelimit.ReasonDaily:
					refused.Add(1)
					if lerr.RetryAfter <= 0 || lerr.RetryAfter > 24*time.Hour {
						t.Errorf("RetryAfter = %v", lerr.RetryAfter)
					}
				default:
					t.Errorf("Allow: %v", err)
				}
			}
		})
	}
	wg.Wait()
	if admitted.Load() != 100 || refused.Load() != 500 {
		t.Errorf("admitted %d, refused %d; want exactly 100 and 500", admitted.Load(), refused.Load())
	}
	// Another account's quota is untouched.
	if err := ls[0].Allow(context.Background(), "other", "/bizwifi/qrcode/get"); err != nil {
		t.Errorf("other account: %v", err)
	}
}

func TestRedisBucketAcrossReplicas(t *testing.T) {
	srv := redistest.Start(t)
	ls := replicas(t, srv, 3, ratelimit.Config{Default: ratelimit.Limit{QPS: 20, Burst: 1}})
	// Hammer the shared bucket from three replicas for 2 s: 20 QPS admits about 40.
	var admitted atomic.Int64
	stop := time.Now().Add(2 * time.Second)
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Go(func() {
			for time.Now().Before(stop) {
				if ls[i%3].Allow(context.Background(), "main", "/p") == nil {
					admitted.Add(1)
				}
				time.Sleep(time.Millisecond)
			}
		})
	}
	wg.Wait()
	if n := admitted.Load(); n < 36 || n > 44 {
		t.Errorf("admitted %d in 2 s at 20 QPS across 3 replicas, want 40 ± 10%%", n)
	}
	ls[0].Allow(context.Background(), "main", "/p")
	err := ls[1].Allow(context.Background(), "main", "/p")
	var lerr *ratelimit.Error
	if !errors.As(err, &lerr) || lerr.Reason != ratelimit.ReasonRate || lerr.RetryAfter <= 0 || lerr.RetryAfter > 100*time.Millisecond {
		t.Errorf("back-to-back calls: %v, want LOCAL_RATE_LIMIT with a short RetryAfter", err)
	}
}

func TestRedisRefusalSpendsNothingElse(t *testing.T) {
	srv := redistest.Start(t)
	l := ratelimit.NewRedis(srv.Client(), ratelimit.Config{Default: ratelimit.Limit{QPS: 1, Burst: 1, Daily: 2}}, ratelimit.RedisOptions{Prefix: "t:"})
	ctx := context.Background()
	if err := l.Allow(ctx, "a", "/p"); err != nil {
		t.Fatal(err)
	}
	for range 5 { // refused by the bucket: must not count against the day
		if err := l.Allow(ctx, "a", "/p"); err == nil {
			t.Fatal("bucket did not refuse")
		}
	}
	time.Sleep(1100 * time.Millisecond)
	if err := l.Allow(ctx, "a", "/p"); err != nil {
		t.Fatalf("second call of the day: %v (bucket refusals were counted)", err)
	}
}

func TestRedisOutageFallsBackAndRecovers(t *testing.T) {
	srv := redistest.Start(t)
	l := ratelimit.NewRedis(srv.Client(), ratelimit.Config{Default: ratelimit.Limit{Daily: 3}}, ratelimit.RedisOptions{Prefix: "t:"})
	ctx := context.Background()
	if err := l.Allow(ctx, "a", "/p"); err != nil {
		t.Fatal(err)
	}
	srv.Stop()
	for i := range 3 { // the in-process fallback has its own count of 3
		if err := l.Allow(ctx, "a", "/p"); err != nil {
			t.Fatalf("call %d during the outage: %v", i, err)
		}
	}
	if !l.Degraded() {
		t.Error("not degraded while Redis is down")
	}
	var lerr *ratelimit.Error
	if err := l.Allow(ctx, "a", "/p"); !errors.As(err, &lerr) {
		t.Errorf("fallback quota not enforced: %v", err)
	}
	srv.Restart()
	time.Sleep(2100 * time.Millisecond) // the limiter asks Redis again after a pause
	if err := l.Allow(ctx, "a", "/p"); err != nil {
		t.Fatalf("after Redis came back (empty): %v", err)
	}
	if l.Degraded() {
		t.Error("still degraded after Redis came back")
	}
}

// TestRedisCheckClearsDegraded: a limiter counting in process goes back to Redis
// when a check finds Redis answering again, without any call; a check while Redis is
// down fails and changes nothing.
func TestRedisCheckClearsDegraded(t *testing.T) {
	srv := redistest.Start(t)
	l := ratelimit.NewRedis(srv.Client(), ratelimit.Config{Default: ratelimit.Limit{Daily: 3}}, ratelimit.RedisOptions{Prefix: "t:"})
	ctx := context.Background()
	if err := l.Check(ctx); err != nil || l.Degraded() {
		t.Fatalf("Check with Redis up: %v, degraded %v", err, l.Degraded())
	}
	srv.Stop()
	if err := l.Allow(ctx, "a", "/p"); err != nil {
		t.Fatal(err)
	}
	if err := l.Check(ctx); err == nil || !l.Degraded() {
		t.Fatalf("Check with Redis down: %v, degraded %v", err, l.Degraded())
	}
	srv.Restart()
	if err := l.Check(ctx); err != nil {
		t.Fatalf("Check after Redis came back: %v", err)
	}
	if l.Degraded() {
		t.Error("still degraded after a check found Redis back")
	}
}
