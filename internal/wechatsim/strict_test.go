package wechatsim

import (
	"net/url"
	"strings"
	"testing"
)

// TestStrictRequests is the table of gateway mistakes the simulator must
// catch: each row is a request WeChat documents differently.
func TestStrictRequests(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	tests := []struct {
		name    string
		method  string
		path    string
		body    string
		want    int
		wantMsg string // substring of errmsg
	}{
		{"unknown key", "POST", "/bizwifi/qrcode/get", `{"shop_id":429620,"img_id":1,"shopid":1}`, 40097, `unknown key "shopid"`},
		{"key in other case", "POST", "/bizwifi/qrcode/get", `{"Shop_ID":429620,"img_id":1}`, 40097, `unknown key "Shop_ID"`},
		{"unknown nested key", "POST", "/bizwifi/homepage/set", `{"shop_id":429620,"template_id":1,"struct":{"url":"http://a.example/","title":"x"}}`, 40097, `unknown key "struct.title"`},
		{"missing key", "POST", "/bizwifi/qrcode/get", `{"img_id":1}`, 40097, `missing key "shop_id"`},
		{"missing enum key", "POST", "/bizwifi/bar/set", `{"shop_id":429620}`, 40097, `missing key "bar_type"`},
		{"string where number", "POST", "/bizwifi/qrcode/get", `{"shop_id":"429620","img_id":1}`, 40097, `"shop_id" must be a JSON number, got string`},
		{"fraction where integer", "POST", "/bizwifi/qrcode/get", `{"shop_id":429620,"img_id":1.5}`, 40097, `"img_id" must be an integer, got 1.5`},
		{"integer overflow", "POST", "/bizwifi/qrcode/get", `{"shop_id":99999999999999999999,"img_id":1}`, 40097, `"shop_id" must be an integer`},
		{"number where string", "POST", "/bizwifi/qrcode/get", `{"shop_id":429620,"img_id":1,"ssid":123}`, 40097, `"ssid" must be a JSON string`},
		{"bool where number", "POST", "/bizwifi/homepage/get", `{"shop_id":true}`, 40097, `"shop_id"`},
		{"string where object", "POST", "/bizwifi/homepage/set", `{"shop_id":429620,"template_id":1,"struct":"http://a.example/"}`, 40097, `"struct" must be a JSON object`},
		{"null value", "POST", "/bizwifi/homepage/get", `{"shop_id":null}`, 40097, `"shop_id" must not be null`},
		{"null optional object", "POST", "/bizwifi/homepage/set", `{"shop_id":429620,"template_id":0,"struct":null}`, 40097, `"struct" must not be null`},
		{"img_id out of range", "POST", "/bizwifi/qrcode/get", `{"shop_id":429620,"img_id":2}`, 40097, `"img_id" must be 0 or 1`},
		{"bar_type out of range", "POST", "/bizwifi/bar/set", `{"shop_id":429620,"bar_type":-1}`, 40097, `"bar_type"`},
		{"template_id out of range", "POST", "/bizwifi/homepage/set", `{"shop_id":429620,"template_id":2}`, 40097, `"template_id"`},
		{"custom template without struct", "POST", "/bizwifi/homepage/set", `{"shop_id":429620,"template_id":1}`, 40097, `missing key "struct"`},
		{"custom template without url", "POST", "/bizwifi/homepage/set", `{"shop_id":429620,"template_id":1,"struct":{}}`, 40097, `missing key "struct.url"`},
		{"custom template bad url", "POST", "/bizwifi/homepage/set", `{"shop_id":429620,"template_id":1,"struct":{"url":"wifi.weixin.qq.com"}}`, 40097, `"struct.url" must be an http(s) URL`},
		{"callback_url not a URL", "POST", "/bizwifi/openplugin/token", `{"callback_url":"/callback"}`, 40097, `"callback_url"`},
		{"callback_url missing", "POST", "/bizwifi/openplugin/token", `{}`, 40097, `missing key "callback_url"`},
		{"GET to a POST endpoint", "GET", "/bizwifi/qrcode/get", ``, 43002, "require POST method"},
		{"PUT to a POST endpoint", "PUT", "/bizwifi/homepage/set", `{"shop_id":429620,"template_id":0}`, 43002, "require POST method"},
		{"POST to a GET endpoint", "POST", "/bizwifi/account/get_connecturl", `{}`, 43001, "require GET method"},
		{"form body", "POST", "/bizwifi/qrcode/get", `shop_id=429620&img_id=1`, 47001, "data format error"},
		{"array body", "POST", "/bizwifi/qrcode/get", `[{"shop_id":429620,"img_id":1}]`, 47001, "data format error"},
		{"trailing garbage", "POST", "/bizwifi/qrcode/get", `{"shop_id":429620,"img_id":1}}`, 47001, "data format error"},
		{"null body", "POST", "/bizwifi/qrcode/get", `null`, 47001, "data format error"},
		{"empty body", "POST", "/bizwifi/qrcode/get", ``, 44002, "empty post data"},
		{"unknown path", "POST", "/bizwifi/qrcode/gett", `{}`, 40066, "invalid url"},
		{"root", "GET", "/", ``, 40066, "invalid url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h.sim.ResetRequests()
			a := h.do(tt.method, tt.path, url.Values{"access_token": {tok}, "debug": {"1"}}, tt.body)
			wantErrcode(t, a, tt.want)
			if !strings.Contains(a.errmsg(), tt.wantMsg) {
				t.Errorf("errmsg %q does not contain %q", a.errmsg(), tt.wantMsg)
			}
			// Rejected requests are recorded too, exactly as sent.
			reqs := h.sim.Requests()
			if len(reqs) != 1 {
				t.Fatalf("recorded %d requests, want 1", len(reqs))
			}
			r := reqs[0]
			if r.Method != tt.method || r.Path != tt.path || string(r.Body) != tt.body ||
				r.Query.Has("access_token") || r.Query.Get("debug") != "1" {
				t.Errorf("recorded %+v", r)
			}
		})
	}
}

func TestRequestsLog(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	h.api(tok, "POST", "/bizwifi/homepage/get", `{"shop_id":429620}`)
	h.api(tok, "GET", "/bizwifi/account/get_connecturl", "")
	h.api(tok, "POST", "/bizwifi/homepage/get", `{"shop_id":429621}`)

	if got := len(h.sim.Requests()); got != 3 {
		t.Fatalf("Requests: %d, want 3", got)
	}
	got := h.sim.RequestsTo("/bizwifi/homepage/get")
	if len(got) != 2 || string(got[0].Body) != `{"shop_id":429620}` || string(got[1].Body) != `{"shop_id":429621}` {
		t.Fatalf("RequestsTo: %+v", got)
	}
	got[0].Body[0] = 'X' // a copy: the log is not changed
	got[0].Query.Set("x", "y")
	if again := h.sim.RequestsTo("/bizwifi/homepage/get"); again[0].Body[0] != '{' || again[0].Query.Has("x") {
		t.Fatal("Requests does not return a copy")
	}
	h.sim.ResetRequests()
	if got := h.sim.Requests(); len(got) != 0 {
		t.Fatalf("after ResetRequests: %+v", got)
	}
}
