// Package middleware builds the gateway's gRPC interceptor chain, outermost first:
// recovery, caller identification, logging, metrics, caller authorization, the bound
// on calls in flight (WithInFlight), request validation. Identification comes before logging and metrics so that both name
// the caller, refused calls included; authorization refuses before validation and
// the handlers run. REST calls reach the services over an in-process channel that
// runs the same chain (Unary). With tracing on (WithSpanAttributes), the call's
// span gets its caller and account right after identification.
package middleware

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"slices"
	"strings"

	"buf.build/go/protovalidate"
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery"
	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/wxgate/wxgate/internal/callers"
	"github.com/wxgate/wxgate/internal/inflight"
)

// Chain is the server's interceptors.
type Chain struct {
	metrics *rpcMetrics
	unary   []grpc.UnaryServerInterceptor
	stream  []grpc.StreamServerInterceptor
}

// Option changes the chain.
type Option func(*options)

type options struct {
	spanAttrs func(context.Context) []attribute.KeyValue
	inFlight  *inflight.Limit
}

// WithInFlight bounds the unary calls in flight to the gateway's own services
// (wxgate.*; gRPC health checks are never refused): past limit, a call is refused
// (inflight.Limit.Err) once it is authorized, so the refusal is logged, counted and
// named for its caller, and an unauthorized caller holds no place. Streams (event
// subscriptions, open for hours) are not counted: events bounds its subscribers.
func WithInFlight(limit *inflight.Limit) Option {
	return func(o *options) { o.inFlight = limit }
}

// WithSpanAttributes puts what attrs finds in a call's context, once its caller is
// identified (the caller's name, the account), on the call's span, when one is
// recording (the gRPC server's tracing is on), refused calls included.
func WithSpanAttributes(attrs func(context.Context) []attribute.KeyValue) Option {
	return func(o *options) { o.spanAttrs = attrs }
}

// New builds the chain around guard's checks. Metrics are registered with reg.
func New(log *slog.Logger, reg prometheus.Registerer, guard *callers.Guard, opts ...Option) (*Chain, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	validator, err := protovalidate.New()
	if err != nil {
		return nil, fmt.Errorf("protovalidate: %w", err)
	}
	metrics := newRPCMetrics()
	reg.MustRegister(metrics.collectors()...)

	rec := recovery.WithRecoveryHandlerContext(recoverer(log))
	lg := callLog{log}
	c := &Chain{
		metrics: metrics,
		unary: []grpc.UnaryServerInterceptor{
			recovery.UnaryServerInterceptor(rec),
			guard.UnaryIdentify(),
			lg.unary(),
			metrics.unary(),
			guard.UnaryCheck(),
			validateUnary(validator),
		},
		stream: []grpc.StreamServerInterceptor{
			recovery.StreamServerInterceptor(rec),
			guard.StreamIdentify(),
			lg.stream(),
			metrics.stream(),
			guard.StreamCheck(),
			validateStream(validator),
		},
	}
	if o.inFlight != nil { // after authorization, before validation
		c.unary = slices.Insert(c.unary, len(c.unary)-1, inFlightUnary(o.inFlight))
	}
	if o.spanAttrs != nil { // right after identification; absent, it costs nothing
		c.unary = slices.Insert(c.unary, 2, spanUnary(o.spanAttrs))
		c.stream = slices.Insert(c.stream, 2, spanStream(o.spanAttrs))
	}
	return c, nil
}

func inFlightUnary(limit *inflight.Limit) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
		if !strings.HasPrefix(info.FullMethod, "/wxgate.") { // health checks answer whatever the load
			return h(ctx, req)
		}
		if !limit.Acquire() {
			return nil, limit.Err()
		}
		defer limit.Release()
		return h(ctx, req)
	}
}

func spanUnary(attrs func(context.Context) []attribute.KeyValue) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, _ *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
		if span := trace.SpanFromContext(ctx); span.IsRecording() {
			span.SetAttributes(attrs(ctx)...)
		}
		return h(ctx, req)
	}
}

func spanStream(attrs func(context.Context) []attribute.KeyValue) grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, _ *grpc.StreamServerInfo, h grpc.StreamHandler) error {
		if span := trace.SpanFromContext(ss.Context()); span.IsRecording() {
			span.SetAttributes(attrs(ss.Context())...)
		}
		return h(srv, ss)
	}
}

// ServerOptions are the grpc.Server options that install the chain.
func (c *Chain) ServerOptions() []grpc.ServerOption {
	return []grpc.ServerOption{
		grpc.ChainUnaryInterceptor(c.unary...),
		grpc.ChainStreamInterceptor(c.stream...),
	}
}

// Unary is the unary chain as one interceptor, outermost first, as
// grpc.ChainUnaryInterceptor runs it: for the REST layer's in-process channel,
// which calls the services without a grpc.Server.
func (c *Chain) Unary() grpc.UnaryServerInterceptor {
	return chainUnary(c.unary)
}

func chainUnary(ics []grpc.UnaryServerInterceptor) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
		return nextUnary(ics, 0, info, h)(ctx, req)
	}
}

// nextUnary is the handler that runs ics[i:] and then h.
func nextUnary(ics []grpc.UnaryServerInterceptor, i int, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) grpc.UnaryHandler {
	if i == len(ics) {
		return h
	}
	return func(ctx context.Context, req any) (any, error) {
		return ics[i](ctx, req, info, nextUnary(ics, i+1, info, h))
	}
}

// recoverer logs a handler's panic with its stack and answers a plain INTERNAL: the
// library's default would send the panic value to the client.
func recoverer(log *slog.Logger) recovery.RecoveryHandlerFuncContext {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in handler", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return status.Error(codes.Internal, "internal error")
	}
}
