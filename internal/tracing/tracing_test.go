package tracing_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/noop"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	"go.uber.org/goleak"
	"google.golang.org/protobuf/proto"

	"github.com/wxgate/wxgate/internal/tracing"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// otelVars are the variables that decide whether the gateway traces.
var otelVars = []string{"OTEL_SDK_DISABLED", "OTEL_TRACES_EXPORTER", "OTEL_EXPORTER_OTLP_ENDPOINT",
	"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_PROTOCOL", "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL",
	"OTEL_SERVICE_NAME", "OTEL_RESOURCE_ATTRIBUTES", "OTEL_TRACES_SAMPLER"}

// setEnv clears every OTEL variable for the test, then sets kv (name, value pairs).
func setEnv(t *testing.T, kv ...string) {
	for _, k := range otelVars {
		t.Setenv(k, "")
	}
	for i := 0; i+1 < len(kv); i += 2 {
		t.Setenv(kv[i], kv[i+1])
	}
}

// TestOffUnlessConfigured: without OTEL variables (or with tracing disabled in
// one of the standard ways) the provider is OpenTelemetry's no-op one, whose
// spans record nothing; an exporter or an endpoint turns it on.
func TestOffUnlessConfigured(t *testing.T) {
	tests := []struct {
		name string
		env  []string
		on   bool
	}{
		{"nothing set", nil, false},
		{"only the service name", []string{"OTEL_SERVICE_NAME", "shop"}, false},
		{"exporter none", []string{"OTEL_TRACES_EXPORTER", "none", "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318"}, false},
		{"SDK disabled", []string{"OTEL_SDK_DISABLED", "true", "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318"}, false},
		{"an OTLP endpoint", []string{"OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318"}, true},
		{"a traces endpoint", []string{"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://127.0.0.1:4318/v1/traces"}, true},
		{"the otlp exporter", []string{"OTEL_TRACES_EXPORTER", "otlp"}, true},
		{"SDK disabled false", []string{"OTEL_SDK_DISABLED", "false", "OTEL_TRACES_EXPORTER", "otlp"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setEnv(t, tt.env...)
			p, err := tracing.FromEnv(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			defer p.Shutdown(context.Background())
			if got := tracing.Enabled(p); got != tt.on {
				t.Errorf("Enabled = %v, want %v", got, tt.on)
			}
			_, isNoop := p.TracerProvider.(noop.TracerProvider)
			if isNoop == tt.on {
				t.Errorf("provider %T, want no-op %v", p.TracerProvider, !tt.on)
			}
			// Never ended: Shutdown would send an ended span to the endpoint (none
			// listens on it; TestExportsToTheEndpoint sends to a real one).
			_, span := p.Tracer("test").Start(context.Background(), "probe")
			if span.IsRecording() != tt.on {
				t.Errorf("a span records: %v, want %v", span.IsRecording(), tt.on)
			}
		})
	}
	if tracing.Enabled(nil) || tracing.Enabled(tracing.Off()) || tracing.Enabled(noop.NewTracerProvider()) {
		t.Error("nil, Off or a no-op provider counts as tracing")
	}
}

// collector is an OTLP/HTTP trace receiver on a loopback port.
type collector struct {
	*httptest.Server
	mu    sync.Mutex
	got   []*coltracepb.ExportTraceServiceRequest
	paths []string
}

func newCollector(t *testing.T) *collector {
	c := &collector{}
	c.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		var req coltracepb.ExportTraceServiceRequest
		if err := proto.Unmarshal(raw, &req); err != nil {
			t.Errorf("the collector got no OTLP protobuf (%s): %v", r.Header.Get("Content-Type"), err)
		}
		c.mu.Lock()
		c.got, c.paths = append(c.got, &req), append(c.paths, r.Method+" "+r.URL.Path)
		c.mu.Unlock()
		w.Header().Set("Content-Type", "application/x-protobuf")
		out, _ := proto.Marshal(&coltracepb.ExportTraceServiceResponse{})
		w.Write(out)
	}))
	t.Cleanup(c.Close)
	return c
}

// TestExportsToTheEndpoint: OTEL_EXPORTER_OTLP_ENDPOINT alone sends spans over
// OTLP/HTTP to it, under service.name wxgate, flushed by Shutdown; with the SDK
// disabled nothing is sent.
func TestExportsToTheEndpoint(t *testing.T) {
	c := newCollector(t)
	setEnv(t, "OTEL_EXPORTER_OTLP_ENDPOINT", c.URL)
	p, err := tracing.FromEnv(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	_, span := p.Tracer("test").Start(context.Background(), "probe")
	span.End()
	if err := p.Shutdown(context.Background()); err != nil { // flushes the batch
		t.Fatal(err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.got) != 1 || c.paths[0] != "POST /v1/traces" {
		t.Fatalf("the collector got %d exports (%v), want 1 POST /v1/traces", len(c.got), c.paths)
	}
	rs := c.got[0].GetResourceSpans()
	if len(rs) != 1 || len(rs[0].GetScopeSpans()) != 1 || rs[0].GetScopeSpans()[0].GetSpans()[0].GetName() != "probe" {
		t.Fatalf("exported %v, want the span probe", rs)
	}
	service := ""
	for _, a := range rs[0].GetResource().GetAttributes() {
		if a.GetKey() == "service.name" {
			service = a.GetValue().GetStringValue()
		}
	}
	if service != tracing.ServiceName {
		t.Errorf("service.name = %q, want %q", service, tracing.ServiceName)
	}
}

func TestServiceNameFromEnv(t *testing.T) {
	c := newCollector(t)
	setEnv(t, "OTEL_EXPORTER_OTLP_ENDPOINT", c.URL, "OTEL_SERVICE_NAME", "wxgate-eu")
	p, err := tracing.FromEnv(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	_, span := p.Tracer("test").Start(context.Background(), "probe")
	span.End()
	p.Shutdown(context.Background())
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.got) != 1 {
		t.Fatalf("%d exports", len(c.got))
	}
	for _, a := range c.got[0].GetResourceSpans()[0].GetResource().GetAttributes() {
		if a.GetKey() == "service.name" && a.GetValue().GetStringValue() != "wxgate-eu" {
			t.Errorf("service.name = %q, want OTEL_SERVICE_NAME's", a.GetValue().GetStringValue())
		}
	}
}

func TestBadConfiguration(t *testing.T) {
	for _, env := range [][]string{
		{"OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318", "OTEL_EXPORTER_OTLP_PROTOCOL", "carrier-pigeon"},
		{"OTEL_TRACES_EXPORTER", "zipkin"},
		{"OTEL_TRACES_EXPORTER", "otlp,console"},
	} {
		setEnv(t, env...)
		if p, err := tracing.FromEnv(context.Background()); err == nil {
			p.Shutdown(context.Background())
			t.Errorf("%v: no error", env)
		}
	}
}

// TestScrubbed: spans of instrumentation through Scrubbed keep their status code
// but not its description, an error's type but not its message, and no query,
// URL, header or metadata attribute; spans found again in the context scrub too.
func TestScrubbed(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	defer tp.Shutdown(context.Background())
	const secret = "access_token=SECRET-TOKEN"
	ctx, span := tracing.Scrubbed(tp).Tracer("lib").Start(context.Background(), "call", trace.WithSpanKind(trace.SpanKindServer),
		trace.WithAttributes(attribute.String("url.query", secret), attribute.String("url.path", "/cgi-bin/x")))
	span.SetAttributes(attribute.String("url.full", "http://h/x?"+secret), attribute.String("http.request.header.authorization", secret),
		attribute.String("rpc.grpc.request.metadata.authorization", secret), attribute.Int("http.response.status_code", 500))
	span.AddEvent("message", trace.WithAttributes(attribute.String("url.query", secret), attribute.Int("size", 3)))
	span.RecordError(errors.New("failed: " + secret))
	trace.SpanFromContext(ctx).SetStatus(codes.Error, "failed: "+secret)
	span.End()

	spans := exp.GetSpans()
	if len(spans) != 1 {
		t.Fatalf("%d spans", len(spans))
	}
	s := spans[0]
	var text strings.Builder
	for _, a := range s.Attributes {
		text.WriteString(string(a.Key) + "=" + a.Value.Emit() + " ")
	}
	for _, e := range s.Events {
		text.WriteString(e.Name + ":")
		for _, a := range e.Attributes {
			text.WriteString(string(a.Key) + "=" + a.Value.Emit() + " ")
		}
	}
	text.WriteString(s.Status.Description)
	if strings.Contains(text.String(), "SECRET") {
		t.Errorf("the span says %s", text.String())
	}
	for _, want := range []string{"url.path=/cgi-bin/x", "http.response.status_code=500", "message:size=3", "exception:exception.type=*errors.errorString"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("the span lost %q: %s", want, text.String())
		}
	}
	if s.Status.Code != codes.Error || s.SpanKind != trace.SpanKindServer {
		t.Errorf("status %v, kind %v: want Error, server", s.Status, s.SpanKind)
	}
}
