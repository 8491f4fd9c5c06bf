// Package statuspage renders the gateway's /status page: a server-rendered HTML
// page (html/template, no script, an optional meta refresh) of the accounts, the
// day's calls against their limits, the last hour's errors and the callers' shares.
// It knows nothing of the server: the server fills a Page and calls Render. Window
// is the bounded counter of recent upstream results the page shows.
package statuspage

import (
	"cmp"
	"slices"
	"sync"
	"time"
)

// Window counts the upstream results of the last hour in one-minute buckets, by
// account, path and result (errcode_45009, http_502, transport_error, …), and
// remembers which paths each account called. It is bounded whatever the callers
// send: each bucket holds at most maxKeys distinct keys (the rest count under one
// "other" key), and at most maxPaths paths are remembered.
type Window struct {
	now func() time.Time

	mu      sync.Mutex
	buckets [windowMinutes]bucket

	pathsMu sync.RWMutex // apart from mu: an "ok" result takes only its read lock
	paths   map[Key]bool // Result empty: the (account, path) pairs seen
}

// Key is what a count is kept by.
type Key struct{ Account, Path, Result string }

type bucket struct {
	minute int64 // Unix minutes; counts belong to that minute only
	counts map[Key]int64
}

const (
	windowMinutes = 60
	maxKeys       = 128
	maxPaths      = 256
)

// Other is the key the counts past a bucket's maxKeys are kept under.
var Other = Key{Account: "(other)", Path: "(other)", Result: "(other)"}

// NewWindow returns an empty window reading the time from now (nil: time.Now).
func NewWindow(now func() time.Time) *Window {
	if now == nil {
		now = time.Now
	}
	return &Window{now: now, paths: map[Key]bool{}}
}

// Add counts one upstream result; "ok" results only mark the path as called.
func (w *Window) Add(account, path, result string) {
	p := Key{Account: account, Path: path}
	w.pathsMu.RLock()
	seen := w.paths[p] || len(w.paths) >= maxPaths
	w.pathsMu.RUnlock()
	if !seen {
		w.pathsMu.Lock()
		if len(w.paths) < maxPaths {
			w.paths[p] = true
		}
		w.pathsMu.Unlock()
	}
	if result == "ok" {
		return
	}
	minute := w.now().Unix() / 60
	w.mu.Lock()
	defer w.mu.Unlock()
	b := &w.buckets[minute%windowMinutes]
	if b.minute != minute || b.counts == nil {
		b.minute, b.counts = minute, map[Key]int64{}
	}
	k := Key{account, path, result}
	if _, ok := b.counts[k]; !ok && len(b.counts) >= maxKeys {
		k = Other
	}
	b.counts[k]++
}

// Count is one key's count over the window.
type Count struct {
	Key
	N int64
}

// Errors are the counts of the last 60 minutes, the largest first.
func (w *Window) Errors() []Count {
	since := w.now().Unix()/60 - windowMinutes
	w.mu.Lock()
	sum := map[Key]int64{}
	for _, b := range w.buckets {
		if b.minute > since {
			for k, n := range b.counts {
				sum[k] += n
			}
		}
	}
	w.mu.Unlock()
	out := make([]Count, 0, len(sum))
	for k, n := range sum {
		out = append(out, Count{k, n})
	}
	slices.SortFunc(out, func(a, b Count) int {
		return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(a.Account, b.Account), cmp.Compare(a.Path, b.Path), cmp.Compare(a.Result, b.Result))
	})
	return out
}

// Paths are the paths account called since the window was made, sorted.
func (w *Window) Paths(account string) []string {
	w.pathsMu.RLock()
	defer w.pathsMu.RUnlock()
	var out []string
	for k := range w.paths {
		if k.Account == account {
			out = append(out, k.Path)
		}
	}
	slices.Sort(out)
	return out
}
