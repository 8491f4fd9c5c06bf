package wifi_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// sentPages lists the (pageindex, pagesize) of every request WeChat got for path.
func (h *harness) sentPages(t *testing.T, path string) [][2]int {
	t.Helper()
	var pages [][2]int
	for _, r := range h.Sim.RequestsTo(path) {
		var b struct {
			PageIndex int `json:"pageindex"`
			PageSize  int `json:"pagesize"`
		}
		if err := json.Unmarshal(r.Body, &b); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		pages = append(pages, [2]int{b.PageIndex, b.PageSize})
	}
	return pages
}

// listAllShops follows next_page_token from the first page, asking sizes[i] for
// page i (the last size for the rest), and returns the shop ids and page lengths.
func (h *harness) listAllShops(t *testing.T, sizes ...int32) (ids []int64, lens []int) {
	t.Helper()
	token := ""
	for i := 0; ; i++ {
		size := sizes[min(i, len(sizes)-1)]
		resp, err := h.wifi.ListShops(h.Ctx(""), &wifiv1.ListShopsRequest{PageSize: size, PageToken: token})
		if err != nil {
			t.Fatalf("page %d: %v", i+1, err)
		}
		if resp.GetTotalCount() != 25 {
			t.Errorf("page %d: total_count %d, want 25", i+1, resp.GetTotalCount())
		}
		for _, s := range resp.GetShops() {
			ids = append(ids, s.GetShopId())
		}
		lens = append(lens, len(resp.GetShops()))
		if token = resp.GetNextPageToken(); token == "" || i > 30 {
			return ids, lens
		}
	}
}

// TestListShopsPages: AIP-158 pages over WeChat's pageindex/pagesize, whole and
// with a page_size changed midway, over gRPC and REST.
func TestListShopsPages(t *testing.T) {
	h := start(t)
	var all []int64
	for id := int64(1000); id < 1022; id++ {
		h.Sim.AddShop(id, fmt.Sprintf("shop %d", id))
		all = append(all, id)
	}
	all = append(all, 429620, 429621, 7921527) // the simulator's own, 25 in all

	t.Run("same page size", func(t *testing.T) {
		h.Sim.ResetRequests()
		ids, lens := h.listAllShops(t, 10)
		if !slices.Equal(ids, all) || !slices.Equal(lens, []int{10, 10, 5}) {
			t.Errorf("ids %v in pages of %v, want %v in 10, 10, 5", ids, lens, all)
		}
		if diff := cmp.Diff([][2]int{{1, 10}, {2, 10}, {3, 10}}, h.sentPages(t, "/bizwifi/shop/list")); diff != "" {
			t.Errorf("pages asked of WeChat (-want +got):\n%s", diff)
		}
	})
	t.Run("page size changed midway", func(t *testing.T) {
		h.Sim.ResetRequests()
		// 10 from 0; then 4 from 10 cannot be a WeChat page, so 2 from 10 (page 6 of
		// 2); then 4 from 12 (page 4 of 4) onwards.
		ids, lens := h.listAllShops(t, 10, 4)
		if !slices.Equal(ids, all) || !slices.Equal(lens, []int{10, 2, 4, 4, 4, 1}) {
			t.Errorf("ids %v in pages of %v, want %v in 10, 2, 4, 4, 4, 1", ids, lens, all)
		}
		if diff := cmp.Diff([][2]int{{1, 10}, {6, 2}, {4, 4}, {5, 4}, {6, 4}, {7, 4}}, h.sentPages(t, "/bizwifi/shop/list")); diff != "" {
			t.Errorf("pages asked of WeChat (-want +got):\n%s", diff)
		}
	})
	t.Run("default and maximum page size", func(t *testing.T) {
		h.Sim.ResetRequests()
		if _, lens := h.listAllShops(t, 0); !slices.Equal(lens, []int{10, 10, 5}) {
			t.Errorf("default page size: pages of %v, want 10, 10, 5", lens)
		}
		h.Sim.ResetRequests()
		if _, lens := h.listAllShops(t, 500); !slices.Equal(lens, []int{20, 5}) {
			t.Errorf("page size 500: pages of %v, want 20, 5 (WeChat's maximum is 20)", lens)
		}
		if diff := cmp.Diff([][2]int{{1, 20}, {2, 20}}, h.sentPages(t, "/bizwifi/shop/list")); diff != "" {
			t.Errorf("pages asked of WeChat (-want +got):\n%s", diff)
		}
	})
	t.Run("rest", func(t *testing.T) {
		var ids []int64
		path := "/v1/wifi/shops?page_size=10"
		for range 10 {
			resp := h.RESTProto(t, "GET", path, "", &wifiv1.ListShopsResponse{}).(*wifiv1.ListShopsResponse)
			for _, s := range resp.GetShops() {
				ids = append(ids, s.GetShopId())
			}
			if resp.GetNextPageToken() == "" {
				break
			}
			path = "/v1/wifi/shops?page_size=10&page_token=" + url.QueryEscape(resp.GetNextPageToken())
		}
		if !slices.Equal(ids, all) {
			t.Errorf("ids %v, want %v", ids, all)
		}
	})
}

// TestListDevicesPages: device pages of one shop and of every shop; the shop_id
// goes to WeChat with every page.
func TestListDevicesPages(t *testing.T) {
	h := start(t)
	add := func(shopID int64, ssids ...string) {
		for _, ssid := range ssids {
			if _, err := h.wifi.AddPasswordDevice(h.Ctx(""), &wifiv1.AddPasswordDeviceRequest{ShopId: shopID, Ssid: ssid, Password: "12345678"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	add(429620, "WX1", "WX2", "WX3", "WX4", "WX5")
	add(7921527, "WX6", "WX7")

	list := func(shopID int64, size int32) (ssids []string, lens []int) {
		t.Helper()
		token := ""
		for range 10 {
			resp, err := h.wifi.ListDevices(h.Ctx(""), &wifiv1.ListDevicesRequest{ShopId: shopID, PageSize: size, PageToken: token})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range resp.GetDevices() {
				ssids = append(ssids, d.GetSsid())
			}
			lens = append(lens, len(resp.GetDevices()))
			if token = resp.GetNextPageToken(); token == "" {
				break
			}
		}
		return ssids, lens
	}

	h.Sim.ResetRequests()
	ssids, lens := list(429620, 2)
	if !slices.Equal(ssids, []string{"WX1", "WX2", "WX3", "WX4", "WX5"}) || !slices.Equal(lens, []int{2, 2, 1}) {
		t.Errorf("shop 429620: %v in pages of %v", ssids, lens)
	}
	for _, r := range h.Sim.RequestsTo("/bizwifi/device/list") {
		var b map[string]any
		if err := json.Unmarshal(r.Body, &b); err != nil || b["shop_id"] != 429620.0 {
			t.Errorf("a page was asked without the shop: %s", r.Body)
		}
	}

	ssids, lens = list(0, 3)
	if !slices.Equal(ssids, []string{"WX1", "WX2", "WX3", "WX4", "WX5", "WX6", "WX7"}) || !slices.Equal(lens, []int{3, 3, 1}) {
		t.Errorf("every shop: %v in pages of %v", ssids, lens)
	}
}

// TestListShopsTrustsPagecount: WeChat answering page 1 of 8 with fewer records
// than asked (wechatpy's real bizwifi_shop_list fixture) still has a next page.
func TestListShopsTrustsPagecount(t *testing.T) {
	h := start(t)
	h.Sim.Inject("/bizwifi/shop/list", wechatsim.Fault{Times: 1, Body: `{"errcode": 0, "data": {"totalcount": 16, "pageindex": 1, "pagecount": 8, "records": [
		{"shop_id": 429620, "shop_name": "南山店", "ssid": null, "protocol_type": 0},
		{"shop_id": 7921527, "shop_name": "宝安店", "ssid": null, "protocol_type": 0}]}}`})
	resp, err := h.wifi.ListShops(h.Ctx(""), &wifiv1.ListShopsRequest{PageSize: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.GetShops()) != 2 || resp.GetNextPageToken() == "" {
		t.Errorf("page 1 of 8 with 2 shops: %d shops, next_page_token %q, want a next page", len(resp.GetShops()), resp.GetNextPageToken())
	}
}
