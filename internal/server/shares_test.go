package server_test

import (
	"net/http"
	"sync"
	"testing"

	"google.golang.org/grpc/codes"

	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/ratelimit"
)

const qrcodeRoute = "/v1/wifi/shops/429620/qrcode?img_id=QRCODE_IMAGE_PLAIN"

// wifiCaller may call every WifiService method for main, with the quotas given.
func wifiCaller(name, key string, quotas map[string]ratelimit.Limit) config.Caller {
	return config.Caller{Name: name, Keys: gatewaytest.Keys(key), Accounts: []string{"main"},
		Allow: []string{"wxgate.wifi.v1.WifiService/*"}, Quotas: quotas}
}

// hammerAs makes calls REST calls to GET path with key, spread over the replicas,
// concurrently, and counts the answers by status and ErrorInfo reason.
func hammerAs(gs []*gatewaytest.Gateway, key, path string, calls int) map[string]int {
	var mu sync.Mutex
	got := map[string]int{}
	sem := make(chan struct{}, 20)
	var wg sync.WaitGroup
	for i := range calls {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			code, body := gs[i%len(gs)].REST("GET", path, "", "Authorization", "Bearer "+key)
			k := http.StatusText(code)
			if r := gatewaytest.RESTReason(body); r != "" {
				k = r
			}
			mu.Lock()
			got[k]++
			mu.Unlock()
		})
	}
	wg.Wait()
	return got
}

// TestQuotaSharesAcrossReplicas: an account's daily quota of 100 for
// /bizwifi/qrcode/get, shared by three replicas on Redis; caller a may spend 30 of
// it, b 50, c has no share. a and b, calling at once, each stop exactly at their
// share; c then gets exactly what is left of the account's 100.
func TestQuotaSharesAcrossReplicas(t *testing.T) {
	keyA, _ := callerkey.New()
	keyB, _ := callerkey.New()
	keyC, _ := callerkey.New()
	gs, sim, _ := replicas(t, 3,
		gatewaytest.WithLimits(map[string]ratelimit.Limit{"default": {}, "/bizwifi/qrcode/get": {Daily: 100}}),
		gatewaytest.WithCallers(
			wifiCaller("a", keyA, map[string]ratelimit.Limit{"/bizwifi/qrcode/get": {Daily: 30}}),
			wifiCaller("b", keyB, map[string]ratelimit.Limit{"/bizwifi/qrcode/get": {Daily: 50}}),
			wifiCaller("c", keyC, nil),
		))
	var a, b map[string]int
	var wg sync.WaitGroup
	wg.Go(func() { a = hammerAs(gs, keyA, qrcodeRoute, 60) })
	wg.Go(func() { b = hammerAs(gs, keyB, qrcodeRoute, 80) })
	wg.Wait()
	if a["OK"] != 30 || a["CALLER_DAILY_QUOTA"] != 30 {
		t.Errorf("caller a: %v, want 30 OK and 30 CALLER_DAILY_QUOTA", a)
	}
	if b["OK"] != 50 || b["CALLER_DAILY_QUOTA"] != 30 {
		t.Errorf("caller b: %v, want 50 OK and 30 CALLER_DAILY_QUOTA", b)
	}
	c := hammerAs(gs, keyC, qrcodeRoute, 40)
	if c["OK"] != 20 || c["LOCAL_DAILY_QUOTA"] != 20 {
		t.Errorf("caller c: %v, want 20 OK and 20 LOCAL_DAILY_QUOTA (the account's 100 spent)", c)
	}
	if got := len(sim.RequestsTo("/bizwifi/qrcode/get")); got != 100 {
		t.Errorf("WeChat got %d calls, want the account's 100", got)
	}
}

// TestCallerRateLimit: a caller's own bucket refuses with CALLER_RATE_LIMIT and a
// RetryInfo, over gRPC and REST (with Retry-After), while another caller goes on.
func TestCallerRateLimit(t *testing.T) {
	keyA, _ := callerkey.New()
	keyB, _ := callerkey.New()
	h := start(t, gatewaytest.Unlimited, gatewaytest.WithCallers(
		wifiCaller("a", keyA, map[string]ratelimit.Limit{"/bizwifi/account/get_connecturl": {QPS: 0.5, Burst: 1}}),
		wifiCaller("b", keyB, nil),
	))
	ctxA := gatewaytest.WithKey(h.Ctx(""), keyA)
	if err := h.getConnectURL(ctxA); err != nil {
		t.Fatal(err)
	}
	// The test clock stands still: a's bucket stays empty.
	err := h.getConnectURL(ctxA)
	info := gatewaytest.AssertStatus(t, err, codes.ResourceExhausted, "CALLER_RATE_LIMIT")
	if info.GetMetadata()["caller"] != "a" || info.GetMetadata()["path"] != "/bizwifi/account/get_connecturl" || info.GetMetadata()["account"] != "main" {
		t.Errorf("metadata %v", info.GetMetadata())
	}
	if d := gatewaytest.RetryDelay(err); d <= 0 {
		t.Errorf("RetryInfo delay %v", d)
	}
	code, hdr, body := h.RESTWithHeader("GET", "/v1/wifi/connect-url", "", "Authorization", "Bearer "+keyA)
	if code != http.StatusTooManyRequests || gatewaytest.RESTReason(body) != "CALLER_RATE_LIMIT" || hdr.Get("Retry-After") == "" {
		t.Errorf("REST: HTTP %d %v Retry-After %q", code, body, hdr.Get("Retry-After"))
	}
	for range 3 {
		if err := h.getConnectURL(gatewaytest.WithKey(h.Ctx(""), keyB)); err != nil {
			t.Errorf("caller b: %v", err)
		}
	}
	if got := len(h.Sim.RequestsTo("/bizwifi/account/get_connecturl")); got != 4 {
		t.Errorf("WeChat got %d calls, want 4 (a's refused ones never left)", got)
	}
}
