package wifi_test

import (
	"strings"
	"testing"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/gatewaytest"
)

// TestBadInputNeverReachesWeChat: input that breaks a rule WeChat's documents state
// (or one of the gateway's own: page tokens, page sizes) is INVALID_ARGUMENT / HTTP
// 400 naming the field, over REST and gRPC, and WeChat is not called.
func TestBadInputNeverReachesWeChat(t *testing.T) {
	h := start(t)
	// Real page tokens, to misuse: one of the device list of every shop, one of the
	// shop list. Getting them calls WeChat, before the count starts.
	for _, ssid := range []string{"WX1", "WX2"} {
		if _, err := h.wifi.AddPasswordDevice(h.Ctx(""), &wifiv1.AddPasswordDeviceRequest{ShopId: 429620, Ssid: ssid, Password: "12345678"}); err != nil {
			t.Fatal(err)
		}
	}
	devices, err := h.wifi.ListDevices(h.Ctx(""), &wifiv1.ListDevicesRequest{PageSize: 1})
	if err != nil {
		t.Fatal(err)
	}
	shops, err := h.wifi.ListShops(h.Ctx(""), &wifiv1.ListShopsRequest{PageSize: 1})
	if err != nil {
		t.Fatal(err)
	}
	deviceToken, shopToken := devices.GetNextPageToken(), shops.GetNextPageToken()
	if deviceToken == "" || shopToken == "" {
		t.Fatalf("no next page tokens: %v, %v", devices, shops)
	}
	tampered := deviceToken[:len(deviceToken)-2] + "zz"
	h.Sim.ResetRequests()

	long := strings.Repeat("W", 33)
	tests := []struct {
		name, method, path, body, field string
	}{
		{"shops negative page_size", "GET", "/v1/wifi/shops?page_size=-1", "", "page_size"},
		{"shops garbage page_token", "GET", "/v1/wifi/shops?page_token=garbage!", "", "page_token"},
		{"shops device list token", "GET", "/v1/wifi/shops?page_token=" + deviceToken, "", "page_token"},

		{"get shop 0", "GET", "/v1/wifi/shops/0", "", "shop_id"},
		{"get shop not a number", "GET", "/v1/wifi/shops/abc", "", "shop_id"},

		{"update short password", "PATCH", "/v1/wifi/shops/429620", `{"password":"WX1234"}`, "password"},
		{"update Chinese password", "PATCH", "/v1/wifi/shops/429620", `{"password":"WX密码密码密码"}`, "password"},
		{"update long ssid", "PATCH", "/v1/wifi/shops/429620", `{"ssid":"` + long + `"}`, "ssid"},
		{"update shop 0", "PATCH", "/v1/wifi/shops/0", `{"ssid":"WX9"}`, "shop_id"},

		{"clean shop 0", "POST", "/v1/wifi/shops/0:clean", `{}`, "shop_id"},

		{"add without ssid", "POST", "/v1/wifi/shops/429620/devices", `{"password":"WX345678"}`, "ssid"},
		{"add short password", "POST", "/v1/wifi/shops/429620/devices", `{"ssid":"WX9","password":"1234567"}`, "password"},
		{"add long password", "POST", "/v1/wifi/shops/429620/devices", `{"ssid":"WX9","password":"` + strings.Repeat("1", 25) + `"}`, "password"},
		{"add without WX", "POST", "/v1/wifi/shops/429620/devices", `{"ssid":"cafe","password":"12345678"}`, "ssid"},
		{"add Chinese password", "POST", "/v1/wifi/shops/429620/devices", `{"ssid":"WX9","password":"密码12345678"}`, "password"},
		{"add shop 0", "POST", "/v1/wifi/shops/0/devices", `{"ssid":"WX9","password":"12345678"}`, "shop_id"},

		{"portal without ssid", "POST", "/v1/wifi/shops/429621/portal-devices", `{"reset":true}`, "ssid"},
		{"portal ssid over 30", "POST", "/v1/wifi/shops/429621/portal-devices", `{"ssid":"` + strings.Repeat("W", 31) + `"}`, "ssid"},
		{"portal shop 0", "POST", "/v1/wifi/shops/0/portal-devices", `{"ssid":"WX9"}`, "shop_id"},

		{"devices negative page_size", "GET", "/v1/wifi/devices?page_size=-5", "", "page_size"},
		{"devices shop list token", "GET", "/v1/wifi/devices?page_token=" + shopToken, "", "page_token"},
		{"devices token of another shop_id", "GET", "/v1/wifi/devices?shop_id=429620&page_token=" + deviceToken, "", "page_token"},
		{"devices tampered token", "GET", "/v1/wifi/devices?page_token=" + tampered, "", "page_token"},

		{"delete not a mac", "DELETE", "/v1/wifi/devices/not-a-mac", "", "bssid"},
		{"delete short mac", "DELETE", "/v1/wifi/devices/00:1f:7a:ad:5c", "", "bssid"},
		{"delete dashed mac", "DELETE", "/v1/wifi/devices/00-1f-7a-ad-5c-a8", "", "bssid"},

		{"finish page without url", "PUT", "/v1/wifi/shops/429620/finish-page", `{}`, "finishpage_url"},
		{"finish page shop 0", "PUT", "/v1/wifi/shops/0/finish-page", `{"finishpage_url":"https://a.example/"}`, "shop_id"},

		{"statistics without begin_date", "GET", "/v1/wifi/statistics?end_date=2015-05-02", "", "begin_date"},
		{"statistics slashed date", "GET", "/v1/wifi/statistics?begin_date=2015/05/01&end_date=2015-05-02", "", "begin_date"},
		{"statistics no such day", "GET", "/v1/wifi/statistics?begin_date=2015-02-30&end_date=2015-03-02", "", "begin_date"},
		{"statistics end before begin", "GET", "/v1/wifi/statistics?begin_date=2015-05-02&end_date=2015-05-01", "", "end_date"},
		{"statistics 31 days", "GET", "/v1/wifi/statistics?begin_date=2015-05-01&end_date=2015-05-31", "", "end_date"},

		{"coupon without card_id", "PUT", "/v1/wifi/shops/429620/coupon-put",
			`{"card_describe":"10元代金券","start_time":"2026-01-01T00:00:00Z","end_time":"2026-02-01T00:00:00Z"}`, "card_id"},
		{"coupon describe over 18", "PUT", "/v1/wifi/shops/429620/coupon-put",
			`{"card_id":"p1","card_describe":"` + strings.Repeat("券", 19) + `","start_time":"2026-01-01T00:00:00Z","end_time":"2026-02-01T00:00:00Z"}`, "card_describe"},
		{"coupon without start_time", "PUT", "/v1/wifi/shops/429620/coupon-put",
			`{"card_id":"p1","card_describe":"x","end_time":"2026-01-01T00:00:00Z"}`, "start_time"},
		{"get coupon shop not a number", "GET", "/v1/wifi/shops/x/coupon-put", "", "shop_id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { h.AssertRESTBadRequest(t, tt.method, tt.path, tt.body, tt.field) })
	}

	grpcTests := []struct {
		name   string
		call   func() error
		fields []string
	}{
		{"list shops with a tampered token", func() error {
			_, err := h.wifi.ListShops(h.Ctx(""), &wifiv1.ListShopsRequest{PageToken: tampered})
			return err
		}, []string{"page_token"}},
		{"add with nothing set", func() error {
			_, err := h.wifi.AddPasswordDevice(h.Ctx(""), &wifiv1.AddPasswordDeviceRequest{})
			return err
		}, []string{"shop_id", "ssid", "password"}},
		{"portal with nothing set", func() error {
			_, err := h.wifi.RegisterPortalDevice(h.Ctx(""), &wifiv1.RegisterPortalDeviceRequest{})
			return err
		}, []string{"shop_id", "ssid"}},
		{"delete without bssid", func() error {
			_, err := h.wifi.DeleteDevice(h.Ctx(""), &wifiv1.DeleteDeviceRequest{})
			return err
		}, []string{"bssid"}},
		{"statistics without dates", func() error {
			_, err := h.wifi.ListStatistics(h.Ctx(""), &wifiv1.ListStatisticsRequest{})
			return err
		}, []string{"begin_date", "end_date"}},
		{"statistics 2015-02-29, no such day", func() error {
			_, err := h.wifi.ListStatistics(h.Ctx(""), &wifiv1.ListStatisticsRequest{BeginDate: "2015-02-29", EndDate: "2015-03-01"})
			return err
		}, []string{"begin_date"}},
		{"coupon with nothing set", func() error {
			_, err := h.wifi.SetCouponPut(h.Ctx(""), &wifiv1.SetCouponPutRequest{})
			return err
		}, []string{"card_id", "card_describe", "start_time", "end_time"}},
		{"finish page with nothing set", func() error {
			_, err := h.wifi.SetFinishPage(h.Ctx(""), &wifiv1.SetFinishPageRequest{})
			return err
		}, []string{"shop_id", "finishpage_url"}},
	}
	for _, tt := range grpcTests {
		t.Run("grpc "+tt.name, func(t *testing.T) { gatewaytest.AssertBadRequest(t, tt.call(), tt.fields...) })
	}
	if got := h.Sim.Requests(); len(got) != 0 {
		t.Errorf("WeChat got %d calls for bad input: %v", len(got), got)
	}
}

// TestUnstatedRulesLeftToWeChat: input that no WeChat document refuses reaches
// WeChat, which answers it: the gateway once refused each of these itself.
func TestUnstatedRulesLeftToWeChat(t *testing.T) {
	h := start(t)
	for _, ssid := range []string{"WX1", "WX2"} {
		if _, err := h.wifi.AddPasswordDevice(h.Ctx(""), &wifiv1.AddPasswordDeviceRequest{ShopId: 429620, Ssid: ssid, Password: "12345678"}); err != nil {
			t.Fatal(err)
		}
	}
	const coupon = `"card_id":"p1","card_describe":"x","start_time":"2026-01-01T00:00:00Z","end_time":"2026-02-01T00:00:00Z"`
	tests := []struct {
		name, method, path, body, upstream, reason string
	}{
		// Shop ids: WeChat says a shop id is required, not what it may be.
		{"get a negative shop", "GET", "/v1/wifi/shops/-3", "", "/bizwifi/shop/get", "WECHAT_9002009"},
		{"devices of a negative shop", "GET", "/v1/wifi/devices?shop_id=-1", "", "/bizwifi/device/list", "WECHAT_9002009"},
		{"statistics of shop -2", "GET", "/v1/wifi/statistics?begin_date=2015-05-01&end_date=2015-05-02&shop_id=-2", "", "/bizwifi/statistics/list", "WECHAT_9002009"},
		{"coupon of a negative shop", "PUT", "/v1/wifi/shops/-1/coupon-put", "{" + coupon + "}", "/bizwifi/couponput/set", "WECHAT_9002009"},
		{"get coupon of a negative shop", "GET", "/v1/wifi/shops/-1/coupon-put", "", "/bizwifi/couponput/get", "WECHAT_9002009"},
		// Which of ssid and password an update needs depends on the shop's devices.
		{"update naming only old_ssid", "PATCH", "/v1/wifi/shops/429620", `{"old_ssid":"WX1"}`, "/bizwifi/shop/update", "WECHAT_9002007"},
		// No length is stated for the SSID to clean or to show.
		{"clean a 33-character ssid", "POST", "/v1/wifi/shops/429620:clean", `{"ssid":"` + strings.Repeat("W", 33) + `"}`, "/bizwifi/shop/clean", "WECHAT_9002008"},
		{"qrcode of a 33-character ssid", "GET", "/v1/wifi/shops/429620/qrcode?img_id=QRCODE_IMAGE_PLAIN&ssid=" + strings.Repeat("W", 33), "", "/bizwifi/qrcode/get", ""},
		// "不能包含中文字符": a password may hold other non-ASCII characters.
		{"password with accents", "POST", "/v1/wifi/shops/429620/devices", `{"ssid":"WX-café","password":"pässwörd1"}`, "/bizwifi/device/add", ""},
		// The finish page URL's form is WeChat's to judge.
		{"finish page ftp url", "PUT", "/v1/wifi/shops/429620/finish-page", `{"finishpage_url":"ftp://a.example/"}`, "/bizwifi/finishpage/set", "WECHAT_40097"},
		{"finish page with a Chinese path", "PUT", "/v1/wifi/shops/429620/finish-page", `{"finishpage_url":"https://shop.example.com/完成"}`, "/bizwifi/finishpage/set", ""},
		// The order of the delivery's times is WeChat's to judge.
		{"coupon ending before it starts", "PUT", "/v1/wifi/shops/429620/coupon-put",
			`{"card_id":"p1","card_describe":"x","start_time":"2026-02-01T00:00:00Z","end_time":"2026-01-01T00:00:00Z"}`, "/bizwifi/couponput/set", "WECHAT_9002008"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { h.AssertRESTReachesWeChat(t, tt.method, tt.path, tt.body, tt.upstream, tt.reason) })
	}
}
