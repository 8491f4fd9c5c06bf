package ratelimit

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/wxgate/wxgate/internal/redistest"
)

// countsCase is one limiter kind under TestCounts.
type countsCase struct {
	name string
	make func(t *testing.T, cfg Config, now func() time.Time) interface {
		Limiter
		Counter
	}
	shared bool
}

func countsCases(t *testing.T) []countsCase {
	return []countsCase{
		{"memory", func(_ *testing.T, cfg Config, now func() time.Time) interface {
			Limiter
			Counter
		} {
			return NewMemory(cfg, WithClock(now))
		}, false},
		{"redis", func(t *testing.T, cfg Config, now func() time.Time) interface {
			Limiter
			Counter
		} {
			srv := redistest.Start(t)
			return NewRedis(srv.Client(), cfg, RedisOptions{Prefix: "c:", Now: now})
		}, true},
	}
}

// TestCounts: the counts are the calls allowed today, per account, path and
// caller share, on paths with and without a daily quota; refusals are not
// counted; the day's end and Reset bring them back to 0.
func TestCounts(t *testing.T) {
	const other = "/bizwifi/qrcode/get" // the default limit: a bucket, no daily quota
	cfg := Config{Default: Limit{QPS: 1000, Burst: 1000}, Paths: map[string]Limit{sPath: {Daily: 5}}}
	orders := onPath("orders", Limit{Daily: 2})
	for _, tc := range countsCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			clock := &fakeClock{t: inFuture(sh(23, 0, 0))}
			l := tc.make(t, cfg, clock.Now)
			ctx := t.Context()
			spend := func(ctx context.Context, path string, n int) {
				t.Helper()
				for range n {
					if err := l.Allow(ctx, sAccount, path); err != nil {
						t.Fatalf("%s: %v", path, err)
					}
				}
			}
			spend(WithShare(ctx, orders), sPath, 2)
			spend(ctx, sPath, 2)
			spend(ctx, other, 7)
			spend(WithShare(ctx, orders), other, 1) // the share does not limit other
			if err := l.Allow(WithShare(ctx, orders), sAccount, sPath); err == nil {
				t.Fatal("orders' share of 2 allowed a third call")
			}
			spend(ctx, sPath, 1)
			if err := l.Allow(ctx, sAccount, sPath); err == nil {
				t.Fatal("the account's quota of 5 allowed a sixth call")
			}
			if err := l.Allow(ctx, "other", other); err != nil { // another account
				t.Fatal(err)
			}

			paths, callers := []string{sPath, other, "/never/called"}, []string{"orders", "nobody"}
			got, shared, err := l.Today(ctx, sAccount, paths, callers)
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]Count{
				sPath:           {Used: 5, Shares: map[string]int64{"orders": 2, "nobody": 0}},
				other:           {Used: 8, Shares: map[string]int64{"orders": 0, "nobody": 0}},
				"/never/called": {Used: 0, Shares: map[string]int64{"orders": 0, "nobody": 0}},
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Today (-want +got):\n%s", diff)
			}
			if shared != tc.shared {
				t.Errorf("shared = %v, want %v", shared, tc.shared)
			}

			if err := l.Reset(ctx, sAccount, []string{sPath}, []string{"orders"}); err != nil {
				t.Fatal(err)
			}
			got, _, _ = l.Today(ctx, sAccount, []string{sPath, other}, []string{"orders"})
			want = map[string]Count{
				sPath: {Used: 0, Shares: map[string]int64{"orders": 0}},
				other: {Used: 8, Shares: map[string]int64{"orders": 0}},
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Today after Reset (-want +got):\n%s", diff)
			}
			spend(WithShare(ctx, orders), sPath, 2) // the share has its day back

			clock.Advance(time.Hour) // 00:00 the next day
			got, _, _ = l.Today(ctx, sAccount, []string{sPath, other}, nil)
			want = map[string]Count{sPath: {}, other: {}}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Today the next day (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRedisCountsLegacy: today's counts add the counters of before hash tags,
// as Allow does, and Reset deletes them too.
func TestRedisCountsLegacy(t *testing.T) {
	srv := redistest.Start(t)
	rdb := srv.Client()
	ctx := t.Context()
	clock := &fakeClock{t: inFuture(sh(12, 0, 0))}
	day := clock.Now().In(shanghai).Format("20060102")
	old := "t:quota:main:" + sPath + ":" + day
	rdb.Set(ctx, old, 4, 0)
	l := NewRedis(rdb, Config{Default: Limit{Daily: 10}}, RedisOptions{Prefix: "t:", Now: clock.Now, LegacyQuotas: true})
	if err := l.Allow(ctx, sAccount, sPath); err != nil {
		t.Fatal(err)
	}
	got, shared, err := l.Today(ctx, sAccount, []string{sPath}, nil)
	if err != nil || !shared || got[sPath].Used != 5 {
		t.Fatalf("Today = %v, %v, %v; want 5 shared", got, shared, err)
	}
	if err := l.Reset(ctx, sAccount, []string{sPath}, nil); err != nil {
		t.Fatal(err)
	}
	if n, _ := rdb.Exists(ctx, old, "t:quota:{main}:"+sPath+":"+day).Result(); n != 0 {
		t.Errorf("%d counters left after Reset", n)
	}
}

// TestRedisCountsOutage: while Redis does not answer, Today reads the
// in-process fallback's counts and says they are not shared.
func TestRedisCountsOutage(t *testing.T) {
	srv := redistest.Start(t)
	clock := &fakeClock{t: inFuture(sh(12, 0, 0))}
	l := NewRedis(srv.Client(), Config{Default: Limit{Daily: 10}}, RedisOptions{Prefix: "o:", Now: clock.Now})
	ctx := t.Context()
	if err := l.Allow(ctx, sAccount, sPath); err != nil {
		t.Fatal(err)
	}
	srv.Stop()
	for i := range 3 {
		if err := l.Allow(ctx, sAccount, sPath); err != nil {
			t.Fatalf("call %d during the outage: %v", i, err)
		}
	}
	got, shared, err := l.Today(ctx, sAccount, []string{sPath}, nil)
	if err != nil || shared || got[sPath].Used != 3 {
		t.Errorf("Today during the outage = %v, shared %v, %v; want this replica's 3, not shared", got, shared, err)
	}
}
