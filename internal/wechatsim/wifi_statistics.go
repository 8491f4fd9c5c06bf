package wechatsim

import (
	"hash/fnv"
	"time"
)

// beijing is the time zone of WeChat's statistics days.
var beijing = time.FixedZone("Asia/Shanghai", 8*3600)

// maxStatisticsDays is statistics/list's "最长时间跨度为30天", both days counted.
const maxStatisticsDays = 30

type statisticsListReq struct {
	BeginDate string `json:"begin_date" wx:"required"`
	EndDate   string `json:"end_date" wx:"required"`
	ShopID    *int64 `json:"shop_id"` // absent or -1: all shops together
}

// days parses the range, or answers the errcode for a bad one.
func (r *statisticsListReq) days() (begin time.Time, n int, err error) {
	begin, err = time.ParseInLocation(time.DateOnly, r.BeginDate, beijing)
	if err != nil {
		return time.Time{}, 0, wifiError(codeWifiInvalidParam, "begin_date must be yyyy-mm-dd")
	}
	end, err := time.ParseInLocation(time.DateOnly, r.EndDate, beijing)
	if err != nil {
		return time.Time{}, 0, wifiError(codeWifiInvalidParam, "end_date must be yyyy-mm-dd")
	}
	n = int(end.Sub(begin).Hours()/24) + 1
	if n < 1 || n > maxStatisticsDays {
		return time.Time{}, 0, wifiError(codeWifiInvalidParam, "end_date must be from begin_date to 29 days later")
	}
	return begin, n, nil
}

// statisticsRow is one day of statistics/list. shop_id is a number for a shop
// and the string "-1" for all shops, as in WeChat's own answer
// (bizwifi_statistics_list.json); statis_time is in milliseconds.
type statisticsRow struct {
	ShopID         any   `json:"shop_id"`
	StatisTime     int64 `json:"statis_time"`
	TotalUser      int   `json:"total_user"`
	HomepageUV     int   `json:"homepage_uv"`
	NewFans        int   `json:"new_fans"`
	TotalFans      int   `json:"total_fans"`
	WxconnectUser  int   `json:"wxconnect_user"`
	ConnectMsgUser int   `json:"connect_msg_user"`
}

// statisticsList is POST /bizwifi/statistics/list: one row per day, with
// made-up but stable figures.
func (s *Server) statisticsList(req *statisticsListReq) (any, error) {
	begin, n, err := req.days()
	if err != nil {
		return nil, err
	}
	var shopID any = "-1"
	if req.ShopID != nil && *req.ShopID != -1 {
		if _, err := s.shop(*req.ShopID); err != nil {
			return nil, err
		}
		shopID = *req.ShopID
	}
	rows := make([]statisticsRow, 0, n)
	for i := range n {
		day := begin.AddDate(0, 0, i)
		users := figure(shopID, day)
		rows = append(rows, statisticsRow{
			ShopID:         shopID,
			StatisTime:     day.UnixMilli(),
			TotalUser:      users,
			HomepageUV:     users / 2,
			NewFans:        users / 4,
			TotalFans:      100 + users,
			WxconnectUser:  users - users/3,
			ConnectMsgUser: users / 3,
		})
	}
	return withData(rows), nil
}

// figure is a stable count between 0 and 99 for a shop and a day.
func figure(shopID any, day time.Time) int {
	h := fnv.New32a()
	h.Write([]byte(day.Format(time.DateOnly)))
	if id, ok := shopID.(int64); ok {
		h.Write([]byte{byte(id), byte(id >> 8), byte(id >> 16)})
	}
	return int(h.Sum32() % 100)
}
