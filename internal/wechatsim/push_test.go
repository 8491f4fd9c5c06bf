package wechatsim

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wxgate/wxgate/internal/wxcrypt"
)

const (
	pushToken  = "pushtoken"
	pushAESKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
	pushAppID  = "wxpushtarget00001"
	pushPath   = "/wechat/callback/default"
)

// delivery is one attempt as the receiver saw it, checked as a gateway would.
type delivery struct {
	query  url.Values
	body   string
	msg    string  // the plaintext message (the body itself in plain mode)
	fields []Field // msg's elements
	err    error   // what the check found wrong
}

// field is the value of the message's element name.
func (d delivery) field(name string) string {
	for _, f := range d.fields {
		if f.Name == name {
			return f.Value
		}
	}
	return "<missing " + name + ">"
}

// receiver is a gateway's callback endpoint on loopback: it checks every push
// with wxcrypt (signature, msg_signature, decryption, app id) and answers as its
// script says, "success" once the script is used up.
type receiver struct {
	srv    *httptest.Server
	target PushTarget
	ch     chan delivery

	mu     sync.Mutex
	script []func(http.ResponseWriter, *http.Request)
	all    []delivery
}

// newReceiver starts a receiver for mode; its cleanup runs after the simulator's
// when the test starts the simulator afterwards.
func newReceiver(t *testing.T, mode string, script ...func(http.ResponseWriter, *http.Request)) *receiver {
	t.Helper()
	rx := &receiver{ch: make(chan delivery, 64), script: script}
	rx.srv = httptest.NewServer(http.HandlerFunc(rx.serve)) // 127.0.0.1:0
	t.Cleanup(rx.srv.Close)
	rx.target = PushTarget{URL: rx.srv.URL + pushPath, Token: pushToken, AESKey: pushAESKey, Mode: mode, AppID: pushAppID}
	return rx
}

func (rx *receiver) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	d := rx.check(r, body)
	rx.mu.Lock()
	n := len(rx.all)
	rx.all = append(rx.all, d)
	var answer func(http.ResponseWriter, *http.Request)
	if n < len(rx.script) {
		answer = rx.script[n]
	}
	rx.mu.Unlock()
	rx.ch <- d
	if answer != nil {
		answer(w, r)
		return
	}
	io.WriteString(w, "success")
}

// deliveries is every attempt received so far.
func (rx *receiver) deliveries() []delivery {
	rx.mu.Lock()
	defer rx.mu.Unlock()
	return slices.Clone(rx.all)
}

// next waits for the next attempt.
func (rx *receiver) next(t *testing.T) delivery {
	t.Helper()
	select {
	case d := <-rx.ch:
		if d.err != nil {
			t.Fatalf("push failed the gateway's checks: %v\nquery %v\nbody %s", d.err, d.query, d.body)
		}
		return d
	case <-time.After(5 * time.Second):
		t.Fatal("no push arrived")
		return delivery{}
	}
}

// check verifies one push as the gateway's callback would.
func (rx *receiver) check(r *http.Request, body []byte) delivery {
	q := r.URL.Query()
	d := delivery{query: q, body: string(body)}
	fail := func(format string, args ...any) delivery {
		d.err = fmt.Errorf(format, args...)
		return d
	}
	t := rx.target
	if r.Method != http.MethodPost || r.URL.Path != pushPath {
		return fail("%s %s", r.Method, r.URL.Path)
	}
	ts, nonce := q.Get("timestamp"), q.Get("nonce")
	if !isDigits(ts) || !isDigits(nonce) || !wxcrypt.Verify(q.Get("signature"), t.Token, ts, nonce) {
		return fail("signature %q does not verify (timestamp %q nonce %q)", q.Get("signature"), ts, nonce)
	}
	outer, err := parseFlat(body)
	if err != nil {
		return fail("body: %v", err)
	}
	if t.Mode == ModePlain {
		for _, k := range []string{"encrypt_type", "msg_signature", "openid"} {
			if q.Has(k) {
				return fail("plain mode with %s in the query", k)
			}
		}
		d.msg, d.fields = string(body), outer
		return d
	}
	if q.Get("encrypt_type") != "aes" {
		return fail("encrypt_type %q", q.Get("encrypt_type"))
	}
	var encrypt string
	var rest []Field // the body's elements but Encrypt
	for _, f := range outer {
		if f.Name == "Encrypt" {
			encrypt = f.Value
		} else {
			rest = append(rest, f)
		}
	}
	if !wxcrypt.Verify(q.Get("msg_signature"), t.Token, ts, nonce, encrypt) {
		return fail("msg_signature %q does not verify", q.Get("msg_signature"))
	}
	key, err := wxcrypt.ParseKey(t.AESKey)
	if err != nil {
		return fail("%v", err)
	}
	msg, _, err := wxcrypt.Open([]wxcrypt.Key{key}, encrypt, t.AppID)
	if err != nil {
		return fail("Open: %v", err)
	}
	d.msg = string(msg)
	if d.fields, err = parseFlat(msg); err != nil {
		return fail("decrypted message: %v", err)
	}
	if q.Get("openid") != d.field("FromUserName") {
		return fail("openid %q, FromUserName %q", q.Get("openid"), d.field("FromUserName"))
	}
	switch t.Mode {
	case ModeSafe:
		if len(rest) != 1 || rest[0].Name != "ToUserName" || rest[0].Value != d.field("ToUserName") {
			return fail("safe-mode body %v, want ToUserName and Encrypt only", rest)
		}
	case ModeCompatible:
		if !slices.Equal(rest, d.fields) {
			return fail("compatible-mode plaintext %v differs from the decrypted %v", rest, d.fields)
		}
	}
	return d
}

// parseFlat reads a push's <xml> into its child elements, in order.
func parseFlat(b []byte) ([]Field, error) {
	var doc struct {
		XMLName xml.Name
		Elems   []struct {
			XMLName xml.Name
			Value   string `xml:",chardata"`
		} `xml:",any"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	if doc.XMLName.Local != "xml" {
		return nil, fmt.Errorf("root <%s>, want <xml>", doc.XMLName.Local)
	}
	var out []Field
	for _, e := range doc.Elems {
		out = append(out, Field{e.XMLName.Local, e.Value})
	}
	return out, nil
}

// TestPushModes: a push in each mode passes the gateway's checks, carries the
// envelope and the fields in order, and writes digits bare and text in CDATA.
func TestPushModes(t *testing.T) {
	for _, mode := range []string{ModePlain, ModeCompatible, ModeSafe} {
		t.Run(mode, func(t *testing.T) {
			rx := newReceiver(t, mode)
			h := start(t, Options{})
			h.sim.SetPushTarget(rx.target)
			fields := []Field{{"audit_id", "11111"}, {"status", "1"}, {"reason", "a ]]> b <c> & d"}, {"latitude", "23.0974903107"}, {"sh_remark", ""}}
			if err := h.sim.Push(context.Background(), "od1P50M-fNQI5Gcq-trm4a7apsU8", "debug_demo", fields); err != nil {
				t.Fatal(err)
			}
			d := rx.next(t)
			want := append([]Field{
				{"ToUserName", h.sim.originalID()}, {"FromUserName", "od1P50M-fNQI5Gcq-trm4a7apsU8"},
				{"CreateTime", d.query.Get("timestamp")}, {"MsgType", "event"}, {"Event", "debug_demo"},
			}, fields...)
			if !slices.Equal(d.fields, want) {
				t.Errorf("fields\n%v\nwant\n%v", d.fields, want)
			}
			for _, raw := range []string{"<CreateTime>" + d.query.Get("timestamp") + "</CreateTime>", "<audit_id>11111</audit_id>",
				"<latitude><![CDATA[23.0974903107]]></latitude>", "<sh_remark><![CDATA[]]></sh_remark>", "<Event><![CDATA[debug_demo]]></Event>"} {
				if !strings.Contains(d.msg, raw) {
					t.Errorf("message lacks %s:\n%s", raw, d.msg)
				}
			}
			if got := h.sim.Pushes(); len(got) != 1 || got[0] != (PushRecord{Event: "debug_demo", From: "od1P50M-fNQI5Gcq-trm4a7apsU8", Attempts: 1, Accepted: true}) {
				t.Errorf("Pushes %+v", got)
			}
		})
	}
}

// TestPushTargetDefaults: the app id written into the ciphertext defaults to the
// simulator's, and an explicit ToUserName is used.
func TestPushTargetDefaults(t *testing.T) {
	rx := newReceiver(t, ModeSafe)
	h := start(t, Options{AppID: "wxownappid0000001"})
	rx.target.AppID = "wxownappid0000001" // what the receiver checks
	h.sim.SetPushTarget(PushTarget{URL: rx.target.URL, Token: pushToken, AESKey: pushAESKey, Mode: ModeSafe, ToUserName: "gh_97417a04a28d"})
	if err := h.sim.Push(context.Background(), "oUser", "subscribe", nil); err != nil {
		t.Fatal(err)
	}
	if d := rx.next(t); d.field("ToUserName") != "gh_97417a04a28d" {
		t.Errorf("ToUserName %q", d.field("ToUserName"))
	}
}

func answerStatus(code int) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(code) }
}

func answerBody(body string) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, body) }
}

// answerLate answers only after the push has given up (its connection closes).
func answerLate(w http.ResponseWriter, r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-time.After(5 * time.Second):
	}
	io.WriteString(w, "success")
}

// TestPushRetries: a push is sent again while the answer is not HTTP 200 with
// "success" or nothing, as often as PushRetries allows, and no more once accepted.
func TestPushRetries(t *testing.T) {
	tests := []struct {
		name     string
		retries  int
		script   []func(http.ResponseWriter, *http.Request)
		attempts int
		accepted bool
	}{
		{"accepted at once", 0, nil, 1, true},
		{"an empty answer is accepted", 0, []func(http.ResponseWriter, *http.Request){answerBody("")}, 1, true},
		{"500 twice", 0, []func(http.ResponseWriter, *http.Request){answerStatus(500), answerStatus(500)}, 3, true},
		{"too slow once", 0, []func(http.ResponseWriter, *http.Request){answerLate}, 2, true},
		{"200 with another body", 0, []func(http.ResponseWriter, *http.Request){answerBody("ok"), answerBody("success\n"), answerBody("<xml/>")}, 4, true},
		{"a redirect is no answer", 0, []func(http.ResponseWriter, *http.Request){
			func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/elsewhere", http.StatusFound) }}, 2, true},
		{"always 500: 1 + 3 attempts", 0, slices.Repeat([]func(http.ResponseWriter, *http.Request){answerStatus(500)}, 10), 4, false},
		{"always slow", 0, slices.Repeat([]func(http.ResponseWriter, *http.Request){answerLate}, 10), 4, false},
		{"PushRetries 1", 1, slices.Repeat([]func(http.ResponseWriter, *http.Request){answerStatus(503)}, 10), 2, false},
		{"PushRetries negative: no retry", -1, []func(http.ResponseWriter, *http.Request){answerStatus(500)}, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rx := newReceiver(t, ModeSafe, tt.script...)
			h := start(t, Options{PushTimeout: 400 * time.Millisecond, PushRetries: tt.retries})
			h.sim.SetPushTarget(rx.target)
			err := h.sim.Push(context.Background(), "oUser", "subscribe", []Field{{"EventKey", "k"}})
			if (err == nil) != tt.accepted {
				t.Fatalf("Push: %v, want accepted %v", err, tt.accepted)
			}
			time.Sleep(50 * time.Millisecond) // room for an attempt too many
			got := rx.deliveries()
			if len(got) != tt.attempts {
				t.Fatalf("%d attempts received, want %d", len(got), tt.attempts)
			}
			for i, d := range got {
				if d.err != nil {
					t.Errorf("attempt %d: %v", i, d.err)
				}
				// Retries are the same request: the gateway dedups on them.
				if d.body != got[0].body || d.query.Encode() != got[0].query.Encode() {
					t.Errorf("attempt %d differs from the first", i)
				}
			}
			rec := h.sim.Pushes()
			if len(rec) != 1 || rec[0].Attempts != tt.attempts || rec[0].Accepted != tt.accepted || (rec[0].Error == "") != tt.accepted {
				t.Errorf("Pushes %+v", rec)
			}
		})
	}
}

// TestPushRefuses: a push that cannot be made says why and is recorded.
func TestPushRefuses(t *testing.T) {
	good := PushTarget{URL: "http://127.0.0.1:1/cb", Token: "t", AESKey: pushAESKey, Mode: ModeSafe}
	tests := []struct {
		name   string
		target PushTarget
		fields []Field
		msg    string
	}{
		{"no target", PushTarget{}, nil, "no push target"},
		{"unknown mode", PushTarget{URL: good.URL, Mode: "aes"}, nil, "mode"},
		{"bad key in safe mode", PushTarget{URL: good.URL, Mode: ModeSafe, AESKey: "short"}, nil, "EncodingAESKey"},
		{"no key in compatible mode", PushTarget{URL: good.URL, Mode: ModeCompatible}, nil, "EncodingAESKey"},
		{"not a URL", PushTarget{URL: "127.0.0.1:1/cb"}, nil, "URL"},
		{"bad field name", good, []Field{{"a b", "x"}}, "element name"},
		{"markup in a field name", good, []Field{{"x></xml", "x"}}, "element name"},
		{"envelope field", good, []Field{{"Event", "x"}}, "envelope"},
		{"nobody listening", PushTarget{URL: good.URL}, nil, "3 attempts"}, // port 1: refused
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t, Options{PushRetries: 2})
			h.sim.SetPushTarget(tt.target)
			err := h.sim.Push(context.Background(), "oUser", "subscribe", tt.fields)
			if err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("Push: %v, want an error naming %q", err, tt.msg)
			}
			if strings.Contains(err.Error(), pushAESKey[:8]) {
				t.Errorf("the error shows the key: %v", err)
			}
			if rec := h.sim.Pushes(); len(rec) != 1 || rec[0].Accepted {
				t.Errorf("Pushes %+v", rec)
			}
		})
	}
}

// TestStorePushes: the store endpoints, called over the simulator's HTTP API,
// push their audit results a moment later, with the ids their answers gave.
func TestStorePushes(t *testing.T) {
	tests := []struct {
		name, path, body, event string
		// want gives the expected fields from the endpoint's answer.
		want func(h *harness, tok string, a answer) []Field
	}{
		{"add_store", "/wxa/add_store", seedAddStore, "add_store_audit_info",
			func(h *harness, tok string, a answer) []Field {
				return []Field{{"audit_id", fmt.Sprint(a.data()["audit_id"])}, {"status", "1"}, {"reason", ""},
					{"is_upgrade", "0"}, {"poiid", lastStorePoiID(h, tok)}}
			}},
		{"add_store migrating a legacy store", "/wxa/add_store", strings.Replace(seedAddStore, `"poi_id": ""`, `"poi_id": "271262077"`, 1), "add_store_audit_info",
			func(_ *harness, _ string, a answer) []Field {
				return []Field{{"audit_id", fmt.Sprint(a.data()["audit_id"])}, {"status", "1"}, {"reason", ""},
					{"is_upgrade", "1"}, {"poiid", "271262077"}}
			}},
		{"create_map_poi", "/wxa/create_map_poi", seedCreateMapPoi, "create_map_poi_audit_info",
			func(h *harness, tok string, a answer) []Field {
				base := fmt.Sprint(a.data()["base_id"])
				var uid string
				h.sim.mu.Lock()
				uid = h.sim.stores.mapPois[len(h.sim.stores.mapPois)-1].SosomapPoiUID
				h.sim.mu.Unlock()
				return []Field{{"audit_id", base}, {"status", "0"}, {"map_poi_id", uid}, {"name", "hardenzhang"}, {"address", "TIT"},
					{"latitude", "23.0974903107"}, {"longitude", "113.323753357"}, {"sh_remark", ""}}
			}},
		{"update_store with new pictures", "/wxa/update_store", seedUpdateStore, "modify_store_audit_info",
			func(_ *harness, _ string, a answer) []Field {
				if fmt.Sprint(a.data()["has_audit_id"]) != "1" {
					panic("the seed's update_store needs no audit: " + a.raw)
				}
				return []Field{{"audit_id", fmt.Sprint(a.data()["audit_id"])}, {"status", "1"}, {"reason", ""}}
			}},
		{"apply_merchant", "/wxa/apply_merchant", seedApplyMerchant, "apply_merchant_audit_info",
			func(h *harness, _ string, _ answer) []Field {
				h.sim.mu.Lock()
				id := h.sim.stores.merchant.auditID
				h.sim.mu.Unlock()
				return auditFields(id, merchantApproved, "")
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rx := newReceiver(t, ModeSafe)
			h := start(t, Options{AuditDelay: 20 * time.Millisecond})
			h.sim.SetPushTarget(rx.target)
			tok := h.token()
			a := h.api(tok, "POST", tt.path, tt.body)
			if code := a.errcode(); (code != 0 && code != -999) || a.json["error"] != nil {
				t.Fatalf("%s: %s", tt.path, a.raw)
			}
			want := tt.want(h, tok, a)
			d := rx.next(t)
			if d.field("Event") != tt.event || d.field("MsgType") != "event" {
				t.Fatalf("pushed %s", d.msg)
			}
			if got := d.fields[5:]; !slices.Equal(got, want) {
				t.Errorf("fields\n%v\nwant\n%v", got, want)
			}
			if from := d.field("FromUserName"); len(from) != 28 || from != h.sim.adminOpenID() {
				t.Errorf("FromUserName %q", from)
			}
			select {
			case extra := <-rx.ch:
				t.Errorf("a second push: %s", extra.msg)
			case <-time.After(50 * time.Millisecond):
			}
		})
	}
}

// lastStorePoiID is the poi_id of the store added last (get_store_list's order).
func lastStorePoiID(h *harness, tok string) string {
	a := h.api(tok, "POST", "/wxa/get_store_list", `{"offset":0,"limit":50}`)
	list, _ := a.json["business_list"].([]any)
	last, _ := list[len(list)-1].(map[string]any)
	info, _ := last["base_info"].(map[string]any)
	return fmt.Sprint(info["poi_id"])
}

// TestMerchantAuditPush: the pushed result and get_merchant_audit_info agree: the
// audit ends approved, or as SetMerchantAudit decided before the push was due.
func TestMerchantAuditPush(t *testing.T) {
	for _, tt := range []struct {
		name   string
		decide func(*Server)
		status string
		reason string
	}{
		{"approved by default", func(*Server) {}, "1", ""},
		{"rejected first", func(s *Server) { s.SetMerchantAudit(merchantRejected, "资料不全") }, "3", "资料不全"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rx := newReceiver(t, ModeCompatible)
			h := start(t, Options{AuditDelay: 250 * time.Millisecond})
			h.sim.SetPushTarget(rx.target)
			tok := h.token()
			wantErrcode(t, h.api(tok, "POST", "/wxa/apply_merchant", seedApplyMerchant), 0)
			tt.decide(h.sim)
			d := rx.next(t)
			if d.field("status") != tt.status || d.field("reason") != tt.reason {
				t.Errorf("pushed status %q reason %q, want %q %q", d.field("status"), d.field("reason"), tt.status, tt.reason)
			}
			a := h.api(tok, "GET", "/wxa/get_merchant_audit_info", "")
			if fmt.Sprint(a.data()["status"]) != tt.status || fmt.Sprint(a.data()["audit_id"]) != d.field("audit_id") {
				t.Errorf("get_merchant_audit_info %s after the push %s", a.raw, d.msg)
			}
		})
	}
}

// TestNoPushTarget: without a target the store endpoints push nothing.
func TestNoPushTarget(t *testing.T) {
	h := start(t, Options{AuditDelay: time.Millisecond})
	wantErrcode(t, h.api(h.token(), "POST", "/wxa/add_store", seedAddStore), 0)
	time.Sleep(20 * time.Millisecond)
	if p := h.sim.Pushes(); len(p) != 0 {
		t.Errorf("Pushes %+v", p)
	}
}

// TestPushClose: Close cancels pending audit pushes and a push waiting for a slow
// gateway, promptly (leak_test.go checks that no goroutine is left).
func TestPushClose(t *testing.T) {
	rx := newReceiver(t, ModePlain, answerLate)
	h := start(t, Options{AuditDelay: time.Hour, PushTimeout: time.Hour})
	h.sim.SetPushTarget(rx.target)
	wantErrcode(t, h.api(h.token(), "POST", "/wxa/add_store", seedAddStore), 0) // due in an hour
	errc := make(chan error, 1)
	go func() { errc <- h.sim.Push(context.Background(), "oUser", "subscribe", nil) }()
	rx.next(t) // the push is waiting for its answer
	begin := time.Now()
	if err := h.sim.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-errc; err == nil {
		t.Error("Push succeeded across Close")
	}
	if d := time.Since(begin); d > 2*time.Second {
		t.Errorf("Close took %v", d)
	}
	if err := h.sim.Push(context.Background(), "oUser", "subscribe", nil); err == nil || !strings.Contains(err.Error(), "closed") {
		t.Errorf("Push after Close: %v", err)
	}
	if p := h.sim.Pushes(); len(p) != 1 || p[0].Accepted {
		t.Errorf("Pushes %+v, want the cancelled push alone", p)
	}
}

// TestPushContext: Push gives up when its context ends.
func TestPushContext(t *testing.T) {
	rx := newReceiver(t, ModePlain, answerLate)
	h := start(t, Options{PushTimeout: time.Hour})
	h.sim.SetPushTarget(rx.target)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if err := h.sim.Push(ctx, "oUser", "subscribe", nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Push: %v", err)
	}
	if n := len(rx.deliveries()); n != 1 {
		t.Errorf("%d attempts after the context ended, want 1", n)
	}
}

// TestPushControl drives pushes over the control API.
func TestPushControl(t *testing.T) {
	rx := newReceiver(t, ModeSafe, answerStatus(500), answerStatus(500), answerStatus(500), answerStatus(500))
	s, err := Start(Options{Control: true, PushTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	post := func(path, body string) (int, string) {
		t.Helper()
		resp, err := http.Post(s.URL()+path, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	target, _ := json.Marshal(map[string]string{"url": rx.target.URL, "token": pushToken, "aes_key": pushAESKey, "mode": ModeSafe, "app_id": pushAppID})
	if code, body := post("/_sim/push-target", string(target)); code != 200 {
		t.Fatalf("push-target: HTTP %d %s", code, body)
	}
	if code, _ := post("/_sim/push-target", `{"url":"`+rx.target.URL+`","mode":"safe","aes_key":"short"}`); code != 400 {
		t.Errorf("a bad target: HTTP %d, want 400", code)
	}
	push := `{"from":"oUser","event":"add_store_audit_info","fields":[{"name":"audit_id","value":"7"},{"name":"status","value":"1"}]}`
	code, body := post("/_sim/push", push) // four 500s: refused
	if code != http.StatusBadGateway || !strings.Contains(body, "HTTP 500") {
		t.Errorf("refused push: HTTP %d %s, want 502 naming the answer", code, body)
	}
	if code, body := post("/_sim/push", push); code != 200 || strings.TrimSpace(body) != "{}" {
		t.Errorf("push: HTTP %d %s", code, body)
	}
	if d := rx.deliveries(); len(d) != 5 || d[4].err != nil || d[4].field("audit_id") != "7" {
		t.Errorf("received %+v", d)
	}
	if code, _ := post("/_sim/push", `{"fields":[]}`); code != 400 {
		t.Errorf("a push without event: HTTP %d, want 400", code)
	}
	resp, err := http.Get(s.URL() + "/_sim/pushes")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var pushes []PushRecord
	if err := json.NewDecoder(resp.Body).Decode(&pushes); err != nil {
		t.Fatal(err)
	}
	if len(pushes) != 2 || pushes[0].Accepted || pushes[0].Attempts != 4 || !pushes[1].Accepted || pushes[1].Event != "add_store_audit_info" {
		t.Errorf("pushes %+v", pushes)
	}
	if code, _ := post("/_sim/push-target", `{}`); code != 200 {
		t.Errorf("clearing the target: HTTP %d", code)
	}
	if code, body := post("/_sim/push", push); code != http.StatusBadGateway || !strings.Contains(body, "no push target") {
		t.Errorf("push without a target: HTTP %d %s", code, body)
	}
}
