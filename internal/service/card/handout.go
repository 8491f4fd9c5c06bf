package card

import (
	"context"
	"strings"

	cardv1 "github.com/wxgate/wxgate/gen/go/wxgate/card/v1"
	"github.com/wxgate/wxgate/internal/enummap"
	"github.com/wxgate/wxgate/internal/wxjson"
)

// landingPageScenes: card/landingpage/create's scene.
var landingPageScenes = enummap.Map[cardv1.LandingPageScene, string]{
	cardv1.LandingPageScene_LANDING_PAGE_SCENE_NEAR_BY:          "SCENE_NEAR_BY",
	cardv1.LandingPageScene_LANDING_PAGE_SCENE_MENU:             "SCENE_MENU",
	cardv1.LandingPageScene_LANDING_PAGE_SCENE_QRCODE:           "SCENE_QRCODE",
	cardv1.LandingPageScene_LANDING_PAGE_SCENE_ARTICLE:          "SCENE_ARTICLE",
	cardv1.LandingPageScene_LANDING_PAGE_SCENE_H5:               "SCENE_H5",
	cardv1.LandingPageScene_LANDING_PAGE_SCENE_IVR:              "SCENE_IVR",
	cardv1.LandingPageScene_LANDING_PAGE_SCENE_CARD_CUSTOM_CELL: "SCENE_CARD_CUSTOM_CELL",
}

// wireQrcodeCard is action_info.card. The optional keys are left out when empty,
// as the seed says for cards without custom codes or a bound user; is_unique_code
// is always sent, as in the seed's example.
type wireQrcodeCard struct {
	CardID       string `json:"card_id"`
	Code         string `json:"code,omitempty"`
	Openid       string `json:"openid,omitempty"`
	IsUniqueCode bool   `json:"is_unique_code"`
	OuterID      int32  `json:"outer_id,omitempty"`
	OuterStr     string `json:"outer_str,omitempty"`
}

// wireQrcodeCardItem is an element of action_info.multiple_card.card_list.
type wireQrcodeCardItem struct {
	CardID   string `json:"card_id"`
	Code     string `json:"code,omitempty"`
	OuterStr string `json:"outer_str,omitempty"`
}

type wireQrcodeCreate struct {
	ActionName    string `json:"action_name"`
	ExpireSeconds *int32 `json:"expire_seconds,omitempty"`
	ActionInfo    struct {
		Card         *wireQrcodeCard `json:"card,omitempty"`
		MultipleCard *struct {
			CardList []wireQrcodeCardItem `json:"card_list"`
		} `json:"multiple_card,omitempty"`
	} `json:"action_info"`
}

// qrcodeRequest is WeChat's body for req: the action follows from which card field
// the caller set (validation made sure one is).
func qrcodeRequest(req *cardv1.CreateQrcodeRequest) wireQrcodeCreate {
	in := wireQrcodeCreate{ExpireSeconds: req.ExpireSeconds}
	if c := req.GetCard(); c != nil {
		in.ActionName = "QR_CARD"
		in.ActionInfo.Card = &wireQrcodeCard{
			CardID: c.GetCardId(), Code: c.GetCode(), Openid: c.GetOpenid(), IsUniqueCode: c.GetIsUniqueCode(),
			OuterID: c.GetOuterId(), OuterStr: c.GetOuterStr(),
		}
		return in
	}
	in.ActionName = "QR_MULTIPLE_CARD"
	in.ActionInfo.MultipleCard = &struct {
		CardList []wireQrcodeCardItem `json:"card_list"`
	}{}
	for _, c := range req.GetMultipleCard().GetCardList() {
		in.ActionInfo.MultipleCard.CardList = append(in.ActionInfo.MultipleCard.CardList,
			wireQrcodeCardItem{CardID: c.GetCardId(), Code: c.GetCode(), OuterStr: c.GetOuterStr()})
	}
	return in
}

func (s *Server) CreateQrcode(ctx context.Context, req *cardv1.CreateQrcodeRequest) (*cardv1.CreateQrcodeResponse, error) {
	var out struct {
		Ticket        string `json:"ticket"`
		ExpireSeconds int32  `json:"expire_seconds"`
		URL           string `json:"url"`
		ShowQrcodeURL string `json:"show_qrcode_url"`
	}
	if err := s.accounts.Call(ctx, apiQrcodeCreate, qrcodeRequest(req), &out); err != nil {
		return nil, err
	}
	// The seed's own example answer pads both URLs with spaces.
	return &cardv1.CreateQrcodeResponse{
		Ticket:        out.Ticket,
		ExpireSeconds: out.ExpireSeconds,
		Url:           strings.TrimSpace(out.URL),
		ShowQrcodeUrl: strings.ReplaceAll(out.ShowQrcodeURL, " ", ""),
	}, nil
}

func (s *Server) CreateLandingPage(ctx context.Context, req *cardv1.CreateLandingPageRequest) (*cardv1.CreateLandingPageResponse, error) {
	type wireCard struct {
		CardID   string `json:"card_id"`
		ThumbURL string `json:"thumb_url"`
	}
	in := struct {
		Banner    string     `json:"banner"`
		PageTitle string     `json:"page_title"`
		CanShare  bool       `json:"can_share"`
		Scene     string     `json:"scene"`
		CardList  []wireCard `json:"card_list"`
	}{Banner: req.GetBanner(), PageTitle: req.GetPageTitle(), CanShare: req.GetCanShare(), Scene: landingPageScenes.WeChat(req.GetScene())}
	for _, c := range req.GetCardList() {
		in.CardList = append(in.CardList, wireCard{c.GetCardId(), c.GetThumbUrl()})
	}
	var out struct {
		URL    string       `json:"url"`
		PageID wxjson.Int64 `json:"page_id"`
	}
	if err := s.accounts.Call(ctx, apiLandingPageCreate, in, &out); err != nil {
		return nil, err
	}
	return &cardv1.CreateLandingPageResponse{Url: out.URL, PageId: int64(out.PageID)}, nil
}

func (s *Server) GetMpnewsHtml(ctx context.Context, req *cardv1.GetMpnewsHtmlRequest) (*cardv1.GetMpnewsHtmlResponse, error) {
	in := struct {
		CardID string `json:"card_id"`
	}{req.GetCardId()}
	var out struct {
		Content string `json:"content"`
	}
	if err := s.accounts.Call(ctx, apiMpnewsGetHTML, in, &out); err != nil {
		return nil, err
	}
	return &cardv1.GetMpnewsHtmlResponse{Content: out.Content}, nil
}

func (s *Server) SetTestWhitelist(ctx context.Context, req *cardv1.SetTestWhitelistRequest) (*cardv1.SetTestWhitelistResponse, error) {
	// Both keys always, empty lists included: the call replaces the whole whitelist.
	in := struct {
		Openid   []string `json:"openid"`
		Username []string `json:"username"`
	}{nonNil(req.GetOpenid()), nonNil(req.GetUsername())}
	if err := s.accounts.Call(ctx, apiTestWhitelistSet, in, nil); err != nil {
		return nil, err
	}
	return &cardv1.SetTestWhitelistResponse{}, nil
}

// nonNil makes an absent list encode as [] rather than null.
func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}
