package redistest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Sentinel is a master with replicas (redis-server) watched by three Sentinels
// (redis-sentinel, quorum 2) on loopback, as an operator runs one: when the master
// is unreachable for SentinelDownAfter, the Sentinels promote a replica and tell
// clients where the master went.
type Sentinel struct {
	t         testing.TB
	dir       string
	opts      SentinelOptions
	servers   []*proc
	sentinels []*proc
}

// SentinelOptions are the passwords of a Sentinel set; empty: none.
type SentinelOptions struct {
	Password         string // the servers' requirepass (and masterauth)
	SentinelPassword string // the Sentinels' own requirepass
}

// SentinelMaster is the name of the master set the Sentinels watch.
const SentinelMaster = "wxgate-test"

// SentinelDownAfter is the Sentinels' down-after-milliseconds.
const SentinelDownAfter = time.Second

// StartSentinel runs a master, replicas replicas of it and three Sentinels, and
// waits until the replicas are in sync and every Sentinel knows the replicas and
// the other Sentinels (so that they can agree on a failover).
func StartSentinel(t testing.TB, replicas int, opts SentinelOptions) *Sentinel {
	t.Helper()
	need(t, "redis-server", "redis-server")
	need(t, "redis-sentinel", "redis-sentinel")
	s := &Sentinel{t: t, dir: t.TempDir(), opts: opts}
	t.Cleanup(s.Stop)
	master := s.startServer(0)
	s.servers = append(s.servers, master)
	for range replicas {
		s.servers = append(s.servers, s.startServer(master.port))
	}
	waitFor(t, 30*time.Second, "replicas in sync", func() (bool, string) {
		for _, r := range s.servers[1:] {
			f, err := s.info(addr(r.port), "replication")
			if err != nil || f["master_link_status"] != "up" {
				return false, fmt.Sprintf("%s: %v %s", addr(r.port), err, f["master_link_status"])
			}
		}
		return true, ""
	})
	for i := range 3 {
		s.sentinels = append(s.sentinels, s.startSentinel(i, master.port))
	}
	waitFor(t, 30*time.Second, "Sentinels that know each other and the replicas", func() (bool, string) {
		for _, sn := range s.sentinels {
			m, err := s.sentinelMaster(sn)
			if err != nil {
				return false, err.Error()
			}
			if m["num-slaves"] != strconv.Itoa(replicas) || m["num-other-sentinels"] != "2" || m["flags"] != "master" {
				return false, fmt.Sprintf("sentinel %s: %v", addr(sn.port), m)
			}
		}
		return true, ""
	})
	return s
}

func (s *Sentinel) startServer(masterPort int) *proc {
	for attempt := 0; ; attempt++ {
		port := freePort(s.t)
		args := []string{"--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
			"--protected-mode", "yes", "--dir", s.dir}
		if s.opts.Password != "" {
			args = append(args, "--requirepass", s.opts.Password, "--masterauth", s.opts.Password)
		}
		if masterPort != 0 {
			args = append(args, "--replicaof", "127.0.0.1", strconv.Itoa(masterPort))
		}
		p, err := startProc(s.dir, "server", "redis-server", port, s.opts.Password, args...)
		if err == nil {
			return p
		}
		if attempt == 4 {
			s.t.Fatalf("redis-server for Sentinel: %v", err)
		}
	}
}

func (s *Sentinel) startSentinel(i, masterPort int) *proc {
	for attempt := 0; ; attempt++ {
		port := freePort(s.t)
		conf := fmt.Sprintf("port %d\nbind 127.0.0.1\ndir %s\n", port, s.dir) +
			fmt.Sprintf("sentinel monitor %s 127.0.0.1 %d 2\n", SentinelMaster, masterPort) +
			fmt.Sprintf("sentinel down-after-milliseconds %s %d\n", SentinelMaster, SentinelDownAfter/time.Millisecond) +
			fmt.Sprintf("sentinel failover-timeout %s 10000\n", SentinelMaster) +
			fmt.Sprintf("sentinel parallel-syncs %s 1\n", SentinelMaster)
		if s.opts.Password != "" {
			conf += fmt.Sprintf("sentinel auth-pass %s %s\n", SentinelMaster, s.opts.Password)
		}
		if s.opts.SentinelPassword != "" {
			conf += fmt.Sprintf("requirepass %s\nsentinel sentinel-pass %s\n", s.opts.SentinelPassword, s.opts.SentinelPassword)
		}
		// A Sentinel rewrites its file: each has its own.
		path := filepath.Join(s.dir, fmt.Sprintf("sentinel-%d-%d.conf", i, attempt))
		if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
			s.t.Fatal(err)
		}
		p, err := startProc(s.dir, "sentinel", "redis-sentinel", port, s.opts.SentinelPassword, path)
		if err == nil {
			return p
		}
		if attempt == 4 {
			s.t.Fatalf("redis-sentinel: %v", err)
		}
	}
}

// Addrs are the Sentinels' addresses.
func (s *Sentinel) Addrs() []string {
	out := make([]string, len(s.sentinels))
	for i, p := range s.sentinels {
		out[i] = addr(p.port)
	}
	return out
}

// Client is a new failover client (the master, found through the Sentinels),
// closed when the test ends.
func (s *Sentinel) Client() *redis.Client {
	c := redis.NewFailoverClient(&redis.FailoverOptions{
		MasterName: SentinelMaster, SentinelAddrs: s.Addrs(),
		Password: s.opts.Password, SentinelPassword: s.opts.SentinelPassword,
	})
	s.t.Cleanup(func() { c.Close() })
	return c
}

// Master is the address of the master as the first live Sentinel says.
func (s *Sentinel) Master() string {
	s.t.Helper()
	for _, sn := range s.sentinels {
		if !sn.alive() {
			continue
		}
		m, err := s.sentinelMaster(sn)
		if err == nil {
			return m["ip"] + ":" + m["port"]
		}
	}
	s.t.Fatal("redistest: no Sentinel names the master")
	return ""
}

// Kill kills the server at address (SIGKILL).
func (s *Sentinel) Kill(address string) {
	s.t.Helper()
	for _, p := range s.servers {
		if addr(p.port) == address {
			p.kill()
			return
		}
	}
	s.t.Fatalf("redistest: no server at %s", address)
}

// WaitFailover waits until every Sentinel names a master other than old, that
// server says it is the master, and the Sentinels are done with the failover; it
// returns the new master's address.
func (s *Sentinel) WaitFailover(old string, timeout time.Duration) string {
	s.t.Helper()
	var m string
	waitFor(s.t, timeout, "Sentinel failover of "+old, func() (bool, string) {
		m = ""
		for _, sn := range s.sentinels {
			f, err := s.sentinelMaster(sn)
			if err != nil {
				return false, err.Error()
			}
			a := f["ip"] + ":" + f["port"]
			switch {
			case a == old:
				return false, fmt.Sprintf("sentinel %s still names %s (%s)", addr(sn.port), old, f["flags"])
			case m != "" && a != m:
				return false, fmt.Sprintf("the Sentinels name %s and %s", m, a)
			case f["flags"] != "master":
				return false, fmt.Sprintf("sentinel %s: flags %s", addr(sn.port), f["flags"])
			}
			m = a
		}
		role, err := s.info(m, "replication")
		if err != nil || role["role"] != "master" {
			return false, fmt.Sprintf("%s: role %s %v", m, role["role"], err)
		}
		return true, ""
	})
	return m
}

// Stop kills the Sentinels and the servers.
func (s *Sentinel) Stop() {
	for _, p := range s.sentinels {
		p.kill()
	}
	for _, p := range s.servers {
		p.kill()
	}
}

func (s *Sentinel) sentinelMaster(sn *proc) (map[string]string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	c := redis.NewSentinelClient(&redis.Options{Addr: addr(sn.port), Password: s.opts.SentinelPassword, MaxRetries: -1, DialerRetries: 1})
	defer c.Close()
	m, err := c.Master(ctx, SentinelMaster).Result()
	if err != nil {
		return nil, fmt.Errorf("sentinel %s: %w", addr(sn.port), err)
	}
	return m, nil
}

func (s *Sentinel) info(address, section string) (map[string]string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	c := redis.NewClient(&redis.Options{Addr: address, Password: s.opts.Password, MaxRetries: -1, DialerRetries: 1})
	defer c.Close()
	info, err := c.Info(ctx, section).Result()
	if err != nil {
		return nil, err
	}
	return fields(info), nil
}
