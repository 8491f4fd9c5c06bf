package server_test

import (
	"context"
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

const (
	pathConnectURL = "/bizwifi/account/get_connecturl" // a GET: idempotent
	pathBarSet     = "/bizwifi/bar/set"                // a write: attempted once
	pathQrcode     = "/bizwifi/qrcode/get"
	pathHomepage   = "/bizwifi/homepage/get"
)

// TestOneTokenFetchAcrossExpiry: 1,000 concurrent calls that all find the token
// expired share a single fetch.
func TestOneTokenFetchAcrossExpiry(t *testing.T) {
	h := start(t, gatewaytest.Unlimited)
	if _, err := h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{}); err != nil {
		t.Fatal(err)
	}
	if got := h.Sim.TokenFetches(); got != 1 {
		t.Fatalf("token fetches after the first call = %d, want 1", got)
	}
	h.Sim.ExpireTokens()           // WeChat's side
	h.Clock.Advance(2 * time.Hour) // the gateway's side: past expiry

	const calls = 1000
	var wg sync.WaitGroup
	errs := make(chan error, calls)
	for range calls {
		wg.Go(func() {
			_, err := h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{})
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := h.Sim.TokenFetches(); got != 2 {
		t.Errorf("token fetches = %d, want 2 (one before, one across the expiry)", got)
	}
	if got := len(h.Sim.RequestsTo(pathConnectURL)); got != calls+1 {
		t.Errorf("upstream calls = %d, want %d: none refused for its token", got, calls+1)
	}
}

// TestRefusedTokenRefreshedOnce: WeChat refusing the token (it was replaced behind
// the gateway's back) costs one invalidation, one fetch and one retry.
func TestRefusedTokenRefreshedOnce(t *testing.T) {
	h := start(t)
	if _, err := h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{}); err != nil {
		t.Fatal(err)
	}
	h.Sim.InvalidateTokens()
	h.Sim.ResetRequests()
	if _, err := h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{}); err != nil {
		t.Fatalf("call after the token was invalidated: %v", err)
	}
	if got := h.Sim.TokenFetches(); got != 2 {
		t.Errorf("token fetches = %d, want 2", got)
	}
	if got := len(h.Sim.RequestsTo(pathConnectURL)); got != 2 {
		t.Errorf("upstream calls = %d, want 2 (the refused one and its one retry)", got)
	}

	// A second refusal goes back to the caller: no loop.
	h.Sim.ResetRequests()
	h.Sim.Inject(pathBarSet, wechatsim.Fault{Errcode: 40001})
	_, err := h.wifi.SetBar(h.Ctx(""), &wifiv1.SetBarRequest{ShopId: 429620, BarType: wifiv1.BarType_BAR_TYPE_SHOP_NAME})
	gatewaytest.AssertStatus(t, err, codes.Unavailable, "WECHAT_40001")
	if got := len(h.Sim.RequestsTo(pathBarSet)); got != 2 {
		t.Errorf("upstream calls = %d, want 2: one retry after the refresh, no more", got)
	}
	if got := h.Sim.TokenFetches(); got != 3 {
		t.Errorf("token fetches = %d, want 3: one refresh for the refused call", got)
	}
}

// TestSystemBusyRetried: errcode -1 is retried for idempotent calls and not for
// writes.
func TestSystemBusyRetried(t *testing.T) {
	h := start(t)
	h.Sim.Inject(pathQrcode, wechatsim.Fault{Errcode: -1, Times: 2})
	if _, err := h.wifi.GetQrcode(h.Ctx(""), &wifiv1.GetQrcodeRequest{ShopId: 429620, ImgId: wifiv1.QrcodeImage_QRCODE_IMAGE_PLAIN}); err != nil {
		t.Fatalf("read after two busy answers: %v", err)
	}
	if got := len(h.Sim.RequestsTo(pathQrcode)); got != 3 {
		t.Errorf("upstream calls = %d, want 3", got)
	}

	h.Sim.Inject(pathBarSet, wechatsim.Fault{Errcode: -1, Times: 1})
	_, err := h.wifi.SetBar(h.Ctx(""), &wifiv1.SetBarRequest{ShopId: 429620, BarType: wifiv1.BarType_BAR_TYPE_SHOP_NAME})
	gatewaytest.AssertStatus(t, err, codes.Unavailable, "WECHAT_-1")
	if got := len(h.Sim.RequestsTo(pathBarSet)); got != 1 {
		t.Errorf("write attempted %d times, want 1", got)
	}
}

// TestErrorMapping: every row of DESIGN.md's error table, over gRPC and REST.
func TestErrorMapping(t *testing.T) {
	h := start(t, gatewaytest.Unlimited)
	tests := []struct {
		fault    wechatsim.Fault
		code     codes.Code
		httpCode int
		reason   string
	}{
		{wechatsim.Fault{Errcode: -1}, codes.Unavailable, 503, "WECHAT_-1"},
		{wechatsim.Fault{Errcode: 40014}, codes.Unavailable, 503, "WECHAT_40014"},
		{wechatsim.Fault{Errcode: 42001}, codes.Unavailable, 503, "WECHAT_42001"},
		{wechatsim.Fault{Errcode: 40013}, codes.FailedPrecondition, 400, "WECHAT_40013"},
		{wechatsim.Fault{Errcode: 40125}, codes.FailedPrecondition, 400, "WECHAT_40125"},
		{wechatsim.Fault{Errcode: 40164}, codes.FailedPrecondition, 400, "WECHAT_40164"},
		{wechatsim.Fault{Errcode: 45009}, codes.ResourceExhausted, 429, "WECHAT_45009"},
		{wechatsim.Fault{Errcode: 45011}, codes.ResourceExhausted, 429, "WECHAT_45011"},
		{wechatsim.Fault{Errcode: 48001}, codes.PermissionDenied, 403, "WECHAT_48001"},
		{wechatsim.Fault{Errcode: 50001}, codes.PermissionDenied, 403, "WECHAT_50001"},
		{wechatsim.Fault{Errcode: 43104}, codes.PermissionDenied, 403, "WECHAT_43104"},
		{wechatsim.Fault{Errcode: 40097}, codes.InvalidArgument, 400, "WECHAT_40097"},
		{wechatsim.Fault{Errcode: 65115}, codes.NotFound, 404, "WECHAT_65115"},
		{wechatsim.Fault{Errcode: 85038}, codes.AlreadyExists, 409, "WECHAT_85038"},
		{wechatsim.Fault{Errcode: 85040}, codes.AlreadyExists, 409, "WECHAT_85040"},
		{wechatsim.Fault{Errcode: 85041}, codes.AlreadyExists, 409, "WECHAT_85041"},
		{wechatsim.Fault{Errcode: 85050}, codes.FailedPrecondition, 400, "WECHAT_85050"},
		{wechatsim.Fault{Errcode: 99999}, codes.Unknown, 500, "WECHAT_99999"},
		{wechatsim.Fault{HTTPStatus: 502}, codes.Unavailable, 503, "UPSTREAM_UNAVAILABLE"},
		{wechatsim.Fault{Drop: true}, codes.Unavailable, 503, "UPSTREAM_UNAVAILABLE"},
		{wechatsim.Fault{NonJSON: true}, codes.Unavailable, 503, "UPSTREAM_BAD_ANSWER"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			h.Sim.ClearFaults()
			h.Sim.Inject(pathBarSet, tt.fault)
			_, err := h.wifi.SetBar(h.Ctx(""), &wifiv1.SetBarRequest{ShopId: 429620, BarType: wifiv1.BarType_BAR_TYPE_SHOP_NAME})
			info := gatewaytest.AssertStatus(t, err, tt.code, tt.reason)
			if tt.fault.Errcode != 0 {
				if info.GetDomain() != "api.weixin.qq.com" || info.GetMetadata()["errcode"] != strconv.Itoa(tt.fault.Errcode) || info.GetMetadata()["errmsg"] == "" {
					t.Errorf("ErrorInfo = %v, want domain api.weixin.qq.com with errcode and errmsg", info)
				}
			}
			code, body := h.REST(http.MethodPut, "/v1/wifi/shops/429620/bar", `{"bar_type":"BAR_TYPE_SHOP_NAME"}`)
			if code != tt.httpCode {
				t.Errorf("HTTP status = %d, want %d (%v)", code, tt.httpCode, body)
			}
			if got := gatewaytest.RESTReason(body); got != tt.reason {
				t.Errorf("REST ErrorInfo reason = %q, want %q (%v)", got, tt.reason, body)
			}
		})
	}
	h.Sim.ClearFaults()
}

// TestQuotaErrorsSayWhenToRetry: WeChat's minute quota comes back with RetryInfo
// and a Retry-After header.
func TestQuotaErrorsSayWhenToRetry(t *testing.T) {
	h := start(t)
	h.Sim.Inject(pathBarSet, wechatsim.Fault{Errcode: 45011})
	_, err := h.wifi.SetBar(h.Ctx(""), &wifiv1.SetBarRequest{ShopId: 429620, BarType: wifiv1.BarType_BAR_TYPE_SHOP_NAME})
	if d := gatewaytest.RetryDelay(err); d != time.Minute {
		t.Errorf("RetryInfo delay = %v, want 1m", d)
	}
}

// TestCallerDeadline: a caller's deadline bounds the upstream call and comes back as
// DEADLINE_EXCEEDED (HTTP 504), not as an upstream failure.
func TestCallerDeadline(t *testing.T) {
	h := start(t)
	h.Sim.Inject(pathConnectURL, wechatsim.Fault{Latency: 5 * time.Second})

	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	began := time.Now()
	_, err := h.wifi.GetConnectUrl(ctx, &wifiv1.GetConnectUrlRequest{})
	if status.Code(err) != codes.DeadlineExceeded {
		t.Errorf("gRPC: %v, want DEADLINE_EXCEEDED", err)
	}
	code, body := h.REST(http.MethodGet, "/v1/wifi/connect-url", "", "Grpc-Timeout", "300m")
	if code != http.StatusGatewayTimeout {
		t.Errorf("REST: HTTP %d %v, want 504", code, body)
	}
	if took := time.Since(began); took > 3*time.Second {
		t.Errorf("the calls took %v: the deadline did not reach the upstream request", took)
	}
	if got := len(h.Sim.RequestsTo(pathConnectURL)); got != 2 {
		t.Errorf("WeChat got %d calls, want 2 (no retry past the deadline)", got)
	}
}
