package server_test

import (
	"context"
	"encoding/hex"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	reflectionpb "google.golang.org/grpc/reflection/grpc_reflection_v1"
	"google.golang.org/grpc/status"

	cardv1 "github.com/wxgate/wxgate/gen/go/wxgate/card/v1"
	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/server"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// ordersCaller may read Wi-Fi and use cards for the account main, but not set the
// card test whitelist.
func ordersCaller(keys ...string) config.Caller {
	return config.Caller{
		Name:     "orders",
		Keys:     gatewaytest.Keys(keys...),
		Accounts: []string{"main"},
		Allow:    []string{"wxgate.wifi.v1.WifiService/Get*", "wxgate.card.v1.CardService/*"},
		Deny:     []string{"wxgate.card.v1.CardService/SetTestWhitelist"},
	}
}

// callerGateway runs a gateway with the accounts main and other on one simulator,
// and the callers given.
func callerGateway(t *testing.T, cs ...config.Caller) *harness {
	t.Helper()
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	g := gatewaytest.StartOn(t, sim, gatewaytest.Unlimited,
		gatewaytest.WithAccount(gatewaytest.Account("other", sim)), gatewaytest.WithCallers(cs...))
	return &harness{Gateway: g, wifi: wifiv1.NewWifiServiceClient(g.Conn)}
}

// TestCallerAnswers: every refusal over gRPC and REST, with its code, ErrorInfo and
// (REST) WWW-Authenticate challenge; WeChat sees none of the refused calls.
func TestCallerAnswers(t *testing.T) {
	key, _ := callerkey.New()
	stranger, strangerID := callerkey.New()
	h := callerGateway(t, ordersCaller(key))
	card := cardv1.NewCardServiceClient(h.Conn)
	// The readiness checks fetch each account's token at start: once they are done,
	// refused calls must not cause another.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if code, _ := h.REST("GET", "/readyz", ""); code == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("/readyz not ready")
		}
	}
	fetches := h.Sim.TokenFetches()

	tests := []struct {
		name      string
		auth      string // authorization value; "" for none
		account   string
		call      func(context.Context) error
		method    string // REST
		path      string
		body      string
		code      codes.Code
		httpCode  int
		reason    string
		challenge string            // WWW-Authenticate, for 401
		meta      map[string]string // ErrorInfo metadata wanted
	}{
		{
			name: "no key", call: h.getConnectURL, method: "GET", path: "/v1/wifi/connect-url",
			code: codes.Unauthenticated, httpCode: 401, reason: "UNAUTHENTICATED", challenge: `Bearer realm="wxgate"`,
		},
		{
			name: "unknown key", auth: "Bearer " + stranger, call: h.getConnectURL, method: "GET", path: "/v1/wifi/connect-url",
			code: codes.Unauthenticated, httpCode: 401, reason: "UNAUTHENTICATED", challenge: `Bearer realm="wxgate", error="invalid_token"`,
		},
		{
			name: "not a key", auth: "Bearer not-a-key", call: h.getConnectURL, method: "GET", path: "/v1/wifi/connect-url",
			code: codes.Unauthenticated, httpCode: 401, reason: "UNAUTHENTICATED", challenge: `Bearer realm="wxgate", error="invalid_token"`,
		},
		{
			name: "method not allowed", auth: "Bearer " + key, method: "PUT", path: "/v1/wifi/shops/429620/bar", body: `{"bar_type":"BAR_TYPE_SHOP_NAME"}`,
			call: func(ctx context.Context) error {
				_, err := h.wifi.SetBar(ctx, &wifiv1.SetBarRequest{ShopId: 429620, BarType: wifiv1.BarType_BAR_TYPE_SHOP_NAME})
				return err
			},
			code: codes.PermissionDenied, httpCode: 403, reason: "PERMISSION_DENIED",
			meta: map[string]string{"caller": "orders", "method": "wxgate.wifi.v1.WifiService/SetBar", "account": "main"},
		},
		{
			name: "deny over allow", auth: "Bearer " + key, method: "PUT", path: "/v1/cards/test-whitelist", body: `{"openid":["o1"]}`,
			call: func(ctx context.Context) error {
				_, err := card.SetTestWhitelist(ctx, &cardv1.SetTestWhitelistRequest{Openid: []string{"o1"}})
				return err
			},
			code: codes.PermissionDenied, httpCode: 403, reason: "PERMISSION_DENIED",
			meta: map[string]string{"caller": "orders", "method": "wxgate.card.v1.CardService/SetTestWhitelist", "account": "main"},
		},
		{
			name: "another account", auth: "Bearer " + key, account: "other", call: h.getConnectURL, method: "GET", path: "/v1/wifi/connect-url",
			code: codes.PermissionDenied, httpCode: 403, reason: "PERMISSION_DENIED",
			meta: map[string]string{"caller": "orders", "method": "wxgate.wifi.v1.WifiService/GetConnectUrl", "account": "other"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := h.Ctx(tt.account)
			if tt.auth != "" {
				ctx = metadata.AppendToOutgoingContext(ctx, "authorization", tt.auth)
			}
			info := gatewaytest.AssertStatus(t, tt.call(ctx), tt.code, tt.reason)
			for k, v := range tt.meta {
				if info.GetMetadata()[k] != v {
					t.Errorf("gRPC ErrorInfo metadata %s = %q, want %q (%v)", k, info.GetMetadata()[k], v, info.GetMetadata())
				}
			}

			var header []string
			if tt.auth != "" {
				header = append(header, "Authorization", tt.auth)
			}
			if tt.account != "" {
				header = append(header, accounts.Header, tt.account)
			}
			code, hdr, body := h.RESTWithHeader(tt.method, tt.path, tt.body, header...)
			if code != tt.httpCode || gatewaytest.RESTReason(body) != tt.reason {
				t.Errorf("REST: HTTP %d %v, want %d %s", code, body, tt.httpCode, tt.reason)
			}
			if got := hdr.Get("WWW-Authenticate"); got != tt.challenge {
				t.Errorf("WWW-Authenticate = %q, want %q", got, tt.challenge)
			}
		})
	}
	if reqs := h.Sim.Requests(); len(reqs) != 0 || h.Sim.TokenFetches() != fetches {
		t.Errorf("WeChat saw %d requests and %d token fetches for refused calls", len(reqs), h.Sim.TokenFetches()-fetches)
	}
	if strings.Contains(h.Logs.String(), stranger) || strings.Contains(h.Logs.String(), key) {
		t.Error("a key is in the log")
	}
	if !strings.Contains(h.Logs.String(), `"key_id":"`+strangerID+`"`) {
		t.Errorf("the log does not name the refused key by its id %s", strangerID)
	}

	// Without a key, REST input is not even looked at: no 400 tells which account
	// names exist or what the gateway makes of a path.
	for _, probe := range [][]string{
		{"GET", "/v1/wifi/connect-url", accounts.Header, "nobody"},
		{"GET", "/v1/store/stores/not-a-number"},
		{"POST", depositPath, "Content-Type", "application/json"},
		{"GET", "/v1/no/such/route"},
	} {
		if code, body := h.REST(probe[0], probe[1], "{garbage", probe[2:]...); code != http.StatusUnauthorized {
			t.Errorf("%s %s without a key: HTTP %d %v, want 401", probe[0], probe[1], code, body)
		}
	}

	// The key in a query string is no key: grpc-gateway would take it for a field.
	code, _ := h.REST("GET", "/v1/wifi/connect-url?authorization=Bearer+"+key+"&access_token="+key, "")
	if code == http.StatusOK {
		t.Errorf("a key in the query string was taken: HTTP %d", code)
	}

	// And the allowed calls go through, over both.
	ok := gatewaytest.WithKey(h.Ctx(""), key)
	if err := h.getConnectURL(ok); err != nil {
		t.Errorf("allowed gRPC call: %v", err)
	}
	if code, body := h.REST("GET", "/v1/wifi/connect-url", "", "Authorization", "Bearer "+key); code != http.StatusOK {
		t.Errorf("allowed REST call: HTTP %d %v", code, body)
	}

	// Metrics name callers, never keys or their digests.
	metrics := h.metrics(t)
	for _, want := range []string{
		`grpc_server_handled_total{caller="orders",grpc_code="OK",grpc_method="GetConnectUrl"`,
		`grpc_server_handled_total{caller="unauthenticated",grpc_code="Unauthenticated",grpc_method="GetConnectUrl"`,
		`grpc_server_handled_total{caller="orders",grpc_code="PermissionDenied",grpc_method="SetBar"`,
		`wxgate_caller_refusals_total{caller="unauthenticated",reason="UNAUTHENTICATED"} 11`,
		`wxgate_caller_refusals_total{caller="orders",reason="PERMISSION_DENIED"} 6`,
		`wxgate_upstream_requests_total{account="main",caller="orders",path="/bizwifi/account/get_connecturl",result="ok"} 2`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	logs := h.Logs.String()
	for _, k := range []string{key, stranger} {
		d := callerkey.Digest(k)
		for _, secret := range []string{k, k[len(callerkey.Prefix)+callerkey.IDLen+1:], hex.EncodeToString(d[:])} {
			if strings.Contains(metrics, secret) || strings.Contains(logs, secret) {
				t.Errorf("a key or its digest is in the metrics or the log")
			}
		}
	}
}

// metrics is the gateway's /metrics text.
func (h *harness) metrics(t *testing.T) string {
	t.Helper()
	resp, err := h.HTTP.Get(h.Base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	return string(raw)
}

// TestClosedEndpoints: /metrics, /openapi.json and reflection can be turned off;
// health cannot.
func TestClosedEndpoints(t *testing.T) {
	h := start(t, func(c *config.Config) { c.Endpoints = config.Endpoints{} })
	for _, path := range []string{"/metrics", "/openapi.json", "/status"} {
		if code, _ := h.REST("GET", path, ""); code != http.StatusNotFound {
			t.Errorf("%s turned off: HTTP %d, want 404", path, code)
		}
	}
	if code, _ := h.REST("GET", "/healthz", ""); code != http.StatusOK {
		t.Errorf("/healthz: HTTP %d", code)
	}
	stream, err := reflectionpb.NewServerReflectionClient(h.Conn).ServerReflectionInfo(h.Ctx(""))
	if err == nil {
		stream.Send(&reflectionpb.ServerReflectionRequest{MessageRequest: &reflectionpb.ServerReflectionRequest_ListServices{}})
		_, err = stream.Recv()
	}
	if status.Code(err) != codes.Unimplemented {
		t.Errorf("reflection turned off: %v, want UNIMPLEMENTED", err)
	}
	if hc, err := healthpb.NewHealthClient(h.Conn).Check(h.Ctx(""), &healthpb.HealthCheckRequest{}); err != nil || hc.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Errorf("gRPC health: %v %v", hc, err)
	}
}

// TestOpenEndpointsNeedNoKey: with authentication on, health, /metrics,
// /openapi.json and reflection answer without a key.
func TestOpenEndpointsNeedNoKey(t *testing.T) {
	key, _ := callerkey.New()
	h := callerGateway(t, ordersCaller(key))
	for _, path := range []string{"/healthz", "/readyz", "/metrics", "/openapi.json", "/status"} {
		resp, err := h.HTTP.Get(h.Base + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s without a key: HTTP %d", path, resp.StatusCode)
		}
	}
	stream, err := reflectionpb.NewServerReflectionClient(h.Conn).ServerReflectionInfo(h.Ctx(""))
	if err != nil {
		t.Fatal(err)
	}
	stream.Send(&reflectionpb.ServerReflectionRequest{MessageRequest: &reflectionpb.ServerReflectionRequest_ListServices{}})
	if _, err := stream.Recv(); err != nil {
		t.Errorf("reflection without a key: %v", err)
	}
	stream.CloseSend()
	if _, err := healthpb.NewHealthClient(h.Conn).Check(h.Ctx(""), &healthpb.HealthCheckRequest{}); err != nil {
		t.Errorf("gRPC health without a key: %v", err)
	}
}

func (h *harness) getConnectURL(ctx context.Context) error {
	_, err := h.wifi.GetConnectUrl(ctx, &wifiv1.GetConnectUrlRequest{})
	return err
}

// TestKeyRotation: both keys of a caller work during a rotation; after a reload
// without the old key it is refused, the new one still works.
func TestKeyRotation(t *testing.T) {
	oldKey, _ := callerkey.New()
	newKey, _ := callerkey.New()
	h := callerGateway(t, ordersCaller(oldKey, newKey))
	for _, k := range []string{oldKey, newKey} {
		if err := h.getConnectURL(gatewaytest.WithKey(h.Ctx(""), k)); err != nil {
			t.Errorf("during the rotation: %v", err)
		}
	}
	cfg := config.Default()
	cfg.Accounts = []config.Account{gatewaytest.Account("main", h.Sim), gatewaytest.Account("other", h.Sim)}
	cfg.Callers = []config.Caller{ordersCaller(newKey)}
	if err := h.Server.ReloadCallers(cfg); err != nil {
		t.Fatal(err)
	}
	gatewaytest.AssertStatus(t, h.getConnectURL(gatewaytest.WithKey(h.Ctx(""), oldKey)), codes.Unauthenticated, "UNAUTHENTICATED")
	if code, _ := h.REST("GET", "/v1/wifi/connect-url", "", "Authorization", "Bearer "+oldKey); code != http.StatusUnauthorized {
		t.Errorf("REST with the removed key: HTTP %d", code)
	}
	if err := h.getConnectURL(gatewaytest.WithKey(h.Ctx(""), newKey)); err != nil {
		t.Errorf("after the reload, the new key: %v", err)
	}

	// A reload that would change the auth mode is refused, and changes nothing.
	cfg.Auth.Mode = config.AuthNone
	cfg.Callers = nil
	if err := h.Server.ReloadCallers(cfg); err == nil {
		t.Error("a reload turned authentication off")
	}
	gatewaytest.AssertStatus(t, h.getConnectURL(h.Ctx("")), codes.Unauthenticated, "UNAUTHENTICATED")
}

// TestSecretMethodNamedOnly: RegisterPortalDevice hands out the portal key, so a
// wildcard that covers it is not enough; a rule naming it is.
func TestSecretMethodNamedOnly(t *testing.T) {
	wild, _ := callerkey.New()
	named, _ := callerkey.New()
	h := callerGateway(t,
		config.Caller{Name: "wifi-admin", Keys: gatewaytest.Keys(wild), Accounts: []string{"*"}, Allow: []string{"wxgate.wifi.v1.WifiService/*"}},
		config.Caller{Name: "routers", Keys: gatewaytest.Keys(named), Accounts: []string{"main"},
			Allow: []string{"wxgate.wifi.v1.WifiService/RegisterPortalDevice"}},
	)
	register := func(key string) error {
		_, err := h.wifi.RegisterPortalDevice(gatewaytest.WithKey(h.Ctx(""), key),
			&wifiv1.RegisterPortalDeviceRequest{ShopId: 429620, Ssid: "WX-portal"})
		return err
	}
	info := gatewaytest.AssertStatus(t, register(wild), codes.PermissionDenied, "PERMISSION_DENIED")
	if info.GetMetadata()["method"] != "wxgate.wifi.v1.WifiService/RegisterPortalDevice" {
		t.Errorf("metadata %v", info.GetMetadata())
	}
	if err := register(named); err != nil {
		t.Errorf("the caller naming RegisterPortalDevice: %v", err)
	}
	if err := h.getConnectURL(gatewaytest.WithKey(h.Ctx(""), wild)); err != nil {
		t.Errorf("the wildcard still covers the other methods: %v", err)
	}
}

// TestRefuseUnauthenticatedExposure: outside the sandbox, listening beyond
// loopback without authentication is refused with a message saying how to
// configure callers, unless allow_unauthenticated says so (loudly logged).
func TestRefuseUnauthenticatedExposure(t *testing.T) {
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	build := func(mut func(*config.Config), sandbox bool) (*server.Server, string, error) {
		cfg := config.Default()
		cfg.Accounts = []config.Account{gatewaytest.Account("main", sim)}
		mut(&cfg)
		logs := &gatewaytest.SyncBuffer{}
		s, err := server.New(server.Options{Config: cfg, Sandbox: sandbox, Log: slog.New(slog.NewJSONHandler(logs, nil))})
		if err == nil {
			t.Cleanup(func() { s.Shutdown(context.Background()) })
		}
		return s, logs.String(), err
	}
	// New only checks: nothing listens until Start, so no test listens beyond loopback.
	exposed := func(c *config.Config) { c.GRPCAddr = "0.0.0.0:0" }
	_, _, err = build(exposed, false)
	if err == nil || !strings.Contains(err.Error(), "gateway keys new --caller") || !strings.Contains(err.Error(), "allow_unauthenticated") {
		t.Errorf("auth none on 0.0.0.0: %v, want a refusal saying how to configure callers", err)
	}
	_, _, err = build(func(c *config.Config) { c.HTTPAddr = ":8080" }, false)
	if err == nil {
		t.Error("auth none on :8080 (every interface) was not refused")
	}
	_, logs, err := build(func(c *config.Config) { exposed(c); c.Auth.AllowUnauthenticated = true }, false)
	if err != nil || !strings.Contains(logs, "UNAUTHENTICATED") {
		t.Errorf("with allow_unauthenticated: %v, log %s", err, logs)
	}
	if _, _, err := build(exposed, true); err != nil {
		t.Errorf("the sandbox on 0.0.0.0: %v", err)
	}
	key, _ := callerkey.New()
	if _, _, err := build(func(c *config.Config) { exposed(c); c.Callers = []config.Caller{ordersCaller(key)} }, false); err != nil {
		t.Errorf("with callers on 0.0.0.0: %v", err)
	}
	if _, _, err := build(func(c *config.Config) {}, false); err != nil {
		t.Errorf("auth none on loopback: %v", err)
	}
}

// TestRESTLogNamesTheClient: a REST call's log line names the client's address,
// not the in-process channel, and a proxy's X-Forwarded-For chain.
func TestRESTLogNamesTheClient(t *testing.T) {
	h := start(t, gatewaytest.Unlimited)
	h.REST("GET", "/v1/wifi/connect-url", "", "X-Forwarded-For", "203.0.113.7")
	logs := h.Logs.String()
	if !strings.Contains(logs, `"client":"127.0.0.1"`) || !strings.Contains(logs, `"forwarded_for":"203.0.113.7, 127.0.0.1"`) {
		t.Errorf("the REST call's log line does not name its client:\n%s", logs)
	}
}
