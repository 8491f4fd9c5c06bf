package ratelimit

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/wxgate/wxgate/internal/redistest"
)

const (
	sAccount = "main"
	sPath    = "/card/code/deposit"

	// slow is a bucket rate that refills nothing worth counting during a test
	// (one token every 1024 s, a round number in binary), on the fake clock of
	// Memory and on Redis's real one alike.
	slow = 1.0 / 1024
)

// onPath returns caller's share limited by l on sPath only.
func onPath(caller string, l Limit) *Share {
	return &Share{Caller: caller, Limits: Config{Paths: map[string]Limit{sPath: l}}}
}

// call advances the clock by wait, then makes n calls (1 if n is 0) for the
// caller of share (nil: no share in ctx) and expects every one to give the same
// answer: allowed when want is "", else an *Error with that reason and, if
// retry is not 0, that RetryAfter.
type call struct {
	wait          time.Duration
	share         *Share
	account, path string // "": sAccount, sPath
	n             int
	want          Reason
	retry         time.Duration
}

type shareTest struct {
	name  string
	cfg   Config // the account's limits
	start time.Time
	calls []call
	// memoryOnly: the test waits longer than Redis tests sleep, or depends on
	// how Memory carries a bucket through a change of its limits.
	memoryOnly bool
}

// shareTests are run against Memory (fake clock) and Redis (the fake clock
// names the day; buckets run on Redis's clock, and waits under a second are
// slept for real so that they see them).
var shareTests = func() []shareTest {
	orders5 := onPath("orders", Limit{Daily: 5})
	orders4 := onPath("orders", Limit{Daily: 4})
	orders10 := onPath("orders", Limit{Daily: 10})
	return []shareTest{
		{
			name:  "a share's daily quota stops its caller, not the others",
			cfg:   Config{Default: Limit{Daily: 10}},
			start: sh(10, 0, 0),
			calls: []call{
				{share: onPath("orders", Limit{Daily: 3}), n: 3},
				{share: onPath("orders", Limit{Daily: 3}), n: 2, want: ReasonCallerDaily, retry: 14 * time.Hour},
				{share: onPath("reports", Limit{Daily: 5}), n: 5},
				{share: onPath("reports", Limit{Daily: 5}), want: ReasonCallerDaily, retry: 14 * time.Hour},
				{n: 2}, // no share: the account's last two
				{want: ReasonDaily, retry: 14 * time.Hour},
				// Its share is checked first, so the caller learns that it is
				// its own share that is spent.
				{share: onPath("orders", Limit{Daily: 3}), want: ReasonCallerDaily},
				{wait: 14 * time.Hour, share: onPath("orders", Limit{Daily: 3}), n: 3}, // a new day
			},
		},
		{
			name:  "the account's daily quota stops every caller",
			cfg:   Config{Default: Limit{Daily: 4}},
			start: sh(10, 0, 0),
			calls: []call{
				{share: onPath("orders", Limit{Daily: 10}), n: 4},
				{share: onPath("orders", Limit{Daily: 10}), want: ReasonDaily, retry: 14 * time.Hour},
				{share: onPath("reports", Limit{Daily: 10}), want: ReasonDaily},
				{want: ReasonDaily},
			},
		},
		{
			name:  "a refusal by the share's daily quota spends nothing of the account's",
			cfg:   Config{Default: Limit{Daily: 5}},
			start: sh(10, 0, 0),
			calls: []call{
				{share: onPath("orders", Limit{Daily: 2}), n: 2},
				{share: onPath("orders", Limit{Daily: 2}), n: 10, want: ReasonCallerDaily},
				{n: 3}, // exactly what the share's calls left
				{want: ReasonDaily},
			},
		},
		{
			name:  "a share's bucket stops its caller, not the others",
			cfg:   Config{Default: Limit{QPS: slow, Burst: 5}},
			start: sh(10, 0, 0),
			calls: []call{
				{share: onPath("orders", Limit{QPS: slow, Burst: 2}), n: 2},
				{share: onPath("orders", Limit{QPS: slow, Burst: 2}), n: 10, want: ReasonCallerRate, retry: 1024 * time.Second},
				// reports' share does not limit sPath. It gets exactly the
				// account's last 3 tokens: orders' refusals took none.
				{share: onPath("reports", Limit{}), n: 3},
				{share: onPath("reports", Limit{}), want: ReasonRate, retry: 1024 * time.Second},
				{want: ReasonRate},
				{share: onPath("orders", Limit{QPS: slow, Burst: 2}), want: ReasonCallerRate},
			},
		},
		{
			name:  "a refusal by the account's bucket spends no token of the share",
			cfg:   Config{Default: Limit{QPS: 4, Burst: 1}},
			start: sh(10, 0, 0),
			calls: []call{
				{}, // no share: takes the account's token
				{share: onPath("orders", Limit{QPS: slow, Burst: 1}), n: 5, want: ReasonRate, retry: 250 * time.Millisecond},
				// The share's only token is still there.
				{wait: 250 * time.Millisecond, share: onPath("orders", Limit{QPS: slow, Burst: 1})},
				{wait: 250 * time.Millisecond, share: onPath("orders", Limit{QPS: slow, Burst: 1}), want: ReasonCallerRate, retry: 1024*time.Second - 250*time.Millisecond},
				{}, // and the share's refusal took none of the account's
			},
		},
		{
			name:  "a refusal by the account's daily quota spends no token of the share",
			cfg:   Config{Default: Limit{Daily: 2}},
			start: sh(23, 59, 0),
			calls: []call{
				{n: 2},
				{share: onPath("orders", Limit{QPS: slow, Burst: 1}), n: 5, want: ReasonDaily, retry: time.Minute},
				{wait: time.Minute, share: onPath("orders", Limit{QPS: slow, Burst: 1})}, // a new day; the token is still there
				{share: onPath("orders", Limit{QPS: slow, Burst: 1}), want: ReasonCallerRate},
			},
		},
		{
			name:  "order: the share's day before the account's day",
			cfg:   Config{Default: Limit{Daily: 1}},
			start: sh(10, 0, 0),
			calls: []call{
				{share: onPath("orders", Limit{Daily: 1})},
				{share: onPath("orders", Limit{Daily: 1}), want: ReasonCallerDaily},
				{want: ReasonDaily},
			},
		},
		{
			name:  "order: the account's day before the share's bucket",
			cfg:   Config{Default: Limit{Daily: 1}},
			start: sh(10, 0, 0),
			calls: []call{
				{share: onPath("orders", Limit{QPS: slow, Burst: 1})},
				{share: onPath("orders", Limit{QPS: slow, Burst: 1}), want: ReasonDaily},
			},
		},
		{
			name:  "order: the share's bucket before the account's bucket",
			cfg:   Config{Default: Limit{QPS: slow, Burst: 1}},
			start: sh(10, 0, 0),
			calls: []call{
				{share: onPath("orders", Limit{QPS: slow, Burst: 1})},
				{share: onPath("orders", Limit{QPS: slow, Burst: 1}), want: ReasonCallerRate, retry: 1024 * time.Second},
				{want: ReasonRate, retry: 1024 * time.Second},
			},
		},
		{
			name:  "order: the share's day before the account's bucket",
			cfg:   Config{Default: Limit{QPS: slow, Burst: 1}},
			start: sh(10, 0, 0),
			calls: []call{
				{share: onPath("orders", Limit{Daily: 1})},
				{share: onPath("orders", Limit{Daily: 1}), want: ReasonCallerDaily, retry: 14 * time.Hour},
				{want: ReasonRate},
			},
		},
		{
			name:  "a share limits a path the account does not",
			cfg:   Config{},
			start: sh(10, 0, 0),
			calls: []call{
				{share: onPath("orders", Limit{Daily: 2}), n: 2},
				{share: onPath("orders", Limit{Daily: 2}), want: ReasonCallerDaily},
				{n: 100},
			},
		},
		{
			name:  "a share limits only the paths it lists",
			cfg:   Config{Default: Limit{Daily: 5}},
			start: sh(10, 0, 0),
			calls: []call{
				{share: onPath("orders", Limit{Daily: 1})},
				{share: onPath("orders", Limit{Daily: 1}), want: ReasonCallerDaily},
				{share: onPath("orders", Limit{Daily: 1}), path: "/other", n: 5},
				{share: onPath("orders", Limit{Daily: 1}), path: "/other", want: ReasonDaily},
			},
		},
		{
			name:  "a share's default applies to every path, counted per path",
			cfg:   Config{},
			start: sh(10, 0, 0),
			calls: []call{
				{share: &Share{Caller: "orders", Limits: Config{Default: Limit{Daily: 1}}}},
				{share: &Share{Caller: "orders", Limits: Config{Default: Limit{Daily: 1}}}, want: ReasonCallerDaily},
				{share: &Share{Caller: "orders", Limits: Config{Default: Limit{Daily: 1}}}, path: "/other"},
				{share: &Share{Caller: "orders", Limits: Config{Default: Limit{Daily: 1}}}, path: "/other", want: ReasonCallerDaily},
			},
		},
		{
			name:  "a share is counted per account",
			cfg:   Config{},
			start: sh(10, 0, 0),
			calls: []call{
				{share: onPath("orders", Limit{Daily: 2}), account: "a", n: 2},
				{share: onPath("orders", Limit{Daily: 2}), account: "a", want: ReasonCallerDaily},
				{share: onPath("orders", Limit{Daily: 2}), account: "b", n: 2},
				{share: onPath("orders", Limit{Daily: 2}), account: "b", want: ReasonCallerDaily},
			},
		},
		{
			name:  "a share's day rolls over at 00:00 Shanghai",
			cfg:   Config{Default: Limit{Daily: 100}},
			start: sh(23, 59, 59),
			calls: []call{
				{share: onPath("orders", Limit{Daily: 2}), n: 2},
				{share: onPath("orders", Limit{Daily: 2}), want: ReasonCallerDaily, retry: time.Second},
				{wait: time.Second, share: onPath("orders", Limit{Daily: 2}), n: 2},
				{share: onPath("orders", Limit{Daily: 2}), want: ReasonCallerDaily, retry: 24 * time.Hour},
			},
		},
		{
			name:  "a share's bucket refills; retry after RetryAfter succeeds",
			cfg:   Config{},
			start: sh(10, 0, 0),
			calls: []call{
				{share: onPath("orders", Limit{QPS: 3, Burst: 1})},
				{share: onPath("orders", Limit{QPS: 3, Burst: 1}), want: ReasonCallerRate, retry: 334 * time.Millisecond},
				{wait: 334 * time.Millisecond, share: onPath("orders", Limit{QPS: 3, Burst: 1})},
			},
		},
		{
			name:  "a reload's new share keeps the day's count",
			cfg:   Config{Default: Limit{Daily: 100}},
			start: sh(10, 0, 0),
			calls: []call{
				{share: orders5, n: 3},
				{share: orders4},
				{share: orders4, n: 2, want: ReasonCallerDaily},
				{share: orders10, n: 6},
				{share: orders10, want: ReasonCallerDaily},
				{share: orders5, want: ReasonCallerDaily}, // 10 calls today, whichever share counted them
			},
		},
		{
			name:       "a reload's new share changes the bucket in place",
			cfg:        Config{},
			start:      sh(10, 0, 0),
			memoryOnly: true, // Redis carries the bucket's debt in time, not its tokens
			calls: []call{
				{share: onPath("orders", Limit{QPS: 1, Burst: 1})},
				{share: onPath("orders", Limit{QPS: 1, Burst: 1}), want: ReasonCallerRate, retry: time.Second},
				// A faster rate refills the same empty bucket faster.
				{share: onPath("orders", Limit{QPS: 10, Burst: 1}), want: ReasonCallerRate, retry: 100 * time.Millisecond},
				{wait: 100 * time.Millisecond, share: onPath("orders", Limit{QPS: 10, Burst: 1})},
				// A larger burst does not fill the bucket, but lets it hold more.
				{share: onPath("orders", Limit{QPS: 10, Burst: 5}), want: ReasonCallerRate},
				{wait: time.Second, share: onPath("orders", Limit{QPS: 10, Burst: 5}), n: 5},
				{share: onPath("orders", Limit{QPS: 10, Burst: 5}), want: ReasonCallerRate},
				// A smaller burst caps the tokens held.
				{wait: time.Second, share: onPath("orders", Limit{QPS: 10, Burst: 2}), n: 2},
				{share: onPath("orders", Limit{QPS: 10, Burst: 2}), want: ReasonCallerRate},
			},
		},
	}
}()

// run makes tt's calls through allow, advancing clock (and, when sleep is set,
// sleeping for waits under a second). A bucket's RetryAfter may be up to slack
// shorter than the test says: Redis's clock moves on while the test runs.
func (tt shareTest) run(t *testing.T, clock *fakeClock, allow func(context.Context, string, string) error, sleep bool, slack time.Duration) {
	t.Helper()
	for i, c := range tt.calls {
		if c.account == "" {
			c.account = sAccount
		}
		if c.path == "" {
			c.path = sPath
		}
		clock.Advance(c.wait)
		if sleep && c.wait < time.Second {
			time.Sleep(c.wait)
		}
		ctx := t.Context()
		if c.share != nil {
			ctx = WithShare(ctx, c.share)
		}
		for j := range max(c.n, 1) {
			if msg := c.check(allow(ctx, c.account, c.path), slack); msg != "" {
				t.Fatalf("call %d %+v, attempt %d: %s", i, c, j+1, msg)
			}
		}
	}
}

// check returns what is wrong with err as the answer to c, or "". It looks at
// both the *Error and what a gRPC client would see.
func (c call) check(err error, slack time.Duration) string {
	if c.want == "" {
		if err != nil {
			return fmt.Sprintf("got %v, want allowed", err)
		}
		return ""
	}
	var e *Error
	if !errors.As(err, &e) {
		return fmt.Sprintf("got %v, want *Error %s", err, c.want)
	}
	caller := ""
	if c.want == ReasonCallerRate || c.want == ReasonCallerDaily {
		caller = c.share.Caller
	}
	if c.want == ReasonDaily || c.want == ReasonCallerDaily {
		slack = 0 // the day is on the fake clock
	}
	switch {
	case e.Reason != c.want:
		return fmt.Sprintf("reason %s (%v), want %s", e.Reason, e, c.want)
	case e.Account != c.account || e.Path != c.path || e.Caller != caller:
		return fmt.Sprintf("error for (%q, %q, caller %q), want (%q, %q, caller %q)", e.Account, e.Path, e.Caller, c.account, c.path, caller)
	case e.RetryAfter <= 0:
		return fmt.Sprintf("RetryAfter %v, want > 0", e.RetryAfter)
	case c.retry != 0 && (e.RetryAfter > c.retry || e.RetryAfter < c.retry-slack):
		return fmt.Sprintf("RetryAfter %v, want %v (less up to %v)", e.RetryAfter, c.retry, slack)
	}

	st, ok := status.FromError(err)
	if !ok || st.Code() != codes.ResourceExhausted {
		return fmt.Sprintf("status %v, want RESOURCE_EXHAUSTED", st)
	}
	info, _ := details(st)
	md := map[string]string{"account": c.account, "path": c.path}
	if caller != "" {
		md["caller"] = caller
	}
	if info.GetReason() != string(c.want) || info.GetDomain() != "wxgate" || !maps.Equal(info.GetMetadata(), md) {
		return fmt.Sprintf("ErrorInfo %v, want reason %s, domain wxgate, metadata %v", info, c.want, md)
	}
	return ""
}

// details returns st's ErrorInfo and RetryInfo, nil when missing.
func details(st *status.Status) (*errdetails.ErrorInfo, *errdetails.RetryInfo) {
	var info *errdetails.ErrorInfo
	var retry *errdetails.RetryInfo
	for _, d := range st.Details() {
		switch d := d.(type) {
		case *errdetails.ErrorInfo:
			info = d
		case *errdetails.RetryInfo:
			retry = d
		}
	}
	return info, retry
}

func TestMemoryShares(t *testing.T) {
	for _, tt := range shareTests {
		t.Run(tt.name, func(t *testing.T) {
			clock := &fakeClock{t: tt.start}
			m := NewMemory(tt.cfg, WithClock(clock.Now))
			tt.run(t, clock, m.Allow, false, 0)
		})
	}
}

// redisSlack is how much shorter than Memory's a Redis bucket's RetryAfter may
// be: Redis's clock moves on between the calls of a test.
const redisSlack = 200 * time.Millisecond

// inFuture moves t, a time on sh's day, to the same time of day two days from
// now, so that the daily counters' EXPIREAT (Redis's real clock) is not past.
func inFuture(t time.Time) time.Time {
	y, m, d := time.Now().In(shanghai).Date()
	return t.Add(time.Date(y, m, d+2, 0, 0, 0, 0, shanghai).Sub(sh(0, 0, 0)))
}

// TestRedisShares runs shareTests on two Redis limiters sharing one server,
// as two replicas, taking turns call by call.
func TestRedisShares(t *testing.T) {
	srv := redistest.Start(t)
	for i, tt := range shareTests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.memoryOnly {
				t.Skip("Memory only")
			}
			clock := &fakeClock{t: inFuture(tt.start)}
			o := RedisOptions{Prefix: fmt.Sprintf("t%d:", i), Now: clock.Now}
			replicas := []*Redis{NewRedis(srv.Client(), tt.cfg, o), NewRedis(srv.Client(), tt.cfg, o)}
			turn := 0
			allow := func(ctx context.Context, account, path string) error {
				turn++
				return replicas[turn%2].Allow(ctx, account, path)
			}
			tt.run(t, clock, allow, true, redisSlack)
			for i, r := range replicas {
				if r.Degraded() {
					t.Errorf("replica %d counted in process", i)
				}
			}
		})
	}
}

// TestSharesSplitAccountQuota has two callers, with daily shares of 30 and 50,
// share an account's quota of 70. A share caps its caller but reserves nothing:
// whoever comes first may take the account's quota up to its own cap, so how
// the 70 split depends on the order of the calls, and never more than 70 go
// ahead nor more than a share to either caller.
func TestSharesSplitAccountQuota(t *testing.T) {
	a := onPath("a", Limit{Daily: 30})
	b := onPath("b", Limit{Daily: 50})
	cfg := Config{Default: Limit{Daily: 70}}
	const tries = 100 // calls each caller makes
	sequential := func(order func(i int) *Share) func([]Limiter) map[string]int {
		return func(ls []Limiter) map[string]int {
			got := map[string]int{}
			for i := range 2 * tries {
				s := order(i)
				if ls[i%len(ls)].Allow(WithShare(context.Background(), s), sAccount, sPath) == nil {
					got[s.Caller]++
				}
			}
			return got
		}
	}
	tests := []struct {
		name string
		run  func([]Limiter) map[string]int
		want map[string]int // nil: any split of 70 within the shares
	}{
		{
			name: "a first",
			run: sequential(func(i int) *Share {
				if i < tries {
					return a
				}
				return b
			}),
			want: map[string]int{"a": 30, "b": 40},
		},
		{
			name: "taking turns",
			run: sequential(func(i int) *Share {
				if i%2 == 0 {
					return a
				}
				return b
			}),
			want: map[string]int{"a": 30, "b": 40},
		},
		{
			name: "b first",
			run: sequential(func(i int) *Share {
				if i < tries {
					return b
				}
				return a
			}),
			want: map[string]int{"a": 20, "b": 50},
		},
		{
			name: "concurrently",
			run: func(ls []Limiter) map[string]int {
				var mu sync.Mutex
				got := map[string]int{}
				var wg sync.WaitGroup
				for g := range 20 {
					s := []*Share{a, b}[g%2]
					wg.Go(func() {
						ctx := WithShare(context.Background(), s)
						for i := range tries / 10 {
							err := ls[(g+i)%len(ls)].Allow(ctx, sAccount, sPath)
							var e *Error
							switch {
							case err == nil:
								mu.Lock()
								got[s.Caller]++
								mu.Unlock()
							case !errors.As(err, &e) || (e.Reason != ReasonDaily && e.Reason != ReasonCallerDaily):
								t.Errorf("Allow: %v", err)
							}
						}
					})
				}
				wg.Wait()
				return got
			},
		},
	}
	limiters := []struct {
		name string
		new  func(t *testing.T) []Limiter
	}{
		{"memory", func(*testing.T) []Limiter {
			clock := &fakeClock{t: sh(12, 0, 0)}
			return []Limiter{NewMemory(cfg, WithClock(clock.Now))}
		}},
		{"redis, two replicas", func(t *testing.T) []Limiter {
			srv := redistest.Start(t)
			clock := &fakeClock{t: inFuture(sh(12, 0, 0))}
			o := RedisOptions{Prefix: "t:", Now: clock.Now}
			return []Limiter{NewRedis(srv.Client(), cfg, o), NewRedis(srv.Client(), cfg, o)}
		}},
	}
	for _, l := range limiters {
		t.Run(l.name, func(t *testing.T) {
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					ls := l.new(t)
					got := tt.run(ls)
					if tt.want != nil && !maps.Equal(got, tt.want) {
						t.Errorf("admitted %v, want %v", got, tt.want)
					}
					if got["a"] > 30 || got["b"] > 50 || got["a"]+got["b"] != 70 {
						t.Errorf("admitted %v, want at most 30 for a and 50 for b, 70 in all", got)
					}
					// Nothing more for anyone, and each caller is told why.
					for _, s := range []*Share{a, b, nil} {
						want := ReasonDaily
						if s != nil && got[s.Caller] == int(s.Limits.For(sPath).Daily) {
							want = ReasonCallerDaily
						}
						err := ls[0].Allow(WithShare(context.Background(), s), sAccount, sPath)
						if e := (*Error)(nil); !errors.As(err, &e) || e.Reason != want {
							t.Errorf("share %v after the quota: %v, want %s", s, err, want)
						}
					}
				})
			}
		})
	}
}

func TestMemoryShareStateStaysBounded(t *testing.T) {
	clock := &fakeClock{t: sh(12, 0, 0)}
	m := NewMemory(Config{Default: Limit{QPS: 1e6, Burst: 1e6}}, WithClock(clock.Now))
	// Each call carries a new *Share, as after a configuration reload, with
	// a new limit.
	for i := range 100 {
		s := onPath("orders", Limit{QPS: float64(1000 + i), Burst: 1000 + i, Daily: int64(1000 + i)})
		ctx := WithShare(t.Context(), s)
		for _, account := range []string{"a", "b"} {
			if err := m.Allow(ctx, account, sPath); err != nil {
				t.Fatal(err)
			}
			// The share does not limit /other: no state for it.
			if err := m.Allow(ctx, account, "/other"); err != nil {
				t.Fatal(err)
			}
		}
	}
	if n := len(m.shares); n != 2 {
		t.Errorf("%d share states, want 2: one per (account, caller, path) the share limits", n)
	}
	s := m.shares[callerKey{"a", "orders", sPath}]
	if s.used != 100 || s.daily != 1099 || s.bucket.Limit() != 1099 || s.bucket.Burst() != 1099 {
		t.Errorf("share state: used %d, daily %d, qps %v, burst %d; want 100, 1099, 1099, 1099",
			s.used, s.daily, s.bucket.Limit(), s.bucket.Burst())
	}
}

// TestMemorySharesConcurrent mixes calls with and without shares on one
// budget, for the race detector and the lock order: the account's quota and
// each share's are never exceeded.
func TestMemorySharesConcurrent(t *testing.T) {
	clock := &fakeClock{t: sh(12, 0, 0)}
	m := NewMemory(Config{Default: Limit{QPS: 1e6, Burst: 1 << 20, Daily: 500}}, WithClock(clock.Now))
	shares := []*Share{
		onPath("a", Limit{QPS: 1e6, Burst: 1 << 20, Daily: 100}),
		onPath("b", Limit{Daily: 150}),
		onPath("c", Limit{QPS: 1e6, Burst: 1 << 20}),
		nil,
	}
	var mu sync.Mutex
	got := map[*Share]int{}
	var wg sync.WaitGroup
	for g := range 40 {
		wg.Go(func() {
			s := shares[g%len(shares)]
			ctx := WithShare(context.Background(), s)
			for range 50 {
				if m.Allow(ctx, sAccount, sPath) == nil {
					mu.Lock()
					got[s]++
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	total := 0
	for _, n := range got {
		total += n
	}
	if total != 500 || got[shares[0]] > 100 || got[shares[1]] > 150 {
		t.Errorf("admitted %d in all (a %d, b %d), want 500 with a at most 100 and b at most 150", total, got[shares[0]], got[shares[1]])
	}
}

func TestRedisFallbackEnforcesShares(t *testing.T) {
	srv := redistest.Start(t)
	clock := &fakeClock{t: inFuture(sh(12, 0, 0))}
	l := NewRedis(srv.Client(), Config{Default: Limit{Daily: 10}}, RedisOptions{Prefix: "t:", Now: clock.Now})
	orders := WithShare(t.Context(), onPath("orders", Limit{Daily: 2}))
	if err := l.Allow(orders, sAccount, sPath); err != nil {
		t.Fatal(err)
	}
	srv.Stop()
	// The fallback counts on its own: 2 for orders.
	for i := range 2 {
		if err := l.Allow(orders, sAccount, sPath); err != nil {
			t.Fatalf("call %d during the outage: %v", i, err)
		}
	}
	if !l.Degraded() {
		t.Error("not degraded while Redis is down")
	}
	var e *Error
	if err := l.Allow(orders, sAccount, sPath); !errors.As(err, &e) || e.Reason != ReasonCallerDaily || e.Caller != "orders" {
		t.Errorf("fallback did not enforce the share: %v", err)
	}
	if err := l.Allow(t.Context(), sAccount, sPath); err != nil {
		t.Errorf("a call without a share during the outage: %v", err)
	}
}

// TestRedisKeys pins the key names: each carries the account's hash tag, so
// that one script's keys are in one Redis Cluster slot (the daily counters of
// before hash tags are still counted: see TestRedisLegacyQuotas).
func TestRedisKeys(t *testing.T) {
	srv := redistest.Start(t)
	clock := &fakeClock{t: inFuture(sh(12, 0, 0))}
	lim := Limit{QPS: 10, Burst: 10, Daily: 100}
	l := NewRedis(srv.Client(), Config{Default: lim}, RedisOptions{Prefix: "t:", Now: clock.Now})
	ctx := WithShare(t.Context(), onPath("orders", lim))
	if err := l.Allow(ctx, sAccount, sPath); err != nil {
		t.Fatal(err)
	}
	day := clock.Now().In(shanghai).Format("20060102")
	want := []string{
		"t:quota:{main}:/card/code/deposit:" + day,
		"t:rate:{main}:/card/code/deposit",
		"t:share:quota:{main}:orders:/card/code/deposit:" + day,
		"t:share:rate:{main}:orders:/card/code/deposit",
	}
	rdb := srv.Client()
	got, err := rdb.Keys(t.Context(), "*").Result()
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("keys %q, want %q", got, want)
	}
	for _, k := range want {
		v, err := rdb.Get(t.Context(), k).Result()
		if err != nil {
			t.Fatal(err)
		}
		// A TAT is a whole number of µs, not tostring's 1.7e+15.
		if strings.Contains(k, ":rate:") && !regexp.MustCompile(`^[0-9]{16}$`).MatchString(v) {
			t.Errorf("%s = %q, want µs as 16 digits", k, v)
		}
		if strings.Contains(k, ":quota:") && v != "1" {
			t.Errorf("%s = %q, want 1", k, v)
		}
	}
}

func TestShareFromContext(t *testing.T) {
	s := onPath("orders", Limit{Daily: 1})
	tests := []struct {
		name string
		ctx  context.Context
		want *Share
	}{
		{"none", context.Background(), nil},
		{"set", WithShare(context.Background(), s), s},
		{"set to nil", WithShare(context.Background(), nil), nil},
		{"inner wins", WithShare(WithShare(context.Background(), onPath("other", Limit{})), s), s},
		{"kept by derived contexts", context.WithValue(WithShare(context.Background(), s), struct{}{}, 1), s},
	}
	for _, tt := range tests {
		if got := ShareFrom(tt.ctx); got != tt.want {
			t.Errorf("%s: ShareFrom = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestShareValidate(t *testing.T) {
	tests := []struct {
		name  string
		share Share
		want  []string // substrings of the error, all required; none means valid
	}{
		{name: "paths only", share: *onPath("orders", Limit{QPS: 5, Burst: 5, Daily: 1000})},
		{name: "default", share: Share{Caller: "orders", Limits: Config{Default: Limit{Daily: 10}}}},
		{name: "no limits", share: Share{Caller: "orders"}},
		{name: "no caller", share: Share{}, want: []string{"caller name is empty"}},
		{name: "colon in caller", share: Share{Caller: "a:b"}, want: []string{`"a:b"`, `must not contain ":"`}},
		{
			name:  "invalid limit",
			share: *onPath("orders", Limit{QPS: 5}),
			want:  []string{`caller "orders": "/card/code/deposit": burst must be at least 1`},
		},
		{
			name: "every problem is reported",
			share: Share{Limits: Config{
				Default: Limit{Daily: -1},
				Paths:   map[string]Limit{"nopath": {}},
			}},
			want: []string{"caller name is empty", `caller "": default: daily`, `caller "": "nopath": path must start with`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.share.Validate()
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Validate() = nil, want an error mentioning %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Validate() = %q, want it to mention %q", err, w)
				}
			}
		})
	}
}

func TestErrorGRPCStatusCaller(t *testing.T) {
	tests := []struct {
		err     *Error
		wantMsg string
	}{
		{
			err:     &Error{Reason: ReasonCallerDaily, Account: "main", Path: "/card/code/deposit", Caller: "orders", RetryAfter: 3 * time.Hour},
			wantMsg: `ratelimit: caller "orders" has exceeded its daily quota share for /card/code/deposit of account "main"; retry after 3h0m0s`,
		},
		{
			err:     &Error{Reason: ReasonCallerRate, Account: "shop", Path: "/bizwifi/qrcode/get", Caller: "reports", RetryAfter: 250 * time.Millisecond},
			wantMsg: `ratelimit: caller "reports" has exceeded its rate limit share for /bizwifi/qrcode/get of account "shop"; retry after 250ms`,
		},
	}
	for _, tt := range tests {
		t.Run(string(tt.err.Reason), func(t *testing.T) {
			var err error = fmt.Errorf("upstream: %w", tt.err)
			st, ok := status.FromError(err)
			if !ok || st.Code() != codes.ResourceExhausted {
				t.Fatalf("status %v, want RESOURCE_EXHAUSTED", st)
			}
			if got := tt.err.GRPCStatus().Message(); got != tt.wantMsg {
				t.Errorf("message %q, want %q", got, tt.wantMsg)
			}
			info, retry := details(st)
			md := map[string]string{"account": tt.err.Account, "path": tt.err.Path, "caller": tt.err.Caller}
			if info.GetReason() != string(tt.err.Reason) || info.GetDomain() != "wxgate" || !maps.Equal(info.GetMetadata(), md) {
				t.Errorf("ErrorInfo %v, want reason %s, domain wxgate, metadata %v", info, tt.err.Reason, md)
			}
			if got := retry.GetRetryDelay().AsDuration(); got != tt.err.RetryAfter {
				t.Errorf("RetryInfo delay %v, want %v", got, tt.err.RetryAfter)
			}
		})
	}
}

func BenchmarkMemoryAllowShare(b *testing.B) {
	for _, bc := range benchCases {
		b.Run(bc.name, func(b *testing.B) {
			// The share has the same limits as the account: both are checked.
			m := NewMemory(Config{Default: bc.limit})
			ctx := WithShare(context.Background(), &Share{Caller: "orders", Limits: Config{Default: bc.limit}})
			b.ReportAllocs()
			for b.Loop() {
				if err := m.Allow(ctx, "main", "/bizwifi/qrcode/get"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkMemoryAllowShareParallel is BenchmarkMemoryAllowParallel with one
// caller's share on every call.
func BenchmarkMemoryAllowShareParallel(b *testing.B) {
	for _, bc := range benchCases {
		b.Run(bc.name, func(b *testing.B) {
			m := NewMemory(Config{Default: bc.limit})
			ctx := WithShare(context.Background(), &Share{Caller: "orders", Limits: Config{Default: bc.limit}})
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
