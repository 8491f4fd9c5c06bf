package server_test

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	reflectionpb "google.golang.org/grpc/reflection/grpc_reflection_v1"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// TestRateLimitedWithoutCallingWeChat: past an API's bucket or daily quota the
// gateway answers 429 itself.
func TestRateLimitedWithoutCallingWeChat(t *testing.T) {
	h := start(t, gatewaytest.WithLimits(map[string]ratelimit.Limit{
		pathQrcode:   {QPS: 1, Burst: 2},
		pathHomepage: {QPS: 100, Burst: 100, Daily: 3},
	}))
	qrcode := "/v1/wifi/shops/429620/qrcode?img_id=QRCODE_IMAGE_PLAIN"
	for range 2 {
		if code, body := h.REST(http.MethodGet, qrcode, ""); code != http.StatusOK {
			t.Fatalf("call within the burst: HTTP %d %v", code, body)
		}
	}
	code, body := h.REST(http.MethodGet, qrcode, "")
	if code != http.StatusTooManyRequests || gatewaytest.RESTReason(body) != "LOCAL_RATE_LIMIT" {
		t.Errorf("over the bucket: HTTP %d %v, want 429 LOCAL_RATE_LIMIT", code, body)
	}
	if got := len(h.Sim.RequestsTo(pathQrcode)); got != 2 {
		t.Errorf("WeChat got %d calls, want 2", got)
	}

	for range 3 {
		if _, err := h.wifi.GetHomepage(h.Ctx(""), &wifiv1.GetHomepageRequest{ShopId: 429620}); err != nil {
			t.Fatal(err)
		}
	}
	_, err := h.wifi.GetHomepage(h.Ctx(""), &wifiv1.GetHomepageRequest{ShopId: 429620})
	gatewaytest.AssertStatus(t, err, codes.ResourceExhausted, "LOCAL_DAILY_QUOTA")
	if d := gatewaytest.RetryDelay(err); d <= 0 || d > 24*time.Hour {
		t.Errorf("RetryInfo delay = %v, want until midnight in Shanghai", d)
	}
	if got := len(h.Sim.RequestsTo(pathHomepage)); got != 3 {
		t.Errorf("WeChat got %d calls, want 3", got)
	}

	req, _ := http.NewRequest(http.MethodGet, h.Base+qrcode, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("Retry-After") == "" {
		t.Error("a 429 carries no Retry-After header")
	}
}

// TestBadInputNeverReachesWeChat: invalid requests are INVALID_ARGUMENT / 400 naming
// the field, and WeChat is not called.
func TestBadInputNeverReachesWeChat(t *testing.T) {
	h := start(t)
	tests := []struct {
		name, method, path, body, field string
	}{
		{"plugin token without callback_url", "POST", "/v1/wifi/plugin-token", `{}`, "callback_url"},
		{"plugin token unknown field", "POST", "/v1/wifi/plugin-token", `{"callback_url":"https://a.example/","x":1}`, "x"},
		{"qrcode shop 0", "GET", "/v1/wifi/shops/0/qrcode?img_id=QRCODE_IMAGE_PLAIN", "", "shop_id"},
		{"qrcode without img_id", "GET", "/v1/wifi/shops/429620/qrcode", "", "img_id"},
		{"qrcode unknown img_id", "GET", "/v1/wifi/shops/429620/qrcode?img_id=7", "", "img_id"},
		{"homepage without template", "PUT", "/v1/wifi/shops/429620/homepage", `{}`, "template_id"},
		{"homepage custom without url", "PUT", "/v1/wifi/shops/429620/homepage", `{"template_id":"HOMEPAGE_TEMPLATE_CUSTOM_URL"}`, "url"},
		{"homepage get shop 0", "GET", "/v1/wifi/shops/0/homepage", "", "shop_id"},
		{"bar without type", "PUT", "/v1/wifi/shops/429620/bar", `{}`, "bar_type"},
		{"bar unknown type", "PUT", "/v1/wifi/shops/429620/bar", `{"bar_type":9}`, "bar_type"},
		{"bar shop not a number", "PUT", "/v1/wifi/shops/abc/bar", `{"bar_type":"BAR_TYPE_SHOP_NAME"}`, "shop_id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { h.AssertRESTBadRequest(t, tt.method, tt.path, tt.body, tt.field) })
	}
	grpcTests := []struct {
		name   string
		call   func() error
		fields []string
	}{
		{"custom homepage without url", func() error {
			_, err := h.wifi.SetHomepage(h.Ctx(""), &wifiv1.SetHomepageRequest{ShopId: 1, TemplateId: wifiv1.HomepageTemplate_HOMEPAGE_TEMPLATE_CUSTOM_URL})
			return err
		}, []string{"url"}},
		{"qrcode with nothing set", func() error {
			_, err := h.wifi.GetQrcode(h.Ctx(""), &wifiv1.GetQrcodeRequest{})
			return err
		}, []string{"shop_id", "img_id"}},
		{"bar with an undefined type", func() error {
			_, err := h.wifi.SetBar(h.Ctx(""), &wifiv1.SetBarRequest{ShopId: 1, BarType: 42})
			return err
		}, []string{"bar_type"}},
	}
	for _, tt := range grpcTests {
		t.Run("grpc "+tt.name, func(t *testing.T) { gatewaytest.AssertBadRequest(t, tt.call(), tt.fields...) })
	}
	if got := h.Sim.Requests(); len(got) != 0 {
		t.Errorf("WeChat got %d calls for bad input: %v", len(got), got)
	}
}

// TestUnstatedRulesLeftToWeChat: input that seed 000 does not refuse reaches WeChat,
// which answers it; the gateway once refused each of these itself.
func TestUnstatedRulesLeftToWeChat(t *testing.T) {
	h := start(t)
	const homepage = "/v1/wifi/shops/429620/homepage"
	tests := []struct {
		name, method, path, body, upstream, reason string
	}{
		// callback_url's form (and its domain) are WeChat's to judge.
		{"plugin token relative callback_url", "POST", "/v1/wifi/plugin-token", `{"callback_url":"/done"}`, "/bizwifi/openplugin/token", "WECHAT_40097"},
		{"plugin token ftp callback_url", "POST", "/v1/wifi/plugin-token", `{"callback_url":"ftp://example.com/"}`, "/bizwifi/openplugin/token", "WECHAT_40097"},
		{"plugin token with a Chinese path", "POST", "/v1/wifi/plugin-token", `{"callback_url":"https://example.com/开通"}`, "/bizwifi/openplugin/token", ""},
		// shop_id is required; which ids exist is WeChat's to say.
		{"qrcode of a negative shop", "GET", "/v1/wifi/shops/-5/qrcode?img_id=QRCODE_IMAGE_PLAIN", "", pathQrcode, "WECHAT_9002009"},
		// "当template_id为0时可以不填": struct may be left out with the default template,
		// not must; a URL given is sent.
		{"homepage default with url", "PUT", homepage, `{"template_id":"HOMEPAGE_TEMPLATE_DEFAULT","url":"https://a.example/"}`, "/bizwifi/homepage/set", ""},
		{"homepage bad url", "PUT", homepage, `{"template_id":"HOMEPAGE_TEMPLATE_CUSTOM_URL","url":"not a url"}`, "/bizwifi/homepage/set", "WECHAT_40097"},
		{"homepage with a Chinese path", "PUT", homepage, `{"template_id":"HOMEPAGE_TEMPLATE_CUSTOM_URL","url":"https://shop.example.com/店铺"}`, "/bizwifi/homepage/set", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { h.AssertRESTReachesWeChat(t, tt.method, tt.path, tt.body, tt.upstream, tt.reason) })
	}
	// The URL given with the default template went to WeChat as struct.url.
	sent := false
	for _, r := range h.Sim.RequestsTo("/bizwifi/homepage/set") {
		sent = sent || string(r.Body) == `{"shop_id":429620,"template_id":0,"struct":{"url":"https://a.example/"}}`
	}
	if !sent {
		t.Errorf("homepage/set never got the default template with struct.url: %v", h.Sim.RequestsTo("/bizwifi/homepage/set"))
	}
}

// TestAccountSelection: x-wxgate-account picks the account; an unknown name is
// INVALID_ARGUMENT.
func TestAccountSelection(t *testing.T) {
	other, err := wechatsim.Start(wechatsim.Options{AppID: "wxother000000001", AppSecret: "other-secret"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	h := start(t, gatewaytest.WithAccount(config.Account{
		Name: "other", AppID: other.AppID(), AppSecret: config.Secret(other.AppSecret()), UpstreamURL: other.URL(), TokenMode: "legacy",
	}))
	if _, err := h.wifi.GetConnectUrl(h.Ctx("other"), &wifiv1.GetConnectUrlRequest{}); err != nil {
		t.Fatal(err)
	}
	if code, body := h.REST("GET", "/v1/wifi/connect-url", "", "X-Wxgate-Account", "other"); code != http.StatusOK {
		t.Fatalf("REST with the account header: HTTP %d %v", code, body)
	}
	if got, want := len(other.RequestsTo(pathConnectURL)), 2; got != want {
		t.Errorf("account other's WeChat got %d calls, want %d", got, want)
	}
	if got := len(h.Sim.RequestsTo(pathConnectURL)); got != 0 {
		t.Errorf("the default account's WeChat got %d calls, want 0", got)
	}
	if _, err := h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{}); err != nil {
		t.Fatal(err)
	}
	if got := len(h.Sim.RequestsTo(pathConnectURL)); got != 1 {
		t.Errorf("without the header the default account's WeChat got %d calls, want 1", got)
	}

	_, err = h.wifi.GetConnectUrl(h.Ctx("nope"), &wifiv1.GetConnectUrlRequest{})
	gatewaytest.AssertStatus(t, err, codes.InvalidArgument, "UNKNOWN_ACCOUNT")
	if code, body := h.REST("GET", "/v1/wifi/connect-url", "", "X-Wxgate-Account", "nope"); code != http.StatusBadRequest {
		t.Errorf("REST with an unknown account: HTTP %d %v, want 400", code, body)
	}
}

// TestOperationalEndpoints: health, readiness, metrics, the OpenAPI spec, gRPC
// health and reflection.
func TestOperationalEndpoints(t *testing.T) {
	h := start(t)
	for _, path := range []string{"/healthz", "/readyz"} {
		if code, body := h.REST("GET", path, ""); code != http.StatusOK {
			t.Errorf("%s: HTTP %d %v", path, code, body)
		}
	}
	code, spec := h.REST("GET", "/openapi.json", "")
	paths, _ := spec["paths"].(map[string]any)
	if code != http.StatusOK || paths["/v1/wifi/shops/{shop_id}/qrcode"] == nil {
		t.Errorf("/openapi.json: HTTP %d, paths %v", code, paths)
	}
	if _, err := h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{}); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(h.Base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`wxgate_upstream_requests_total{account="main",caller="anonymous",path="/bizwifi/account/get_connecturl",result="ok"} 1`,
		`wxgate_token_fetches_total{account="main",result="ok"} 1`,
		`grpc_server_handled_total{caller="anonymous",grpc_code="OK",grpc_method="GetConnectUrl"`,
	} {
		if !strings.Contains(string(metrics), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}

	hc, err := healthpb.NewHealthClient(h.Conn).Check(h.Ctx(""), &healthpb.HealthCheckRequest{})
	if err != nil || hc.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Errorf("grpc health: %v %v", hc, err)
	}
	stream, err := reflectionpb.NewServerReflectionClient(h.Conn).ServerReflectionInfo(h.Ctx(""))
	if err != nil {
		t.Fatal(err)
	}
	stream.Send(&reflectionpb.ServerReflectionRequest{MessageRequest: &reflectionpb.ServerReflectionRequest_ListServices{}})
	r, err := stream.Recv()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range r.GetListServicesResponse().GetService() {
		names = append(names, s.GetName())
	}
	if !strings.Contains(strings.Join(names, ","), "wxgate.wifi.v1.WifiService") {
		t.Errorf("reflection lists %v", names)
	}
	stream.CloseSend()
}

// TestNotReadyWithoutToken: /readyz is 503 while an account cannot get a token.
func TestNotReadyWithoutToken(t *testing.T) {
	// The fault before the gateway starts: its readiness checks fetch a token at
	// once.
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	sim.Inject("/cgi-bin/stable_token", wechatsim.Fault{Errcode: 40164})
	g := gatewaytest.StartOn(t, sim)
	h := &harness{Gateway: g, wifi: wifiv1.NewWifiServiceClient(g.Conn)}
	code, body := h.REST("GET", "/readyz", "")
	if code != http.StatusServiceUnavailable {
		t.Fatalf("/readyz: HTTP %d %v, want 503", code, body)
	}
	if accts, _ := body["accounts"].(map[string]any); accts["main"] == nil {
		t.Errorf("/readyz does not name the account: %v", body)
	}
	_, err = h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{})
	gatewaytest.AssertStatus(t, err, codes.FailedPrecondition, "WECHAT_40164")
}
