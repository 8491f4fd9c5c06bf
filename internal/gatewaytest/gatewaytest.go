// Package gatewaytest runs a whole gateway for tests: a WeChat simulator on a
// loopback port and the gateway's gRPC and HTTP listeners in front of it, with
// helpers to call it and to check what WeChat received. Everything started stops
// when the test ends.
package gatewaytest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/server"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// Gateway is a running gateway whose default account "main" calls Sim.
type Gateway struct {
	T      testing.TB
	Sim    *wechatsim.Server
	Server *server.Server
	Conn   *grpc.ClientConn // to the gRPC listener
	Base   string           // the HTTP listener: http://127.0.0.1:PORT
	Logs   *SyncBuffer      // the gateway's log, JSON lines at debug level
	Clock  *Clock           // the gateway's clock (token expiry, rate limits)
	// HTTP makes the REST calls.
	HTTP *http.Client
	// Spans holds the spans of a gateway started with StartTraced, each as it
	// ends (nil otherwise).
	Spans *tracetest.InMemoryExporter
}

// Option changes the configuration before the gateway starts.
type Option func(*config.Config)

// Unlimited lifts the default rate limit: the test clock stands still, so buckets
// never refill.
func Unlimited(c *config.Config) {
	c.RateLimits = map[string]ratelimit.Limit{"default": {}}
}

// WithLimits sets the ratelimits section.
func WithLimits(l map[string]ratelimit.Limit) Option {
	return func(c *config.Config) { c.RateLimits = l }
}

// WithAccount adds an account after "main".
func WithAccount(a config.Account) Option {
	return func(c *config.Config) { c.Accounts = append(c.Accounts, a) }
}

// WithRedis keeps tokens, rate limits and portal keys in the Redis at addr, as
// replicas sharing state do.
func WithRedis(addr string) Option {
	return func(c *config.Config) {
		c.Redis.Addr = addr
		c.Token.Store, c.RateLimit.Store, c.Portal.Store = config.StoreRedis, config.StoreRedis, config.StoreRedis
		c.Events.Store = config.StoreRedis
	}
}

// The server configuration of account main's callback under WithCallback.
const (
	CallbackToken  = "wxgate-test-token"
	CallbackAESKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
)

// WithCallback opens the callback listener on a free loopback port
// (Server.CallbackAddr) and gives account main a callback in mode (plain,
// compatible or safe) with CallbackToken and CallbackAESKey. The simulator pushes
// to the gateway that started last.
func WithCallback(mode string) Option {
	return func(c *config.Config) {
		c.Callback.Addr = "127.0.0.1:0"
		c.Accounts[0].Callback = &config.AccountCallback{
			Mode: mode, AppID: c.Accounts[0].AppID, Token: CallbackToken, EncodingAESKey: CallbackAESKey,
		}
	}
}

// WithCallers configures callers; the auth mode follows from what they carry.
func WithCallers(cs ...config.Caller) Option {
	return func(c *config.Config) { c.Callers = append(c.Callers, cs...) }
}

// WithCompat opens the WeChat-compatible pass-through on a free loopback port
// (Server.CompatAddr).
func WithCompat(c *config.Config) { c.Compat.Addr = "127.0.0.1:0" }

// WithTLS serves both listeners over TLS. The gateway's Conn is then nil and Base
// is https://: tests dial with the client certificates they need.
func WithTLS(t config.TLS) Option {
	return func(c *config.Config) { c.TLS = t }
}

// Keys are the configuration entries of caller keys (their digests).
func Keys(keys ...string) []config.CallerKey {
	out := make([]config.CallerKey, len(keys))
	for i, k := range keys {
		out[i] = config.CallerKey{Digest: callerkey.Digest(k)}
	}
	return out
}

// WithKey returns ctx sending key as the call's bearer key.
func WithKey(ctx context.Context, key string) context.Context {
	return metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+key)
}

// Start runs a simulator and a gateway in front of it on free loopback ports.
func Start(t testing.TB, opts ...Option) *Gateway {
	t.Helper()
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	return StartOn(t, sim, opts...)
}

// StartOn runs a gateway in front of sim, which several gateways (replicas) may
// share.
func StartOn(t testing.TB, sim *wechatsim.Server, opts ...Option) *Gateway {
	t.Helper()
	return startOn(t, sim, nil, opts...)
}

// StartTraced is Start with tracing on: an OpenTelemetry SDK provider that
// records every span, synchronously as it ends, in the Gateway's Spans.
func StartTraced(t testing.TB, opts ...Option) *Gateway {
	t.Helper()
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	spans := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(spans))
	t.Cleanup(func() { tp.Shutdown(context.Background()) }) // after the gateway's (cleanups run last first)
	g := startOn(t, sim, tp, opts...)
	g.Spans = spans
	return g
}

// WaitSpans waits (5 s at most) until done says the spans ended so far in
// traceID are all it waits for, and returns them: a server ends its span after
// the answer is on its way, so a caller holding the answer may be early.
func (g *Gateway) WaitSpans(t testing.TB, traceID trace.TraceID, done func([]tracetest.SpanStub) bool) []tracetest.SpanStub {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		var in []tracetest.SpanStub
		for _, s := range g.Spans.GetSpans() {
			if s.SpanContext.TraceID() == traceID {
				in = append(in, s)
			}
		}
		if done(in) {
			return in
		}
		if time.Now().After(deadline) {
			var names []string
			for _, s := range in {
				names = append(names, s.Name)
			}
			t.Fatalf("trace %s: still waiting after 5 s; its spans: %q", traceID, names)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func startOn(t testing.TB, sim *wechatsim.Server, tp trace.TracerProvider, opts ...Option) *Gateway {
	t.Helper()
	cfg := config.Default()
	cfg.GRPCAddr, cfg.HTTPAddr = "127.0.0.1:0", "127.0.0.1:0"
	cfg.Accounts = []config.Account{Account("main", sim)}
	for _, o := range opts {
		o(&cfg)
	}
	g := &Gateway{T: t, Sim: sim, Logs: &SyncBuffer{}, Clock: &Clock{now: time.Now()}}
	log := slog.New(slog.NewJSONHandler(g.Logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	var err error
	g.Server, err = server.New(server.Options{Config: cfg, Log: log, Now: g.Clock.Now, TracerProvider: tp})
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Server.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := g.Server.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
	})
	// Its own client, whose idle connections close before the gateway shuts down: a
	// connection the client opened but never used would hold Shutdown for 5 s.
	g.HTTP = &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}
	t.Cleanup(func() { g.HTTP.CloseIdleConnections() })
	if cb := cfg.Accounts[0].Callback; cb != nil && g.Server.CallbackAddr() != "" {
		sim.SetPushTarget(wechatsim.PushTarget{
			URL:   "http://" + g.Server.CallbackAddr() + "/wechat/callback/" + cfg.Accounts[0].Name,
			Token: cb.Token.Reveal(), AESKey: cb.EncodingAESKey.Reveal(), Mode: cb.Mode, AppID: cb.AppID,
		})
	}
	if cfg.TLS.Enabled() {
		g.Base = "https://" + g.Server.HTTPAddr()
		return g
	}
	g.Conn, err = grpc.NewClient(g.Server.GRPCAddr(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Conn.Close() })
	g.Base = "http://" + g.Server.HTTPAddr()
	return g
}

// Account is a configured account named name that calls sim.
func Account(name string, sim *wechatsim.Server) config.Account {
	return config.Account{
		Name: name, AppID: sim.AppID(), AppSecret: config.Secret(sim.AppSecret()),
		UpstreamURL: sim.URL(), TokenMode: "stable",
	}
}

// Ctx is a call context with a 10 s deadline, naming account when not empty.
func (g *Gateway) Ctx(account string) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	g.T.Cleanup(cancel)
	if account != "" {
		ctx = metadata.AppendToOutgoingContext(ctx, accounts.Header, account)
	}
	return ctx
}

// REST makes a REST call; body is JSON text or empty; header is name, value pairs.
// It returns the HTTP status and the decoded JSON answer.
func (g *Gateway) REST(method, path, body string, header ...string) (int, map[string]any) {
	g.T.Helper()
	code, _, ans := g.RESTWithHeader(method, path, body, header...)
	return code, ans
}

// RESTWithHeader is REST that also returns the answer's header.
func (g *Gateway) RESTWithHeader(method, path, body string, header ...string) (int, http.Header, map[string]any) {
	g.T.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, g.Base+path, rd)
	if err != nil {
		g.T.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := g.HTTP.Do(req)
	if err != nil {
		g.T.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out map[string]any
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &out); err != nil {
			g.T.Fatalf("%s %s: answer is not JSON: %s", method, path, raw)
		}
	}
	return resp.StatusCode, resp.Header, out
}

// RESTProto makes a REST call, fails the test unless it is answered HTTP 200, and
// decodes the answer into a new message of want's type (protojson takes the proto3
// JSON the gateway writes: int64 as strings, enums by name), checking that every key
// is a proto (snake_case) field name.
func (g *Gateway) RESTProto(t testing.TB, method, path, body string, want proto.Message) proto.Message {
	t.Helper()
	code, ans := g.REST(method, path, body)
	if code != http.StatusOK {
		t.Fatalf("%s %s: HTTP %d %v", method, path, code, ans)
	}
	raw, err := json.Marshal(ans)
	if err != nil {
		t.Fatal(err)
	}
	got := want.ProtoReflect().New().Interface()
	desc := got.ProtoReflect().Descriptor()
	for key := range ans {
		if desc.Fields().ByName(protoreflect.Name(key)) == nil {
			t.Errorf("answer key %q is not a field name of %s", key, desc.FullName())
		}
	}
	if err := protojson.Unmarshal(raw, got); err != nil {
		t.Fatalf("%s %s: %v in %s", method, path, err, raw)
	}
	return got
}

// LastBody is the JSON body of the last request the simulator got for path.
func (g *Gateway) LastBody(path string) map[string]any {
	g.T.Helper()
	reqs := g.Sim.RequestsTo(path)
	if len(reqs) == 0 {
		g.T.Fatalf("the simulator got no request for %s", path)
	}
	var body map[string]any
	if raw := reqs[len(reqs)-1].Body; len(raw) > 0 {
		if err := json.Unmarshal(raw, &body); err != nil {
			g.T.Fatalf("%s: body is not JSON: %s", path, raw)
		}
	}
	return body
}

// AssertStatus checks err's code and ErrorInfo reason and returns the ErrorInfo.
func AssertStatus(t testing.TB, err error, code codes.Code, reason string) *errdetails.ErrorInfo {
	t.Helper()
	st, ok := status.FromError(err)
	if !ok || st.Code() != code {
		t.Fatalf("error = %v, want code %v", err, code)
	}
	for _, d := range st.Details() {
		if info, ok := d.(*errdetails.ErrorInfo); ok {
			if info.GetReason() != reason {
				t.Errorf("ErrorInfo reason = %q, want %q", info.GetReason(), reason)
			}
			return info
		}
	}
	t.Fatalf("error %v has no ErrorInfo", err)
	return nil
}

// AssertRESTBadRequest makes a REST call and checks it is answered 400 with a
// message naming field.
func (g *Gateway) AssertRESTBadRequest(t testing.TB, method, path, body, field string) {
	t.Helper()
	code, ans := g.REST(method, path, body)
	msg, _ := ans["message"].(string)
	if code != http.StatusBadRequest || !strings.Contains(msg, field) {
		t.Errorf("%s %s: HTTP %d %q, want 400 naming %q", method, path, code, msg, field)
	}
}

// AssertRESTReachesWeChat makes a REST call the gateway leaves to WeChat (no rule of
// the seeds or of WeChat's documents refuses it) and checks that WeChat got it, at
// upstream, and that the answer is WeChat's: HTTP 200 when reason is empty, else
// WeChat's errcode as the ErrorInfo reason (WECHAT_<errcode>).
func (g *Gateway) AssertRESTReachesWeChat(t testing.TB, method, path, body, upstream, reason string) {
	t.Helper()
	before := len(g.Sim.RequestsTo(upstream))
	code, ans := g.REST(method, path, body)
	if got := len(g.Sim.RequestsTo(upstream)) - before; got != 1 {
		t.Errorf("%s %s: WeChat got %d calls of %s, want 1 (HTTP %d %v)", method, path, got, upstream, code, ans)
	}
	switch got := RESTReason(ans); {
	case reason == "" && code != http.StatusOK:
		t.Errorf("%s %s: HTTP %d %v, want 200", method, path, code, ans)
	case reason != "" && got != reason:
		t.Errorf("%s %s: HTTP %d reason %q (%v), want WeChat's %q", method, path, code, got, ans["message"], reason)
	}
}

// AssertBadRequest checks that err is INVALID_ARGUMENT whose google.rpc.BadRequest
// names the fields wanted. A field may break several rules (an empty URL is neither
// long enough nor a URL): the fields are compared as sets.
func AssertBadRequest(t testing.TB, err error, fields ...string) {
	t.Helper()
	if status.Code(err) != codes.InvalidArgument {
		t.Fatalf("%v, want INVALID_ARGUMENT", err)
	}
	got := slices.Compact(slices.Sorted(slices.Values(BadRequestFields(err))))
	want := slices.Compact(slices.Sorted(slices.Values(fields)))
	if !slices.Equal(got, want) {
		t.Errorf("BadRequest fields = %v, want %v (%v)", got, want, status.Convert(err).Message())
	}
}

// BadRequestFields lists the fields of err's google.rpc.BadRequest, in order.
func BadRequestFields(err error) []string {
	var fields []string
	for _, d := range status.Convert(err).Details() {
		if br, ok := d.(*errdetails.BadRequest); ok {
			for _, v := range br.GetFieldViolations() {
				fields = append(fields, v.GetField())
			}
		}
	}
	return fields
}

// RetryDelay is err's RetryInfo delay, or 0.
func RetryDelay(err error) time.Duration {
	for _, d := range status.Convert(err).Details() {
		if ri, ok := d.(*errdetails.RetryInfo); ok {
			return ri.GetRetryDelay().AsDuration()
		}
	}
	return 0
}

// RESTReason is the ErrorInfo reason in a REST error body.
func RESTReason(body map[string]any) string {
	details, _ := body["details"].([]any)
	for _, d := range details {
		m, _ := d.(map[string]any)
		if m["@type"] == "type.googleapis.com/google.rpc.ErrorInfo" {
			r, _ := m["reason"].(string)
			return r
		}
	}
	return ""
}

// AnyNonEmptyString makes a wanted "*" match any non-empty string: values such as
// QR code URLs and tokens are the simulator's to choose.
func AnyNonEmptyString() cmp.Option {
	return cmp.FilterValues(func(a, b string) bool { return a == "*" || b == "*" },
		cmp.Comparer(func(a, b string) bool { return a != "" && b != "" }))
}

// Clock is a settable clock.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// Now is the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the clock on by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// SyncBuffer collects output from many goroutines.
type SyncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *SyncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *SyncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
