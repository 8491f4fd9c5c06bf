package server_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/wxgate/wxgate"
	"github.com/wxgate/wxgate/internal/gatewaytest"
)

// route is one REST operation of the OpenAPI spec.
type route struct{ method, path string }

// specRoutes lists every REST operation the gateway serves, from its own spec, in
// a stable order.
func specRoutes(t testing.TB) []route {
	var spec struct {
		Paths map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(wxgate.OpenAPI, &spec); err != nil {
		t.Fatal(err)
	}
	var rs []route
	for p, ops := range spec.Paths {
		for m := range ops {
			rs = append(rs, route{strings.ToUpper(m), p})
		}
	}
	slices.SortFunc(rs, func(a, b route) int { return strings.Compare(a.method+a.path, b.method+b.path) })
	return rs
}

var pathParam = regexp.MustCompile(`\{[^}]+\}`)

// restSeeds are real requests (the README's), keyed by "METHOD path": path
// parameter, query and body.
var restSeeds = map[string][3]string{
	"GET /v1/wifi/shops/{shop_id}/qrcode":          {"429620", "img_id=QRCODE_IMAGE_POSTER", ""},
	"PUT /v1/wifi/shops/{shop_id}/homepage":        {"429620", "", `{"template_id":"HOMEPAGE_TEMPLATE_CUSTOM_URL","url":"https://shop.example.com/"}`},
	"POST /v1/wifi/plugin-token":                   {"", "", `{"callback_url":"https://example.com/done"}`},
	"PUT /v1/wifi/shops/{shop_id}/bar":             {"429620", "", `{"bar_type":"BAR_TYPE_SHOP_NAME"}`},
	"GET /v1/wifi/shops":                           {"", "page_size=2", ""},
	"POST /v1/wifi/shops/{shop_id}/devices":        {"429621", "", `{"ssid":"WX-guest","password":"12345678"}`},
	"GET /v1/wifi/devices":                         {"", "shop_id=429621", ""},
	"GET /v1/wifi/statistics":                      {"", "begin_date=2026-11-01&end_date=2026-11-07&shop_id=-1", ""},
	"POST /v1/wifi/shops/{shop_id}/portal-devices": {"429620", "", `{"ssid":"WX-portal"}`},
	"POST /v1/portal/connect-url":                  {"", "", `{"shop_id":429620,"auth_url":"http://192.168.1.1/auth","extend":"abc123","mac":"aa:bb:cc:dd:ee:ff","ssid":"WX-portal"}`},
	"GET /v1/store/stores":                         {"", "page_size=10", ""},
	"POST /v1/cards/qrcodes":                       {"", "", `{"card":{"card_id":"pFS7Fjg8kV1IdDz01r4SQwMkuCKc","outer_str":"12b"},"expire_seconds":1800}`},
	"POST /v1/cards/{card_id}/codes:deposit":       {"pDF3iY0_dVjb_Pua96MMewA96qvA", "", `{"code":["11111","22222","33333","11111"]}`},
	"GET /v1/cards/{card_id}/deposit-count":        {"pDF3iY0_dVjb_Pua96MMewA96qvA", "", ""},
	"POST /v1/cards/{card_id}/codes:check":         {"pDF3iY0_dVjb_Pua96MMewA96qvA", "", `{"code":["11111","44444"]}`},
	"PUT /v1/cards/test-whitelist":                 {"", "", `{"openid":["o1Pj9jmZvwSyyyyyyBa4aULW2mA"],"username":["afdvvf"]}`},
}

// FuzzREST sends fuzzed path parameters, queries and bodies to every REST route.
// However bad the input, the gateway never answers 5xx or panics, and input the
// gateway itself refuses (a 4xx of its own, not one WeChat answered) never reaches
// WeChat. `go test` runs the seeds; `make fuzz` fuzzes for longer.
func FuzzREST(f *testing.F) {
	routes := specRoutes(f)
	for i, r := range routes {
		s, ok := restSeeds[r.method+" "+r.path]
		if !ok {
			s = [3]string{"429620", "", "{}"}
		}
		f.Add(uint8(i), s[0], s[1], s[2])
		f.Add(uint8(i), s[0]+"\xff", s[1]+"&page_token=%FF", s[2]+" {}")
	}
	h := start(f, gatewaytest.Unlimited)
	f.Fuzz(func(t *testing.T, n uint8, param, query, body string) {
		r := routes[int(n)%len(routes)]
		path := pathParam.ReplaceAllLiteralString(r.path, url.PathEscape(param))
		if query != "" {
			path += "?" + query
		}
		var rd io.Reader
		if body != "" {
			rd = strings.NewReader(body)
		}
		req, err := http.NewRequest(r.method, h.Base+path, rd)
		if err != nil {
			return // not a request a client could send
		}
		before := h.Sim.RequestCount()
		resp, err := h.HTTP.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", r.method, path, err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode >= 500 {
			t.Fatalf("%s %s %q: HTTP %d %s", r.method, path, body, resp.StatusCode, raw)
		}
		if resp.StatusCode >= 400 && !strings.Contains(string(raw), `"api.weixin.qq.com"`) {
			if after := h.Sim.RequestCount(); after != before {
				t.Fatalf("%s %s %q: refused with HTTP %d, yet WeChat got %d requests: %s", r.method, path, body, resp.StatusCode, after-before, raw)
			}
		}
	})
}
