package events

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
	"google.golang.org/protobuf/proto"

	eventsv1 "github.com/wxgate/wxgate/gen/go/wxgate/events/v1"
)

// Redis keeps events in Redis Streams, one stream per account, so that every
// replica receives into and delivers from the same events; consumer groups are the
// streams' own. An event Append answered is in Redis: a replica that dies after
// answering WeChat loses nothing.
//
// Keys, all of one account in one hash slot ({events:ACCOUNT}, for Redis Cluster):
//
//	PREFIX{events:ACCOUNT}:stream   the events: fields id, type, ev (the Event)
//	PREFIX{events:ACCOUNT}:id:ID    the stream entry of event ID, for the retention
//	PREFIX{events:ACCOUNT}:groups   the consumer groups' names
type Redis struct {
	rdb      redis.UniversalClient
	blocking redis.UniversalClient // for the blocking reads of Subscribe streams
	prefix   string
	opts     Options
	groups   sync.Map // group stream key + name → struct{}: groups known to exist
}

// NewRedis returns the store on rdb; blocking serves the reads that wait for new
// events (each holds a connection while it waits, so it should be a client of its
// own, with a pool for every Subscribe stream, not the one tokens and limits use).
func NewRedis(rdb, blocking redis.UniversalClient, prefix string, o Options) *Redis {
	return &Redis{rdb: rdb, blocking: blocking, prefix: prefix, opts: o}
}

func (r *Redis) key(account, suffix string) string {
	return r.prefix + "{events:" + account + "}:" + suffix
}

// appendScript stores an event unless its id is known: the dedup mark and the
// event are written in one step, so that a retry is never dropped as a duplicate
// of an event that was not stored. It trims the stream to the retention.
var appendScript = redis.NewScript(`
local have = redis.call('GET', KEYS[2])
if have then return {0, have} end
local sid = redis.call('XADD', KEYS[1], 'MINID', '~', ARGV[4], '*', 'id', ARGV[1], 'type', ARGV[2], 'ev', ARGV[3])
redis.call('SET', KEYS[2], sid, 'PX', ARGV[5])
return {1, sid}
`)

// Append implements Store.
func (r *Redis) Append(ctx context.Context, ev *eventsv1.Event) (bool, error) {
	raw, err := proto.Marshal(ev)
	if err != nil {
		return false, err
	}
	a := ev.GetAccount()
	cutoff := r.opts.now().Add(-r.opts.Retention).UnixMilli()
	res, err := appendScript.Run(ctx, r.rdb, []string{r.key(a, "stream"), r.key(a, "id:"+ev.GetId())},
		ev.GetId(), typeOf(ev), raw, cutoff, r.opts.Retention.Milliseconds()).Slice()
	if err != nil {
		return false, fmt.Errorf("events: redis: %w", err)
	}
	fresh, _ := res[0].(int64)
	return fresh == 1, nil
}

// groupScript makes a consumer group (from the stream's beginning: a new group
// receives every event retained) unless the account has too many.
var groupScript = redis.NewScript(`
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then
  if pcall(redis.call, 'XINFO', 'GROUPS', KEYS[1]) then
    for _, g in ipairs(redis.call('XINFO', 'GROUPS', KEYS[1])) do
      if g[2] == ARGV[1] then return 1 end
    end
  end
elseif redis.call('SCARD', KEYS[2]) >= tonumber(ARGV[2]) then
  return 0
end
pcall(redis.call, 'XGROUP', 'CREATE', KEYS[1], ARGV[1], '0', 'MKSTREAM')
redis.call('SADD', KEYS[2], ARGV[1])
return 1
`)

func (r *Redis) ensureGroup(ctx context.Context, g Group) error {
	cacheKey := r.key(g.Account, "stream") + " " + g.key()
	if _, ok := r.groups.Load(cacheKey); ok {
		return nil
	}
	ok, err := groupScript.Run(ctx, r.rdb, []string{r.key(g.Account, "stream"), r.key(g.Account, "groups")}, g.key(), r.opts.MaxGroups).Int()
	if err != nil {
		return fmt.Errorf("events: redis: %w", err)
	}
	if ok == 0 {
		return ErrTooManyGroups
	}
	r.groups.Store(cacheKey, struct{}{})
	return nil
}

// Next implements Store.
func (r *Redis) Next(ctx context.Context, g Group, member string, maxEvents int, wait time.Duration) ([]Delivery, error) {
	if err := r.ensureGroup(ctx, g); err != nil {
		return nil, err
	}
	out, err := r.due(ctx, g, member, maxEvents)
	if err != nil || len(out) > 0 {
		return out, r.forgetMissingGroup(g, err)
	}
	out, err = r.fresh(ctx, g, member, maxEvents, wait)
	return out, r.forgetMissingGroup(g, err)
}

// forgetMissingGroup drops a group from the cache when Redis lost it (a flushed
// or restarted Redis), so that the next call makes it again.
func (r *Redis) forgetMissingGroup(g Group, err error) error {
	if err != nil && strings.Contains(err.Error(), "NOGROUP") {
		r.groups.Delete(r.key(g.Account, "stream") + " " + g.key())
	}
	return err
}

// due claims the group's deliveries that timed out.
func (r *Redis) due(ctx context.Context, g Group, member string, maxEvents int) ([]Delivery, error) {
	stream := r.key(g.Account, "stream")
	msgs, _, err := r.rdb.XAutoClaim(ctx, &redis.XAutoClaimArgs{
		Stream: stream, Group: g.key(), Consumer: member, MinIdle: r.opts.Visibility, Start: "0-0", Count: int64(maxEvents),
	}).Result()
	if err != nil {
		return nil, fmt.Errorf("events: redis: %w", err)
	}
	if len(msgs) == 0 {
		return nil, nil
	}
	counts := map[string]int{}
	pending, err := r.rdb.XPendingExt(ctx, &redis.XPendingExtArgs{
		Stream: stream, Group: g.key(), Start: msgs[0].ID, End: msgs[len(msgs)-1].ID, Count: int64(maxEvents), Consumer: member,
	}).Result()
	if err == nil {
		for _, p := range pending {
			counts[p.ID] = int(p.RetryCount)
		}
	}
	out := make([]Delivery, 0, len(msgs))
	for _, m := range msgs {
		ev, err := decodeEntry(m)
		if err != nil {
			return nil, err
		}
		out = append(out, Delivery{Event: ev, Count: max(counts[m.ID], 2)})
	}
	return out, nil
}

// fresh reads the group's new events, waiting up to wait; those of types the
// group does not take are acknowledged at once.
func (r *Redis) fresh(ctx context.Context, g Group, member string, maxEvents int, wait time.Duration) ([]Delivery, error) {
	stream := r.key(g.Account, "stream")
	res, err := r.blocking.XReadGroup(ctx, &redis.XReadGroupArgs{
		Group: g.key(), Consumer: member, Streams: []string{stream, ">"}, Count: int64(maxEvents), Block: wait,
	}).Result()
	switch {
	case errors.Is(err, redis.Nil):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("events: redis: %w", err)
	}
	var out []Delivery
	var skip []string
	for _, s := range res {
		for _, m := range s.Messages {
			if typ, _ := m.Values["type"].(string); !g.takes(typ) {
				skip = append(skip, m.ID)
				continue
			}
			ev, err := decodeEntry(m)
			if err != nil {
				return nil, err
			}
			out = append(out, Delivery{Event: ev, Count: 1})
		}
	}
	if len(skip) > 0 {
		if err := r.rdb.XAck(ctx, stream, g.key(), skip...).Err(); err != nil {
			return nil, fmt.Errorf("events: redis: %w", err)
		}
	}
	return out, nil
}

func decodeEntry(m redis.XMessage) (*eventsv1.Event, error) {
	raw, _ := m.Values["ev"].(string)
	ev := &eventsv1.Event{}
	if err := proto.Unmarshal([]byte(raw), ev); err != nil {
		return nil, fmt.Errorf("events: stream entry %s: %w", m.ID, err)
	}
	return ev, nil
}

// ackScript acknowledges events, by id, for every group of a caller's group name.
var ackScript = redis.NewScript(`
local sids = {}
for i = 3, #KEYS do
  local s = redis.call('GET', KEYS[i])
  if s then table.insert(sids, s) end
end
if #sids == 0 then return 0 end
local n = 0
for _, g in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  if string.sub(g, 1, #ARGV[1]) == ARGV[1] then
    n = n + redis.call('XACK', KEYS[1], g, unpack(sids))
  end
end
return n
`)

// Ack implements Store.
func (r *Redis) Ack(ctx context.Context, caller, group, account string, ids []string) (int, error) {
	keys := make([]string, 0, len(ids)+2)
	keys = append(keys, r.key(account, "stream"), r.key(account, "groups"))
	for _, id := range ids {
		keys = append(keys, r.key(account, "id:"+id))
	}
	n, err := ackScript.Run(ctx, r.rdb, keys, groupPrefix(caller, group)).Int()
	if err != nil {
		return 0, fmt.Errorf("events: redis: %w", err)
	}
	return n, nil
}

// List implements Store; positions are stream entry ids.
func (r *Redis) List(ctx context.Context, account string, types []string, after string, maxEvents int) ([]*eventsv1.Event, string, error) {
	// Entries past the retention that XADD's approximate trim kept are not listed.
	cutoff := r.opts.now().Add(-r.opts.Retention).UnixMilli()
	start := strconv.FormatInt(cutoff, 10)
	if after != "" {
		ms, _, ok := strings.Cut(after, "-")
		n, err := strconv.ParseInt(ms, 10, 64)
		if !ok || err != nil {
			return nil, "", fmt.Errorf("events: position %q is not a stream entry id", after)
		}
		if n >= cutoff {
			start = "(" + after
		}
	}
	g := Group{types: normalTypes(types)}
	var out []*eventsv1.Event
	last := ""
	for scanned := 0; len(out) < maxEvents && scanned < scanLimit(maxEvents); {
		batch := int64(min(maxEvents-len(out), scanLimit(maxEvents)-scanned))
		msgs, err := r.rdb.XRangeN(ctx, r.key(account, "stream"), start, "+", batch).Result()
		if err != nil {
			return nil, "", fmt.Errorf("events: redis: %w", err)
		}
		for _, m := range msgs {
			last = m.ID
			if typ, _ := m.Values["type"].(string); !g.takes(typ) {
				continue
			}
			ev, err := decodeEntry(m)
			if err != nil {
				return nil, "", err
			}
			out = append(out, ev)
		}
		if int64(len(msgs)) < batch {
			return out, "", nil
		}
		scanned += len(msgs)
		start = "(" + last
	}
	more, err := r.rdb.XRangeN(ctx, r.key(account, "stream"), "("+last, "+", 1).Result()
	if err != nil {
		return nil, "", fmt.Errorf("events: redis: %w", err)
	}
	if len(more) == 0 {
		return out, "", nil
	}
	return out, last, nil
}

// Leave implements Store: a member with no outstanding deliveries is removed from
// its group (Redis would otherwise keep every stream's consumer name); one with
// some stays until another member claims them.
func (r *Redis) Leave(ctx context.Context, g Group, member string) {
	stream := r.key(g.Account, "stream")
	pending, err := r.rdb.XPendingExt(ctx, &redis.XPendingExtArgs{
		Stream: stream, Group: g.key(), Start: "-", End: "+", Count: 1, Consumer: member,
	}).Result()
	if err == nil && len(pending) == 0 {
		r.rdb.XGroupDelConsumer(ctx, stream, g.key(), member)
	}
}

// Close implements Store; the clients are the caller's to close.
func (r *Redis) Close() error { return nil }
