package store

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestCacheKeepsValueOfSameVersion: after expiry WeChat is asked again, and the
// value is rebuilt only when the data_version changed (always when there is none).
func TestCacheKeepsValueOfSameVersion(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	c := newCache[*int](time.Hour, func() time.Time { return now })
	var fetches, builds int
	version := "v1"
	fetch := func(context.Context) (string, func() (*int, error), error) {
		fetches++
		return version, func() (*int, error) { builds++; n := builds; return &n, nil }, nil
	}
	get := func() *int {
		t.Helper()
		v, err := c.get(context.Background(), "main", fetch)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	first := get()
	if get() != first || fetches != 1 {
		t.Fatalf("fresh entry: %d fetches, want 1", fetches)
	}
	now = now.Add(2 * time.Hour)
	if get() != first || fetches != 2 || builds != 1 {
		t.Errorf("same version: %d fetches, %d builds, want 2 and 1 (value kept)", fetches, builds)
	}
	now = now.Add(2 * time.Hour)
	version = "v2"
	if v := get(); v == first || *v != 2 {
		t.Errorf("new version: value %d, want rebuilt", *v)
	}
	now = now.Add(2 * time.Hour)
	version = ""
	get()
	if builds != 3 {
		t.Errorf("no version: %d builds, want 3 (always rebuilt)", builds)
	}
	if _, err := c.get(context.Background(), "other", fetch); err != nil || len(c.entries) != 2 {
		t.Errorf("a second account: %v, %d entries, want 2", err, len(c.entries))
	}
}

// TestCacheSingleFlight: callers that find no entry share one fetch; a failed
// fetch is not cached.
func TestCacheSingleFlight(t *testing.T) {
	c := newCache[string](time.Hour, time.Now)
	var fetches atomic.Int32
	release := make(chan struct{})
	fetch := func(context.Context) (string, func() (string, error), error) {
		fetches.Add(1)
		<-release
		return "", func() (string, error) { return "districts", nil }, nil
	}
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if v, err := c.get(context.Background(), "main", fetch); err != nil || v != "districts" {
				t.Errorf("get: %q %v", v, err)
			}
		}()
	}
	time.Sleep(50 * time.Millisecond) // let the callers queue behind the first
	close(release)
	wg.Wait()
	if n := fetches.Load(); n != 1 {
		t.Errorf("%d fetches for 20 callers, want 1", n)
	}

	failing := newCache[string](time.Hour, time.Now)
	boom := errors.New("boom")
	calls := 0
	fail := func(context.Context) (string, func() (string, error), error) { calls++; return "", nil, boom }
	for range 2 {
		if _, err := failing.get(context.Background(), "main", fail); !errors.Is(err, boom) {
			t.Errorf("error %v, want boom", err)
		}
	}
	if calls != 2 {
		t.Errorf("%d fetches after failures, want 2 (errors are not cached)", calls)
	}
}

// TestCacheCallerGivesUp: a caller whose deadline ends stops waiting; the fetch
// still fills the cache for the next caller.
func TestCacheCallerGivesUp(t *testing.T) {
	c := newCache[string](time.Hour, time.Now)
	release := make(chan struct{})
	done := make(chan struct{})
	fetch := func(ctx context.Context) (string, func() (string, error), error) {
		defer close(done)
		<-release
		return "", func() (string, error) { return "v", ctx.Err() }, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := c.get(ctx, "main", fetch); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("error %v, want the caller's deadline", err)
	}
	close(release)
	<-done
	// The fetch's value is stored just after fetch returns.
	for deadline := time.Now().Add(2 * time.Second); ; time.Sleep(time.Millisecond) {
		if v, ok := c.fresh("main"); ok {
			if v.value != "v" {
				t.Errorf("entry after the abandoned fetch: %q", v.value)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the abandoned fetch filled no entry")
		}
	}
}
