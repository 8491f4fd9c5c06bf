package wechatsim

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
)

const qrcodePath = "/bizwifi/qrcode/get"

// quota is the quota object of a quota/get answer.
func (a answer) quota(t *testing.T) Quota {
	t.Helper()
	raw, _ := json.Marshal(a.json["quota"])
	var q Quota
	if err := json.Unmarshal(raw, &q); err != nil {
		t.Fatalf("quota: %v in %s", err, a.raw)
	}
	return q
}

// TestQuotaCountsServedCalls: quota/get answers the calls the simulator served
// on a path today (those refused for their token are not), the daily limit
// answers 45009 once reached, and the next day starts at 0.
func TestQuotaCountsServedCalls(t *testing.T) {
	h := startWithClock(t, Options{DailyLimits: map[string]int64{qrcodePath: 5}})
	tok := h.token()
	for range 3 {
		wantErrcode(t, h.api(tok, "POST", qrcodePath, qrcodeBody), 0)
	}
	wantErrcode(t, h.api(tok, "POST", qrcodePath, `{"shop_id":"nope"}`), codeInvalidArgs) // served: counted
	wantErrcode(t, h.api("bad-token", "POST", qrcodePath, qrcodeBody), codeInvalidCredential)

	a := h.api(tok, "POST", "/cgi-bin/openapi/quota/get", `{"cgi_path":"`+qrcodePath+`"}`)
	wantErrcode(t, a, 0)
	if got, want := a.quota(t), (Quota{DailyLimit: 5, Used: 4, Remain: 1}); got != want {
		t.Errorf("quota %+v, want %+v", got, want)
	}
	if a.errmsg() != "ok" {
		t.Errorf("errmsg %q, want ok", a.errmsg())
	}
	wantErrcode(t, h.api(tok, "POST", qrcodePath, qrcodeBody), 0)
	over := h.api(tok, "POST", qrcodePath, qrcodeBody)
	wantErrcode(t, over, codeDailyQuota)
	if over.errmsg() != "reach max api daily quota limit" || over.rid() == "" {
		t.Errorf("45009 answer %s", over.raw)
	}
	if got := h.sim.QuotaOf(qrcodePath); got.Used != 5 || got.Remain != 0 {
		t.Errorf("after the limit: %+v", got)
	}
	// quota/get counts against its own path.
	if got := h.sim.QuotaOf("/cgi-bin/openapi/quota/get").Used; got != 1 {
		t.Errorf("quota/get used %d, want 1", got)
	}

	h.clock.Advance(24 * time.Hour)
	tok = h.token() // the old one expired
	if got := h.sim.QuotaOf(qrcodePath); got.Used != 0 || got.Remain != 5 {
		t.Errorf("the next day: %+v", got)
	}
	wantErrcode(t, h.api(tok, "POST", qrcodePath, qrcodeBody), 0)
}

func TestQuotaGetErrors(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	tests := []struct {
		body string
		want int
	}{
		{`{"cgi_path":"/no/such/api"}`, codeCgiPathUnknown},
		{`{"cgi_path":"/sns/oauth2/access_token"}`, codeCgiPathNoPerm},
		{`{"cgi_path":"bizwifi/qrcode/get"}`, codeRidNoPerm},
		{`{"cgi_path":"https://api.weixin.qq.com/bizwifi/qrcode/get"}`, codeRidNoPerm},
		{`{}`, codeInvalidArgs},
		{``, codeEmptyPostData},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			a := h.api(tok, "POST", "/cgi-bin/openapi/quota/get", tt.body)
			wantErrcode(t, a, tt.want)
			if a.rid() == "" {
				t.Errorf("no rid in %s", a.raw)
			}
		})
	}
}

// TestClearQuota: a clear resets every path's count of the day, as often as
// the month allows; then 48006 until the next month.
func TestClearQuota(t *testing.T) {
	h := startWithClock(t, Options{MonthlyClears: 2, DailyLimits: map[string]int64{qrcodePath: 1}})
	tok := h.token()
	clear := func(want int) {
		t.Helper()
		wantErrcode(t, h.api(tok, "POST", "/cgi-bin/clear_quota", `{"appid":"`+h.sim.AppID()+`"}`), want)
	}
	wantErrcode(t, h.api(tok, "POST", "/cgi-bin/clear_quota", `{"appid":"wx0000000000000000"}`), codeInvalidAppID)
	wantErrcode(t, h.api(tok, "POST", "/cgi-bin/clear_quota", `{}`), codeAppIDMissing)
	for range 2 {
		wantErrcode(t, h.api(tok, "POST", qrcodePath, qrcodeBody), 0)
		wantErrcode(t, h.api(tok, "POST", qrcodePath, qrcodeBody), codeDailyQuota)
		clear(0)
		if got := h.sim.QuotaOf(qrcodePath).Used; got != 0 {
			t.Fatalf("used %d after a clear", got)
		}
	}
	clear(codeClearsUsedUp)
	if n := h.sim.Clears(); n != 2 {
		t.Errorf("Clears = %d, want 2", n)
	}
	h.clock.Advance(31 * 24 * time.Hour) // January 2 → February 2
	tok = h.token()
	clear(0)
}

// TestRidGet: every error answer's rid finds what the simulator logged of the
// call: its query (access_token included, as WeChat logs it), body, answer and
// client address.
func TestRidGet(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	body := `{"shop_id":"nope"}`
	failed := h.api(tok, "POST", qrcodePath, body)
	wantErrcode(t, failed, codeInvalidArgs)
	rid := failed.rid()
	if !regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$`).MatchString(rid) {
		t.Fatalf("rid %q in %s", rid, failed.raw)
	}
	if got := h.sim.Rids(); len(got) != 1 || got[0] != rid {
		t.Errorf("Rids = %v, want [%s]", got, rid)
	}

	a := h.api(tok, "POST", "/cgi-bin/openapi/rid/get", `{"rid":"`+rid+`"}`)
	wantErrcode(t, a, 0)
	raw, _ := json.Marshal(a.json["request"])
	var rec RidRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		t.Fatal(err)
	}
	if rec.RequestURL != "access_token="+tok || rec.RequestBody != body || rec.ClientIP != "127.0.0.1" ||
		rec.ResponseBody != strings.TrimSpace(failed.raw) || time.Since(time.Unix(rec.InvokeTime, 0)) > time.Minute || rec.CostInMs < 0 {
		t.Errorf("rid record %+v\nfor answer %s", rec, failed.raw)
	}

	for _, tt := range []struct {
		rid  string
		want int
	}{
		{"", codeRidInvalid},
		{"not-a-rid", codeRidInvalid},
		{"00000000-00000000-00000000", codeRidNotFound},
	} {
		wantErrcode(t, h.api(tok, "POST", "/cgi-bin/openapi/rid/get", fmt.Sprintf(`{"rid":%q}`, tt.rid)), tt.want)
	}
}

// TestRidsExpireAndStayBounded: a rid is found for 7 days, and only the newest
// maxRids are kept.
func TestRidsExpireAndStayBounded(t *testing.T) {
	h := startWithClock(t, Options{})
	tok := h.token()
	rid := h.api(tok, "POST", qrcodePath, `{}`).rid()
	h.clock.Advance(ridRetention + time.Minute)
	tok = h.token()
	wantErrcode(t, h.api(tok, "POST", "/cgi-bin/openapi/rid/get", `{"rid":"`+rid+`"}`), codeRidNotFound)

	h.sim.mu.Lock()
	for i := range maxRids + 10 {
		h.sim.logRid(fmt.Sprintf("%08x-00000000-00000000", i), RidRecord{})
	}
	n, order := len(h.sim.quota.rids), len(h.sim.quota.ridOrder)
	h.sim.mu.Unlock()
	if n > maxRids || n != order {
		t.Errorf("%d rids kept (%d in order), want at most %d", n, order, maxRids)
	}
}
