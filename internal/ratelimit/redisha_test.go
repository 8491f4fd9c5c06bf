//go:build redisha

// The Redis Cluster tests (make test-redis): a real three-master cluster from
// Debian's redis-server, made by redis-cli --cluster create.

package ratelimit

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/wxgate/wxgate/internal/redistest"
)

// TestRedisHAClusterLimiter: three limiters (replicas) share a Redis Cluster of
// three masters: twelve accounts, spread over the masters by their hash tags, each
// get exactly their daily quota, a caller's share included, with every call's
// script run on the cluster (none counted in process, as a CROSSSLOT refusal
// would have them), and every key of an account is in its account's slot.
func TestRedisHAClusterLimiter(t *testing.T) {
	cl := redistest.StartCluster(t, 3, 1)
	rdb := cl.Client()
	ctx := t.Context()
	clock := &fakeClock{t: inFuture(sh(12, 0, 0))}
	cfg := Config{Default: Limit{QPS: 1000, Burst: 1000, Daily: 20}}
	ls := make([]*Redis, 3)
	for i := range ls {
		ls[i] = NewRedis(rdb, cfg, RedisOptions{Prefix: "t:", Now: clock.Now})
	}
	accounts := make([]string, 12)
	for i := range accounts {
		accounts[i] = fmt.Sprintf("acct-%d", i)
	}
	masters := map[string]bool{}
	for _, a := range accounts {
		masters[cl.MasterOf(tag(a))] = true
	}
	if len(masters) < 2 {
		t.Fatalf("twelve accounts on %d master(s): the test would not show keys spread over the cluster", len(masters))
	}

	var mu sync.Mutex
	admitted, viaShare := map[string]int{}, map[string]int{}
	var wg sync.WaitGroup
	for i := range 60 {
		wg.Go(func() {
			for _, a := range accounts {
				c := ctx
				if i%2 == 0 {
					c = WithShare(ctx, onPath("orders", Limit{QPS: 1000, Burst: 1000, Daily: 5}))
				}
				err := ls[i%3].Allow(c, a, sPath)
				if err == nil {
					mu.Lock()
					admitted[a]++
					if i%2 == 0 {
						viaShare[a]++
					}
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	for _, a := range accounts {
		if admitted[a] != 20 || viaShare[a] > 5 {
			t.Errorf("%s: %d admitted (%d with the share of 5), want exactly 20", a, admitted[a], viaShare[a])
		}
	}
	for i, l := range ls {
		if l.Degraded() {
			t.Errorf("limiter %d counted in process", i)
		}
	}

	// Every key of an account hashes to its account's slot.
	slots := map[string]int64{}
	err := rdb.ForEachMaster(ctx, func(ctx context.Context, node *redis.Client) error {
		keys, err := node.Keys(ctx, "t:*").Result()
		if err != nil {
			return err
		}
		for _, k := range keys {
			slot, err := node.ClusterKeySlot(ctx, k).Result()
			if err != nil {
				return err
			}
			mu.Lock()
			slots[k] = slot
			mu.Unlock()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(slots) != len(accounts)*4 {
		t.Errorf("%d keys, want 4 per account: %v", len(slots), slots)
	}
	for _, a := range accounts {
		want, err := rdb.ClusterKeySlot(ctx, tag(a)).Result()
		if err != nil {
			t.Fatal(err)
		}
		for k, slot := range slots {
			if strings.Contains(k, tag(a)) && slot != want {
				t.Errorf("%s is in slot %d, its account's tag in %d", k, slot, want)
			}
		}
	}
}

// TestRedisHAClusterBehindOneAddress: a cluster reached through one address, as a
// cloud provider's proxy offers one, refuses a script whose keys are in several
// slots (CROSSSLOT): the limiter, which names the daily counters of before hash
// tags beside the new ones on one server, finds out at the first call, counts
// without them from then on, and never counts in process.
func TestRedisHAClusterBehindOneAddress(t *testing.T) {
	cl := redistest.StartCluster(t, 3, 0)
	// A client of the one node serving the account's slot stands for the proxy.
	node := redis.NewClient(&redis.Options{Addr: cl.MasterOf(tag(sAccount))})
	t.Cleanup(func() { node.Close() })
	var logs bytes.Buffer
	clock := &fakeClock{t: inFuture(sh(12, 0, 0))}
	l := NewRedis(node, Config{Default: Limit{Daily: 3}}, RedisOptions{
		Prefix: "t:", Now: clock.Now, LegacyQuotas: true, Log: slog.New(slog.NewTextHandler(&logs, nil)),
	})
	for i := range 3 {
		if err := l.Allow(t.Context(), sAccount, sPath); err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	if err := l.Allow(t.Context(), sAccount, sPath); err == nil {
		t.Error("fourth call admitted past the daily quota of 3")
	}
	if l.Degraded() || l.legacy.Load() {
		t.Errorf("degraded %v, still naming the old counters %v", l.Degraded(), l.legacy.Load())
	}
	if !strings.Contains(logs.String(), "CROSSSLOT") {
		t.Errorf("the log does not say why:\n%s", logs.String())
	}
}
