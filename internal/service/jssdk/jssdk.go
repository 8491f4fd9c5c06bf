// Package jssdk implements wxgate.jssdk.v1.JsSdkService: the JS-SDK signatures a
// WeChat H5 page needs, made with the account's tickets (held by the upstream
// client like the access_token). The signing rules are in internal/jssdk.
package jssdk

import (
	"context"
	"net/url"
	"strconv"
	"strings"
	"time"

	jssdkv1 "github.com/wxgate/wxgate/gen/go/wxgate/jssdk/v1"
	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/badrequest"
	"github.com/wxgate/wxgate/internal/enummap"
	core "github.com/wxgate/wxgate/internal/jssdk"
	"github.com/wxgate/wxgate/internal/upstream"
)

// Server is the JsSdkService. Requests are validated by jssdk.proto's rules first.
type Server struct {
	jssdkv1.UnimplementedJsSdkServiceServer
	accounts *accounts.Set
	now      func() time.Time
	nonce    func() string
}

// Option changes a Server.
type Option func(*Server)

// WithClock sets the clock of the timestamps signed (tests). Default time.Now.
func WithClock(now func() time.Time) Option {
	return func(s *Server) {
		if now != nil {
			s.now = now
		}
	}
}

// New returns a JsSdkService signing for the accounts in set.
func New(set *accounts.Set, opts ...Option) *Server {
	s := &Server{accounts: set, now: time.Now, nonce: core.Nonce}
	for _, o := range opts {
		o(s)
	}
	return s
}

// cardTypes are wx.chooseCard's card types by WeChat name.
var cardTypes = enummap.Map[jssdkv1.CardType, string]{
	jssdkv1.CardType_CARD_TYPE_UNSPECIFIED:    "",
	jssdkv1.CardType_CARD_TYPE_GROUPON:        "GROUPON",
	jssdkv1.CardType_CARD_TYPE_CASH:           "CASH",
	jssdkv1.CardType_CARD_TYPE_DISCOUNT:       "DISCOUNT",
	jssdkv1.CardType_CARD_TYPE_GIFT:           "GIFT",
	jssdkv1.CardType_CARD_TYPE_GENERAL_COUPON: "GENERAL_COUPON",
	jssdkv1.CardType_CARD_TYPE_MEMBER_CARD:    "MEMBER_CARD",
}

// ticket is the account's ticket of kind, and the account's client.
func (s *Server) ticket(ctx context.Context, kind upstream.TicketKind) (*upstream.Client, string, error) {
	c, err := s.accounts.Pick(ctx)
	if err != nil {
		return nil, "", err
	}
	t, err := c.Ticket(ctx, kind)
	return c, t, err
}

func (s *Server) SignConfig(ctx context.Context, req *jssdkv1.SignConfigRequest) (*jssdkv1.SignConfigResponse, error) {
	page, _, _ := strings.Cut(req.GetUrl(), "#")
	if u, err := url.Parse(page); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, badrequest.Field("url", "must be the page's absolute http(s) URL")
	}
	c, ticket, err := s.ticket(ctx, upstream.TicketJSAPI)
	if err != nil {
		return nil, err
	}
	ts, nonce := s.now().Unix(), s.nonce()
	return &jssdkv1.SignConfigResponse{
		AppId: c.AppID(), Timestamp: ts, NonceStr: nonce, Url: page,
		Signature: core.ConfigSignature(ticket, nonce, ts, page),
	}, nil
}

func (s *Server) SignCardExt(ctx context.Context, req *jssdkv1.SignCardExtRequest) (*jssdkv1.SignCardExtResponse, error) {
	_, ticket, err := s.ticket(ctx, upstream.TicketCard)
	if err != nil {
		return nil, err
	}
	ts, nonce := s.now().Unix(), s.nonce()
	ext := core.CardExt{
		Code: req.GetCode(), Openid: req.GetOpenid(), Timestamp: strconv.FormatInt(ts, 10), NonceStr: nonce,
		FixedBegintimestamp: req.GetFixedBegintimestamp(), OuterStr: req.GetOuterStr(),
		Signature: core.CardExtSignature(ticket, ts, req.GetCardId(), req.GetCode(), req.GetOpenid(), nonce),
	}
	return &jssdkv1.SignCardExtResponse{
		CardExt: ext.JSON(), CardId: req.GetCardId(), Code: ext.Code, Openid: ext.Openid,
		Timestamp: ts, NonceStr: nonce, Signature: ext.Signature,
		OuterStr: ext.OuterStr, FixedBegintimestamp: ext.FixedBegintimestamp,
	}, nil
}

func (s *Server) SignChooseCard(ctx context.Context, req *jssdkv1.SignChooseCardRequest) (*jssdkv1.SignChooseCardResponse, error) {
	c, ticket, err := s.ticket(ctx, upstream.TicketCard)
	if err != nil {
		return nil, err
	}
	shop := "" // 0: every shop; any other id is signed as given
	if req.GetShopId() != 0 {
		shop = strconv.FormatInt(req.GetShopId(), 10)
	}
	cardType := cardTypes.WeChat(req.GetCardType())
	ts, nonce := s.now().Unix(), s.nonce()
	return &jssdkv1.SignChooseCardResponse{
		AppId: c.AppID(), ShopId: shop, CardType: cardType, CardId: req.GetCardId(),
		Timestamp: ts, NonceStr: nonce, SignType: "SHA1",
		CardSign: core.ChooseCardSignature(ticket, c.AppID(), shop, ts, nonce, req.GetCardId(), cardType),
	}, nil
}
