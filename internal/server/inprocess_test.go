package server

import (
	"context"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/wxgate/wxgate/internal/callers"
)

// echo is a one-method service for the in-process channel: it answers its
// request's value and reports what the server side of the call saw.
type echo struct{ seen chan context.Context }

var echoDesc = grpc.ServiceDesc{
	ServiceName: "test.Echo",
	HandlerType: (*any)(nil),
	Methods: []grpc.MethodDesc{{
		MethodName: "Echo",
		Handler: func(srv any, ctx context.Context, dec func(any) error, ic grpc.UnaryServerInterceptor) (any, error) {
			in := new(wrapperspb.StringValue)
			if err := dec(in); err != nil {
				return nil, err
			}
			h := func(ctx context.Context, req any) (any, error) {
				srv.(*echo).seen <- ctx
				grpc.SetHeader(ctx, metadata.Pairs("h", "1"))
				grpc.SetTrailer(ctx, metadata.Pairs("t", "2"))
				if v := req.(*wrapperspb.StringValue).Value; v == "fail" {
					return nil, status.Error(codes.FailedPrecondition, "failed")
				}
				in.Value += "!" // the handler may change its request
				return in, nil
			}
			return ic(ctx, in, &grpc.UnaryServerInfo{Server: srv, FullMethod: "/test.Echo/Echo"}, h)
		},
	}},
}

func TestInProcessChannel(t *testing.T) {
	var intercepted []string
	c := &inProcess{methods: map[string]unaryMethod{}, unary: func(ctx context.Context, req any, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
		intercepted = append(intercepted, info.FullMethod)
		return h(ctx, req)
	}}
	srv := &echo{seen: make(chan context.Context, 1)}
	c.RegisterService(&echoDesc, srv)

	ctx, cancel := context.WithTimeout(metadata.AppendToOutgoingContext(context.Background(), "x-forwarded-for", "192.0.2.7"), time.Minute)
	defer cancel()
	req := wrapperspb.String("hi")
	resp := new(wrapperspb.StringValue)
	var header, trailer metadata.MD
	var p peer.Peer
	if err := c.Invoke(ctx, "/test.Echo/Echo", req, resp, grpc.Header(&header), grpc.Trailer(&trailer), grpc.Peer(&p)); err != nil {
		t.Fatal(err)
	}
	if resp.Value != "hi!" || req.Value != "hi" {
		t.Errorf("answer %q, request after the call %q: want hi! and an untouched hi", resp.Value, req.Value)
	}
	if len(intercepted) != 1 {
		t.Errorf("interceptor ran for %v, want once", intercepted)
	}
	sctx := <-srv.seen
	if got := metadata.ValueFromIncomingContext(sctx, "x-forwarded-for"); len(got) != 1 || got[0] != "192.0.2.7" {
		t.Errorf("incoming metadata x-forwarded-for = %v", got)
	}
	if sp, ok := peer.FromContext(sctx); !ok || sp.AuthInfo == nil {
		t.Errorf("server side peer %v", sp)
	} else if _, rest := sp.AuthInfo.(callers.InProcess); !rest {
		t.Errorf("server side peer auth %T, want callers.InProcess", sp.AuthInfo)
	}
	if _, ok := sctx.Deadline(); !ok {
		t.Error("the caller's deadline did not reach the handler")
	}
	if header.Get("h")[0] != "1" || trailer.Get("t")[0] != "2" || p.Addr.String() != "wxgate-rest" {
		t.Errorf("header %v, trailer %v, peer %v", header, trailer, p.Addr)
	}

	err := c.Invoke(ctx, "/test.Echo/Echo", wrapperspb.String("fail"), new(wrapperspb.StringValue), grpc.Trailer(&trailer))
	if status.Code(err) != codes.FailedPrecondition || trailer.Get("t")[0] != "2" {
		t.Errorf("failing call: %v, trailer %v", err, trailer)
	}
	<-srv.seen
	if err := c.Invoke(ctx, "/test.Echo/Nope", req, resp); status.Code(err) != codes.Unimplemented {
		t.Errorf("unknown method: %v, want UNIMPLEMENTED", err)
	}
	if _, err := c.NewStream(ctx, &grpc.StreamDesc{}, "/test.Echo/Stream"); status.Code(err) != codes.Unimplemented {
		t.Errorf("stream: %v, want UNIMPLEMENTED", err)
	}
}
