package statuspage

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// TestWindowLastHour: errors count for 60 minutes, the largest first; "ok"
// results are not errors but mark the path as called.
func TestWindowLastHour(t *testing.T) {
	c := &clock{t: time.Date(2026, 12, 1, 10, 0, 30, 0, time.UTC)}
	w := NewWindow(c.now)
	w.Add("main", "/a", "ok")
	w.Add("main", "/a", "errcode_45009")
	c.add(30 * time.Minute)
	for range 3 {
		w.Add("main", "/b", "http_502")
	}
	w.Add("other", "/a", "errcode_45009")
	want := []Count{{Key{"main", "/b", "http_502"}, 3}, {Key{"main", "/a", "errcode_45009"}, 1}, {Key{"other", "/a", "errcode_45009"}, 1}}
	if got := w.Errors(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Errors = %v, want %v", got, want)
	}
	c.add(30 * time.Minute) // the first minute's counts are an hour old
	want = []Count{{Key{"main", "/b", "http_502"}, 3}, {Key{"other", "/a", "errcode_45009"}, 1}}
	if got := w.Errors(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("an hour on: Errors = %v, want %v", got, want)
	}
	c.add(61 * time.Minute)
	if got := w.Errors(); len(got) != 0 {
		t.Errorf("two hours on: %v", got)
	}
	if got := w.Paths("main"); fmt.Sprint(got) != "[/a /b]" {
		t.Errorf("Paths(main) = %v", got)
	}
}

// TestWindowBounded: whatever keys the results bring (the pass-through's paths
// are the SDKs'), a minute keeps maxKeys of them and the window maxPaths paths.
func TestWindowBounded(t *testing.T) {
	w := NewWindow(nil)
	for i := range 10 * maxKeys {
		w.Add("main", fmt.Sprintf("/p/%d", i), "errcode_1")
	}
	errs := w.Errors()
	var other int64
	for _, e := range errs {
		if e.Key == Other {
			other = e.N
		}
	}
	if len(errs) > maxKeys+1 || other < 9*maxKeys-1 {
		t.Errorf("%d keys, %d under Other", len(errs), other)
	}
	if n := len(w.Paths("main")); n != maxPaths {
		t.Errorf("%d paths kept, want %d", n, maxPaths)
	}
}

func TestWindowConcurrent(t *testing.T) {
	w := NewWindow(nil)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 500 {
				w.Add("main", fmt.Sprintf("/p/%d", j%7), []string{"ok", "errcode_-1"}[(i+j)%2])
			}
		})
	}
	wg.Go(func() {
		for range 100 {
			w.Errors()
			w.Paths("main")
		}
	})
	wg.Wait()
	var n int64
	for _, e := range w.Errors() {
		n += e.N
	}
	if n != 8*500/2 {
		t.Errorf("%d errors counted, want %d", n, 8*500/2)
	}
}

func TestDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		-time.Second: "0s", 0: "0s", 35 * time.Second: "35s", 250 * time.Second: "4m10s",
		7140 * time.Second: "1h59m", 26*time.Hour + 5*time.Minute: "26h05m",
	} {
		if got := duration(d); got != want {
			t.Errorf("duration(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestRenderEscapes: names on the page are escaped (an errcode or path WeChat or
// an SDK chose cannot add markup).
func TestRenderEscapes(t *testing.T) {
	var buf bytes.Buffer
	p := Page{Now: time.Now(), Accounts: []Account{{Name: "main", Token: "none"}},
		Errors: []Count{{Key{"main", `/x"><script>alert(1)</script>`, "errcode_1"}, 1}}}
	if err := Render(&buf, p); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "<script>") {
		t.Error("markup from a path reached the page")
	}
	if strings.Contains(buf.String(), "http-equiv") {
		t.Error("a refresh without Refresh")
	}
}
