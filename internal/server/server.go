// Package server wires the gateway together: accounts and their upstream clients,
// the gRPC server with its interceptors and services, and the HTTP server with the
// REST gateway, health, metrics and the OpenAPI spec.
package server

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"

	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/callers"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/inflight"
	"github.com/wxgate/wxgate/internal/middleware"
	"github.com/wxgate/wxgate/internal/portal"
	"github.com/wxgate/wxgate/internal/ratelimit"
	portalsvc "github.com/wxgate/wxgate/internal/service/portal"
	"github.com/wxgate/wxgate/internal/service/quota"
	"github.com/wxgate/wxgate/internal/statuspage"
	"github.com/wxgate/wxgate/internal/tlsfiles"
	"github.com/wxgate/wxgate/internal/tracing"
	"github.com/wxgate/wxgate/internal/upstream"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// Options configure a Server.
type Options struct {
	Config config.Config
	// Sandbox starts the built-in WeChat simulator and points the default account at
	// it. With no account configured the server is always in sandbox mode.
	Sandbox bool
	Log     *slog.Logger // nil: slog.Default()
	// Now is the upstream clients' clock (tests move it). Nil: time.Now.
	Now func() time.Time
	// TracerProvider records the calls' spans (tracing.go): tracing.FromEnv's in
	// the binary, an SDK provider with an in-memory exporter in tests. Nil or a
	// no-op provider: tracing is off and no instrumentation is installed. The
	// caller shuts it down (flushing its spans) after the server's Shutdown.
	TracerProvider trace.TracerProvider
}

// Server is a running gateway.
type Server struct {
	log      *slog.Logger
	cfg      config.Config
	sim      *wechatsim.Server // sandbox mode only
	accounts *accounts.Set
	registry *prometheus.Registry
	now      func() time.Time     // the test clock, or nil
	tracer   trace.TracerProvider // nil: tracing is off
	stores   *stores
	// portalSecrets holds the shops' portal secret keys: WifiService puts the keys
	// it registers, PortalSignService signs with them.
	portalSecrets portal.SecretStore
	guard         *callers.Guard     // who may call what
	inFlight      *inflight.Limit    // limits.max_calls_in_flight: gRPC, REST and pass-through calls at once
	quotaBook     *quota.Book        // today's local counts and limits (QuotaService, /metrics, /status)
	recent        *statuspage.Window // the last hour's upstream errors, and the paths called (/status)
	tls           *tlsfiles.Server   // the listeners' certificate, or nil

	grpc   *grpc.Server
	health *health.Server
	http   *http.Server

	grpcLis, httpLis net.Listener
	compatLis        net.Listener // nil unless compat.addr is set
	compat           *http.Server
	events           eventsPart
	debugLis         net.Listener // nil unless debug_addr is set
	debug            *http.Server
	ready            *readiness // the checks /readyz answers from (after Start)
	inProcess        *inProcess // the REST layer's channel to the services
	serveErr         chan error
	stopOnce         sync.Once
}

// streamWorkers is how many goroutines serve gRPC calls (REST ones too) before a
// call gets one of its own: enough for the calls in flight at once on a busy
// replica, a few MB of stacks at most when idle.
const streamWorkers = 64

// New builds the gateway; Start makes it listen.
func New(opts Options) (*Server, error) {
	s := &Server{log: opts.Log, cfg: opts.Config, registry: prometheus.NewRegistry(), serveErr: make(chan error, 4), recent: statuspage.NewWindow(opts.Now)}
	if s.log == nil {
		s.log = slog.Default()
	}
	s.registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if err := s.startSandbox(opts.Sandbox); err != nil {
		return nil, err
	}
	s.now = opts.Now
	if tracing.Enabled(opts.TracerProvider) {
		s.tracer = tracing.Unwrap(opts.TracerProvider)
	}
	s.cfg.ResolveAuth()
	if err := s.checkExposure(opts.Sandbox || s.sim != nil); err != nil {
		s.release()
		return nil, err
	}
	if err := s.build(); err != nil {
		s.release()
		return nil, err
	}
	chain, err := middleware.New(s.log, s.registry, s.guard,
		append(s.chainTracing(), middleware.WithInFlight(s.inFlight))...)
	if err != nil {
		s.release()
		return nil, err
	}
	rpcStats := s.rpcTracing()
	s.grpc = grpc.NewServer(append(append(chain.ServerOptions(), grpcTracing(rpcStats)...),
		grpc.Creds(s.grpcCreds()),
		grpc.MaxRecvMsgSize(int(s.cfg.RequestLimits.MaxBodyBytes)),
		grpc.MaxHeaderListSize(uint32(s.cfg.RequestLimits.MaxHeaderBytes)),
		// Calls run on long-lived workers whose stacks have grown to what a call
		// needs, rather than on a new goroutine each that grows its stack (a copy,
		// twice or more) through the interceptors and the upstream request; past
		// the workers a call gets a goroutine of its own, as before.
		grpc.NumStreamWorkers(streamWorkers),
	)...)
	s.health = health.NewServer()
	healthpb.RegisterHealthServer(s.grpc, s.health)
	if s.cfg.Endpoints.Reflection {
		reflection.Register(s.grpc)
	}
	s.inProcess = newInProcess(chain, rpcStats)
	for _, svc := range s.services() {
		svc.grpc(registrars{s.grpc, s.inProcess})
	}
	chain.InitializeMetrics(s.grpc)
	return s, nil
}

// startSandbox starts the simulator when asked to, or when no account is configured,
// and points the default account at it.
func (s *Server) startSandbox(asked bool) error {
	if !asked && len(s.cfg.Accounts) > 0 {
		return nil
	}
	if !asked {
		s.log.Warn("SANDBOX MODE: no WeChat account is configured, so every call goes to the built-in simulator, not WeChat. Set WXGATE_APP_ID and WXGATE_APP_SECRET, or accounts in a config file, to reach WeChat.")
	}
	// Its control API (/_sim/*, on its own loopback listener) lets a newcomer make it
	// push any event, as the README shows.
	opts := wechatsim.Options{Control: true}
	if len(s.cfg.Accounts) > 0 {
		// The simulator accepts the default account's own credentials.
		opts.AppID, opts.AppSecret = s.cfg.Accounts[0].AppID, s.cfg.Accounts[0].AppSecret.Reveal()
	}
	sim, err := wechatsim.Start(opts)
	if err != nil {
		return fmt.Errorf("sandbox: %w", err)
	}
	s.sim = sim
	if len(s.cfg.Accounts) == 0 {
		s.cfg.Accounts = []config.Account{{Name: config.EnvAccountName, AppID: sim.AppID(), AppSecret: config.Secret(sim.AppSecret()), TokenMode: "stable"}}
	}
	s.cfg.Accounts[0].UpstreamURL = sim.URL()
	s.sandboxCallback()
	s.log.Warn("sandbox: the default account calls the built-in WeChat simulator", "account", s.cfg.Accounts[0].Name, "simulator", sim.URL())
	return nil
}

// build makes the stores and the accounts' clients, and loads the configured
// portal keys.
func (s *Server) build() error {
	var err error
	if s.stores, err = newStores(s.cfg, s.now, s.log); err != nil {
		return err
	}
	s.portalSecrets = s.stores.portal
	if err := s.buildAccounts(); err != nil {
		return err
	}
	set, err := newCallers(s.cfg)
	if err != nil {
		return err
	}
	s.guard = callers.NewGuard(set, callers.GuardOptions{Account: s.pickAccount, Open: s.openMethods(), Registerer: s.registry})
	maxInFlight := s.cfg.RequestLimits.MaxCallsInFlight
	if maxInFlight <= 0 { // a config built in code, not loaded
		maxInFlight = config.DefaultMaxCallsInFlight
	}
	s.inFlight = inflight.New(maxInFlight)
	s.registry.MustRegister(s.inFlight.Collectors()...)
	if err := s.buildQuotaBook(); err != nil {
		return err
	}
	if err := s.loadTLS(); err != nil {
		return err
	}
	if err := s.buildEvents(); err != nil {
		return err
	}
	if _, err := s.endpoints(); err != nil { // a bad key stops the start, not the first push
		return err
	}
	return portalsvc.LoadConfigured(context.Background(), s.portalSecrets, s.cfg.Accounts)
}

// buildQuotaBook makes the book of today's local counts that the QuotaService,
// the /metrics gauges and the status page read, with the callers' shares of the
// callers in force (a reload shows at once).
func (s *Server) buildQuotaBook() error {
	limits, err := s.cfg.Limits()
	if err != nil {
		return err
	}
	counter, _ := s.stores.limiter.(ratelimit.Counter)
	s.quotaBook = quota.NewBook(counter, limits, func(account string) []*ratelimit.Share { return s.guard.Set().Shares(account) }, s.now)
	names := make([]string, len(s.accounts.All()))
	for i, c := range s.accounts.All() {
		names[i] = c.Account()
	}
	s.registry.MustRegister(quota.NewCollector(s.quotaBook, names))
	return nil
}

// release closes what New opened: the sandbox simulator and the Redis connection.
func (s *Server) release() {
	if s.sim != nil {
		s.sim.Close()
	}
	s.closeEvents()
	if s.stores != nil {
		s.stores.close()
	}
}

// buildAccounts makes one upstream client per account, sharing one HTTP client,
// the stores and the metrics.
func (s *Server) buildAccounts() error {
	httpClient := upstream.NewHTTPClient(s.cfg.RequestLimits.UpstreamConnsPerHost)
	metrics := upstream.NewMetrics(s.registry, callers.Label)
	metrics.OnResult(s.recent.Add)
	clients := make([]*upstream.Client, 0, len(s.cfg.Accounts))
	for _, a := range s.cfg.Accounts {
		c, err := upstream.New(upstream.Config{
			Account:     a.Name,
			AppID:       a.AppID,
			AppSecret:   a.AppSecret.Reveal(),
			BaseURL:     a.UpstreamURL,
			TokenMode:   upstream.TokenMode(a.TokenMode),
			HTTP:        httpClient,
			Limiter:     s.stores.limiter,
			Tokens:      s.stores.tokens,
			Metrics:     metrics,
			Log:         s.log,
			CallTimeout: s.cfg.UpstreamTimeout,
			Now:         s.now,
			Tracer:      s.tracer,
		})
		if err != nil {
			return err
		}
		clients = append(clients, c)
	}
	var err error
	s.accounts, err = accounts.NewSet(clients...)
	return err
}

// Sim is the sandbox simulator, or nil.
func (s *Server) Sim() *wechatsim.Server { return s.sim }

// Start binds both listeners and serves in the background. The REST gateway reaches
// the gRPC server over a loopback connection.
func (s *Server) Start(ctx context.Context) error {
	var err error
	if s.grpcLis, err = net.Listen("tcp", s.cfg.GRPCAddr); err != nil {
		return fmt.Errorf("grpc listener: %w", err)
	}
	if s.httpLis, err = net.Listen("tcp", s.cfg.HTTPAddr); err != nil {
		s.grpcLis.Close()
		return fmt.Errorf("http listener: %w", err)
	}
	handler, err := s.httpHandler(ctx)
	if err != nil {
		return s.abortStart(ctx, err)
	}
	lim := s.cfg.RequestLimits
	s.http = &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       lim.ReadTimeout, // a body sent a byte a second is cut off
		IdleTimeout:       lim.IdleTimeout,
		MaxHeaderBytes:    lim.MaxHeaderBytes, // 431 past it
	}
	if s.tls != nil {
		s.httpLis = tls.NewListener(s.httpLis, s.tls.Config("h2", "http/1.1"))
	}
	for _, start := range []func() error{s.startCompat, s.startCallback, s.startDebug} {
		if err := start(); err != nil {
			return s.abortStart(ctx, err)
		}
	}
	s.startWebhooks()
	s.ready = s.startReadiness()
	go func() { s.serveErr <- s.grpc.Serve(s.grpcLis) }()
	go func() {
		if err := s.http.Serve(s.httpLis); !errors.Is(err, http.ErrServerClosed) {
			s.serveErr <- err
		}
	}()
	s.log.Info("wxgate listening", "grpc", s.GRPCAddr(), "http", s.HTTPAddr(), "accounts", len(s.accounts.All()),
		"compat", s.CompatAddr(), "callback", s.CallbackAddr(), "debug", s.DebugAddr(), "auth", s.cfg.Auth.Mode, "callers", len(s.cfg.Callers), "tls", s.tls != nil)
	return nil
}

// abortStart closes what a failed Start opened, and answers err.
func (s *Server) abortStart(ctx context.Context, err error) error {
	s.grpcLis.Close()
	s.httpLis.Close()
	if s.compat != nil {
		s.compat.Close()
	}
	s.stopEvents(ctx)
	return err
}

// GRPCAddr is the gRPC listener's address (after Start).
func (s *Server) GRPCAddr() string { return s.grpcLis.Addr().String() }

// HTTPAddr is the HTTP listener's address (after Start).
func (s *Server) HTTPAddr() string { return s.httpLis.Addr().String() }

// Err reports a listener that failed while serving.
func (s *Server) Err() <-chan error { return s.serveErr }

// Shutdown stops accepting calls and waits for those in flight until ctx ends, then
// cuts the rest. REST goes first: its calls are made by the HTTP handlers themselves.
func (s *Server) Shutdown(ctx context.Context) error {
	var err error
	s.stopOnce.Do(func() {
		s.health.Shutdown()
		if s.http != nil {
			if herr := s.http.Shutdown(ctx); herr != nil {
				err = fmt.Errorf("http shutdown: %w", herr)
				s.http.Close()
			}
		}
		if s.compat != nil {
			if cerr := s.compat.Shutdown(ctx); cerr != nil {
				err = errors.Join(err, fmt.Errorf("compat shutdown: %w", cerr))
				s.compat.Close()
			}
		}
		if eerr := s.stopEvents(ctx); eerr != nil {
			err = errors.Join(err, eerr)
		}
		if s.debug != nil {
			s.debug.Close() // a profile being taken is cut
		}
		done := make(chan struct{})
		go func() { s.grpc.GracefulStop(); close(done) }()
		select {
		case <-done:
		case <-ctx.Done():
			s.grpc.Stop()
			<-done
			err = errors.Join(err, fmt.Errorf("grpc shutdown: %w", ctx.Err()))
		}
		s.ready.stop()
		s.release()
	})
	return err
}
