package wechatsim

import (
	"maps"
	"slices"
)

// cardState is the simulator's card/coupon state (seed 002): the cards that exist,
// the custom codes deposited into each, the landing pages made and the test
// whitelist. Cards cannot be created through the simulated API (card/create is not
// part of seed 002): the seed's own card ids exist from the start, and AddCard adds
// more.
type cardState struct {
	cards     map[string]*card // by card_id
	pages     int64            // landing pages made: the last page_id
	tickets   int64            // QR codes made
	whitelist struct{ openid, username []string }
}

// card is one card and the codes deposited into it.
type card struct {
	codes map[string]struct{}
}

// Card errcodes the simulator answers itself.
const (
	// codeInvalidCardID is WeChat's global "invalid card id" (不合法的卡券id).
	codeInvalidCardID = 40073
	// codeTooManyCodes is seed 002's "code数量超过100个" of code/deposit and
	// code/checkcode.
	codeTooManyCodes = 40109
)

// maxCodesPerCall is seed 002's limit of codes in one deposit or checkcode.
const maxCodesPerCall = 100

// seedCardIDs are the card ids of seed 002's examples.
var seedCardIDs = []string{
	"pFS7Fjg8kV1IdDz01r4SQwMkuCKc", // qrcode/create, single card
	"p1Pj9jgj3BcomSgtuW8B1wl-wo88", // qrcode/create, multiple cards
	"p1Pj9jgj3BcomSgtuW8B1wl-wo98",
	"pXch-jnOlGtbuWwIO2NDftZeynRE", // landingpage/create
	"pXch-jnAN-ZBoRbiwgqBZ1RV60fI",
	"pDF3iY0_dVjb_Pua96MMewA96qvA", // code/deposit, getdepositcount, checkcode
	"p1Pj9jr90_SQRaVqYI239Ka1erkI", // mpnews/gethtml
}

func init() {
	errmsgs[codeInvalidCardID] = "invalid card id"
	errmsgs[codeTooManyCodes] = "code count exceeds 100"
}

// registerCard seeds the cards and registers the card endpoints (seed 002).
func (s *Server) registerCard() {
	s.cards.cards = make(map[string]*card)
	for _, id := range seedCardIDs {
		s.cards.add(id)
	}

	// Handing out cards (card_qrcode.go).
	s.handle("POST", "/card/qrcode/create", jsonCall(s.cardQrcodeCreate))
	s.handle("POST", "/card/landingpage/create", jsonCall(s.cardLandingPageCreate))
	s.handle("POST", "/card/mpnews/gethtml", jsonCall(s.cardMpnewsGetHTML))
	s.handle("POST", "/card/testwhitelist/set", jsonCall(s.cardTestWhitelistSet))

	// Custom codes (card_codes.go).
	s.handle("POST", "/card/code/deposit", jsonCall(s.cardCodeDeposit))
	s.handle("POST", "/card/code/getdepositcount", jsonCall(s.cardCodeGetDepositCount))
	s.handle("POST", "/card/code/checkcode", jsonCall(s.cardCodeCheck))
}

// add makes card id exist (with no codes) unless it does; mu must be held.
func (st *cardState) add(id string) {
	if _, ok := st.cards[id]; !ok {
		st.cards[id] = &card{codes: make(map[string]struct{})}
	}
}

// card returns the card with id, or 40073; mu must be held.
func (st *cardState) card(id string) (*card, error) {
	c, ok := st.cards[id]
	if !ok {
		return nil, newError(codeInvalidCardID)
	}
	return c, nil
}

// AddCard makes a card exist, as creating it (card/create) and passing its audit
// would.
func (s *Server) AddCard(cardID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cards.add(cardID)
}

// CardCodes returns the codes deposited into a card, sorted (nil for an unknown
// card).
func (s *Server) CardCodes(cardID string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.cards.cards[cardID]
	if !ok {
		return nil
	}
	return slices.Sorted(maps.Keys(c.codes))
}

// TestWhitelist returns the test whitelist last set.
func (s *Server) TestWhitelist() (openid, username []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.cards.whitelist.openid), slices.Clone(s.cards.whitelist.username)
}

// cardReply is the card family's success body: {"errcode":0,"errmsg":"ok"}.
type cardReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

func okCardReply() cardReply { return cardReply{Errmsg: "ok"} }
