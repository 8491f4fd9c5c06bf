package tracing

import (
	"context"
	"fmt"
	"strings"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/embedded"
)

// Scrubbed is tp for instrumentation the gateway does not write itself
// (otelgrpc, otelhttp): its spans keep their status code but not its
// description, which is the call's error message (a WeChat errmsg may echo what
// the request held, a validation message may quote it); an error recorded on
// them keeps its type, not its message; and attributes that would hold a query
// string, a whole URL or request headers or metadata (where access tokens and
// caller keys travel) are dropped, whatever the library's version records.
func Scrubbed(tp trace.TracerProvider) trace.TracerProvider {
	return scrubProvider{tp: Unwrap(tp)}
}

type scrubProvider struct {
	embedded.TracerProvider
	tp trace.TracerProvider
}

func (p scrubProvider) Tracer(name string, opts ...trace.TracerOption) trace.Tracer {
	return scrubTracer{t: p.tp.Tracer(name, opts...)}
}

type scrubTracer struct {
	embedded.Tracer
	t trace.Tracer
}

func (t scrubTracer) Start(ctx context.Context, name string, opts ...trace.SpanStartOption) (context.Context, trace.Span) {
	if cfg := trace.NewSpanStartConfig(opts...); hasDenied(cfg.Attributes()) {
		kept := []trace.SpanStartOption{
			trace.WithAttributes(allowed(cfg.Attributes())...),
			trace.WithSpanKind(cfg.SpanKind()),
			trace.WithLinks(cfg.Links()...),
		}
		if ts := cfg.Timestamp(); !ts.IsZero() {
			kept = append(kept, trace.WithTimestamp(ts))
		}
		if cfg.NewRoot() {
			kept = append(kept, trace.WithNewRoot())
		}
		opts = kept
	}
	ctx, span := t.t.Start(ctx, name, opts...)
	if !span.IsRecording() {
		return ctx, span
	}
	s := scrubSpan{Span: span}
	// The library finds its span in the context again (otelgrpc's HandleRPC does):
	// it must find the scrubbing one.
	return trace.ContextWithSpan(ctx, s), s
}

// scrubSpan is a recording span of an instrumentation library.
type scrubSpan struct{ trace.Span }

func (s scrubSpan) SetStatus(code codes.Code, _ string) { s.Span.SetStatus(code, "") }

func (s scrubSpan) RecordError(err error, _ ...trace.EventOption) {
	if err != nil {
		s.Span.AddEvent(semconv.ExceptionEventName, trace.WithAttributes(semconv.ExceptionType(fmt.Sprintf("%T", err))))
	}
}

func (s scrubSpan) SetAttributes(kv ...attribute.KeyValue) {
	if hasDenied(kv) {
		kv = allowed(kv)
	}
	s.Span.SetAttributes(kv...)
}

func (s scrubSpan) AddEvent(name string, opts ...trace.EventOption) {
	if cfg := trace.NewEventConfig(opts...); hasDenied(cfg.Attributes()) {
		opts = []trace.EventOption{trace.WithAttributes(allowed(cfg.Attributes())...), trace.WithTimestamp(cfg.Timestamp())}
	}
	s.Span.AddEvent(name, opts...)
}

// denied says an attribute may hold a credential or what a request carried.
func denied(k attribute.Key) bool {
	switch k {
	case semconv.URLQueryKey, semconv.URLFullKey, semconv.ExceptionMessageKey:
		return true
	}
	for _, prefix := range []string{"http.request.header.", "http.response.header.", "rpc.grpc.request.metadata.", "rpc.grpc.response.metadata.", "rpc.request.metadata.", "rpc.response.metadata."} {
		if strings.HasPrefix(string(k), prefix) {
			return true
		}
	}
	return false
}

func hasDenied(kv []attribute.KeyValue) bool {
	for _, a := range kv {
		if denied(a.Key) {
			return true
		}
	}
	return false
}

func allowed(kv []attribute.KeyValue) []attribute.KeyValue {
	out := make([]attribute.KeyValue, 0, len(kv))
	for _, a := range kv {
		if !denied(a.Key) {
			out = append(out, a)
		}
	}
	return out
}
