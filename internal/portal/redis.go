package portal

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/redis/go-redis/v9"
)

// RedisStore is a SecretStore in Redis, shared by every replica: a key registered
// through one replica signs on all of them. Each account's keys are one hash,
// PREFIX portal:ACCOUNT, field shop id. Redis holds the keys in the clear, like the
// tokens: it must be a server only the gateway reaches.
type RedisStore struct {
	rdb    redis.UniversalClient
	prefix string
}

// NewRedisStore returns a store in rdb whose keys start with prefix.
func NewRedisStore(rdb redis.UniversalClient, prefix string) *RedisStore {
	return &RedisStore{rdb: rdb, prefix: prefix}
}

func (s *RedisStore) key(account string) string { return s.prefix + "portal:" + account }

// Get implements SecretStore.
func (s *RedisStore) Get(ctx context.Context, account string, shopID int64) (Secret, error) {
	v, err := s.rdb.HGet(ctx, s.key(account), strconv.FormatInt(shopID, 10)).Result()
	switch {
	case errors.Is(err, redis.Nil):
		return "", fmt.Errorf("account %q shop %d: %w", account, shopID, ErrNoSecret)
	case err != nil:
		return "", fmt.Errorf("account %q shop %d: redis: %w", account, shopID, err)
	}
	return Secret(v), nil
}

// Put implements SecretStore.
func (s *RedisStore) Put(ctx context.Context, account string, shopID int64, key Secret) error {
	if key == "" {
		return fmt.Errorf("account %q shop %d: empty portal secret key", account, shopID)
	}
	if err := s.rdb.HSet(ctx, s.key(account), strconv.FormatInt(shopID, 10), key.Reveal()).Err(); err != nil {
		return fmt.Errorf("account %q shop %d: redis: %w", account, shopID, err)
	}
	return nil
}
