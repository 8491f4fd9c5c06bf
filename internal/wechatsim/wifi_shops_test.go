package wechatsim

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// line prints values separated by spaces, as Sprintln does for every operand
// (Sprint would glue json.Number values, which are strings, together).
func line(vs ...any) string { return strings.TrimSuffix(fmt.Sprintln(vs...), "\n") }

// records returns the records of a shop/list or device/list answer.
func (a answer) records() []map[string]any {
	var out []map[string]any
	list, _ := a.data()["records"].([]any)
	for _, r := range list {
		m, _ := r.(map[string]any)
		out = append(out, m)
	}
	return out
}

func TestShopList(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()

	a := h.api(tok, "POST", "/bizwifi/shop/list", `{}`)
	wantErrcode(t, a, 0)
	if d := a.data(); line(d["totalcount"], d["pageindex"], d["pagecount"]) != "3 1 1" {
		t.Errorf("defaults: %s", a.raw)
	}
	// A shop without devices has "ssid": null, as in WeChat's own answer.
	if !strings.Contains(a.raw, `"ssid":null`) || !strings.Contains(a.raw, `"ssid_list":[]`) {
		t.Errorf("a shop without devices: %s", a.raw)
	}

	a = h.api(tok, "POST", "/bizwifi/shop/list", `{"pageindex":2,"pagesize":2}`)
	wantErrcode(t, a, 0)
	recs := a.records()
	if len(recs) != 1 || fmt.Sprint(recs[0]["shop_id"]) != "7921527" || fmt.Sprint(a.data()["pagecount"]) != "2" {
		t.Errorf("page 2 of 2: %s", a.raw)
	}
	a = h.api(tok, "POST", "/bizwifi/shop/list", `{"pageindex":9,"pagesize":2}`)
	wantErrcode(t, a, 0)
	if len(a.records()) != 0 || !strings.Contains(a.raw, `"records":[]`) {
		t.Errorf("past the end: %s", a.raw)
	}

	wantErrcode(t, h.api(tok, "POST", "/bizwifi/shop/list", `{"pagesize":21}`), codeWifiListTooLong)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/shop/list", `{"pageindex":-1}`), codeWifiInvalidParam)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/shop/list", `{"pageindex":"1"}`), codeInvalidArgs)
}

func TestShopGetUpdateClean(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	get := func() map[string]any {
		t.Helper()
		a := h.api(tok, "POST", "/bizwifi/shop/get", `{"shop_id":429620}`)
		wantErrcode(t, a, 0)
		return a.data()
	}

	d := get()
	if d["shop_name"] != "南山店" || d["ssid"] != "" || line(d["protocol_type"], d["ap_count"]) != "0 0" {
		t.Errorf("an empty shop: %v", d)
	}
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/shop/update", `{"shop_id":429620,"ssid":"WX9"}`), codeWifiNoNetwork)

	wantErrcode(t, h.api(tok, "POST", "/bizwifi/device/add", `{"shop_id":429620,"ssid":"WX1","password":"12345678"}`), 0)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/device/add", `{"shop_id":429620,"ssid":"Cafe","password":"WX345678"}`), 0)
	d = get()
	if d["ssid"] != "WX1" || d["password"] != "12345678" || fmt.Sprint(d["ssid_list"]) != "[WX1 Cafe]" ||
		line(d["protocol_type"], d["ap_count"]) != "4 2" ||
		fmt.Sprint(d["ssid_password_list"]) != "[map[password:12345678 ssid:WX1] map[password:WX345678 ssid:Cafe]]" {
		t.Errorf("a password shop: %v", d)
	}

	for body, code := range map[string]int{
		`{"shop_id":429620,"ssid":"WX9"}`:                                         codeWifiMissingParam, // two ssids: old_ssid needed
		`{"shop_id":429620,"old_ssid":"nope","ssid":"WX9"}`:                       codeWifiInvalidParam, // no such ssid
		`{"shop_id":429620,"old_ssid":"Cafe","ssid":"WX1"}`:                       codeWifiDeviceExists, // taken
		`{"shop_id":429620,"old_ssid":"Cafe","ssid":"Tea","password":"12345678"}`: codeWifiNoWXPrefix,
		`{"shop_id":429620,"old_ssid":"Cafe","password":"short"}`:                 codeWifiPasswordShort,
		`{"shop_id":429620,"old_ssid":"Cafe"}`:                                    codeWifiMissingParam,
		`{"shop_id":1,"ssid":"WX9"}`:                                              codeWifiShopNotFound,
	} {
		wantErrcode(t, h.api(tok, "POST", "/bizwifi/shop/update", body), code)
	}
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/shop/update", `{"shop_id":429620,"old_ssid":"Cafe","ssid":"Tea","password":"WXtea123"}`), 0)
	if d = get(); fmt.Sprint(d["ssid_list"]) != "[WX1 Tea]" || !strings.Contains(fmt.Sprint(d["ssid_password_list"]), "password:WXtea123 ssid:Tea") {
		t.Errorf("after the update: %v", d)
	}

	wantErrcode(t, h.api(tok, "POST", "/bizwifi/shop/clean", `{"shop_id":429620,"ssid":"nope"}`), codeWifiInvalidParam)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/shop/clean", `{"shop_id":429620,"ssid":"Tea"}`), 0)
	if d = get(); line(d["ssid_list"], d["protocol_type"]) != "[WX1] 4" {
		t.Errorf("after cleaning one ssid: %v", d)
	}
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/shop/clean", `{"shop_id":429620}`), 0)
	if d = get(); line(d["ssid_list"], d["protocol_type"], d["ap_count"]) != "[] 0 0" {
		t.Errorf("after cleaning the shop: %v", d)
	}
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/shop/get", `{"shop_id":1}`), codeWifiShopNotFound)
}

func TestFinishPageSet(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/finishpage/set", `{"shop_id":429620,"finishpage_url":"https://a.example/done"}`), 0)
	a := h.api(tok, "POST", "/bizwifi/shop/get", `{"shop_id":429620}`)
	if a.data()["finishpage_url"] != "https://a.example/done" {
		t.Errorf("shop/get after finishpage/set: %s", a.raw)
	}
	for _, body := range []string{
		`{"shop_id":429620}`,
		`{"shop_id":429620,"finishpage_url":"/done"}`,
		`{"shop_id":429620,"finishpage_type":1,"wxa_path":"pages/index"}`,
		`{"shop_id":429620,"finishpage_type":2,"finishpage_url":"https://a.example/"}`,
	} {
		wantErrcode(t, h.api(tok, "POST", "/bizwifi/finishpage/set", body), codeInvalidArgs)
	}
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/finishpage/set", `{"shop_id":429620,"finishpage_type":1,"wxa_user_name":"gh_966b66e00888"}`), 0)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/finishpage/set", `{"shop_id":1,"finishpage_url":"https://a.example/"}`), codeWifiShopNotFound)
}

var macPattern = regexp.MustCompile(`^02(:[0-9a-f]{2}){5}$`)

func TestDevices(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	// In order: the first add makes the second a duplicate.
	for _, tt := range []struct {
		body string
		code int
	}{
		{`{"shop_id":429620,"ssid":"WX1","password":"12345678"}`, 0},
		{`{"shop_id":429620,"ssid":"WX1","password":"87654321"}`, codeWifiDeviceExists},
		{`{"shop_id":429620,"ssid":"cafe","password":"12345678"}`, codeWifiNoWXPrefix},
		{`{"shop_id":429620,"ssid":"WX2","password":"1234567"}`, codeWifiPasswordShort},
		{`{"shop_id":429620,"ssid":"WX2","password":"密码12345678"}`, codeWifiPasswordCJK},
		{`{"shop_id":429620,"ssid":"WX2","password":"1234567890123456789012345"}`, codeWifiInvalidParam},
		{`{"shop_id":429620,"ssid":"WX2"}`, codeInvalidArgs},
		{`{"shop_id":429620,"ssid":"WX2","password":"12345678","bssid":"00:1f:7a:ad:5c:a8"}`, codeInvalidArgs}, // the old API's key
		{`{"shop_id":1,"ssid":"WX2","password":"12345678"}`, codeWifiShopNotFound},
	} {
		wantErrcode(t, h.api(tok, "POST", "/bizwifi/device/add", tt.body), tt.code)
	}
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/device/add", `{"shop_id":7921527,"ssid":"WX3","password":"12345678"}`), 0)

	a := h.api(tok, "POST", "/bizwifi/device/list", `{"pageindex":1,"pagesize":10}`)
	wantErrcode(t, a, 0)
	recs := a.records()
	if len(recs) != 2 || line(recs[0]["shop_id"], recs[0]["ssid"], recs[0]["protocol_type"]) != "429620 WX1 4" ||
		line(recs[1]["shop_id"], recs[1]["ssid"]) != "7921527 WX3" {
		t.Fatalf("device/list: %s", a.raw)
	}
	bssid := fmt.Sprint(recs[0]["bssid"])
	if !macPattern.MatchString(bssid) || bssid == recs[1]["bssid"] {
		t.Errorf("bssids %v, %v", bssid, recs[1]["bssid"])
	}
	a = h.api(tok, "POST", "/bizwifi/device/list", `{"shop_id":7921527}`)
	if recs := a.records(); len(recs) != 1 || recs[0]["ssid"] != "WX3" {
		t.Errorf("device/list of one shop: %s", a.raw)
	}
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/device/list", `{"shop_id":1}`), codeWifiShopNotFound)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/device/list", `{"pagesize":50}`), codeWifiListTooLong)

	wantErrcode(t, h.api(tok, "POST", "/bizwifi/device/delete", `{"bssid":"`+strings.ToUpper(bssid)+`"}`), codeWifiInvalidParam)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/device/delete", `{"bssid":"`+bssid+`"}`), 0)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/device/delete", `{"bssid":"`+bssid+`"}`), codeWifiDeviceNotFound)
	a = h.api(tok, "POST", "/bizwifi/device/list", `{}`)
	if fmt.Sprint(a.data()["totalcount"]) != "1" {
		t.Errorf("after the delete: %s", a.raw)
	}
	if d := h.api(tok, "POST", "/bizwifi/shop/get", `{"shop_id":429620}`).data(); line(d["ap_count"], d["ssid_list"]) != "0 [WX1]" {
		t.Errorf("the network stays, without devices: %v", d)
	}
}

var keyPattern = regexp.MustCompile(`^[0-9a-f]{32}$`)

func TestApportalRegister(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	register := func(body string) string {
		t.Helper()
		a := h.api(tok, "POST", "/bizwifi/apportal/register", body)
		wantErrcode(t, a, 0)
		key := fmt.Sprint(a.data()["secretkey"])
		if !keyPattern.MatchString(key) {
			t.Fatalf("secretkey %q", key)
		}
		return key
	}
	key := register(`{"shop_id":429621,"ssid":"WXportal"}`)
	if again := register(`{"shop_id":429621,"ssid":"WXportal","reset":false}`); again != key {
		t.Errorf("without reset the key changed: %s, %s", key, again)
	}
	if reset := register(`{"shop_id":429621,"ssid":"WXportal","reset":true}`); reset == key {
		t.Errorf("reset kept the key")
	}
	if d := h.api(tok, "POST", "/bizwifi/shop/get", `{"shop_id":429621}`).data(); line(d["protocol_type"], d["ap_count"], d["password"]) != "31 1 " {
		t.Errorf("a portal shop: %v", d)
	}
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/device/add", `{"shop_id":429621,"ssid":"WX1","password":"12345678"}`), codeWifiNotPassword)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/shop/update", `{"shop_id":429621,"ssid":"WXp2","password":"12345678"}`), codeWifiPortalSSIDOnly)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/shop/update", `{"shop_id":429621,"password":"12345678"}`), codeWifiPortalSSIDOnly)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/shop/update", `{"shop_id":429621,"ssid":"WXp2"}`), 0)

	wantErrcode(t, h.api(tok, "POST", "/bizwifi/device/add", `{"shop_id":429620,"ssid":"WX1","password":"12345678"}`), 0)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/apportal/register", `{"shop_id":429620,"ssid":"WXp"}`), codeWifiNotPortal)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/apportal/register", `{"shop_id":7921527,"ssid":"`+strings.Repeat("W", 31)+`"}`), codeWifiInvalidParam)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/apportal/register", `{"shop_id":7921527,"ssid":""}`), codeWifiMissingParam)
}
