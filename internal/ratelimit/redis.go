package ratelimit

import (
	"context"
	"log/slog"
	"math"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// Redis is the Limiter shared by every replica of the gateway: one token bucket
// (GCRA) and one daily counter per (account, path) in Redis, checked and spent by
// one Lua script, so replicas together stay within the budget. Time for the bucket
// is Redis's own clock, so replica clocks need not agree.
//
// When Redis cannot be reached the limiter falls back to an in-process Memory
// limiter with the same limits (each replica then counts alone, so the account may
// briefly see up to replicas × the budget) and goes back to Redis by itself.
type Redis struct {
	rdb      redis.UniversalClient
	cfg      Config
	prefix   string
	now      func() time.Time
	log      *slog.Logger
	fallback *Memory

	mu       sync.Mutex
	degraded bool
	retryAt  time.Time // while degraded, Redis is not asked again before this
}

// redisRetry is how long the limiter counts in process after Redis failed before
// it asks Redis again, so an outage does not add Redis's timeouts to every call.
const redisRetry = 2 * time.Second

// RedisOptions configure a Redis limiter.
type RedisOptions struct {
	Prefix string           // key prefix, e.g. "wxgate:"
	Now    func() time.Time // the clock naming the day of a daily quota (nil: time.Now)
	Log    *slog.Logger     // nil: slog.Default()
}

// NewRedis returns a limiter enforcing cfg in rdb. It panics if cfg is invalid, like
// NewMemory.
func NewRedis(rdb redis.UniversalClient, cfg Config, o RedisOptions) *Redis {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
	return &Redis{
		rdb: rdb, cfg: cfg, prefix: o.Prefix, now: o.Now, log: o.Log,
		fallback: NewMemory(cfg, WithClock(o.Now)),
	}
}

// allowScript spends one call of a bucket and a daily quota, or neither.
// KEYS: bucket (its theoretical arrival time, µs), daily counter.
// ARGV: emission interval µs (0: no bucket), burst tolerance µs, daily limit
// (0: none), the daily counter's expiry (unix seconds).
// Returns {0} when allowed, {1, wait µs} when the bucket is empty, {2} when the
// day's quota is spent.
var allowScript = redis.NewScript(`
local daily = tonumber(ARGV[3])
if daily > 0 then
  local used = tonumber(redis.call("GET", KEYS[2]) or "0")
  if used >= daily then return {2} end
end
local emission = tonumber(ARGV[1])
if emission > 0 then
  local t = redis.call("TIME")
  local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
  local tat = tonumber(redis.call("GET", KEYS[1]) or "0")
  if tat < now then tat = now end
  local wait = tat + emission - tonumber(ARGV[2]) - now
  if wait > 0 then return {1, wait} end
  redis.call("SET", KEYS[1], tostring(tat + emission), "PX", math.ceil((tat + emission - now) / 1000) + 1000)
end
if daily > 0 then
  if redis.call("INCR", KEYS[2]) == 1 then redis.call("EXPIREAT", KEYS[2], ARGV[4]) end
end
return {0}`)

// Allow spends one call of account's budget for path.
func (r *Redis) Allow(ctx context.Context, account, path string) error {
	l := r.cfg.For(path)
	if l.QPS <= 0 && l.Daily == 0 {
		return nil
	}
	now := r.now()
	day := now.In(shanghai).Format("20060102")
	midnight := nextMidnight(now)
	var emission, tolerance int64
	if l.QPS > 0 {
		emission = int64(math.Ceil(1e6 / l.QPS))
		tolerance = emission * int64(l.Burst)
	}
	if r.skipRedis() {
		return r.fallback.Allow(ctx, account, path)
	}
	keys := []string{
		r.prefix + "rate:" + account + ":" + path,
		r.prefix + "quota:" + account + ":" + path + ":" + day,
	}
	// Keep the counter an hour past midnight so a replica whose clock is a little
	// behind still finds it.
	res, err := allowScript.Run(ctx, r.rdb, keys, emission, tolerance, l.Daily, midnight.Add(time.Hour).Unix()).Int64Slice()
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		r.setDegraded(err)
		return r.fallback.Allow(ctx, account, path)
	}
	r.setDegraded(nil)
	switch res[0] {
	case 1:
		return &Error{Reason: ReasonRate, Account: account, Path: path, RetryAfter: time.Duration(res[1]) * time.Microsecond}
	case 2:
		return &Error{Reason: ReasonDaily, Account: account, Path: path, RetryAfter: midnight.Sub(now)}
	}
	return nil
}

// Degraded reports whether the limiter is counting in process because Redis did not
// answer its last call.
func (r *Redis) Degraded() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.degraded
}

// skipRedis says Redis failed a moment ago: count in process for now.
func (r *Redis) skipRedis() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.degraded && time.Now().Before(r.retryAt)
}

func (r *Redis) setDegraded(err error) {
	r.mu.Lock()
	was := r.degraded
	r.degraded = err != nil
	if err != nil {
		r.retryAt = time.Now().Add(redisRetry)
	}
	r.mu.Unlock()
	switch {
	case err != nil && !was:
		r.log.Warn("rate limits: Redis unreachable, counting in this replica only", "error", err)
	case err == nil && was:
		r.log.Info("rate limits: Redis reachable again, counting across replicas")
	}
}
