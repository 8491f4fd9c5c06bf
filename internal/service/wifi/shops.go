package wifi

import (
	"context"
	"errors"
	"strings"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/pagetoken"
	"github.com/wxgate/wxgate/internal/upstream"
	"github.com/wxgate/wxgate/internal/wxjson"
)

// listPage is the data of bizwifi/shop/list and bizwifi/device/list:
// {totalcount, pageindex, pagecount, records}.
type listPage[T any] struct {
	PageInfo
	Records []T `json:"records"`
}

// PageInfo is where a page of bizwifi's lists is.
type PageInfo struct {
	TotalCount wxjson.Int32 `json:"totalcount"`
	PageIndex  wxjson.Int32 `json:"pageindex"`
	PageCount  wxjson.Int32 `json:"pagecount"`
}

// pageRequest is the body of bizwifi/shop/list, and of device/list with its shop.
type pageRequest struct {
	PageIndex int   `json:"pageindex"`
	PageSize  int   `json:"pagesize"`
	ShopID    int64 `json:"shop_id,omitempty"`
}

// shopRecord is one record of bizwifi/shop/list.
type shopRecord struct {
	ShopID       wxjson.Int64   `json:"shop_id"`
	ShopName     wxjson.String  `json:"shop_name"`
	SSID         wxjson.String  `json:"ssid"`
	SSIDList     wxjson.Strings `json:"ssid_list"`
	ProtocolType wxjson.Int32   `json:"protocol_type"`
	Sid          wxjson.String  `json:"sid"`
	PoiID        wxjson.String  `json:"poi_id"`
}

func (r shopRecord) proto() *wifiv1.Shop {
	return &wifiv1.Shop{
		ShopId:       int64(r.ShopID),
		ShopName:     string(r.ShopName),
		Ssid:         string(r.SSID),
		SsidList:     r.SSIDList.Plain(),
		ProtocolType: protocolTypes.Proto(int(r.ProtocolType)),
		Sid:          string(r.Sid),
		PoiId:        string(r.PoiID),
	}
}

func (s *Server) ListShops(ctx context.Context, req *wifiv1.ListShopsRequest) (*wifiv1.ListShopsResponse, error) {
	offset, err := pagetoken.Offset(req.GetPageToken(), listShops, 0)
	if err != nil {
		return nil, err
	}
	index, size := wechatPage(offset, pageSize(req.GetPageSize()))
	var out answer[listPage[shopRecord]]
	if err := s.call(ctx, apiShopList, pageRequest{PageIndex: index, PageSize: size}, &out); err != nil {
		return nil, err
	}
	page := out.Data
	resp := &wifiv1.ListShopsResponse{
		Shops:         make([]*wifiv1.Shop, 0, len(page.Records)),
		NextPageToken: nextPageToken(listShops, 0, offset, size, len(page.Records), page.PageInfo),
		TotalCount:    int32(page.TotalCount),
	}
	for _, r := range page.Records {
		resp.Shops = append(resp.Shops, r.proto())
	}
	return resp, nil
}

// shopIDBody is the body of the calls that take only a shop.
type shopIDBody struct {
	ShopID int64 `json:"shop_id"`
}

func (s *Server) GetShop(ctx context.Context, req *wifiv1.GetShopRequest) (*wifiv1.GetShopResponse, error) {
	var out answer[struct {
		ShopName         wxjson.String  `json:"shop_name"`
		SSID             wxjson.String  `json:"ssid"`
		SSIDList         wxjson.Strings `json:"ssid_list"`
		SSIDPasswordList []struct {
			SSID     wxjson.String `json:"ssid"`
			Password wxjson.String `json:"password"`
		} `json:"ssid_password_list"`
		Password      wxjson.String `json:"password"`
		ProtocolType  wxjson.Int32  `json:"protocol_type"`
		ApCount       wxjson.Int32  `json:"ap_count"`
		TemplateID    wxjson.Int32  `json:"template_id"`
		HomepageURL   wxjson.String `json:"homepage_url"`
		BarType       wxjson.Int32  `json:"bar_type"`
		Sid           wxjson.String `json:"sid"`
		PoiID         wxjson.String `json:"poi_id"`
		FinishpageURL wxjson.String `json:"finishpage_url"`
	}]
	if err := s.call(ctx, apiShopGet, shopIDBody{req.GetShopId()}, &out); err != nil {
		return nil, err
	}
	d := out.Data
	resp := &wifiv1.GetShopResponse{
		ShopId:       req.GetShopId(), // shop/get does not repeat it
		ShopName:     string(d.ShopName),
		Ssid:         string(d.SSID),
		SsidList:     d.SSIDList.Plain(),
		Password:     string(d.Password),
		ProtocolType: protocolTypes.Proto(int(d.ProtocolType)),
		ApCount:      int32(d.ApCount),
		TemplateId:   templates.Proto(int(d.TemplateID)),
		// Like homepage/get, WeChat's examples pad URLs with spaces.
		HomepageUrl:   strings.TrimSpace(string(d.HomepageURL)),
		BarType:       barTypes.Proto(int(d.BarType)),
		Sid:           string(d.Sid),
		PoiId:         string(d.PoiID),
		FinishpageUrl: strings.TrimSpace(string(d.FinishpageURL)),
	}
	for _, p := range d.SSIDPasswordList {
		resp.SsidPasswordList = append(resp.SsidPasswordList, &wifiv1.SsidPassword{Ssid: string(p.SSID), Password: string(p.Password)})
	}
	return resp, nil
}

func (s *Server) UpdateShop(ctx context.Context, req *wifiv1.UpdateShopRequest) (*wifiv1.UpdateShopResponse, error) {
	in := struct {
		ShopID   int64  `json:"shop_id"`
		OldSSID  string `json:"old_ssid,omitempty"`
		SSID     string `json:"ssid,omitempty"`
		Password string `json:"password,omitempty"`
	}{req.GetShopId(), req.GetOldSsid(), req.GetSsid(), req.GetPassword()}
	if err := s.call(ctx, apiShopUpdate, in, nil); err != nil {
		return nil, redacted(err, req.GetPassword())
	}
	return &wifiv1.UpdateShopResponse{}, nil
}

func (s *Server) CleanShop(ctx context.Context, req *wifiv1.CleanShopRequest) (*wifiv1.CleanShopResponse, error) {
	in := struct {
		ShopID int64  `json:"shop_id"`
		SSID   string `json:"ssid,omitempty"` // without it WeChat cleans the whole shop
	}{req.GetShopId(), req.GetSsid()}
	if err := s.call(ctx, apiShopClean, in, nil); err != nil {
		return nil, err
	}
	return &wifiv1.CleanShopResponse{}, nil
}

func (s *Server) SetFinishPage(ctx context.Context, req *wifiv1.SetFinishPageRequest) (*wifiv1.SetFinishPageResponse, error) {
	in := struct {
		ShopID        int64  `json:"shop_id"`
		FinishpageURL string `json:"finishpage_url"`
	}{req.GetShopId(), req.GetFinishpageUrl()}
	if err := s.call(ctx, apiFinishPageSet, in, nil); err != nil {
		return nil, err
	}
	return &wifiv1.SetFinishPageResponse{}, nil
}

// redacted removes secrets the request carried from WeChat's errmsg, should WeChat
// echo them, so that they cannot reach a log through the error.
func redacted(err error, secrets ...string) error {
	var werr *upstream.Error
	if errors.As(err, &werr) {
		for _, s := range secrets {
			if s != "" {
				werr.Errmsg = strings.ReplaceAll(werr.Errmsg, s, "[redacted]")
			}
		}
	}
	return err
}
