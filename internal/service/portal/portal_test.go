package portal

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	portalv1 "github.com/wxgate/wxgate/gen/go/wxgate/portal/v1"
	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/callers"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/middleware"
	portalcore "github.com/wxgate/wxgate/internal/portal"
	"github.com/wxgate/wxgate/internal/upstream"
)

// The accounts and shop keys of the tests. The worked vector is main's shop
// 429620 with vectorKey.
const (
	mainAppID  = "wx0123456789abcdef"
	brandAppID = "wxfedcba9876543210"
	vectorKey  = "3f8a1c9d2e7b4a60"
	vectorSign = "e59bccfee9b43fc7e22aee894c0e0328"
	vectorTS   = 1700000000000
)

// keys are every portal key the tests configure: none may appear in an answer or a log.
var keys = []struct {
	account string
	shop    int64
	key     string
}{
	{"main", 429620, vectorKey},
	{"main", 429621, "9d0e1f2a3b4c5d6e"},
	{"brand-b", 429620, "b-secret-7f6e5d4c"},
}

func keyOf(account string, shop int64) string {
	for _, k := range keys {
		if k.account == account && k.shop == shop {
			return k.key
		}
	}
	return ""
}

// expectedSign is seed 001's formula computed here, apart from internal/portal.
func expectedSign(appID, extend string, ts, shop int64, authURL, mac, ssid, key string) string {
	sum := md5.Sum([]byte(appID + extend + strconv.FormatInt(ts, 10) + strconv.FormatInt(shop, 10) + authURL + mac + ssid + key))
	return hex.EncodeToString(sum[:])
}

// input is the fields the three requests share, plus VerifySign's sign.
type input struct {
	account                    string // x-wxgate-account; empty: the default
	shop                       int64
	authURL, extend, mac, ssid string
	ts                         int64
	sign                       string
}

func vectorInput() input {
	return input{shop: 429620, authURL: "http://192.168.1.1/auth.html?t=abc&s=123", extend: "abc123",
		mac: "aa:bb:cc:dd:ee:ff", ssid: "WX123", ts: vectorTS, sign: vectorSign}
}

func (in input) with(change func(*input)) input {
	change(&in)
	return in
}

func (in input) appID() string {
	if in.account == "brand-b" {
		return brandAppID
	}
	return mainAppID
}

// expected is the sign of in with its account's key for the shop.
func (in input) expected() string {
	name := in.account
	if name == "" {
		name = "main"
	}
	return expectedSign(in.appID(), in.extend, in.ts, in.shop, in.authURL, in.mac, in.ssid, keyOf(name, in.shop))
}

// clock is the service's clock, moved by tests.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.now = t }

// syncBuffer collects log lines and answers written by several goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// harness is a PortalSignService on a real gRPC server with the gateway's
// interceptors (so the .proto rules are enforced), and a client to it.
type harness struct {
	client  portalv1.PortalSignServiceClient
	conn    *grpc.ClientConn
	clock   *clock
	logs    *syncBuffer // the server's log, JSON lines at debug level
	answers *syncBuffer // every answer and error the client received, as JSON
}

func start(t *testing.T, opts ...Option) *harness {
	t.Helper()
	h := &harness{clock: &clock{now: time.UnixMilli(vectorTS)}, logs: &syncBuffer{}, answers: &syncBuffer{}}
	// Registered first, so it runs last: after the server stopped and wrote its logs.
	t.Cleanup(func() { h.checkNoKeyLeaked(t) })

	log := slog.New(slog.NewJSONHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	// The default logger too, so that a stray slog.Info is checked as well. The tests
	// of this package do not run in parallel.
	prev := slog.Default()
	slog.SetDefault(log)
	t.Cleanup(func() { slog.SetDefault(prev) })
	var clients []*upstream.Client
	for _, a := range []struct{ name, appID string }{{"main", mainAppID}, {"brand-b", brandAppID}} {
		// No WeChat call is made by this service: the upstream URL is never dialled.
		c, err := upstream.New(upstream.Config{Account: a.name, AppID: a.appID, AppSecret: "x", BaseURL: "http://127.0.0.1:1", Log: log})
		if err != nil {
			t.Fatal(err)
		}
		clients = append(clients, c)
	}
	set, err := accounts.NewSet(clients...)
	if err != nil {
		t.Fatal(err)
	}
	store := portalcore.NewMemoryStore()
	var cfgAccounts []config.Account
	for _, name := range []string{"main", "brand-b"} {
		a := config.Account{Name: name}
		for _, k := range keys {
			if k.account == name {
				a.PortalSecrets = append(a.PortalSecrets, config.PortalSecret{ShopID: k.shop, Secret: config.Secret(k.key)})
			}
		}
		cfgAccounts = append(cfgAccounts, a)
	}
	if err := LoadConfigured(context.Background(), store, cfgAccounts); err != nil {
		t.Fatal(err)
	}

	chain, err := middleware.New(log, prometheus.NewRegistry(), callers.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	srv := grpc.NewServer(chain.ServerOptions()...)
	portalv1.RegisterPortalSignServiceServer(srv, New(set, store, append([]Option{WithClock(h.clock.Now)}, opts...)...))
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(lis)
	t.Cleanup(srv.Stop)

	h.conn, err = grpc.NewClient(lis.Addr().String(),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithUnaryInterceptor(h.record))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.conn.Close() })
	h.client = portalv1.NewPortalSignServiceClient(h.conn)
	return h
}

// record keeps every answer, and every error with its details, for checkNoKeyLeaked.
func (h *harness) record(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	err := invoker(ctx, method, req, reply, cc, opts...)
	var m proto.Message = status.Convert(err).Proto()
	if err == nil {
		m = reply.(proto.Message)
	}
	raw, _ := protojson.Marshal(m)
	h.answers.Write(append(raw, '\n'))
	return err
}

func (h *harness) checkNoKeyLeaked(t *testing.T) {
	logs, answers := h.logs.String(), h.answers.String()
	if answers != "" && !strings.Contains(logs, "finished call") {
		t.Errorf("the calls were not logged, so the log check proves nothing:\n%s", logs)
	}
	for _, k := range keys {
		if strings.Contains(logs, k.key) {
			t.Errorf("the key of %s/%d is in the log:\n%s", k.account, k.shop, logs)
		}
		if strings.Contains(answers, k.key) {
			t.Errorf("the key of %s/%d is in an answer:\n%s", k.account, k.shop, answers)
		}
	}
}

// call makes one RPC with in's fields.
func (h *harness) call(ctx context.Context, rpc string, in input) (proto.Message, error) {
	if in.account != "" {
		ctx = metadata.AppendToOutgoingContext(ctx, accounts.Header, in.account)
	}
	switch rpc {
	case "Sign":
		return h.client.Sign(ctx, &portalv1.SignRequest{ShopId: in.shop, AuthUrl: in.authURL, Extend: in.extend, Mac: in.mac, Ssid: in.ssid, Timestamp: in.ts})
	case "BuildConnectUrl":
		return h.client.BuildConnectUrl(ctx, &portalv1.BuildConnectUrlRequest{ShopId: in.shop, AuthUrl: in.authURL, Extend: in.extend, Mac: in.mac, Ssid: in.ssid, Timestamp: in.ts})
	case "VerifySign":
		return h.client.VerifySign(ctx, &portalv1.VerifySignRequest{ShopId: in.shop, AuthUrl: in.authURL, Extend: in.extend, Mac: in.mac, Ssid: in.ssid, Timestamp: in.ts, Sign: in.sign})
	}
	panic("unknown rpc " + rpc)
}

var rpcs = []string{"Sign", "BuildConnectUrl", "VerifySign"}

func TestVector(t *testing.T) {
	h := start(t)
	ctx := context.Background()
	in := vectorInput()

	sign, err := h.client.Sign(ctx, &portalv1.SignRequest{ShopId: in.shop, AuthUrl: in.authURL, Extend: in.extend, Mac: in.mac, Ssid: in.ssid, Timestamp: in.ts})
	if err != nil {
		t.Fatal(err)
	}
	if sign.GetSign() != vectorSign || sign.GetTimestamp() != vectorTS || sign.GetAppId() != mainAppID {
		t.Errorf("Sign = %v, want sign %s, timestamp %d, app_id %s", sign, vectorSign, int64(vectorTS), mainAppID)
	}

	link, err := h.client.BuildConnectUrl(ctx, &portalv1.BuildConnectUrlRequest{ShopId: in.shop, AuthUrl: in.authURL, Extend: in.extend, Mac: in.mac, Ssid: in.ssid, Timestamp: in.ts})
	if err != nil {
		t.Fatal(err)
	}
	const wantLink = "weixin://connectToFreeWifi/?apKey=_p33beta&appId=wx0123456789abcdef&shopId=429620" +
		"&authUrl=http%3A%2F%2F192.168.1.1%2Fauth.html%3Ft%3Dabc%26s%3D123&extend=abc123&timestamp=1700000000000" +
		"&sign=e59bccfee9b43fc7e22aee894c0e0328"
	if link.GetConnectUrl() != wantLink {
		t.Errorf("connect_url =\n%s\nwant\n%s", link.GetConnectUrl(), wantLink)
	}
	want := &portalv1.BuildConnectUrlResponse{ConnectUrl: wantLink, AppId: mainAppID, ShopId: in.shop, AuthUrl: in.authURL,
		Extend: in.extend, Timestamp: vectorTS, Sign: vectorSign}
	if !proto.Equal(link, want) {
		t.Errorf("BuildConnectUrl = %v, want %v", link, want)
	}

	v, err := h.client.VerifySign(ctx, &portalv1.VerifySignRequest{ShopId: in.shop, AuthUrl: in.authURL, Extend: in.extend, Mac: in.mac, Ssid: in.ssid, Timestamp: in.ts, Sign: vectorSign})
	if err != nil {
		t.Fatal(err)
	}
	if !v.GetValid() || v.GetInvalidReason() != portalv1.InvalidReason_INVALID_REASON_UNSPECIFIED {
		t.Errorf("VerifySign = %v, want valid", v)
	}
}

// TestSignTable checks signs and links against the formula computed in this test.
func TestSignTable(t *testing.T) {
	h := start(t)
	ctx := context.Background()
	tests := []struct {
		name string
		in   input
	}{
		{"vector", vectorInput()},
		{"other shop of the account", vectorInput().with(func(in *input) { in.shop = 429621 })},
		{"other account, same shop id", vectorInput().with(func(in *input) { in.account = "brand-b" })},
		{"empty extend", vectorInput().with(func(in *input) { in.extend = "" })},
		{"300-character extend", vectorInput().with(func(in *input) { in.extend = strings.Repeat("Z9", 150) })},
		{"https auth url with port and fragment", vectorInput().with(func(in *input) { in.authURL = "https://auth.example.com:8443/p/a?x=%2F&y=1#top" })},
		{"unicode ssid", vectorInput().with(func(in *input) { in.ssid = "咖啡店 WiFi" })},
		// Seed 001 and DESIGN.md state no length: an SSID WeChat registers (up to 30
		// characters, Chinese allowed) is signed, whatever its bytes.
		{"ssid of 30 Chinese characters", vectorInput().with(func(in *input) { in.ssid = strings.Repeat("店", 30) })},
		{"auth url with a Chinese path, long", vectorInput().with(func(in *input) {
			in.authURL = "http://192.168.1.1/认证?t=" + strings.Repeat("a", 3000)
		})},
		{"timestamp before 1970, signed as given", vectorInput().with(func(in *input) { in.ts = -1 })},
		{"capital mac, signed as given", vectorInput().with(func(in *input) { in.mac = "AA:BB:CC:DD:EE:FF" })},
		{"other timestamp", vectorInput().with(func(in *input) { in.ts = 1735689600123 })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.in.expected()
			h.clock.Set(time.UnixMilli(tt.in.ts))

			m, err := h.call(ctx, "Sign", tt.in)
			if err != nil {
				t.Fatal(err)
			}
			got := m.(*portalv1.SignResponse)
			if got.GetSign() != want || got.GetTimestamp() != tt.in.ts || got.GetAppId() != tt.in.appID() {
				t.Errorf("Sign = %v, want sign %s, timestamp %d, app_id %s", got, want, tt.in.ts, tt.in.appID())
			}

			m, err = h.call(ctx, "BuildConnectUrl", tt.in)
			if err != nil {
				t.Fatal(err)
			}
			link := m.(*portalv1.BuildConnectUrlResponse)
			checkLink(t, link.GetConnectUrl(), map[string]string{
				"apKey": "_p33beta", "appId": tt.in.appID(), "shopId": strconv.FormatInt(tt.in.shop, 10),
				"authUrl": tt.in.authURL, "extend": tt.in.extend, "timestamp": strconv.FormatInt(tt.in.ts, 10), "sign": want,
			})
			if link.GetSign() != want || link.GetAuthUrl() != tt.in.authURL || link.GetShopId() != tt.in.shop || link.GetExtend() != tt.in.extend ||
				link.GetAppId() != tt.in.appID() || link.GetTimestamp() != tt.in.ts {
				t.Errorf("BuildConnectUrl parameters = %v", link)
			}

			in := tt.in
			in.sign = want
			m, err = h.call(ctx, "VerifySign", in)
			if err != nil {
				t.Fatal(err)
			}
			if !m.(*portalv1.VerifySignResponse).GetValid() {
				t.Errorf("VerifySign of the sign = %v", m)
			}
		})
	}
}

// checkLink parses the link back and compares its parameters, in the seed's order.
func checkLink(t *testing.T, link string, want map[string]string) {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil {
		t.Fatalf("link %q: %v", link, err)
	}
	if u.Scheme != "weixin" || u.Host != "connectToFreeWifi" || u.Path != "/" {
		t.Errorf("link %s is not weixin://connectToFreeWifi/?…", link)
	}
	q := u.Query()
	for k, v := range want {
		if got := q[k]; len(got) != 1 || got[0] != v {
			t.Errorf("link parameter %s = %q, want %q (link %s)", k, got, v, link)
		}
	}
	if len(q) != len(want) {
		t.Errorf("link has parameters %v, want only %v", q, want)
	}
	var order []string
	for _, kv := range strings.Split(u.RawQuery, "&") {
		k, _, _ := strings.Cut(kv, "=")
		order = append(order, k)
	}
	if got := strings.Join(order, ","); got != "apKey,appId,shopId,authUrl,extend,timestamp,sign" {
		t.Errorf("link parameter order %s, want seed 001's", got)
	}
}

func TestSignDefaultTimestamp(t *testing.T) {
	h := start(t)
	ctx := context.Background()
	now := time.Date(2026, 3, 1, 12, 0, 0, 123_000_000, time.UTC)
	h.clock.Set(now)
	in := vectorInput().with(func(in *input) { in.ts = 0 })
	for _, rpc := range []string{"Sign", "BuildConnectUrl"} {
		m, err := h.call(ctx, rpc, in)
		if err != nil {
			t.Fatal(err)
		}
		var ts int64
		var sign string
		switch r := m.(type) {
		case *portalv1.SignResponse:
			ts, sign = r.GetTimestamp(), r.GetSign()
		case *portalv1.BuildConnectUrlResponse:
			ts, sign = r.GetTimestamp(), r.GetSign()
		}
		want := in.with(func(in *input) { in.ts = now.UnixMilli() }).expected()
		if ts != now.UnixMilli() || sign != want {
			t.Errorf("%s without timestamp = %v, want timestamp %d (the clock, in ms), sign %s", rpc, m, now.UnixMilli(), want)
		}
	}
}

func TestVerifySign(t *testing.T) {
	const (
		valid    = portalv1.InvalidReason_INVALID_REASON_UNSPECIFIED
		mismatch = portalv1.InvalidReason_INVALID_REASON_SIGN_MISMATCH
		stale    = portalv1.InvalidReason_INVALID_REASON_TIMESTAMP_OUT_OF_WINDOW
	)
	signed := time.UnixMilli(vectorTS)
	tests := []struct {
		name   string
		window time.Duration // 0: no option (the default, 5 minutes); -1: WithVerifyWindow(0)
		clock  time.Time
		in     input
		want   portalv1.InvalidReason
	}{
		{"fresh", 0, signed, vectorInput(), valid},
		{"fresh, sign in capitals", 0, signed, vectorInput().with(func(in *input) { in.sign = strings.ToUpper(vectorSign) }), valid},
		{"4 minutes old", 0, signed.Add(4 * time.Minute), vectorInput(), valid},
		{"exactly the window old", 0, signed.Add(5 * time.Minute), vectorInput(), valid},
		{"1 ms past the window", 0, signed.Add(5*time.Minute + time.Millisecond), vectorInput(), stale},
		{"a day old", 0, signed.Add(24 * time.Hour), vectorInput(), stale},
		{"from 1 ms past the window in the future", 0, signed.Add(-5*time.Minute - time.Millisecond), vectorInput(), stale},
		{"from an hour in the future", 0, signed.Add(-time.Hour), vectorInput(), stale},
		{"wrong sign", 0, signed, vectorInput().with(func(in *input) { in.sign = "e59bccfee9b43fc7e22aee894c0e0329" }), mismatch},
		{"wrong sign and stale: the mismatch is reported", 0, signed.Add(time.Hour), vectorInput().with(func(in *input) { in.sign = strings.Repeat("0", 32) }), mismatch},
		{"changed ssid", 0, signed, vectorInput().with(func(in *input) { in.ssid = "WX124" }), mismatch},
		{"changed timestamp", 0, signed, vectorInput().with(func(in *input) { in.ts++ }), mismatch},
		{"another account's key for the shop", 0, signed, vectorInput().with(func(in *input) { in.account = "brand-b" }), mismatch},
		{"configured window, inside", 30 * time.Second, signed.Add(29 * time.Second), vectorInput(), valid},
		{"configured window, outside", 30 * time.Second, signed.Add(31 * time.Second), vectorInput(), stale},
		{"configured window, outside, future", 30 * time.Second, signed.Add(-31 * time.Second), vectorInput(), stale},
		{"zero window keeps the default", -1, signed.Add(4 * time.Minute), vectorInput(), valid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []Option
			switch {
			case tt.window < 0:
				opts = append(opts, WithVerifyWindow(0))
			case tt.window > 0:
				opts = append(opts, WithVerifyWindow(tt.window))
			}
			h := start(t, opts...)
			h.clock.Set(tt.clock)
			m, err := h.call(context.Background(), "VerifySign", tt.in)
			if err != nil {
				t.Fatal(err)
			}
			got := m.(*portalv1.VerifySignResponse)
			if got.GetValid() != (tt.want == valid) || got.GetInvalidReason() != tt.want {
				t.Errorf("VerifySign = %v, want valid %v, invalid_reason %v", got, tt.want == valid, tt.want)
			}
		})
	}
}

func TestMissingSecret(t *testing.T) {
	h := start(t)
	tests := []struct {
		name    string
		account string
		shop    int64
	}{
		{"unknown shop", "", 999},
		// Keys are per account: main's key for shop 429621 is not brand-b's.
		{"shop of another account", "brand-b", 429621},
	}
	for _, tt := range tests {
		for _, rpc := range rpcs {
			t.Run(tt.name+"/"+rpc, func(t *testing.T) {
				in := vectorInput().with(func(in *input) { in.account, in.shop = tt.account, tt.shop })
				_, err := h.call(context.Background(), rpc, in)
				st := status.Convert(err)
				shop := strconv.FormatInt(tt.shop, 10)
				if st.Code() != codes.FailedPrecondition || !strings.Contains(st.Message(), "shop "+shop) {
					t.Fatalf("error = %v, want FAILED_PRECONDITION naming shop %s", err, shop)
				}
				var info *errdetails.ErrorInfo
				for _, d := range st.Details() {
					if i, ok := d.(*errdetails.ErrorInfo); ok {
						info = i
					}
				}
				if info.GetReason() != "PORTAL_SECRET_MISSING" || info.GetDomain() != "wxgate" || info.GetMetadata()["shop_id"] != shop {
					t.Errorf("ErrorInfo = %v", info)
				}
			})
		}
	}
}

func TestUnknownAccount(t *testing.T) {
	h := start(t)
	for _, rpc := range rpcs {
		_, err := h.call(context.Background(), rpc, vectorInput().with(func(in *input) { in.account = "nobody" }))
		if status.Code(err) != codes.InvalidArgument {
			t.Errorf("%s for an unknown account = %v, want INVALID_ARGUMENT", rpc, err)
		}
	}
}

func TestBadInput(t *testing.T) {
	h := start(t)
	tests := []struct {
		name   string
		rpcs   []string // nil: all three
		change func(*input)
		field  string
	}{
		{"extend with -", nil, func(in *input) { in.extend = "abc-123" }, "extend"},
		{"extend with a space", nil, func(in *input) { in.extend = "abc 123" }, "extend"},
		{"extend with CJK", nil, func(in *input) { in.extend = "门店1" }, "extend"},
		{"extend of 301 characters", nil, func(in *input) { in.extend = strings.Repeat("a", 301) }, "extend"},
		{"mac not hex", nil, func(in *input) { in.mac = "zz:bb:cc:dd:ee:ff" }, "mac"},
		{"mac with dashes", nil, func(in *input) { in.mac = "aa-bb-cc-dd-ee-ff" }, "mac"},
		{"mac too short", nil, func(in *input) { in.mac = "aa:bb:cc:dd:ee" }, "mac"},
		{"mac empty", nil, func(in *input) { in.mac = "" }, "mac"},
		{"ssid empty", nil, func(in *input) { in.ssid = "" }, "ssid"},
		{"auth_url relative", nil, func(in *input) { in.authURL = "/auth.html?t=abc" }, "auth_url"},
		{"auth_url ftp", nil, func(in *input) { in.authURL = "ftp://192.168.1.1/auth" }, "auth_url"},
		{"auth_url without host", nil, func(in *input) { in.authURL = "http:///auth" }, "auth_url"},
		{"auth_url already encoded", nil, func(in *input) { in.authURL = "http%3A%2F%2F192.168.1.1%2Fauth.html" }, "auth_url"},
		{"auth_url empty", nil, func(in *input) { in.authURL = "" }, "auth_url"},
		{"shop_id 0", nil, func(in *input) { in.shop = 0 }, "shop_id"},
		{"verify without timestamp", []string{"VerifySign"}, func(in *input) { in.ts = 0 }, "timestamp"},
		{"sign empty", []string{"VerifySign"}, func(in *input) { in.sign = "" }, "sign"},
		{"sign too short", []string{"VerifySign"}, func(in *input) { in.sign = vectorSign[:31] }, "sign"},
		{"sign not hex", []string{"VerifySign"}, func(in *input) { in.sign = "g" + vectorSign[1:] }, "sign"},
	}
	for _, tt := range tests {
		for _, rpc := range cmpOr(tt.rpcs, rpcs) {
			t.Run(rpc+"/"+tt.name, func(t *testing.T) {
				_, err := h.call(context.Background(), rpc, vectorInput().with(tt.change))
				st := status.Convert(err)
				if st.Code() != codes.InvalidArgument {
					t.Fatalf("error = %v, want INVALID_ARGUMENT", err)
				}
				var fields []string
				for _, d := range st.Details() {
					if br, ok := d.(*errdetails.BadRequest); ok {
						for _, v := range br.GetFieldViolations() {
							fields = append(fields, v.GetField())
						}
					}
				}
				if len(fields) == 0 || !strings.Contains(st.Message(), tt.field) {
					t.Errorf("field violations %v, message %q; want %s named", fields, st.Message(), tt.field)
				}
				for _, f := range fields {
					if f != tt.field {
						t.Errorf("field violations %v, want only %s", fields, tt.field)
					}
				}
			})
		}
	}
}

func cmpOr(a, b []string) []string {
	if a != nil {
		return a
	}
	return b
}

// TestREST checks the routes and the snake_case bodies through grpc-gateway, with the
// marshaller options of internal/server.
func TestREST(t *testing.T) {
	h := start(t)
	mux := runtime.NewServeMux(runtime.WithMarshalerOption(runtime.MIMEWildcard, &runtime.JSONPb{
		MarshalOptions: protojson.MarshalOptions{UseProtoNames: true, EmitUnpopulated: true},
	}))
	if err := portalv1.RegisterPortalSignServiceHandler(context.Background(), mux, h.conn); err != nil {
		t.Fatal(err)
	}
	body := `{"shop_id": 429620, "auth_url": "http://192.168.1.1/auth.html?t=abc&s=123", "extend": "abc123",
		"mac": "aa:bb:cc:dd:ee:ff", "ssid": "WX123", "timestamp": "1700000000000"`
	tests := []struct {
		path, body string
		code       int
		want       map[string]any
	}{
		{"/v1/portal/sign", body + "}", http.StatusOK,
			map[string]any{"sign": vectorSign, "timestamp": "1700000000000", "app_id": mainAppID}},
		{"/v1/portal/connect-url", body + "}", http.StatusOK,
			map[string]any{"sign": vectorSign, "shop_id": "429620", "auth_url": "http://192.168.1.1/auth.html?t=abc&s=123"}},
		{"/v1/portal/sign:verify", body + `, "sign": "` + vectorSign + `"}`, http.StatusOK,
			map[string]any{"valid": true, "invalid_reason": "INVALID_REASON_UNSPECIFIED"}},
		{"/v1/portal/sign:verify", body + `, "sign": "` + strings.Repeat("a", 32) + `"}`, http.StatusOK,
			map[string]any{"valid": false, "invalid_reason": "INVALID_REASON_SIGN_MISMATCH"}},
		{"/v1/portal/sign", strings.Replace(body, "abc123", "abc-123", 1) + "}", http.StatusBadRequest, nil},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, tt.path, strings.NewReader(tt.body)))
		h.answers.Write(rec.Body.Bytes())
		if rec.Code != tt.code {
			t.Errorf("POST %s = %d %s, want %d", tt.path, rec.Code, rec.Body, tt.code)
			continue
		}
		var got map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
			t.Fatalf("POST %s: %v: %s", tt.path, err, rec.Body)
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("POST %s: %s = %v, want %v (%s)", tt.path, k, got[k], v, rec.Body)
			}
		}
	}
}
