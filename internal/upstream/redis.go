package upstream

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
)

// RedisTokenStore keeps each account's token in Redis, shared by every replica of
// the gateway. A token is a hash {value, expiry, until} (ms since the epoch) under
// PREFIX token:ACCOUNT that Redis expires at until; the refresh lease is PREFIX token-lease:ACCOUNT.
type RedisTokenStore struct {
	rdb    redis.UniversalClient
	prefix string
	now    func() time.Time
}

// NewRedisTokenStore returns a store using rdb, its keys starting with prefix. now is
// the clock token expiries are measured by (nil: time.Now).
func NewRedisTokenStore(rdb redis.UniversalClient, prefix string, now func() time.Time) *RedisTokenStore {
	if now == nil {
		now = time.Now
	}
	return &RedisTokenStore{rdb: rdb, prefix: prefix, now: now}
}

func (s *RedisTokenStore) key(account string) string      { return s.prefix + "token:" + account }
func (s *RedisTokenStore) leaseKey(account string) string { return s.prefix + "token-lease:" + account }

func (s *RedisTokenStore) Load(ctx context.Context, account string) (Token, bool, error) {
	vals, err := s.rdb.HMGet(ctx, s.key(account), "value", "expiry", "until").Result()
	if err != nil {
		return Token{}, false, fmt.Errorf("redis: load token: %w", err)
	}
	value, _ := vals[0].(string)
	expiry, _ := vals[1].(string)
	ms, err := strconv.ParseInt(expiry, 10, 64)
	if value == "" || err != nil {
		return Token{}, false, nil
	}
	t := Token{Value: value, Expiry: time.UnixMilli(ms)}
	// A token stored by a gateway of before has no until: usable until expiry.
	if until, _ := vals[2].(string); until != "" {
		if ms, err := strconv.ParseInt(until, 10, 64); err == nil {
			t.Until = time.UnixMilli(ms)
		}
	}
	return t, true, nil
}

func (s *RedisTokenStore) Store(ctx context.Context, account string, t Token) error {
	ttl := t.until().Sub(s.now())
	if ttl <= 0 {
		return nil // already unusable: nothing worth sharing
	}
	key := s.key(account)
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, key, "value", t.Value, "expiry", strconv.FormatInt(t.Expiry.UnixMilli(), 10),
			"until", strconv.FormatInt(t.until().UnixMilli(), 10))
		p.PExpire(ctx, key, ttl)
		return nil
	})
	if err != nil {
		return fmt.Errorf("redis: store token: %w", err)
	}
	return nil
}

// compareAndDelete deletes KEYS[1] if its hash field value is ARGV[1], atomically.
var compareAndDelete = redis.NewScript(`
if redis.call("HGET", KEYS[1], "value") == ARGV[1] then
  return redis.call("DEL", KEYS[1])
end
return 0`)

func (s *RedisTokenStore) CompareAndDelete(ctx context.Context, account, value string) error {
	if err := compareAndDelete.Run(ctx, s.rdb, []string{s.key(account)}, value).Err(); err != nil {
		return fmt.Errorf("redis: drop token: %w", err)
	}
	return nil
}

// releaseLease deletes KEYS[1] if it still holds ARGV[1]: only the owner releases.
var releaseLease = redis.NewScript(`
if redis.call("GET", KEYS[1]) == ARGV[1] then
  return redis.call("DEL", KEYS[1])
end
return 0`)

func (s *RedisTokenStore) Lease(ctx context.Context, account string, ttl time.Duration) (func(), error) {
	owner, err := leaseOwner()
	if err != nil {
		return nil, err
	}
	key := s.leaseKey(account)
	err = s.rdb.SetArgs(ctx, key, owner, redis.SetArgs{Mode: "NX", TTL: ttl}).Err()
	switch {
	case errors.Is(err, redis.Nil):
		return nil, ErrLeaseHeld
	case err != nil:
		return nil, fmt.Errorf("redis: take refresh lease: %w", err)
	}
	return func() {
		// The lease expires by itself if this fails.
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		defer cancel()
		releaseLease.Run(ctx, s.rdb, []string{key}, owner)
	}, nil
}

// leaseOwner is a value unique to one lease taking.
func leaseOwner() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("lease owner: %w", err)
	}
	return hex.EncodeToString(b), nil
}
