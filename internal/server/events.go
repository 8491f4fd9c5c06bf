package server

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/events"
	eventssvc "github.com/wxgate/wxgate/internal/service/events"
	"github.com/wxgate/wxgate/internal/wechatsim"
	"github.com/wxgate/wxgate/internal/wxcrypt"
)

// eventsPart is the receiving end of WeChat's pushes and the EventService over it.
type eventsPart struct {
	store    events.Store
	blocking redis.UniversalClient // the Redis store's client for waiting reads, or nil
	service  *eventssvc.Server
	webhooks *events.Forwarders // nil without events.webhooks
	lis      net.Listener       // the callback listener, nil unless callback.addr is set
	http     *http.Server
}

// buildEvents makes the events store and the EventService.
func (s *Server) buildEvents() error {
	e := s.cfg.Events
	opts := events.Options{Retention: e.Retention, Visibility: e.VisibilityTimeout, MaxEvents: e.MaxEvents, MaxGroups: e.MaxGroups}
	if e.Store == config.StoreRedis {
		// Each Subscribe stream holds a connection while it waits for events: a
		// client of their own, so that they never starve tokens and limits.
		// (the webhooks' forwarders wait the same way).
		s.events.blocking = newRedisClient(s.cfg.Redis, e.MaxSubscribers+len(e.Webhooks)+4)
		s.events.store = events.NewRedis(s.stores.rdb, s.events.blocking, s.cfg.Redis.KeyPrefix, opts)
	} else {
		s.events.store = events.NewMemory(opts)
	}
	s.events.service = eventssvc.New(eventssvc.Options{
		Accounts: s.accounts, Store: s.events.store, Guard: s.guard,
		MaxSubscribers: e.MaxSubscribers, Registerer: s.registry,
	})
	if len(e.Webhooks) > 0 {
		hooks := make([]events.Webhook, 0, len(e.Webhooks))
		for _, w := range e.Webhooks {
			hooks = append(hooks, events.Webhook{
				Name: w.Name, URL: w.URL, Account: w.Account, EventTypes: w.EventTypes,
				Secret: w.Secret.Reveal(), MaxAttempts: w.MaxAttempts, Timeout: w.Timeout,
			})
		}
		s.events.webhooks = events.NewForwarders(events.ForwarderOptions{
			Store: s.events.store, Hooks: hooks, Log: s.log.With("component", "webhooks"), Registerer: s.registry,
		})
	}
	return nil
}

// startWebhooks runs the webhook forwarders, if any.
func (s *Server) startWebhooks() {
	if s.events.webhooks != nil {
		s.events.webhooks.Start()
	}
}

// endpoints are the accounts' server configurations, keys parsed.
func (s *Server) endpoints() ([]events.Endpoint, error) {
	var out []events.Endpoint
	for _, a := range s.cfg.Accounts {
		cb := a.Callback
		if cb == nil {
			continue
		}
		ep := events.Endpoint{Account: a.Name, AppID: cb.AppID, Token: cb.Token.Reveal(), Mode: cb.Mode}
		for _, k := range []struct {
			name  string
			value config.Secret
		}{{"encoding_aes_key", cb.EncodingAESKey}, {"previous_encoding_aes_key", cb.PreviousEncodingAESKey}} {
			if k.value == "" {
				continue
			}
			key, err := wxcrypt.ParseKey(k.value.Reveal())
			if err != nil {
				return nil, fmt.Errorf("account %q: callback %s: %w", a.Name, k.name, err)
			}
			ep.Keys = append(ep.Keys, key)
		}
		out = append(out, ep)
	}
	return out, nil
}

// startCallback opens the callback listener, when configured: the only listener
// meant for the internet, serving the pushes and nothing else, with the TLS of
// the other listeners when they have one.
func (s *Server) startCallback() error {
	cb := s.cfg.Callback
	if cb.Addr == "" {
		return nil
	}
	eps, err := s.endpoints()
	if err != nil {
		return err
	}
	if len(eps) == 0 {
		s.log.Warn("callback.addr is set and no account has a callback: every push will be refused", "callback", cb.Addr)
	}
	for _, ep := range eps {
		if ep.Mode == config.PushPlain {
			s.log.Warn("callback in plain mode: WeChat's signature does not cover a plain push's body, so a captured push can be replayed with another body within callback.timestamp_window; use safe mode", "account", ep.Account)
		}
	}
	l, err := net.Listen("tcp", cb.Addr)
	if err != nil {
		return fmt.Errorf("callback listener: %w", err)
	}
	if s.tls != nil {
		l = tls.NewListener(l, s.tls.Config("h2", "http/1.1"))
	}
	s.events.lis = l
	lim := s.cfg.RequestLimits
	s.events.http = &http.Server{
		Handler: events.NewReceiver(events.ReceiverOptions{
			Endpoints: eps, Store: s.events.store, Log: s.log.With("listener", "callback"), Registerer: s.registry,
			Window: cb.TimestampWindow, MaxBody: cb.MaxBodyBytes, Now: s.now,
		}),
		// WeChat waits 5 s for an answer: a request slower than that is no push.
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		IdleTimeout:       lim.IdleTimeout,
		MaxHeaderBytes:    16 << 10,
	}
	go func() {
		if err := s.events.http.Serve(l); !errors.Is(err, http.ErrServerClosed) {
			s.serveErr <- err
		}
	}()
	s.pushFromSandbox()
	return nil
}

// CallbackAddr is the callback listener's address, or "" when it is off.
func (s *Server) CallbackAddr() string {
	if s.events.lis == nil {
		return ""
	}
	return s.events.lis.Addr().String()
}

// sandboxCallback gives the sandbox's default account a callback, when it has
// none, with a Token and EncodingAESKey of its own in safe mode, and opens the
// callback listener on loopback, so that the simulator pushes its events to the
// gateway as WeChat would.
func (s *Server) sandboxCallback() {
	a := &s.cfg.Accounts[0]
	if a.Callback == nil {
		a.Callback = &config.AccountCallback{
			Mode: config.PushSafe, AppID: a.AppID,
			Token: config.Secret(rand.Text()), EncodingAESKey: config.Secret(newEncodingAESKey()),
		}
	}
	if s.cfg.Callback.Addr == "" {
		s.cfg.Callback.Addr = "127.0.0.1:0"
	}
}

// newEncodingAESKey is a random EncodingAESKey: 43 letters and digits.
func newEncodingAESKey() string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 43)
	rand.Read(b)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return string(b)
}

// pushFromSandbox points the simulator's pushes at the default account's callback.
func (s *Server) pushFromSandbox() {
	if s.sim == nil {
		return
	}
	a := s.cfg.Accounts[0]
	if a.Callback == nil {
		return
	}
	scheme := "http"
	if s.tls != nil {
		scheme = "https"
	}
	s.sim.SetPushTarget(wechatsim.PushTarget{
		URL:   fmt.Sprintf("%s://%s/wechat/callback/%s", scheme, s.CallbackAddr(), a.Name),
		Token: a.Callback.Token.Reveal(), AESKey: a.Callback.EncodingAESKey.Reveal(),
		Mode: a.Callback.Mode, AppID: a.Callback.AppID,
	})
}

// stopEvents ends the Subscribe streams (before the gRPC server's graceful stop,
// which would otherwise wait for them) and the callback listener.
func (s *Server) stopEvents(ctx context.Context) error {
	if s.events.service != nil {
		s.events.service.Stop()
	}
	if s.events.webhooks != nil {
		s.events.webhooks.Stop()
	}
	if s.events.http == nil {
		return nil
	}
	if err := s.events.http.Shutdown(ctx); err != nil {
		s.events.http.Close()
		return fmt.Errorf("callback shutdown: %w", err)
	}
	return nil
}

// closeEvents releases the store (after the streams and the listener are gone).
func (s *Server) closeEvents() {
	if s.events.store != nil {
		s.events.store.Close()
	}
	if s.events.blocking != nil {
		s.events.blocking.Close()
	}
}
