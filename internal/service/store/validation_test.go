package store_test

import (
	"strings"
	"testing"

	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	"github.com/wxgate/wxgate/internal/gatewaytest"
)

// Valid request bodies that the table below spoils one field at a time.
const (
	goodApply    = `{"first_catid":278,"second_catid":280,"qualification_list":["Q1"],"headimg_mediaid":"M","nickname":"小店abcd","intro":"x"}`
	goodMapPoi   = `{"name":"n","longitude":113.3,"latitude":23.1,"province":"广东省","city":"广州市","district":"海珠区","address":"a","category":"美食:中餐厅","telephone":["020-1234567"],"photo":"http://a.example/p.png","license":"http://a.example/l.png","introduct":"i","districtid":440105}`
	goodAddStore = `{"map_poi_id":"2880741500279549033","pic_list":["http://a.example/1.jpg"],"contract_phone":"1111222222","hour":"10:00-21:00","credential":"c"}`
	goodUpdate   = `{"hour":"10:00-21:00","contract_phone":"123456","pic_list":["http://a.example/1.jpg"]}`
)

// spoil replaces old with new in body, failing loudly if old is not there.
func spoil(t *testing.T, body, old, new string) string {
	t.Helper()
	if !strings.Contains(body, old) {
		t.Fatalf("%q is not in %s", old, body)
	}
	return strings.Replace(body, old, new, 1)
}

// TestBadInputNeverReachesWeChat: every rule of seed 004 (and of the gateway's own
// encodings and paging) is checked before WeChat is called: INVALID_ARGUMENT / HTTP
// 400 naming the field, and no upstream request.
func TestBadInputNeverReachesWeChat(t *testing.T) {
	h := start(t)
	const (
		apply  = "/v1/store/merchant:apply"
		mapPoi = "/v1/store/map-pois"
		stores = "/v1/store/stores"
		store1 = "/v1/store/stores/472671857"
	)
	tests := []struct {
		name, method, path, body, field string
	}{
		// ApplyMerchant: nickname width (a Chinese character counts 2), reserved words, ≤ 5 media ids.
		{"nickname 3 units", "POST", apply, spoil(t, goodApply, "小店abcd", "店a"), "nickname"},
		{"nickname 2 Chinese minus 1", "POST", apply, spoil(t, goodApply, "小店abcd", "abc"), "nickname"},
		{"nickname 31 units mixed", "POST", apply, spoil(t, goodApply, "小店abcd", "门店门店门店门店门店门店门店门a"), "nickname"},
		{"nickname 32 units Chinese", "POST", apply, spoil(t, goodApply, "小店abcd", "门店门店门店门店门店门店门店门店"), "nickname"},
		{"nickname fullwidth letters count 2", "POST", apply, spoil(t, goodApply, "小店abcd", "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰ"), "nickname"},
		{"nickname reserved word", "POST", apply, spoil(t, goodApply, "小店abcd", "微信小店"), "nickname"},
		{"nickname missing", "POST", apply, spoil(t, goodApply, `"nickname":"小店abcd",`, ""), "nickname"},
		{"six qualification ids", "POST", apply, spoil(t, goodApply, `["Q1"]`, `["a","b","c","d","e","f"]`), "qualification_list"},
		{"media id with a bar", "POST", apply, spoil(t, goodApply, `["Q1"]`, `["a|b"]`), "qualification_list"},
		{"empty media id", "POST", apply, spoil(t, goodApply, `["Q1"]`, `[""]`), "qualification_list"},
		{"six other files", "POST", apply, spoil(t, goodApply, `"intro":"x"`, `"intro":"x","other_files":["a","b","c","d","e","f"]`), "other_files"},
		{"no head image", "POST", apply, spoil(t, goodApply, `"headimg_mediaid":"M",`, ""), "headimg_mediaid"},
		{"no category", "POST", apply, spoil(t, goodApply, `"first_catid":278,`, ""), "first_catid"},
		{"no intro", "POST", apply, spoil(t, goodApply, `,"intro":"x"`, ""), "intro"},
		// SearchMapPoi.
		{"search without district", "GET", "/v1/store/map-pois:search?keyword=x", "", "districtid"},
		{"search without keyword", "GET", "/v1/store/map-pois:search?districtid=440105", "", "keyword"},
		// CreateMapPoi: the telephone list (the gateway joins it with ';'), districtid.
		{"no telephone", "POST", mapPoi, spoil(t, goodMapPoi, `["020-1234567"]`, `[]`), "telephone"},
		{"empty telephone", "POST", mapPoi, spoil(t, goodMapPoi, `["020-1234567"]`, `["020-1234567",""]`), "telephone"},
		{"no photo", "POST", mapPoi, spoil(t, goodMapPoi, `"photo":"http://a.example/p.png",`, ""), "photo"},
		{"telephone with a semicolon", "POST", mapPoi, spoil(t, goodMapPoi, `["020-1234567"]`, `["020-1234567;020-7654321"]`), "telephone"},
		{"no districtid", "POST", mapPoi, spoil(t, goodMapPoi, `,"districtid":440105`, ""), "districtid"},
		// AddStore: pic_list, hour's format, the required fields, media ids.
		{"no pictures", "POST", stores, spoil(t, goodAddStore, `["http://a.example/1.jpg"]`, `[]`), "pic_list"},
		{"hour without minutes", "POST", stores, spoil(t, goodAddStore, `10:00-21:00`, `10-21`), "hour"},
		{"hour single digit", "POST", stores, spoil(t, goodAddStore, `10:00-21:00`, `9:00-21:00`), "hour"},
		{"no hour", "POST", stores, spoil(t, goodAddStore, `,"hour":"10:00-21:00"`, ""), "hour"},
		{"no credential", "POST", stores, spoil(t, goodAddStore, `,"credential":"c"`, ""), "credential"},
		{"no map_poi_id", "POST", stores, spoil(t, goodAddStore, `"map_poi_id":"2880741500279549033",`, ""), "map_poi_id"},
		{"six qualification ids for a store", "POST", stores, spoil(t, goodAddStore, `"credential":"c"`, `"credential":"c","qualification_list":["a","b","c","d","e","f"]`), "qualification_list"},
		// UpdateStore.
		{"update poi 0", "PATCH", "/v1/store/stores/0", goodUpdate, "poi_id"},
		{"update bad hour", "PATCH", store1, spoil(t, goodUpdate, `10:00-21:00`, `10:00~21:00`), "hour"},
		{"update without phone", "PATCH", store1, spoil(t, goodUpdate, `,"contract_phone":"123456"`, ""), "contract_phone"},
		{"update without pictures", "PATCH", store1, spoil(t, goodUpdate, `,"pic_list":["http://a.example/1.jpg"]`, ""), "pic_list"},
		// GetStore, DeleteStore, cards.
		{"get poi not a number", "GET", "/v1/store/stores/abc", "", "poi_id"},
		{"delete poi 0", "DELETE", "/v1/store/stores/0", "", "poi_id"},
		// Paging.
		{"negative page size", "GET", "/v1/store/stores?page_size=-1", "", "page_size"},
		{"page token not base64", "GET", "/v1/store/stores?page_token=%21%21", "", "page_token"},
		{"page token of another list", "GET", "/v1/store/stores?page_token=" + legacyToken(t, h), "", "page_token"},
		{"legacy negative page size", "GET", "/v1/store/legacy-pois?page_size=-5", "", "page_size"},
	}
	h.Sim.ResetRequests() // legacyToken called WeChat once
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { h.AssertRESTBadRequest(t, tt.method, tt.path, tt.body, tt.field) })
	}
	grpcTests := []struct {
		name   string
		call   func() error
		fields []string
	}{
		{"apply with nothing set", func() error {
			_, err := h.store.ApplyMerchant(h.Ctx(""), &storev1.ApplyMerchantRequest{})
			return err
		}, []string{"first_catid", "second_catid", "headimg_mediaid", "nickname", "intro"}},
		{"nickname too wide", func() error {
			_, err := h.store.ApplyMerchant(h.Ctx(""), &storev1.ApplyMerchantRequest{
				FirstCatid: 278, SecondCatid: 280, HeadimgMediaid: "M", Intro: "x", Nickname: strings.Repeat("店", 16),
			})
			return err
		}, []string{"nickname"}},
		{"store with nothing set", func() error {
			_, err := h.store.AddStore(h.Ctx(""), &storev1.AddStoreRequest{})
			return err
		}, []string{"map_poi_id", "pic_list", "contract_phone", "hour", "credential"}},
		{"card without poi", func() error {
			_, err := h.store.SetStoreCard(h.Ctx(""), &storev1.SetStoreCardRequest{CardId: "c"})
			return err
		}, []string{"poi_id"}},
	}
	for _, tt := range grpcTests {
		t.Run("grpc "+tt.name, func(t *testing.T) { gatewaytest.AssertBadRequest(t, tt.call(), tt.fields...) })
	}
	if got := h.Sim.Requests(); len(got) != 0 {
		t.Errorf("WeChat got %d calls for bad input: %v", len(got), got)
	}
}

// TestUnstatedRulesLeftToWeChat: input that seed 004 does not refuse reaches WeChat,
// which answers it: the gateway once refused each of these itself. The simulator
// refuses most of them (40097, seed 004's 输入参数有误), and the gateway maps its
// answer; real WeChat may accept some.
func TestUnstatedRulesLeftToWeChat(t *testing.T) {
	h := start(t)
	const (
		mapPoi = "/v1/store/map-pois"
		stores = "/v1/store/stores"
		store1 = "/v1/store/stores/472671857"
	)
	tests := []struct {
		name, method, path, body, upstream, reason string
	}{
		// modify_merchant: "如果不想改，参数传空值", both may be empty.
		{"modify nothing", "PATCH", "/v1/store/merchant", `{}`, "/wxa/modify_merchant", ""},
		// create_map_poi: the seed states the fields, not their forms.
		{"telephone with letters", "POST", mapPoi, spoil(t, goodMapPoi, `["020-1234567"]`, `["020-1234567 转 8"]`), "/wxa/create_map_poi", "WECHAT_40097"},
		{"longitude 181", "POST", mapPoi, spoil(t, goodMapPoi, `113.3`, `181`), "/wxa/create_map_poi", "WECHAT_40097"},
		{"latitude -91", "POST", mapPoi, spoil(t, goodMapPoi, `23.1`, `-91`), "/wxa/create_map_poi", "WECHAT_40097"},
		{"photo not a URL", "POST", mapPoi, spoil(t, goodMapPoi, `http://a.example/p.png`, `p.png`), "/wxa/create_map_poi", "WECHAT_40097"},
		{"category without a colon", "POST", mapPoi, spoil(t, goodMapPoi, `美食:中餐厅`, `中餐厅`), "/wxa/create_map_poi", "WECHAT_40097"},
		// add_store, update_store: pictures and phone numbers are WeChat's to judge; hour
		// has the seed's format, whatever its figures.
		{"picture not a URL", "POST", stores, spoil(t, goodAddStore, `["http://a.example/1.jpg"]`, `["1.jpg"]`), "/wxa/add_store", "WECHAT_40097"},
		{"picture with a Chinese path", "POST", stores, spoil(t, goodAddStore, `http://a.example/1.jpg`, `http://a.example/门店.jpg`), "/wxa/add_store", ""},
		{"hour past midnight", "POST", stores, spoil(t, goodAddStore, `10:00-21:00`, `18:00-26:00`), "/wxa/add_store", "WECHAT_40097"},
		{"phone with letters", "POST", stores, spoil(t, goodAddStore, `1111222222`, `tel 1111`), "/wxa/add_store", "WECHAT_40097"},
		{"second picture not a URL", "PATCH", store1, spoil(t, goodUpdate, `["http://a.example/1.jpg"]`, `["http://a.example/1.jpg","javascript:x"]`), "/wxa/update_store", "WECHAT_40097"},
		// storewxa: poi_id is required, its value is WeChat's to judge; so is card_id.
		{"card of poi -1", "GET", "/v1/store/stores/-1/card", "", "/card/storewxa/get", "WECHAT_65115"},
		{"set an empty card", "PUT", store1 + "/card", `{"card_id":""}`, "/card/storewxa/set", "WECHAT_40097"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { h.AssertRESTReachesWeChat(t, tt.method, tt.path, tt.body, tt.upstream, tt.reason) })
	}
}

// legacyToken is a real next_page_token of ListLegacyPois.
func legacyToken(t *testing.T, h *harness) string {
	t.Helper()
	resp, err := h.store.ListLegacyPois(h.Ctx(""), &storev1.ListLegacyPoisRequest{PageSize: 1})
	if err != nil || resp.GetNextPageToken() == "" {
		t.Fatalf("ListLegacyPois: %v %v", resp, err)
	}
	return resp.GetNextPageToken()
}

// TestNicknameWidthBoundaries: names of exactly 4 and exactly 30 width units,
// Chinese and Latin mixed, pass and reach WeChat (whose own check agrees); one unit
// less or more is refused before WeChat (TestBadInputNeverReachesWeChat).
func TestNicknameWidthBoundaries(t *testing.T) {
	h := start(t)
	for _, name := range []string{
		"abcd",                  // 4 × 1
		"店ab",                   // 2 + 1 + 1
		"门店",                    // 2 × 2
		"ＡＢ",                    // fullwidth letters count 2
		strings.Repeat("店", 15), // 15 × 2
		"hardenzhang308" + "门店门店门店门店", // 14 + 8 × 2
		"a" + strings.Repeat("店", 14) + "b",
		strings.Repeat("a", 30),
	} {
		t.Run(name, func(t *testing.T) {
			h.Sim.SetMerchantAudit(1, "") // end the previous application's audit
			_, err := h.store.ApplyMerchant(h.Ctx(""), &storev1.ApplyMerchantRequest{
				FirstCatid: 269, SecondCatid: 270, HeadimgMediaid: "M", Intro: "x", Nickname: name,
			})
			if err != nil {
				t.Fatal(err)
			}
			if got := h.LastBody("/wxa/apply_merchant")["nickname"]; got != name {
				t.Errorf("WeChat got nickname %v", got)
			}
		})
	}
}
