package wechatsim

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"unicode/utf8"
)

// QR code actions of card/qrcode/create (seed 002 §1).
const (
	actionQrCard         = "QR_CARD"
	actionQrMultipleCard = "QR_MULTIPLE_CARD"
)

// defaultQrcodeExpiry is a card QR code's lifetime without expire_seconds: 365 days.
const defaultQrcodeExpiry = 365 * 24 * 3600

// qrcodeCard is action_info.card.
type qrcodeCard struct {
	CardID       string `json:"card_id" wx:"required"`
	Code         string `json:"code"`
	Openid       string `json:"openid"`
	IsUniqueCode bool   `json:"is_unique_code"`
	OuterID      int    `json:"outer_id"`
	OuterStr     string `json:"outer_str"`
}

// qrcodeCardItem is an element of action_info.multiple_card.card_list, with the
// keys of the seed's example.
type qrcodeCardItem struct {
	CardID   string `json:"card_id" wx:"required"`
	Code     string `json:"code"`
	OuterStr string `json:"outer_str"`
}

type qrcodeCreateReq struct {
	ActionName    string `json:"action_name" wx:"required"`
	ExpireSeconds *int   `json:"expire_seconds"`
	ActionInfo    struct {
		Card         *qrcodeCard `json:"card"`
		MultipleCard *struct {
			CardList []qrcodeCardItem `json:"card_list" wx:"required"`
		} `json:"multiple_card"`
	} `json:"action_info" wx:"required"`
}

// validate checks the action against action_info and the seed's limits: 60 to 1800
// seconds, at most 5 cards, code string(20), openid string(32), outer_str
// string(128).
func (r *qrcodeCreateReq) validate() error {
	if e := r.ExpireSeconds; e != nil && (*e < 60 || *e > 1800) {
		return invalidArgs("key %q must be 60 to 1800, got %d", "expire_seconds", *e)
	}
	info := r.ActionInfo
	switch r.ActionName {
	case actionQrCard:
		if info.Card == nil || info.MultipleCard != nil {
			return invalidArgs("action %s takes %q alone", r.ActionName, "action_info.card")
		}
		c := info.Card
		return checkQrcodeCard("action_info.card", c.Code, c.Openid, c.OuterStr)
	case actionQrMultipleCard:
		if info.MultipleCard == nil || info.Card != nil {
			return invalidArgs("action %s takes %q alone", r.ActionName, "action_info.multiple_card")
		}
		list := info.MultipleCard.CardList
		if len(list) == 0 || len(list) > 5 {
			return invalidArgs("key %q holds %d cards, 1 to 5 allowed", "action_info.multiple_card.card_list", len(list))
		}
		for i, c := range list {
			if err := checkQrcodeCard(fmt.Sprintf("action_info.multiple_card.card_list[%d]", i), c.Code, "", c.OuterStr); err != nil {
				return err
			}
		}
		return nil
	}
	return invalidArgs("key %q must be %s or %s", "action_name", actionQrCard, actionQrMultipleCard)
}

func checkQrcodeCard(path, code, openid, outerStr string) error {
	switch {
	case utf8.RuneCountInString(code) > 20:
		return invalidArgs("key %q longer than 20", path+".code")
	case utf8.RuneCountInString(openid) > 32:
		return invalidArgs("key %q longer than 32", path+".openid")
	case utf8.RuneCountInString(outerStr) > 128:
		return invalidArgs("key %q longer than 128", path+".outer_str")
	}
	return nil
}

// cardIDs lists the cards a QR code hands out.
func (r *qrcodeCreateReq) cardIDs() []string {
	if c := r.ActionInfo.Card; c != nil {
		return []string{c.CardID}
	}
	var ids []string
	for _, c := range r.ActionInfo.MultipleCard.CardList {
		ids = append(ids, c.CardID)
	}
	return ids
}

// cardQrcodeCreate is POST /card/qrcode/create.
func (s *Server) cardQrcodeCreate(req *qrcodeCreateReq) (any, error) {
	for _, id := range req.cardIDs() {
		if _, err := s.cards.card(id); err != nil {
			return nil, err
		}
	}
	s.cards.tickets++
	ticket := base64.StdEncoding.EncodeToString(fmt.Appendf(nil, "wechatsim card qrcode %d", s.cards.tickets))
	expire := defaultQrcodeExpiry
	if req.ExpireSeconds != nil {
		expire = *req.ExpireSeconds
	}
	return struct {
		cardReply
		Ticket        string `json:"ticket"`
		ExpireSeconds int    `json:"expire_seconds"`
		URL           string `json:"url"`
		ShowQrcodeURL string `json:"show_qrcode_url"`
	}{
		okCardReply(), ticket, expire,
		fmt.Sprintf("http://weixin.qq.com/q/sim%d", s.cards.tickets),
		"https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=" + url.QueryEscape(ticket),
	}, nil
}

// landingPageScenes are the scene values of card/landingpage/create (seed 002 §3.1).
var landingPageScenes = map[string]bool{
	"SCENE_NEAR_BY": true, "SCENE_MENU": true, "SCENE_QRCODE": true, "SCENE_ARTICLE": true,
	"SCENE_H5": true, "SCENE_IVR": true, "SCENE_CARD_CUSTOM_CELL": true,
}

type landingPageCard struct {
	CardID   string `json:"card_id" wx:"required"`
	ThumbURL string `json:"thumb_url" wx:"required"`
}

type landingPageCreateReq struct {
	Banner    string            `json:"banner" wx:"required"`
	PageTitle string            `json:"page_title" wx:"required"`
	CanShare  bool              `json:"can_share" wx:"required"`
	Scene     string            `json:"scene" wx:"required"`
	CardList  []landingPageCard `json:"card_list" wx:"required"`
}

func (r *landingPageCreateReq) validate() error {
	switch {
	case r.Banner == "":
		return invalidArgs("key %q must not be empty", "banner")
	case r.PageTitle == "":
		return invalidArgs("key %q must not be empty", "page_title")
	case !landingPageScenes[r.Scene]:
		return invalidArgs("key %q: unknown scene %q", "scene", r.Scene)
	case len(r.CardList) == 0:
		return invalidArgs("key %q must hold a card", "card_list")
	}
	for i, c := range r.CardList {
		if c.ThumbURL == "" {
			return invalidArgs("key %q must not be empty", fmt.Sprintf("card_list[%d].thumb_url", i))
		}
	}
	return nil
}

// cardLandingPageCreate is POST /card/landingpage/create.
func (s *Server) cardLandingPageCreate(req *landingPageCreateReq) (any, error) {
	for _, c := range req.CardList {
		if _, err := s.cards.card(c.CardID); err != nil {
			return nil, err
		}
	}
	s.cards.pages++
	return struct {
		cardReply
		URL    string `json:"url"`
		PageID int64  `json:"page_id"`
	}{okCardReply(), fmt.Sprintf("https://mp.weixin.qq.com/bizmall/cardshelf?shelf_id=%d", s.cards.pages), s.cards.pages}, nil
}

type mpnewsGetHTMLReq struct {
	CardID string `json:"card_id" wx:"required"`
}

// cardMpnewsGetHTML is POST /card/mpnews/gethtml.
func (s *Server) cardMpnewsGetHTML(req *mpnewsGetHTMLReq) (any, error) {
	if _, err := s.cards.card(req.CardID); err != nil {
		return nil, err
	}
	content := fmt.Sprintf(`<iframe class="res_iframe card_iframe js_editor_card" data-src="http://mp.weixin.qq.com/bizmall/appmsgcard?action=show&biz=sim&cardid=%s&wechat_card_js=1#wechat_redirect"></iframe>`, req.CardID)
	return struct {
		cardReply
		Content string `json:"content"`
	}{okCardReply(), content}, nil
}

type testWhitelistSetReq struct {
	Openid   []string `json:"openid"`
	Username []string `json:"username"`
}

// validate applies seed 002 §6: openid and username hold at most 10 together.
func (r *testWhitelistSetReq) validate() error {
	if n := len(r.Openid) + len(r.Username); n > 10 {
		return invalidArgs("keys %q and %q hold %d testers, at most 10", "openid", "username", n)
	}
	for i, id := range r.Openid {
		if id == "" {
			return invalidArgs("key %q must not be empty", fmt.Sprintf("openid[%d]", i))
		}
	}
	for i, name := range r.Username {
		if name == "" {
			return invalidArgs("key %q must not be empty", fmt.Sprintf("username[%d]", i))
		}
	}
	return nil
}

// cardTestWhitelistSet is POST /card/testwhitelist/set: the list replaces the last.
func (s *Server) cardTestWhitelistSet(req *testWhitelistSetReq) (any, error) {
	s.cards.whitelist.openid, s.cards.whitelist.username = req.Openid, req.Username
	return okCardReply(), nil
}
