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
// A caller's share (see Share) has its own bucket and daily counter per (account,
// caller, path), checked and spent by the same script call as the account's, so
// that the four limits decide together even across replicas. A share's limits
// come with each call, so a reload applies at once and keeps the counts. Redis
// keeps a bucket as a time (GCRA's TAT) where Memory keeps tokens, so right after
// a reload changes a share's rate or burst the two may differ for up to the old
// burst's worth of time (burst/QPS): Redis counts the calls already made against
// the new burst and pays off their debt at the old rate, Memory carries the
// tokens over and refills at the new rate.
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

// allowScript spends one call of the account's bucket and daily quota and, when
// a share is given, of the caller's share's too; or of none of them.
// KEYS: account bucket (its theoretical arrival time, µs), account daily counter,
// and for a share: share bucket, share daily counter.
// ARGV: for the account: emission interval µs (0: no bucket), burst tolerance µs,
// daily limit (0: none); the daily counters' expiry (unix seconds); for a share:
// its emission interval, burst tolerance and daily limit.
// Returns {0} when allowed; else the first refusal in the order Limiter.Allow
// documents: {4} the share's day is spent, {2} the account's day is spent,
// {3, wait µs} the share's bucket is empty, {1, wait µs} the account's bucket is
// empty.
//
// A TAT is written with %d: Lua's tostring keeps 14 significant digits, which
// rounds a time in µs (16 digits) to 100 µs, so that every TAT was off by up to
// 50 µs and a bucket of more than 20,000 QPS never ran dry.
var allowScript = redis.NewScript(`
local function spent(key, daily)
  return daily > 0 and tonumber(redis.call("GET", key) or "0") >= daily
end
-- The new TAT if the bucket at key has a token at now, else nil and the wait.
local function take(key, emission, tolerance, now)
  local tat = tonumber(redis.call("GET", key) or "0")
  if tat < now then tat = now end
  local wait = tat + emission - tolerance - now
  if wait > 0 then return nil, wait end
  return tat + emission
end
local function count(key, daily)
  if daily > 0 and redis.call("INCR", key) == 1 then redis.call("EXPIREAT", key, ARGV[4]) end
end

local share = #KEYS == 4
local emission, daily = tonumber(ARGV[1]), tonumber(ARGV[3])
local semission, sdaily = 0, 0
if share then semission, sdaily = tonumber(ARGV[5]), tonumber(ARGV[7]) end

if spent(KEYS[4], sdaily) then return {4} end
if spent(KEYS[2], daily) then return {2} end
local now, tat, stat, wait
if emission > 0 or semission > 0 then
  local t = redis.call("TIME")
  now = tonumber(t[1]) * 1000000 + tonumber(t[2])
end
if semission > 0 then
  stat, wait = take(KEYS[3], semission, tonumber(ARGV[6]), now)
  if not stat then return {3, wait} end
end
if emission > 0 then
  tat, wait = take(KEYS[1], emission, tonumber(ARGV[2]), now)
  if not tat then return {1, wait} end
end

-- Every limit has room: spend them all.
if tat then redis.call("SET", KEYS[1], string.format("%d", tat), "PX", math.ceil((tat - now) / 1000) + 1000) end
if stat then redis.call("SET", KEYS[3], string.format("%d", stat), "PX", math.ceil((stat - now) / 1000) + 1000) end
count(KEYS[2], daily)
if share then count(KEYS[4], sdaily) end
return {0}`)

// gcra returns the emission interval and burst tolerance, in µs, of l's bucket;
// zero when l has none.
func gcra(l Limit) (emission, tolerance int64) {
	if l.QPS <= 0 {
		return 0, 0
	}
	emission = int64(math.Ceil(1e6 / l.QPS))
	return emission, emission * int64(l.Burst)
}

// Allow spends one call of account's budget for path, and of the share of the
// caller in ctx, if any.
func (r *Redis) Allow(ctx context.Context, account, path string) error {
	l := r.cfg.For(path)
	s := ShareFrom(ctx)
	var sl Limit
	if s != nil {
		sl = s.Limits.For(path)
		if sl.unlimited() {
			s = nil
		}
	}
	if l.unlimited() && s == nil {
		return nil
	}
	now := r.now()
	day := now.In(shanghai).Format("20060102")
	midnight := nextMidnight(now)
	if r.skipRedis() {
		return r.fallback.Allow(ctx, account, path)
	}
	emission, tolerance := gcra(l)
	// The account's keys are named as before shares existed, so that a running
	// deployment keeps its counts through the upgrade.
	keys := []string{
		r.prefix + "rate:" + account + ":" + path,
		r.prefix + "quota:" + account + ":" + path + ":" + day,
	}
	// Keep the counters an hour past midnight so a replica whose clock is a little
	// behind still finds them.
	args := []any{emission, tolerance, l.Daily, midnight.Add(time.Hour).Unix()}
	if s != nil {
		semission, stolerance := gcra(sl)
		keys = append(keys,
			r.prefix+"share:rate:"+account+":"+s.Caller+":"+path,
			r.prefix+"share:quota:"+account+":"+s.Caller+":"+path+":"+day,
		)
		args = append(args, semission, stolerance, sl.Daily)
	}
	res, err := allowScript.Run(ctx, r.rdb, keys, args...).Int64Slice()
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
	case 3:
		return &Error{Reason: ReasonCallerRate, Account: account, Path: path, Caller: s.Caller, RetryAfter: time.Duration(res[1]) * time.Microsecond}
	case 4:
		return &Error{Reason: ReasonCallerDaily, Account: account, Path: path, Caller: s.Caller, RetryAfter: midnight.Sub(now)}
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
