package callers

import (
	"context"
	"strings"
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/peer"

	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/tlsfiles"
)

// InProcess is the AuthInfo of the calls of the gateway's own REST layer, made over
// an in-process channel no one else can reach (the server marks them so; no
// network connection's handshake yields it). Only on such calls is
// PrincipalsMetadata believed: there the REST layer, having verified
// the HTTP caller's client certificate, says whom it named.
type InProcess struct{ credentials.CommonAuthInfo }

// AuthType implements credentials.AuthInfo.
func (InProcess) AuthType() string { return "wxgate-in-process" }

// Metadata the REST layer passes on, believed only on the in-process channel.
const (
	// PrincipalsMetadata carries the principals of the HTTP caller's verified client
	// certificate.
	PrincipalsMetadata = "x-wxgate-verified-principal"
	// OriginMetadata carries the HTTP request's Origin (a browser page's).
	OriginMetadata = "x-wxgate-origin"
)

// Guard is the gRPC side of callers: Identify establishes every call's identity
// (before logging and metrics, so that both name the caller), Authorize refuses
// the calls that may not go ahead (before validation and the handlers). The
// callers may be swapped at run time (a configuration reload).
type Guard struct {
	set     atomic.Pointer[Set]
	account func(context.Context) (string, error)
	open    map[string]bool
	refused *prometheus.CounterVec
}

// GuardOptions configure a Guard.
type GuardOptions struct {
	// Account names the account a call is for, as the services will pick it (an
	// unknown one is their error, answered as it is).
	Account func(context.Context) (string, error)
	// Open are full method names ("/grpc.health.v1.Health/Check") anyone may call.
	Open []string
	// Registerer takes the refusal metric; nil: none.
	Registerer prometheus.Registerer
}

// NewGuard returns a Guard checking calls against set.
func NewGuard(set *Set, o GuardOptions) *Guard {
	g := &Guard{account: o.Account, open: map[string]bool{}}
	if g.account == nil { // calls are for no account
		g.account = func(context.Context) (string, error) { return "", nil }
	}
	for _, m := range o.Open {
		g.open[m] = true
	}
	g.set.Store(set)
	g.refused = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "wxgate_caller_refusals_total",
		Help: "Calls refused before they ran, by caller (a configured caller, or unauthenticated) and reason (UNAUTHENTICATED, PERMISSION_DENIED).",
	}, []string{"caller", "reason"})
	if o.Registerer != nil {
		o.Registerer.MustRegister(g.refused)
	}
	return g
}

// Set is the callers calls are checked against now.
func (g *Guard) Set() *Set { return g.set.Load() }

// Swap makes set the callers that new calls are checked against.
func (g *Guard) Swap(set *Set) { g.set.Store(set) }

// Identify establishes the call's identity; it never refuses.
func (g *Guard) Identify(ctx context.Context) context.Context {
	principals, origin := fromPeer(ctx)
	id := g.Set().Authenticate(metadata.ValueFromIncomingContext(ctx, "authorization"), principals)
	id.Origin = origin
	return NewContext(ctx, id)
}

// Check refuses a call to method (a full method name, "/pkg.Service/Method") that
// its identity does not allow, and gives an allowed call its caller's quota share.
func (g *Guard) Check(ctx context.Context, method string) (context.Context, error) {
	if g.open[method] {
		return ctx, nil
	}
	id := FromContext(ctx)
	if id == nil { // Identify did not run: a wiring mistake, never let it through
		id = (&Identity{}).fail("no identity")
	}
	if id.Caller == Anonymous {
		return ctx, nil
	}
	if id.Caller == nil {
		g.Refused(id)
		return ctx, id.Err
	}
	account, err := g.account(ctx)
	if err != nil {
		return ctx, err
	}
	if err := id.Authorize(strings.TrimPrefix(method, "/"), account); err != nil {
		g.RefusedDenied(id)
		return ctx, err
	}
	if s := id.Caller.share; s != nil {
		ctx = ratelimit.WithShare(ctx, s)
	}
	return ctx, nil
}

// Refused counts a call refused for want of a known credential (one refused
// outside the interceptors, at the REST door).
func (g *Guard) Refused(*Identity) {
	g.refused.WithLabelValues(UnauthenticatedName, ReasonUnauthenticated).Inc()
}

// RefusedDenied counts a call of a known caller refused by its rules (one refused
// outside the interceptors, by the pass-through).
func (g *Guard) RefusedDenied(id *Identity) {
	g.refused.WithLabelValues(id.Label(), ReasonPermissionDenied).Inc()
}

// fromPeer returns the principals of the call's verified client certificate and
// its page origin: from the TLS handshake of a direct gRPC caller (which has no
// page), or, on the REST layer's in-process channel only, as the REST layer
// passed them on.
func fromPeer(ctx context.Context) (principals []string, origin string) {
	p, ok := peer.FromContext(ctx)
	if !ok {
		return nil, ""
	}
	switch info := p.AuthInfo.(type) {
	case InProcess:
		if o := metadata.ValueFromIncomingContext(ctx, OriginMetadata); len(o) == 1 {
			origin = o[0]
		}
		return metadata.ValueFromIncomingContext(ctx, PrincipalsMetadata), origin
	case credentials.TLSInfo:
		return Principals(tlsfiles.PeerCertificate(&info.State)), ""
	}
	return nil, ""
}

// UnaryIdentify is Identify as a unary interceptor.
func (g *Guard) UnaryIdentify() grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, _ *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
		return h(g.Identify(ctx), req)
	}
}

// StreamIdentify is Identify as a stream interceptor.
func (g *Guard) StreamIdentify() grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, _ *grpc.StreamServerInfo, h grpc.StreamHandler) error {
		return h(srv, &ctxStream{ServerStream: ss, ctx: g.Identify(ss.Context())})
	}
}

// UnaryCheck is Check as a unary interceptor.
func (g *Guard) UnaryCheck() grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
		ctx, err := g.Check(ctx, info.FullMethod)
		if err != nil {
			return nil, err
		}
		return h(ctx, req)
	}
}

// StreamCheck is Check as a stream interceptor: a stream is checked once, when it
// opens.
func (g *Guard) StreamCheck() grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, h grpc.StreamHandler) error {
		ctx, err := g.Check(ss.Context(), info.FullMethod)
		if err != nil {
			return err
		}
		return h(srv, &ctxStream{ServerStream: ss, ctx: ctx})
	}
}

type ctxStream struct {
	grpc.ServerStream
	ctx context.Context
}

func (s *ctxStream) Context() context.Context { return s.ctx }

// NoAuth is a Guard with authentication off (auth.mode none): every call is
// Anonymous and allowed. For a server that runs services without callers.
func NoAuth() *Guard {
	return NewGuard(&Set{mode: config.AuthNone}, GuardOptions{})
}
