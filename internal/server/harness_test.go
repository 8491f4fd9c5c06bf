package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// harness is a gateway on loopback ports in front of a simulator, as a test uses it.
type harness struct {
	t     testing.TB
	sim   *wechatsim.Server
	srv   *Server
	wifi  wifiv1.WifiServiceClient
	conn  *grpc.ClientConn
	base  string // http://127.0.0.1:PORT
	logs  *syncBuffer
	clock *clock
}

type harnessOption func(*config.Config)

func withLimits(l map[string]ratelimit.Limit) harnessOption {
	return func(c *config.Config) { c.RateLimits = l }
}

// unlimited lifts the default rate limit: the harness clock stands still, so buckets
// never refill.
func unlimited(c *config.Config) {
	c.RateLimits = map[string]ratelimit.Limit{"default": {}}
}

func withAccount(a config.Account) harnessOption {
	return func(c *config.Config) { c.Accounts = append(c.Accounts, a) }
}

// start runs a simulator and a gateway whose account "main" calls it, logging at
// debug level into h.logs. Everything stops at the end of the test.
func start(t testing.TB, opts ...harnessOption) *harness {
	t.Helper()
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	cfg := config.Default()
	cfg.GRPCAddr, cfg.HTTPAddr = "127.0.0.1:0", "127.0.0.1:0"
	cfg.Accounts = []config.Account{mainAccount(sim)}
	for _, o := range opts {
		o(&cfg)
	}
	h := &harness{t: t, sim: sim, logs: &syncBuffer{}, clock: &clock{now: time.Now()}}
	log := slog.New(slog.NewJSONHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h.srv, err = New(Options{Config: cfg, Log: log, Now: h.clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.srv.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := h.srv.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
	})
	h.conn, err = grpc.NewClient(h.srv.GRPCAddr(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.conn.Close() })
	h.wifi = wifiv1.NewWifiServiceClient(h.conn)
	h.base = "http://" + h.srv.HTTPAddr()
	return h
}

func mainAccount(sim *wechatsim.Server) config.Account {
	return config.Account{
		Name: "main", AppID: sim.AppID(), AppSecret: config.Secret(sim.AppSecret()),
		UpstreamURL: sim.URL(), TokenMode: "stable",
	}
}

// ctx is a call context with a deadline, naming account when not empty.
func (h *harness) ctx(account string) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	h.t.Cleanup(cancel)
	if account != "" {
		ctx = metadata.AppendToOutgoingContext(ctx, accounts.Header, account)
	}
	return ctx
}

// rest makes a REST call; body is JSON text or empty. It returns the status and the
// decoded JSON answer.
func (h *harness) rest(method, path, body string, header ...string) (int, map[string]any) {
	h.t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, h.base+path, rd)
	if err != nil {
		h.t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out map[string]any
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &out); err != nil {
			h.t.Fatalf("%s %s: answer is not JSON: %s", method, path, raw)
		}
	}
	return resp.StatusCode, out
}

// lastBody is the JSON body of the last request the simulator got for path.
func (h *harness) lastBody(path string) map[string]any {
	h.t.Helper()
	reqs := h.sim.RequestsTo(path)
	if len(reqs) == 0 {
		h.t.Fatalf("the simulator got no request for %s", path)
	}
	var body map[string]any
	if raw := reqs[len(reqs)-1].Body; len(raw) > 0 {
		if err := json.Unmarshal(raw, &body); err != nil {
			h.t.Fatalf("%s: body is not JSON: %s", path, raw)
		}
	}
	return body
}

// clock is a settable clock for the gateway's token expiry and rate limits.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// syncBuffer collects log output from many goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
