package redistest

import (
	"context"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Cluster is a Redis Cluster of redis-server processes on loopback, made by
// `redis-cli --cluster create` as an operator makes one: masters sharing the 16,384
// slots, each with its replicas. A node's failure is noticed within NodeTimeout and
// one of its replicas is promoted in its place.
type Cluster struct {
	t     testing.TB
	dir   string
	nodes []*proc
}

// ClusterNodeTimeout is the cluster-node-timeout of the nodes: how long a master
// may be unreachable before the others fail it over.
const ClusterNodeTimeout = time.Second

// StartCluster runs masters × (1 + replicas) nodes with cluster-enabled yes, joins
// them with redis-cli --cluster create and waits until every node says the
// cluster is ok and every replica has synced with its master.
func StartCluster(t testing.TB, masters, replicas int) *Cluster {
	t.Helper()
	need(t, "redis-server", "redis-server")
	need(t, "redis-cli", "redis-tools")
	c := &Cluster{t: t, dir: t.TempDir()}
	t.Cleanup(c.Stop)
	for range masters * (1 + replicas) {
		c.nodes = append(c.nodes, c.startNode())
	}
	args := []string{"--cluster", "create"}
	args = append(args, c.Addrs()...)
	args = append(args, "--cluster-replicas", strconv.Itoa(replicas), "--cluster-yes")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if out, err := exec.CommandContext(ctx, "redis-cli", args...).CombinedOutput(); err != nil {
		t.Fatalf("redis-cli --cluster create: %v\n%s", err, out)
	}
	c.WaitHealthy(masters)
	return c
}

// startNode runs one node on free ports (the client port and the cluster bus port).
func (c *Cluster) startNode() *proc {
	for attempt := 0; ; attempt++ {
		port, bus := freePort(c.t), freePort(c.t)
		p, err := startProc(c.dir, "node", "redis-server", port, "",
			"--port", strconv.Itoa(port), "--cluster-port", strconv.Itoa(bus), "--bind", "127.0.0.1",
			"--cluster-enabled", "yes", "--cluster-config-file", fmt.Sprintf("nodes-%d.conf", port),
			"--cluster-node-timeout", strconv.Itoa(int(ClusterNodeTimeout/time.Millisecond)),
			"--save", "", "--appendonly", "no", "--protected-mode", "yes", "--dir", c.dir)
		if err == nil {
			return p
		}
		if attempt == 4 {
			c.t.Fatalf("cluster node: %v", err)
		}
	}
}

// Addrs are the addresses of every node, live or not, in the order started.
func (c *Cluster) Addrs() []string {
	out := make([]string, len(c.nodes))
	for i, n := range c.nodes {
		out[i] = addr(n.port)
	}
	return out
}

// Client is a new cluster client seeded with every node, closed when the test ends.
func (c *Cluster) Client() *redis.ClusterClient {
	cc := redis.NewClusterClient(&redis.ClusterOptions{Addrs: c.Addrs()})
	c.t.Cleanup(func() { cc.Close() })
	return cc
}

// Stop kills every node.
func (c *Cluster) Stop() {
	for _, n := range c.nodes {
		n.kill()
	}
}

// Kill kills the node at addr (SIGKILL: no goodbye to the others).
func (c *Cluster) Kill(address string) {
	c.t.Helper()
	for _, n := range c.nodes {
		if addr(n.port) == address {
			n.kill()
			return
		}
	}
	c.t.Fatalf("redistest: no cluster node at %s", address)
}

// MasterOf is the address of the master serving key's slot, as a live node sees
// the cluster.
func (c *Cluster) MasterOf(key string) string {
	c.t.Helper()
	m, err := c.masterOf(key)
	if err != nil {
		c.t.Fatal(err)
	}
	return m
}

func (c *Cluster) masterOf(key string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var lastErr error
	for _, n := range c.live() {
		rdb := redis.NewClient(&redis.Options{Addr: addr(n.port), MaxRetries: -1, DialerRetries: 1})
		slot, err := rdb.ClusterKeySlot(ctx, key).Result()
		var slots []redis.ClusterSlot
		if err == nil {
			slots, err = rdb.ClusterSlots(ctx).Result()
		}
		rdb.Close()
		if err != nil {
			lastErr = err
			continue
		}
		for _, s := range slots {
			if int64(s.Start) <= slot && slot <= int64(s.End) && len(s.Nodes) > 0 {
				return s.Nodes[0].Addr, nil
			}
		}
		return "", fmt.Errorf("redistest: no node serves slot %d of %q", slot, key)
	}
	return "", fmt.Errorf("redistest: no live node answers: %v", lastErr)
}

// WaitMasterOf waits until a master other than old serves key's slot, every live
// node says the cluster is ok, and returns the new master's address.
func (c *Cluster) WaitMasterOf(key, old string, timeout time.Duration) string {
	c.t.Helper()
	var m string
	waitFor(c.t, timeout, "failover of "+old, func() (bool, string) {
		var err error
		if m, err = c.masterOf(key); err != nil {
			return false, err.Error()
		}
		if m == old {
			return false, "the slot is still on " + old
		}
		if ok, why := c.healthy(0); !ok {
			return false, why
		}
		return true, ""
	})
	return m
}

// WaitHealthy waits until every live node says the cluster is ok and knows every
// live node, at least masters of them masters, and every live replica is in sync
// with its master.
func (c *Cluster) WaitHealthy(masters int) {
	c.t.Helper()
	waitFor(c.t, 30*time.Second, "a healthy cluster", func() (bool, string) { return c.healthy(masters) })
}

func (c *Cluster) healthy(masters int) (bool, string) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	live := c.live()
	for _, n := range live {
		rdb := redis.NewClient(&redis.Options{Addr: addr(n.port), MaxRetries: -1, DialerRetries: 1})
		info, err := rdb.ClusterInfo(ctx).Result()
		var repl string
		if err == nil {
			repl, err = rdb.Info(ctx, "replication").Result()
		}
		rdb.Close()
		if err != nil {
			return false, fmt.Sprintf("%s: %v", addr(n.port), err)
		}
		f, r := fields(info), fields(repl)
		switch {
		case f["cluster_state"] != "ok":
			return false, fmt.Sprintf("%s: cluster_state %s", addr(n.port), f["cluster_state"])
		case masters > 0 && f["cluster_size"] != strconv.Itoa(masters):
			return false, fmt.Sprintf("%s: cluster_size %s", addr(n.port), f["cluster_size"])
		case masters > 0 && f["cluster_known_nodes"] != strconv.Itoa(len(live)):
			return false, fmt.Sprintf("%s: knows %s nodes", addr(n.port), f["cluster_known_nodes"])
		case r["role"] == "slave" && r["master_link_status"] != "up":
			if masters > 0 || c.isLive(r["master_host"], r["master_port"]) {
				return false, fmt.Sprintf("%s: replica link %s", addr(n.port), r["master_link_status"])
			}
		}
	}
	return true, ""
}

func (c *Cluster) live() []*proc {
	var out []*proc
	for _, n := range c.nodes {
		if n.alive() {
			out = append(out, n)
		}
	}
	return out
}

func (c *Cluster) isLive(host, port string) bool {
	for _, n := range c.live() {
		if addr(n.port) == host+":"+port {
			return true
		}
	}
	return false
}

// fields are the name:value lines of an INFO or CLUSTER INFO answer.
func fields(info string) map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(info, "\n") {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), ":"); ok {
			out[k] = v
		}
	}
	return out
}
