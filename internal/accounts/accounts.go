// Package accounts holds the gateway's WeChat accounts and picks the one a call is for.
package accounts

import (
	"context"
	"fmt"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"github.com/wxgate/wxgate/internal/upstream"
)

// Header is the gRPC metadata key, and HTTP header, that names the account a call is
// for. Without it a call uses the default (first configured) account.
const Header = "x-wxgate-account"

// Set is the configured accounts, in configuration order.
type Set struct {
	list   []*upstream.Client
	byName map[string]*upstream.Client // configured names only: bounded
}

// NewSet returns the set of clients; the first is the default. Names must be unique.
func NewSet(clients ...*upstream.Client) (*Set, error) {
	if len(clients) == 0 {
		return nil, fmt.Errorf("no accounts configured")
	}
	s := &Set{list: clients, byName: make(map[string]*upstream.Client, len(clients))}
	for _, c := range clients {
		if _, dup := s.byName[c.Account()]; dup {
			return nil, fmt.Errorf("account %q is configured twice", c.Account())
		}
		s.byName[c.Account()] = c
	}
	return s, nil
}

// All returns every account's client, the default first.
func (s *Set) All() []*upstream.Client { return s.list }

// Default is the first configured account's client.
func (s *Set) Default() *upstream.Client { return s.list[0] }

// ByName returns the client of the account called name.
func (s *Set) ByName(name string) (*upstream.Client, error) {
	if c, ok := s.byName[name]; ok {
		return c, nil
	}
	return nil, unknown(fmt.Sprintf("unknown account %q", name), "not a configured account")
}

// ByAppID returns the client of the account whose app id is appID.
func (s *Set) ByAppID(appID string) (*upstream.Client, bool) {
	for _, c := range s.list {
		if c.AppID() == appID {
			return c, true
		}
	}
	return nil, false
}

// Pick returns the client of the account the call names in its metadata, or the
// default account's. An unknown name is INVALID_ARGUMENT.
func (s *Set) Pick(ctx context.Context) (*upstream.Client, error) {
	names := metadata.ValueFromIncomingContext(ctx, Header)
	switch {
	case len(names) > 1:
		// Callers are authorized for the account named here: it must be one.
		return nil, ErrAccountHeader(len(names))
	case len(names) == 0 || names[0] == "":
		return s.Default(), nil
	}
	if c, ok := s.byName[names[0]]; ok {
		return c, nil
	}
	return nil, unknown(fmt.Sprintf("%s: unknown account %q", Header, names[0]), "not a configured account")
}

// ErrAccountHeader is the error of an account header given n > 1 times.
func ErrAccountHeader(n int) error {
	return unknown(fmt.Sprintf("%s: given %d times; name one account", Header, n), "given more than once")
}

// unknown is the INVALID_ARGUMENT of a bad account header.
func unknown(msg, why string) error {
	st, _ := status.New(codes.InvalidArgument, msg).WithDetails(
		&errdetails.ErrorInfo{Reason: "UNKNOWN_ACCOUNT", Domain: upstream.DomainGateway, Metadata: map[string]string{"header": Header}},
		&errdetails.BadRequest{FieldViolations: []*errdetails.BadRequest_FieldViolation{{Field: Header, Description: why}}},
	)
	return st.Err()
}

// Call makes one upstream call for the account the call names (see Pick).
func (s *Set) Call(ctx context.Context, api upstream.API, in, out any) error {
	c, err := s.Pick(ctx)
	if err != nil {
		return err
	}
	return c.Call(ctx, api, in, out)
}
