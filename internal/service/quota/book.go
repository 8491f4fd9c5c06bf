// Package quota implements wxgate.quota.v1.QuotaService: each WeChat API's daily
// quota as WeChat counts it, next to what the gateway counted itself, its
// configured limits and the callers' shares. The gateway's own figures come from
// a Book, which the /metrics gauges (Collector) and the status page read too.
package quota

import (
	"context"
	"maps"
	"slices"
	"time"

	"github.com/wxgate/wxgate/internal/ratelimit"
)

// Book is the gateway's own figures of the day: what the limiter counted for each
// (account, API) and caller share, and the limits configured. Its APIs are those
// the configuration names (ratelimits, which hold the token endpoints too, and the
// callers' quotas): bounded by the configuration, never by caller input.
type Book struct {
	counter ratelimit.Counter // nil: nothing counted
	limits  ratelimit.Config
	shares  func(account string) []*ratelimit.Share
	now     func() time.Time
}

// NewBook returns a Book reading counter (nil: every count is 0), with limits the
// accounts' configured limits and shares the quota shares of the callers who may
// act for an account now (nil: none; it is asked again on every read, so that a
// reload of the callers shows at once).
func NewBook(counter ratelimit.Counter, limits ratelimit.Config, shares func(account string) []*ratelimit.Share, now func() time.Time) *Book {
	if shares == nil {
		shares = func(string) []*ratelimit.Share { return nil }
	}
	if now == nil {
		now = time.Now
	}
	return &Book{counter: counter, limits: limits, shares: shares, now: now}
}

// Figures are one API's local figures for one account.
type Figures struct {
	Path    string
	Used    int64           // calls sent today (since 00:00 Asia/Shanghai)
	Limit   ratelimit.Limit // the account's configured limit on Path
	Callers []CallerFigures // the shares that limit Path, in configuration order
}

// CallerFigures are one caller's share of an API and its use today.
type CallerFigures struct {
	Caller string
	Used   int64
	Limit  ratelimit.Limit
}

// Paths are the APIs the configuration limits for account, sorted.
func (b *Book) Paths(account string) []string {
	set := map[string]bool{}
	for p := range b.limits.Paths {
		set[p] = true
	}
	for _, s := range b.shares(account) {
		for p := range s.Limits.Paths {
			set[p] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// Figures returns account's figures on each of paths (in that order); shared
// says the counts are every replica's.
func (b *Book) Figures(ctx context.Context, account string, paths []string) (out []Figures, shared bool, err error) {
	shares := b.shares(account)
	names := make([]string, len(shares))
	for i, s := range shares {
		names[i] = s.Caller
	}
	counts := map[string]ratelimit.Count{}
	if b.counter != nil {
		if counts, shared, err = b.counter.Today(ctx, account, paths, names); err != nil {
			return nil, false, err
		}
	}
	for _, p := range paths {
		f := Figures{Path: p, Used: counts[p].Used, Limit: b.limits.For(p)}
		for _, s := range shares {
			if l := s.Limits.For(p); limits(l) {
				f.Callers = append(f.Callers, CallerFigures{Caller: s.Caller, Used: counts[p].Shares[s.Caller], Limit: l})
			}
		}
		out = append(out, f)
	}
	return out, shared, nil
}

// Reset sets account's counts of today on every API of Paths, and its callers'
// shares there, back to 0.
func (b *Book) Reset(ctx context.Context, account string) error {
	if b.counter == nil {
		return nil
	}
	var names []string
	for _, s := range b.shares(account) {
		names = append(names, s.Caller)
	}
	return b.counter.Reset(ctx, account, b.Paths(account), names)
}

// ResetsAt is when the counts go back to 0: the next 00:00 Asia/Shanghai.
func (b *Book) ResetsAt() time.Time { return ratelimit.NextReset(b.now()) }

// Now is the book's clock.
func (b *Book) Now() time.Time { return b.now() }

// limits says l limits something (a zero Limit in a share: only the account's
// limits apply).
func limits(l ratelimit.Limit) bool { return l.QPS > 0 || l.Daily > 0 }
