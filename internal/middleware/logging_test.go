package middleware

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/status"

	"github.com/wxgate/wxgate/internal/callers"
)

func TestCallLogLine(t *testing.T) {
	tests := []struct {
		name  string
		ctx   func() context.Context
		err   error
		level string
		want  map[string]string // fields and values; "" means present, any value
		none  []string          // fields that must be absent
	}{
		{
			name: "grpc ok",
			ctx: func() context.Context {
				return peer.NewContext(context.Background(), &peer.Peer{Addr: &net.TCPAddr{IP: net.IPv4(192, 0, 2, 1), Port: 5}})
			},
			level: "INFO",
			want: map[string]string{"msg": "finished call", "caller": "gateway", "protocol": "grpc", "grpc.component": "server",
				"grpc.service": "wxgate.wifi.v1.WifiService", "grpc.method": "GetConnectUrl", "grpc.method_type": "unary",
				"peer.address": "192.0.2.1:5", "grpc.code": "OK", "grpc.start_time": "", "grpc.time_ms": ""},
			none: []string{"grpc.error", "client", "grpc.request.deadline"},
		},
		{
			name: "rest behind a proxy, deadline, refused",
			ctx: func() context.Context {
				ctx := peer.NewContext(context.Background(), &peer.Peer{Addr: &net.UnixAddr{Name: "wxgate-rest"}, AuthInfo: callers.InProcess{}})
				ctx = metadata.NewIncomingContext(ctx, metadata.Pairs("x-forwarded-for", "198.51.100.9, 10.0.0.2"))
				ctx, cancel := context.WithTimeout(ctx, time.Minute)
				t.Cleanup(cancel)
				return ctx
			},
			err:   status.Error(codes.ResourceExhausted, "quota"),
			level: "WARN",
			want: map[string]string{"client": "10.0.0.2", "forwarded_for": "198.51.100.9, 10.0.0.2", "grpc.code": "ResourceExhausted",
				"grpc.error": "rpc error: code = ResourceExhausted desc = quota", "grpc.request.deadline": ""},
		},
		{name: "internal", ctx: context.Background, err: status.Error(codes.Internal, "x"), level: "ERROR", want: map[string]string{"grpc.code": "Internal"}},
		{name: "caller's mistake", ctx: context.Background, err: status.Error(codes.InvalidArgument, "x"), level: "INFO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			l := callLog{slog.New(slog.NewJSONHandler(&buf, nil))}
			_, err := l.unary()(tt.ctx(), nil, &grpc.UnaryServerInfo{FullMethod: "/wxgate.wifi.v1.WifiService/GetConnectUrl"},
				func(context.Context, any) (any, error) { return nil, tt.err })
			if err != tt.err {
				t.Errorf("error %v, want the handler's %v", err, tt.err)
			}
			var line map[string]any
			if err := json.Unmarshal(buf.Bytes(), &line); err != nil {
				t.Fatalf("not one JSON line: %q", buf.String())
			}
			if line["level"] != tt.level {
				t.Errorf("level %v, want %s", line["level"], tt.level)
			}
			for k, v := range tt.want {
				if got, ok := line[k]; !ok || (v != "" && got != v) {
					t.Errorf("%s = %v, want %q", k, got, v)
				}
			}
			for _, k := range tt.none {
				if _, ok := line[k]; ok {
					t.Errorf("%s present: %v", k, line[k])
				}
			}
		})
	}
}

func TestCallLogQuietBelowLevel(t *testing.T) {
	var buf bytes.Buffer
	l := callLog{slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	l.unary()(context.Background(), nil, &grpc.UnaryServerInfo{FullMethod: "/s/M"}, func(context.Context, any) (any, error) { return nil, nil })
	if buf.Len() != 0 {
		t.Errorf("an OK call logged at warn level: %s", buf.String())
	}
}
