package upstream

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// TicketKind is a JS-SDK ticket type of GET /cgi-bin/ticket/getticket.
type TicketKind string

const (
	// TicketJSAPI is the jsapi_ticket, which signs wx.config.
	TicketJSAPI TicketKind = "jsapi"
	// TicketCard is the card api_ticket (type=wx_card), which signs the cardExt of
	// wx.addCard and the cardSign of wx.chooseCard.
	TicketCard TicketKind = "wx_card"
)

var ticketKinds = []TicketKind{TicketJSAPI, TicketCard}

// PathTicket is the ticket endpoint, also the name of its rate limit.
const PathTicket = "/cgi-bin/ticket/getticket"

// Ticket returns a valid ticket of kind for the account. Tickets are held exactly
// like the access_token (one holder each: single flight, refreshed ahead of expiry,
// shared across replicas through the token store under its lease). The value is a
// credential: it signs for the account's pages, and is never logged or answered.
func (c *Client) Ticket(ctx context.Context, kind TicketKind) (string, error) {
	h, ok := c.tickets[kind]
	if !ok {
		panic("upstream: unknown ticket kind " + string(kind))
	}
	t, err := h.Token(ctx)
	return t.Value, err
}

// ticketFetcher gets a new ticket of kind with the account's access_token: a
// token WeChat refuses is refreshed once, as for every call.
func (c *Client) ticketFetcher(kind TicketKind) fetchFunc {
	api := API{Method: http.MethodGet, Path: PathTicket, Idempotent: true, Query: url.Values{"type": {string(kind)}}}
	return func(ctx context.Context) (string, time.Duration, error) {
		var ans struct {
			Ticket    string `json:"ticket"`
			ExpiresIn int64  `json:"expires_in"`
		}
		if err := c.Call(ctx, api, nil, &ans); err != nil {
			c.cfg.Log.WarnContext(ctx, "ticket fetch failed", "type", kind, "error", err)
			return "", 0, err
		}
		if ans.Ticket == "" || ans.ExpiresIn <= 0 {
			return "", 0, &UnavailableError{Path: PathTicket, Reason: "UPSTREAM_BAD_ANSWER", Detail: "no ticket or expires_in in the answer"}
		}
		c.cfg.Log.InfoContext(ctx, "ticket fetched", "type", kind, "expires_in_s", ans.ExpiresIn)
		return ans.Ticket, time.Duration(ans.ExpiresIn) * time.Second, nil
	}
}
