package wifi_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/testing/protocmp"
	"google.golang.org/protobuf/types/known/timestamppb"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/gatewaytest"
)

// harness is a running gateway and a WifiService client of it.
type harness struct {
	*gatewaytest.Gateway
	wifi wifiv1.WifiServiceClient
}

// start runs a gateway in front of a fresh simulator. The test clock stands still,
// so the default rate limit would never refill: it is lifted.
func start(t *testing.T) *harness {
	t.Helper()
	g := gatewaytest.Start(t, gatewaytest.Unlimited)
	return &harness{Gateway: g, wifi: wifiv1.NewWifiServiceClient(g.Conn)}
}

// step is one call of a scenario, made over gRPC or over REST.
type step struct {
	name     string
	grpc     func(h *harness) (proto.Message, error)
	rest     func() (method, path, body string)
	want     proto.Message // "*" matches any non-empty string the simulator chose
	upstream string        // the WeChat API called
	sent     func() map[string]any
}

// body is a sent func for a body known in advance.
func body(m map[string]any) func() map[string]any { return func() map[string]any { return m } }

// TestEveryRPC runs one scenario through every new RPC, once over gRPC and once
// over REST (each on a fresh gateway, since the calls change the simulator's
// state), and checks both the answer and the body WeChat received.
func TestEveryRPC(t *testing.T) {
	// The simulator makes up the statistics figures: only the rest is compared.
	ignoreFigures := protocmp.IgnoreFields(&wifiv1.Statistic{},
		"total_user", "homepage_uv", "new_fans", "total_fans", "wxconnect_user", "connect_msg_user")

	for _, transport := range []string{"grpc", "rest"} {
		t.Run(transport, func(t *testing.T) {
			h := start(t)
			var bssid string // the device DeleteDevice deletes, learnt from ListDevices
			for _, st := range scenario(time.Now(), &bssid) {
				got := run(t, h, transport, st)
				if diff := cmp.Diff(st.want, got, protocmp.Transform(), gatewaytest.AnyNonEmptyString(), ignoreFigures); diff != "" {
					t.Fatalf("%s: answer (-want +got):\n%s", st.name, diff)
				}
				if l, ok := got.(*wifiv1.ListDevicesResponse); ok && len(l.GetDevices()) == 2 {
					bssid = l.GetDevices()[1].GetBssid()
				}
				if diff := cmp.Diff(st.sent(), h.LastBody(st.upstream)); diff != "" {
					t.Fatalf("%s: sent to WeChat (-want +got):\n%s", st.name, diff)
				}
			}
		})
	}
}

// scenario is the calls TestEveryRPC makes, in order, on the simulator's seeded
// shops; bssid is the device to delete, set by the time DeleteDevice runs.
func scenario(now time.Time, bssid *string) []step {
	now = now.Truncate(time.Second)
	from, until := now.Add(-time.Hour), now.Add(24*time.Hour)
	begin := time.Date(2015, 5, 1, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))
	return []step{{
		name: "ListShops first page",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.ListShops(h.Ctx(""), &wifiv1.ListShopsRequest{PageSize: 2})
		},
		rest: func() (string, string, string) { return "GET", "/v1/wifi/shops?page_size=2", "" },
		want: &wifiv1.ListShopsResponse{
			Shops: []*wifiv1.Shop{
				{ShopId: 429620, ShopName: "南山店", ProtocolType: wifiv1.ProtocolType_PROTOCOL_TYPE_NO_DEVICE},
				{ShopId: 429621, ShopName: "福田店", ProtocolType: wifiv1.ProtocolType_PROTOCOL_TYPE_NO_DEVICE},
			},
			NextPageToken: "*",
			TotalCount:    3,
		},
		upstream: "/bizwifi/shop/list",
		sent:     body(map[string]any{"pageindex": 1.0, "pagesize": 2.0}),
	}, {
		name: "AddPasswordDevice",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.AddPasswordDevice(h.Ctx(""), &wifiv1.AddPasswordDeviceRequest{ShopId: 429620, Ssid: "WX123", Password: "12345678"})
		},
		rest: func() (string, string, string) {
			return "POST", "/v1/wifi/shops/429620/devices", `{"ssid":"WX123","password":"12345678"}`
		},
		want:     &wifiv1.AddPasswordDeviceResponse{},
		upstream: "/bizwifi/device/add",
		sent:     body(map[string]any{"shop_id": 429620.0, "ssid": "WX123", "password": "12345678"}),
	}, {
		name: "AddPasswordDevice second network, WX in the password",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.AddPasswordDevice(h.Ctx(""), &wifiv1.AddPasswordDeviceRequest{ShopId: 429620, Ssid: "Cafe", Password: "WXcafe2024"})
		},
		rest: func() (string, string, string) {
			return "POST", "/v1/wifi/shops/429620/devices", `{"ssid":"Cafe","password":"WXcafe2024"}`
		},
		want:     &wifiv1.AddPasswordDeviceResponse{},
		upstream: "/bizwifi/device/add",
		sent:     body(map[string]any{"shop_id": 429620.0, "ssid": "Cafe", "password": "WXcafe2024"}),
	}, {
		name: "GetShop",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.GetShop(h.Ctx(""), &wifiv1.GetShopRequest{ShopId: 429620})
		},
		rest: func() (string, string, string) { return "GET", "/v1/wifi/shops/429620", "" },
		want: &wifiv1.GetShopResponse{
			ShopId: 429620, ShopName: "南山店", Ssid: "WX123", SsidList: []string{"WX123", "Cafe"},
			SsidPasswordList: []*wifiv1.SsidPassword{{Ssid: "WX123", Password: "12345678"}, {Ssid: "Cafe", Password: "WXcafe2024"}},
			Password:         "12345678", ProtocolType: wifiv1.ProtocolType_PROTOCOL_TYPE_PASSWORD, ApCount: 2,
			TemplateId: wifiv1.HomepageTemplate_HOMEPAGE_TEMPLATE_DEFAULT, BarType: wifiv1.BarType_BAR_TYPE_ACCOUNT_NAME,
		},
		upstream: "/bizwifi/shop/get",
		sent:     body(map[string]any{"shop_id": 429620.0}),
	}, {
		name: "UpdateShop",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.UpdateShop(h.Ctx(""), &wifiv1.UpdateShopRequest{ShopId: 429620, OldSsid: "Cafe", Ssid: "WXcafe", Password: "newpass99"})
		},
		rest: func() (string, string, string) {
			return "PATCH", "/v1/wifi/shops/429620", `{"old_ssid":"Cafe","ssid":"WXcafe","password":"newpass99"}`
		},
		want:     &wifiv1.UpdateShopResponse{},
		upstream: "/bizwifi/shop/update",
		sent:     body(map[string]any{"shop_id": 429620.0, "old_ssid": "Cafe", "ssid": "WXcafe", "password": "newpass99"}),
	}, {
		name: "SetFinishPage",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.SetFinishPage(h.Ctx(""), &wifiv1.SetFinishPageRequest{ShopId: 429620, FinishpageUrl: "https://shop.example.com/done"})
		},
		rest: func() (string, string, string) {
			return "PUT", "/v1/wifi/shops/429620/finish-page", `{"finishpage_url":"https://shop.example.com/done"}`
		},
		want:     &wifiv1.SetFinishPageResponse{},
		upstream: "/bizwifi/finishpage/set",
		sent:     body(map[string]any{"shop_id": 429620.0, "finishpage_url": "https://shop.example.com/done"}),
	}, {
		name: "GetShop shows the update and the finish page",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.GetShop(h.Ctx(""), &wifiv1.GetShopRequest{ShopId: 429620})
		},
		rest: func() (string, string, string) { return "GET", "/v1/wifi/shops/429620", "" },
		want: &wifiv1.GetShopResponse{
			ShopId: 429620, ShopName: "南山店", Ssid: "WX123", SsidList: []string{"WX123", "WXcafe"},
			SsidPasswordList: []*wifiv1.SsidPassword{{Ssid: "WX123", Password: "12345678"}, {Ssid: "WXcafe", Password: "newpass99"}},
			Password:         "12345678", ProtocolType: wifiv1.ProtocolType_PROTOCOL_TYPE_PASSWORD, ApCount: 2,
			TemplateId: wifiv1.HomepageTemplate_HOMEPAGE_TEMPLATE_DEFAULT, BarType: wifiv1.BarType_BAR_TYPE_ACCOUNT_NAME,
			FinishpageUrl: "https://shop.example.com/done",
		},
		upstream: "/bizwifi/shop/get",
		sent:     body(map[string]any{"shop_id": 429620.0}),
	}, {
		name: "ListDevices of a shop",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.ListDevices(h.Ctx(""), &wifiv1.ListDevicesRequest{ShopId: 429620})
		},
		rest: func() (string, string, string) { return "GET", "/v1/wifi/devices?shop_id=429620", "" },
		want: &wifiv1.ListDevicesResponse{
			Devices: []*wifiv1.Device{
				{ShopId: 429620, Ssid: "WX123", Bssid: "*", ProtocolType: wifiv1.ProtocolType_PROTOCOL_TYPE_PASSWORD},
				{ShopId: 429620, Ssid: "WXcafe", Bssid: "*", ProtocolType: wifiv1.ProtocolType_PROTOCOL_TYPE_PASSWORD},
			},
			TotalCount: 2,
		},
		upstream: "/bizwifi/device/list",
		sent:     body(map[string]any{"pageindex": 1.0, "pagesize": 10.0, "shop_id": 429620.0}),
	}, {
		name: "DeleteDevice, the MAC address in capitals",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.DeleteDevice(h.Ctx(""), &wifiv1.DeleteDeviceRequest{Bssid: strings.ToUpper(*bssid)})
		},
		rest:     func() (string, string, string) { return "DELETE", "/v1/wifi/devices/" + strings.ToUpper(*bssid), "" },
		want:     &wifiv1.DeleteDeviceResponse{},
		upstream: "/bizwifi/device/delete",
		sent:     func() map[string]any { return map[string]any{"bssid": *bssid} }, // lower case, as WeChat wants
	}, {
		name: "ListDevices of every shop, after the delete",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.ListDevices(h.Ctx(""), &wifiv1.ListDevicesRequest{})
		},
		rest: func() (string, string, string) { return "GET", "/v1/wifi/devices", "" },
		want: &wifiv1.ListDevicesResponse{
			Devices:    []*wifiv1.Device{{ShopId: 429620, Ssid: "WX123", Bssid: "*", ProtocolType: wifiv1.ProtocolType_PROTOCOL_TYPE_PASSWORD}},
			TotalCount: 1,
		},
		upstream: "/bizwifi/device/list",
		sent:     body(map[string]any{"pageindex": 1.0, "pagesize": 10.0}),
	}, {
		name: "CleanShop one ssid",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.CleanShop(h.Ctx(""), &wifiv1.CleanShopRequest{ShopId: 429620, Ssid: "WXcafe"})
		},
		rest:     func() (string, string, string) { return "POST", "/v1/wifi/shops/429620:clean", `{"ssid":"WXcafe"}` },
		want:     &wifiv1.CleanShopResponse{},
		upstream: "/bizwifi/shop/clean",
		sent:     body(map[string]any{"shop_id": 429620.0, "ssid": "WXcafe"}),
	}, {
		name: "CleanShop whole shop",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.CleanShop(h.Ctx(""), &wifiv1.CleanShopRequest{ShopId: 429620})
		},
		rest:     func() (string, string, string) { return "POST", "/v1/wifi/shops/429620:clean", `{}` },
		want:     &wifiv1.CleanShopResponse{},
		upstream: "/bizwifi/shop/clean",
		sent:     body(map[string]any{"shop_id": 429620.0}),
	}, {
		name: "RegisterPortalDevice",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.RegisterPortalDevice(h.Ctx(""), &wifiv1.RegisterPortalDeviceRequest{ShopId: 429621, Ssid: "WXportal"})
		},
		rest: func() (string, string, string) {
			return "POST", "/v1/wifi/shops/429621/portal-devices", `{"ssid":"WXportal"}`
		},
		want:     &wifiv1.RegisterPortalDeviceResponse{Secretkey: "*"},
		upstream: "/bizwifi/apportal/register",
		sent:     body(map[string]any{"shop_id": 429621.0, "ssid": "WXportal", "reset": false}),
	}, {
		name: "RegisterPortalDevice again with reset",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.RegisterPortalDevice(h.Ctx(""), &wifiv1.RegisterPortalDeviceRequest{ShopId: 429621, Ssid: "WXportal", Reset_: true})
		},
		rest: func() (string, string, string) {
			return "POST", "/v1/wifi/shops/429621/portal-devices", `{"ssid":"WXportal","reset":true}`
		},
		want:     &wifiv1.RegisterPortalDeviceResponse{Secretkey: "*"},
		upstream: "/bizwifi/apportal/register",
		sent:     body(map[string]any{"shop_id": 429621.0, "ssid": "WXportal", "reset": true}),
	}, {
		name: "ListStatistics of all shops",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.ListStatistics(h.Ctx(""), &wifiv1.ListStatisticsRequest{BeginDate: "2015-05-01", EndDate: "2015-05-02"})
		},
		rest: func() (string, string, string) {
			return "GET", "/v1/wifi/statistics?begin_date=2015-05-01&end_date=2015-05-02", ""
		},
		want: &wifiv1.ListStatisticsResponse{Statistics: []*wifiv1.Statistic{
			{ShopId: -1, StatisTime: timestamppb.New(begin), Date: "2015-05-01"},
			{ShopId: -1, StatisTime: timestamppb.New(begin.AddDate(0, 0, 1)), Date: "2015-05-02"},
		}},
		upstream: "/bizwifi/statistics/list",
		sent:     body(map[string]any{"begin_date": "2015-05-01", "end_date": "2015-05-02", "shop_id": -1.0}),
	}, {
		name: "ListStatistics of one shop",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.ListStatistics(h.Ctx(""), &wifiv1.ListStatisticsRequest{BeginDate: "2015-05-01", EndDate: "2015-05-01", ShopId: 7921527})
		},
		rest: func() (string, string, string) {
			return "GET", "/v1/wifi/statistics?begin_date=2015-05-01&end_date=2015-05-01&shop_id=7921527", ""
		},
		want: &wifiv1.ListStatisticsResponse{Statistics: []*wifiv1.Statistic{
			{ShopId: 7921527, StatisTime: timestamppb.New(begin), Date: "2015-05-01"},
		}},
		upstream: "/bizwifi/statistics/list",
		sent:     body(map[string]any{"begin_date": "2015-05-01", "end_date": "2015-05-01", "shop_id": 7921527.0}),
	}, {
		name: "SetCouponPut",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.SetCouponPut(h.Ctx(""), &wifiv1.SetCouponPutRequest{
				ShopId: 429620, CardId: "pBnTrjvZJXkZsPGwfq9F0Hl0WqE", CardDescribe: "10元代金券",
				StartTime: timestamppb.New(from), EndTime: timestamppb.New(until), CardQuantity: 10,
			})
		},
		rest: func() (string, string, string) {
			return "PUT", "/v1/wifi/shops/429620/coupon-put", fmt.Sprintf(
				`{"card_id":"pBnTrjvZJXkZsPGwfq9F0Hl0WqE","card_describe":"10元代金券","start_time":%q,"end_time":%q,"card_quantity":10}`,
				from.UTC().Format(time.RFC3339), until.UTC().Format(time.RFC3339))
		},
		want:     &wifiv1.SetCouponPutResponse{},
		upstream: "/bizwifi/couponput/set",
		sent: body(map[string]any{
			"shop_id": 429620.0, "card_id": "pBnTrjvZJXkZsPGwfq9F0Hl0WqE", "card_describe": "10元代金券",
			"start_time": float64(from.Unix()), "end_time": float64(until.Unix()), "card_quantity": 10.0,
		}),
	}, {
		name: "GetCouponPut",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.GetCouponPut(h.Ctx(""), &wifiv1.GetCouponPutRequest{ShopId: 429620})
		},
		rest: func() (string, string, string) { return "GET", "/v1/wifi/shops/429620/coupon-put", "" },
		want: &wifiv1.GetCouponPutResponse{
			ShopId: 429620, CardId: "pBnTrjvZJXkZsPGwfq9F0Hl0WqE", CardDescribe: "10元代金券",
			CardStatus: wifiv1.CouponPutStatus_COUPON_PUT_STATUS_ACTIVE,
			StartTime:  timestamppb.New(from), EndTime: timestamppb.New(until),
		},
		upstream: "/bizwifi/couponput/get",
		sent:     body(map[string]any{"shop_id": 429620.0}),
	}, {
		name: "GetCouponPut of a shop without one",
		grpc: func(h *harness) (proto.Message, error) {
			return h.wifi.GetCouponPut(h.Ctx(""), &wifiv1.GetCouponPutRequest{ShopId: 429621})
		},
		rest:     func() (string, string, string) { return "GET", "/v1/wifi/shops/429621/coupon-put", "" },
		want:     &wifiv1.GetCouponPutResponse{ShopId: 429621},
		upstream: "/bizwifi/couponput/get",
		sent:     body(map[string]any{"shop_id": 429621.0}),
	}}
}

// run makes one step's call over transport.
func run(t *testing.T, h *harness, transport string, st step) proto.Message {
	t.Helper()
	if transport == "rest" {
		method, path, reqBody := st.rest()
		return h.RESTProto(t, method, path, reqBody, st.want)
	}
	got, err := st.grpc(h)
	if err != nil {
		t.Fatalf("%s: %v", st.name, err)
	}
	return got
}
