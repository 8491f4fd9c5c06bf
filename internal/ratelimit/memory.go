package ratelimit

import (
	"context"
	"maps"
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// shanghai is China Standard Time. China has no daylight saving time, so a
// fixed zone is exact and needs no tzdata in the container image.
var shanghai = time.FixedZone("Asia/Shanghai", 8*3600)

// nextMidnight returns the first 00:00 Asia/Shanghai after t.
func nextMidnight(t time.Time) time.Time {
	y, m, d := t.In(shanghai).Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, shanghai)
}

// Memory is the in-process Limiter. Each replica counts on its own, so
// replicas sharing an account should use a shared limiter instead.
//
// Its state grows by one entry per (account, path) pair it has seen and is
// never evicted. That is bounded because both come from the gateway's own
// configuration (account names) and code (upstream paths), never from
// callers: the server rejects unknown account names before any call gets
// here. Do not pass caller-supplied strings.
type Memory struct {
	cfg Config
	now func() time.Time

	mu      sync.RWMutex
	budgets map[key]*budget // nil value: the path is unlimited
}

type key struct{ account, path string }

// budget is the state of one (account, path) pair.
type budget struct {
	mu      sync.Mutex    // makes the two checks in Allow and their spending atomic
	bucket  *rate.Limiter // nil: no rate limit
	qps     float64
	daily   int64     // 0: no daily quota
	used    int64     // calls admitted since the last reset
	resetAt time.Time // when used goes back to 0: the 00:00 after the day it counts
}

// Option configures a Memory.
type Option func(*Memory)

// WithClock makes m read the time from now instead of time.Now, for both the
// token buckets and the daily reset. It is meant for tests.
func WithClock(now func() time.Time) Option {
	return func(m *Memory) { m.now = now }
}

// NewMemory returns an in-process Limiter enforcing cfg. It panics if cfg is
// invalid: call cfg.Validate first to report configuration errors properly.
func NewMemory(cfg Config, opts ...Option) *Memory {
	if err := cfg.Validate(); err != nil {
		panic(err)
	}
	// Copy the map so that later changes by the caller cannot race with Allow.
	cfg.Paths = maps.Clone(cfg.Paths)
	m := &Memory{cfg: cfg, now: time.Now, budgets: make(map[key]*budget)}
	for _, opt := range opts {
		opt(m)
	}
	return m
}

var _ Limiter = (*Memory)(nil)

// Allow implements Limiter. It ignores ctx: it never waits and cannot fail
// other than by refusing.
func (m *Memory) Allow(_ context.Context, account, path string) error {
	b := m.budget(account, path)
	if b == nil {
		return nil
	}

	b.mu.Lock()
	defer b.mu.Unlock()
	// Read the clock under the lock so that the bucket sees time move
	// forward; a call that waited for the lock with an older time would
	// otherwise make the bucket credit the same interval twice.
	now := m.now()

	// Check the daily quota first without spending it, then let the bucket
	// decide (spending a token only if it allows), then count the call: so a
	// refusal by either limit spends nothing of the other.
	if b.daily > 0 {
		if !now.Before(b.resetAt) {
			b.used = 0
			b.resetAt = nextMidnight(now)
		}
		if b.used >= b.daily {
			return &Error{Reason: ReasonDaily, Account: account, Path: path, RetryAfter: b.resetAt.Sub(now)}
		}
	}
	if b.bucket != nil && !b.bucket.AllowN(now, 1) {
		return &Error{Reason: ReasonRate, Account: account, Path: path, RetryAfter: b.untilToken(now)}
	}
	b.used++
	return nil
}

// budget returns the state for (account, path), creating it on first use, or
// nil if the path has no limits at all.
func (m *Memory) budget(account, path string) *budget {
	k := key{account, path}
	m.mu.RLock()
	b, ok := m.budgets[k]
	m.mu.RUnlock()
	if ok {
		return b
	}

	m.mu.Lock()
	defer m.mu.Unlock()
	if b, ok := m.budgets[k]; ok {
		return b
	}
	b = newBudget(m.cfg.For(path))
	m.budgets[k] = b
	return b
}

func newBudget(l Limit) *budget {
	if l.QPS <= 0 && l.Daily == 0 {
		return nil
	}
	b := &budget{daily: l.Daily}
	if l.QPS > 0 {
		b.bucket = rate.NewLimiter(rate.Limit(l.QPS), l.Burst)
		b.qps = l.QPS
	}
	return b
}

// untilToken returns how long until the bucket holds a whole token, rounded up
// to the millisecond: the margin keeps floating-point error from making a
// retry after exactly that long fail again, and clients see whole
// milliseconds anyway.
func (b *budget) untilToken(now time.Time) time.Duration {
	missing := 1 - b.bucket.TokensAt(now)
	ms := math.Ceil(missing / b.qps * 1000)
	if ms >= math.MaxInt64/float64(time.Millisecond) { // absurdly low qps: avoid overflow
		return math.MaxInt64
	}
	return time.Duration(ms) * time.Millisecond
}
