package card_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	cardv1 "github.com/wxgate/wxgate/gen/go/wxgate/card/v1"
	"github.com/wxgate/wxgate/internal/gatewaytest"
)

// Valid request bodies that the table below spoils one field at a time.
const (
	goodQrcode  = `{"card":{"card_id":"` + cardSingle + `","code":"198374613512","openid":"oFS7Fjl0WsZ9AMZqrI80nbIq8xrA","outer_str":"12b"},"expire_seconds":1800}`
	goodMulti   = `{"multiple_card":{"card_list":[{"card_id":"a"},{"card_id":"b"}]}}`
	goodShelf   = `{"banner":"http://a.example/b.png","page_title":"t","can_share":true,"scene":"LANDING_PAGE_SCENE_MENU","card_list":[{"card_id":"c","thumb_url":"www.qq.com/a.jpg"}]}`
	goodCodes   = `{"code":["11111","22222"]}`
	goodTesters = `{"openid":["o1","o2"],"username":["u1"]}`
)

// spoil replaces old with new in body, failing loudly if old is not there.
func spoil(t *testing.T, body, old, new string) string {
	t.Helper()
	if !strings.Contains(body, old) {
		t.Fatalf("%q is not in %s", old, body)
	}
	return strings.Replace(body, old, new, 1)
}

// list is a JSON list of n strings s.
func list(n int, s string) string {
	return `[` + strings.TrimSuffix(strings.Repeat(`"`+s+`",`, n), ",") + `]`
}

// TestBadInputNeverReachesWeChat: every rule of seed 002 (and the gateway's own, on
// its stream) is checked before WeChat is called: INVALID_ARGUMENT / HTTP 400 naming
// the field, and no upstream request.
func TestBadInputNeverReachesWeChat(t *testing.T) {
	h := start(t)
	const (
		qrcodes = "/v1/cards/qrcodes"
		shelves = "/v1/cards/landing-pages"
		deposit = "/v1/cards/" + cardDeposit + "/codes:deposit"
		check   = "/v1/cards/" + cardDeposit + "/codes:check"
		testers = "/v1/cards/test-whitelist"
		long    = "p123456789012345678901234567890123" // 33 characters
	)
	tests := []struct {
		name, method, path, body, field string
	}{
		// CreateQrcode: one of card and multiple_card; 60–1800 s; ≤ 5 cards; lengths.
		{"no card at all", "POST", qrcodes, `{"expire_seconds":60}`, "action_info"},
		{"expiry 59 s", "POST", qrcodes, spoil(t, goodQrcode, `1800}`, `59}`), "expire_seconds"},
		{"expiry 1801 s", "POST", qrcodes, spoil(t, goodQrcode, `1800}`, `1801}`), "expire_seconds"},
		{"card without card_id", "POST", qrcodes, spoil(t, goodQrcode, `"card_id":"`+cardSingle+`",`, ""), "card.card_id"},
		{"code of 21", "POST", qrcodes, spoil(t, goodQrcode, `198374613512`, strings.Repeat("1", 21)), "card.code"},
		{"openid of 33", "POST", qrcodes, spoil(t, goodQrcode, `oFS7Fjl0WsZ9AMZqrI80nbIq8xrA`, strings.Repeat("o", 33)), "card.openid"},
		{"outer_str of 129", "POST", qrcodes, spoil(t, goodQrcode, `12b`, strings.Repeat("x", 129)), "card.outer_str"},
		{"six cards", "POST", qrcodes, `{"multiple_card":{"card_list":[` + strings.TrimSuffix(strings.Repeat(`{"card_id":"a"},`, 6), ",") + `]}}`, "multiple_card.card_list"},
		{"no cards", "POST", qrcodes, spoil(t, goodMulti, `[{"card_id":"a"},{"card_id":"b"}]`, `[]`), "multiple_card.card_list"},
		{"multiple card code of 21", "POST", qrcodes, spoil(t, goodMulti, `{"card_id":"b"}`, `{"card_id":"b","code":"`+strings.Repeat("1", 21)+`"}`), "multiple_card.card_list[1].code"},
		// CreateLandingPage.
		{"no scene", "POST", shelves, spoil(t, goodShelf, `"scene":"LANDING_PAGE_SCENE_MENU",`, ""), "scene"},
		{"scene unspecified", "POST", shelves, spoil(t, goodShelf, `LANDING_PAGE_SCENE_MENU`, `LANDING_PAGE_SCENE_UNSPECIFIED`), "scene"},
		{"no banner", "POST", shelves, spoil(t, goodShelf, `"banner":"http://a.example/b.png",`, ""), "banner"},
		{"no page_title", "POST", shelves, spoil(t, goodShelf, `"page_title":"t",`, ""), "page_title"},
		{"no card_list", "POST", shelves, spoil(t, goodShelf, `[{"card_id":"c","thumb_url":"www.qq.com/a.jpg"}]`, `[]`), "card_list"},
		{"card without thumb", "POST", shelves, spoil(t, goodShelf, `,"thumb_url":"www.qq.com/a.jpg"`, ""), "card_list[0].thumb_url"},
		// DepositCodes: none empty, none over 20, at least one, a card id of ≤ 32.
		{"deposit empty code", "POST", deposit, spoil(t, goodCodes, `"22222"`, `""`), "code[1]"},
		{"deposit code of 21", "POST", deposit, spoil(t, goodCodes, `"22222"`, `"`+strings.Repeat("2", 21)+`"`), "code[1]"},
		{"deposit no codes", "POST", deposit, `{"code":[]}`, "code"},
		{"deposit 150 codes, one empty", "POST", deposit, `{"code":[` + strings.Repeat(`"1",`, 149) + `""]}`, "code[149]"},
		{"deposit card id of 33", "POST", "/v1/cards/" + long + "/codes:deposit", goodCodes, "card_id"},
		// GetDepositCount.
		{"count card id of 33", "GET", "/v1/cards/" + long + "/deposit-count", "", "card_id"},
		{"count card id of 40", "GET", "/v1/cards/" + long + "1234567/deposit-count", "", "card_id"},
		// CheckCodes.
		{"check empty code", "POST", check, spoil(t, goodCodes, `"11111"`, `""`), "code[0]"},
		{"check code of 21", "POST", check, spoil(t, goodCodes, `"11111"`, `"`+strings.Repeat("1", 21)+`"`), "code[0]"},
		{"check no codes", "POST", check, `{}`, "code"},
		// GetMpnewsHtml.
		{"mpnews card id of 33", "GET", "/v1/cards/" + long + "/mpnews-html", "", "card_id"},
		{"mpnews card id of 40", "GET", "/v1/cards/" + long + "1234567/mpnews-html", "", "card_id"},
		// SetTestWhitelist: ≤ 10 in all, none over 32.
		{"11 testers", "PUT", testers, `{"openid":` + list(6, "o") + `,"username":` + list(5, "u") + `}`, "openid"},
		{"11 openids", "PUT", testers, `{"openid":` + list(11, "o") + `}`, "openid"},
		{"username of 33", "PUT", testers, spoil(t, goodTesters, `"u1"`, `"`+strings.Repeat("u", 33)+`"`), "username[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h.AssertRESTBadRequest(t, tt.method, tt.path, tt.body, tt.field)
		})
	}

	grpcTests := []struct {
		name   string
		call   func() error
		fields []string
	}{
		{"qrcode with nothing set", func() error {
			_, err := h.card.CreateQrcode(h.Ctx(""), &cardv1.CreateQrcodeRequest{})
			return err
		}, []string{"action_info"}},
		{"qrcode card with nothing set", func() error {
			_, err := h.card.CreateQrcode(h.Ctx(""), &cardv1.CreateQrcodeRequest{ActionInfo: &cardv1.CreateQrcodeRequest_Card{Card: &cardv1.QrcodeCard{}}})
			return err
		}, []string{"card.card_id"}},
		{"landing page with nothing set", func() error {
			_, err := h.card.CreateLandingPage(h.Ctx(""), &cardv1.CreateLandingPageRequest{})
			return err
		}, []string{"banner", "page_title", "scene", "card_list"}},
		{"landing page scene out of range", func() error {
			_, err := h.card.CreateLandingPage(h.Ctx(""), &cardv1.CreateLandingPageRequest{
				Banner: "b", PageTitle: "t", Scene: 99, CardList: []*cardv1.LandingPageCard{{CardId: "c", ThumbUrl: "u"}},
			})
			return err
		}, []string{"scene"}},
		{"deposit with nothing set", func() error {
			_, err := h.card.DepositCodes(h.Ctx(""), &cardv1.DepositCodesRequest{})
			return err
		}, []string{"card_id", "code"}},
		{"deposit two bad codes", func() error {
			_, err := h.card.DepositCodes(h.Ctx(""), &cardv1.DepositCodesRequest{CardId: "c", Code: []string{"", "1", strings.Repeat("1", 21)}})
			return err
		}, []string{"code[0]", "code[2]"}},
		{"count without card", func() error {
			_, err := h.card.GetDepositCount(h.Ctx(""), &cardv1.GetDepositCountRequest{})
			return err
		}, []string{"card_id"}},
		{"check with nothing set", func() error {
			_, err := h.card.CheckCodes(h.Ctx(""), &cardv1.CheckCodesRequest{})
			return err
		}, []string{"card_id", "code"}},
		{"mpnews without card", func() error {
			_, err := h.card.GetMpnewsHtml(h.Ctx(""), &cardv1.GetMpnewsHtmlRequest{})
			return err
		}, []string{"card_id"}},
		{"whitelist of 12", func() error {
			_, err := h.card.SetTestWhitelist(h.Ctx(""), &cardv1.SetTestWhitelistRequest{
				Openid: slices.Repeat([]string{"o"}, 2), Username: slices.Repeat([]string{"u"}, 10),
			})
			return err
		}, []string{"openid"}},
		// DepositCodesStream: the bad message ends the stream before its codes, and the
		// codes of the good messages before it, still short of a chunk, are not sent.
		{"stream with no message", func() error { return stream(h) }, []string{"code"}},
		{"stream first message without card", func() error {
			return stream(h, &cardv1.DepositCodesStreamRequest{Code: []string{"1"}})
		}, []string{"card_id"}},
		{"stream with an empty code", func() error {
			return stream(h, &cardv1.DepositCodesStreamRequest{CardId: cardDeposit, Code: []string{"1", "2"}},
				&cardv1.DepositCodesStreamRequest{CardId: cardDeposit, Code: []string{"3", ""}})
		}, []string{"code[1]"}},
		{"stream switching cards", func() error {
			return stream(h, &cardv1.DepositCodesStreamRequest{CardId: cardDeposit, Code: []string{"1"}},
				&cardv1.DepositCodesStreamRequest{CardId: cardSingle, Code: []string{"2"}})
		}, []string{"card_id"}},
		{"stream message of 1001 codes", func() error {
			return stream(h, &cardv1.DepositCodesStreamRequest{CardId: cardDeposit, Code: slices.Repeat([]string{"1"}, 1001)})
		}, []string{"code"}},
	}
	for _, tt := range grpcTests {
		t.Run("grpc "+tt.name, func(t *testing.T) {
			gatewaytest.AssertBadRequest(t, tt.call(), tt.fields...)
		})
	}
	if got := h.Sim.Requests(); len(got) != 0 {
		t.Errorf("WeChat got %d calls for bad input: %v", len(got), got)
	}
}

// TestUnstatedRulesLeftToWeChat: input that seed 002 does not refuse reaches WeChat,
// which answers it: the gateway once refused each of these itself.
func TestUnstatedRulesLeftToWeChat(t *testing.T) {
	h := start(t)
	shelf := spoil(t, goodShelf, `"card_id":"c"`, `"card_id":"`+cardSingle+`"`) // a card the simulator has
	tests := []struct {
		name, method, path, body, upstream, reason string
	}{
		// outer_id: "默认值为0，字段类型为整型", no range.
		{"negative outer_id", "POST", "/v1/cards/qrcodes", spoil(t, goodQrcode, `"outer_str"`, `"outer_id":-1,"outer_str"`), "/card/qrcode/create", ""},
		// The seed gives the banner's and thumbnail's URLs no length.
		{"banner of 3000 characters", "POST", "/v1/cards/landing-pages",
			spoil(t, shelf, `http://a.example/b.png`, "http://a.example/"+strings.Repeat("b", 3000)), "/card/landingpage/create", ""},
		{"thumbnail of 3000 characters", "POST", "/v1/cards/landing-pages",
			spoil(t, shelf, `www.qq.com/a.jpg`, "www.qq.com/"+strings.Repeat("a", 3000)), "/card/landingpage/create", ""},
		// The whitelist's entries: only their number and lengths are stated.
		{"an empty openid", "PUT", "/v1/cards/test-whitelist", spoil(t, goodTesters, `"o2"`, `""`), "/card/testwhitelist/set", "WECHAT_40097"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { h.AssertRESTReachesWeChat(t, tt.method, tt.path, tt.body, tt.upstream, tt.reason) })
	}
}

// stream sends msgs on a DepositCodesStream and returns how it ended.
func stream(h *harness, msgs ...*cardv1.DepositCodesStreamRequest) error {
	ctx, cancel := context.WithCancel(h.Ctx(""))
	defer cancel()
	s, err := h.card.DepositCodesStream(ctx)
	if err != nil {
		return err
	}
	for _, m := range msgs {
		if s.Send(m) != nil {
			break
		}
	}
	_, err = s.CloseAndRecv()
	return err
}
