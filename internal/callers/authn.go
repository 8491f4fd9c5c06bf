package callers

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/wxgate/wxgate/internal/callerkey"
)

// Domain is the ErrorInfo domain of the gateway's own errors.
const Domain = "wxgate"

// ErrorInfo reasons of refused calls.
const (
	ReasonUnauthenticated  = "UNAUTHENTICATED"
	ReasonPermissionDenied = "PERMISSION_DENIED"
)

// Identity is what authentication made of a call.
type Identity struct {
	// Caller is who made the call; nil when the call is not authenticated, and Err
	// says why.
	Caller *Caller
	Err    error
	// KeyID names the key the caller used (its public id), Principal the
	// certificate identity; either may be empty.
	KeyID     string
	Principal string
	// Origin is the Origin of the browser page that made the call, as the REST
	// layer saw it ("" for none, and for every direct gRPC call).
	Origin string

	set    *Set              // the callers it was checked against: one configuration per call
	digest [sha256.Size]byte // of the key that authenticated it, if a key did
}

// KeyTag is a public tag of the key that authenticated the call ("" if no key did):
// a credential the gateway derives from the key (the pass-through's SDK tokens)
// carries it, so that it stops working when the key is removed.
func (id *Identity) KeyTag() string {
	if id.Caller == nil || id.digest == ([sha256.Size]byte{}) {
		return ""
	}
	return keyTag(id.digest)
}

func keyTag(d [sha256.Size]byte) string {
	sum := sha256.Sum256(append([]byte("wxgate key tag\x00"), d[:]...))
	return hex.EncodeToString(sum[:8])
}

// ByKeyTag is the identity of the caller called name, authenticated again by the
// key whose KeyTag is tag (tag "" for the Anonymous caller with authentication
// off): nil when the caller, or that key of it, is no longer configured.
func (s *Set) ByKeyTag(name, tag string) *Identity {
	if s.Off() {
		if name == AnonymousName && tag == "" {
			return &Identity{Caller: Anonymous, set: s}
		}
		return nil
	}
	for i, d := range s.digests {
		if s.owners[i].Name == name && keyTag(d) == tag {
			return &Identity{Caller: s.owners[i], set: s, digest: d}
		}
	}
	return nil
}

// Label names the caller in logs and metric labels: a configured caller's name,
// AnonymousName, UnauthenticatedName, or GatewayName for work no call asked for
// (a readiness check's token fetch). Never a key.
func (id *Identity) Label() string {
	switch {
	case id == nil:
		return GatewayName
	case id.Caller == nil:
		return UnauthenticatedName
	}
	return id.Caller.Name
}

type identityKey struct{}

// NewContext returns ctx carrying id.
func NewContext(ctx context.Context, id *Identity) context.Context {
	return context.WithValue(ctx, identityKey{}, id)
}

// FromContext returns the call's identity, or nil when none was established.
func FromContext(ctx context.Context) *Identity {
	id, _ := ctx.Value(identityKey{}).(*Identity)
	return id
}

// Label is the caller label of the call in ctx.
func Label(ctx context.Context) string { return FromContext(ctx).Label() }

// Authenticate identifies a call by its authorization values (the gRPC metadata or
// HTTP header, "Bearer <key>") and the principals of its verified client
// certificate. With authentication off every call is Anonymous.
func (s *Set) Authenticate(authorization, principals []string) *Identity {
	id := &Identity{set: s}
	if s.Off() {
		id.Caller = Anonymous
		return id
	}
	var byKey, byCert *Caller
	switch len(authorization) {
	case 0:
	case 1:
		key, ok := bearer(authorization[0])
		switch {
		case !ok:
			return id.fail("the authorization value is not \"Bearer <key>\"")
		case !s.keys():
			return id.fail("this gateway identifies callers by client certificate, not by key")
		}
		k, err := callerkey.Parse(key)
		if err != nil {
			return id.fail("the bearer credential is " + err.Error())
		}
		id.KeyID = k.ID
		id.digest = callerkey.Digest(key)
		if byKey = s.byKey(id.digest); byKey == nil {
			return id.fail("key " + k.String() + " is not a configured caller's key")
		}
	default:
		return id.fail("more than one authorization value")
	}
	if s.mtls() && len(principals) > 0 {
		for _, p := range principals {
			c, ok := s.principals[p]
			switch {
			case !ok:
				continue
			case byCert != nil && c != byCert:
				return id.fail("the client certificate names two callers (" + byCert.Name + ", " + c.Name + ")")
			}
			if byCert == nil {
				byCert, id.Principal = c, p
			}
		}
		if byCert == nil && byKey == nil {
			return id.fail("client certificate " + quoteAll(principals) + " is not a configured caller's principal")
		}
	}
	switch {
	case byKey != nil && byCert != nil && byKey != byCert:
		return id.fail("the key and the client certificate name different callers")
	case byKey != nil:
		id.Caller = byKey
	case byCert != nil:
		id.Caller = byCert
	default:
		return id.fail(s.missing())
	}
	return id
}

// missing says what credential a call without one should bring.
func (s *Set) missing() string {
	switch {
	case s.keys() && s.mtls():
		return "no credentials: send \"authorization: Bearer <key>\" or a client certificate"
	case s.mtls():
		return "no client certificate"
	}
	return "no credentials: send \"authorization: Bearer <key>\""
}

func (id *Identity) fail(why string) *Identity {
	id.Caller = nil
	id.Err = unauthenticated(why)
	return id
}

// unauthenticated is UNAUTHENTICATED with ErrorInfo reason UNAUTHENTICATED. Its
// message names at most a key's public id, never a key.
func unauthenticated(why string) error {
	st, _ := status.New(codes.Unauthenticated, "unauthenticated: "+why).WithDetails(
		&errdetails.ErrorInfo{Reason: ReasonUnauthenticated, Domain: Domain},
	)
	return st.Err()
}

// bearer returns the credential of "Bearer <credential>" (the scheme is
// case-insensitive, RFC 7235).
func bearer(v string) (string, bool) {
	scheme, cred, ok := strings.Cut(strings.TrimSpace(v), " ")
	if !ok || !strings.EqualFold(scheme, "bearer") {
		return "", false
	}
	cred = strings.TrimSpace(cred)
	return cred, cred != ""
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = "\"" + s + "\""
	}
	return strings.Join(q, ", ")
}
