package ratelimit

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeClock is a settable clock, safe for concurrent use.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// sh returns a time on 2024-06-01 in Asia/Shanghai.
func sh(hour, min, sec int) time.Time {
	return time.Date(2024, 6, 1, hour, min, sec, 0, shanghai)
}

// step advances the clock by wait, then calls Allow n times (1 if n is 0) and
// expects every call to give the same answer: allowed when want is "", else
// an *Error with that reason and, if retry is not 0, that RetryAfter.
type step struct {
	wait          time.Duration
	account, path string
	n             int
	want          Reason
	retry         time.Duration
}

func TestMemoryAllow(t *testing.T) {
	const (
		acct = "main"
		p    = "/bizwifi/qrcode/get"
	)
	only := func(l Limit) Config { return Config{Default: l} }

	tests := []struct {
		name  string
		cfg   Config
		start time.Time
		steps []step
	}{
		{
			name:  "bucket allows burst then refuses",
			cfg:   only(Limit{QPS: 5, Burst: 5}),
			start: sh(12, 0, 0),
			steps: []step{
				{account: acct, path: p, n: 5},
				{account: acct, path: p, n: 3, want: ReasonRate, retry: 200 * time.Millisecond},
			},
		},
		{
			name:  "bucket refills as time passes",
			cfg:   only(Limit{QPS: 5, Burst: 5}),
			start: sh(12, 0, 0),
			steps: []step{
				{account: acct, path: p, n: 5},
				{account: acct, path: p, want: ReasonRate, retry: 200 * time.Millisecond},
				{wait: 100 * time.Millisecond, account: acct, path: p, want: ReasonRate, retry: 100 * time.Millisecond},
				{wait: 100 * time.Millisecond, account: acct, path: p},
				{account: acct, path: p, want: ReasonRate, retry: 200 * time.Millisecond},
				{wait: time.Second, account: acct, path: p, n: 5},
				{account: acct, path: p, want: ReasonRate},
				// A long quiet spell refills no more than the burst.
				{wait: time.Hour, account: acct, path: p, n: 5},
				{account: acct, path: p, want: ReasonRate},
			},
		},
		{
			name:  "retry after RetryAfter succeeds at a rate that is not a round number",
			cfg:   only(Limit{QPS: 3, Burst: 1}),
			start: sh(12, 0, 0),
			steps: []step{
				{account: acct, path: p},
				{account: acct, path: p, want: ReasonRate, retry: 334 * time.Millisecond},
				{wait: 334 * time.Millisecond, account: acct, path: p},
			},
		},
		{
			name:  "daily quota admits exactly N then refuses until midnight",
			cfg:   only(Limit{Daily: 3}),
			start: sh(10, 0, 0),
			steps: []step{
				{account: acct, path: p, n: 3},
				{account: acct, path: p, n: 5, want: ReasonDaily, retry: 14 * time.Hour},
				{wait: 90 * time.Minute, account: acct, path: p, want: ReasonDaily, retry: 12*time.Hour + 30*time.Minute},
			},
		},
		{
			name:  "day rolls over at 00:00 Shanghai",
			cfg:   only(Limit{Daily: 2}),
			start: sh(23, 59, 59),
			steps: []step{
				{account: acct, path: p, n: 2},
				{account: acct, path: p, want: ReasonDaily, retry: time.Second},
				{wait: time.Second - time.Nanosecond, account: acct, path: p, want: ReasonDaily, retry: time.Nanosecond},
				{wait: time.Nanosecond, account: acct, path: p, n: 2}, // 00:00:00
				{account: acct, path: p, want: ReasonDaily, retry: 24 * time.Hour},
			},
		},
		{
			name:  "16:00 UTC is the boundary",
			cfg:   only(Limit{Daily: 1}),
			start: time.Date(2024, 6, 1, 8, 0, 0, 0, time.UTC),
			steps: []step{
				{account: acct, path: p},
				{account: acct, path: p, want: ReasonDaily, retry: 8 * time.Hour},
				// 15:59:59 UTC is still the same Shanghai day.
				{wait: 8*time.Hour - time.Second, account: acct, path: p, want: ReasonDaily, retry: time.Second},
				// 16:00:00 UTC is 00:00 the next day in Shanghai.
				{wait: time.Second, account: acct, path: p},
				{account: acct, path: p, want: ReasonDaily, retry: 24 * time.Hour},
			},
		},
		{
			name:  "quota left unused for days still resets",
			cfg:   only(Limit{Daily: 1}),
			start: sh(9, 0, 0),
			steps: []step{
				{account: acct, path: p},
				{wait: 72 * time.Hour, account: acct, path: p},
				{account: acct, path: p, want: ReasonDaily, retry: 15 * time.Hour},
			},
		},
		{
			name: "daily refusal spends no bucket token",
			// One token every 10,000 s: no meaningful refill during the test.
			cfg:   only(Limit{QPS: 0.0001, Burst: 3, Daily: 2}),
			start: sh(23, 59, 0),
			steps: []step{
				{account: acct, path: p, n: 2},                     // 1 token left
				{account: acct, path: p, n: 10, want: ReasonDaily}, // must not take it
				{wait: time.Minute, account: acct, path: p},        // new day: takes the last token
				{account: acct, path: p, n: 3, want: ReasonRate},   // day has room, bucket does not
			},
		},
		{
			name:  "bucket refusal does not count against the day",
			cfg:   only(Limit{QPS: 1, Burst: 1, Daily: 2}),
			start: sh(12, 0, 0),
			steps: []step{
				{account: acct, path: p},
				{account: acct, path: p, n: 10, want: ReasonRate, retry: time.Second},
				{wait: time.Second, account: acct, path: p}, // second of two daily calls
				{wait: time.Second, account: acct, path: p, want: ReasonDaily, retry: 12*time.Hour - 2*time.Second},
			},
		},
		{
			name:  "accounts have separate budgets",
			cfg:   only(Limit{QPS: 1, Burst: 2, Daily: 3}),
			start: sh(12, 0, 0),
			steps: []step{
				{account: "a", path: p, n: 2},
				{account: "a", path: p, want: ReasonRate},
				{account: "b", path: p, n: 2},
				{account: "b", path: p, want: ReasonRate},
				{wait: time.Second, account: "a", path: p},
				{wait: time.Second, account: "a", path: p, want: ReasonDaily},
				{account: "b", path: p},
			},
		},
		{
			name:  "paths have separate budgets",
			cfg:   only(Limit{QPS: 1, Burst: 2}),
			start: sh(12, 0, 0),
			steps: []step{
				{account: acct, path: "/x", n: 2},
				{account: acct, path: "/x", want: ReasonRate},
				{account: acct, path: "/y", n: 2},
				{account: acct, path: "/y", want: ReasonRate},
			},
		},
		{
			name: "Paths entry replaces Default",
			cfg: Config{
				Default: Limit{QPS: 1, Burst: 1},
				Paths:   map[string]Limit{"/listed": {Daily: 3}},
			},
			start: sh(12, 0, 0),
			steps: []step{
				{account: acct, path: "/other", want: ""},
				{account: acct, path: "/other", want: ReasonRate},
				{account: acct, path: "/listed", n: 3}, // no bucket: Default's QPS does not apply
				{account: acct, path: "/listed", want: ReasonDaily},
			},
		},
		{
			name:  "zero config is unlimited",
			cfg:   Config{},
			start: sh(12, 0, 0),
			steps: []step{{account: acct, path: p, n: 10000}},
		},
		{
			name: "QPS 0 with a daily quota only counts the day",
			cfg: Config{
				Default: Limit{QPS: 1, Burst: 1},
				Paths:   map[string]Limit{p: {QPS: 0, Daily: 1000}},
			},
			start: sh(12, 0, 0),
			steps: []step{
				{account: acct, path: p, n: 1000},
				{account: acct, path: p, want: ReasonDaily},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := &fakeClock{t: tt.start}
			m := NewMemory(tt.cfg, WithClock(clock.Now))
			for i, s := range tt.steps {
				clock.Advance(s.wait)
				for j := range max(s.n, 1) {
					err := m.Allow(t.Context(), s.account, s.path)
					if msg := check(err, s); msg != "" {
						t.Fatalf("step %d %+v, call %d: %s", i, s, j+1, msg)
					}
				}
			}
		})
	}
}

// check returns what is wrong with err as the answer to a call of s, or "".
func check(err error, s step) string {
	if s.want == "" {
		if err != nil {
			return fmt.Sprintf("got %v, want allowed", err)
		}
		return ""
	}
	var e *Error
	if !errors.As(err, &e) {
		return fmt.Sprintf("got %v, want *Error %s", err, s.want)
	}
	switch {
	case e.Reason != s.want:
		return fmt.Sprintf("reason %s, want %s", e.Reason, s.want)
	case e.Account != s.account || e.Path != s.path:
		return fmt.Sprintf("error for (%q, %q), want (%q, %q)", e.Account, e.Path, s.account, s.path)
	case e.RetryAfter <= 0:
		return fmt.Sprintf("RetryAfter %v, want > 0", e.RetryAfter)
	case s.retry != 0 && e.RetryAfter != s.retry:
		return fmt.Sprintf("RetryAfter %v, want %v", e.RetryAfter, s.retry)
	}
	return ""
}

func TestMemoryConcurrentDailyQuota(t *testing.T) {
	const (
		goroutines = 100
		calls      = 200
		daily      = 100
	)
	tests := []struct {
		name  string
		limit Limit
	}{
		{"daily only", Limit{Daily: daily}},
		{"daily with a bucket that never runs dry", Limit{QPS: 1e6, Burst: goroutines * calls, Daily: daily}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A stopped clock, so that the day cannot roll over mid-test.
			clock := &fakeClock{t: sh(12, 0, 0)}
			m := NewMemory(Config{Default: tt.limit}, WithClock(clock.Now))
			var allowed, refused atomic.Int64
			var wg sync.WaitGroup
			for range goroutines {
				wg.Go(func() {
					for range calls {
						err := m.Allow(t.Context(), "main", "/p")
						var e *Error
						switch {
						case err == nil:
							allowed.Add(1)
						case errors.As(err, &e) && e.Reason == ReasonDaily:
							refused.Add(1)
						default:
							t.Errorf("Allow: %v", err)
						}
					}
				})
			}
			wg.Wait()
			if got := allowed.Load(); got != daily {
				t.Errorf("allowed %d calls, want exactly %d", got, daily)
			}
			if got, want := refused.Load(), int64(goroutines*calls-daily); got != want {
				t.Errorf("refused %d calls, want %d", got, want)
			}
		})
	}
}

func TestMemoryConcurrentKeys(t *testing.T) {
	// Many goroutines creating and using budgets for many keys at once, for
	// the race detector; each key admits exactly its quota.
	const daily = 5
	clock := &fakeClock{t: sh(12, 0, 0)}
	m := NewMemory(Config{Default: Limit{Daily: daily}}, WithClock(clock.Now))
	accounts := []string{"a", "b", "c", "d"}
	paths := []string{"/p1", "/p2", "/p3", "/p4", "/p5"}
	var mu sync.Mutex
	allowed := make(map[key]int)
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			for i := range 100 {
				k := key{accounts[i%len(accounts)], paths[i/len(accounts)%len(paths)]}
				if m.Allow(t.Context(), k.account, k.path) == nil {
					mu.Lock()
					allowed[k]++
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	if len(allowed) != len(accounts)*len(paths) {
		t.Errorf("saw %d keys, want %d", len(allowed), len(accounts)*len(paths))
	}
	for k, n := range allowed {
		if n != daily {
			t.Errorf("%v: allowed %d, want %d", k, n, daily)
		}
	}
}

func TestNewMemoryCopiesConfig(t *testing.T) {
	cfg := Config{Paths: map[string]Limit{"/p": {Daily: 1}}}
	m := NewMemory(cfg)
	cfg.Paths["/p"] = Limit{} // must not lift the limit of m
	ctx := t.Context()
	if err := m.Allow(ctx, "a", "/p"); err != nil {
		t.Fatalf("first call: %v", err)
	}
	if err := m.Allow(ctx, "a", "/p"); err == nil {
		t.Fatal("second call allowed; the caller's later change to cfg.Paths leaked into Memory")
	}
}

func TestNewMemoryPanicsOnInvalidConfig(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("NewMemory accepted an invalid config")
		}
	}()
	NewMemory(Config{Default: Limit{QPS: 1, Burst: 0}})
}

func BenchmarkMemoryAllow(b *testing.B) {
	for _, bc := range benchCases {
		b.Run(bc.name, func(b *testing.B) {
			m := NewMemory(Config{Default: bc.limit})
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				if err := m.Allow(ctx, "main", "/bizwifi/qrcode/get"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkMemoryAllowParallel has every goroutine hit the same budget, the
// worst case for contention (one busy API of one account).
func BenchmarkMemoryAllowParallel(b *testing.B) {
	for _, bc := range benchCases {
		b.Run(bc.name, func(b *testing.B) {
			m := NewMemory(Config{Default: bc.limit})
			ctx := context.Background()
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if err := m.Allow(ctx, "main", "/bizwifi/qrcode/get"); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}

// benchCases never run out, so that the benchmarks measure the allowed path.
var benchCases = []struct {
	name  string
	limit Limit
}{
	{"bucket+daily", Limit{QPS: 1e12, Burst: 1 << 30, Daily: 1 << 62}},
	{"bucket", Limit{QPS: 1e12, Burst: 1 << 30}},
	{"unlimited", Limit{}},
}
