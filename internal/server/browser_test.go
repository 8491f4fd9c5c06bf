package server_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"

	jssdkv1 "github.com/wxgate/wxgate/gen/go/wxgate/jssdk/v1"
	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/callers"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
)

const shopOrigin = "https://shop.example.com"

// browserGateway runs a gateway with CORS for shopOrigin and the browser caller
// shop-h5, whose rules allow the JS-SDK signatures and all of WifiService.
func browserGateway(t *testing.T) (*harness, string) {
	t.Helper()
	key, _ := callerkey.New()
	h := start(t, gatewaytest.Unlimited,
		func(c *config.Config) { c.CORS = config.CORS{AllowedOrigins: []string{shopOrigin}} },
		gatewaytest.WithCallers(config.Caller{
			Name: "shop-h5", Keys: gatewaytest.Keys(key), Accounts: []string{"main"},
			Browser: &config.Browser{Origins: []string{shopOrigin}},
			Allow:   []string{"wxgate.jssdk.v1.JsSdkService/*", "wxgate.wifi.v1.WifiService/*"},
		}))
	return h, key
}

// TestBrowserCaller: a browser caller's publishable key works from its pages'
// origin only, and only for reads and the JS-SDK signatures, whatever its rules
// say; its answers (errors too) carry CORS headers for its origin.
func TestBrowserCaller(t *testing.T) {
	h, key := browserGateway(t)
	auth := "Bearer " + key
	sign := func(origin string) (int, http.Header, map[string]any) {
		t.Helper()
		hdr := []string{"Authorization", auth}
		if origin != "" {
			hdr = append(hdr, "Origin", origin)
		}
		return h.RESTWithHeader("POST", "/v1/jssdk/config:sign", `{"url":"https://shop.example.com/card"}`, hdr...)
	}
	code, hdr, body := sign(shopOrigin)
	if code != http.StatusOK || body["signature"] == "" || hdr.Get("Access-Control-Allow-Origin") != shopOrigin {
		t.Errorf("from its origin: HTTP %d %v ACAO %q", code, body, hdr.Get("Access-Control-Allow-Origin"))
	}
	for _, origin := range []string{"https://evil.example.com", ""} {
		code, hdr, body := sign(origin)
		if code != http.StatusForbidden || gatewaytest.RESTReason(body) != "PERMISSION_DENIED" || hdr.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("from origin %q: HTTP %d %v ACAO %q, want 403 without CORS", origin, code, body, hdr.Get("Access-Control-Allow-Origin"))
		}
	}
	// A write its rules allow is still refused: the key is publishable.
	code, _, body = h.RESTWithHeader("PUT", "/v1/wifi/shops/429620/bar", `{"bar_type":"BAR_TYPE_SHOP_NAME"}`, "Authorization", auth, "Origin", shopOrigin)
	if code != http.StatusForbidden || !strings.Contains(body["message"].(string), "only reads") {
		t.Errorf("a write from a browser caller: HTTP %d %v", code, body)
	}
	if code, body := h.REST("GET", "/v1/wifi/connect-url", "", "Authorization", auth, "Origin", shopOrigin); code != http.StatusOK {
		t.Errorf("a read from a browser caller: HTTP %d %v", code, body)
	}
	// Its page can read a 401 too.
	code, hdr, _ = h.RESTWithHeader("POST", "/v1/jssdk/config:sign", `{"url":"https://shop.example.com/"}`, "Origin", shopOrigin)
	if code != http.StatusUnauthorized || hdr.Get("Access-Control-Allow-Origin") != shopOrigin {
		t.Errorf("401 for its page: HTTP %d ACAO %q", code, hdr.Get("Access-Control-Allow-Origin"))
	}

	// Over gRPC there is no page: refused, even with the origin metadata forged.
	jc := jssdkv1.NewJsSdkServiceClient(h.Conn)
	for _, ctx := range []context.Context{
		gatewaytest.WithKey(h.Ctx(""), key),
		metadata.AppendToOutgoingContext(gatewaytest.WithKey(h.Ctx(""), key), callers.OriginMetadata, shopOrigin),
	} {
		_, err := jc.SignConfig(ctx, &jssdkv1.SignConfigRequest{Url: "https://shop.example.com/"})
		gatewaytest.AssertStatus(t, err, codes.PermissionDenied, "PERMISSION_DENIED")
	}
	if n := len(h.Sim.RequestsTo("/bizwifi/bar/set")); n != 0 {
		t.Errorf("WeChat got %d bar/set", n)
	}
}

// TestCORSPreflight: a preflight from an allowed origin is answered with the
// methods and headers allowed, never credentials; from another origin it is
// refused.
func TestCORSPreflight(t *testing.T) {
	h, _ := browserGateway(t)
	preflight := func(origin string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest("OPTIONS", h.Base+"/v1/jssdk/config:sign", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		resp, err := h.HTTP.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	resp := preflight(shopOrigin)
	hd := resp.Header
	if resp.StatusCode != http.StatusNoContent || hd.Get("Access-Control-Allow-Origin") != shopOrigin ||
		!strings.Contains(hd.Get("Access-Control-Allow-Methods"), "POST") || !strings.Contains(hd.Get("Access-Control-Allow-Headers"), "Authorization") ||
		hd.Get("Access-Control-Allow-Credentials") != "" {
		t.Errorf("preflight from its origin: HTTP %d %v", resp.StatusCode, hd)
	}
	if resp := preflight("https://evil.example.com"); resp.StatusCode != http.StatusForbidden || resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("preflight from another origin: HTTP %d %v", resp.StatusCode, resp.Header)
	}
}
