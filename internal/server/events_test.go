package server_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	eventsv1 "github.com/wxgate/wxgate/gen/go/wxgate/events/v1"
	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/events"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/redistest"
	"github.com/wxgate/wxgate/internal/server"
	"github.com/wxgate/wxgate/internal/wechatsim"
	"github.com/wxgate/wxgate/internal/wxcrypt"
)

// subscriber is one open Subscribe stream; its events arrive on got.
type subscriber struct {
	got    chan *eventsv1.SubscribeResponse
	ended  chan error
	cancel context.CancelFunc
}

func subscribe(t *testing.T, conn *grpc.ClientConn, ctx context.Context, req *eventsv1.SubscribeRequest) *subscriber {
	t.Helper()
	ctx, cancel := context.WithCancel(ctx)
	stream, err := eventsv1.NewEventServiceClient(conn).Subscribe(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := stream.Header(); err != nil { // subscribed: the group exists
		t.Fatalf("Subscribe: %v", err)
	}
	s := &subscriber{got: make(chan *eventsv1.SubscribeResponse, 100), ended: make(chan error, 1), cancel: cancel}
	go func() {
		for {
			r, err := stream.Recv()
			if err != nil {
				s.ended <- err
				return
			}
			s.got <- r
		}
	}()
	t.Cleanup(cancel)
	return s
}

// next waits for the next event.
func (s *subscriber) next(t *testing.T) *eventsv1.SubscribeResponse {
	t.Helper()
	select {
	case r := <-s.got:
		return r
	case err := <-s.ended:
		t.Fatalf("the stream ended: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("no event within 10 s")
	}
	return nil
}

// none checks that no event arrives for a while.
func (s *subscriber) none(t *testing.T, d time.Duration) {
	t.Helper()
	select {
	case r := <-s.got:
		t.Fatalf("unexpected event %s (%s), delivery %d", r.GetEvent().GetEvent(), r.GetEvent().GetId(), r.GetDeliveryCount())
	case <-time.After(d):
	}
}

func ack(t *testing.T, conn *grpc.ClientConn, ctx context.Context, group string, ids ...string) int32 {
	t.Helper()
	resp, err := eventsv1.NewEventServiceClient(conn).AckEvents(ctx, &eventsv1.AckEventsRequest{Group: group, Ids: ids})
	if err != nil {
		t.Fatalf("AckEvents: %v", err)
	}
	return resp.GetAcknowledged()
}

func listEvents(t *testing.T, conn *grpc.ClientConn, ctx context.Context) []*eventsv1.Event {
	t.Helper()
	resp, err := eventsv1.NewEventServiceClient(conn).ListEvents(ctx, &eventsv1.ListEventsRequest{PageSize: 1000})
	if err != nil {
		t.Fatalf("ListEvents: %v", err)
	}
	return resp.GetEvents()
}

// TestEventsSandboxLoop: AddStore, CreateMapPoi and ApplyMerchant in the
// simulator push their audits to the gateway's callback (safe mode), and a
// subscriber receives them, typed.
func TestEventsSandboxLoop(t *testing.T) {
	g := gatewaytest.Start(t, gatewaytest.Unlimited, gatewaytest.WithCallback(config.PushSafe))
	ctx := g.Ctx("")
	sub := subscribe(t, g.Conn, ctx, &eventsv1.SubscribeRequest{Group: "stores", EventTypes: []string{"add_store_audit_info"}})
	stores := storev1.NewStoreServiceClient(g.Conn)
	added, err := stores.AddStore(ctx, sandboxStore())
	if err != nil {
		t.Fatal(err)
	}
	r := sub.next(t)
	ev := r.GetEvent()
	audit := ev.GetAddStoreAudit()
	if audit == nil || audit.GetAuditId() != added.GetAuditId() || ev.GetAccount() != "main" || ev.GetEvent() != "add_store_audit_info" || r.GetDeliveryCount() != 1 {
		t.Fatalf("event = %v, want add_store_audit_info for audit %d", ev, added.GetAuditId())
	}
	if !strings.Contains(ev.GetXml(), "<audit_id>"+strconv.FormatInt(added.GetAuditId(), 10)+"</audit_id>") {
		t.Errorf("xml = %s, want the decrypted push", ev.GetXml())
	}
	if n := ack(t, g.Conn, ctx, "stores", ev.GetId()); n != 1 {
		t.Errorf("AckEvents = %d, want 1", n)
	}
	if logs := g.Logs.String(); strings.Contains(logs, gatewaytest.CallbackAESKey) || strings.Contains(logs, gatewaytest.CallbackToken) {
		t.Error("the log holds the callback Token or EncodingAESKey")
	}
}

// sandboxStore adds a store on a place of the simulator's that no store uses.
func sandboxStore() *storev1.AddStoreRequest {
	return &storev1.AddStoreRequest{
		MapPoiId: "2880741500279549033", PicList: []string{"http://mmbiz.qpic.cn/mmbiz_jpg/a/0?wx_fmt=jpeg"}, ContractPhone: "12345678",
		Hour: "10:00-21:00", Credential: "c2880741500279549033",
	}
}

// TestEventsModes: a push in each mode reaches the subscriber with its typed
// payload, and the GET verification answers echostr byte for byte.
func TestEventsModes(t *testing.T) {
	for _, mode := range []string{config.PushPlain, config.PushCompatible, config.PushSafe} {
		t.Run(mode, func(t *testing.T) {
			g := gatewaytest.Start(t, gatewaytest.WithCallback(mode))
			ctx := g.Ctx("")
			sub := subscribe(t, g.Conn, ctx, &eventsv1.SubscribeRequest{Group: "cards"})
			err := g.Sim.Push(ctx, "oUser1", "user_get_card", []wechatsim.Field{
				{Name: "CardId", Value: "pFS7Fjg8kV1IdDz01r4SQwMkuCKc"}, {Name: "IsGiveByFriend", Value: "0"},
				{Name: "UserCardCode", Value: "12312312"}, {Name: "OuterId", Value: "0"},
			})
			if err != nil {
				t.Fatalf("push: %v", err)
			}
			got := sub.next(t).GetEvent()
			if c := got.GetUserGetCard(); c.GetCardId() != "pFS7Fjg8kV1IdDz01r4SQwMkuCKc" || c.GetUserCardCode() != "12312312" || got.GetFromUserName() != "oUser1" {
				t.Fatalf("event = %v", got)
			}
			// URL verification.
			ts := strconv.FormatInt(time.Now().Unix(), 10)
			echostr := "4375120948345356249 <x>"
			q := url.Values{"signature": {wxcrypt.Signature(gatewaytest.CallbackToken, ts, "n1")}, "timestamp": {ts}, "nonce": {"n1"}, "echostr": {echostr}}
			status, body := callback(t, g, "GET", q, nil)
			if status != 200 || body != echostr {
				t.Fatalf("GET = %d %q, want 200 %q", status, body, echostr)
			}
		})
	}
}

// callback sends one request to account main's callback URL.
func callback(t *testing.T, g *gatewaytest.Gateway, method string, q url.Values, body []byte) (int, string) {
	t.Helper()
	return callbackPath(t, g, method, "/wechat/callback/main", q, body)
}

func callbackPath(t *testing.T, g *gatewaytest.Gateway, method, path string, q url.Values, body []byte) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, "http://"+g.Server.CallbackAddr()+path+"?"+q.Encode(), bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := g.HTTP.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// pushXML is a user_get_card push as WeChat writes it.
func pushXML(from string, created int64, code string) string {
	return fmt.Sprintf(`<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[%s]]></FromUserName>`+
		`<CreateTime>%d</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[user_get_card]]></Event>`+
		`<CardId><![CDATA[pFS7Fjg8kV1IdDz01r4SQwMkuCKc]]></CardId><IsGiveByFriend>0</IsGiveByFriend>`+
		`<UserCardCode><![CDATA[%s]]></UserCardCode><OuterId>0</OuterId></xml>`, from, created, code)
}

// safePush is a signed safe-mode push of plain, encrypted for appID with key.
func safePush(token, key, appID string, ts int64, plain string) (url.Values, []byte) {
	k, err := wxcrypt.ParseKey(key)
	if err != nil {
		panic(err)
	}
	enc := wxcrypt.Encrypt(k, []byte(plain), appID)
	return safeQuery(token, ts, enc), []byte("<xml><ToUserName><![CDATA[gh_test]]></ToUserName><Encrypt><![CDATA[" + enc + "]]></Encrypt></xml>")
}

func safeQuery(token string, ts int64, enc string) url.Values {
	t := strconv.FormatInt(ts, 10)
	return url.Values{
		"signature": {wxcrypt.Signature(token, t, "nonce1")}, "timestamp": {t}, "nonce": {"nonce1"},
		"encrypt_type": {"aes"}, "msg_signature": {wxcrypt.Signature(token, t, "nonce1", enc)}, "openid": {"oUser"},
	}
}

// TestCallbackRefusals: every push that fails a check is refused with a 4xx,
// stored nowhere, counted, and logged without its body or the keys.
func TestCallbackRefusals(t *testing.T) {
	g := gatewaytest.Start(t, gatewaytest.WithCallback(config.PushSafe))
	now := time.Now().Unix()
	tok, key, appID := gatewaytest.CallbackToken, gatewaytest.CallbackAESKey, g.Sim.AppID()
	const secretBody = "SECRET-BODY-MARKER"
	good := pushXML("oUser", now, secretBody)
	k, _ := wxcrypt.ParseKey(key)
	enc := wxcrypt.Encrypt(k, []byte(good), appID)
	wrap := func(enc string) []byte {
		return []byte("<xml><ToUserName><![CDATA[gh_test]]></ToUserName><Encrypt><![CDATA[" + enc + "]]></Encrypt></xml>")
	}
	resigned := func(enc string) (url.Values, []byte) { return safeQuery(tok, now, enc), wrap(enc) }
	cases := []struct {
		name   string
		req    func() (url.Values, []byte)
		status int
	}{
		{"wrong signature", func() (url.Values, []byte) {
			q, b := resigned(enc)
			q.Set("signature", strings.Repeat("0", 40))
			return q, b
		}, 403},
		{"wrong msg_signature", func() (url.Values, []byte) {
			q, b := resigned(enc)
			q.Set("msg_signature", wxcrypt.Signature("other-token", q.Get("timestamp"), "nonce1", enc))
			return q, b
		}, 403},
		{"stale timestamp", func() (url.Values, []byte) { return safePush(tok, key, appID, now-3600, good) }, 403},
		{"future timestamp", func() (url.Values, []byte) { return safePush(tok, key, appID, now+3600, good) }, 403},
		{"wrong appid", func() (url.Values, []byte) { return safePush(tok, key, "wx0000000000000000", now, good) }, 403},
		{"wrong key", func() (url.Values, []byte) {
			return safePush(tok, "ZZZZZZZZZZefghijklmnopqrstuvwxyz0123456789A", appID, now, good)
		}, 400},
		{"truncated ciphertext", func() (url.Values, []byte) { return resigned(enc[:len(enc)-24]) }, 400},
		{"re-padded ciphertext", func() (url.Values, []byte) {
			return resigned(wxcrypt.Encrypt(k, []byte(good+"\x05\x05"), appID)[:len(enc)])
		}, 400},
		{"not base64", func() (url.Values, []byte) { return resigned("!!!!" + enc[4:]) }, 400},
		{"plaintext in safe mode", func() (url.Values, []byte) {
			q, _ := resigned(enc)
			q.Del("encrypt_type")
			q.Del("msg_signature")
			return q, []byte(good)
		}, 400},
		{"malformed XML", func() (url.Values, []byte) { return resigned(wxcrypt.Encrypt(k, []byte("<xml><ToUserName>gh"), appID)) }, 400},
		{"DOCTYPE", func() (url.Values, []byte) {
			q, _ := resigned(enc)
			return q, []byte(`<!DOCTYPE xml [<!ENTITY x "y">]><xml><Encrypt><![CDATA[` + enc + `]]></Encrypt></xml>`)
		}, 400},
		{"no parameters", func() (url.Values, []byte) { return url.Values{}, wrap(enc) }, 400},
		{"10 MiB body", func() (url.Values, []byte) {
			q, _ := resigned(enc)
			return q, bytes.Repeat([]byte("A"), 10<<20)
		}, 413},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q, body := c.req()
			if status, resp := callback(t, g, "POST", q, body); status != c.status {
				t.Errorf("status %d (%s), want %d", status, resp, c.status)
			}
		})
	}
	if status, _ := callbackPath(t, g, "POST", "/wechat/callback/nobody", url.Values{}, nil); status != 404 {
		t.Errorf("unknown account: %d, want 404", status)
	}
	if status, _ := callbackPath(t, g, "GET", "/v1/events", url.Values{}, nil); status != 404 {
		t.Errorf("the API on the callback listener: %d, want 404", status)
	}
	if status, _ := callbackPath(t, g, "PUT", "/wechat/callback/main", url.Values{}, nil); status != 405 {
		t.Errorf("PUT: %d, want 405", status)
	}
	if evs := listEvents(t, g.Conn, g.Ctx("")); len(evs) != 0 {
		t.Fatalf("%d events stored from refused pushes", len(evs))
	}
	// The good push itself is taken.
	q, body := resigned(enc)
	if status, resp := callback(t, g, "POST", q, body); status != 200 || resp != "success" {
		t.Fatalf("the good push: %d %q", status, resp)
	}
	if evs := listEvents(t, g.Conn, g.Ctx("")); len(evs) != 1 {
		t.Fatalf("%d events stored, want the good one", len(evs))
	}
	logs := g.Logs.String()
	for _, secret := range []string{secretBody, key, tok, enc[:40]} {
		if strings.Contains(logs, secret) {
			t.Errorf("the log holds %q", secret)
		}
	}
	metrics := scrape(t, g)
	for _, want := range []string{
		`wxgate_events_pushes_total{account="main",outcome="bad_signature"} 2`,
		`wxgate_events_pushes_total{account="main",outcome="stale_timestamp"} 2`,
		`wxgate_events_pushes_total{account="main",outcome="wrong_app_id"} 1`,
		`wxgate_events_pushes_total{account="main",outcome="too_large"} 1`,
		`wxgate_events_pushes_total{account="main",outcome="stored"} 1`,
		`wxgate_events_pushes_total{account="unknown",outcome="unknown_account"} 1`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}

func scrape(t *testing.T, g *gatewaytest.Gateway) string {
	t.Helper()
	resp, err := g.HTTP.Get(g.Base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// TestEventsDuplicates: WeChat's retries of one push reach a subscriber once; two
// user_get_card pushes that the official FromUserName+CreateTime rule would take
// for one (a batch of cards) are both delivered.
func TestEventsDuplicates(t *testing.T) {
	g := gatewaytest.Start(t, gatewaytest.WithCallback(config.PushSafe))
	ctx := g.Ctx("")
	sub := subscribe(t, g.Conn, ctx, &eventsv1.SubscribeRequest{Group: "cards"})
	now := time.Now().Unix()
	send := func(plain string) {
		t.Helper()
		q, body := safePush(gatewaytest.CallbackToken, gatewaytest.CallbackAESKey, g.Sim.AppID(), now, plain)
		if status, resp := callback(t, g, "POST", q, body); status != 200 || resp != "success" {
			t.Fatalf("push: %d %q", status, resp)
		}
	}
	for range 4 { // the push and WeChat's three retries, each encrypted afresh
		send(pushXML("oUser", now, "code-1"))
	}
	send(pushXML("oUser", now, "code-2"))
	a, b := sub.next(t).GetEvent(), sub.next(t).GetEvent()
	if a.GetUserGetCard().GetUserCardCode() != "code-1" || b.GetUserGetCard().GetUserCardCode() != "code-2" || a.GetId() == b.GetId() {
		t.Fatalf("events %v and %v, want code-1 then code-2", a, b)
	}
	sub.none(t, 300*time.Millisecond)
	if m := scrape(t, g); !strings.Contains(m, `wxgate_events_pushes_total{account="main",outcome="duplicate"} 3`) {
		t.Error("metrics do not count the three duplicates")
	}
}

// TestEventsAtLeastOnce: an event whose subscriber went away before acknowledging
// it is handed out again; two groups each get every event; two members of one
// group share them without duplicates.
func TestEventsAtLeastOnce(t *testing.T) {
	g := gatewaytest.Start(t, gatewaytest.WithCallback(config.PushSafe), func(c *config.Config) { c.Events.VisibilityTimeout = time.Second })
	ctx := g.Ctx("")
	now := time.Now().Unix()
	for i := range 6 {
		q, body := safePush(gatewaytest.CallbackToken, gatewaytest.CallbackAESKey, g.Sim.AppID(), now, pushXML("oUser", now, fmt.Sprint("code-", i)))
		if status, _ := callback(t, g, "POST", q, body); status != 200 {
			t.Fatalf("push %d: %d", i, status)
		}
	}
	// A subscriber takes the first event and disconnects without acknowledging.
	first := subscribe(t, g.Conn, ctx, &eventsv1.SubscribeRequest{Group: "once"})
	lost := first.next(t).GetEvent()
	first.cancel()
	// Members of the group share the six, the lost one again after its timeout.
	m1 := subscribe(t, g.Conn, ctx, &eventsv1.SubscribeRequest{Group: "once"})
	m2 := subscribe(t, g.Conn, ctx, &eventsv1.SubscribeRequest{Group: "once"})
	seen := map[string]int32{}
	deadline := time.After(15 * time.Second)
	for len(seen) < 6 {
		var r *eventsv1.SubscribeResponse
		select {
		case r = <-m1.got:
		case r = <-m2.got:
		case <-deadline:
			t.Fatalf("the group got %d of 6 events", len(seen))
		}
		id := r.GetEvent().GetId()
		if _, dup := seen[id]; dup {
			t.Fatalf("event %s delivered twice to the group", id)
		}
		seen[id] = r.GetDeliveryCount()
		ack(t, g.Conn, ctx, "once", id)
	}
	if seen[lost.GetId()] != 2 {
		t.Errorf("the unacknowledged event's delivery count = %d, want 2", seen[lost.GetId()])
	}
	m1.none(t, 1500*time.Millisecond) // acknowledged: nothing comes back
	// Another group gets all six.
	other := subscribe(t, g.Conn, ctx, &eventsv1.SubscribeRequest{Group: "audit"})
	for range 6 {
		other.next(t)
	}
}

// TestEventsCallers: subscribers are callers: a caller may subscribe only for
// its accounts and with the methods allowed; a group belongs to its caller.
func TestEventsCallers(t *testing.T) {
	crmKey, _ := callerkey.New()
	shopKey, _ := callerkey.New()
	g := gatewaytest.Start(t, gatewaytest.WithCallback(config.PushSafe), gatewaytest.WithCallers(
		config.Caller{Name: "crm", Keys: gatewaytest.Keys(crmKey), Accounts: []string{"main"}, Allow: []string{"wxgate.events.v1.EventService/*"}},
		config.Caller{Name: "shop", Keys: gatewaytest.Keys(shopKey), Accounts: []string{"other"}, Allow: []string{"*"}},
	), gatewaytest.WithAccount(config.Account{Name: "other", AppID: "wxother", AppSecret: "s", UpstreamURL: "http://127.0.0.1:1", TokenMode: "stable"}))
	crm := gatewaytest.WithKey(g.Ctx(""), crmKey)
	shop := gatewaytest.WithKey(g.Ctx(""), shopKey)
	client := eventsv1.NewEventServiceClient(g.Conn)

	stream, err := client.Subscribe(shop, &eventsv1.SubscribeRequest{Account: "main", Group: "g"})
	if err == nil {
		_, err = stream.Recv()
	}
	gatewaytest.AssertStatus(t, err, codes.PermissionDenied, "PERMISSION_DENIED")
	_, err = client.ListEvents(shop, &eventsv1.ListEventsRequest{Account: "main"})
	gatewaytest.AssertStatus(t, err, codes.PermissionDenied, "PERMISSION_DENIED")
	_, err = client.ListEvents(g.Ctx(""), &eventsv1.ListEventsRequest{})
	gatewaytest.AssertStatus(t, err, codes.Unauthenticated, "UNAUTHENTICATED")
	_, err = client.ListEvents(crm, &eventsv1.ListEventsRequest{Account: "nope"})
	gatewaytest.AssertBadRequest(t, err, "account")
	_, err = client.Subscribe(crm, &eventsv1.SubscribeRequest{Group: "Not A Group"})
	if err == nil {
		stream, _ := client.Subscribe(crm, &eventsv1.SubscribeRequest{Group: "Not A Group"})
		_, err = stream.Recv()
	}
	gatewaytest.AssertBadRequest(t, err, "group")

	// crm may subscribe for main without naming it: the header's account is not
	// what authorizes the EventService.
	sub := subscribe(t, g.Conn, metadata.AppendToOutgoingContext(crm, "x-wxgate-account", "main"), &eventsv1.SubscribeRequest{Group: "g"})
	if err := g.Sim.Push(crm, "oUser", "card_pass_check", []wechatsim.Field{{Name: "CardId", Value: "c1"}}); err != nil {
		t.Fatal(err)
	}
	ev := sub.next(t).GetEvent()
	// The shop caller's group "g" is its own: it cannot acknowledge crm's.
	if n, err := client.AckEvents(shop, &eventsv1.AckEventsRequest{Group: "g", Ids: []string{ev.GetId()}}); err != nil || n.GetAcknowledged() != 0 {
		t.Errorf("another caller's AckEvents = %v, %v; want 0", n, err)
	}
	if n := ack(t, g.Conn, crm, "g", ev.GetId()); n != 1 {
		t.Errorf("AckEvents = %d, want 1", n)
	}
}

// TestEventsREST: ListEvents and AckEvents over REST; the stream is gRPC only.
func TestEventsREST(t *testing.T) {
	g := gatewaytest.Start(t, gatewaytest.WithCallback(config.PushSafe))
	for i := range 3 {
		if err := g.Sim.Push(g.Ctx(""), "oUser", "WifiConnected", []wechatsim.Field{
			{Name: "ConnectTime", Value: strconv.Itoa(1700000000 + i)}, {Name: "ExpireTime", Value: "0"}, {Name: "VendorId", Value: "3001224419"},
			{Name: "ShopId", Value: "429620"}, {Name: "DeviceNo", Value: "00:1f:7a:ad:5c:a8"},
		}); err != nil {
			t.Fatal(err)
		}
	}
	status, body := g.REST("GET", "/v1/events?page_size=2&event_types=wificonnected", "")
	evs, _ := body["events"].([]any)
	next, _ := body["next_page_token"].(string)
	if status != 200 || len(evs) != 2 || next == "" {
		t.Fatalf("GET /v1/events = %d %v", status, body)
	}
	first, _ := evs[0].(map[string]any)
	if w, _ := first["wifi_connected"].(map[string]any); w["shop_id"] != "429620" {
		t.Errorf("event %v, want wifi_connected with shop_id", first)
	}
	status, body = g.REST("GET", "/v1/events?page_size=2&event_types=wificonnected&page_token="+url.QueryEscape(next), "")
	if evs, _ := body["events"].([]any); status != 200 || len(evs) != 1 || body["next_page_token"] != nil && body["next_page_token"] != "" {
		t.Fatalf("second page = %d %v", status, body)
	}
	g.AssertRESTBadRequest(t, "GET", "/v1/events?page_token="+url.QueryEscape(next), "", "page_token") // other filter
	status, body = g.REST("POST", "/v1/events:ack", `{"group":"g","ids":["`+first["id"].(string)+`"]}`)
	if status != 200 {
		t.Fatalf("POST /v1/events:ack = %d %v", status, body)
	}
	g.AssertRESTBadRequest(t, "POST", "/v1/events:ack", `{"group":"g","ids":["not-an-id"]}`, "ids[0]")
}

// TestEventsReplicas: on Redis, a push received by replica A reaches a
// subscriber of replica B, also when A stops right after answering.
func TestEventsReplicas(t *testing.T) {
	rdb := redistest.Start(t)
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	b := gatewaytest.StartOn(t, sim, gatewaytest.WithRedis(rdb.Addr()), gatewaytest.WithCallback(config.PushSafe))
	a := gatewaytest.StartOn(t, sim, gatewaytest.WithRedis(rdb.Addr()), gatewaytest.WithCallback(config.PushSafe)) // the simulator pushes to A
	sub := subscribe(t, b.Conn, b.Ctx(""), &eventsv1.SubscribeRequest{Group: "crm"})
	if err := sim.Push(a.Ctx(""), "oUser", "user_del_card", []wechatsim.Field{{Name: "CardId", Value: "c1"}, {Name: "UserCardCode", Value: "1"}}); err != nil {
		t.Fatal(err)
	}
	if ev := sub.next(t).GetEvent(); ev.GetUserDelCard().GetUserCardCode() != "1" {
		t.Fatalf("replica B got %v", ev)
	}
	// A answers success, then dies at once: the event is in Redis, not in A.
	now := time.Now().Unix()
	q, body := safePush(gatewaytest.CallbackToken, gatewaytest.CallbackAESKey, sim.AppID(), now, pushXML("oUser", now, "after-A"))
	if status, resp := callback(t, a, "POST", q, body); status != 200 || resp != "success" {
		t.Fatalf("push to A: %d %q", status, resp)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a.Server.Shutdown(ctx) // no grace
	if ev := sub.next(t).GetEvent(); ev.GetUserGetCard().GetUserCardCode() != "after-A" {
		t.Fatalf("replica B got %v, want the push A answered", ev)
	}
}

// TestEventsShutdown: open Subscribe streams do not hold a graceful shutdown.
func TestEventsShutdown(t *testing.T) {
	g := gatewaytest.Start(t, gatewaytest.WithCallback(config.PushSafe))
	conn, err := grpc.NewClient(g.Server.GRPCAddr(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	sub := subscribe(t, conn, context.Background(), &eventsv1.SubscribeRequest{Group: "g"})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	start := time.Now()
	if err := g.Server.Shutdown(ctx); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	if d := time.Since(start); d > 4*time.Second {
		t.Errorf("shutdown took %s with a stream open", d)
	}
	select {
	case err := <-sub.ended:
		if status.Code(err) != codes.Unavailable {
			t.Errorf("the stream ended with %v, want UNAVAILABLE", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the stream did not end")
	}
}

// TestEventsBadKey: a malformed EncodingAESKey stops the gateway at start, with an
// error naming the account and not the key.
func TestEventsBadKey(t *testing.T) {
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	cfg := config.Default()
	cfg.GRPCAddr, cfg.HTTPAddr = "127.0.0.1:0", "127.0.0.1:0"
	cfg.Accounts = []config.Account{gatewaytest.Account("main", sim)}
	const bad = "too-short-key-0123456789"
	cfg.Accounts[0].Callback = &config.AccountCallback{Mode: config.PushSafe, AppID: sim.AppID(), Token: "t", EncodingAESKey: bad}
	_, err = server.New(server.Options{Config: cfg, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err == nil || !strings.Contains(err.Error(), `account "main"`) || strings.Contains(err.Error(), bad) {
		t.Fatalf("New = %v, want an error naming the account, not the key", err)
	}
}

// TestEventsWebhook: events.webhooks forwards the account's events of its types
// to an internal endpoint, signed with its secret.
func TestEventsWebhook(t *testing.T) {
	got := make(chan *http.Request, 10)
	bodies := make(chan []byte, 10)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got <- r
		bodies <- b
	}))
	defer hook.Close()
	g := gatewaytest.Start(t, gatewaytest.WithCallback(config.PushSafe), func(c *config.Config) {
		c.Events.Webhooks = []config.Webhook{{Name: "crm", URL: hook.URL, Account: "main", EventTypes: []string{"user_consume_card"},
			Secret: "hook-secret", MaxAttempts: 3, Timeout: time.Second}}
	})
	if err := g.Sim.Push(g.Ctx(""), "oUser", "user_del_card", []wechatsim.Field{{Name: "CardId", Value: "c1"}}); err != nil {
		t.Fatal(err)
	}
	if err := g.Sim.Push(g.Ctx(""), "oUser", "user_consume_card", []wechatsim.Field{{Name: "CardId", Value: "c1"}, {Name: "UserCardCode", Value: "777"}, {Name: "ConsumeSource", Value: "FROM_API"}}); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-got:
		body := <-bodies
		ts, _ := strconv.ParseInt(r.Header.Get(events.HeaderTimestamp), 10, 64)
		if r.Header.Get(events.HeaderSignature) != events.Sign("hook-secret", ts, body) || !strings.Contains(string(body), `"user_card_code":"777"`) {
			t.Errorf("forwarded %s with %v", body, r.Header)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("nothing forwarded")
	}
	select {
	case r := <-got:
		t.Errorf("forwarded another event: %v", r.Header)
	case <-time.After(300 * time.Millisecond):
	}
}
