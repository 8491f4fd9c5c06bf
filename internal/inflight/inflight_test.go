package inflight

import (
	"sync"
	"sync/atomic"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// TestLimit: places up to the bound, refusals past it counted, a place given back
// taken again; a nil Limit admits every call.
func TestLimit(t *testing.T) {
	tests := []struct {
		name    string
		max     int
		acquire int
		admit   int
	}{
		{"under", 3, 2, 2},
		{"at", 3, 3, 3},
		{"past", 3, 5, 3},
		{"zero is one", 0, 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := New(tt.max)
			admitted := 0
			for range tt.acquire {
				if l.Acquire() {
					admitted++
				}
			}
			if admitted != tt.admit || l.refused.Load() != int64(tt.acquire-tt.admit) {
				t.Fatalf("admitted %d, refused %d; want %d, %d", admitted, l.refused.Load(), tt.admit, tt.acquire-tt.admit)
			}
			l.Release()
			if !l.Acquire() {
				t.Error("a place given back was not taken again")
			}
		})
	}
	var none *Limit
	if !none.Acquire() {
		t.Error("a nil Limit refused")
	}
	none.Release()
}

// TestLimitConcurrent: many goroutines taking and giving back places never hold
// more than the bound at once, and every place comes back.
func TestLimitConcurrent(t *testing.T) {
	const max = 8
	l := New(max)
	var held, peak atomic.Int64
	var wg sync.WaitGroup
	for range 64 {
		wg.Go(func() {
			for range 2000 {
				if !l.Acquire() {
					continue
				}
				n := held.Add(1)
				for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
				}
				held.Add(-1)
				l.Release()
			}
		})
	}
	wg.Wait()
	if p := peak.Load(); p > max || p < 1 {
		t.Errorf("peak %d places held, bound %d", p, max)
	}
	if n := l.n.Load(); n != 0 {
		t.Errorf("%d places still taken", n)
	}
}

// TestErr: the refusal a caller can act on: UNAVAILABLE, the reason and the bound,
// and when to retry.
func TestErr(t *testing.T) {
	st := status.Convert(New(42).Err())
	if st.Code() != codes.Unavailable {
		t.Fatalf("code %v", st.Code())
	}
	var info *errdetails.ErrorInfo
	var retry *errdetails.RetryInfo
	for _, d := range st.Details() {
		switch d := d.(type) {
		case *errdetails.ErrorInfo:
			info = d
		case *errdetails.RetryInfo:
			retry = d
		}
	}
	if info.GetReason() != Reason || info.GetDomain() != "wxgate" || info.GetMetadata()["max_calls_in_flight"] != "42" {
		t.Errorf("ErrorInfo %v", info)
	}
	if retry.GetRetryDelay().AsDuration() != RetryDelay {
		t.Errorf("RetryInfo %v", retry)
	}
}

// TestCollectors: the metrics read the limit as it is.
func TestCollectors(t *testing.T) {
	l := New(2)
	reg := prometheus.NewPedanticRegistry()
	reg.MustRegister(l.Collectors()...)
	l.Acquire()
	l.Acquire()
	l.Acquire()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, mf := range mfs {
		m := mf.GetMetric()[0]
		got[mf.GetName()] = m.GetGauge().GetValue() + m.GetCounter().GetValue()
	}
	want := map[string]float64{"wxgate_calls_in_flight": 2, "wxgate_calls_in_flight_limit": 2, "wxgate_calls_overloaded_total": 1}
	if len(got) != len(want) {
		t.Errorf("metrics %v, want %v", got, want)
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s = %v, want %v", name, got[name], w)
		}
	}
}
