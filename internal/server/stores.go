package server

import (
	"crypto/tls"
	"log/slog"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/portal"
	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/upstream"
)

// stores is where the gateway's shared state lives: in this process, or in Redis so
// that several replicas share one access_token per account, one budget per API and
// the shops' portal keys.
type stores struct {
	rdb     *redis.Client // nil when nothing is in Redis
	tokens  upstream.TokenStore
	limiter ratelimit.Limiter
	portal  portal.SecretStore
}

func newStores(cfg config.Config, now func() time.Time, log *slog.Logger) (*stores, error) {
	limits, err := cfg.Limits()
	if err != nil {
		return nil, err
	}
	st := &stores{}
	if cfg.UsesRedis() {
		st.rdb = newRedisClient(cfg.Redis)
	}
	prefix := cfg.Redis.KeyPrefix
	if cfg.Token.Store == config.StoreRedis {
		st.tokens = upstream.NewRedisTokenStore(st.rdb, prefix, now)
	} else {
		st.tokens = upstream.NewMemoryTokenStore()
	}
	if cfg.RateLimit.Store == config.StoreRedis {
		st.limiter = ratelimit.NewRedis(st.rdb, limits, ratelimit.RedisOptions{Prefix: prefix, Now: now, Log: log})
	} else {
		var opts []ratelimit.Option
		if now != nil {
			opts = append(opts, ratelimit.WithClock(now))
		}
		st.limiter = ratelimit.NewMemory(limits, opts...)
	}
	if cfg.Portal.Store == config.StoreRedis {
		st.portal = portal.NewRedisStore(st.rdb, prefix)
	} else {
		st.portal = portal.NewMemoryStore()
	}
	return st, nil
}

// newRedisClient connects lazily: a Redis that is down at start-up degrades the
// gateway (each replica on its own) rather than stopping it. Timeouts are short and
// retries few, because the stores fall back rather than wait.
func newRedisClient(c config.Redis) *redis.Client {
	opts := &redis.Options{
		Addr:         c.Addr,
		Username:     c.Username,
		Password:     c.Password.Reveal(),
		DB:           c.DB,
		DialTimeout:  2 * time.Second,
		ReadTimeout:  time.Second,
		WriteTimeout: time.Second,
		MaxRetries:   1,
	}
	if c.TLS {
		opts.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	}
	return redis.NewClient(opts)
}

// degraded names the stores serving without Redis, and why.
func (st *stores) degraded() map[string]string {
	out := map[string]string{}
	if l, ok := st.limiter.(*ratelimit.Redis); ok && l.Degraded() {
		out["ratelimit"] = "Redis unreachable: counting in this replica only"
	}
	return out
}

func (st *stores) close() {
	if st.rdb != nil {
		st.rdb.Close()
	}
}
