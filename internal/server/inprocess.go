package server

import (
	"context"
	"sync"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/stats"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/wxgate/wxgate/internal/callers"
	"github.com/wxgate/wxgate/internal/middleware"
)

// inProcess is the REST layer's channel to the services: a call is a function
// call through the same interceptor chain the gRPC server runs, without HTTP/2
// framing, a socket pair, or a marshal and unmarshal each way. Nothing outside the
// process can reach it, so its calls are the only ones whose word on a client
// certificate and a page origin (metadata the REST layer sets) the callers'
// checks believe.
//
// A unary call runs on the HTTP handler's own goroutine, whose stack has grown to
// what a call needs over the connection's earlier requests (a goroutine of its own
// per call grew its stack, a copy each time, through the chain and the upstream
// request: a tenth of a REST call's CPU; grpchan's inprocgrpc, tried first, does
// that). No REST route is a stream, so the channel serves unary calls only.
type inProcess struct {
	unary   grpc.UnaryServerInterceptor
	stats   stats.Handler          // the gRPC server's, for the calls' spans (tracing.go); nil: none
	methods map[string]unaryMethod // written by RegisterService in New, before any call; read-only after
}

type unaryMethod struct {
	impl    any
	handler grpc.MethodHandler
}

var (
	_ grpc.ClientConnInterface = (*inProcess)(nil)
	_ grpc.ServiceRegistrar    = (*inProcess)(nil)
)

func newInProcess(chain *middleware.Chain, h stats.Handler) *inProcess {
	return &inProcess{unary: chain.Unary(), stats: h, methods: map[string]unaryMethod{}}
}

// RegisterService implements grpc.ServiceRegistrar.
func (c *inProcess) RegisterService(desc *grpc.ServiceDesc, impl any) {
	for _, m := range desc.Methods {
		c.methods["/"+desc.ServiceName+"/"+m.MethodName] = unaryMethod{impl: impl, handler: m.Handler}
	}
}

// Invoke implements grpc.ClientConnInterface: the call as the gRPC server would
// run it, with the REST layer's metadata as the incoming metadata, its peer as the
// peer, and the headers and trailers the handler sets handed back to the REST
// layer's call options.
func (c *inProcess) Invoke(ctx context.Context, method string, req, resp any, opts ...grpc.CallOption) (err error) {
	m, ok := c.methods[method]
	if !ok {
		return status.Errorf(codes.Unimplemented, "method %s not implemented", method)
	}
	md, _ := metadata.FromOutgoingContext(ctx)
	sts := &unaryStream{method: method}
	sctx := metadata.NewIncomingContext(ctx, md)
	sctx = peer.NewContext(sctx, restPeer)
	sctx = grpc.NewContextWithServerTransportStream(sctx, sts)
	if c.stats != nil {
		var end func(error)
		sctx, end = beginRESTCall(sctx, c.stats, method)
		defer func() { end(err) }()
	}
	v, err := m.handler(m.impl, sctx, func(in any) error {
		// The REST layer does not touch req again; the handler may keep it.
		return mergeInto(in, req)
	}, c.unary)
	sts.hand(opts)
	if err != nil {
		return err
	}
	return mergeInto(resp, v)
}

// NewStream implements grpc.ClientConnInterface: no REST route is a stream.
func (c *inProcess) NewStream(context.Context, *grpc.StreamDesc, string, ...grpc.CallOption) (grpc.ClientStream, error) {
	return nil, status.Error(codes.Unimplemented, "streams are served over gRPC only")
}

// mergeInto makes dst a copy of src. dst is always a new, empty message (the
// generated handler's request, the generated client's answer), so it is not reset.
func mergeInto(dst, src any) error {
	d, ok1 := dst.(proto.Message)
	s, ok2 := src.(proto.Message)
	if !ok1 || !ok2 {
		return status.Errorf(codes.Internal, "in-process call: %T or %T is not a proto message", dst, src)
	}
	proto.Merge(d, s)
	return nil
}

// unaryStream is the grpc.ServerTransportStream of an in-process unary call: what
// grpc.SetHeader, SendHeader and SetTrailer write to.
type unaryStream struct {
	method          string
	mu              sync.Mutex
	header, trailer metadata.MD
}

func (s *unaryStream) Method() string { return s.method }

func (s *unaryStream) SetHeader(md metadata.MD) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.header = metadata.Join(s.header, md)
	return nil
}

func (s *unaryStream) SendHeader(md metadata.MD) error { return s.SetHeader(md) }

func (s *unaryStream) SetTrailer(md metadata.MD) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.trailer = metadata.Join(s.trailer, md)
	return nil
}

// hand gives the headers and trailers to the call options asking for them.
func (s *unaryStream) hand(opts []grpc.CallOption) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, o := range opts {
		switch o := o.(type) {
		case grpc.HeaderCallOption:
			*o.HeaderAddr = s.header
		case grpc.TrailerCallOption:
			*o.TrailerAddr = s.trailer
		case grpc.PeerCallOption:
			*o.PeerAddr = *restPeer
		}
	}
}

// restPeer is the peer of every in-process call: the REST layer, whose client's
// own address travels as X-Forwarded-For.
var restPeer = &peer.Peer{
	Addr:     restAddr{},
	AuthInfo: callers.InProcess{CommonAuthInfo: credentials.CommonAuthInfo{SecurityLevel: credentials.PrivacyAndIntegrity}},
}

type restAddr struct{}

func (restAddr) Network() string { return "inproc" }
func (restAddr) String() string  { return "wxgate-rest" }
