package wechatsim

import (
	"fmt"
	"strings"
	"testing"
)

func TestOpenpluginToken(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	const body = `{"callback_url":"http://weixin.qq.com/"}`

	a := h.api(tok, "POST", "/bizwifi/openplugin/token", body)
	wantErrcode(t, a, 0)
	d := a.data()
	if d["is_open"] != false || len(fmt.Sprint(d["wifi_token"])) < 32 {
		t.Fatalf("plugin not open: %s", a.raw)
	}

	h.sim.SetPluginOpen(true)
	a = h.api(tok, "POST", "/bizwifi/openplugin/token", body)
	wantErrcode(t, a, 0)
	if d := a.data(); d["is_open"] != true || d["wifi_token"] != "" {
		t.Fatalf("plugin open: %s", a.raw)
	}
}

func TestQrcodeGet(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	for _, body := range []string{
		`{"shop_id":429620,"img_id":0}`,
		`{"shop_id":429620,"img_id":1}`,
		`{"shop_id":429621,"img_id":1,"ssid":"WX123"}`,
	} {
		a := h.api(tok, "POST", "/bizwifi/qrcode/get", body)
		wantErrcode(t, a, 0)
		if u := fmt.Sprint(a.data()["qrcode_url"]); !strings.HasPrefix(u, "http://") {
			t.Errorf("%s: qrcode_url %q", body, u)
		}
	}
	a := h.api(tok, "POST", "/bizwifi/qrcode/get", `{"shop_id":1,"img_id":1}`)
	wantErrcode(t, a, codeWifiShopNotFound)

	h.sim.AddShop(1, "test shop")
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/qrcode/get", `{"shop_id":1,"img_id":1}`), 0)
}

func TestGetConnectURL(t *testing.T) {
	h := start(t, Options{AppID: "wxabc"})
	a := h.api(h.token(), "GET", "/bizwifi/account/get_connecturl", "")
	wantErrcode(t, a, 0)
	if u := fmt.Sprint(a.data()["connect_url"]); !strings.HasPrefix(u, "http://") || !strings.Contains(u, "wxabc") {
		t.Fatalf("connect_url %q", u)
	}
}

func TestHomepageSetThenGet(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	get := func(shopID int) map[string]any {
		t.Helper()
		a := h.api(tok, "POST", "/bizwifi/homepage/get", fmt.Sprintf(`{"shop_id":%d}`, shopID))
		wantErrcode(t, a, 0)
		return a.data()
	}
	wantHomepage := func(shopID int, templateID, url string) {
		t.Helper()
		d := get(shopID)
		if fmt.Sprint(d["shop_id"]) != fmt.Sprint(shopID) || fmt.Sprint(d["template_id"]) != templateID || d["url"] != url {
			t.Fatalf("homepage of %d = %v, want template %s url %q", shopID, d, templateID, url)
		}
	}

	wantHomepage(429620, "0", "") // never set

	a := h.api(tok, "POST", "/bizwifi/homepage/set", `{"shop_id":429620,"template_id":1,"struct":{"url":"http://wifi.weixin.qq.com/"}}`)
	wantErrcode(t, a, 0)
	if a.raw != "{\"errcode\":0}\n" {
		t.Errorf("set answered %q", a.raw)
	}
	wantHomepage(429620, "1", "http://wifi.weixin.qq.com/")
	wantHomepage(429621, "0", "") // other shops untouched

	wantErrcode(t, h.api(tok, "POST", "/bizwifi/homepage/set", `{"shop_id":429620,"template_id":0}`), 0)
	wantHomepage(429620, "0", "")

	// A struct alongside the default template is allowed and ignored.
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/homepage/set", `{"shop_id":429620,"template_id":0,"struct":{"url":"http://x.example/"}}`), 0)
	wantHomepage(429620, "0", "")

	wantErrcode(t, h.api(tok, "POST", "/bizwifi/homepage/set", `{"shop_id":5,"template_id":0}`), codeWifiShopNotFound)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/homepage/get", `{"shop_id":5}`), codeWifiShopNotFound)
}

func TestBarSet(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	a := h.api(tok, "POST", "/bizwifi/bar/set", `{"shop_id":429620,"bar_type":1}`)
	wantErrcode(t, a, 0)
	h.sim.mu.Lock()
	got := h.sim.shops[429620].barType
	h.sim.mu.Unlock()
	if got != 1 {
		t.Errorf("barType = %d, want 1", got)
	}
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/bar/set", `{"shop_id":42,"bar_type":1}`), codeWifiShopNotFound)
}
