package wechatsim

import (
	"net/url"
	"slices"
	"time"
)

// JS-SDK tickets (GET /cgi-bin/ticket/getticket?type=jsapi|wx_card): fetched with
// an access_token, valid for the token lifetime (7200 s), one current ticket per
// type. WeChat hands out the current ticket again while it is valid.

// Ticket types getticket knows.
const (
	TicketJSAPI  = "jsapi"
	TicketWxCard = "wx_card"
)

type ticket struct {
	value     string
	expiresAt time.Time
}

// ticketState is the JS-SDK tickets' state.
type ticketState struct {
	current map[string]ticket // by type
	fetches map[string]int    // answered getticket calls, by type
	issued  []string          // every ticket handed out, for leak checks
}

type ticketReply struct {
	Errcode   int    `json:"errcode"`
	Errmsg    string `json:"errmsg"`
	Ticket    string `json:"ticket"`
	ExpiresIn int    `json:"expires_in"`
}

// getTicket is GET /cgi-bin/ticket/getticket; mu is held.
func (s *Server) getTicket(q url.Values) (any, error) {
	typ := q.Get("type")
	if typ != TicketJSAPI && typ != TicketWxCard {
		return nil, invalidArgs("type %q is not jsapi or wx_card", typ)
	}
	st := &s.tickets
	if st.current == nil {
		st.current, st.fetches = map[string]ticket{}, map[string]int{}
	}
	now := s.now()
	t, ok := st.current[typ]
	if !ok || !now.Before(t.expiresAt) {
		t = ticket{value: randomString(), expiresAt: now.Add(s.ttl)}
		st.current[typ] = t
		st.issued = append(st.issued, t.value)
	}
	st.fetches[typ]++
	return ticketReply{Errmsg: "ok", Ticket: t.value, ExpiresIn: seconds(t.expiresAt.Sub(now))}, nil
}

// Ticket is the current ticket of a type ("" if none was fetched), for tests that
// recompute a signature.
func (s *Server) Ticket(typ string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tickets.current[typ].value
}

// TicketFetches counts the answered getticket calls of a type.
func (s *Server) TicketFetches(typ string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tickets.fetches[typ]
}

// Tickets returns every ticket handed out so far, for leak checks.
func (s *Server) Tickets() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.tickets.issued)
}

// ExpireTickets makes the current tickets expired: the next getticket issues new
// ones.
func (s *Server) ExpireTickets() {
	s.mu.Lock()
	defer s.mu.Unlock()
	clear(s.tickets.current)
}
