package middleware

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/wxgate/wxgate/internal/callers"
)

// rpcMetrics are go-grpc-middleware's Prometheus server metrics, which this
// replaces: the same names, help, labels, buckets and counting, which dashboards
// and alerts know, with the caller as a label of each. The library looked up five
// series a call by hashing their label values; here a method and caller's series
// are looked up once and kept (codes.Code's own handled counters included, as
// they first occur).
//
// What is kept is bounded by the configuration: a method is one the server
// registered (interceptors never run for an unknown one) and a caller label is a
// configured caller's name, "anonymous" or "unauthenticated".
type rpcMetrics struct {
	started, handled, received, sent *prometheus.CounterVec
	handling                         *prometheus.HistogramVec
	series                           sync.Map // seriesKey → *rpcSeries
}

type seriesKey struct{ method, caller string }

// rpcSeries is one method and caller's series.
type rpcSeries struct {
	labels            [4]string // grpc_type, grpc_service, grpc_method, caller
	started, received prometheus.Counter
	handling          prometheus.Observer
	// made as first counted, as the library does: a method that never answered
	// has no sent series
	sent    atomic.Pointer[prometheus.Counter]
	handled [codes.Unauthenticated + 1]atomic.Pointer[prometheus.Counter]
}

func newRPCMetrics() *rpcMetrics {
	labels := []string{"grpc_type", "grpc_service", "grpc_method", "caller"}
	withCode := []string{"grpc_type", "grpc_service", "grpc_method", "grpc_code", "caller"}
	return &rpcMetrics{
		started: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "grpc_server_started_total",
			Help: "Total number of RPCs started on the server.",
		}, labels),
		handled: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "grpc_server_handled_total",
			Help: "Total number of RPCs completed on the server, regardless of success or failure.",
		}, withCode),
		received: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "grpc_server_msg_received_total",
			Help: "Total number of RPC stream messages received on the server.",
		}, labels),
		sent: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "grpc_server_msg_sent_total",
			Help: "Total number of gRPC stream messages sent by the server.",
		}, labels),
		handling: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "grpc_server_handling_seconds",
			Help:    "Histogram of response latency (seconds) of gRPC that had been application-level handled by the server.",
			Buckets: prometheus.DefBuckets,
		}, labels),
	}
}

// InitializeMetrics creates the series of every method server registered at zero,
// with an empty caller, as go-grpc-middleware's InitializeMetrics does: they are
// there before the first call.
func (c *Chain) InitializeMetrics(server interface {
	GetServiceInfo() map[string]grpc.ServiceInfo
}) {
	m := c.metrics
	for service, info := range server.GetServiceInfo() {
		for _, mi := range info.Methods {
			typ := methodType(mi.IsClientStream, mi.IsServerStream)
			labels := []string{typ, service, mi.Name, ""}
			m.started.WithLabelValues(labels...)
			m.received.WithLabelValues(labels...)
			m.sent.WithLabelValues(labels...)
			m.handling.WithLabelValues(labels...)
			for code := codes.OK; code <= codes.Unauthenticated; code++ {
				m.handled.WithLabelValues(typ, service, mi.Name, code.String(), "")
			}
		}
	}
}

func (m *rpcMetrics) collectors() []prometheus.Collector {
	return []prometheus.Collector{m.started, m.handled, m.received, m.sent, m.handling}
}

// of is the series of a call of fullMethod, of type typ, by the caller in ctx.
func (m *rpcMetrics) of(ctx context.Context, fullMethod, typ string) *rpcSeries {
	key := seriesKey{fullMethod, callers.Label(ctx)}
	if s, ok := m.series.Load(key); ok {
		return s.(*rpcSeries)
	}
	service, method, _ := strings.Cut(strings.TrimPrefix(fullMethod, "/"), "/")
	s := &rpcSeries{labels: [4]string{typ, service, method, key.caller}}
	s.started = m.started.WithLabelValues(s.labels[:]...)
	s.received = m.received.WithLabelValues(s.labels[:]...)
	s.handling = m.handling.WithLabelValues(s.labels[:]...)
	got, _ := m.series.LoadOrStore(key, s)
	return got.(*rpcSeries)
}

// done counts a finished call by its code (as the library's FromError: a
// context error is its gRPC code) and observes its time.
func (m *rpcMetrics) done(s *rpcSeries, err error, d time.Duration) {
	code := codes.OK
	if err != nil {
		st, ok := status.FromError(err)
		if !ok {
			st = status.FromContextError(err)
		}
		code = st.Code()
	}
	s.handledCounter(m, code).Inc()
	s.handling.Observe(d.Seconds())
}

func (s *rpcSeries) handledCounter(m *rpcMetrics, code codes.Code) prometheus.Counter {
	withCode := func() prometheus.Counter {
		return m.handled.WithLabelValues(s.labels[0], s.labels[1], s.labels[2], code.String(), s.labels[3])
	}
	if int(code) >= len(s.handled) {
		return withCode()
	}
	return kept(&s.handled[code], withCode)
}

func (s *rpcSeries) sentCounter(m *rpcMetrics) prometheus.Counter {
	return kept(&s.sent, func() prometheus.Counter { return m.sent.WithLabelValues(s.labels[:]...) })
}

// kept is the counter p holds, made by newCounter the first time. Two calls racing to
// make it get the same one: the vector's own lookup.
func kept(p *atomic.Pointer[prometheus.Counter], newCounter func() prometheus.Counter) prometheus.Counter {
	if c := p.Load(); c != nil {
		return *c
	}
	c := newCounter()
	p.Store(&c)
	return c
}

func (m *rpcMetrics) unary() grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
		start := time.Now()
		s := m.of(ctx, info.FullMethod, "unary")
		s.started.Inc()
		s.received.Inc()
		resp, err := h(ctx, req)
		if err == nil {
			s.sentCounter(m).Inc()
		}
		m.done(s, err, time.Since(start))
		return resp, err
	}
}

func (m *rpcMetrics) stream() grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, h grpc.StreamHandler) error {
		start := time.Now()
		s := m.of(ss.Context(), info.FullMethod, methodType(info.IsClientStream, info.IsServerStream))
		s.started.Inc()
		err := h(srv, &countedStream{ServerStream: ss, m: m, s: s})
		m.done(s, err, time.Since(start))
		return err
	}
}

// countedStream counts the messages a stream sent and received.
type countedStream struct {
	grpc.ServerStream
	m *rpcMetrics
	s *rpcSeries
}

func (c *countedStream) SendMsg(msg any) error {
	err := c.ServerStream.SendMsg(msg)
	if err == nil {
		c.s.sentCounter(c.m).Inc()
	}
	return err
}

func (c *countedStream) RecvMsg(msg any) error {
	err := c.ServerStream.RecvMsg(msg)
	if err == nil {
		c.s.received.Inc()
	}
	return err
}
