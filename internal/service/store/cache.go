package store

import (
	"context"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"
)

// cache keeps one answer per account for data WeChat changes rarely (categories,
// districts), so that callers do not spend the account's daily quota on every call.
// It holds at most one entry per configured account: bounded.
//
// What invalidates an entry: only its age. After the TTL the next caller asks WeChat
// again (one request per account however many callers wait, single-flight); when
// the answer carries the same data_version as the entry (get_district's), the value
// already built is kept rather than rebuilt, and when WeChat gives no version
// (get_merchant_category) the new answer always replaces the old. Failed fetches
// are not cached. A restart empties the cache.
type cache[T any] struct {
	ttl   time.Duration
	now   func() time.Time
	group singleflight.Group

	mu      sync.Mutex
	entries map[string]cached[T] // by account name
}

type cached[T any] struct {
	value   T
	version string // WeChat's data_version; "" where WeChat gives none
	expires time.Time
}

// fetchFunc asks WeChat: it returns the answer's data_version ("" if none) and a
// function that builds the value from the answer, called only when the version is
// new.
type fetchFunc[T any] func(ctx context.Context) (version string, build func() (T, error), err error)

func newCache[T any](ttl time.Duration, now func() time.Time) *cache[T] {
	return &cache[T]{ttl: ttl, now: now, entries: make(map[string]cached[T])}
}

// get returns the account's value, fetching it when it is missing or expired. The
// value is shared by every caller: it must be treated as read-only.
func (c *cache[T]) get(ctx context.Context, account string, fetch fetchFunc[T]) (T, error) {
	if e, ok := c.fresh(account); ok {
		return e.value, nil
	}
	// One fetch per account at a time. It outlives a caller that gives up, for the
	// others waiting on it; the upstream client bounds it with its call timeout.
	ch := c.group.DoChan(account, func() (any, error) {
		if e, ok := c.fresh(account); ok { // filled while this call queued
			return e.value, nil
		}
		return c.refresh(context.WithoutCancel(ctx), account, fetch)
	})
	select {
	case r := <-ch:
		if r.Err != nil {
			var zero T
			return zero, r.Err
		}
		return r.Val.(T), nil
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// fresh returns the account's entry if it has not expired.
func (c *cache[T]) fresh(account string) (cached[T], bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[account]
	return e, ok && c.now().Before(e.expires)
}

// refresh fetches, builds the value unless the version is the one held, and stores it.
func (c *cache[T]) refresh(ctx context.Context, account string, fetch fetchFunc[T]) (T, error) {
	var zero T
	version, build, err := fetch(ctx)
	if err != nil {
		return zero, err
	}
	c.mu.Lock()
	old, had := c.entries[account]
	c.mu.Unlock()
	value := old.value
	if !had || version == "" || version != old.version {
		if value, err = build(); err != nil {
			return zero, err
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[account] = cached[T]{value: value, version: version, expires: c.now().Add(c.ttl)}
	return value, nil
}
