package ratelimit

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/wxgate/wxgate/internal/redistest"
)

// TestTag: an account's hash tag is its whole name, braces and % escaped, and
// two names never share one.
func TestTag(t *testing.T) {
	tests := map[string]string{
		"main":     "{main}",
		"a{b}c":    "{a%7Bb%7Dc}",
		"}":        "{%7D}",
		"{}":       "{%7B%7D}",
		"50%":      "{50%25}",
		"a%7B":     "{a%257B}",
		"":         "{%}",
		"主账号":      "{主账号}",
		"with:col": "{with:col}",
	}
	seen := map[string]string{}
	for name, want := range tests {
		got := tag(name)
		if got != want {
			t.Errorf("tag(%q) = %q, want %q", name, got, want)
		}
		// Redis hashes what is between the first { and the next }: the whole tag.
		if inner := got[1 : len(got)-1]; inner == "" || strings.ContainsAny(inner, "{}") {
			t.Errorf("tag(%q) = %q: Redis would not hash the whole of it", name, got)
		}
		if other, ok := seen[got]; ok {
			t.Errorf("%q and %q share the tag %q", name, other, got)
		}
		seen[got] = name
	}
}

// TestRedisLegacyQuotas: a deployment upgraded during the day, whose replicas of
// before counted the day's quotas under the old names, does not get the day's
// quota again: what the old names hold is added to the new counters (and never
// written), including what an old replica still running adds during a rolling
// upgrade. Without LegacyQuotas (a Redis Cluster) the old names are not read.
func TestRedisLegacyQuotas(t *testing.T) {
	srv := redistest.Start(t)
	rdb := srv.Client()
	ctx := t.Context()
	clock := &fakeClock{t: inFuture(sh(12, 0, 0))}
	day := clock.Now().In(shanghai).Format("20060102")
	oldAccount := "t:quota:main:" + sPath + ":" + day
	oldShare := "t:share:quota:main:orders:" + sPath + ":" + day
	if err := rdb.MSet(ctx, oldAccount, 7, oldShare, 1).Err(); err != nil {
		t.Fatal(err)
	}
	cfg := Config{Default: Limit{Daily: 10}}
	l := NewRedis(rdb, cfg, RedisOptions{Prefix: "t:", Now: clock.Now, LegacyQuotas: true})
	orders := WithShare(ctx, onPath("orders", Limit{Daily: 2}))

	want := func(ctx context.Context, reason Reason) {
		t.Helper()
		err := l.Allow(ctx, sAccount, sPath)
		var e *Error
		switch {
		case reason == "" && err != nil:
			t.Fatalf("refused: %v", err)
		case reason != "" && (!errors.As(err, &e) || e.Reason != reason):
			t.Fatalf("Allow = %v, want %s", err, reason)
		}
	}
	want(orders, "")                // orders: 1 old + 1
	want(orders, ReasonCallerDaily) // its share of 2 is spent
	want(ctx, "")                   // the account: 7 old + 1 (orders) + 1
	rdb.Incr(ctx, oldAccount)       // an old replica, still running, spends one
	want(ctx, ReasonDaily)          // 8 old + 2 new
	if l.Degraded() {
		t.Error("counted in process")
	}
	for k, v := range map[string]string{oldAccount: "8", oldShare: "1", "t:quota:{main}:" + sPath + ":" + day: "2"} {
		if got, _ := rdb.Get(ctx, k).Result(); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}

	// Without LegacyQuotas: a fresh day's count of 10 under the new names alone.
	fresh := NewRedis(rdb, cfg, RedisOptions{Prefix: "u:", Now: clock.Now})
	rdb.Set(ctx, "u:quota:main:"+sPath+":"+day, 10, 0)
	for i := range 10 {
		if err := fresh.Allow(ctx, sAccount, sPath); err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}
}

// TestRedisLegacyQuotasOffWhenRefused: a Redis that refuses a script naming the
// old names beside the new (as a cluster behind one address does: they are in
// other slots) is asked without them, and the limiter stops naming them.
func TestRedisLegacyQuotasOffWhenRefused(t *testing.T) {
	srv := redistest.Start(t)
	rdb := srv.Client()
	ctx := t.Context()
	clock := &fakeClock{t: inFuture(sh(12, 0, 0))}
	var logs bytes.Buffer
	l := NewRedis(rdb, Config{Default: Limit{Daily: 3}}, RedisOptions{
		Prefix: "t:", Now: clock.Now, LegacyQuotas: true, Log: slog.New(slog.NewTextHandler(&logs, nil)),
	})
	// The old name holds a value that is not a count: the script fails on it, as
	// a cluster's CROSSSLOT refusal would.
	day := clock.Now().In(shanghai).Format("20060102")
	rdb.HSet(ctx, "t:quota:main:"+sPath+":"+day, "not", "a count")
	for i := range 3 {
		if err := l.Allow(ctx, sAccount, sPath); err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	var e *Error
	if err := l.Allow(ctx, sAccount, sPath); !errors.As(err, &e) || e.Reason != ReasonDaily {
		t.Errorf("fourth call: %v, want the daily quota spent", err)
	}
	if l.Degraded() || l.legacy.Load() {
		t.Errorf("degraded %v, legacy names still named %v", l.Degraded(), l.legacy.Load())
	}
	if n := strings.Count(logs.String(), "counting without them"); n != 1 {
		t.Errorf("logged %d times, want once:\n%s", n, logs.String())
	}
}
