package upstream

import (
	"context"
	"errors"
	"strconv"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
	grpcstatus "google.golang.org/grpc/status"

	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/tracing"
)

// The client's spans (Config.Tracer): one per request to WeChat (an attempt: a
// call retried after errcode -1, or made again after a refused token, has one
// span per attempt), one per token or ticket refresh, and the limiter's decision
// and the waits between attempts as events on them. They carry the account, the
// path (never the query, which holds the access_token or the secret), the
// errcode and the attempt's retry number; never a token, the secret, a request
// or an answer body, or WeChat's errmsg (which may echo the request).

// tracerName is the instrumentation scope of the client's spans.
const tracerName = "github.com/wxgate/wxgate/internal/upstream"

// Span attributes and events of the client.
const (
	attrAccount     = tracing.AccountKey
	attrPath        = attribute.Key("url.path")
	attrMethod      = attribute.Key("http.request.method")
	attrServer      = attribute.Key("server.address")
	attrStatus      = attribute.Key("http.response.status_code")
	attrErrcode     = tracing.ErrcodeKey
	attrRetry       = attribute.Key("wxgate.upstream.retry")
	attrErrorType   = attribute.Key("error.type")
	attrTokenKind   = attribute.Key("wxgate.token.kind")
	attrTokenAhead  = attribute.Key("wxgate.token.ahead")
	attrExpiresIn   = attribute.Key("wxgate.token.expires_in_s")
	attrLimitResult = attribute.Key("wxgate.ratelimit.result")
	attrLimitTook   = attribute.Key("wxgate.ratelimit.decision_ms")
	attrLimitRetry  = attribute.Key("wxgate.ratelimit.retry_after_ms")
	attrBackoff     = attribute.Key("wxgate.upstream.backoff_ms")

	// EventRateLimit is the limiter's decision before a request: allowed, or
	// which limit refused it and how long until it would be allowed.
	EventRateLimit = "wxgate.ratelimit"
	// EventBackoff is the wait after a failed attempt before the next one.
	EventBackoff = "wxgate.upstream.backoff"
	// EventTokenWait is a wait for another replica's token fetch (its lease).
	EventTokenWait = "wxgate.token.wait_for_replica"
)

// newTracer is the client's tracer, or nil when tp records nothing (no span is
// started then, at no cost).
func newTracer(tp trace.TracerProvider) trace.Tracer {
	if !tracing.Enabled(tp) {
		return nil
	}
	return tracing.Unwrap(tp).Tracer(tracerName)
}

// noSpan is the span of a client that does not trace: the no-op span, whose
// methods do nothing.
var noSpan = trace.SpanFromContext(context.Background())

// startAttempt starts the span of one request of method to path, retry being
// how many attempts of the same call came before it.
func (c *Client) startAttempt(ctx context.Context, method, path string, retry int) (context.Context, trace.Span) {
	if c.tracer == nil {
		return ctx, noSpan
	}
	return c.tracer.Start(ctx, "wechat "+method+" "+path, trace.WithSpanKind(trace.SpanKindClient),
		trace.WithAttributes(attrAccount.String(c.cfg.Account), attrMethod.String(method), attrPath.String(path),
			attrServer.String(c.base.Hostname()), attrRetry.Int(retry)))
}

// startRefresh starts the span of a token (or ticket) refresh by h.
func (h *tokenHolder) startRefresh(ctx context.Context, ahead bool) (context.Context, trace.Span) {
	if h.tracer == nil {
		return ctx, noSpan
	}
	return h.tracer.Start(ctx, "wechat refresh "+h.kind, trace.WithAttributes(
		attrAccount.String(h.accountName), attrTokenKind.String(h.kind), attrTokenAhead.Bool(ahead)))
}

// endSpan ends span with what err says of the request: the errcode WeChat
// answered (0 for success), or the kind of failure. Its status description is
// the errcode or the reason only.
func endSpan(span trace.Span, err error) {
	if !span.IsRecording() {
		span.End()
		return
	}
	var werr *Error
	var uerr *UnavailableError
	var lerr *ratelimit.Error
	switch {
	case err == nil:
		span.SetAttributes(attrErrcode.Int(0))
	case errors.As(err, &werr):
		span.SetAttributes(attrErrcode.Int(werr.Errcode), attrErrorType.String("WECHAT_"+strconv.Itoa(werr.Errcode)))
		span.SetStatus(codes.Error, "errcode "+strconv.Itoa(werr.Errcode))
	case errors.As(err, &uerr):
		span.SetAttributes(attrErrorType.String(uerr.Reason))
		span.SetStatus(codes.Error, uerr.Reason)
	case errors.As(err, &lerr):
		span.SetAttributes(attrErrorType.String(string(lerr.Reason)))
		span.SetStatus(codes.Error, string(lerr.Reason))
	default:
		code := grpcstatus.Code(err).String() // DeadlineExceeded, Canceled, or Unknown
		span.SetAttributes(attrErrorType.String(code))
		span.SetStatus(codes.Error, code)
	}
	span.End()
}

// limitEvent records the limiter's decision, err, taken from start on, on the
// span in ctx.
func limitEvent(ctx context.Context, start time.Time, err error) {
	span := trace.SpanFromContext(ctx)
	if !span.IsRecording() {
		return
	}
	took := attrLimitTook.Float64(float64(time.Since(start).Microseconds()) / 1000)
	var lerr *ratelimit.Error
	switch {
	case err == nil:
		span.AddEvent(EventRateLimit, trace.WithAttributes(attrLimitResult.String("allowed"), took))
	case errors.As(err, &lerr):
		span.AddEvent(EventRateLimit, trace.WithAttributes(attrLimitResult.String(string(lerr.Reason)), took,
			attrLimitRetry.Int64(lerr.RetryAfter.Milliseconds())))
	default: // the limiter could not decide (its store is unreachable)
		span.AddEvent(EventRateLimit, trace.WithAttributes(attrLimitResult.String("error"), took))
	}
}

// statusAttr records WeChat's HTTP status on the span in ctx.
func statusAttr(ctx context.Context, code int) {
	if span := trace.SpanFromContext(ctx); span.IsRecording() {
		span.SetAttributes(attrStatus.Int(code))
	}
}
