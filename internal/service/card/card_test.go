package card_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/testing/protocmp"

	cardv1 "github.com/wxgate/wxgate/gen/go/wxgate/card/v1"
	"github.com/wxgate/wxgate/internal/gatewaytest"
)

// harness is a running gateway with a CardService client.
type harness struct {
	*gatewaytest.Gateway
	card cardv1.CardServiceClient
}

// start runs a gateway in front of a fresh simulator; the test clock stands still,
// so the default rate limit would never refill: it is lifted.
func start(t testing.TB, opts ...gatewaytest.Option) *harness {
	t.Helper()
	g := gatewaytest.Start(t, append([]gatewaytest.Option{gatewaytest.Unlimited}, opts...)...)
	return &harness{Gateway: g, card: cardv1.NewCardServiceClient(g.Conn)}
}

// Card ids of seed 002's examples, which the simulator knows.
const (
	cardSingle  = "pFS7Fjg8kV1IdDz01r4SQwMkuCKc"
	cardMultiA  = "p1Pj9jgj3BcomSgtuW8B1wl-wo88"
	cardMultiB  = "p1Pj9jgj3BcomSgtuW8B1wl-wo98"
	cardShelfA  = "pXch-jnOlGtbuWwIO2NDftZeynRE"
	cardShelfB  = "pXch-jnAN-ZBoRbiwgqBZ1RV60fI"
	cardDeposit = "pDF3iY0_dVjb_Pua96MMewA96qvA"
	cardMpnews  = "p1Pj9jr90_SQRaVqYI239Ka1erkI"
)

// restCall is a REST call of an RPC: the HTTP method, path and body.
type restCall struct{ method, path, body string }

// rpc is one CardService call made over gRPC or REST, the answer it should get and
// the body WeChat (the simulator) should receive last on upstream.
type rpc struct {
	name     string
	grpc     func(h *harness) (proto.Message, error)
	rest     restCall
	want     proto.Message // "*" in a string matches any non-empty string
	upstream string
	wantSent map[string]any
}

// cardRPCs calls every unary CardService RPC once, in an order that builds on the
// simulator's state (the deposit is counted and checked afterwards).
var cardRPCs = []rpc{{
	name: "CreateQrcode one card",
	grpc: func(h *harness) (proto.Message, error) {
		return h.card.CreateQrcode(h.Ctx(""), &cardv1.CreateQrcodeRequest{
			ActionInfo: &cardv1.CreateQrcodeRequest_Card{Card: &cardv1.QrcodeCard{
				CardId: cardSingle, Code: "198374613512", Openid: "oFS7Fjl0WsZ9AMZqrI80nbIq8xrA", OuterStr: "12b",
			}},
			ExpireSeconds: proto.Int32(1800),
		})
	},
	rest: restCall{"POST", "/v1/cards/qrcodes", `{"card":{"card_id":"` + cardSingle + `","code":"198374613512",
		"openid":"oFS7Fjl0WsZ9AMZqrI80nbIq8xrA","outer_str":"12b"},"expire_seconds":1800}`},
	want:     &cardv1.CreateQrcodeResponse{Ticket: "*", ExpireSeconds: 1800, Url: "*", ShowQrcodeUrl: "*"},
	upstream: "/card/qrcode/create",
	wantSent: map[string]any{
		"action_name": "QR_CARD", "expire_seconds": 1800.0,
		"action_info": map[string]any{"card": map[string]any{
			"card_id": cardSingle, "code": "198374613512", "openid": "oFS7Fjl0WsZ9AMZqrI80nbIq8xrA",
			"is_unique_code": false, "outer_str": "12b",
		}},
	},
}, {
	name: "CreateQrcode unique code, legacy outer_id, no expiry",
	grpc: func(h *harness) (proto.Message, error) {
		return h.card.CreateQrcode(h.Ctx(""), &cardv1.CreateQrcodeRequest{
			ActionInfo: &cardv1.CreateQrcodeRequest_Card{Card: &cardv1.QrcodeCard{CardId: cardSingle, IsUniqueCode: true, OuterId: 12}},
		})
	},
	rest:     restCall{"POST", "/v1/cards/qrcodes", `{"card":{"card_id":"` + cardSingle + `","is_unique_code":true,"outer_id":12}}`},
	want:     &cardv1.CreateQrcodeResponse{Ticket: "*", ExpireSeconds: 365 * 24 * 3600, Url: "*", ShowQrcodeUrl: "*"},
	upstream: "/card/qrcode/create",
	wantSent: map[string]any{
		"action_name": "QR_CARD",
		"action_info": map[string]any{"card": map[string]any{"card_id": cardSingle, "is_unique_code": true, "outer_id": 12.0}},
	},
}, {
	name: "CreateQrcode multiple cards",
	grpc: func(h *harness) (proto.Message, error) {
		return h.card.CreateQrcode(h.Ctx(""), &cardv1.CreateQrcodeRequest{
			ActionInfo: &cardv1.CreateQrcodeRequest_MultipleCard{MultipleCard: &cardv1.QrcodeMultipleCard{CardList: []*cardv1.QrcodeCardItem{
				{CardId: cardMultiA, Code: "2392583481", OuterStr: "12b"},
				{CardId: cardMultiB, Code: "2392583482", OuterStr: "12b"},
			}}},
			ExpireSeconds: proto.Int32(60),
		})
	},
	rest: restCall{"POST", "/v1/cards/qrcodes", `{"multiple_card":{"card_list":[
		{"card_id":"` + cardMultiA + `","code":"2392583481","outer_str":"12b"},
		{"card_id":"` + cardMultiB + `","code":"2392583482","outer_str":"12b"}]},"expire_seconds":60}`},
	want:     &cardv1.CreateQrcodeResponse{Ticket: "*", ExpireSeconds: 60, Url: "*", ShowQrcodeUrl: "*"},
	upstream: "/card/qrcode/create",
	wantSent: map[string]any{
		"action_name": "QR_MULTIPLE_CARD", "expire_seconds": 60.0,
		"action_info": map[string]any{"multiple_card": map[string]any{"card_list": []any{
			map[string]any{"card_id": cardMultiA, "code": "2392583481", "outer_str": "12b"},
			map[string]any{"card_id": cardMultiB, "code": "2392583482", "outer_str": "12b"},
		}}},
	},
}, {
	name: "CreateLandingPage",
	grpc: func(h *harness) (proto.Message, error) {
		return h.card.CreateLandingPage(h.Ctx(""), &cardv1.CreateLandingPageRequest{
			Banner: "http://mmbiz.qpic.cn/mmbiz/banner", PageTitle: "惠城优惠大派送", CanShare: true,
			Scene: cardv1.LandingPageScene_LANDING_PAGE_SCENE_NEAR_BY,
			CardList: []*cardv1.LandingPageCard{
				{CardId: cardShelfA, ThumbUrl: "www.qq.com/a.jpg"}, {CardId: cardShelfB, ThumbUrl: "www.qq.com/b.jpg"},
			},
		})
	},
	rest: restCall{"POST", "/v1/cards/landing-pages", `{"banner":"http://mmbiz.qpic.cn/mmbiz/banner","page_title":"惠城优惠大派送",
		"can_share":true,"scene":"LANDING_PAGE_SCENE_NEAR_BY","card_list":[{"card_id":"` + cardShelfA + `","thumb_url":"www.qq.com/a.jpg"},
		{"card_id":"` + cardShelfB + `","thumb_url":"www.qq.com/b.jpg"}]}`},
	want:     &cardv1.CreateLandingPageResponse{Url: "*", PageId: 1},
	upstream: "/card/landingpage/create",
	wantSent: map[string]any{
		"banner": "http://mmbiz.qpic.cn/mmbiz/banner", "page_title": "惠城优惠大派送", "can_share": true, "scene": "SCENE_NEAR_BY",
		"card_list": []any{
			map[string]any{"card_id": cardShelfA, "thumb_url": "www.qq.com/a.jpg"},
			map[string]any{"card_id": cardShelfB, "thumb_url": "www.qq.com/b.jpg"},
		},
	},
}, {
	name: "DepositCodes, one code twice",
	grpc: func(h *harness) (proto.Message, error) {
		return h.card.DepositCodes(h.Ctx(""), &cardv1.DepositCodesRequest{CardId: cardDeposit, Code: []string{"11111", "22222", "33333", "11111"}})
	},
	rest:     restCall{"POST", "/v1/cards/" + cardDeposit + "/codes:deposit", `{"code":["11111","22222","33333","11111"]}`},
	want:     &cardv1.DepositCodesResponse{CodeCount: 4, SuccCode: 3, DuplicateCode: 1},
	upstream: "/card/code/deposit",
	wantSent: map[string]any{"card_id": cardDeposit, "code": []any{"11111", "22222", "33333"}},
}, {
	name: "GetDepositCount",
	grpc: func(h *harness) (proto.Message, error) {
		return h.card.GetDepositCount(h.Ctx(""), &cardv1.GetDepositCountRequest{CardId: cardDeposit})
	},
	rest:     restCall{"GET", "/v1/cards/" + cardDeposit + "/deposit-count", ""},
	want:     &cardv1.GetDepositCountResponse{Count: 3},
	upstream: "/card/code/getdepositcount",
	wantSent: map[string]any{"card_id": cardDeposit},
}, {
	name: "CheckCodes",
	grpc: func(h *harness) (proto.Message, error) {
		return h.card.CheckCodes(h.Ctx(""), &cardv1.CheckCodesRequest{CardId: cardDeposit, Code: []string{"11111", "44444", "22222", "55555"}})
	},
	rest:     restCall{"POST", "/v1/cards/" + cardDeposit + "/codes:check", `{"code":["11111","44444","22222","55555"]}`},
	want:     &cardv1.CheckCodesResponse{ExistCode: []string{"11111", "22222"}, NotExistCode: []string{"44444", "55555"}},
	upstream: "/card/code/checkcode",
	wantSent: map[string]any{"card_id": cardDeposit, "code": []any{"11111", "44444", "22222", "55555"}},
}, {
	name: "GetMpnewsHtml",
	grpc: func(h *harness) (proto.Message, error) {
		return h.card.GetMpnewsHtml(h.Ctx(""), &cardv1.GetMpnewsHtmlRequest{CardId: cardMpnews})
	},
	rest:     restCall{"GET", "/v1/cards/" + cardMpnews + "/mpnews-html", ""},
	want:     &cardv1.GetMpnewsHtmlResponse{Content: "*"},
	upstream: "/card/mpnews/gethtml",
	wantSent: map[string]any{"card_id": cardMpnews},
}, {
	name: "SetTestWhitelist",
	grpc: func(h *harness) (proto.Message, error) {
		return h.card.SetTestWhitelist(h.Ctx(""), &cardv1.SetTestWhitelistRequest{
			Openid: []string{"o1Pj9jmZvwSyyyyyyBa4aULW2mA", "o1Pj9jmZvxxxxxxxxxULW2mA"}, Username: []string{"afdvvf", "abcd"},
		})
	},
	rest: restCall{"PUT", "/v1/cards/test-whitelist",
		`{"openid":["o1Pj9jmZvwSyyyyyyBa4aULW2mA","o1Pj9jmZvxxxxxxxxxULW2mA"],"username":["afdvvf","abcd"]}`},
	want:     &cardv1.SetTestWhitelistResponse{},
	upstream: "/card/testwhitelist/set",
	wantSent: map[string]any{
		"openid": []any{"o1Pj9jmZvwSyyyyyyBa4aULW2mA", "o1Pj9jmZvxxxxxxxxxULW2mA"}, "username": []any{"afdvvf", "abcd"},
	},
}, {
	name: "SetTestWhitelist empty clears it",
	grpc: func(h *harness) (proto.Message, error) {
		return h.card.SetTestWhitelist(h.Ctx(""), &cardv1.SetTestWhitelistRequest{})
	},
	rest:     restCall{"PUT", "/v1/cards/test-whitelist", `{}`},
	want:     &cardv1.SetTestWhitelistResponse{},
	upstream: "/card/testwhitelist/set",
	wantSent: map[string]any{"openid": []any{}, "username": []any{}},
}}

// TestCardRPCs calls every unary CardService RPC over gRPC and, on a second
// gateway, over REST, and checks the answer and the body WeChat received.
// (DepositCodesStream is gRPC only: deposit_test.go.)
func TestCardRPCs(t *testing.T) {
	for _, transport := range []string{"grpc", "rest"} {
		t.Run(transport, func(t *testing.T) {
			h := start(t)
			for _, tt := range cardRPCs {
				t.Run(tt.name, func(t *testing.T) {
					h.Sim.ResetRequests()
					var got proto.Message
					if transport == "grpc" {
						var err error
						if got, err = tt.grpc(h); err != nil {
							t.Fatal(err)
						}
					} else {
						got = h.RESTProto(t, tt.rest.method, tt.rest.path, tt.rest.body, tt.want)
					}
					if diff := cmp.Diff(tt.want, got, protocmp.Transform(), gatewaytest.AnyNonEmptyString()); diff != "" {
						t.Errorf("answer (-want +got):\n%s", diff)
					}
					if diff := cmp.Diff(tt.wantSent, h.LastBody(tt.upstream)); diff != "" {
						t.Errorf("sent to WeChat (-want +got):\n%s", diff)
					}
				})
			}
			openid, username := h.Sim.TestWhitelist()
			if len(openid)+len(username) != 0 {
				t.Errorf("whitelist after clearing: %v %v", openid, username)
			}
		})
	}
}
