package server

import (
	"context"

	"github.com/fullstorydev/grpchan/inprocgrpc"
	grpcmw "github.com/grpc-ecosystem/go-grpc-middleware/v2"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/peer"

	"github.com/wxgate/wxgate/internal/callers"
	"github.com/wxgate/wxgate/internal/middleware"
)

// inProcess is the REST layer's channel to the services: a call is a function
// call through the same interceptor chain the gRPC server runs, without HTTP/2
// framing, a socket pair or a marshal and unmarshal each way (grpchan's
// inprocgrpc copies the messages instead). Nothing outside the process can reach
// it, so its calls are the only ones whose word on a client certificate and a
// page origin (metadata the REST layer sets) the callers' checks believe.
func newInProcess(chain *middleware.Chain) *inprocgrpc.Channel {
	unary, stream := chain.Unary(), chain.Stream()
	return (&inprocgrpc.Channel{}).
		WithServerUnaryInterceptor(func(ctx context.Context, req any, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
			return unary(fromREST(ctx), req, info, h)
		}).
		WithServerStreamInterceptor(func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, h grpc.StreamHandler) error {
			w := grpcmw.WrapServerStream(ss)
			w.WrappedContext = fromREST(ss.Context())
			return stream(srv, w, info, h)
		})
}

// restPeer is the peer of every in-process call: the REST layer, whose client's
// own address travels as X-Forwarded-For.
var restPeer = &peer.Peer{
	Addr:     restAddr{},
	AuthInfo: callers.InProcess{CommonAuthInfo: credentials.CommonAuthInfo{SecurityLevel: credentials.PrivacyAndIntegrity}},
}

func fromREST(ctx context.Context) context.Context { return peer.NewContext(ctx, restPeer) }

type restAddr struct{}

func (restAddr) Network() string { return "inproc" }
func (restAddr) String() string  { return "wxgate-rest" }
