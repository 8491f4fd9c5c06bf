package wifi_test

import (
	"net/http"
	"testing"

	"google.golang.org/grpc/codes"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/gatewaytest"
)

// TestWeChatErrors: the Wi-Fi errcodes the simulator gives for a state that does
// not allow a call come back as the gRPC code that says what to do about them.
func TestWeChatErrors(t *testing.T) {
	h := start(t)
	ctx := h.Ctx("")
	if _, err := h.wifi.AddPasswordDevice(ctx, &wifiv1.AddPasswordDeviceRequest{ShopId: 429620, Ssid: "WX1", Password: "12345678"}); err != nil {
		t.Fatal(err)
	}
	if _, err := h.wifi.RegisterPortalDevice(ctx, &wifiv1.RegisterPortalDeviceRequest{ShopId: 429621, Ssid: "WXportal"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		call   func() error
		code   codes.Code
		reason string
	}{
		{"the same ssid twice", func() error {
			_, err := h.wifi.AddPasswordDevice(ctx, &wifiv1.AddPasswordDeviceRequest{ShopId: 429620, Ssid: "WX1", Password: "87654321"})
			return err
		}, codes.AlreadyExists, "WECHAT_9002016"},
		{"a password device in a portal shop", func() error {
			_, err := h.wifi.AddPasswordDevice(ctx, &wifiv1.AddPasswordDeviceRequest{ShopId: 429621, Ssid: "WX2", Password: "87654321"})
			return err
		}, codes.FailedPrecondition, "WECHAT_9002022"},
		{"a portal device in a password shop", func() error {
			_, err := h.wifi.RegisterPortalDevice(ctx, &wifiv1.RegisterPortalDeviceRequest{ShopId: 429620, Ssid: "WX3"})
			return err
		}, codes.FailedPrecondition, "WECHAT_9002028"},
		{"a password for a portal shop", func() error {
			_, err := h.wifi.UpdateShop(ctx, &wifiv1.UpdateShopRequest{ShopId: 429621, Ssid: "WXportal2", Password: "87654321"})
			return err
		}, codes.FailedPrecondition, "WECHAT_9002037"},
		{"updating a shop without a network", func() error {
			_, err := h.wifi.UpdateShop(ctx, &wifiv1.UpdateShopRequest{ShopId: 7921527, Ssid: "WX4"})
			return err
		}, codes.FailedPrecondition, "WECHAT_9002039"},
		{"deleting an unknown device", func() error {
			_, err := h.wifi.DeleteDevice(ctx, &wifiv1.DeleteDeviceRequest{Bssid: "00:1f:7a:ad:5c:a8"})
			return err
		}, codes.NotFound, "WECHAT_9002017"},
		{"an unknown shop", func() error {
			_, err := h.wifi.GetShop(ctx, &wifiv1.GetShopRequest{ShopId: 1})
			return err
		}, codes.NotFound, "WECHAT_9002009"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gatewaytest.AssertStatus(t, tt.call(), tt.code, tt.reason)
		})
	}

	code, body := h.REST("POST", "/v1/wifi/shops/429620/devices", `{"ssid":"WX1","password":"87654321"}`)
	if code != http.StatusConflict || gatewaytest.RESTReason(body) != "WECHAT_9002016" {
		t.Errorf("REST duplicate: HTTP %d %v, want 409 WECHAT_9002016", code, body)
	}
}
