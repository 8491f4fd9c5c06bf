package wechatsim

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestCouponPut(t *testing.T) {
	h := startWithClock(t, Options{}) // 2026-01-02 03:04:05 UTC
	tok := h.token()
	now := h.clock.Now().Unix()
	get := func(shopID int) map[string]any {
		t.Helper()
		a := h.api(tok, "POST", "/bizwifi/couponput/get", fmt.Sprintf(`{"shop_id":%d}`, shopID))
		wantErrcode(t, a, 0)
		return a.data()
	}

	if d := get(429620); d["card_id"] != "" || fmt.Sprint(d["shop_id"]) != "429620" {
		t.Errorf("nothing set: %v", d)
	}
	set := fmt.Sprintf(`{"shop_id":429620,"card_id":"pBnTrjvZJXkZsPGwfq9F0Hl0WqE","card_describe":"10元代金券","start_time":%d,"end_time":%d,"card_quantity":10}`, now+60, now+3600)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/couponput/set", set), 0)
	d := get(429620)
	if d["card_id"] != "pBnTrjvZJXkZsPGwfq9F0Hl0WqE" || d["card_describe"] != "10元代金券" ||
		line(d["start_date"], d["end_date"]) != line(now+60, now+3600) {
		t.Errorf("after set: %v", d)
	}
	for _, step := range []struct {
		advance time.Duration
		status  string
	}{{0, "1"}, {2 * time.Minute, "0"}, {time.Hour, "2"}} {
		h.clock.Advance(step.advance)
		if d := get(429620); fmt.Sprint(d["card_status"]) != step.status {
			t.Errorf("after %v more: card_status %v, want %s", step.advance, d["card_status"], step.status)
		}
	}

	// shop_id 0 is every shop without a delivery of its own.
	all := fmt.Sprintf(`{"shop_id":0,"card_id":"pAll","card_describe":"全店","start_time":%d,"end_time":%d}`, now, now+86400)
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/couponput/set", all), 0)
	if d := get(429621); d["card_id"] != "pAll" {
		t.Errorf("another shop after shop_id 0: %v", d)
	}
	if d := get(0); d["card_id"] != "pAll" {
		t.Errorf("shop_id 0: %v", d)
	}
	if d := get(429620); d["card_id"] != "pBnTrjvZJXkZsPGwfq9F0Hl0WqE" {
		t.Errorf("a shop's own delivery: %v", d)
	}

	for body, code := range map[string]int{
		fmt.Sprintf(`{"shop_id":429620,"card_id":"p","card_describe":"%s","start_time":1,"end_time":2}`, strings.Repeat("券", 19)): codeWifiInvalidParam,
		`{"shop_id":429620,"card_id":"p","card_describe":"x","start_time":2,"end_time":2}`:                                        codeWifiInvalidParam,
		`{"shop_id":429620,"card_id":"","card_describe":"x","start_time":1,"end_time":2}`:                                         codeWifiMissingParam,
		`{"shop_id":429620,"card_id":"p","card_describe":"x","start_time":1}`:                                                     codeInvalidArgs,
		`{"shop_id":1,"card_id":"p","card_describe":"x","start_time":1,"end_time":2}`:                                             codeWifiShopNotFound,
		`{"shop_id":429620,"card_id":"p","card_describe":"x","start_time":"1","end_time":2}`:                                      codeInvalidArgs,
	} {
		wantErrcode(t, h.api(tok, "POST", "/bizwifi/couponput/set", body), code)
	}
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/couponput/get", `{"shop_id":1}`), codeWifiShopNotFound)
}
