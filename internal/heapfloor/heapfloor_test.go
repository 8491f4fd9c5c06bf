package heapfloor

import (
	"runtime"
	"runtime/metrics"
	"testing"
	"time"
)

func TestPercentFor(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		floor, live uint64
		want        int
	}{
		{64 * mib, 4 * mib, 1500},
		{64 * mib, 16 * mib, 300},
		{64 * mib, 32 * mib, DefaultPercent}, // 2 × live is the floor
		{64 * mib, 200 * mib, DefaultPercent},
		{64 * mib, 0, 6300}, // no collection yet: as for 1 MB
		{0, 4 * mib, DefaultPercent},
	} {
		if got := PercentFor(c.floor, c.live); got != c.want {
			t.Errorf("PercentFor(%d MiB, %d MiB) = %d, want %d", c.floor/mib, c.live/mib, got, c.want)
		}
	}
}

var keep [][]byte

var sink []byte // garbage escapes to it

// churn allocates total bytes of garbage in 1 KiB pieces, holding live bytes
// meanwhile, and returns how many collections ran.
func churn(live, total int) uint64 {
	keep = make([][]byte, live/4096)
	for i := range keep {
		keep[i] = make([]byte, 4096)
	}
	runtime.GC()
	before := cycles()
	for range total / 1024 {
		sink = make([]byte, 1024)
	}
	n := cycles() - before
	keep = nil
	return n
}

func cycles() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func gogc() uint64 {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// TestFloor: with a 64 MiB floor and 2 MiB live, 1 GiB of garbage takes a
// collection per ~60 MiB, not one per 4 MiB; with 96 MiB live, GOGC is the
// default again; Stop restores GOGC and no more tuning runs.
func TestFloor(t *testing.T) {
	const mib = 1 << 20
	without := churn(2*mib, 1024*mib)

	tu := Start(64 * mib)
	with := churn(2*mib, 1024*mib)
	t.Logf("1 GiB of garbage, 2 MiB live: %d collections without a floor, %d with 64 MiB (GOGC %d)", without, with, tu.Percent())
	if without < 100 || with > 40 {
		t.Errorf("collections: %d without a floor (want ≥ 100), %d with it (want ≤ 40)", without, with)
	}
	if p := tu.Percent(); p <= DefaultPercent || gogc() != uint64(p) {
		t.Errorf("GOGC %d (runtime says %d) with 2 MiB live, want it raised", p, gogc())
	}

	big := make([][]byte, 96*mib/4096)
	for i := range big {
		big[i] = make([]byte, 4096)
	}
	runtime.GC()
	waitFor(t, func() bool { return tu.Percent() == DefaultPercent }, "GOGC back to 100 with 96 MiB live")
	runtime.KeepAlive(big)
	big = nil

	tu.Stop()
	runtime.GC()
	runtime.GC()
	if gogc() != DefaultPercent {
		t.Errorf("GOGC %d after Stop, want %d", gogc(), DefaultPercent)
	}
	if stopped := churn(2*mib, 256*mib); stopped < 25 {
		t.Errorf("%d collections for 256 MiB after Stop: still tuned", stopped)
	}
}

func waitFor(t *testing.T, ok func() bool, what string) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
		if ok() {
			return
		}
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("not so after 5 s: %s", what)
}
