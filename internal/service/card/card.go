// Package card implements wxgate.card.v1.CardService: handing out cards (卡券) with
// QR codes and landing pages, the custom codes of cards in deposit mode (导入自定义
// code) with verified, fully accounted deposits, the HTML embedding a card in an
// article, and the test whitelist — seed 002.
package card

import (
	"net/http"

	cardv1 "github.com/wxgate/wxgate/gen/go/wxgate/card/v1"
	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/upstream"
)

// The card endpoints (seed 002).
var (
	apiQrcodeCreate      = upstream.Write("/card/qrcode/create")
	apiLandingPageCreate = upstream.Write("/card/landingpage/create")
	// Deposit is safe to repeat: WeChat says a failed import may be repeated until it
	// succeeds (导入失败支持重复导入,提示成功为止) and filters duplicates, so errcode -1
	// and failed connections are retried like a read's.
	apiCodeDeposit      = upstream.API{Method: http.MethodPost, Path: "/card/code/deposit", Idempotent: true}
	apiGetDepositCount  = upstream.Read("/card/code/getdepositcount")
	apiCheckCode        = upstream.Read("/card/code/checkcode")
	apiMpnewsGetHTML    = upstream.Read("/card/mpnews/gethtml")
	apiTestWhitelistSet = upstream.Write("/card/testwhitelist/set")
)

// Server is the CardService.
type Server struct {
	cardv1.UnimplementedCardServiceServer
	accounts *accounts.Set
	window   int // chunks of codes in flight at once, per call
}

// Option changes a Server.
type Option func(*Server)

// WithWindow sets how many chunks of 100 codes one deposit or check sends to
// WeChat at once (DefaultWindow when n < 1). It bounds both the load one call puts
// on WeChat and the codes a streamed deposit holds in memory.
func WithWindow(n int) Option {
	return func(s *Server) {
		if n >= 1 {
			s.window = n
		}
	}
}

// DefaultWindow is the number of chunks in flight per call unless WithWindow says
// otherwise: enough to hide WeChat's latency, few enough not to trip its
// frequency limits.
const DefaultWindow = 8

// New returns a CardService calling WeChat for the accounts in set.
func New(set *accounts.Set, opts ...Option) *Server {
	s := &Server{accounts: set, window: DefaultWindow}
	for _, o := range opts {
		o(s)
	}
	return s
}
