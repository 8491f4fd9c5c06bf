package wechatsim

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The request examples of seed 002, as WeChat documents them; the simulator
// accepts every one. (§5's example, which puts "expire_seconds":"1800" inside
// action_info.card as a string, contradicts §1's table and is not among them.)
const (
	seedQrCard         = `{ "action_name": "QR_CARD", "expire_seconds": 1800, "action_info": { "card": { "card_id": "pFS7Fjg8kV1IdDz01r4SQwMkuCKc", "code": "198374613512", "openid": "oFS7Fjl0WsZ9AMZqrI80nbIq8xrA", "is_unique_code": false , "outer_str":"12b" } } }`
	seedQrMultipleCard = `{ "action_name": "QR_MULTIPLE_CARD", "action_info": { "multiple_card": { "card_list": [ { "card_id": "p1Pj9jgj3BcomSgtuW8B1wl-wo88", "code":"2392583481", "outer_str":"12b" }, { "card_id": "p1Pj9jgj3BcomSgtuW8B1wl-wo98", "code":"2392583482", "outer_str":"12b" } ] } } }`
	seedLandingPage    = `{ "banner":"http://mmbiz.qpic.cn/mmbiz/iaL1LJM1mF9aRKPZJkmG8xXhiaHqkKSVMMWeN3hLut7X7h icFN", "page_title": "惠城优惠大派送", "can_share": true, "scene": "SCENE_NEAR_BY", "card_list": [ { "card_id": "pXch-jnOlGtbuWwIO2NDftZeynRE", "thumb_url": "www.qq.com/a.jpg" }, { "card_id": "pXch-jnAN-ZBoRbiwgqBZ1RV60fI", "thumb_url": "www.qq.com/b.jpg" } ]}`
	seedDeposit        = `{ "card_id": "pDF3iY0_dVjb_Pua96MMewA96qvA", "code": [ "11111", "22222", "33333", "44444", "55555" ] }`
	seedDepositCount   = `{ "card_id" : "pDF3iY0_dVjb_Pua96MMewA96qvA" }`
	seedCheckCode      = `{ "card_id": "pDF3iY0_dVjb_Pua96MMewA96qvA", "code": [ "11111", "22222", "33333", "44444", "55555" ] }`
	seedMpnews         = `{ "card_id":"p1Pj9jr90_SQRaVqYI239Ka1erkI"}`
	seedTestWhitelist  = `{ "openid": [ "o1Pj9jmZvwSyyyyyyBa4aULW2mA", "o1Pj9jmZvxxxxxxxxxULW2mA" ], "username": [ "afdvvf", "abcd" ] }`
)

// TestCardSeedExamples: the seed's requests are accepted, answered in the seed's
// shape, and the codes deposited are counted and checked.
func TestCardSeedExamples(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()

	for _, body := range []string{seedQrCard, seedQrMultipleCard} {
		a := h.api(tok, "POST", "/card/qrcode/create", body)
		wantErrcode(t, a, 0)
		for _, key := range []string{"ticket", "expire_seconds", "url", "show_qrcode_url"} {
			if a.json[key] == nil {
				t.Errorf("qrcode/create answer %s lacks %q", a.raw, key)
			}
		}
	}
	a := h.api(tok, "POST", "/card/landingpage/create", seedLandingPage)
	wantErrcode(t, a, 0)
	if a.field("page_id") != "1" || a.field("url") == "" {
		t.Errorf("landingpage/create: %s", a.raw)
	}

	// Deposit the seed's five codes; the count says 5; a second deposit of three of
	// them and one new code filters the three.
	a = h.api(tok, "POST", "/card/code/deposit", seedDeposit)
	wantErrcode(t, a, 0)
	if a.field("succ_code") != "5" || a.field("duplicate_code") != "0" || a.field("fail_code") != "0" {
		t.Errorf("deposit: %s, want 5 succ", a.raw)
	}
	a = h.api(tok, "POST", "/card/code/deposit", `{"card_id":"pDF3iY0_dVjb_Pua96MMewA96qvA","code":["11111","22222","33333","66666"]}`)
	if a.field("succ_code") != "1" || a.field("duplicate_code") != "3" {
		t.Errorf("second deposit: %s, want 1 succ and 3 duplicates", a.raw)
	}
	if a = h.api(tok, "POST", "/card/code/getdepositcount", seedDepositCount); a.field("count") != "6" {
		t.Errorf("getdepositcount: %s, want 6", a.raw)
	}
	a = h.api(tok, "POST", "/card/code/checkcode", `{"card_id":"pDF3iY0_dVjb_Pua96MMewA96qvA","code":["11111","77777","66666"]}`)
	if a.field("exist_code") != "[11111 66666]" || a.field("not_exist_code") != "[77777]" {
		t.Errorf("checkcode: %s", a.raw)
	}
	wantErrcode(t, h.api(tok, "POST", "/card/code/checkcode", seedCheckCode), 0)

	a = h.api(tok, "POST", "/card/mpnews/gethtml", seedMpnews)
	if !strings.Contains(a.field("content"), "iframe") {
		t.Errorf("mpnews/gethtml: %s", a.raw)
	}
	wantErrcode(t, h.api(tok, "POST", "/card/testwhitelist/set", seedTestWhitelist), 0)
	if openid, username := h.sim.TestWhitelist(); len(openid) != 2 || !slices.Equal(username, []string{"afdvvf", "abcd"}) {
		t.Errorf("whitelist %v %v", openid, username)
	}
}

// TestCardWireStrictness: the seed's limits and shapes are enforced, so that a
// gateway encoding bug fails.
func TestCardWireStrictness(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	codes := func(n int) string {
		parts := make([]string, n)
		for i := range parts {
			parts[i] = fmt.Sprintf("%q", fmt.Sprint("c", i))
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	const card = `"card_id":"pDF3iY0_dVjb_Pua96MMewA96qvA"`
	tests := []struct {
		name, path, body string
		errcode          int
		msg              string
	}{
		{"deposit 101 codes", "/card/code/deposit", `{` + card + `,"code":` + codes(101) + `}`, codeTooManyCodes, ""},
		{"checkcode 101 codes", "/card/code/checkcode", `{` + card + `,"code":` + codes(101) + `}`, codeTooManyCodes, ""},
		{"deposit empty code", "/card/code/deposit", `{` + card + `,"code":["1",""]}`, codeInvalidArgs, "code[1]"},
		{"deposit codes as a string", "/card/code/deposit", `{` + card + `,"code":"1"}`, codeInvalidArgs, "code"},
		{"deposit unknown card", "/card/code/deposit", `{"card_id":"pNope","code":["1"]}`, codeInvalidCardID, ""},
		{"count unknown card", "/card/code/getdepositcount", `{"card_id":"pNope"}`, codeInvalidCardID, ""},
		{"qrcode 6 cards", "/card/qrcode/create", `{"action_name":"QR_MULTIPLE_CARD","action_info":{"multiple_card":{"card_list":[` +
			strings.TrimSuffix(strings.Repeat(`{"card_id":"p1Pj9jgj3BcomSgtuW8B1wl-wo88"},`, 6), ",") + `]}}}`, codeInvalidArgs, "card_list"},
		{"qrcode expiry 59", "/card/qrcode/create", strings.Replace(seedQrCard, "1800", "59", 1), codeInvalidArgs, "expire_seconds"},
		{"qrcode action without its card", "/card/qrcode/create", strings.Replace(seedQrCard, "QR_CARD", "QR_MULTIPLE_CARD", 1), codeInvalidArgs, "multiple_card"},
		{"qrcode openid in a multiple card", "/card/qrcode/create", strings.Replace(seedQrMultipleCard, `"code":"2392583481"`, `"openid":"o"`, 1), codeInvalidArgs, "openid"},
		{"qrcode unknown card", "/card/qrcode/create", strings.Replace(seedQrCard, "pFS7Fjg8kV1IdDz01r4SQwMkuCKc", "pNope", 1), codeInvalidCardID, ""},
		{"landing page unknown scene", "/card/landingpage/create", strings.Replace(seedLandingPage, "SCENE_NEAR_BY", "NEAR_BY", 1), codeInvalidArgs, "scene"},
		{"landing page title as title", "/card/landingpage/create", strings.Replace(seedLandingPage, `"page_title"`, `"title"`, 1), codeInvalidArgs, "title"},
		{"whitelist of 11", "/card/testwhitelist/set", `{"openid":` + codes(6) + `,"username":` + codes(5) + `}`, codeInvalidArgs, "openid"},
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
	if got := h.sim.CardCodes("pDF3iY0_dVjb_Pua96MMewA96qvA"); len(got) != 0 {
		t.Errorf("refused deposits stored codes: %v", got)
	}
}

// TestFaultOnMatchingBody: a fault limited by BodyContains hits only the requests
// holding the text, and is used up only by them.
func TestFaultOnMatchingBody(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	h.sim.Inject("/card/code/deposit", Fault{Errcode: -1, BodyContains: `"c2"`, Times: 1})
	deposit := func(code string) answer {
		return h.api(tok, "POST", "/card/code/deposit", `{"card_id":"pDF3iY0_dVjb_Pua96MMewA96qvA","code":["`+code+`"]}`)
	}
	wantErrcode(t, deposit("c1"), 0)
	wantErrcode(t, deposit("c2"), -1)
	wantErrcode(t, deposit("c2"), 0) // used up
	h.sim.Inject("/card/code/deposit", Fault{Body: `{"errcode":0,"errmsg":"ok","succ_code":1}`, BodyContains: `"c3"`})
	wantErrcode(t, deposit("c3"), 0)
	if got := h.sim.CardCodes("pDF3iY0_dVjb_Pua96MMewA96qvA"); !slices.Equal(got, []string{"c1", "c2"}) {
		t.Errorf("codes %v: the Body fault must not run the endpoint", got)
	}
}
