package server

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel/attribute"
	metricnoop "go.opentelemetry.io/otel/metric/noop"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/grpc"
	"google.golang.org/grpc/stats"

	"github.com/wxgate/wxgate/internal/callers"
	"github.com/wxgate/wxgate/internal/middleware"
	"github.com/wxgate/wxgate/internal/tracing"
)

// Tracing (Options.TracerProvider): when on, a REST call is an HTTP server span
// (otelhttp, which takes the caller's traceparent) and, under it, the RPC's span
// that the in-process channel starts with the gRPC server's own stats handler
// (otelgrpc), whose children are the upstream client's attempts and token
// refreshes: one trace from the caller to WeChat. A direct gRPC call starts at
// its RPC span (its traceparent comes as metadata). Every span of the
// instrumentation libraries goes through tracing.Scrubbed. Off (nil or no-op
// provider), none of it is installed.

// noMeters keeps the instrumentation from making OpenTelemetry metrics: the
// gateway's metrics are Prometheus's, on /metrics.
var noMeters = metricnoop.NewMeterProvider()

// rpcTracing is the stats handler that makes the calls' spans, on the gRPC server
// and on the REST layer's in-process channel; nil when tracing is off.
func (s *Server) rpcTracing() stats.Handler {
	if s.tracer == nil {
		return nil
	}
	return otelgrpc.NewServerHandler(
		otelgrpc.WithTracerProvider(tracing.Scrubbed(s.tracer)),
		otelgrpc.WithPropagators(tracing.Propagator()),
		otelgrpc.WithMeterProvider(noMeters),
		otelgrpc.WithFilter(traced),
	)
}

// grpcTracing are the gRPC server's options for tracing.
func grpcTracing(h stats.Handler) []grpc.ServerOption {
	if h == nil {
		return nil
	}
	return []grpc.ServerOption{grpc.StatsHandler(h)}
}

// traced leaves out health checks, which probes make every few seconds.
func traced(info *stats.RPCTagInfo) bool {
	return !strings.HasPrefix(info.FullMethodName, "/grpc.health.v1.Health/")
}

// chainTracing names the caller and the account on the call's RPC span.
func (s *Server) chainTracing() []middleware.Option {
	if s.tracer == nil {
		return nil
	}
	return []middleware.Option{middleware.WithSpanAttributes(s.spanAttributes)}
}

// spanAttributes are the caller's name and the account of a call, once the
// caller is identified; an account name the gateway does not run is left out
// (it is the caller's input).
func (s *Server) spanAttributes(ctx context.Context) []attribute.KeyValue {
	attrs := []attribute.KeyValue{tracing.CallerKey.String(callers.Label(ctx))}
	if account, err := s.pickAccount(ctx); err == nil && account != "" {
		attrs = append(attrs, tracing.AccountKey.String(account))
	}
	return attrs
}

// restRoute is where the in-process channel leaves the route of the REST call in
// flight for the HTTP span's name, which otelhttp sets again as the call ends.
type restRoute struct{ pattern string }

type restRouteKey struct{}

// beginRESTCall starts the RPC span of a REST call on the in-process channel, as
// the gRPC server's stats handler does for a gRPC call (the same handler: REST and
// gRPC calls of a method have the same span), a child of the HTTP span; it
// hands the REST route (grpc-gateway's path pattern, e.g.
// /v1/wifi/shops/{shop_id}/homepage, never the path with its values) to the HTTP
// span. end ends the RPC span with the call's error.
func beginRESTCall(ctx context.Context, h stats.Handler, method string) (_ context.Context, end func(error)) {
	if pattern, ok := runtime.HTTPPathPattern(ctx); ok {
		if rt, _ := ctx.Value(restRouteKey{}).(*restRoute); rt != nil {
			rt.pattern = pattern
		}
		if span := trace.SpanFromContext(ctx); span.IsRecording() {
			span.SetAttributes(semconv.HTTPRoute(pattern))
		}
	}
	begin := time.Now()
	ctx = h.TagRPC(ctx, &stats.RPCTagInfo{FullMethodName: method})
	h.HandleRPC(ctx, &stats.Begin{BeginTime: begin})
	return ctx, func(err error) {
		h.HandleRPC(ctx, &stats.End{BeginTime: begin, EndTime: time.Now(), Error: err})
	}
}

// traceREST makes a span of each REST call (the /v1/ routes, and any other path
// that is no endpoint of its own), taking the caller's traceparent.
func (s *Server) traceREST(next http.Handler) http.Handler {
	if s.tracer == nil {
		return next
	}
	h := otelhttp.NewHandler(next, "REST",
		otelhttp.WithTracerProvider(tracing.Scrubbed(s.tracer)),
		otelhttp.WithPropagators(tracing.Propagator()),
		otelhttp.WithMeterProvider(noMeters),
		otelhttp.WithSpanNameFormatter(restSpanName),
	)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), restRouteKey{}, &restRoute{})))
	})
}

// restSpanName is "METHOD route" once the route is known, else the method alone
// (OpenTelemetry's HTTP conventions: never the path, whose values are unbounded).
func restSpanName(_ string, r *http.Request) string {
	if rt, _ := r.Context().Value(restRouteKey{}).(*restRoute); rt != nil && rt.pattern != "" {
		return r.Method + " " + rt.pattern
	}
	return r.Method
}

// traceCompat makes a span of each pass-through request, taking the SDK's
// traceparent; the pass-through names its caller, account and errcode on it.
func (s *Server) traceCompat(next http.Handler) http.Handler {
	if s.tracer == nil {
		return next
	}
	return otelhttp.NewHandler(next, "compat",
		otelhttp.WithTracerProvider(tracing.Scrubbed(s.tracer)),
		otelhttp.WithPropagators(tracing.Propagator()),
		otelhttp.WithMeterProvider(noMeters),
		otelhttp.WithSpanNameFormatter(func(_ string, r *http.Request) string { return "compat " + r.Method }),
	)
}

// restCaller names the REST caller on the HTTP span (one refused at the door
// never reaches the gRPC span that names it otherwise).
func restCaller(r *http.Request, id *callers.Identity) {
	if span := trace.SpanFromContext(r.Context()); span.IsRecording() {
		span.SetAttributes(tracing.CallerKey.String(id.Label()))
	}
}
