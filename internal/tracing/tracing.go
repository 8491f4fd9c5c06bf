// Package tracing gives the gateway its OpenTelemetry tracer provider, set up
// from the standard OTEL_* environment variables, and the propagator every hop
// uses (W3C tracecontext and baggage).
//
// Tracing is off unless the environment asks for it: OTEL_TRACES_EXPORTER names
// an exporter (otlp, console), or an OTLP endpoint is set
// (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT).
// OTEL_SDK_DISABLED=true, or OTEL_TRACES_EXPORTER=none, keeps it off whatever
// else is set. Off, the provider is OpenTelemetry's no-op one, and the server
// installs no instrumentation at all (see Enabled), so a gateway that does not
// trace pays nothing for it.
//
// On, the exporter is chosen by go.opentelemetry.io/contrib/exporters/autoexport
// (OTLP over HTTP/protobuf by default, OTEL_EXPORTER_OTLP_PROTOCOL=grpc for
// gRPC), spans go out in batches (OTEL_BSP_*), the sampler follows
// OTEL_TRACES_SAMPLER (default: parent-based, always on), and the resource
// carries service.name "wxgate" unless OTEL_SERVICE_NAME or
// OTEL_RESOURCE_ATTRIBUTES say otherwise.
package tracing

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"go.opentelemetry.io/contrib/exporters/autoexport"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/noop"
)

// ServiceName is the service.name spans carry unless OTEL_SERVICE_NAME says otherwise.
const ServiceName = "wxgate"

// Provider is the gateway's tracer provider and what it takes to stop it.
type Provider struct {
	trace.TracerProvider
	shutdown func(context.Context) error
}

// Shutdown flushes the spans not yet exported and stops the exporter; ctx bounds
// the wait. A no-op provider has nothing to flush.
func (p *Provider) Shutdown(ctx context.Context) error {
	if p == nil || p.shutdown == nil {
		return nil
	}
	return p.shutdown(ctx)
}

// Off is the provider of a gateway that does not trace.
func Off() *Provider { return &Provider{TracerProvider: noop.NewTracerProvider()} }

// Configured says the environment asks for traces, and why (the variable that
// turned them on), or why not.
func Configured(getenv func(string) string) (on bool, why string) {
	if disabled, _ := strconv.ParseBool(strings.TrimSpace(getenv("OTEL_SDK_DISABLED"))); disabled {
		return false, "OTEL_SDK_DISABLED is true"
	}
	switch exp := strings.TrimSpace(getenv("OTEL_TRACES_EXPORTER")); exp {
	case "none":
		return false, "OTEL_TRACES_EXPORTER is none"
	case "":
	default:
		return true, "OTEL_TRACES_EXPORTER=" + exp
	}
	for _, k := range []string{"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT"} {
		if strings.TrimSpace(getenv(k)) != "" {
			return true, k + " is set"
		}
	}
	return false, "neither OTEL_TRACES_EXPORTER nor OTEL_EXPORTER_OTLP_ENDPOINT is set"
}

// FromEnv builds the provider the environment asks for (see the package
// comment): the no-op one unless tracing is configured. The exporter does not
// connect until it has spans to send, so an unreachable collector does not stop
// the gateway from starting; a value no exporter understands does.
func FromEnv(ctx context.Context) (*Provider, error) {
	if on, _ := Configured(os.Getenv); !on {
		return Off(), nil
	}
	if exp := strings.TrimSpace(os.Getenv("OTEL_TRACES_EXPORTER")); strings.Contains(exp, ",") {
		// autoexport takes one name; a list would fail there with a less clear message.
		return nil, fmt.Errorf("tracing: OTEL_TRACES_EXPORTER=%q: wxgate sends traces to one exporter (otlp, console or none)", exp)
	}
	exporter, err := autoexport.NewSpanExporter(ctx)
	if err != nil {
		return nil, fmt.Errorf("tracing: %w", err)
	}
	res, err := resource.New(ctx,
		resource.WithAttributes(semconv.ServiceName(ServiceName)),
		resource.WithFromEnv(), // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win
		resource.WithTelemetrySDK(),
	)
	if err != nil && !errors.Is(err, resource.ErrPartialResource) {
		exporter.Shutdown(ctx)
		return nil, fmt.Errorf("tracing: resource: %w", err)
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exporter), sdktrace.WithResource(res))
	return &Provider{TracerProvider: tp, shutdown: tp.Shutdown}, nil
}

// Enabled says tp records spans: neither nil nor a no-op provider. Where it does
// not, callers install no instrumentation.
func Enabled(tp trace.TracerProvider) bool {
	if p, ok := tp.(*Provider); ok {
		tp = p.TracerProvider
	}
	switch tp.(type) {
	case nil, noop.TracerProvider:
		return false
	}
	return true
}

// Unwrap is the provider inside p (tp itself if it is no *Provider).
func Unwrap(tp trace.TracerProvider) trace.TracerProvider {
	if p, ok := tp.(*Provider); ok {
		return p.TracerProvider
	}
	return tp
}

// Propagator carries a trace from hop to hop: W3C traceparent/tracestate and
// baggage, on HTTP headers and gRPC metadata alike.
func Propagator() propagation.TextMapPropagator {
	return propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{})
}

// Attributes of the gateway's own spans, besides OpenTelemetry's semantic
// conventions. None holds a secret: names from the configuration, and WeChat's
// errcode.
const (
	// CallerKey is the caller's configured name, "anonymous" (auth mode none) or
	// "unauthenticated": never its key.
	CallerKey = attribute.Key("wxgate.caller")
	// AccountKey is the configured name of the account a call acts for.
	AccountKey = attribute.Key("wxgate.account")
	// ErrcodeKey is the errcode WeChat answered (0: success).
	ErrcodeKey = attribute.Key("wechat.errcode")
)
