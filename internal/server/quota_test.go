package server_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/proto"

	quotav1 "github.com/wxgate/wxgate/gen/go/wxgate/quota/v1"
	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

const (
	qrcodePath = "/bizwifi/qrcode/get"
	// unknownPath is configured but is no API the simulator (WeChat) knows.
	unknownPath = "/cgi-bin/message/custom/send"
)

// quotaGateway is a gateway in front of a simulator that allows 2 clears a month
// and 500 QR codes a day, with a local daily quota of 100 QR codes, and callers:
// ops (the reads by wildcard, and ClearQuota and GetRidInfo by name), shop
// (every method by wildcard, a share of 50 QR codes a day) and wifi (the Wi-Fi
// service only).
type quotaGateway struct {
	*gatewaytest.Gateway
	quota                quotav1.QuotaServiceClient
	wifi                 wifiv1.WifiServiceClient
	opsKey, shopKey, key string // key: wifi's
}

func startQuota(t *testing.T, opts ...gatewaytest.Option) *quotaGateway {
	t.Helper()
	sim, err := wechatsim.Start(wechatsim.Options{MonthlyClears: 2, DailyLimits: map[string]int64{qrcodePath: 500}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	q := &quotaGateway{}
	q.opsKey, _ = callerkey.New()
	q.shopKey, _ = callerkey.New()
	q.key, _ = callerkey.New()
	q.Gateway = gatewaytest.StartOn(t, sim, append([]gatewaytest.Option{
		gatewaytest.WithLimits(map[string]ratelimit.Limit{
			"default":   {QPS: 1000, Burst: 1000},
			qrcodePath:  {QPS: 1000, Burst: 1000, Daily: 100},
			unknownPath: {Daily: 10},
		}),
		gatewaytest.WithCallers(
			config.Caller{Name: "ops", Keys: gatewaytest.Keys(q.opsKey), Accounts: []string{"main"},
				Allow: []string{"wxgate.quota.v1.QuotaService/*", "wxgate.quota.v1.QuotaService/ClearQuota", "wxgate.quota.v1.QuotaService/GetRidInfo", "wxgate.wifi.v1.WifiService/*"}},
			config.Caller{Name: "shop", Keys: gatewaytest.Keys(q.shopKey), Accounts: []string{"*"}, Allow: []string{"*"},
				Quotas: map[string]ratelimit.Limit{qrcodePath: {Daily: 50}}},
			config.Caller{Name: "wifi", Keys: gatewaytest.Keys(q.key), Accounts: []string{"main"}, Allow: []string{"wxgate.wifi.v1.WifiService/*"}},
		),
	}, opts...)...)
	q.quota = quotav1.NewQuotaServiceClient(q.Conn)
	q.wifi = wifiv1.NewWifiServiceClient(q.Conn)
	return q
}

func (q *quotaGateway) as(key string) context.Context { return gatewaytest.WithKey(q.Ctx(""), key) }

// rest is a REST call with key.
func (q *quotaGateway) rest(method, path, body, key string) (int, map[string]any) {
	q.T.Helper()
	return q.REST(method, path, body, "Authorization", "Bearer "+key)
}

// qrcodes makes n QR code calls as key, every other one over REST.
func (q *quotaGateway) qrcodes(t *testing.T, key string, n int) {
	t.Helper()
	for i := range n {
		if i%2 == 0 {
			if _, err := q.wifi.GetQrcode(q.as(key), &wifiv1.GetQrcodeRequest{ShopId: 429620, ImgId: wifiv1.QrcodeImage_QRCODE_IMAGE_PLAIN}); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if code, ans := q.rest("GET", "/v1/wifi/shops/429620/qrcode?img_id=QRCODE_IMAGE_PLAIN", "", key); code != http.StatusOK {
			t.Fatalf("REST QR code: HTTP %d %v", code, ans)
		}
	}
}

// TestQuotaFigures: after N calls WeChat's figures and the gateway's agree, over
// gRPC and REST, next to the configured limits and the callers' shares; the
// gauges in /metrics say the same.
func TestQuotaFigures(t *testing.T) {
	q := startQuota(t)
	q.qrcodes(t, q.shopKey, 3) // within shop's share
	q.qrcodes(t, q.key, 4)     // wifi has no share

	got, err := q.quota.GetQuota(q.as(q.opsKey), &quotav1.GetQuotaRequest{CgiPath: qrcodePath})
	if err != nil {
		t.Fatal(err)
	}
	resets := got.GetQuota().GetLocal().GetResetsAt().AsTime()
	want := &quotav1.Quota{
		Account: "main", CgiPath: qrcodePath,
		Wechat: &quotav1.WeChatQuota{DailyLimit: 500, Used: 7, Remain: 493},
		Local:  &quotav1.LocalQuota{UsedToday: 7, DailyLimit: 100, Qps: 1000, Burst: 1000, ResetsAt: got.GetQuota().GetLocal().GetResetsAt()},
		Callers: []*quotav1.CallerShare{
			{Caller: "shop", UsedToday: 3, DailyLimit: 50},
		},
	}
	if !proto.Equal(got.GetQuota(), want) {
		t.Errorf("GetQuota:\n got %v\nwant %v", got.GetQuota(), want)
	}
	if sh := resets.In(time.FixedZone("CST", 8*3600)); sh.Hour() != 0 || sh.Minute() != 0 || resets.Sub(q.Clock.Now()) > 24*time.Hour || !resets.After(q.Clock.Now()) {
		t.Errorf("resets_at %v, want the next 00:00 Asia/Shanghai", sh)
	}
	if n := q.Sim.QuotaOf(qrcodePath).Used; n != 7 {
		t.Errorf("the simulator served %d QR codes, want 7", n)
	}

	// REST: the same figures (quota/get itself is not a QR code call).
	code, ans := q.rest("GET", "/v1/quotas:lookup?cgi_path="+url.QueryEscape(qrcodePath), "", q.opsKey)
	quota, _ := ans["quota"].(map[string]any)
	wechat, _ := quota["wechat"].(map[string]any)
	local, _ := quota["local"].(map[string]any)
	if code != http.StatusOK || wechat["used"] != "7" || wechat["daily_limit"] != "500" || local["used_today"] != "7" || local["daily_limit"] != "100" {
		t.Errorf("REST GetQuota: HTTP %d %v", code, ans)
	}

	// ListQuotas: every configured path, local figures only unless asked.
	list, err := q.quota.ListQuotas(q.as(q.opsKey), &quotav1.ListQuotasRequest{})
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range list.GetQuotas() {
		paths = append(paths, e.GetCgiPath())
		if e.GetWechat() != nil || e.GetWechatError() != nil {
			t.Errorf("%s: WeChat's figures without include_wechat", e.GetCgiPath())
		}
	}
	wantPaths := []string{qrcodePath, "/cgi-bin/message/custom/send", "/cgi-bin/stable_token", "/cgi-bin/token"}
	if fmt.Sprint(paths) != fmt.Sprint(wantPaths) {
		t.Errorf("ListQuotas paths %v, want %v", paths, wantPaths)
	}
	before := len(q.Sim.RequestsTo("/cgi-bin/openapi/quota/get"))
	list, err = q.quota.ListQuotas(q.as(q.opsKey), &quotav1.ListQuotasRequest{IncludeWechat: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(q.Sim.RequestsTo("/cgi-bin/openapi/quota/get")) - before; n != len(wantPaths) {
		t.Errorf("include_wechat asked WeChat %d times, want one per path (%d)", n, len(wantPaths))
	}
	for _, e := range list.GetQuotas() {
		switch e.GetCgiPath() {
		case qrcodePath:
			if e.GetWechat().GetUsed() != 7 || e.GetLocal().GetUsedToday() != 7 || len(e.GetCallers()) != 1 {
				t.Errorf("%s: %v", e.GetCgiPath(), e)
			}
		case unknownPath: // WeChat knows no such API: the entry says so, the list goes on
			if fe := e.GetWechatError(); fe.GetCode() != "NOT_FOUND" || fe.GetReason() != "WECHAT_76021" || e.GetWechat() != nil {
				t.Errorf("%s: %v, want wechat_error NOT_FOUND WECHAT_76021", e.GetCgiPath(), e)
			}
		case "/cgi-bin/stable_token": // the gateway fetched one token
			if e.GetWechat().GetUsed() != 1 || e.GetLocal().GetUsedToday() != 1 {
				t.Errorf("%s: %v, want 1 fetch on both sides", e.GetCgiPath(), e)
			}
		}
	}

	// The gauges: bounded by the configuration (no series for paths only called).
	m := q.metricsText(t)
	for _, line := range []string{
		`wxgate_quota_used_today{account="main",path="/bizwifi/qrcode/get"} 7`,
		`wxgate_quota_daily_limit{account="main",path="/bizwifi/qrcode/get"} 100`,
		`wxgate_quota_caller_used_today{account="main",caller="shop",path="/bizwifi/qrcode/get"} 3`,
		`wxgate_quota_caller_daily_limit{account="main",caller="shop",path="/bizwifi/qrcode/get"} 50`,
		`wxgate_quota_used_today{account="main",path="/cgi-bin/stable_token"} 1`,
		`wxgate_quota_counts_shared{account="main"} 0`,
	} {
		if !strings.Contains(m, line+"\n") {
			t.Errorf("/metrics lacks %s", line)
		}
	}
	if strings.Contains(m, `wxgate_quota_used_today{account="main",path="/cgi-bin/openapi/quota/get"}`) {
		t.Error("/metrics has a quota series for a path the configuration does not limit")
	}
}

func (q *quotaGateway) metricsText(t *testing.T) string {
	t.Helper()
	return (&harness{Gateway: q.Gateway}).metrics(t)
}

// TestQuotaFiguresAcrossReplicas: with rate limits in Redis, every replica
// answers the calls of all of them, as WeChat counts them.
func TestQuotaFiguresAcrossReplicas(t *testing.T) {
	key, _ := callerkey.New()
	gs, sim, _ := replicas(t, 2,
		gatewaytest.WithLimits(map[string]ratelimit.Limit{"default": {}, qrcodePath: {Daily: 100}}),
		gatewaytest.WithCallers(config.Caller{Name: "ops", Keys: gatewaytest.Keys(key), Accounts: []string{"main"},
			Allow: []string{"wxgate.quota.v1.QuotaService/*", "wxgate.wifi.v1.WifiService/*"}}))
	for i := range 9 {
		g := gs[i%2]
		if _, err := wifiv1.NewWifiServiceClient(g.Conn).GetQrcode(gatewaytest.WithKey(g.Ctx(""), key), &wifiv1.GetQrcodeRequest{ShopId: 429620, ImgId: wifiv1.QrcodeImage_QRCODE_IMAGE_PLAIN}); err != nil {
			t.Fatal(err)
		}
	}
	for i, g := range gs {
		got, err := quotav1.NewQuotaServiceClient(g.Conn).GetQuota(gatewaytest.WithKey(g.Ctx(""), key), &quotav1.GetQuotaRequest{CgiPath: qrcodePath})
		if err != nil {
			t.Fatal(err)
		}
		if l := got.GetQuota().GetLocal(); l.GetUsedToday() != 9 || !l.GetShared() || got.GetQuota().GetWechat().GetUsed() != 9 {
			t.Errorf("replica %d: %v, want 9 calls on both sides, shared", i, got.GetQuota())
		}
	}
	if n := sim.QuotaOf(qrcodePath).Used; n != 9 {
		t.Errorf("simulator used %d", n)
	}
}

// TestClearQuotaPermission: ClearQuota needs a rule naming it: shop, allowed
// every method by wildcard, is refused (and WeChat is not called); ops, who
// names it, clears WeChat's counts and, when asked, the gateway's. Past the
// month's clears, 48006 is RESOURCE_EXHAUSTED with a RetryInfo (REST: 429 and
// Retry-After).
func TestClearQuotaPermission(t *testing.T) {
	q := startQuota(t)
	q.qrcodes(t, q.shopKey, 4)
	for name, call := range map[string]func() error{
		"gRPC": func() error {
			_, err := q.quota.ClearQuota(q.as(q.shopKey), &quotav1.ClearQuotaRequest{})
			return err
		},
		"REST": func() error {
			if code, ans := q.rest("POST", "/v1/quotas:clear", `{}`, q.shopKey); code != http.StatusForbidden || gatewaytest.RESTReason(ans) != "PERMISSION_DENIED" {
				return fmt.Errorf("HTTP %d %v", code, ans)
			}
			return nil
		},
	} {
		err := call()
		if name == "gRPC" {
			gatewaytest.AssertStatus(t, err, codes.PermissionDenied, "PERMISSION_DENIED")
		} else if err != nil {
			t.Errorf("REST ClearQuota as shop: %v, want 403", err)
		}
	}
	// The same caller reads quotas: reads are not guarded more than any method.
	if _, err := q.quota.GetQuota(q.as(q.shopKey), &quotav1.GetQuotaRequest{CgiPath: qrcodePath}); err != nil {
		t.Errorf("GetQuota as shop: %v", err)
	}
	if _, err := q.quota.ClearQuota(q.as(q.key), &quotav1.ClearQuotaRequest{}); err == nil {
		t.Error("ClearQuota as wifi, a caller of the Wi-Fi service only, went ahead")
	}
	if n := len(q.Sim.RequestsTo("/cgi-bin/clear_quota")); n != 0 || q.Sim.Clears() != 0 {
		t.Fatalf("WeChat got %d clear_quota calls from refused callers", n)
	}

	resp, err := q.quota.ClearQuota(q.as(q.opsKey), &quotav1.ClearQuotaRequest{})
	if err != nil || resp.GetAccount() != "main" || resp.GetLocalCountsReset() {
		t.Fatalf("ClearQuota as ops: %v %v", resp, err)
	}
	if body := q.LastBody("/cgi-bin/clear_quota"); body["appid"] != q.Sim.AppID() || len(body) != 1 {
		t.Errorf("clear_quota body %v, want the account's appid alone", body)
	}
	got, _ := q.quota.GetQuota(q.as(q.opsKey), &quotav1.GetQuotaRequest{CgiPath: qrcodePath})
	if got.GetQuota().GetWechat().GetUsed() != 0 || got.GetQuota().GetLocal().GetUsedToday() != 4 || got.GetQuota().GetCallers()[0].GetUsedToday() != 4 {
		t.Errorf("after a clear without reset_local_counts: %v", got.GetQuota())
	}
	code, ans := q.rest("POST", "/v1/quotas:clear", `{"reset_local_counts":true}`, q.opsKey)
	if code != http.StatusOK || ans["local_counts_reset"] != true {
		t.Fatalf("REST ClearQuota as ops: HTTP %d %v", code, ans)
	}
	got, _ = q.quota.GetQuota(q.as(q.opsKey), &quotav1.GetQuotaRequest{CgiPath: qrcodePath})
	if got.GetQuota().GetLocal().GetUsedToday() != 0 || got.GetQuota().GetCallers()[0].GetUsedToday() != 0 {
		t.Errorf("after a clear with reset_local_counts: %v", got.GetQuota())
	}

	_, err = q.quota.ClearQuota(q.as(q.opsKey), &quotav1.ClearQuotaRequest{})
	gatewaytest.AssertStatus(t, err, codes.ResourceExhausted, "WECHAT_48006")
	if d := gatewaytest.RetryDelay(err); d <= 0 || d > 31*24*time.Hour {
		t.Errorf("RetryInfo %v, want until the next month", d)
	}
	code, hdr, ans := q.RESTWithHeader("POST", "/v1/quotas:clear", `{}`, "Authorization", "Bearer "+q.opsKey)
	if code != http.StatusTooManyRequests || hdr.Get("Retry-After") == "" || gatewaytest.RESTReason(ans) != "WECHAT_48006" {
		t.Errorf("REST past the month's clears: HTTP %d Retry-After %q %v", code, hdr.Get("Retry-After"), ans)
	}
	if n := len(q.Sim.RequestsTo("/cgi-bin/clear_quota")); n != 4 {
		t.Errorf("WeChat got %d clear_quota calls, want 4 (never retried)", n)
	}
}

// ridOf is the rid at the end of err's WeChat errmsg.
func ridOf(t *testing.T, err error) string {
	t.Helper()
	info := gatewaytest.AssertStatus(t, err, codes.ResourceExhausted, "WECHAT_45009")
	m := regexp.MustCompile(` rid: ([0-9a-f-]+)$`).FindStringSubmatch(info.GetMetadata()["errmsg"])
	if m == nil {
		t.Fatalf("no rid in %v", info)
	}
	return m[1]
}

// TestGetRidInfo: a failed call's rid finds WeChat's record of it, over gRPC and
// REST, without the access_token it was logged with, and without the AppSecret a
// failed token fetch's body holds; neither the record nor a secret is in the log.
func TestGetRidInfo(t *testing.T) {
	q := startQuota(t)
	const marker = "https://rid-marker.example/portal"
	q.Sim.Inject("/bizwifi/homepage/set", wechatsim.Fault{Errcode: 45009, Times: 1})
	_, err := q.wifi.SetHomepage(q.as(q.opsKey), &wifiv1.SetHomepageRequest{ShopId: 429620, TemplateId: wifiv1.HomepageTemplate_HOMEPAGE_TEMPLATE_CUSTOM_URL, Url: marker})
	rid := ridOf(t, err)

	got, err := q.quota.GetRidInfo(q.as(q.opsKey), &quotav1.GetRidInfoRequest{Rid: rid})
	if err != nil {
		t.Fatal(err)
	}
	r := got.GetRequest()
	if got.GetRid() != rid || r.GetRequestUrl() != "" || !strings.Contains(r.GetRequestBody(), marker) ||
		!strings.Contains(r.GetResponseBody(), `"errcode":45009`) || r.GetClientIp() != "127.0.0.1" ||
		time.Since(r.GetInvokeTime().AsTime()) > time.Minute {
		t.Errorf("GetRidInfo: %v", got)
	}
	code, ans := q.rest("GET", "/v1/rids/"+rid, "", q.opsKey)
	req, _ := ans["request"].(map[string]any)
	if code != http.StatusOK || req["request_body"] != r.GetRequestBody() || req["request_url"] != "" {
		t.Errorf("REST GetRidInfo: HTTP %d %v", code, ans)
	}

	// A failed stable_token fetch: its logged body holds the AppSecret, and the
	// request_url of a call with a query keeps its other parameters.
	q.Sim.Inject("/cgi-bin/stable_token", wechatsim.Fault{Errcode: 45009, Times: 1})
	q.Sim.InvalidateTokens() // sends the gateway to fetch a token
	_, err = q.wifi.GetConnectUrl(q.as(q.opsKey), &wifiv1.GetConnectUrlRequest{})
	tokenRid := ridOf(t, err)
	got, err = q.quota.GetRidInfo(q.as(q.opsKey), &quotav1.GetRidInfoRequest{Rid: tokenRid})
	if err != nil {
		t.Fatal(err)
	}
	if b := got.GetRequest().GetRequestBody(); !strings.Contains(b, `"secret":"[redacted]"`) || strings.Contains(b, q.Sim.AppSecret()) {
		t.Errorf("the token fetch's logged body: %q", b)
	}

	// No secret and no logged body anywhere it must not be.
	for _, secret := range append(q.Sim.Tokens(), q.Sim.AppSecret(), q.opsKey, q.shopKey) {
		if strings.Contains(fmt.Sprint(got), secret) || strings.Contains(q.Logs.String(), secret) {
			t.Errorf("a secret (%d chars) is in an answer or the log", len(secret))
		}
	}
	if strings.Contains(q.Logs.String(), marker) {
		t.Error("a logged request body is in the gateway's log")
	}

	// Errors: WeChat's, mapped; a rid of the wrong shape never reaches WeChat.
	_, err = q.quota.GetRidInfo(q.as(q.opsKey), &quotav1.GetRidInfoRequest{Rid: "00000000-00000000-00000000"})
	gatewaytest.AssertStatus(t, err, codes.NotFound, "WECHAT_76001")
	if code, ans := q.rest("GET", "/v1/rids/00000000-00000000-00000000", "", q.opsKey); code != http.StatusNotFound {
		t.Errorf("REST unknown rid: HTTP %d %v", code, ans)
	}
	_, err = q.quota.GetRidInfo(q.as(q.opsKey), &quotav1.GetRidInfoRequest{Rid: "deadbeef"})
	gatewaytest.AssertStatus(t, err, codes.InvalidArgument, "WECHAT_76002")
	// GetRidInfo is not for wildcard rules either.
	_, err = q.quota.GetRidInfo(q.as(q.shopKey), &quotav1.GetRidInfoRequest{Rid: rid})
	gatewaytest.AssertStatus(t, err, codes.PermissionDenied, "PERMISSION_DENIED")
}

// TestQuotaErrors: WeChat's errcodes of quota/get, mapped.
func TestQuotaErrors(t *testing.T) {
	q := startQuota(t)
	for _, tt := range []struct {
		path   string
		code   codes.Code
		reason string
		http   int
	}{
		{"/no/such/api", codes.NotFound, "WECHAT_76021", http.StatusNotFound},
		{"/sns/oauth2/access_token", codes.PermissionDenied, "WECHAT_76022", http.StatusForbidden},
	} {
		_, err := q.quota.GetQuota(q.as(q.opsKey), &quotav1.GetQuotaRequest{CgiPath: tt.path})
		gatewaytest.AssertStatus(t, err, tt.code, tt.reason)
		code, ans := q.rest("GET", "/v1/quotas:lookup?cgi_path="+url.QueryEscape(tt.path), "", q.opsKey)
		if code != tt.http || gatewaytest.RESTReason(ans) != tt.reason {
			t.Errorf("REST %s: HTTP %d %v", tt.path, code, ans)
		}
	}
	// The local limit of quota/get itself applies like any other's.
	q.Sim.Inject("/cgi-bin/openapi/quota/get", wechatsim.Fault{Errcode: -1})
	_, err := q.quota.GetQuota(q.as(q.opsKey), &quotav1.GetQuotaRequest{CgiPath: qrcodePath})
	gatewaytest.AssertStatus(t, err, codes.Unavailable, "WECHAT_-1")
}

// TestQuotaValidation: malformed fields are INVALID_ARGUMENT (HTTP 400) naming
// them, and never reach WeChat.
func TestQuotaValidation(t *testing.T) {
	q := startQuota(t)
	before := q.Sim.RequestCount()
	for _, p := range []string{"", "bizwifi/qrcode/get", "https://api.weixin.qq.com/bizwifi/qrcode/get", "/a//b", "/a/", "/a b", "/" + strings.Repeat("a", 256)} {
		_, err := q.quota.GetQuota(q.as(q.opsKey), &quotav1.GetQuotaRequest{CgiPath: p})
		gatewaytest.AssertBadRequest(t, err, "cgi_path")
		q.restBadRequest(t, "GET", "/v1/quotas:lookup?cgi_path="+url.QueryEscape(p), "", "cgi_path")
	}
	for _, rid := range []string{"", "-abc", "a/b", "a b", strings.Repeat("a", 65)} {
		_, err := q.quota.GetRidInfo(q.as(q.opsKey), &quotav1.GetRidInfoRequest{Rid: rid})
		gatewaytest.AssertBadRequest(t, err, "rid")
	}
	q.restBadRequest(t, "GET", "/v1/rids/-abc", "", "rid")
	if n := q.Sim.RequestCount() - before; n != 0 {
		t.Errorf("WeChat got %d requests of bad input", n)
	}
}

// restBadRequest makes a REST call as ops and checks it is answered 400 naming
// field.
func (q *quotaGateway) restBadRequest(t *testing.T, method, path, body, field string) {
	t.Helper()
	code, ans := q.rest(method, path, body, q.opsKey)
	if msg, _ := ans["message"].(string); code != http.StatusBadRequest || !strings.Contains(msg, field) {
		t.Errorf("%s %s: HTTP %d %q, want 400 naming %q", method, path, code, msg, field)
	}
}

// TestQuotaWeChatRateLimits: WeChat's newer answer also carries its rate limits
// (rate_limit, component_rate_limit: call_count per refresh_second); they are
// passed on.
func TestQuotaWeChatRateLimits(t *testing.T) {
	q := startQuota(t)
	q.Sim.Inject("/cgi-bin/openapi/quota/get", wechatsim.Fault{Times: 1, Body: `{"errcode":0,"rate_limit":{"refresh_second":60,"call_count":4200000},"errmsg":"ok",` +
		`"component_rate_limit":{"refresh_second":60,"call_count":1050000},"quota":{"remain":772239,"used":227761,"daily_limit":1000000}}`})
	got, err := q.quota.GetQuota(q.as(q.opsKey), &quotav1.GetQuotaRequest{CgiPath: "/cgi-bin/message/template/send"})
	if err != nil {
		t.Fatal(err)
	}
	want := &quotav1.WeChatQuota{DailyLimit: 1000000, Used: 227761, Remain: 772239,
		RateLimit:          &quotav1.RateLimit{CallCount: 4200000, RefreshSecond: 60},
		ComponentRateLimit: &quotav1.RateLimit{CallCount: 1050000, RefreshSecond: 60}}
	if !proto.Equal(got.GetQuota().GetWechat(), want) {
		t.Errorf("wechat %v, want %v", got.GetQuota().GetWechat(), want)
	}
}
