package store_test

import (
	"fmt"
	"net/http"
	"regexp"
	"testing"
	"time"

	"google.golang.org/grpc/codes"

	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// addStores adds one store for each place the simulator has but no store uses.
func addStores(t *testing.T, h *harness) {
	t.Helper()
	for _, mapPoi := range []string{"2880741500279549033", "2708071440732747189"} {
		if _, err := h.store.AddStore(h.Ctx(""), &storev1.AddStoreRequest{
			MapPoiId: mapPoi, PicList: []string{picA}, ContractPhone: "12345678", Hour: "10:00-21:00", Credential: "c" + mapPoi,
		}); err != nil {
			t.Fatal(err)
		}
	}
}

// TestListStoresPages: page_size and page_token walk WeChat's offset and limit to
// the end, total_count included; page sizes are WeChat's (0 → 20, at most 50).
func TestListStoresPages(t *testing.T) {
	h := start(t)
	addStores(t, h) // 2 seeded + 2
	h.Sim.ResetRequests()

	var ids []int64
	token := ""
	for page := 0; ; page++ {
		resp, err := h.store.ListStores(h.Ctx(""), &storev1.ListStoresRequest{PageSize: 3, PageToken: token})
		if err != nil {
			t.Fatal(err)
		}
		if resp.GetTotalCount() != 4 {
			t.Errorf("page %d: total_count %d, want 4", page, resp.GetTotalCount())
		}
		for _, s := range resp.GetBusinessList() {
			ids = append(ids, s.GetPoiId())
		}
		if token = resp.GetNextPageToken(); token == "" {
			break
		}
		if page > 3 {
			t.Fatal("the pages do not end")
		}
	}
	if want := []int64{472665875, 472671857, 500000001, 500000003}; fmt.Sprint(ids) != fmt.Sprint(want) {
		t.Errorf("stores %v, want %v", ids, want)
	}
	var sent []string
	for _, r := range h.Sim.RequestsTo("/wxa/get_store_list") {
		sent = append(sent, string(r.Body))
	}
	if want := `[{"offset":0,"limit":3} {"offset":3,"limit":3}]`; fmt.Sprint(sent) != want {
		t.Errorf("WeChat got %v, want %v", sent, want)
	}

	for _, tt := range []struct {
		pageSize  int32
		wantLimit float64
	}{{0, 20}, {1, 1}, {50, 50}, {51, 50}, {1000, 50}} {
		code, body := h.REST("GET", fmt.Sprintf("/v1/store/stores?page_size=%d", tt.pageSize), "")
		if code != http.StatusOK {
			t.Fatalf("page_size %d: HTTP %d %v", tt.pageSize, code, body)
		}
		if got := h.LastBody("/wxa/get_store_list")["limit"]; got != tt.wantLimit {
			t.Errorf("page_size %d: limit %v, want %v", tt.pageSize, got, tt.wantLimit)
		}
		if _, ok := body["next_page_token"]; !ok || body["total_count"] != float64(4) {
			t.Errorf("page_size %d: REST answer %v", tt.pageSize, body)
		}
	}
}

// TestListLegacyPoisPages: the legacy list pages the same way, its total_count
// (a string from WeChat) a number in the answer.
func TestListLegacyPoisPages(t *testing.T) {
	h := start(t)
	first, err := h.store.ListLegacyPois(h.Ctx(""), &storev1.ListLegacyPoisRequest{PageSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	second, err := h.store.ListLegacyPois(h.Ctx(""), &storev1.ListLegacyPoisRequest{PageSize: 2, PageToken: first.GetNextPageToken()})
	if err != nil {
		t.Fatal(err)
	}
	if len(first.GetBusinessList()) != 2 || len(second.GetBusinessList()) != 1 || second.GetNextPageToken() != "" || second.GetTotalCount() != 3 {
		t.Errorf("pages %v / %v", first, second)
	}
	if got := h.LastBody("/cgi-bin/poi/getpoilist"); got["begin"] != 2.0 || got["limit"] != 2.0 {
		t.Errorf("second page sent %v", got)
	}
}

// TestStoreLifecycle: a store added is listed, can be fetched, updated and deleted,
// after which it is NOT_FOUND; a legacy store migrated with its poi_id is a store.
func TestStoreLifecycle(t *testing.T) {
	h := start(t)
	if _, err := h.store.AddStore(h.Ctx(""), &storev1.AddStoreRequest{
		MapPoiId: "2880741500279549033", PicList: []string{picA}, ContractPhone: "12345678", Hour: "10:00-21:00", Credential: "c", PoiId: 271262077,
	}); err != nil {
		t.Fatal(err)
	}
	if got := h.LastBody("/wxa/add_store")["poi_id"]; got != "271262077" {
		t.Errorf("migration sent poi_id %v, want the string \"271262077\"", got)
	}
	legacy, err := h.store.ListLegacyPois(h.Ctx(""), &storev1.ListLegacyPoisRequest{})
	if err != nil || legacy.GetBusinessList()[0].GetUpgradeStatus() != storev1.UpgradeStatus_UPGRADE_STATUS_SUCCEEDED {
		t.Errorf("legacy store after migration: %v %v", legacy, err)
	}
	list, err := h.store.ListStores(h.Ctx(""), &storev1.ListStoresRequest{})
	if err != nil || list.GetTotalCount() != 3 || list.GetBusinessList()[2].GetPoiId() != 271262077 {
		t.Fatalf("list after add: %v %v", list, err)
	}
	upd, err := h.store.UpdateStore(h.Ctx(""), &storev1.UpdateStoreRequest{PoiId: 271262077, Hour: "08:00-20:00", ContractPhone: "87654321", PicList: []string{picA}})
	if err != nil || upd.GetHasAuditId() {
		t.Errorf("update with the same pictures: %v %v, want no audit", upd, err)
	}
	got, err := h.store.GetStore(h.Ctx(""), &storev1.GetStoreRequest{PoiId: 271262077})
	if err != nil || got.GetBusiness().GetOpenTime() != "08:00-20:00" || got.GetBusiness().GetTelephone() != "87654321" {
		t.Errorf("store after update: %v %v", got, err)
	}
	if _, err := h.store.DeleteStore(h.Ctx(""), &storev1.DeleteStoreRequest{PoiId: 271262077}); err != nil {
		t.Fatal(err)
	}
	_, err = h.store.GetStore(h.Ctx(""), &storev1.GetStoreRequest{PoiId: 271262077})
	info := gatewaytest.AssertStatus(t, err, codes.NotFound, "WECHAT_65115")
	// WeChat's errmsg, with the rid WeChat (and the simulator) ends every error's with.
	if msg := info.GetMetadata()["errmsg"]; !regexp.MustCompile(`^门店不存在 rid: [0-9a-f-]{26}$`).MatchString(msg) {
		t.Errorf("ErrorInfo %v", info)
	}
	if code, body := h.REST("GET", "/v1/store/stores/271262077", ""); code != http.StatusNotFound || gatewaytest.RESTReason(body) != "WECHAT_65115" {
		t.Errorf("REST: HTTP %d %v, want 404 WECHAT_65115", code, body)
	}
}

// TestStoreErrcodes: the seed's store errcodes become the gRPC codes of DESIGN.md
// (duplicates ALREADY_EXISTS, under audit FAILED_PRECONDITION, not found NOT_FOUND,
// argument errors INVALID_ARGUMENT, permission PERMISSION_DENIED), with errcode and
// errmsg in ErrorInfo, over gRPC and REST.
func TestStoreErrcodes(t *testing.T) {
	h := start(t)
	apply := func() error {
		_, err := h.store.ApplyMerchant(h.Ctx(""), &storev1.ApplyMerchantRequest{FirstCatid: 269, SecondCatid: 270, HeadimgMediaid: "M", Intro: "x", Nickname: "abcd"})
		return err
	}
	addStore := func() error {
		_, err := h.store.AddStore(h.Ctx(""), &storev1.AddStoreRequest{MapPoiId: "1", PicList: []string{picA}, ContractPhone: "12345678", Hour: "10:00-21:00", Credential: "c"})
		return err
	}
	updateStore := func() error {
		_, err := h.store.UpdateStore(h.Ctx(""), &storev1.UpdateStoreRequest{PoiId: 472671857, Hour: "10:00-21:00", ContractPhone: "12345678", PicList: []string{picA}})
		return err
	}
	getStore := func() error {
		_, err := h.store.GetStore(h.Ctx(""), &storev1.GetStoreRequest{PoiId: 472671857})
		return err
	}
	tests := []struct {
		path    string
		errcode int
		call    func() error
		rest    restCall
		code    codes.Code
		http    int
	}{
		{"/wxa/apply_merchant", 85050, apply, restCall{"POST", "/v1/store/merchant:apply", goodApply}, codes.FailedPrecondition, 400},
		{"/wxa/apply_merchant", 85029, apply, restCall{"POST", "/v1/store/merchant:apply", goodApply}, codes.AlreadyExists, 409},
		{"/wxa/apply_merchant", 85030, apply, restCall{"POST", "/v1/store/merchant:apply", goodApply}, codes.InvalidArgument, 400},
		{"/wxa/apply_merchant", 85024, apply, restCall{"POST", "/v1/store/merchant:apply", goodApply}, codes.InvalidArgument, 400},
		{"/wxa/apply_merchant", 43104, apply, restCall{"POST", "/v1/store/merchant:apply", goodApply}, codes.PermissionDenied, 403},
		{"/wxa/apply_merchant", 85056, apply, restCall{"POST", "/v1/store/merchant:apply", goodApply}, codes.InvalidArgument, 400},
		{"/wxa/add_store", 85038, addStore, restCall{"POST", "/v1/store/stores", goodAddStore}, codes.AlreadyExists, 409},
		{"/wxa/add_store", 85041, addStore, restCall{"POST", "/v1/store/stores", goodAddStore}, codes.AlreadyExists, 409},
		{"/wxa/add_store", 85042, addStore, restCall{"POST", "/v1/store/stores", goodAddStore}, codes.ResourceExhausted, 429},
		{"/wxa/add_store", 85054, addStore, restCall{"POST", "/v1/store/stores", goodAddStore}, codes.FailedPrecondition, 400},
		{"/wxa/add_store", 85055, addStore, restCall{"POST", "/v1/store/stores", goodAddStore}, codes.InvalidArgument, 400},
		{"/wxa/update_store", 65118, updateStore, restCall{"PATCH", "/v1/store/stores/472671857", goodUpdate}, codes.FailedPrecondition, 400},
		{"/wxa/update_store", 40097, updateStore, restCall{"PATCH", "/v1/store/stores/472671857", goodUpdate}, codes.InvalidArgument, 400},
		{"/wxa/update_store", 85053, updateStore, restCall{"PATCH", "/v1/store/stores/472671857", goodUpdate}, codes.FailedPrecondition, 400},
		{"/wxa/get_store_info", 65115, getStore, restCall{"GET", "/v1/store/stores/472671857", ""}, codes.NotFound, 404},
		{"/wxa/get_store_info", 85039, getStore, restCall{"GET", "/v1/store/stores/472671857", ""}, codes.FailedPrecondition, 400},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.errcode), func(t *testing.T) {
			h.Sim.Inject(tt.path, wechatsim.Fault{Errcode: tt.errcode, Times: 2})
			reason := fmt.Sprintf("WECHAT_%d", tt.errcode)
			info := gatewaytest.AssertStatus(t, tt.call(), tt.code, reason)
			if info.GetMetadata()["errcode"] != fmt.Sprint(tt.errcode) || info.GetMetadata()["errmsg"] == "" {
				t.Errorf("ErrorInfo metadata %v", info.GetMetadata())
			}
			code, body := h.REST(tt.rest.method, tt.rest.path, tt.rest.body)
			if code != tt.http || gatewaytest.RESTReason(body) != reason {
				t.Errorf("REST: HTTP %d %v, want %d %s", code, body, tt.http, reason)
			}
		})
	}
}

// TestCreateMapPoiErrors: create_map_poi's {"error": …} answer becomes a status
// like any errcode; a refused access_token (an errcode answer there too) is
// refreshed and the call made once more.
func TestCreateMapPoiErrors(t *testing.T) {
	h := start(t)
	req := &storev1.CreateMapPoiRequest{
		Name: "n", Longitude: 113.3, Latitude: 23.1, Province: "广东省", City: "广州市", District: "海珠区", Address: "a",
		Category: "美食:中餐厅", Telephone: []string{"020-1234567"}, Photo: picA, License: picB, Introduct: "i", Districtid: 999999,
	}
	_, err := h.store.CreateMapPoi(h.Ctx(""), req)
	info := gatewaytest.AssertStatus(t, err, codes.InvalidArgument, "WECHAT_40097")
	if msg := info.GetMetadata()["errmsg"]; msg == "" {
		t.Errorf("ErrorInfo without errmsg: %v", info)
	}

	req.Districtid = 440105
	h.Sim.InvalidateTokens()
	resp, err := h.store.CreateMapPoi(h.Ctx(""), req)
	if err != nil || resp.GetBaseId() == 0 {
		t.Fatalf("after a refused token: %v %v", resp, err)
	}
	if n := len(h.Sim.RequestsTo("/wxa/create_map_poi")); n != 3 {
		t.Errorf("WeChat got %d create_map_poi calls, want 3 (the refused one retried once)", n)
	}
}

// TestDistrictsCached: ListDistricts asks WeChat once per account until the cache
// expires; the categories likewise.
func TestDistrictsCached(t *testing.T) {
	other, err := wechatsim.Start(wechatsim.Options{AppID: "wxother000000001", AppSecret: "other-secret"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	h := start(t, gatewaytest.WithAccount(config.Account{
		Name: "other", AppID: other.AppID(), AppSecret: config.Secret(other.AppSecret()), UpstreamURL: other.URL(), TokenMode: "stable",
	}))
	for i := range 3 {
		if _, err := h.store.ListDistricts(h.Ctx(""), &storev1.ListDistrictsRequest{}); err != nil {
			t.Fatal(err)
		}
		if code, body := h.REST("GET", "/v1/store/districts", ""); code != http.StatusOK || body["data_version"] != "20170510" {
			t.Fatalf("REST call %d: HTTP %d %v", i, code, body["data_version"])
		}
		if _, err := h.store.ListMerchantCategories(h.Ctx(""), &storev1.ListMerchantCategoriesRequest{}); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(h.Sim.RequestsTo("/wxa/get_district")); n != 1 {
		t.Errorf("6 ListDistricts made %d get_district calls, want 1", n)
	}
	if n := len(h.Sim.RequestsTo("/wxa/get_merchant_category")); n != 1 {
		t.Errorf("3 ListMerchantCategories made %d calls, want 1", n)
	}

	// Another account has a cache entry of its own.
	if _, err := h.store.ListDistricts(h.Ctx("other"), &storev1.ListDistrictsRequest{}); err != nil {
		t.Fatal(err)
	}
	if n := len(other.RequestsTo("/wxa/get_district")); n != 1 {
		t.Errorf("account other: %d get_district calls, want 1", n)
	}

	// A day later the entry has expired: one more call each.
	h.Clock.Advance(25 * time.Hour)
	for range 2 {
		if _, err := h.store.ListDistricts(h.Ctx(""), &storev1.ListDistrictsRequest{}); err != nil {
			t.Fatal(err)
		}
		if _, err := h.store.ListMerchantCategories(h.Ctx(""), &storev1.ListMerchantCategoriesRequest{}); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(h.Sim.RequestsTo("/wxa/get_district")); n != 2 {
		t.Errorf("after expiry: %d get_district calls in all, want 2", n)
	}
	if n := len(h.Sim.RequestsTo("/wxa/get_merchant_category")); n != 2 {
		t.Errorf("after expiry: %d get_merchant_category calls in all, want 2", n)
	}
}

// TestDistrictsErrorsNotCached: a failed get_district is not cached, and a
// Tencent Map status is mapped like an errcode.
func TestDistrictsErrorsNotCached(t *testing.T) {
	h := start(t)
	h.Sim.Inject("/wxa/get_district", wechatsim.Fault{Errcode: 45009, Times: 1})
	_, err := h.store.ListDistricts(h.Ctx(""), &storev1.ListDistrictsRequest{})
	gatewaytest.AssertStatus(t, err, codes.ResourceExhausted, "WECHAT_45009")
	if _, err := h.store.ListDistricts(h.Ctx(""), &storev1.ListDistrictsRequest{}); err != nil {
		t.Fatalf("after the failure: %v", err)
	}
}

// TestDistrictsConcurrent: callers at once share one get_district call and the
// one cached answer (run with -race).
func TestDistrictsConcurrent(t *testing.T) {
	h := start(t)
	errs := make(chan error, 16)
	for i := range cap(errs) {
		go func() {
			if i%2 == 0 {
				_, err := h.store.ListDistricts(h.Ctx(""), &storev1.ListDistrictsRequest{})
				errs <- err
				return
			}
			if code, body := h.REST("GET", "/v1/store/districts", ""); code != http.StatusOK {
				errs <- fmt.Errorf("REST: HTTP %d %v", code, body)
				return
			}
			errs <- nil
		}()
	}
	for range cap(errs) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if n := len(h.Sim.RequestsTo("/wxa/get_district")); n != 1 {
		t.Errorf("16 callers at once made %d get_district calls, want 1", n)
	}
}
