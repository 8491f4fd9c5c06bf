package wifi

import (
	"context"
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/badrequest"
	"github.com/wxgate/wxgate/internal/wxjson"
)

// beijing is the time zone of WeChat's statistics days.
var beijing = time.FixedZone("Asia/Shanghai", 8*3600)

// dateLayout is bizwifi/statistics/list's yyyy-mm-dd.
const dateLayout = "2006-01-02"

// maxStatisticsDays is the longest range bizwifi/statistics/list answers for:
// "最长时间跨度为30天" (Wi-Fi_data_statistics.html). WeChat counts both ends, as in
// its datacube APIs, where a 7-day span runs from the 1st to the 7th.
const maxStatisticsDays = 30

// allShops is statistics/list's shop_id for all shops together.
const allShops = -1

func (s *Server) ListStatistics(ctx context.Context, req *wifiv1.ListStatisticsRequest) (*wifiv1.ListStatisticsResponse, error) {
	if err := checkDateRange(req.GetBeginDate(), req.GetEndDate()); err != nil {
		return nil, err
	}
	shopID := req.GetShopId()
	if shopID == 0 {
		shopID = allShops
	}
	in := struct {
		BeginDate string `json:"begin_date"`
		EndDate   string `json:"end_date"`
		ShopID    int64  `json:"shop_id"`
	}{req.GetBeginDate(), req.GetEndDate(), shopID}
	var out answer[[]struct {
		ShopID         wxjson.Int64 `json:"shop_id"` // 429620, or the string "-1"
		StatisTime     wxjson.Int64 `json:"statis_time"`
		TotalUser      wxjson.Int32 `json:"total_user"`
		HomepageUV     wxjson.Int32 `json:"homepage_uv"`
		NewFans        wxjson.Int32 `json:"new_fans"`
		TotalFans      wxjson.Int32 `json:"total_fans"`
		WxconnectUser  wxjson.Int32 `json:"wxconnect_user"`
		ConnectMsgUser wxjson.Int32 `json:"connect_msg_user"`
	}]
	if err := s.call(ctx, apiStatisticsList, in, &out); err != nil {
		return nil, err
	}
	resp := &wifiv1.ListStatisticsResponse{Statistics: make([]*wifiv1.Statistic, 0, len(out.Data))}
	for _, d := range out.Data {
		day := time.UnixMilli(int64(d.StatisTime))
		resp.Statistics = append(resp.Statistics, &wifiv1.Statistic{
			ShopId:         int64(d.ShopID),
			StatisTime:     timestamppb.New(day),
			Date:           day.In(beijing).Format(dateLayout),
			TotalUser:      int32(d.TotalUser),
			HomepageUv:     int32(d.HomepageUV),
			NewFans:        int32(d.NewFans),
			TotalFans:      int32(d.TotalFans),
			WxconnectUser:  int32(d.WxconnectUser),
			ConnectMsgUser: int32(d.ConnectMsgUser),
		})
	}
	return resp, nil
}

// checkDateRange checks what the .proto pattern cannot: real calendar days, begin
// not after end, and at most maxStatisticsDays days.
func checkDateRange(begin, end string) error {
	b, err := time.Parse(dateLayout, begin)
	if err != nil {
		return badrequest.Field("begin_date", "not a calendar day (YYYY-MM-DD)")
	}
	e, err := time.Parse(dateLayout, end)
	if err != nil {
		return badrequest.Field("end_date", "not a calendar day (YYYY-MM-DD)")
	}
	switch days := int(e.Sub(b).Hours()/24) + 1; {
	case days < 1:
		return badrequest.Field("end_date", "must not be before begin_date")
	case days > maxStatisticsDays:
		return badrequest.Fieldf("end_date", "the range is at most %d days, begin_date and end_date included", maxStatisticsDays)
	}
	return nil
}
