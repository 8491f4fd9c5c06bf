package server_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	portalv1 "github.com/wxgate/wxgate/gen/go/wxgate/portal/v1"
	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/upstream"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// Span names the tests look for.
const (
	spanGetHomepage   = "wxgate.wifi.v1.WifiService/GetHomepage"
	spanGetConnectURL = "wxgate.wifi.v1.WifiService/GetConnectUrl"
	spanRESTHomepage  = "GET /v1/wifi/shops/{shop_id}/homepage"
	spanRefresh       = "wechat refresh access_token"
)

// callerTrace is a caller's own span, as its traceparent names it.
type callerTrace struct {
	traceID trace.TraceID
	spanID  trace.SpanID
}

func newCallerTrace(t *testing.T) callerTrace {
	var c callerTrace
	if _, err := rand.Read(c.traceID[:]); err != nil {
		t.Fatal(err)
	}
	rand.Read(c.spanID[:])
	return c
}

// header is the W3C traceparent a caller sends: sampled.
func (c callerTrace) header() string {
	return "00-" + hex.EncodeToString(c.traceID[:]) + "-" + hex.EncodeToString(c.spanID[:]) + "-01"
}

// grpcCtx is a call context carrying the traceparent as gRPC metadata.
func (c callerTrace) grpcCtx(h *harness) context.Context {
	return metadata.AppendToOutgoingContext(h.Ctx(""), "traceparent", c.header())
}

// one finds the one span named name of kind (trace.SpanKindUnspecified: any).
func one(t *testing.T, spans []tracetest.SpanStub, name string, kind trace.SpanKind) tracetest.SpanStub {
	t.Helper()
	var found []tracetest.SpanStub
	for _, s := range spans {
		if s.Name == name && (kind == trace.SpanKindUnspecified || s.SpanKind == kind) {
			found = append(found, s)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d spans named %q (kind %v), want 1; spans: %q", len(found), name, kind, names(spans))
	}
	return found[0]
}

func spansNamed(spans []tracetest.SpanStub, name string) []tracetest.SpanStub {
	var out []tracetest.SpanStub
	for _, s := range spans {
		if s.Name == name {
			out = append(out, s)
		}
	}
	return out
}

func names(spans []tracetest.SpanStub) []string {
	var out []string
	for _, s := range spans {
		out = append(out, s.Name+"("+s.SpanKind.String()+")")
	}
	return out
}

// has says spans hold, for each name, at least that many spans.
func has(want map[string]int) func([]tracetest.SpanStub) bool {
	return func(spans []tracetest.SpanStub) bool {
		for name, n := range want {
			if len(spansNamed(spans, name)) < n {
				return false
			}
		}
		return true
	}
}

func attr(s tracetest.SpanStub, key string) (attribute.Value, bool) {
	for _, a := range s.Attributes {
		if string(a.Key) == key {
			return a.Value, true
		}
	}
	return attribute.Value{}, false
}

func wantAttr(t *testing.T, s tracetest.SpanStub, key string, want any) {
	t.Helper()
	v, ok := attr(s, key)
	if !ok {
		t.Errorf("span %q has no %s; attributes %v", s.Name, key, s.Attributes)
		return
	}
	if got := v.AsInterface(); got != want {
		t.Errorf("span %q: %s = %v (%T), want %v (%T)", s.Name, key, got, got, want, want)
	}
}

func childOf(t *testing.T, child, parent tracetest.SpanStub) {
	t.Helper()
	if child.Parent.SpanID() != parent.SpanContext.SpanID() {
		t.Errorf("span %q's parent is %s, want %q (%s)", child.Name, child.Parent.SpanID(), parent.Name, parent.SpanContext.SpanID())
	}
}

// tracedCaller is a caller with a key for the traced gateways.
func tracedCaller() (config.Caller, string) {
	key, _ := callerkey.New()
	return config.Caller{
		Name: "shop-app", Keys: gatewaytest.Keys(key), Accounts: []string{"main"},
		Allow: []string{"wxgate.wifi.v1.WifiService/*", "wxgate.wifi.v1.WifiService/RegisterPortalDevice",
			"wxgate.portal.v1.PortalSignService/*", "/bizwifi/*"},
	}, key
}

// TestTracingREST: a REST call carrying the caller's traceparent is one trace
// from the caller's span to WeChat: the HTTP span (its parent the caller's), the
// RPC span naming the caller and the account (as a gRPC call's), and the upstream
// attempt naming the path, errcode and retry number.
func TestTracingREST(t *testing.T) {
	caller, key := tracedCaller()
	h := &harness{Gateway: gatewaytest.StartTraced(t, gatewaytest.Unlimited, gatewaytest.WithCallers(caller))}
	ct := newCallerTrace(t)
	code, body := h.REST("GET", "/v1/wifi/shops/429620/homepage", "", "traceparent", ct.header(), "Authorization", "Bearer "+key)
	if code != http.StatusOK {
		t.Fatalf("HTTP %d %v", code, body)
	}
	attemptName := "wechat POST /bizwifi/homepage/get"
	spans := h.WaitSpans(t, ct.traceID, has(map[string]int{spanRESTHomepage: 1, spanGetHomepage: 1, attemptName: 1}))

	rest := one(t, spans, spanRESTHomepage, trace.SpanKindServer)
	server := one(t, spans, spanGetHomepage, trace.SpanKindServer)
	attempt := one(t, spans, attemptName, trace.SpanKindClient)
	if rest.Parent.SpanID() != ct.spanID || !rest.Parent.IsRemote() {
		t.Errorf("the HTTP span's parent is %v, want the caller's span %s", rest.Parent, ct.spanID)
	}
	childOf(t, server, rest)
	childOf(t, attempt, server)
	// The first call may also be the one that fetches the account's token.
	refreshes := spansNamed(spans, spanRefresh)
	for _, r := range refreshes {
		childOf(t, r, server)
	}
	if len(spans)-len(refreshes) != 3 {
		t.Errorf("the call's spans are %q, want the HTTP, RPC and attempt spans", names(spans))
	}
	wantAttr(t, rest, "http.route", "/v1/wifi/shops/{shop_id}/homepage")
	wantAttr(t, rest, "http.response.status_code", int64(200))
	wantAttr(t, rest, "wxgate.caller", "shop-app")
	wantAttr(t, server, "wxgate.caller", "shop-app")
	wantAttr(t, server, "wxgate.account", "main")
	wantAttr(t, server, "rpc.response.status_code", "OK")
	wantAttr(t, attempt, "url.path", "/bizwifi/homepage/get")
	wantAttr(t, attempt, "wechat.errcode", int64(0))
	wantAttr(t, attempt, "wxgate.upstream.retry", int64(0))
	wantAttr(t, attempt, "wxgate.account", "main")
	wantAttr(t, attempt, "http.response.status_code", int64(200))
	if len(attempt.Events) == 0 || attempt.Events[0].Name != upstream.EventRateLimit {
		t.Errorf("the attempt's events are %v, want the limiter's decision first", attempt.Events)
	}
	for _, s := range spans {
		if s.SpanContext.TraceID() != ct.traceID {
			t.Errorf("span %q is in trace %s, want the caller's %s", s.Name, s.SpanContext.TraceID(), ct.traceID)
		}
	}
}

// TestTracingGRPC: a gRPC call's traceparent (metadata) is honoured; a call
// without one starts a trace of its own at the gateway.
func TestTracingGRPC(t *testing.T) {
	h := startTraced(t, gatewaytest.Unlimited)
	ct := newCallerTrace(t)
	if _, err := h.wifi.GetHomepage(ct.grpcCtx(h), &wifiv1.GetHomepageRequest{ShopId: 429620}); err != nil {
		t.Fatal(err)
	}
	spans := h.WaitSpans(t, ct.traceID, has(map[string]int{spanGetHomepage: 1, "wechat POST /bizwifi/homepage/get": 1}))
	server := one(t, spans, spanGetHomepage, trace.SpanKindServer)
	if server.Parent.SpanID() != ct.spanID || !server.Parent.IsRemote() {
		t.Errorf("the server span's parent is %v, want the caller's %s", server.Parent, ct.spanID)
	}
	wantAttr(t, server, "wxgate.caller", "anonymous") // auth mode none
	wantAttr(t, server, "wxgate.account", "main")
	childOf(t, one(t, spans, "wechat POST /bizwifi/homepage/get", trace.SpanKindClient), server)

	// No traceparent: the server span is a root.
	if _, err := h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{}); err != nil {
		t.Fatal(err)
	}
	var root tracetest.SpanStub
	waitAll(t, h, func(spans []tracetest.SpanStub) bool {
		for _, s := range spans {
			if s.Name == spanGetConnectURL && s.SpanKind == trace.SpanKindServer {
				root = s
				return true
			}
		}
		return false
	})
	if root.Parent.IsValid() || !root.SpanContext.TraceID().IsValid() || root.SpanContext.TraceID() == ct.traceID {
		t.Errorf("a call without traceparent: parent %v, trace %s; want a new root", root.Parent, root.SpanContext.TraceID())
	}
}

func startTraced(t testing.TB, opts ...gatewaytest.Option) *harness {
	g := gatewaytest.StartTraced(t, opts...)
	return &harness{Gateway: g, wifi: wifiv1.NewWifiServiceClient(g.Conn)}
}

// TestTracingRetries: a call retried is one span per attempt, each with its
// retry number; a refused token (40001) shows the refresh as a span of its own
// between the two attempts, a busy WeChat (-1) the backoff as an event.
func TestTracingRetries(t *testing.T) {
	attemptName := "wechat GET " + pathConnectURL
	tests := []struct {
		name    string
		prepare func(*wechatsim.Server)
		errcode int64
		refresh bool
	}{
		{"token refused", func(sim *wechatsim.Server) { sim.InvalidateTokens() }, 40001, true},
		{"system busy", func(sim *wechatsim.Server) { sim.Inject(pathConnectURL, wechatsim.Fault{Errcode: -1, Times: 1}) }, -1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := startTraced(t, gatewaytest.Unlimited)
			if _, err := h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{}); err != nil { // holds a token now
				t.Fatal(err)
			}
			tt.prepare(h.Sim)
			ct := newCallerTrace(t)
			if _, err := h.wifi.GetConnectUrl(ct.grpcCtx(h), &wifiv1.GetConnectUrlRequest{}); err != nil {
				t.Fatal(err)
			}
			want := map[string]int{spanGetConnectURL: 1, attemptName: 2}
			if tt.refresh {
				want[spanRefresh] = 1
			}
			spans := h.WaitSpans(t, ct.traceID, has(want))
			server := one(t, spans, spanGetConnectURL, trace.SpanKindServer)
			attempts := spansNamed(spans, attemptName)
			if len(attempts) != 2 {
				t.Fatalf("%d attempts: %q", len(attempts), names(spans))
			}
			first, second := attempts[0], attempts[1]
			if first.StartTime.After(second.StartTime) {
				first, second = second, first
			}
			for i, a := range []tracetest.SpanStub{first, second} {
				childOf(t, a, server)
				wantAttr(t, a, "wxgate.upstream.retry", int64(i))
			}
			wantAttr(t, first, "wechat.errcode", tt.errcode)
			if first.Status.Code != codes.Error || first.Status.Description != "errcode "+itoa(tt.errcode) {
				t.Errorf("the failed attempt's status is %+v", first.Status)
			}
			wantAttr(t, second, "wechat.errcode", int64(0))
			if second.Status.Code == codes.Error {
				t.Errorf("the second attempt's status is %+v", second.Status)
			}
			refreshes := spansNamed(spans, spanRefresh)
			if !tt.refresh {
				if len(refreshes) != 0 {
					t.Errorf("%d token refreshes in a call that needed none", len(refreshes))
				}
				if !hasEvent(first, upstream.EventBackoff, "wxgate.upstream.backoff_ms") {
					t.Errorf("the first attempt has no backoff event: %v", first.Events)
				}
				return
			}
			refresh := one(t, spans, spanRefresh, trace.SpanKindUnspecified)
			childOf(t, refresh, server)
			wantAttr(t, refresh, "url.path", upstream.PathStableToken)
			wantAttr(t, refresh, "wechat.errcode", int64(0))
			wantAttr(t, refresh, "wxgate.token.ahead", false)
			if refresh.StartTime.Before(first.EndTime) || second.StartTime.Before(refresh.EndTime) {
				t.Errorf("the refresh [%v, %v] is not between the attempts (first ends %v, second starts %v)",
					refresh.StartTime, refresh.EndTime, first.EndTime, second.StartTime)
			}
		})
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func hasEvent(s tracetest.SpanStub, name, key string) bool {
	for _, e := range s.Events {
		if e.Name != name {
			continue
		}
		for _, a := range e.Attributes {
			if string(a.Key) == key {
				return true
			}
		}
	}
	return false
}

// TestTracingRateLimitEvent: the limiter's decision is an event on the attempt:
// allowed, or the limit that refused the call and the wait it asks for (WeChat
// is then not called).
func TestTracingRateLimitEvent(t *testing.T) {
	h := startTraced(t, gatewaytest.WithLimits(map[string]ratelimit.Limit{
		"default": {}, "/bizwifi/homepage/get": {QPS: 1, Burst: 1}, // the test clock stands still: no refill
	}))
	attemptName := "wechat POST /bizwifi/homepage/get"
	results := map[string]string{}
	for i, wantErr := range []bool{false, true} {
		ct := newCallerTrace(t)
		_, err := h.wifi.GetHomepage(ct.grpcCtx(h), &wifiv1.GetHomepageRequest{ShopId: 429620})
		if (err != nil) != wantErr {
			t.Fatalf("call %d: %v", i+1, err)
		}
		spans := h.WaitSpans(t, ct.traceID, has(map[string]int{spanGetHomepage: 1, attemptName: 1}))
		attempt := one(t, spans, attemptName, trace.SpanKindClient)
		for _, e := range attempt.Events {
			if e.Name != upstream.EventRateLimit {
				continue
			}
			for _, a := range e.Attributes {
				switch a.Key {
				case "wxgate.ratelimit.result":
					results[ct.header()] = a.Value.AsString()
					if i == 0 && a.Value.AsString() != "allowed" || i == 1 && a.Value.AsString() != string(ratelimit.ReasonRate) {
						t.Errorf("call %d: the limiter's event says %q", i+1, a.Value.AsString())
					}
				case "wxgate.ratelimit.retry_after_ms":
					if i == 1 && a.Value.AsInt64() <= 0 {
						t.Errorf("call %d: retry after %d ms", i+1, a.Value.AsInt64())
					}
				}
			}
		}
		if i == 1 {
			wantAttr(t, attempt, "error.type", string(ratelimit.ReasonRate))
			if _, ok := attr(attempt, "wechat.errcode"); ok {
				t.Error("a call the limiter refused has an errcode: WeChat was not called")
			}
		}
	}
	if len(results) != 2 {
		t.Errorf("limiter events found in %d of 2 calls", len(results))
	}
}

// TestTracingKeepsSecretsOut drives a traced gateway through everything that
// handles a secret or a value of the caller's: caller keys, token fetches and
// refusals, a portal key handed out and signed with, request bodies with
// recognisable values, WeChat errmsgs echoing them, the pass-through with its SDK
// token and key in the query; then walks every span's name, attributes, events,
// status and links for them.
func TestTracingKeepsSecretsOut(t *testing.T) {
	caller, key := tracedCaller()
	h := startTraced(t, gatewaytest.Unlimited, gatewaytest.WithCallers(caller), gatewaytest.WithCompat)
	ctx := gatewaytest.WithKey(h.Ctx(""), key)
	auth := "Bearer " + key
	markers := []string{
		"https://shop.example.com/homepage-marker-7f3a9c", "pwmarker5b1e77", "extendmarker9d2",
		"errmsg-marker-c0ffee", "busy-marker-ba5eba11", "https://shop.example.com/compat-marker-e4d1",
	}
	rest := func(method, path, body string) {
		t.Helper()
		req, _ := http.NewRequest(method, h.Base+path, strings.NewReader(body))
		req.Header.Set("Authorization", auth)
		req.Header.Set("traceparent", newCallerTrace(t).header())
		resp, err := h.HTTP.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}

	rest("PUT", "/v1/wifi/shops/429620/homepage", `{"template_id":"HOMEPAGE_TEMPLATE_CUSTOM_URL","url":"`+markers[0]+`"}`)
	rest("POST", "/v1/wifi/shops/429621/devices", `{"ssid":"WX-guest","password":"`+markers[1]+`"}`)
	if _, err := h.wifi.AddPasswordDevice(ctx, &wifiv1.AddPasswordDeviceRequest{ShopId: 429621, Ssid: "WX-guest2", Password: markers[1]}); err != nil {
		t.Fatal(err)
	}
	reg, err := h.wifi.RegisterPortalDevice(ctx, &wifiv1.RegisterPortalDeviceRequest{ShopId: 429620, Ssid: "WX-portal"})
	if err != nil || reg.GetSecretkey() == "" {
		t.Fatalf("RegisterPortalDevice: %v %v", reg, err)
	}
	portal := portalv1.NewPortalSignServiceClient(h.Conn)
	if _, err := portal.Sign(ctx, &portalv1.SignRequest{ShopId: 429620, AuthUrl: "http://192.168.1.1/auth", Extend: markers[2], Mac: "aa:bb:cc:dd:ee:ff", Ssid: "WX-portal"}); err != nil {
		t.Fatal(err)
	}
	rest("POST", "/v1/portal/sign", `{"shop_id":429620,"auth_url":"http://192.168.1.1/auth","extend":"`+markers[2]+`","mac":"aa:bb:cc:dd:ee:ff","ssid":"WX-portal"}`)
	// A bad value quoted back in a validation message, over both doors.
	rest("PUT", "/v1/wifi/shops/429620/homepage", `{"template_id":"HOMEPAGE_TEMPLATE_CUSTOM_URL","url":"not a url `+markers[0]+`"}`)
	// WeChat echoing the request in its errmsg: a client error, and a server error
	// after the retries (UNAVAILABLE: otelgrpc would put its message in the status).
	h.Sim.Inject(pathConnectURL, wechatsim.Fault{Errcode: 40097, Errmsg: "invalid args hint: " + markers[3], Times: 1})
	rest("GET", "/v1/wifi/connect-url", "")
	h.Sim.Inject(pathConnectURL, wechatsim.Fault{Errcode: -1, Errmsg: "system busy " + markers[4]})
	rest("GET", "/v1/wifi/connect-url", "")
	_, err = h.wifi.GetConnectUrl(ctx, &wifiv1.GetConnectUrlRequest{})
	if st := status.Convert(err); !strings.Contains(st.Message(), markers[4]) {
		t.Fatalf("the scenario wants WeChat's errmsg in the answer (to prove the span leaves it out): %v", err)
	}
	h.Sim.ClearFaults()
	// Token refusals and refreshes, and a refused secret.
	h.Sim.InvalidateTokens()
	rest("GET", "/v1/wifi/connect-url", "")
	h.Sim.ExpireTokens()
	h.Sim.Inject(upstream.PathStableToken, wechatsim.Fault{Errcode: 40125, Times: 1})
	h.wifi.GetConnectUrl(ctx, &wifiv1.GetConnectUrlRequest{})
	h.wifi.GetConnectUrl(ctx, &wifiv1.GetConnectUrlRequest{})
	// The pass-through: the caller's key as secret, then its SDK token in the query.
	sdkToken := compatToken(t, h, key)
	compat := "http://" + h.Server.CompatAddr()
	resp, err := h.HTTP.Post(compat+"/bizwifi/homepage/set?access_token="+url.QueryEscape(sdkToken), "application/json",
		strings.NewReader(`{"shop_id":429620,"template_id":1,"struct":{"url":"`+markers[5]+`"}}`))
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	compatReq, _ := http.NewRequest("GET", compat+"/bizwifi/account/get_connecturl?access_token="+url.QueryEscape(key), nil)
	compatReq.Header.Set("traceparent", newCallerTrace(t).header())
	if resp, err = h.HTTP.Do(compatReq); err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()

	// Wait for the last spans to end: the pass-through's server spans.
	spans := waitAll(t, h, func(spans []tracetest.SpanStub) bool {
		return len(spansNamed(spans, "compat GET")) >= 2 && len(spansNamed(spans, "compat POST")) >= 1
	})
	secrets := map[string]string{"the AppSecret": h.Sim.AppSecret(), "the caller key": key, "the portal key": reg.GetSecretkey(), "the SDK token": sdkToken}
	tokens := h.Sim.Tokens()
	if len(tokens) < 3 {
		t.Fatalf("the scenario issued %d tokens, want at least 3", len(tokens))
	}
	for i, tok := range tokens {
		secrets["access_token "+itoa(int64(i))] = tok
	}
	for i, m := range markers {
		secrets["request value "+itoa(int64(i))] = m
	}
	var all strings.Builder
	errored := 0
	for _, s := range spans {
		text := spanText(s)
		all.WriteString(text)
		for what, secret := range secrets {
			if strings.Contains(text, secret) {
				t.Errorf("%s is in span %q: %s", what, s.Name, text)
			}
		}
		if s.Status.Code == codes.Error {
			errored++
		}
	}
	// The walk saw what it had to: failed spans, the caller, the pass-through's
	// attempts and the refreshes.
	for _, want := range []string{"wxgate.caller=shop-app", "url.path=/bizwifi/homepage/set", spanRefresh, "wechat.errcode=40125", "wechat.errcode=40097"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("no span has %q: the scenario did not run as meant", want)
		}
	}
	if errored < 5 {
		t.Errorf("%d spans failed, want the errors of the scenario", errored)
	}
}

// compatToken fetches an SDK token from the pass-through with the caller's key.
func compatToken(t *testing.T, h *harness, key string) string {
	t.Helper()
	q := url.Values{"grant_type": {"client_credential"}, "appid": {h.Sim.AppID()}, "secret": {key}}
	resp, err := h.HTTP.Get("http://" + h.Server.CompatAddr() + "/cgi-bin/token?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var ans struct {
		AccessToken string `json:"access_token"`
	}
	raw, _ := io.ReadAll(resp.Body)
	if json.NewDecoder(bytes.NewReader(raw)).Decode(&ans); ans.AccessToken == "" {
		t.Fatalf("SDK token: %s", raw)
	}
	return ans.AccessToken
}

// waitAll waits, as WaitSpans, on all the spans recorded.
func waitAll(t *testing.T, h *harness, done func([]tracetest.SpanStub) bool) []tracetest.SpanStub {
	t.Helper()
	var spans []tracetest.SpanStub
	h.WaitSpans(t, trace.TraceID{}, func([]tracetest.SpanStub) bool {
		spans = h.Spans.GetSpans()
		return done(spans)
	})
	return spans
}

// spanText is everything a span says, as text.
func spanText(s tracetest.SpanStub) string {
	var b strings.Builder
	kv := func(attrs []attribute.KeyValue) {
		for _, a := range attrs {
			b.WriteString(" " + string(a.Key) + "=" + a.Value.Emit())
		}
	}
	b.WriteString(s.Name + " status=" + s.Status.Description)
	kv(s.Attributes)
	for _, e := range s.Events {
		b.WriteString(" event:" + e.Name)
		kv(e.Attributes)
	}
	for _, l := range s.Links {
		kv(l.Attributes)
	}
	if s.Resource != nil {
		kv(s.Resource.Attributes())
	}
	b.WriteString(" tracestate=" + s.SpanContext.TraceState().String())
	return b.String()
}
