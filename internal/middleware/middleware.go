// Package middleware builds the gateway's gRPC interceptor chain: recovery, logging,
// metrics and request validation, in that order (outermost first). REST calls reach
// the gRPC server over a loopback connection, so they pass through the same chain.
package middleware

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"

	"buf.build/go/protovalidate"
	grpcprom "github.com/grpc-ecosystem/go-grpc-middleware/providers/prometheus"
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/logging"
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery"
	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// Chain is the server's interceptors and the metrics they feed.
type Chain struct {
	Metrics *grpcprom.ServerMetrics
	unary   []grpc.UnaryServerInterceptor
	stream  []grpc.StreamServerInterceptor
}

// New builds the chain. Metrics are registered with reg.
func New(log *slog.Logger, reg prometheus.Registerer) (*Chain, error) {
	validator, err := protovalidate.New()
	if err != nil {
		return nil, fmt.Errorf("protovalidate: %w", err)
	}
	metrics := grpcprom.NewServerMetrics(grpcprom.WithServerHandlingTimeHistogram())
	reg.MustRegister(metrics)

	rec := recovery.WithRecoveryHandlerContext(recoverer(log))
	logOpts := []logging.Option{
		// One line per finished call; payloads are never logged (they may hold
		// secrets such as portal keys and Wi-Fi passwords).
		logging.WithLogOnEvents(logging.FinishCall),
	}
	lg := slogAdapter(log)
	return &Chain{
		Metrics: metrics,
		unary: []grpc.UnaryServerInterceptor{
			recovery.UnaryServerInterceptor(rec),
			logging.UnaryServerInterceptor(lg, logOpts...),
			metrics.UnaryServerInterceptor(),
			validateUnary(validator),
		},
		stream: []grpc.StreamServerInterceptor{
			recovery.StreamServerInterceptor(rec),
			logging.StreamServerInterceptor(lg, logOpts...),
			metrics.StreamServerInterceptor(),
			validateStream(validator),
		},
	}, nil
}

// ServerOptions are the grpc.Server options that install the chain.
func (c *Chain) ServerOptions() []grpc.ServerOption {
	return []grpc.ServerOption{
		grpc.ChainUnaryInterceptor(c.unary...),
		grpc.ChainStreamInterceptor(c.stream...),
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

// slogAdapter is the go-grpc-middleware logging adapter for log/slog.
func slogAdapter(l *slog.Logger) logging.Logger {
	return logging.LoggerFunc(func(ctx context.Context, lvl logging.Level, msg string, fields ...any) {
		l.Log(ctx, slog.Level(lvl), msg, fields...)
	})
}
