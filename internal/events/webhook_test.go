package events

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"google.golang.org/protobuf/encoding/protojson"

	eventsv1 "github.com/wxgate/wxgate/gen/go/wxgate/events/v1"
)

// endpoint is an internal HTTP endpoint that checks each forwarded event's
// signature and answers with the status its script gives for the n-th POST.
type endpoint struct {
	t      *testing.T
	secret string
	status func(n int) int

	mu   sync.Mutex
	n    int
	got  []*eventsv1.Event
	seen []string // X-Wxgate-Delivery of each POST
}

func (e *endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ts, _ := strconv.ParseInt(r.Header.Get(HeaderTimestamp), 10, 64)
	if r.Header.Get(HeaderSignature) != Sign(e.secret, ts, body) || time.Since(time.Unix(ts, 0)).Abs() > time.Minute {
		e.t.Errorf("bad signature %q over %s", r.Header.Get(HeaderSignature), body)
		w.WriteHeader(401)
		return
	}
	ev := &eventsv1.Event{}
	if err := protojson.Unmarshal(body, ev); err != nil || ev.GetId() != r.Header.Get(HeaderEventID) {
		e.t.Errorf("body %s: %v", body, err)
	}
	e.mu.Lock()
	e.n++
	status := e.status(e.n)
	e.seen = append(e.seen, r.Header.Get(HeaderDelivery))
	if status/100 == 2 {
		e.got = append(e.got, ev)
	}
	e.mu.Unlock()
	w.WriteHeader(status)
}

func (e *endpoint) events() []*eventsv1.Event {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]*eventsv1.Event(nil), e.got...)
}

func (e *endpoint) posts() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.n
}

func startForwarders(t *testing.T, st Store, reg prometheus.Registerer, hooks ...Webhook) *Forwarders {
	t.Helper()
	f := NewForwarders(ForwarderOptions{Store: st, Hooks: hooks, Registerer: reg, Backoff: 10 * time.Millisecond,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	f.Start()
	t.Cleanup(f.Stop)
	return f
}

func eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !ok(); {
		if time.Now().After(deadline) {
			t.Fatalf("not within 10 s: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestWebhookForwards: every event of the hook's types reaches the endpoint once,
// signed; a failing endpoint is retried, with backoff, until it answers 2xx.
func TestWebhookForwards(t *testing.T) {
	st := NewMemory(storeOptions())
	ep := &endpoint{t: t, secret: "hook-secret", status: func(n int) int {
		if n <= 2 {
			return 503 // the first two POSTs fail
		}
		return 204
	}}
	srv := httptest.NewServer(ep)
	defer srv.Close()
	startForwarders(t, st, nil, Webhook{Name: "crm", URL: srv.URL, Account: "main", EventTypes: []string{"user_get_card"},
		Secret: "hook-secret", MaxAttempts: 3, Timeout: time.Second})
	a, b := testEvent("main", "user_get_card", 1), testEvent("main", "user_get_card", 2)
	mustAppend(t, st, a, testEvent("main", "user_del_card", 3), b)
	eventually(t, "both card events forwarded", func() bool { return len(ep.events()) == 2 })
	got := ep.events()
	if got[0].GetId() != a.GetId() || got[1].GetId() != b.GetId() {
		t.Errorf("forwarded %v, want %s then %s", eventIDs(got...), a.GetId(), b.GetId())
	}
	time.Sleep(2 * visibility) // acknowledged: nothing comes again
	if n := ep.posts(); n != 4 {
		t.Errorf("%d POSTs, want 4 (two failed, two accepted)", n)
	}
}

// TestWebhookDeadLetter: an endpoint that never accepts gets max_attempts
// deliveries of the event, redelivered after the visibility timeout; then the
// event is dead-lettered, counted, and still listed.
func TestWebhookDeadLetter(t *testing.T) {
	st := NewMemory(storeOptions())
	ep := &endpoint{t: t, secret: "s", status: func(int) int { return 500 }}
	srv := httptest.NewServer(ep)
	defer srv.Close()
	reg := prometheus.NewRegistry()
	f := startForwarders(t, st, reg, Webhook{Name: "erp", URL: srv.URL, Account: "main", Secret: "s", MaxAttempts: 2, Timeout: time.Second})
	ev := testEvent("main", "card_pass_check", 1)
	mustAppend(t, st, ev)
	eventually(t, "dead-lettered", func() bool { return counterValue(f.dead.WithLabelValues("erp")) == 1 })
	time.Sleep(2 * visibility)
	ep.mu.Lock()
	seen := strings.Join(ep.seen, ",")
	ep.mu.Unlock()
	if seen != "1,1,1,2,2,2" {
		t.Errorf("deliveries seen by the endpoint: %s, want three POSTs of each of two deliveries", seen)
	}
	if evs, _, _ := st.List(context.Background(), "main", nil, "", 10); len(evs) != 1 {
		t.Errorf("the dead-lettered event is not listed")
	}
	if n := counterValue(f.failed.WithLabelValues("erp")); n != 6 {
		t.Errorf("failures = %v, want 6", n)
	}
}

func counterValue(c prometheus.Counter) float64 {
	m := &dto.Metric{}
	c.Write(m)
	return m.GetCounter().GetValue()
}
