package ratelimit

import (
	"context"
	"strconv"
	"time"
)

// Count is what a limiter counted today (since 00:00 Asia/Shanghai) for one
// (account, path): the calls it allowed, each one a request sent to WeChat.
type Count struct {
	Used int64
	// Shares are the calls allowed for each caller asked about, by caller name
	// (0 for one whose share does not limit the path).
	Shares map[string]int64
}

// Counter reads and resets the daily counts a Limiter keeps, so that operators
// can see them next to WeChat's own. Memory and Redis are Counters. A count is
// kept for every path that has a limit of any kind (the default bucket is
// one), whether or not it has a daily quota; a path with no limit at all is not
// counted and reads 0.
//
// Paths and callers are the gateway's configuration (and code), as for Allow:
// never caller input. Neither method adds state.
type Counter interface {
	// Today returns today's counts of account on each of paths, with each of
	// callers' shares. shared says the counts are every replica's (Redis
	// answered); false: this process's alone.
	Today(ctx context.Context, account string, paths, callers []string) (counts map[string]Count, shared bool, err error)
	// Reset sets today's counts of account on paths, and of callers' shares
	// there, back to 0 (WeChat's own were cleared). Buckets are left alone.
	Reset(ctx context.Context, account string, paths, callers []string) error
}

var (
	_ Counter = (*Memory)(nil)
	_ Counter = (*Redis)(nil)
)

// Today implements Counter. Its counts are always this process's alone.
func (m *Memory) Today(_ context.Context, account string, paths, callers []string) (map[string]Count, bool, error) {
	out := make(map[string]Count, len(paths))
	for _, path := range paths {
		c := Count{Used: m.today(m.lookup(key{account, path}))}
		for _, caller := range callers {
			if c.Shares == nil {
				c.Shares = make(map[string]int64, len(callers))
			}
			c.Shares[caller] = m.today(m.lookupShare(callerKey{account, caller, path}))
		}
		out[path] = c
	}
	return out, false, nil
}

// Reset implements Counter.
func (m *Memory) Reset(_ context.Context, account string, paths, callers []string) error {
	zero := func(b *budget) {
		if b != nil {
			b.mu.Lock()
			b.used = 0
			b.mu.Unlock()
		}
	}
	for _, path := range paths {
		zero(m.lookup(key{account, path}))
		for _, caller := range callers {
			zero(m.lookupShare(callerKey{account, caller, path}))
		}
	}
	return nil
}

// lookup is the state of k, or nil; unlike budget it creates none.
func (m *Memory) lookup(k key) *budget {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.budgets[k]
}

func (m *Memory) lookupShare(k callerKey) *budget {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.shares[k]
}

// today is b's count of today: 0 once the day it counted has ended.
func (m *Memory) today(b *budget) int64 {
	if b == nil {
		return 0
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if !m.now().Before(b.resetAt) {
		return 0
	}
	return b.used
}

// Today implements Counter: one MGET of the day's counters (every key of an
// account is in its hash tag's slot), the counters of before hash tags added as
// Allow adds them. While Redis does not answer it reads the in-process
// fallback's counts, and says so.
func (r *Redis) Today(ctx context.Context, account string, paths, callers []string) (map[string]Count, bool, error) {
	if r.skipRedis() {
		return r.fallback.Today(ctx, account, paths, callers)
	}
	keys, slots := r.countKeys(account, paths, callers, r.now())
	vals, err := r.rdb.MGet(ctx, keys...).Result()
	if err != nil {
		if ctx.Err() != nil {
			return nil, false, ctx.Err()
		}
		return r.fallback.Today(ctx, account, paths, callers)
	}
	n := func(i int) int64 {
		var sum int64
		for _, j := range slots[i] {
			if s, ok := vals[j].(string); ok {
				if v, err := strconv.ParseInt(s, 10, 64); err == nil {
					sum += v
				}
			}
		}
		return sum
	}
	out := make(map[string]Count, len(paths))
	i := 0
	for _, path := range paths {
		c := Count{Used: n(i)}
		i++
		for _, caller := range callers {
			if c.Shares == nil {
				c.Shares = make(map[string]int64, len(callers))
			}
			c.Shares[caller] = n(i)
			i++
		}
		out[path] = c
	}
	return out, true, nil
}

// Reset implements Counter: it deletes the day's counters in Redis (and those
// of before hash tags), and resets the in-process fallback's.
func (r *Redis) Reset(ctx context.Context, account string, paths, callers []string) error {
	r.fallback.Reset(ctx, account, paths, callers)
	keys, _ := r.countKeys(account, paths, callers, r.now())
	if len(keys) == 0 {
		return nil
	}
	if r.legacy.Load() {
		// The names of before hash tags are in other slots than the new ones:
		// one DEL each (never on a Cluster, where legacy is off).
		for _, k := range keys {
			if err := r.rdb.Del(ctx, k).Err(); err != nil {
				return err
			}
		}
		return nil
	}
	return r.rdb.Del(ctx, keys...).Err()
}

// countKeys are the daily counters of account on paths, each path followed by
// its callers' shares, at now's day; slots[i] are the indexes in keys of the
// i-th count's counters (one, or two with the name of before hash tags).
func (r *Redis) countKeys(account string, paths, callers []string, now time.Time) (keys []string, slots [][]int) {
	day := now.In(shanghai).Format("20060102")
	t := tag(account)
	legacy := r.legacy.Load()
	add := func(names ...string) {
		var idx []int
		for _, k := range names {
			idx = append(idx, len(keys))
			keys = append(keys, k)
		}
		slots = append(slots, idx)
	}
	for _, path := range paths {
		if legacy {
			add(r.prefix+"quota:"+t+":"+path+":"+day, r.prefix+"quota:"+account+":"+path+":"+day)
		} else {
			add(r.prefix + "quota:" + t + ":" + path + ":" + day)
		}
		for _, caller := range callers {
			if legacy {
				add(r.prefix+"share:quota:"+t+":"+caller+":"+path+":"+day, r.prefix+"share:quota:"+account+":"+caller+":"+path+":"+day)
			} else {
				add(r.prefix + "share:quota:" + t + ":" + caller + ":" + path + ":" + day)
			}
		}
	}
	return keys, slots
}

// NextReset is when today's counts go back to 0: the next 00:00 Asia/Shanghai.
func NextReset(now time.Time) time.Time { return nextMidnight(now) }
