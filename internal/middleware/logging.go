package middleware

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/status"

	"github.com/wxgate/wxgate/internal/callers"
)

// callLog writes one line per finished call: the message, keys and levels of
// go-grpc-middleware's logging interceptor (which this replaces: building its
// field lists was a seventh of a call's CPU and allocations), the caller first.
// Payloads are never logged: they may hold secrets such as portal keys and Wi-Fi
// passwords.
type callLog struct{ log *slog.Logger }

func (l callLog) unary() grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
		start := time.Now()
		resp, err := h(ctx, req)
		l.finished(ctx, info.FullMethod, "unary", start, err)
		return resp, err
	}
}

func (l callLog) stream() grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, h grpc.StreamHandler) error {
		start := time.Now()
		err := h(srv, ss)
		l.finished(ss.Context(), info.FullMethod, methodType(info.IsClientStream, info.IsServerStream), start, err)
		return err
	}
}

func (l callLog) finished(ctx context.Context, fullMethod, methodType string, start time.Time, err error) {
	if errors.Is(err, io.EOF) {
		err = nil
	}
	code := status.Code(err)
	level := codeLevel(code)
	if !l.log.Enabled(ctx, level) {
		return
	}
	service, method, _ := strings.Cut(strings.TrimPrefix(fullMethod, "/"), "/")
	var buf [16]slog.Attr
	attrs := appendCaller(buf[:0], ctx)
	attrs = append(attrs,
		slog.String("protocol", "grpc"),
		slog.String("grpc.component", "server"),
		slog.String("grpc.service", service),
		slog.String("grpc.method", method),
		slog.String("grpc.method_type", methodType))
	if p, ok := peer.FromContext(ctx); ok && p.Addr != nil {
		attrs = append(attrs, slog.String("peer.address", p.Addr.String()))
	}
	attrs = append(attrs, slog.String("grpc.start_time", start.Format(time.RFC3339)))
	if d, ok := ctx.Deadline(); ok {
		attrs = append(attrs, slog.String("grpc.request.deadline", d.Format(time.RFC3339)))
	}
	attrs = append(attrs, slog.String("grpc.code", code.String()))
	if err != nil {
		attrs = append(attrs, slog.String("grpc.error", err.Error()))
	}
	end := time.Now()
	ms := float64(end.Sub(start).Microseconds()) / 1000
	attrs = append(attrs, slog.String("grpc.time_ms", strconv.FormatFloat(ms, 'f', 3, 64)))
	// The record is made here rather than by LogAttrs, which looks up the program
	// counter of its caller (runtime.Callers) for every line, though the gateway's
	// handler never writes the source.
	r := slog.NewRecord(end, level, "finished call", 0)
	r.AddAttrs(attrs...)
	l.log.Handler().Handle(ctx, r)
}

// methodType names a method's kind as go-grpc-middleware does in logs and metric
// labels: unary, client_stream, server_stream or bidi_stream.
func methodType(clientStream, serverStream bool) string {
	switch {
	case clientStream && serverStream:
		return "bidi_stream"
	case clientStream:
		return "client_stream"
	case serverStream:
		return "server_stream"
	}
	return "unary"
}

// codeLevel is the level of a call's line by its code: errors the gateway or
// WeChat should not have made are errors; refusals a caller may need to look at
// are warnings; the rest, a caller's own mistakes included, are info.
func codeLevel(c codes.Code) slog.Level {
	switch c {
	case codes.DeadlineExceeded, codes.PermissionDenied, codes.ResourceExhausted, codes.FailedPrecondition,
		codes.Aborted, codes.OutOfRange, codes.Unavailable:
		return slog.LevelWarn
	case codes.Unknown, codes.Unimplemented, codes.Internal, codes.DataLoss:
		return slog.LevelError
	}
	return slog.LevelInfo
}

// appendCaller appends the attributes naming the call's caller: its name, the
// public id of its key (never the key), the principal of its certificate, and a
// REST call's client address.
func appendCaller(attrs []slog.Attr, ctx context.Context) []slog.Attr {
	id := callers.FromContext(ctx)
	attrs = append(attrs, slog.String("caller", id.Label()))
	if id != nil && id.KeyID != "" {
		attrs = append(attrs, slog.String("key_id", id.KeyID))
	}
	if id != nil && id.Principal != "" {
		attrs = append(attrs, slog.String("principal", id.Principal))
	}
	return appendRESTClient(attrs, ctx)
}

// appendRESTClient names the client of a REST call, whose gRPC peer is the
// gateway's own in-process channel: the address the HTTP listener saw (the last
// X-Forwarded-For entry, which grpc-gateway appends), and the whole chain when a
// proxy in front sent one (to be trusted only as far as the operator trusts it).
func appendRESTClient(attrs []slog.Attr, ctx context.Context) []slog.Attr {
	p, ok := peer.FromContext(ctx)
	if !ok {
		return attrs
	}
	if _, rest := p.AuthInfo.(callers.InProcess); !rest {
		return attrs
	}
	xff := metadata.ValueFromIncomingContext(ctx, "x-forwarded-for")
	if len(xff) == 0 {
		return attrs
	}
	chain := strings.Join(xff, ", ")
	last := chain
	if i := strings.LastIndexByte(chain, ','); i >= 0 {
		last = chain[i+1:]
	}
	attrs = append(attrs, slog.String("client", strings.TrimSpace(last)))
	if last != chain {
		attrs = append(attrs, slog.String("forwarded_for", chain))
	}
	return attrs
}
