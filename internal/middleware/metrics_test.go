package middleware

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	grpcprom "github.com/grpc-ecosystem/go-grpc-middleware/providers/prometheus"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/common/expfmt"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"

	"github.com/wxgate/wxgate/internal/callers"
)

// TestRPCMetricsAsTheLibrary runs the same calls through rpcMetrics and through
// go-grpc-middleware's server metrics (which it replaced) and compares what each
// exposes: names, help, labels and counts, histogram buckets but not the times.
func TestRPCMetricsAsTheLibrary(t *testing.T) {
	ours := newRPCMetrics()
	ourReg := prometheus.NewPedanticRegistry()
	ourReg.MustRegister(ours.collectors()...)

	lib := grpcprom.NewServerMetrics(grpcprom.WithServerHandlingTimeHistogram(), grpcprom.WithContextLabels("caller"))
	libReg := prometheus.NewPedanticRegistry()
	libReg.MustRegister(lib)
	callerLabel := grpcprom.WithLabelsFromContext(func(ctx context.Context) prometheus.Labels {
		return prometheus.Labels{"caller": callers.Label(ctx)}
	})

	// a real server's registered methods, for InitializeMetrics
	srv := grpc.NewServer()
	healthpb.RegisterHealthServer(srv, health.NewServer())
	(&Chain{metrics: ours}).InitializeMetrics(srv)
	lib.InitializeMetrics(srv)

	orders := callers.NewContext(context.Background(), &callers.Identity{Caller: &callers.Caller{Name: "orders"}})
	unauthenticated := callers.NewContext(context.Background(), &callers.Identity{})
	unaries := []struct {
		ctx    context.Context
		method string
		err    error
	}{
		{orders, "/wxgate.wifi.v1.WifiService/GetConnectUrl", nil},
		{orders, "/wxgate.wifi.v1.WifiService/GetConnectUrl", nil},
		{orders, "/wxgate.wifi.v1.WifiService/GetConnectUrl", status.Error(codes.NotFound, "no such shop")},
		{unauthenticated, "/wxgate.wifi.v1.WifiService/GetConnectUrl", status.Error(codes.Unauthenticated, "no key")},
		{context.Background(), "/wxgate.card.v1.CardService/GetCard", context.Canceled},
		{orders, "/wxgate.card.v1.CardService/GetCard", context.DeadlineExceeded},
		{orders, "/wxgate.card.v1.CardService/GetCard", errors.New("plain")},
		{orders, "/wxgate.card.v1.CardService/GetCard", status.Error(codes.Code(42), "beyond the codes")},
	}
	for _, c := range unaries {
		info := &grpc.UnaryServerInfo{FullMethod: c.method}
		h := func(context.Context, any) (any, error) { return "answer", c.err }
		for _, ic := range []grpc.UnaryServerInterceptor{ours.unary(), lib.UnaryServerInterceptor(callerLabel)} {
			if _, err := ic(c.ctx, "request", info, h); err != c.err {
				t.Fatalf("%s: the interceptor changed the error: %v", c.method, err)
			}
		}
	}
	streams := []struct {
		info       *grpc.StreamServerInfo
		recv, send int
		err        error
	}{
		{&grpc.StreamServerInfo{FullMethod: "/wxgate.events.v1.EventService/Subscribe", IsServerStream: true}, 1, 3, nil},
		{&grpc.StreamServerInfo{FullMethod: "/wxgate.events.v1.EventService/Subscribe", IsServerStream: true}, 1, 2, status.Error(codes.Unavailable, "gone")},
		{&grpc.StreamServerInfo{FullMethod: "/test.Bidi/Talk", IsClientStream: true, IsServerStream: true}, 4, 1, nil},
		{&grpc.StreamServerInfo{FullMethod: "/test.Up/Send", IsClientStream: true}, 2, 1, nil},
	}
	for _, c := range streams {
		h := func(_ any, ss grpc.ServerStream) error {
			for range c.recv {
				ss.RecvMsg(new(string))
			}
			ss.RecvMsg(new(string)) // the end of the stream: not a message
			for range c.send {
				ss.SendMsg("message")
			}
			return c.err
		}
		for _, ic := range []grpc.StreamServerInterceptor{ours.stream(), lib.StreamServerInterceptor(callerLabel)} {
			ss := &fakeStream{ctx: orders, recv: c.recv}
			if err := ic(nil, ss, c.info, h); err != c.err {
				t.Fatalf("%s: the interceptor changed the error: %v", c.info.FullMethod, err)
			}
		}
	}

	got, want := exposition(t, ourReg), exposition(t, libReg)
	if got != want {
		t.Errorf("exposition differs from go-grpc-middleware's\n--- ours\n%s\n--- library\n%s", got, want)
	}
	for _, line := range []string{
		`grpc_server_handled_total{caller="orders",grpc_code="OK",grpc_method="GetConnectUrl",grpc_service="wxgate.wifi.v1.WifiService",grpc_type="unary"} 2`,
		`grpc_server_handled_total{caller="gateway",grpc_code="Canceled",grpc_method="GetCard",grpc_service="wxgate.card.v1.CardService",grpc_type="unary"} 1`,
		`grpc_server_msg_sent_total{caller="orders",grpc_method="Subscribe",grpc_service="wxgate.events.v1.EventService",grpc_type="server_stream"} 5`,
		`grpc_server_started_total{caller="",grpc_method="Check",grpc_service="grpc.health.v1.Health",grpc_type="unary"} 0`,
	} {
		if !strings.Contains(got, line+"\n") {
			t.Errorf("exposition lacks %s", line)
		}
	}
}

// exposition is reg's text exposition, without what depends on the calls' times:
// each histogram's sum and its buckets' counts (its count stays).
func exposition(t *testing.T, reg *prometheus.Registry) string {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	for _, mf := range mfs {
		for _, m := range mf.Metric {
			if h := m.Histogram; h != nil {
				h.SampleSum = nil
				for _, b := range h.Bucket { // the bounds, not where each call fell
					b.CumulativeCount = new(uint64)
				}
			}
		}
		if _, err := expfmt.MetricFamilyToText(&buf, mf); err != nil {
			t.Fatal(err)
		}
	}
	return buf.String()
}

// fakeStream is a server stream whose client sends recv messages and then ends.
type fakeStream struct {
	grpc.ServerStream
	ctx  context.Context
	recv int
}

func (s *fakeStream) Context() context.Context { return s.ctx }
func (s *fakeStream) SendMsg(any) error        { return nil }
func (s *fakeStream) RecvMsg(any) error {
	if s.recv == 0 {
		return errors.New("EOF")
	}
	s.recv--
	return nil
}
