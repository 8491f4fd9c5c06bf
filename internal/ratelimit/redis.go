package ratelimit

import (
	"context"
	"errors"
	"log/slog"
	"math"
	"strings"
	"sync"
	"sync/atomic"
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
	legacy   atomic.Bool // also count the daily counters under their old names

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
	// LegacyQuotas also counts the daily counters kept under their names of before
	// hash tags (PREFIX quota:ACCOUNT:PATH:DAY and PREFIX
	// share:quota:ACCOUNT:CALLER:PATH:DAY), so that an upgrade during the day does not
	// reset the day's counts. For one server or Sentinel, where a deployment of
	// before may have counted; never for a Redis Cluster, where those names are in
	// other slots (and no deployment of before ran).
	LegacyQuotas bool
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
	r := &Redis{
		rdb: rdb, cfg: cfg, prefix: o.Prefix, now: o.Now, log: o.Log,
		fallback: NewMemory(cfg, WithClock(o.Now)),
	}
	r.legacy.Store(o.LegacyQuotas)
	return r
}

// allowScript spends one call of the account's bucket and daily quota and, when
// a share is given, of the caller's share's too; or of none of them.
// KEYS: account bucket (its theoretical arrival time, µs), account daily counter;
// for a share: share bucket, share daily counter; then, when legacy counters are
// read, the account's daily counter under its old name and, for a share, the
// share's. Every key but the old names carries the account's hash tag, so that on
// a Redis Cluster the script's keys are in one slot.
// ARGV: 1 "1" when a share is given, 2 "1" when legacy counters are given; for
// the account: 3 emission interval µs (0: no bucket), 4 burst tolerance µs, 5 daily
// limit (0: none); 6 the daily counters' expiry (unix seconds); for a share: 7 its
// emission interval, 8 burst tolerance and 9 daily limit.
// The daily counters count every call allowed, with or without a daily limit:
// they are also today's use that Today reports.
// Returns {0} when allowed; else the first refusal in the order Limiter.Allow
// documents: {4} the share's day is spent, {2} the account's day is spent,
// {3, wait µs} the share's bucket is empty, {1, wait µs} the account's bucket is
// empty.
//
// A legacy counter is what replicas of before hash tags counted today under the
// old name: it is added to the new one and never written, so that a deployment
// upgraded mid-day, and old replicas still running during a rolling upgrade, do
// not spend the day's quota twice.
//
// A TAT is written with %d: Lua's tostring keeps 14 significant digits, which
// rounds a time in µs (16 digits) to 100 µs, so that every TAT was off by up to
// 50 µs and a bucket of more than 20,000 QPS never ran dry.
var allowScript = redis.NewScript(`
local function used(key, legacy)
  local n = tonumber(redis.call("GET", key) or "0")
  if legacy then n = n + tonumber(redis.call("GET", legacy) or "0") end
  return n
end
local function spent(key, legacy, daily)
  return daily > 0 and used(key, legacy) >= daily
end
-- The new TAT if the bucket at key has a token at now, else nil and the wait.
local function take(key, emission, tolerance, now)
  local tat = tonumber(redis.call("GET", key) or "0")
  if tat < now then tat = now end
  local wait = tat + emission - tolerance - now
  if wait > 0 then return nil, wait end
  return tat + emission
end
local function count(key)
  if redis.call("INCR", key) == 1 then redis.call("EXPIREAT", key, ARGV[6]) end
end

local share, legacy = ARGV[1] == "1", ARGV[2] == "1"
local emission, daily = tonumber(ARGV[3]), tonumber(ARGV[5])
local semission, sdaily = 0, 0
if share then semission, sdaily = tonumber(ARGV[7]), tonumber(ARGV[9]) end
local lquota, lsquota
if legacy then
  if share then lquota, lsquota = KEYS[5], KEYS[6] else lquota = KEYS[3] end
end

if share and spent(KEYS[4], lsquota, sdaily) then return {4} end
if spent(KEYS[2], lquota, daily) then return {2} end
local now, tat, stat, wait
if emission > 0 or semission > 0 then
  local t = redis.call("TIME")
  now = tonumber(t[1]) * 1000000 + tonumber(t[2])
end
if semission > 0 then
  stat, wait = take(KEYS[3], semission, tonumber(ARGV[8]), now)
  if not stat then return {3, wait} end
end
if emission > 0 then
  tat, wait = take(KEYS[1], emission, tonumber(ARGV[4]), now)
  if not tat then return {1, wait} end
end

-- Every limit has room: spend them all.
if tat then redis.call("SET", KEYS[1], string.format("%d", tat), "PX", math.ceil((tat - now) / 1000) + 1000) end
if stat then redis.call("SET", KEYS[3], string.format("%d", stat), "PX", math.ceil((stat - now) / 1000) + 1000) end
count(KEYS[2])
if share then count(KEYS[4]) end
return {0}`)

// tag is account as a Redis Cluster hash tag, {account}: every key of an account
// hashes to the slot of its name, so that one script may touch them all. Braces
// and % in a name are escaped (%7B, %7D, %25), so that the tag is the whole name
// and two names never share one.
func tag(account string) string {
	if account == "" {
		return "{%}" // no escaped name is a lone %
	}
	return "{" + tagEscaper.Replace(account) + "}"
}

var tagEscaper = strings.NewReplacer("%", "%25", "{", "%7B", "}", "%7D")

// keys are the names of the script's keys for account, path and day, and, when
// caller is not empty, for its share; then, when legacy, the daily counters under
// their names of before hash tags (PREFIX quota:ACCOUNT:PATH:DAY, PREFIX
// share:quota:ACCOUNT:CALLER:PATH:DAY).
func (r *Redis) keys(account, caller, path, day string, legacy bool) []string {
	t := tag(account)
	keys := []string{
		r.prefix + "rate:" + t + ":" + path,
		r.prefix + "quota:" + t + ":" + path + ":" + day,
	}
	if caller != "" {
		keys = append(keys,
			r.prefix+"share:rate:"+t+":"+caller+":"+path,
			r.prefix+"share:quota:"+t+":"+caller+":"+path+":"+day,
		)
	}
	if legacy {
		keys = append(keys, r.prefix+"quota:"+account+":"+path+":"+day)
		if caller != "" {
			keys = append(keys, r.prefix+"share:quota:"+account+":"+caller+":"+path+":"+day)
		}
	}
	return keys
}

// transient says err is a refusal of a Redis in failover or starting up, which
// says nothing of the script's keys.
func transient(err redis.Error) bool {
	for _, p := range []string{"READONLY", "LOADING", "MASTERDOWN", "TRYAGAIN", "CLUSTERDOWN", "BUSY", "NOREPLICAS", "MOVED", "ASK"} {
		if strings.HasPrefix(err.Error(), p) {
			return true
		}
	}
	return false
}

// flag is a script argument for b.
func flag(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

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
	var caller string
	var semission, stolerance int64
	if s != nil {
		caller = s.Caller
		semission, stolerance = gcra(sl)
	}
	// Keep the counters an hour past midnight so a replica whose clock is a little
	// behind still finds them.
	args := []any{flag(s != nil), "0", emission, tolerance, l.Daily, midnight.Add(time.Hour).Unix(), semission, stolerance, sl.Daily}
	legacy := r.legacy.Load() && (l.Daily > 0 || sl.Daily > 0)
	if legacy {
		args[1] = "1"
	}
	res, err := allowScript.Run(ctx, r.rdb, r.keys(account, caller, path, day, legacy), args...).Int64Slice()
	var rerr redis.Error
	if legacy && errors.As(err, &rerr) && !transient(rerr) {
		// A Redis that refuses the old names beside the new (a cluster behind one
		// address, whose proxy wants a script's keys in one slot) never had them:
		// count without them, and stop asking once that works.
		args[1] = "0"
		res, err = allowScript.Run(ctx, r.rdb, r.keys(account, caller, path, day, false), args...).Int64Slice()
		if err == nil && r.legacy.CompareAndSwap(true, false) {
			r.log.Info("rate limits: Redis refused the daily counters' names of before hash tags; counting without them", "error", rerr)
		}
	}
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

// Check asks Redis whether it answers (PING; on a Cluster, every master), so that
// a limiter counting in process goes back to Redis as soon as Redis is back, not
// only when a call passes: the gateway's readiness loop calls it every second. A
// Redis that does not answer leaves the limiter as it is (calls decide when to fall
// back); the error is returned.
func (r *Redis) Check(ctx context.Context) error {
	var err error
	if cc, ok := r.rdb.(*redis.ClusterClient); ok {
		err = cc.ForEachMaster(ctx, func(ctx context.Context, c *redis.Client) error { return c.Ping(ctx).Err() })
	} else {
		err = r.rdb.Ping(ctx).Err()
	}
	if err == nil {
		r.setDegraded(nil)
	}
	return err
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
