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
// Its state grows by one entry per (account, path) pair it has seen, and one
// per (account, caller, path) that a caller's share limits, and is never
// evicted. That is bounded because all three come from the gateway's own
// configuration (account and caller names) and code (upstream paths), never
// from callers: the server rejects unknown account names before any call gets
// here, and a Share names a configured caller. Do not pass caller-supplied
// strings. A configuration reload does not add entries: a caller's new Share
// updates the caller's existing state in place.
type Memory struct {
	cfg Config
	now func() time.Time

	mu      sync.RWMutex
	budgets map[key]*budget       // nil value: the path is unlimited
	shares  map[callerKey]*budget // never nil: made only for a path a share limits
}

type key struct{ account, path string }

type callerKey struct{ account, caller, path string }

// budget is the state of one (account, path) pair, or of one caller's share
// of it.
type budget struct {
	mu      sync.Mutex    // makes the checks in Allow and their spending atomic
	bucket  *rate.Limiter // nil: no rate limit
	qps     float64
	daily   int64     // 0: no daily quota
	used    int64     // calls admitted since the last reset
	resetAt time.Time // when used goes back to 0: the 00:00 after the day it counts
	limit   Limit     // shares only: the limit the fields above enforce (see setLimit)
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
	m := &Memory{cfg: cfg, now: time.Now, budgets: make(map[key]*budget), shares: make(map[callerKey]*budget)}
	for _, opt := range opts {
		opt(m)
	}
	return m
}

var _ Limiter = (*Memory)(nil)

// Allow implements Limiter. It never waits and cannot fail other than by
// refusing; it reads nothing from ctx but the caller's share.
func (m *Memory) Allow(ctx context.Context, account, path string) error {
	if s := ShareFrom(ctx); s != nil {
		if l := s.Limits.For(path); !l.unlimited() {
			return m.allowShare(account, path, s.Caller, l)
		}
	}
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
	// refusal by either limit spends nothing of the other. The day rolls over
	// even without a daily quota: today's count is also what Today reports.
	b.rollover(now)
	if b.daily > 0 && b.used >= b.daily {
		return &Error{Reason: ReasonDaily, Account: account, Path: path, RetryAfter: b.resetAt.Sub(now)}
	}
	if b.bucket != nil && !b.bucket.AllowN(now, 1) {
		return &Error{Reason: ReasonRate, Account: account, Path: path, RetryAfter: b.untilToken(now)}
	}
	b.used++
	return nil
}

// allowShare is Allow for a call that the caller's share limits on path, with
// l the share's limit there. It decides over both budgets at once, holding both
// locks, so that a refusal by any of the four limits spends nothing of the
// other three.
func (m *Memory) allowShare(account, path, caller string, l Limit) error {
	s := m.share(account, caller, path)
	b := m.budget(account, path) // nil: only the share limits path
	// Always the share's lock first, then the account's. A call without a
	// share takes only the account's, so no two calls can wait on each other
	// in a circle.
	s.mu.Lock()
	defer s.mu.Unlock()
	if b != nil {
		b.mu.Lock()
		defer b.mu.Unlock()
	}
	now := m.now() // under the locks, as in Allow
	s.setLimit(now, l)

	// Check the limits in the order Limiter.Allow documents, spending
	// nothing until all four have room. The share's day rolls over even
	// without a daily quota, so that a reload adding one finds today's count.
	s.rollover(now)
	if s.daily > 0 && s.used >= s.daily {
		return &Error{Reason: ReasonCallerDaily, Account: account, Path: path, Caller: caller, RetryAfter: s.resetAt.Sub(now)}
	}
	if b != nil {
		b.rollover(now)
		if b.daily > 0 && b.used >= b.daily {
			return &Error{Reason: ReasonDaily, Account: account, Path: path, RetryAfter: b.resetAt.Sub(now)}
		}
	}
	// TokensAt looks without taking: the share's token is taken below, only
	// once the account's bucket has allowed the call too.
	if s.bucket != nil && s.bucket.TokensAt(now) < 1 {
		return &Error{Reason: ReasonCallerRate, Account: account, Path: path, Caller: caller, RetryAfter: s.untilToken(now)}
	}
	if b != nil && b.bucket != nil && !b.bucket.AllowN(now, 1) {
		return &Error{Reason: ReasonRate, Account: account, Path: path, RetryAfter: b.untilToken(now)}
	}
	if s.bucket != nil {
		// Cannot refuse: the bucket held a whole token at this same instant
		// and nothing but a holder of s.mu touches it. (Taking it first and
		// giving it back on a refusal would not be exact: a Reservation's
		// CancelAt refunds through floating-point arithmetic.)
		s.bucket.AllowN(now, 1)
	}
	s.used++
	if b != nil {
		b.used++
	}
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

// share returns the state of caller's share of (account, path), creating it on
// first use. A new state has no limits yet: allowShare sets them, under its
// lock.
func (m *Memory) share(account, caller, path string) *budget {
	k := callerKey{account, caller, path}
	m.mu.RLock()
	s, ok := m.shares[k]
	m.mu.RUnlock()
	if ok {
		return s
	}

	m.mu.Lock()
	defer m.mu.Unlock()
	if s, ok := m.shares[k]; ok {
		return s
	}
	s = &budget{}
	m.shares[k] = s
	return s
}

func newBudget(l Limit) *budget {
	if l.unlimited() {
		return nil
	}
	b := &budget{daily: l.Daily}
	if l.QPS > 0 {
		b.bucket = rate.NewLimiter(rate.Limit(l.QPS), l.Burst)
		b.qps = l.QPS
	}
	return b
}

// rollover starts a new day's count once the day b counts has ended.
func (b *budget) rollover(now time.Time) {
	if !now.Before(b.resetAt) {
		b.used = 0
		b.resetAt = nextMidnight(now)
	}
}

// setLimit makes b, a share's state, enforce l from now on, in place. A
// configuration reload hands the caller a new *Share; its state must carry
// over (today's count, the bucket's tokens) rather than start afresh, or every
// reload would give each caller a fresh day's quota, and the state would grow
// by one entry per reload.
//
// A bucket keeps its tokens through a change of rate or burst (capped at a
// smaller burst). One that goes away (QPS 0) and comes back starts full.
func (b *budget) setLimit(now time.Time, l Limit) {
	if l == b.limit {
		return
	}
	b.limit = l
	b.daily = l.Daily
	b.qps = l.QPS
	switch {
	case l.QPS <= 0:
		b.bucket = nil
	case b.bucket == nil:
		b.bucket = rate.NewLimiter(rate.Limit(l.QPS), l.Burst)
	default:
		b.bucket.SetLimitAt(now, rate.Limit(l.QPS))
		b.bucket.SetBurstAt(now, l.Burst)
	}
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
