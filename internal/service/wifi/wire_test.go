package wifi

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wxgate/wxgate/internal/wxjson"
)

// Real WeChat answers, as kept in wechatpy's tests/fixtures (bizwifi_shop_list.json,
// bizwifi_statistics_list.json, bizwifi_device_list.json, bizwifi_shop_get.json).
const (
	fixtureShopList = `{"errcode": 0, "data": {"totalcount": 16, "pageindex": 1, "pagecount": 8, "records": [
		{"shop_id": 429620, "shop_name": "南山店", "ssid": null, "protocol_type": 0},
		{"shop_id": 7921527, "shop_name": "宝安店", "ssid": null, "protocol_type": 0}]}}`
	fixtureStatistics = `{"errcode": 0, "data": [
		{"shop_id": "-1", "statis_time": 1430409600000, "total_user": 2, "homepage_uv": 0, "new_fans": 0, "total_fans": 4},
		{"shop_id": "-1", "statis_time": 1430496000000, "total_user": 2, "homepage_uv": 0, "new_fans": 0, "total_fans": 4}]}`
	fixtureDeviceList = `{"errcode": 0, "data": {"totalcount": 2, "pageindex": 1, "pagecount": 1, "records": [
		{"shop_id": 429620, "ssid": "WX123", "bssid": "00:1f:7a:ad:5b:a9"},
		{"shop_id": 429620, "ssid": "WX123", "bssid": "00:1f:7a:ad:5c:a8"}]}}`
)

func TestFixturesDecode(t *testing.T) {
	var shops answer[listPage[shopRecord]]
	if err := json.Unmarshal([]byte(fixtureShopList), &shops); err != nil {
		t.Fatal(err)
	}
	want := listPage[shopRecord]{PageInfo: PageInfo{TotalCount: 16, PageIndex: 1, PageCount: 8}, Records: []shopRecord{
		{ShopID: 429620, ShopName: "南山店"},
		{ShopID: 7921527, ShopName: "宝安店"},
	}}
	if diff := cmp.Diff(want, shops.Data); diff != "" {
		t.Errorf("shop list (-want +got):\n%s", diff)
	}

	var devices answer[listPage[deviceRecord]]
	if err := json.Unmarshal([]byte(fixtureDeviceList), &devices); err != nil {
		t.Fatal(err)
	}
	if got := devices.Data.Records; len(got) != 2 || got[1].BSSID != "00:1f:7a:ad:5c:a8" || got[1].ShopID != 429620 {
		t.Errorf("device list: %+v", devices.Data)
	}

	var stats answer[[]struct {
		ShopID     wxjson.Int64 `json:"shop_id"`
		StatisTime wxjson.Int64 `json:"statis_time"`
		TotalFans  wxjson.Int32 `json:"total_fans"`
	}]
	if err := json.Unmarshal([]byte(fixtureStatistics), &stats); err != nil {
		t.Fatal(err)
	}
	if len(stats.Data) != 2 || stats.Data[0].ShopID != -1 || stats.Data[1].StatisTime != 1430496000000 || stats.Data[1].TotalFans != 4 {
		t.Errorf("statistics: %+v", stats.Data)
	}
}

func TestWechatPage(t *testing.T) {
	tests := []struct{ offset, size, index, pagesize int }{
		{0, 10, 1, 10},
		{10, 10, 2, 10},
		{20, 10, 3, 10},
		{10, 4, 6, 2}, // 4 does not divide 10: 2 does
		{12, 4, 4, 4}, // back in step
		{7, 20, 2, 7}, // 7 items of 7 from 7
		{13, 20, 2, 13},
		{13, 4, 14, 1}, // 13 is prime and past 4: pages of one
		{40, 20, 3, 20},
	}
	for _, tt := range tests {
		index, pagesize := wechatPage(tt.offset, tt.size)
		if index != tt.index || pagesize != tt.pagesize {
			t.Errorf("wechatPage(%d, %d) = %d, %d, want %d, %d", tt.offset, tt.size, index, pagesize, tt.index, tt.pagesize)
		}
		if first := (index - 1) * pagesize; first != tt.offset {
			t.Errorf("wechatPage(%d, %d): the page starts at %d", tt.offset, tt.size, first)
		}
	}
}

func TestPageSize(t *testing.T) {
	for in, want := range map[int32]int{0: 10, 1: 1, 20: 20, 21: 20, 1 << 30: 20} {
		if got := pageSize(in); got != want {
			t.Errorf("pageSize(%d) = %d, want %d", in, got, want)
		}
	}
}

func TestNextPageToken(t *testing.T) {
	tests := []struct {
		name                     string
		offset, size, got, total int
		index, count             int32 // WeChat's pageindex, pagecount (0: not sent)
		wantNext                 bool
	}{
		{"more to come", 0, 10, 10, 25, 1, 3, true},
		{"last full page", 20, 5, 5, 25, 5, 5, false},
		{"a short page is not the last while WeChat says more", 0, 10, 7, 80, 1, 8, true},
		{"the last page by pagecount", 70, 10, 10, 80, 8, 8, false},
		{"list shrank to nothing", 10, 10, 0, 25, 2, 3, false},
		{"exactly one page", 0, 10, 10, 10, 1, 1, false},
		{"no pagecount: totalcount decides", 0, 10, 10, 25, 0, 0, true},
		{"no pagecount, last by totalcount", 20, 10, 5, 25, 0, 0, false},
	}
	for _, tt := range tests {
		p := PageInfo{TotalCount: wxjson.Int32(tt.total), PageIndex: wxjson.Int32(tt.index), PageCount: wxjson.Int32(tt.count)}
		if got := nextPageToken(listShops, 0, tt.offset, tt.size, tt.got, p) != ""; got != tt.wantNext {
			t.Errorf("%s: next page %v, want %v", tt.name, got, tt.wantNext)
		}
	}
}
