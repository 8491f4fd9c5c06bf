// Package wifi implements wxgate.wifi.v1.WifiService: WeChat Wi-Fi (微信连Wi-Fi) over
// the bizwifi API family.
package wifi

import (
	"context"
	"strings"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/portal"
	"github.com/wxgate/wxgate/internal/upstream"
)

// The bizwifi endpoints (seed 000).
var (
	apiPluginToken = upstream.Write("/bizwifi/openplugin/token")
	apiQrcodeGet   = upstream.Read("/bizwifi/qrcode/get")
	apiConnectURL  = upstream.Get("/bizwifi/account/get_connecturl")
	apiHomepageSet = upstream.Write("/bizwifi/homepage/set")
	apiHomepageGet = upstream.Read("/bizwifi/homepage/get")
	apiBarSet      = upstream.Write("/bizwifi/bar/set")
)

// The rest of the bizwifi family (shops, devices, connected page, statistics,
// coupon delivery; see wifi.proto for the source of each shape).
var (
	apiShopList       = upstream.Read("/bizwifi/shop/list")
	apiShopGet        = upstream.Read("/bizwifi/shop/get")
	apiShopUpdate     = upstream.Write("/bizwifi/shop/update")
	apiShopClean      = upstream.Write("/bizwifi/shop/clean")
	apiDeviceAdd      = upstream.Write("/bizwifi/device/add")
	apiPortalRegister = upstream.Write("/bizwifi/apportal/register")
	apiDeviceList     = upstream.Read("/bizwifi/device/list")
	apiDeviceDelete   = upstream.Write("/bizwifi/device/delete")
	apiFinishPageSet  = upstream.Write("/bizwifi/finishpage/set")
	apiStatisticsList = upstream.Read("/bizwifi/statistics/list")
	apiCouponPutSet   = upstream.Write("/bizwifi/couponput/set")
	apiCouponPutGet   = upstream.Read("/bizwifi/couponput/get")
)

// Server is the WifiService.
type Server struct {
	wifiv1.UnimplementedWifiServiceServer
	accounts *accounts.Set
	secrets  PortalSecrets
}

// PortalSecrets is where RegisterPortalDevice leaves the portal secret keys WeChat
// issues, so that PortalSignService signs for those shops without anyone copying a
// key around. A portal.SecretStore is one.
type PortalSecrets interface {
	Put(ctx context.Context, account string, shopID int64, key portal.Secret) error
}

// New returns a WifiService calling WeChat for the accounts in set and keeping the
// portal keys it registers in secrets (not nil).
func New(set *accounts.Set, secrets PortalSecrets) *Server {
	return &Server{accounts: set, secrets: secrets}
}

// call makes one upstream call for the account the request names.
func (s *Server) call(ctx context.Context, api upstream.API, in, out any) error {
	return s.accounts.Call(ctx, api, in, out)
}

// answer is bizwifi's answer shape: {"errcode":0,"data":{…}}.
type answer[T any] struct {
	Data T `json:"data"`
}

func (s *Server) GetPluginToken(ctx context.Context, req *wifiv1.GetPluginTokenRequest) (*wifiv1.GetPluginTokenResponse, error) {
	in := struct {
		CallbackURL string `json:"callback_url"`
	}{req.GetCallbackUrl()}
	var out answer[struct {
		IsOpen    bool   `json:"is_open"`
		WifiToken string `json:"wifi_token"`
	}]
	if err := s.call(ctx, apiPluginToken, in, &out); err != nil {
		return nil, err
	}
	return &wifiv1.GetPluginTokenResponse{IsOpen: out.Data.IsOpen, WifiToken: out.Data.WifiToken}, nil
}

func (s *Server) GetQrcode(ctx context.Context, req *wifiv1.GetQrcodeRequest) (*wifiv1.GetQrcodeResponse, error) {
	in := struct {
		ShopID int64  `json:"shop_id"`
		SSID   string `json:"ssid,omitempty"`
		ImgID  int    `json:"img_id"`
	}{req.GetShopId(), req.GetSsid(), imgIDs.WeChat(req.GetImgId())}
	var out answer[struct {
		QrcodeURL string `json:"qrcode_url"`
	}]
	if err := s.call(ctx, apiQrcodeGet, in, &out); err != nil {
		return nil, err
	}
	return &wifiv1.GetQrcodeResponse{QrcodeUrl: out.Data.QrcodeURL}, nil
}

func (s *Server) GetConnectUrl(ctx context.Context, _ *wifiv1.GetConnectUrlRequest) (*wifiv1.GetConnectUrlResponse, error) {
	var out answer[struct {
		ConnectURL string `json:"connect_url"`
	}]
	if err := s.call(ctx, apiConnectURL, nil, &out); err != nil {
		return nil, err
	}
	return &wifiv1.GetConnectUrlResponse{ConnectUrl: out.Data.ConnectURL}, nil
}

// homepageStruct is homepage/set's "struct": required for the custom URL template,
// and left out with the default one unless the caller gave a URL (seed 000: "当
// template_id为0时可以不填", may be left out, not must), which WeChat then judges.
type homepageStruct struct {
	URL string `json:"url"`
}

func (s *Server) SetHomepage(ctx context.Context, req *wifiv1.SetHomepageRequest) (*wifiv1.SetHomepageResponse, error) {
	in := struct {
		ShopID     int64           `json:"shop_id"`
		TemplateID int             `json:"template_id"`
		Struct     *homepageStruct `json:"struct,omitempty"`
	}{ShopID: req.GetShopId(), TemplateID: templates.WeChat(req.GetTemplateId())}
	if req.GetTemplateId() == wifiv1.HomepageTemplate_HOMEPAGE_TEMPLATE_CUSTOM_URL || req.GetUrl() != "" {
		in.Struct = &homepageStruct{URL: req.GetUrl()}
	}
	if err := s.call(ctx, apiHomepageSet, in, nil); err != nil {
		return nil, err
	}
	return &wifiv1.SetHomepageResponse{}, nil
}

func (s *Server) GetHomepage(ctx context.Context, req *wifiv1.GetHomepageRequest) (*wifiv1.GetHomepageResponse, error) {
	in := struct {
		ShopID int64 `json:"shop_id"`
	}{req.GetShopId()}
	var out answer[struct {
		ShopID     int64  `json:"shop_id"`
		TemplateID int    `json:"template_id"`
		URL        string `json:"url"`
	}]
	if err := s.call(ctx, apiHomepageGet, in, &out); err != nil {
		return nil, err
	}
	return &wifiv1.GetHomepageResponse{
		ShopId:     out.Data.ShopID,
		TemplateId: templates.Proto(out.Data.TemplateID),
		// WeChat's own example answers " http://…": hand out the URL itself.
		Url: strings.TrimSpace(out.Data.URL),
	}, nil
}

func (s *Server) SetBar(ctx context.Context, req *wifiv1.SetBarRequest) (*wifiv1.SetBarResponse, error) {
	in := struct {
		ShopID  int64 `json:"shop_id"`
		BarType int   `json:"bar_type"`
	}{req.GetShopId(), barTypes.WeChat(req.GetBarType())}
	if err := s.call(ctx, apiBarSet, in, nil); err != nil {
		return nil, err
	}
	return &wifiv1.SetBarResponse{}, nil
}
