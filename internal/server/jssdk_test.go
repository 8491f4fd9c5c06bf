package server_test

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	jssdkv1 "github.com/wxgate/wxgate/gen/go/wxgate/jssdk/v1"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// sha1Of is the tests' own SHA-1 hex, apart from internal/jssdk's.
func sha1Of(s string) string {
	sum := sha1.Sum([]byte(s))
	return hex.EncodeToString(sum[:])
}

// TestSignConfig: wx.config's signature over REST, recomputed here from the
// simulator's jsapi_ticket; the fragment is not signed; a URL that is not an
// absolute http(s) one is 400 naming url.
func TestSignConfig(t *testing.T) {
	h := start(t, gatewaytest.Unlimited)
	got := h.RESTProto(t, "POST", "/v1/jssdk/config:sign", `{"url":"https://shop.example.com/card?id=1&x=%E4%B8%AD#/step2"}`,
		&jssdkv1.SignConfigResponse{}).(*jssdkv1.SignConfigResponse)
	ticket := h.Sim.Ticket(wechatsim.TicketJSAPI)
	page := "https://shop.example.com/card?id=1&x=%E4%B8%AD"
	want := sha1Of("jsapi_ticket=" + ticket + "&noncestr=" + got.GetNonceStr() + "&timestamp=" + strconv.FormatInt(got.GetTimestamp(), 10) + "&url=" + page)
	if ticket == "" || got.GetSignature() != want || got.GetUrl() != page || got.GetAppId() != h.Sim.AppID() || len(got.GetNonceStr()) != 16 {
		t.Errorf("SignConfig = %v, want signature %s over %s", got, want, page)
	}
	if ts := got.GetTimestamp(); ts != h.Clock.Now().Unix() {
		t.Errorf("timestamp %d, want the gateway's clock %d", ts, h.Clock.Now().Unix())
	}
	for _, bad := range []string{`{"url":""}`, `{"url":"/relative"}`, `{"url":"ftp://x.example.com/"}`, `{}`} {
		h.AssertRESTBadRequest(t, "POST", "/v1/jssdk/config:sign", bad, "url")
	}
}

// TestSignCardExtAndChooseCard: the cardExt for wx.addCard and the cardSign for
// wx.chooseCard, recomputed here from the simulator's card api_ticket.
func TestSignCardExtAndChooseCard(t *testing.T) {
	h := start(t, gatewaytest.Unlimited)
	ext := h.RESTProto(t, "POST", "/v1/jssdk/card-ext:sign",
		`{"card_id":"pFS7Fjg8kV1IdDz01r4SQwMkuCKc","openid":"o1Pj9jmZvwSyyyyyyBa4aULW2mA","outer_str":"h5"}`,
		&jssdkv1.SignCardExtResponse{}).(*jssdkv1.SignCardExtResponse)
	ticket := h.Sim.Ticket(wechatsim.TicketWxCard)
	ts := strconv.FormatInt(ext.GetTimestamp(), 10)
	parts := []string{ticket, ts, "pFS7Fjg8kV1IdDz01r4SQwMkuCKc", "", "o1Pj9jmZvwSyyyyyyBa4aULW2mA", ext.GetNonceStr()}
	slices.Sort(parts)
	if want := sha1Of(strings.Join(parts, "")); ticket == "" || ext.GetSignature() != want {
		t.Errorf("cardExt signature %s, want %s", ext.GetSignature(), want)
	}
	var cardExt map[string]any
	if err := json.Unmarshal([]byte(ext.GetCardExt()), &cardExt); err != nil {
		t.Fatal(err)
	}
	wantExt := map[string]any{"openid": "o1Pj9jmZvwSyyyyyyBa4aULW2mA", "timestamp": ts, "nonce_str": ext.GetNonceStr(), "outer_str": "h5", "signature": ext.GetSignature()}
	if len(cardExt) != len(wantExt) {
		t.Errorf("cardExt %v, want %v", cardExt, wantExt)
	}
	for k, v := range wantExt {
		if cardExt[k] != v {
			t.Errorf("cardExt %s = %v, want %v", k, cardExt[k], v)
		}
	}

	cs := h.RESTProto(t, "POST", "/v1/jssdk/choose-card:sign", `{"shop_id":429620,"card_type":"CARD_TYPE_CASH"}`,
		&jssdkv1.SignChooseCardResponse{}).(*jssdkv1.SignChooseCardResponse)
	parts = []string{ticket, h.Sim.AppID(), "429620", strconv.FormatInt(cs.GetTimestamp(), 10), cs.GetNonceStr(), "", "CASH"}
	slices.Sort(parts)
	if want := sha1Of(strings.Join(parts, "")); cs.GetCardSign() != want || cs.GetSignType() != "SHA1" || cs.GetShopId() != "429620" || cs.GetCardType() != "CASH" {
		t.Errorf("chooseCard %v, want cardSign %s", cs, want)
	}
	if strings.Contains(fmt.Sprint(ext, cs), ticket) {
		t.Error("an answer holds the ticket")
	}
	if h.Sim.TicketFetches(wechatsim.TicketWxCard) != 1 {
		t.Errorf("%d card ticket fetches for two signatures, want 1", h.Sim.TicketFetches(wechatsim.TicketWxCard))
	}
}

// TestTicketOneFetchPerExpiry: 1,000 concurrent signature calls make one
// jsapi_ticket fetch; past the ticket's lifetime, one more; and the tickets are in
// no answer, log line or metric.
func TestTicketOneFetchPerExpiry(t *testing.T) {
	h := start(t, gatewaytest.Unlimited)
	client := jssdkv1.NewJsSdkServiceClient(h.Conn)
	burst := func() {
		t.Helper()
		var wg sync.WaitGroup
		errs := make(chan error, 1000)
		for range 1000 {
			wg.Go(func() {
				ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
				defer cancel()
				if _, err := client.SignConfig(ctx, &jssdkv1.SignConfigRequest{Url: "https://shop.example.com/"}); err != nil {
					errs <- err
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
	}
	burst()
	if n := h.Sim.TicketFetches(wechatsim.TicketJSAPI); n != 1 {
		t.Errorf("%d jsapi_ticket fetches for 1,000 concurrent calls, want 1", n)
	}
	h.Sim.ExpireTickets()
	h.Sim.ExpireTokens()
	h.Clock.Advance(2 * time.Hour)
	burst()
	if n := h.Sim.TicketFetches(wechatsim.TicketJSAPI); n != 2 {
		t.Errorf("%d jsapi_ticket fetches across one expiry, want 2", n)
	}
	assertNoTickets(t, h.Gateway)
}

// TestTicketSharedAcrossReplicas: three replicas on Redis fetch one ticket for all.
func TestTicketSharedAcrossReplicas(t *testing.T) {
	gs, sim, _ := replicas(t, 3, gatewaytest.Unlimited)
	var wg sync.WaitGroup
	var mu sync.Mutex
	codes := map[int]int{}
	for i := range 300 {
		wg.Go(func() {
			code, _ := gs[i%3].REST("POST", "/v1/jssdk/config:sign", `{"url":"https://shop.example.com/"}`)
			mu.Lock()
			codes[code]++
			mu.Unlock()
		})
	}
	wg.Wait()
	if codes[http.StatusOK] != 300 {
		t.Fatalf("answers %v", codes)
	}
	if n := sim.TicketFetches(wechatsim.TicketJSAPI); n != 1 {
		t.Errorf("%d jsapi_ticket fetches across three replicas, want 1", n)
	}
	for _, g := range gs {
		assertNoTickets(t, g)
	}
}

// assertNoTickets checks that no ticket the simulator issued is in g's log or
// metrics.
func assertNoTickets(t *testing.T, g *gatewaytest.Gateway) {
	t.Helper()
	resp, err := g.HTTP.Get(g.Base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, tk := range g.Sim.Tickets() {
		if strings.Contains(g.Logs.String(), tk) || strings.Contains(string(metrics), tk) {
			t.Error("a ticket is in the log or the metrics")
		}
	}
}

// TestTicketFetchRefreshesRefusedToken: a ticket fetch answered 40001 (the
// access_token was invalidated elsewhere) goes through the token holder's one
// refresh, and the signature call succeeds.
func TestTicketFetchRefreshesRefusedToken(t *testing.T) {
	h := start(t, gatewaytest.Unlimited)
	if code, body := h.REST("POST", "/v1/jssdk/card-ext:sign", `{"card_id":"pFS7Fjg8kV1IdDz01r4SQwMkuCKc"}`); code != http.StatusOK {
		t.Fatalf("HTTP %d %v", code, body)
	}
	tokens := h.Sim.TokenFetches()
	h.Sim.InvalidateTokens()
	if code, body := h.REST("POST", "/v1/jssdk/config:sign", `{"url":"https://shop.example.com/"}`); code != http.StatusOK {
		t.Fatalf("after the token was invalidated: HTTP %d %v", code, body)
	}
	if n := h.Sim.TokenFetches() - tokens; n != 1 {
		t.Errorf("%d token fetches, want the one refresh", n)
	}
	if n := len(h.Sim.RequestsTo("/cgi-bin/ticket/getticket")); n != 3 {
		t.Errorf("%d getticket requests, want 3 (card, jsapi refused, jsapi again)", n)
	}
}
