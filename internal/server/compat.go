package server

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/wxgate/wxgate/internal/compat"
)

// startCompat opens the WeChat-compatible pass-through's listener, when
// configured, with the same limits as the REST listener (a larger body, for media
// uploads) and the same TLS.
func (s *Server) startCompat() error {
	c := s.cfg.Compat
	if c.Addr == "" {
		return nil
	}
	l, err := net.Listen("tcp", c.Addr)
	if err != nil {
		return fmt.Errorf("compat listener: %w", err)
	}
	if s.tls != nil {
		l = tls.NewListener(l, s.tls.Config("h2", "http/1.1"))
	}
	s.compatLis = l
	lim := s.cfg.RequestLimits
	s.compat = &http.Server{
		Handler: s.traceCompat(compat.New(compat.Options{
			Accounts: s.accounts, Guard: s.guard, Log: s.log.With("listener", "compat"),
			MaxBody: c.MaxBodyBytes, TokenTTL: c.TokenTTL, Now: s.now, InFlight: s.inFlight,
		})),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       lim.ReadTimeout,
		IdleTimeout:       lim.IdleTimeout,
		MaxHeaderBytes:    lim.MaxHeaderBytes,
	}
	go func() {
		if err := s.compat.Serve(l); !errors.Is(err, http.ErrServerClosed) {
			s.serveErr <- err
		}
	}()
	return nil
}

// CompatAddr is the pass-through's address, or "" when it is off.
func (s *Server) CompatAddr() string {
	if s.compatLis == nil {
		return ""
	}
	return s.compatLis.Addr().String()
}
