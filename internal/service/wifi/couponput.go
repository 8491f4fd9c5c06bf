package wifi

import (
	"context"
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/wxjson"
)

func (s *Server) SetCouponPut(ctx context.Context, req *wifiv1.SetCouponPutRequest) (*wifiv1.SetCouponPutResponse, error) {
	in := struct {
		ShopID       int64  `json:"shop_id"` // 0: every shop
		CardID       string `json:"card_id"`
		CardDescribe string `json:"card_describe"`
		StartTime    int64  `json:"start_time"` // seconds
		EndTime      int64  `json:"end_time"`
		CardQuantity int32  `json:"card_quantity,omitempty"`
	}{
		ShopID:       req.GetShopId(),
		CardID:       req.GetCardId(),
		CardDescribe: req.GetCardDescribe(),
		StartTime:    req.GetStartTime().GetSeconds(),
		EndTime:      req.GetEndTime().GetSeconds(),
		CardQuantity: req.GetCardQuantity(),
	}
	if err := s.call(ctx, apiCouponPutSet, in, nil); err != nil {
		return nil, err
	}
	return &wifiv1.SetCouponPutResponse{}, nil
}

func (s *Server) GetCouponPut(ctx context.Context, req *wifiv1.GetCouponPutRequest) (*wifiv1.GetCouponPutResponse, error) {
	var out answer[struct {
		ShopID       wxjson.Int64  `json:"shop_id"`
		CardID       wxjson.String `json:"card_id"`
		CardDescribe wxjson.String `json:"card_describe"`
		CardStatus   *wxjson.Int32 `json:"card_status"`
		// The answer says start_date/end_date where the request says start_time/end_time.
		StartDate wxjson.Int64 `json:"start_date"`
		EndDate   wxjson.Int64 `json:"end_date"`
	}]
	if err := s.call(ctx, apiCouponPutGet, shopIDBody{req.GetShopId()}, &out); err != nil {
		return nil, err
	}
	d := out.Data
	resp := &wifiv1.GetCouponPutResponse{ShopId: req.GetShopId(), CardId: string(d.CardID), CardDescribe: string(d.CardDescribe)}
	if d.ShopID != 0 {
		resp.ShopId = int64(d.ShopID)
	}
	if d.CardID == "" {
		return resp, nil // no delivery set: no status or times to speak of
	}
	if d.CardStatus != nil {
		resp.CardStatus = couponStatuses.Proto(int(*d.CardStatus))
	}
	resp.StartTime = seconds(int64(d.StartDate))
	resp.EndTime = seconds(int64(d.EndDate))
	return resp, nil
}

// seconds is a Unix time in seconds as a Timestamp; nil for 0 (not set).
func seconds(sec int64) *timestamppb.Timestamp {
	if sec == 0 {
		return nil
	}
	return timestamppb.New(time.Unix(sec, 0))
}
