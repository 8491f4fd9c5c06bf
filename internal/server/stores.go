package server

import (
	"crypto/tls"
	"log/slog"
	"slices"
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
	rdb     redis.UniversalClient // nil when nothing is in Redis
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
		st.rdb = newRedisClient(cfg.Redis, 0)
	}
	prefix := cfg.Redis.KeyPrefix
	if cfg.Token.Store == config.StoreRedis {
		st.tokens = upstream.NewRedisTokenStore(st.rdb, prefix, now)
	} else {
		st.tokens = upstream.NewMemoryTokenStore()
	}
	if cfg.RateLimit.Store == config.StoreRedis {
		st.limiter = ratelimit.NewRedis(st.rdb, limits, ratelimit.RedisOptions{
			Prefix: prefix, Now: now, Log: log,
			// One server or Sentinel may hold today's counts of a gateway of
			// before hash tags; a Cluster never ran one.
			LegacyQuotas: cfg.Redis.Mode() != config.RedisCluster,
		})
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
// retries few, because the stores fall back rather than wait. poolSize 0 is
// go-redis's default (10 connections a CPU). One server, the
// master of a Sentinel set (followed through failovers), or a Redis Cluster (its
// slots learnt from the nodes given, and again after a failover or MOVED).
func newRedisClient(c config.Redis, poolSize int) redis.UniversalClient {
	// One dial per connection (go-redis tries 5 by default, which would hold a
	// call for 5 dial timeouts while Redis is down); one retry of a command.
	const (
		dialTimeout   = 2 * time.Second
		dialerRetries = 1
		ioTimeout     = time.Second
		maxRetries    = 1
		clusterReload = 2 * time.Second
	)
	var tlsConfig *tls.Config
	if c.TLS {
		tlsConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	}
	// The client's own copy: go-redis appends the nodes it learns to it, and the
	// configuration's slice may be shared (several gateways in one test process).
	nodes := slices.Clip(slices.Clone(c.Nodes()))
	switch c.Mode() {
	case config.RedisSentinel:
		return redis.NewFailoverClient(&redis.FailoverOptions{
			MasterName:       c.MasterName,
			SentinelAddrs:    nodes,
			SentinelUsername: c.SentinelUsername,
			SentinelPassword: c.SentinelPassword.Reveal(),
			Username:         c.Username,
			Password:         c.Password.Reveal(),
			DB:               c.DB,
			DialTimeout:      dialTimeout,
			DialerRetries:    dialerRetries,
			ReadTimeout:      ioTimeout,
			WriteTimeout:     ioTimeout,
			MaxRetries:       maxRetries,
			TLSConfig:        tlsConfig,
			PoolSize:         poolSize,
		})
	case config.RedisCluster:
		return redis.NewClusterClient(&redis.ClusterOptions{
			Addrs:         nodes,
			Username:      c.Username,
			Password:      c.Password.Reveal(),
			DialTimeout:   dialTimeout,
			DialerRetries: dialerRetries,
			ReadTimeout:   ioTimeout,
			WriteTimeout:  ioTimeout,
			// Retries are the cluster client's own: up to 3 redirects (MOVED,
			// ASK, a failed node).
			TLSConfig: tlsConfig,
			// The client learns where the slots went from MOVED answers, and
			// from asking a node for the slots again; a master that died answers
			// nothing, so ask every 2 s rather than go-redis's 60 s, or the
			// account on it would wait a minute after its failover.
			ClusterStateReloadInterval: clusterReload,
			PoolSize:                   poolSize,
		})
	}
	return redis.NewClient(&redis.Options{
		Addr:          nodes[0],
		Username:      c.Username,
		Password:      c.Password.Reveal(),
		DB:            c.DB,
		DialTimeout:   dialTimeout,
		DialerRetries: dialerRetries,
		ReadTimeout:   ioTimeout,
		WriteTimeout:  ioTimeout,
		MaxRetries:    maxRetries,
		TLSConfig:     tlsConfig,
		PoolSize:      poolSize,
	})
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
