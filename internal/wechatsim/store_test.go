package wechatsim

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// The seed's own request examples (seed 004), as WeChat documents them; the
// simulator must accept every one.
const (
	seedApplyMerchant = `{
"first_catid": 476,
"second_catid": 477,
"qualification_list": "RTZgKZ386yFn5kQSWLTxe4bqxwgzGBjs3OE02cg9CVQk1wRVE3c8fjUFX7jvpi-P",
"headimg_mediaid": "RTZgKZ386yFn5kQSWLTxe4bqxwgzGBjs3OE02cg9CVQk1wRVE3c8fjUFX7jvpi-P",
"nickname": "hardenzhang308",
"intro": "hardenzhangtest",
"org_code": "",
"other_files": ""
}`
	seedCreateMapPoi = `{
"name": "hardenzhang",
"longitude": "113.323753357",
"latitude": "23.0974903107",
"province": "广东省",
"city": "广州市",
"district": "海珠区",
"address": "TIT",
"category": "类目1:类目2",
"telephone": "12345678901",
"photo": "http://mmbiz.qpic.cn/mmbiz_png/tW66AWE2K6ECFPcyAcIZTG8RlcR0sAqBibOm8gao5xOoLfIic9ZJ6MADAktGPxZI7MZLcadZUT36b14NJ2cHRHA/0?wx_fmt=png",
"license": "http://mmbiz.qpic.cn/mmbiz_png/tW66AWE2K6ECFPcyAcIZTG8RlcR0sAqBibOm8gao5xOoLfIic9ZJ6MADAktGPxZI7MZLcadZUT36b14NJ2cHRHA/0?wx_fmt=png",
"introduct": "test",
"districtid": "440105"
}`
	seedAddStore = `{
"poi_id": "",
"map_poi_id": "2880741500279549033",
"pic_list":"{\"list\":[\"http://mmbiz.qpic.cn/mmbiz_jpg/tW66AWvE2K4EJxIYOVpiaGOkfg0iayibiaP2xHOChvbmKQD5uh8ymibbEKlTTPmjTdQ8ia43sULLeG1pT2psOfPic4kTw/0?wx_fmt=jpeg\"]}",
"contract_phone": "1111222222",
"credential": "22883878-0",
"qualification_list": "RTZgKZ386yFn5kQSWLTxe4bqxwgzGBjs3OE02cg9CVQk1wRVE3c8fjUFX7jvpi-P"
}`
	seedUpdateStore = `{
"map_poi_id":"5938314494307741153",
"poi_id":"472671857",
"hour":"10:00-21:00",
"contract_phone":"123456",
"pic_list":"{\"list\":[\"http://mmbiz.qpic.cn/mmbiz_jpg/tW66AWvE2K4EJxIYOVpiaGOkfg0iayibiaP2xHOChvbmKQD5uh8ymibbEKlTTPmjTdQ8ia43sULLeG1pT2psOfPic4kTw/0?wx_fmt=jpeg\"]}"
}`
)

// TestStoreSeedExamples: every request example of the seed is accepted, and the
// answers have the seed's shape.
func TestStoreSeedExamples(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()

	a := h.api(tok, "POST", "/wxa/apply_merchant", seedApplyMerchant)
	wantErrcode(t, a, 0)
	a = h.api(tok, "GET", "/wxa/get_merchant_audit_info", "")
	wantErrcode(t, a, 0)
	if fmt.Sprint(a.data()["status"]) != "2" {
		t.Errorf("audit after apply: %s, want status 2 (审核中)", a.raw)
	}
	wantErrcode(t, h.api(tok, "POST", "/wxa/apply_merchant", seedApplyMerchant), codeUnderAudit)

	a = h.api(tok, "POST", "/wxa/create_map_poi", seedCreateMapPoi)
	if a.json["error"] != nil || a.data()["base_id"] == nil || a.data()["rich_id"] == nil {
		t.Errorf("create_map_poi: %s, want {\"error\":null,\"data\":{base_id, rich_id}}", a.raw)
	}

	a = h.api(tok, "POST", "/wxa/add_store", seedAddStore)
	wantErrcode(t, a, 0)
	if a.data()["audit_id"] == nil {
		t.Errorf("add_store: %s, want data.audit_id", a.raw)
	}
	a = h.api(tok, "POST", "/wxa/update_store", seedUpdateStore)
	wantErrcode(t, a, 0)
	if fmt.Sprint(a.data()["has_audit_id"]) != "1" { // a picture the store did not have
		t.Errorf("update_store: %s, want has_audit_id 1", a.raw)
	}
	a = h.api(tok, "POST", "/wxa/update_store", seedUpdateStore)
	if fmt.Sprint(a.data()["has_audit_id"]) != "0" || fmt.Sprint(a.data()["audit_id"]) != "0" {
		t.Errorf("update_store with the same pictures: %s, want has_audit_id 0", a.raw)
	}

	wantErrcode(t, h.api(tok, "POST", "/wxa/get_store_info", `{"poi_id":"472671857"}`), 0)
	wantErrcode(t, h.api(tok, "POST", "/wxa/get_store_list", `{"offset": 0, "limit": 10}`), 0)
	wantErrcode(t, h.api(tok, "POST", "/wxa/search_map_poi", `{"districtid":440105, "keyword":"x"}`), 0)
	wantErrcode(t, h.api(tok, "POST", "/card/storewxa/set", `{"poi_id" : 472671857, "card_id" : "pabcedfg1234567hijklmn"}`), 0)
	a = h.api(tok, "POST", "/card/storewxa/get", `{"poi_id" : 472671857}`)
	if a.field("card_id") != "pabcedfg1234567hijklmn" {
		t.Errorf("card/storewxa/get: %s", a.raw)
	}
	wantErrcode(t, h.api(tok, "POST", "/wxa/del_store", `{"poi_id":"472671857"}`), 0)
	wantErrcode(t, h.api(tok, "POST", "/wxa/get_store_info", `{"poi_id":"472671857"}`), codeStoreNotFound)
}

// TestStoreWireStrictness: the packed and typed values are checked as the seed
// shows them, so that a gateway encoding bug fails.
func TestStoreWireStrictness(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	addStore := func(mod func(map[string]any)) string {
		var m map[string]any
		if err := json.Unmarshal([]byte(seedAddStore), &m); err != nil {
			t.Fatal(err)
		}
		mod(m)
		b, _ := json.Marshal(m)
		return string(b)
	}
	tests := []struct {
		name, path, body string
		errcode          int
		msg              string // part of the errmsg
	}{
		{"pic_list as an array", "/wxa/add_store", addStore(func(m map[string]any) { m["pic_list"] = []string{"http://a.example/1.jpg"} }), codeInvalidArgs, "pic_list"},
		{"pic_list without list", "/wxa/add_store", addStore(func(m map[string]any) { m["pic_list"] = `["http://a.example/1.jpg"]` }), codeInvalidArgs, "pic_list"},
		{"pic_list empty", "/wxa/add_store", addStore(func(m map[string]any) { m["pic_list"] = `{"list":[]}` }), codeInvalidArgs, "pic_list"},
		{"pic_list not a URL", "/wxa/add_store", addStore(func(m map[string]any) { m["pic_list"] = `{"list":["a.jpg"]}` }), codeInvalidArgs, "pic_list"},
		{"hour format", "/wxa/add_store", addStore(func(m map[string]any) { m["hour"] = "9:00-21:00" }), codeInvalidArgs, "hour"},
		{"six media ids", "/wxa/add_store", addStore(func(m map[string]any) { m["qualification_list"] = "a|b|c|d|e|f" }), codeInvalidArgs, "qualification_list"},
		{"empty media id", "/wxa/add_store", addStore(func(m map[string]any) { m["qualification_list"] = "a||b" }), codeInvalidMediaID, ""},
		{"poi_id as a number", "/wxa/add_store", addStore(func(m map[string]any) { m["poi_id"] = 271262077 }), codeInvalidArgs, "poi_id"},
		{"unknown map_poi_id", "/wxa/add_store", addStore(func(m map[string]any) { m["map_poi_id"] = "1" }), codeInvalidMapPoiID, ""},
		{"store already added", "/wxa/add_store", addStore(func(m map[string]any) { m["map_poi_id"] = "5938314494307741153" }), codeStoreDuplicate, ""},
		{"forbidden migration", "/wxa/add_store", addStore(func(m map[string]any) { m["poi_id"] = "285633617" }), codeInvalidArgs, "poi_id"},
		{"get_store_info poi_id a number", "/wxa/get_store_info", `{"poi_id":472671857}`, codeInvalidArgs, "poi_id"},
		{"get_store_info unknown", "/wxa/get_store_info", `{"poi_id":"1"}`, codeStoreNotFound, ""},
		{"storewxa poi_id a string", "/card/storewxa/get", `{"poi_id":"472671857"}`, codeInvalidArgs, "poi_id"},
		{"store list limit 51", "/wxa/get_store_list", `{"offset":0,"limit":51}`, codeInvalidArgs, "limit"},
		{"store list without limit", "/wxa/get_store_list", `{"offset":0}`, codeInvalidArgs, "limit"},
		{"search districtid a string", "/wxa/search_map_poi", `{"districtid":"440105","keyword":"x"}`, codeInvalidArgs, "districtid"},
		{"nickname too long", "/wxa/apply_merchant", strings.Replace(seedApplyMerchant, "hardenzhang308", "门店门店门店门店门店门店门店门店", 1), codeNameInvalid, ""},
		{"nickname reserved", "/wxa/apply_merchant", strings.Replace(seedApplyMerchant, "hardenzhang308", "微信小店", 1), codeNameInvalid, ""},
		{"sensitive category without documents", "/wxa/apply_merchant", `{"first_catid":278,"second_catid":280,"headimg_mediaid":"m","nickname":"abcd","intro":"x"}`, codeInvalidArgs, "qualification_list"},
		{"second category under another", "/wxa/apply_merchant", `{"first_catid":269,"second_catid":280,"qualification_list":"q","headimg_mediaid":"m","nickname":"abcd","intro":"x"}`, codeInvalidArgs, "second_catid"},
		{"update bad hour", "/wxa/update_store", strings.Replace(seedUpdateStore, "10:00-21:00", "10:00 to 21:00", 1), codeInvalidArgs, "hour"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := h.api(tok, "POST", tt.path, tt.body)
			wantErrcode(t, a, tt.errcode)
			if !strings.Contains(a.errmsg(), tt.msg) {
				t.Errorf("errmsg %q does not name %q", a.errmsg(), tt.msg)
			}
		})
	}
}

// TestCreateMapPoiErrorShape: create_map_poi's own errors come in "error", while a
// refused access_token is the usual errcode answer.
func TestCreateMapPoiErrorShape(t *testing.T) {
	h := start(t, Options{})
	a := h.api(h.token(), "POST", "/wxa/create_map_poi", strings.Replace(seedCreateMapPoi, `"440105"`, `"999999"`, 1))
	e, _ := a.json["error"].(map[string]any)
	if a.status != 200 || fmt.Sprint(e["errcode"]) != "40097" || !strings.Contains(fmt.Sprint(e["errmsg"]), "districtid") || a.json["data"] != nil {
		t.Errorf("got %s, want {\"error\":{\"errcode\":40097,…},\"data\":null}", a.raw)
	}
	a = h.api("not-a-token", "POST", "/wxa/create_map_poi", seedCreateMapPoi)
	wantErrcode(t, a, codeInvalidCredential)
}

// TestDistrictArraysLink: get_district's arrays are linked by inclusive cidx
// ranges that cover every element of the next level exactly once.
func TestDistrictArraysLink(t *testing.T) {
	h := start(t, Options{})
	a := h.api(h.token(), "GET", "/wxa/get_district", "")
	var ans struct {
		Status      int    `json:"status"`
		DataVersion string `json:"data_version"`
		Result      [][]struct {
			ID   string `json:"id"`
			Cidx []int  `json:"cidx"`
		} `json:"result"`
	}
	if err := json.Unmarshal([]byte(a.raw), &ans); err != nil || ans.Status != 0 || ans.DataVersion != districtDataVersion || len(ans.Result) != 3 {
		t.Fatalf("get_district: %v %s", err, a.raw)
	}
	for level := 0; level+1 < len(ans.Result); level++ {
		next := 0 // the ranges follow each other in order
		for i, d := range ans.Result[level] {
			if d.Cidx == nil {
				continue
			}
			if len(d.Cidx) != 2 || d.Cidx[0] != next || d.Cidx[1] < d.Cidx[0] {
				t.Fatalf("result[%d][%d] %s: cidx %v, want a range starting at %d", level, i, d.ID, d.Cidx, next)
			}
			next = d.Cidx[1] + 1
		}
		if next != len(ans.Result[level+1]) {
			t.Errorf("level %d's ranges cover %d of %d elements of the next", level, next, len(ans.Result[level+1]))
		}
	}
	for _, d := range ans.Result[2] {
		if d.Cidx != nil {
			t.Errorf("district %s of the last level has cidx %v", d.ID, d.Cidx)
		}
	}
}

// TestStoreListPages: get_store_list and getpoilist page by offset and limit, 0
// meaning 20; getpoilist's total_count is a string as in the legacy API.
func TestStoreListPages(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	a := h.api(tok, "POST", "/wxa/get_store_list", `{"offset":1,"limit":1}`)
	list, _ := a.json["business_list"].([]any)
	if len(list) != 1 || fmt.Sprint(a.json["total_count"]) != "2" || !strings.Contains(a.raw, `"poi_id":"472671857"`) {
		t.Errorf("offset 1 limit 1: %s", a.raw)
	}
	a = h.api(tok, "POST", "/cgi-bin/poi/getpoilist", `{"begin":0,"limit":0}`)
	list, _ = a.json["business_list"].([]any)
	if len(list) != 3 || a.json["total_count"] != "3" {
		t.Errorf("getpoilist: %s", a.raw)
	}
	a = h.api(tok, "POST", "/cgi-bin/poi/getpoilist", `{"begin":5,"limit":10}`)
	if list, _ := a.json["business_list"].([]any); len(list) != 0 {
		t.Errorf("past the end: %s", a.raw)
	}
}

// TestMigrateLegacyPoi: add_store with a legacy poi_id migrates that store.
func TestMigrateLegacyPoi(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	body := strings.Replace(seedAddStore, `"poi_id": ""`, `"poi_id": "271262077"`, 1)
	wantErrcode(t, h.api(tok, "POST", "/wxa/add_store", body), 0)
	wantErrcode(t, h.api(tok, "POST", "/wxa/get_store_info", `{"poi_id":"271262077"}`), 0)
	a := h.api(tok, "POST", "/cgi-bin/poi/getpoilist", `{"begin":0,"limit":1}`)
	if !strings.Contains(a.raw, `"upgrade_status":3`) {
		t.Errorf("legacy store after migration: %s", a.raw)
	}
}
