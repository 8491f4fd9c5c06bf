package wifi

import (
	"context"
	"strings"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/pagetoken"
	"github.com/wxgate/wxgate/internal/portal"
	"github.com/wxgate/wxgate/internal/wxjson"
)

func (s *Server) AddPasswordDevice(ctx context.Context, req *wifiv1.AddPasswordDeviceRequest) (*wifiv1.AddPasswordDeviceResponse, error) {
	in := struct {
		ShopID   int64  `json:"shop_id"`
		SSID     string `json:"ssid"`
		Password string `json:"password"`
	}{req.GetShopId(), req.GetSsid(), req.GetPassword()}
	if err := s.call(ctx, apiDeviceAdd, in, nil); err != nil {
		return nil, redacted(err, req.GetPassword())
	}
	return &wifiv1.AddPasswordDeviceResponse{}, nil
}

// RegisterPortalDevice registers the network with WeChat, then keeps the key WeChat
// issued in the portal secret store under the account the call was for. If the
// store fails the call fails too, since PortalSignService could not sign for the
// shop; registering again with reset false hands back the same key.
func (s *Server) RegisterPortalDevice(ctx context.Context, req *wifiv1.RegisterPortalDeviceRequest) (*wifiv1.RegisterPortalDeviceResponse, error) {
	c, err := s.accounts.Pick(ctx)
	if err != nil {
		return nil, err
	}
	in := struct {
		ShopID int64  `json:"shop_id"`
		SSID   string `json:"ssid"`
		Reset  bool   `json:"reset"`
	}{req.GetShopId(), req.GetSsid(), req.GetReset_()} // protoc-gen-go names it Reset_: Reset() is taken
	var out answer[struct {
		SecretKey portal.Secret `json:"secretkey"` // prints as [redacted]
	}]
	if err := c.Call(ctx, apiPortalRegister, in, &out); err != nil {
		return nil, err
	}
	key := out.Data.SecretKey
	if key == "" {
		return nil, status.Error(codes.Unavailable, "wechat /bizwifi/apportal/register: the answer holds no secretkey")
	}
	if err := s.secrets.Put(ctx, c.Account(), req.GetShopId(), key); err != nil {
		// The store's error is ours to log, not the caller's to read; it never
		// holds the key (portal.Secret prints as [redacted]).
		return nil, status.Errorf(codes.Unavailable, "portal secret store: %v", err)
	}
	return &wifiv1.RegisterPortalDeviceResponse{Secretkey: key.Reveal()}, nil
}

// deviceRecord is one record of bizwifi/device/list.
type deviceRecord struct {
	ShopID       wxjson.Int64  `json:"shop_id"`
	SSID         wxjson.String `json:"ssid"`
	BSSID        wxjson.String `json:"bssid"`
	ProtocolType wxjson.Int32  `json:"protocol_type"`
}

func (s *Server) ListDevices(ctx context.Context, req *wifiv1.ListDevicesRequest) (*wifiv1.ListDevicesResponse, error) {
	shopID := req.GetShopId()
	offset, err := pagetoken.Offset(req.GetPageToken(), listDevices, shopID)
	if err != nil {
		return nil, err
	}
	index, size := wechatPage(offset, pageSize(req.GetPageSize()))
	var out answer[listPage[deviceRecord]]
	in := pageRequest{PageIndex: index, PageSize: size, ShopID: shopID} // no shop_id: every shop
	if err := s.call(ctx, apiDeviceList, in, &out); err != nil {
		return nil, err
	}
	page := out.Data
	resp := &wifiv1.ListDevicesResponse{
		Devices:       make([]*wifiv1.Device, 0, len(page.Records)),
		NextPageToken: nextPageToken(listDevices, shopID, offset, size, len(page.Records), page.PageInfo),
		TotalCount:    int32(page.TotalCount),
	}
	for _, r := range page.Records {
		resp.Devices = append(resp.Devices, &wifiv1.Device{
			ShopId:       int64(r.ShopID),
			Ssid:         string(r.SSID),
			Bssid:        strings.ToLower(string(r.BSSID)),
			ProtocolType: protocolTypes.Proto(int(r.ProtocolType)),
		})
	}
	return resp, nil
}

func (s *Server) DeleteDevice(ctx context.Context, req *wifiv1.DeleteDeviceRequest) (*wifiv1.DeleteDeviceResponse, error) {
	in := struct {
		// WeChat wants the MAC address in lower case ("字母小写").
		BSSID string `json:"bssid"`
	}{strings.ToLower(req.GetBssid())}
	if err := s.call(ctx, apiDeviceDelete, in, nil); err != nil {
		return nil, err
	}
	return &wifiv1.DeleteDeviceResponse{}, nil
}
