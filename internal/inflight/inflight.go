// Package inflight bounds the calls the gateway holds at once (limits.max_calls_in_flight):
// each holds a goroutine, its request and, while it waits for WeChat, a place in the
// upstream client's queue. Without a bound, that memory is sized by how many calls
// callers send at once. A call past the bound is refused at once, UNAVAILABLE with a
// retry delay (as Envoy's circuit breakers answer 503), rather than queued: a queue
// would hold the very memory the bound is there to bound.
package inflight

import (
	"strconv"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/durationpb"
)

// Reason is the ErrorInfo reason of a refusal.
const Reason = "GATEWAY_OVERLOADED"

// RetryDelay is how long a refused caller is told to wait: calls to WeChat take
// tens of milliseconds, so places come free well within it.
const RetryDelay = time.Second

// Limit counts the calls in flight against a maximum. Its zero value is not usable;
// a nil *Limit admits every call.
type Limit struct {
	max     int64
	err     error // the refusal, the same for every call: made once, not per refusal
	n       atomic.Int64
	refused atomic.Int64
}

// New returns a limit of n calls at once (at least 1).
func New(n int) *Limit {
	l := &Limit{max: int64(max(1, n))}
	st, _ := status.New(codes.Unavailable, "wxgate: "+l.Full()+"; retry later").WithDetails(
		&errdetails.ErrorInfo{Reason: Reason, Domain: "wxgate", Metadata: map[string]string{
			"max_calls_in_flight": strconv.FormatInt(l.max, 10),
		}},
		&errdetails.RetryInfo{RetryDelay: durationpb.New(RetryDelay)},
	)
	l.err = st.Err()
	return l
}

// Acquire takes a place for one call and reports whether there was one; a call
// that got one calls Release when it ends.
func (l *Limit) Acquire() bool {
	if l == nil {
		return true
	}
	if l.n.Add(1) > l.max {
		l.n.Add(-1)
		l.refused.Add(1)
		return false
	}
	return true
}

// Release gives back the place Acquire took.
func (l *Limit) Release() {
	if l != nil {
		l.n.Add(-1)
	}
}

// Full says why a call was refused: "N calls in flight, limits.max_calls_in_flight".
func (l *Limit) Full() string {
	return strconv.FormatInt(l.max, 10) + " calls in flight, limits.max_calls_in_flight"
}

// Err is the refusal of a call past the bound: UNAVAILABLE (HTTP 503 with
// Retry-After), ErrorInfo{reason: GATEWAY_OVERLOADED, domain: wxgate} naming the
// bound, and a RetryInfo.
func (l *Limit) Err() error { return l.err }

// Collectors are the limit's metrics: the calls in flight, the bound, and the calls
// refused.
func (l *Limit) Collectors() []prometheus.Collector {
	return []prometheus.Collector{
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "wxgate_calls_in_flight",
			Help: "Calls the gateway holds now (gRPC, REST and pass-through; event streams not counted).",
		}, func() float64 { return float64(l.n.Load()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "wxgate_calls_in_flight_limit",
			Help: "limits.max_calls_in_flight: past it, calls are refused (UNAVAILABLE, GATEWAY_OVERLOADED).",
		}, func() float64 { return float64(l.max) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "wxgate_calls_overloaded_total",
			Help: "Calls refused because limits.max_calls_in_flight calls were in flight.",
		}, func() float64 { return float64(l.refused.Load()) }),
	}
}
