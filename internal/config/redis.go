package config

import (
	"fmt"
	"net"
	"strconv"
	"strings"
)

// Redis deployments: how the gateway reaches its Redis.
const (
	RedisSingle   = "single"   // one server at Addr
	RedisSentinel = "sentinel" // the master of MasterName, found through the Sentinels
	RedisCluster  = "cluster"  // a Redis Cluster, found through its nodes
)

// Mode is RedisSingle, RedisSentinel or RedisCluster.
func (r Redis) Mode() string {
	switch {
	case r.MasterName != "":
		return RedisSentinel
	case r.Cluster:
		return RedisCluster
	}
	return RedisSingle
}

// Nodes are the addresses to connect to: Addrs, or Addr alone. For Sentinel they
// are the Sentinels; for a Cluster, seeds from which the client learns the rest.
func (r Redis) Nodes() []string {
	if len(r.Addrs) > 0 {
		return r.Addrs
	}
	if r.Addr != "" {
		return []string{r.Addr}
	}
	return nil
}

// resolve reads the Redis and Sentinel passwords.
func (r *Redis) resolve(getenv func(string) string) error {
	if r.PasswordEnv != "" || r.PasswordFile != "" {
		pw, err := readSecret(getenv, "password", r.PasswordEnv, r.PasswordFile)
		if err != nil {
			return fmt.Errorf("redis: %w", err)
		}
		r.Password = pw
	}
	if r.SentinelPasswordEnv != "" || r.SentinelPasswordFile != "" {
		pw, err := readSecret(getenv, "sentinel_password", r.SentinelPasswordEnv, r.SentinelPasswordFile)
		if err != nil {
			return fmt.Errorf("redis: %w", err)
		}
		r.SentinelPassword = pw
	}
	return nil
}

// validate checks the Redis settings when a store uses Redis.
func (r Redis) validate() error {
	switch {
	case r.Addr == "" && len(r.Addrs) == 0:
		return fmt.Errorf("redis.addr (one server) or redis.addrs (Sentinels or Cluster nodes) is required when a store is redis")
	case r.Addr != "" && len(r.Addrs) > 0:
		return fmt.Errorf("set redis.addr or redis.addrs, not both")
	case r.MasterName != "" && r.Cluster:
		return fmt.Errorf("redis.master_name (Sentinel) and redis.cluster: true exclude each other")
	case len(r.Addrs) > 1 && r.Mode() == RedisSingle:
		return fmt.Errorf("redis.addrs lists %d servers: set redis.master_name (they are Sentinels) or redis.cluster: true (they are Cluster nodes), or give one server as redis.addr", len(r.Addrs))
	case r.Cluster && r.DB != 0:
		return fmt.Errorf("redis.db %d: a Redis Cluster has database 0 only", r.DB)
	case r.DB < 0:
		return fmt.Errorf("redis.db %d is negative", r.DB)
	case r.Mode() != RedisSentinel && (r.SentinelUsername != "" || r.SentinelPasswordEnv != "" || r.SentinelPasswordFile != ""):
		return fmt.Errorf("redis.sentinel_username and sentinel_password_* are for Sentinel: set redis.master_name too")
	}
	seen := map[string]bool{}
	for _, a := range r.Nodes() {
		host, port, err := net.SplitHostPort(a)
		if n, perr := strconv.Atoi(port); err != nil || perr != nil || host == "" || n <= 0 || n > 65535 {
			return fmt.Errorf("redis address %q is not host:port", a)
		}
		if seen[a] {
			return fmt.Errorf("redis.addrs lists %s twice", a)
		}
		seen[a] = true
	}
	return checkKeyPrefix(r.KeyPrefix)
}

// checkKeyPrefix refuses a key prefix whose braces would change which part of a
// key Redis Cluster hashes. The gateway names each account's keys with a hash tag,
// PREFIX rate:{ACCOUNT}:..., so that the keys one script touches are in one slot;
// Redis hashes the first {...} of a key. A prefix with a whole tag of its own
// ("{wxgate}:") is fine, it puts every key in one slot; one with a { and no } after
// it, or an empty {}, would make the keys of one script hash apart.
func checkKeyPrefix(p string) error {
	open := strings.IndexByte(p, '{')
	if open < 0 {
		return nil
	}
	if end := strings.IndexByte(p[open+1:], '}'); end <= 0 {
		return fmt.Errorf("redis.key_prefix %q: a { must be closed by } with a tag between (the tag then puts every key in one Redis Cluster slot); better, no braces", p)
	}
	return nil
}
