// Package portal implements wxgate.portal.v1.PortalSignService: the Wi-Fi portal sign
// of seed 001 for the accounts' shops. It makes no WeChat call; the sign logic and the
// secret store are in internal/portal.
package portal

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	portalv1 "github.com/wxgate/wxgate/gen/go/wxgate/portal/v1"
	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/config"
	portalcore "github.com/wxgate/wxgate/internal/portal"
	"github.com/wxgate/wxgate/internal/upstream"
)

// ReasonSecretMissing is the ErrorInfo reason of a shop without a portal secret key.
const ReasonSecretMissing = "PORTAL_SECRET_MISSING"

// Server is the PortalSignService. Its requests are validated by the protovalidate
// rules of portal.proto (internal/middleware) before they reach it.
type Server struct {
	portalv1.UnimplementedPortalSignServiceServer
	accounts *accounts.Set
	store    portalcore.SecretStore
	now      func() time.Time
	window   time.Duration
}

// Option changes a Server.
type Option func(*Server)

// WithClock sets the clock of default timestamps and of the verify window (tests
// move it). Default time.Now.
func WithClock(now func() time.Time) Option { return func(s *Server) { s.now = now } }

// WithVerifyWindow sets how far a sign's timestamp may be from the clock, either way,
// for VerifySign to accept it (config portal.verify_window). Default 5 minutes; a
// zero or negative d, which would reject every sign, keeps the default.
func WithVerifyWindow(d time.Duration) Option {
	return func(s *Server) {
		if d > 0 {
			s.window = d
		}
	}
}

// New returns a PortalSignService signing for the accounts in set with the keys in
// store.
func New(set *accounts.Set, store portalcore.SecretStore, opts ...Option) *Server {
	s := &Server{accounts: set, store: store, now: time.Now, window: config.DefaultPortalVerifyWindow}
	for _, o := range opts {
		o(s)
	}
	return s
}

// LoadConfigured puts the portal secret keys of the configured accounts
// (accounts[].portal_secrets) into store.
func LoadConfigured(ctx context.Context, store portalcore.SecretStore, accts []config.Account) error {
	for _, a := range accts {
		for _, p := range a.PortalSecrets {
			if err := store.Put(ctx, a.Name, p.ShopID, p.Secret); err != nil {
				return fmt.Errorf("portal secrets: %w", err)
			}
		}
	}
	return nil
}

// request is what the three requests have in common: the inputs of a sign.
type request interface {
	GetShopId() int64
	GetAuthUrl() string
	GetExtend() string
	GetMac() string
	GetSsid() string
	GetTimestamp() int64
}

func (s *Server) Sign(ctx context.Context, req *portalv1.SignRequest) (*portalv1.SignResponse, error) {
	p, key, err := s.params(ctx, req, true)
	if err != nil {
		return nil, err
	}
	return &portalv1.SignResponse{
		Sign:      portalcore.Sign(p, key.Reveal()),
		Timestamp: p.Timestamp,
		AppId:     p.AppID,
	}, nil
}

func (s *Server) BuildConnectUrl(ctx context.Context, req *portalv1.BuildConnectUrlRequest) (*portalv1.BuildConnectUrlResponse, error) {
	p, key, err := s.params(ctx, req, true)
	if err != nil {
		return nil, err
	}
	sign := portalcore.Sign(p, key.Reveal())
	return &portalv1.BuildConnectUrlResponse{
		ConnectUrl: portalcore.ConnectURL(p, sign),
		AppId:      p.AppID,
		ShopId:     p.ShopID,
		AuthUrl:    p.AuthURL,
		Extend:     p.Extend,
		Timestamp:  p.Timestamp,
		Sign:       sign,
	}, nil
}

// VerifySign checks the sign before the window, so that a stale timestamp is only
// reported for a sign that is genuine: a router with a wrong clock is then told apart
// from a wrong key.
func (s *Server) VerifySign(ctx context.Context, req *portalv1.VerifySignRequest) (*portalv1.VerifySignResponse, error) {
	p, key, err := s.params(ctx, req, false)
	if err != nil {
		return nil, err
	}
	switch {
	case !portalcore.Verify(p, key.Reveal(), req.GetSign()):
		return &portalv1.VerifySignResponse{InvalidReason: portalv1.InvalidReason_INVALID_REASON_SIGN_MISMATCH}, nil
	case !s.fresh(p.Timestamp):
		return &portalv1.VerifySignResponse{InvalidReason: portalv1.InvalidReason_INVALID_REASON_TIMESTAMP_OUT_OF_WINDOW}, nil
	}
	return &portalv1.VerifySignResponse{Valid: true}, nil
}

// params are the sign's inputs and the shop's key, for the account the call names.
// With defaultNow a zero timestamp is the clock's time: callers of Sign may leave it
// out, callers of VerifySign must say what was signed.
func (s *Server) params(ctx context.Context, req request, defaultNow bool) (portalcore.Params, portalcore.Secret, error) {
	c, err := s.accounts.Pick(ctx)
	if err != nil {
		return portalcore.Params{}, "", err
	}
	key, err := s.store.Get(ctx, c.Account(), req.GetShopId())
	switch {
	case errors.Is(err, portalcore.ErrNoSecret):
		return portalcore.Params{}, "", missingSecret(c.Account(), req.GetShopId())
	case err != nil:
		return portalcore.Params{}, "", status.Errorf(codes.Unavailable, "portal secret store: %v", err)
	}
	p := portalcore.Params{
		AppID:     c.AppID(),
		Extend:    req.GetExtend(),
		Timestamp: req.GetTimestamp(),
		ShopID:    req.GetShopId(),
		AuthURL:   req.GetAuthUrl(),
		MAC:       req.GetMac(),
		SSID:      req.GetSsid(),
	}
	if p.Timestamp == 0 && defaultNow {
		p.Timestamp = s.now().UnixMilli()
	}
	return p, key, nil
}

// fresh reports whether a timestamp (ms) is within the verify window of the clock,
// in either direction: a timestamp from the future is as suspect as an old one.
func (s *Server) fresh(ts int64) bool {
	d := s.now().UnixMilli() - ts // both are positive: no overflow
	if d < 0 {
		d = -d
	}
	return d <= s.window.Milliseconds()
}

// missingSecret is FAILED_PRECONDITION naming the shop: the gateway was never given
// the shop's key, which the caller cannot fix by retrying.
func missingSecret(account string, shopID int64) error {
	st := status.New(codes.FailedPrecondition, fmt.Sprintf(
		"shop %d has no portal secret key for account %q: register its portal device (WifiService.RegisterPortalDevice) or configure it under the account's portal_secrets",
		shopID, account))
	st, err := st.WithDetails(&errdetails.ErrorInfo{
		Reason:   ReasonSecretMissing,
		Domain:   upstream.DomainGateway,
		Metadata: map[string]string{"shop_id": strconv.FormatInt(shopID, 10), "account": account},
	})
	if err != nil {
		return status.Errorf(codes.FailedPrecondition, "shop %d has no portal secret key", shopID)
	}
	return st.Err()
}
