package server_test

import (
	"net/http"
	"strings"
	"testing"

	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/testing/protocmp"

	"github.com/google/go-cmp/cmp"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/gatewaytest"
)

// TestWifiRPCs calls each Wi-Fi RPC over gRPC and over REST and checks both the
// answer and the request WeChat (the simulator) received.
func TestWifiRPCs(t *testing.T) {
	h := start(t)
	tests := []struct {
		name     string
		grpc     func() (proto.Message, error)
		wantGRPC proto.Message
		method   string
		path     string
		body     string
		wantREST map[string]any
		upstream string
		wantSent map[string]any // nil: no body
	}{{
		name: "GetPluginToken",
		grpc: func() (proto.Message, error) {
			return h.wifi.GetPluginToken(h.Ctx(""), &wifiv1.GetPluginTokenRequest{CallbackUrl: "https://example.com/done"})
		},
		wantGRPC: &wifiv1.GetPluginTokenResponse{IsOpen: false, WifiToken: "*"},
		method:   http.MethodPost, path: "/v1/wifi/plugin-token", body: `{"callback_url":"https://example.com/done"}`,
		wantREST: map[string]any{"is_open": false, "wifi_token": "*"},
		upstream: "/bizwifi/openplugin/token",
		wantSent: map[string]any{"callback_url": "https://example.com/done"},
	}, {
		name: "GetQrcode",
		grpc: func() (proto.Message, error) {
			return h.wifi.GetQrcode(h.Ctx(""), &wifiv1.GetQrcodeRequest{ShopId: 429620, ImgId: wifiv1.QrcodeImage_QRCODE_IMAGE_POSTER})
		},
		wantGRPC: &wifiv1.GetQrcodeResponse{QrcodeUrl: "*"},
		method:   http.MethodGet, path: "/v1/wifi/shops/429620/qrcode?img_id=QRCODE_IMAGE_POSTER",
		wantREST: map[string]any{"qrcode_url": "*"},
		upstream: "/bizwifi/qrcode/get",
		wantSent: map[string]any{"shop_id": 429620.0, "img_id": 1.0},
	}, {
		name: "GetQrcode plain with ssid",
		grpc: func() (proto.Message, error) {
			return h.wifi.GetQrcode(h.Ctx(""), &wifiv1.GetQrcodeRequest{ShopId: 429620, ImgId: wifiv1.QrcodeImage_QRCODE_IMAGE_PLAIN, Ssid: "WX123"})
		},
		wantGRPC: &wifiv1.GetQrcodeResponse{QrcodeUrl: "*"},
		method:   http.MethodGet, path: "/v1/wifi/shops/429620/qrcode?img_id=QRCODE_IMAGE_PLAIN&ssid=WX123",
		wantREST: map[string]any{"qrcode_url": "*"},
		upstream: "/bizwifi/qrcode/get",
		wantSent: map[string]any{"shop_id": 429620.0, "img_id": 0.0, "ssid": "WX123"},
	}, {
		name: "GetConnectUrl",
		grpc: func() (proto.Message, error) {
			return h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{})
		},
		wantGRPC: &wifiv1.GetConnectUrlResponse{ConnectUrl: "*"},
		method:   http.MethodGet, path: "/v1/wifi/connect-url",
		wantREST: map[string]any{"connect_url": "*"},
		upstream: "/bizwifi/account/get_connecturl",
	}, {
		name: "SetHomepage custom url",
		grpc: func() (proto.Message, error) {
			return h.wifi.SetHomepage(h.Ctx(""), &wifiv1.SetHomepageRequest{ShopId: 429620, TemplateId: wifiv1.HomepageTemplate_HOMEPAGE_TEMPLATE_CUSTOM_URL, Url: "https://shop.example.com/"})
		},
		wantGRPC: &wifiv1.SetHomepageResponse{},
		method:   http.MethodPut, path: "/v1/wifi/shops/429620/homepage", body: `{"template_id":"HOMEPAGE_TEMPLATE_CUSTOM_URL","url":"https://shop.example.com/"}`,
		wantREST: map[string]any{},
		upstream: "/bizwifi/homepage/set",
		wantSent: map[string]any{"shop_id": 429620.0, "template_id": 1.0, "struct": map[string]any{"url": "https://shop.example.com/"}},
	}, {
		name: "GetHomepage",
		grpc: func() (proto.Message, error) {
			return h.wifi.GetHomepage(h.Ctx(""), &wifiv1.GetHomepageRequest{ShopId: 429620})
		},
		wantGRPC: &wifiv1.GetHomepageResponse{ShopId: 429620, TemplateId: wifiv1.HomepageTemplate_HOMEPAGE_TEMPLATE_CUSTOM_URL, Url: "https://shop.example.com/"},
		method:   http.MethodGet, path: "/v1/wifi/shops/429620/homepage",
		wantREST: map[string]any{"shop_id": "429620", "template_id": "HOMEPAGE_TEMPLATE_CUSTOM_URL", "url": "https://shop.example.com/"},
		upstream: "/bizwifi/homepage/get",
		wantSent: map[string]any{"shop_id": 429620.0},
	}, {
		name: "SetHomepage default template",
		grpc: func() (proto.Message, error) {
			return h.wifi.SetHomepage(h.Ctx(""), &wifiv1.SetHomepageRequest{ShopId: 429621, TemplateId: wifiv1.HomepageTemplate_HOMEPAGE_TEMPLATE_DEFAULT})
		},
		wantGRPC: &wifiv1.SetHomepageResponse{},
		method:   http.MethodPut, path: "/v1/wifi/shops/429621/homepage", body: `{"template_id":"HOMEPAGE_TEMPLATE_DEFAULT"}`,
		wantREST: map[string]any{},
		upstream: "/bizwifi/homepage/set",
		wantSent: map[string]any{"shop_id": 429621.0, "template_id": 0.0},
	}, {
		name: "SetBar",
		grpc: func() (proto.Message, error) {
			return h.wifi.SetBar(h.Ctx(""), &wifiv1.SetBarRequest{ShopId: 429620, BarType: wifiv1.BarType_BAR_TYPE_SHOP_NAME})
		},
		wantGRPC: &wifiv1.SetBarResponse{},
		method:   http.MethodPut, path: "/v1/wifi/shops/429620/bar", body: `{"bar_type":"BAR_TYPE_SHOP_NAME"}`,
		wantREST: map[string]any{},
		upstream: "/bizwifi/bar/set",
		wantSent: map[string]any{"shop_id": 429620.0, "bar_type": 1.0},
	}}
	for _, tt := range tests {
		t.Run(tt.name+"/grpc", func(t *testing.T) {
			got, err := tt.grpc()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantGRPC, got, protocmp.Transform(), gatewaytest.AnyNonEmptyString()); diff != "" {
				t.Errorf("answer (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantSent, h.LastBody(tt.upstream)); diff != "" {
				t.Errorf("sent to WeChat (-want +got):\n%s", diff)
			}
		})
		t.Run(tt.name+"/rest", func(t *testing.T) {
			h.Sim.ResetRequests()
			code, got := h.REST(tt.method, tt.path, tt.body)
			if code != http.StatusOK {
				t.Fatalf("HTTP %d: %v", code, got)
			}
			if diff := cmp.Diff(tt.wantREST, got, gatewaytest.AnyNonEmptyString()); diff != "" {
				t.Errorf("answer (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantSent, h.LastBody(tt.upstream)); diff != "" {
				t.Errorf("sent to WeChat (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRequiredEnumMessage: a required enum left unset says so and lists the values.
func TestRequiredEnumMessage(t *testing.T) {
	h := start(t, gatewaytest.Unlimited)
	_, err := h.wifi.GetQrcode(h.Ctx(""), &wifiv1.GetQrcodeRequest{ShopId: 429620})
	want := "img_id: is required: one of QRCODE_IMAGE_PLAIN, QRCODE_IMAGE_POSTER"
	if !strings.Contains(status.Convert(err).Message(), want) {
		t.Errorf("%v, want a message containing %q", err, want)
	}
	gatewaytest.AssertBadRequest(t, err, "img_id")
}
