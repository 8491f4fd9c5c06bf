// Package heapfloor lets the heap grow to a floor before the garbage collector
// runs again, and leaves the collector as Go's default once the live heap is
// larger than that.
//
// A gateway's live heap is small (a few MB) while it allocates a few hundred
// bytes per call for every call: with GOGC's default of 100 the collector then
// runs each time the heap has grown by 4 MB, dozens of times a second under
// load, and a tenth of a call's CPU went to it. Raising GOGC alone would also
// multiply a large live heap (10,000 calls in flight) by as much. A floor costs
// at most the floor in memory: after each collection GOGC is set so that the next
// one starts at max(floor, 2 × live heap). This is what a heap "ballast" did,
// without the ballast. A memory limit (GOMEMLIMIT) still bounds the heap.
package heapfloor

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
)

// Tuner is a running floor.
type Tuner struct {
	floor    uint64
	previous int // GOGC before Start, restored by Stop

	mu      sync.Mutex // one tune at a time; Stop waits for one running
	stopped bool
	percent atomic.Int64 // the GOGC last set
}

// DefaultPercent is GOGC's default: the heap grows to twice the live heap.
const DefaultPercent = 100

// Start sets a floor of floor bytes until Stop. The process should leave GOGC to
// it: an operator's GOGC in the environment is the caller's to honour (not
// starting).
func Start(floor uint64) *Tuner {
	t := &Tuner{floor: floor}
	t.previous = debug.SetGCPercent(DefaultPercent)
	t.percent.Store(DefaultPercent)
	t.tune()
	t.arm()
	return t
}

// Percent is the GOGC the tuner set last.
func (t *Tuner) Percent() int { return int(t.percent.Load()) }

// Stop ends the floor and restores GOGC as it was before Start.
func (t *Tuner) Stop() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.stopped = true
	debug.SetGCPercent(t.previous)
}

// sentinel is garbage that tells the tuner a collection ran: its cleanup runs
// after the cycle that found it unreachable. The pointer keeps it out of the tiny
// allocator, whose blocks can outlive their objects.
type sentinel struct{ _ *byte }

func (t *Tuner) arm() {
	runtime.AddCleanup(new(sentinel), func(t *Tuner) {
		if t.tune() {
			t.arm()
		}
	}, t)
}

// tune sets GOGC from the live heap the last collection left; false once stopped.
func (t *Tuner) tune() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped {
		return false
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	var live uint64
	if sample[0].Value.Kind() == metrics.KindUint64 {
		live = sample[0].Value.Uint64()
	}
	p := PercentFor(t.floor, live)
	if int64(p) != t.percent.Load() {
		debug.SetGCPercent(p)
		t.percent.Store(int64(p))
	}
	return true
}

// PercentFor is the GOGC at which a heap of live bytes grows to floor before the
// next collection, and never less than the default.
func PercentFor(floor, live uint64) int {
	if live == 0 {
		live = 1 << 20 // before the first collection: as for a 1 MB live heap
	}
	if floor <= 2*live {
		return DefaultPercent
	}
	p := (float64(floor)/float64(live) - 1) * 100
	return int(math.Min(p, 1<<20))
}
