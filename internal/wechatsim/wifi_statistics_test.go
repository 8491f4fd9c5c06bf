package wechatsim

import (
	"strings"
	"testing"
)

func TestStatisticsList(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()

	a := h.api(tok, "POST", "/bizwifi/statistics/list", `{"begin_date":"2015-05-01","end_date":"2015-05-02","shop_id":-1}`)
	wantErrcode(t, a, 0)
	// As in WeChat's own answer: shop_id the string "-1", statis_time the
	// millisecond start of the Beijing day.
	if !strings.Contains(a.raw, `"shop_id":"-1","statis_time":1430409600000`) ||
		!strings.Contains(a.raw, `"shop_id":"-1","statis_time":1430496000000`) {
		t.Errorf("all shops: %s", a.raw)
	}
	a = h.api(tok, "POST", "/bizwifi/statistics/list", `{"begin_date":"2015-05-01","end_date":"2015-05-01"}`)
	if !strings.Contains(a.raw, `"shop_id":"-1"`) {
		t.Errorf("no shop_id is all shops: %s", a.raw)
	}
	a = h.api(tok, "POST", "/bizwifi/statistics/list", `{"begin_date":"2015-05-01","end_date":"2015-05-30","shop_id":429620}`)
	wantErrcode(t, a, 0)
	if rows, _ := a.json["data"].([]any); len(rows) != 30 || !strings.Contains(a.raw, `"shop_id":429620,`) {
		t.Errorf("30 days of one shop: %s", a.raw)
	}
	again := h.api(tok, "POST", "/bizwifi/statistics/list", `{"begin_date":"2015-05-01","end_date":"2015-05-30","shop_id":429620}`)
	if again.raw != a.raw {
		t.Errorf("the figures are not stable")
	}

	for body, code := range map[string]int{
		`{"begin_date":"2015-05-01","end_date":"2015-05-31"}`:               codeWifiInvalidParam, // 31 days
		`{"begin_date":"2015-05-02","end_date":"2015-05-01"}`:               codeWifiInvalidParam,
		`{"begin_date":"2015/05/01","end_date":"2015-05-02"}`:               codeWifiInvalidParam,
		`{"begin_date":"2015-05-01","end_date":"2015-02-30"}`:               codeWifiInvalidParam,
		`{"begin_date":"2015-05-01"}`:                                       codeInvalidArgs,
		`{"begin_date":"2015-05-01","end_date":"2015-05-01","shop_id":1}`:   codeWifiShopNotFound,
		`{"begin_date":"2015-05-01","end_date":"2015-05-01","shop_id":"1"}`: codeInvalidArgs,
	} {
		wantErrcode(t, h.api(tok, "POST", "/bizwifi/statistics/list", body), code)
	}
}
