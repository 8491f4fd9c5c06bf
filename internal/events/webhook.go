package events

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/protobuf/encoding/protojson"
)

// Webhook is an internal HTTP endpoint events are forwarded to.
type Webhook struct {
	Name       string
	URL        string
	Account    string
	EventTypes []string
	Secret     string
	// MaxAttempts bounds the deliveries of one event; past it, it is dead-lettered.
	MaxAttempts int
	Timeout     time.Duration
}

// The headers of a forwarded event. The signature is
//
//	v1=hex(HMAC-SHA256(secret, timestamp + "." + body))
//
// so that the endpoint can check both the body and its age (and refuse replays).
const (
	HeaderSignature = "X-Wxgate-Signature"
	HeaderTimestamp = "X-Wxgate-Timestamp"
	HeaderEventID   = "X-Wxgate-Event-Id"
	HeaderDelivery  = "X-Wxgate-Delivery" // this delivery's count, from 1
)

// Sign is the X-Wxgate-Signature of body sent at timestamp (Unix seconds).
func Sign(secret string, timestamp int64, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(strconv.FormatInt(timestamp, 10)))
	m.Write([]byte("."))
	m.Write(body)
	return "v1=" + hex.EncodeToString(m.Sum(nil))
}

// webhookCaller is the caller name of the webhooks' consumer groups: not a name
// a configured caller can have (those are letters, digits, '-', '_' and '.'), so no
// caller can take a webhook's events.
const webhookCaller = "#webhook"

// Forwarders runs the webhooks: each is a member of a consumer group of its own
// (in Redis, the replicas' forwarders share it), so every event is forwarded at
// least once. An event is acknowledged when the endpoint answers 2xx, or when it
// has been delivered MaxAttempts times (dead-lettered: counted and logged; it
// stays in ListEvents for its retention). Between attempts of one delivery it
// backs off exponentially; a delivery whose attempts all fail is left to the
// store's visibility timeout, and handed out again.
type Forwarders struct {
	store   Store
	log     *slog.Logger
	client  *http.Client
	hooks   []Webhook
	now     func() time.Time
	backoff time.Duration // the first retry's wait; doubles

	sent, failed, dead *prometheus.CounterVec

	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// ForwarderOptions configure Forwarders.
type ForwarderOptions struct {
	Store      Store
	Hooks      []Webhook
	Log        *slog.Logger
	Registerer prometheus.Registerer
	// Backoff is the wait before a failed POST is tried again within one delivery
	// (default 1s; doubles, three attempts a delivery).
	Backoff time.Duration
}

// NewForwarders returns the forwarders of hooks; Start runs them.
func NewForwarders(o ForwarderOptions) *Forwarders {
	f := &Forwarders{store: o.Store, log: o.Log, hooks: o.Hooks, now: time.Now, backoff: o.Backoff,
		client: &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	if f.log == nil {
		f.log = slog.Default()
	}
	if f.backoff <= 0 {
		f.backoff = time.Second
	}
	f.sent = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "wxgate_events_webhook_deliveries_total",
		Help: "Events a webhook endpoint accepted (2xx), by webhook.",
	}, []string{"webhook"})
	f.failed = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "wxgate_events_webhook_failures_total",
		Help: "POSTs to a webhook endpoint that failed (no answer, or not 2xx), by webhook.",
	}, []string{"webhook"})
	f.dead = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "wxgate_events_webhook_dead_letters_total",
		Help: "Events given up on after max_attempts deliveries, by webhook: they are in ListEvents until the retention ends.",
	}, []string{"webhook"})
	if o.Registerer != nil {
		o.Registerer.MustRegister(f.sent, f.failed, f.dead)
	}
	for _, h := range o.Hooks {
		f.sent.WithLabelValues(h.Name)
		f.failed.WithLabelValues(h.Name)
		f.dead.WithLabelValues(h.Name)
	}
	return f
}

// Start runs one forwarder per webhook until Stop.
func (f *Forwarders) Start() {
	ctx, cancel := context.WithCancel(context.Background())
	f.cancel = cancel
	member := NewMember("webhook-")
	for _, h := range f.hooks {
		f.wg.Add(1)
		go func() {
			defer f.wg.Done()
			f.run(ctx, h, member)
		}()
	}
}

// Stop ends the forwarders and waits for them; deliveries in flight are not
// acknowledged, so they are handed out again after the visibility timeout.
func (f *Forwarders) Stop() {
	if f.cancel != nil {
		f.cancel()
	}
	f.wg.Wait()
}

func (f *Forwarders) run(ctx context.Context, h Webhook, member string) {
	g := NewGroup(webhookCaller, h.Name, h.Account, h.EventTypes)
	defer f.store.Leave(context.WithoutCancel(ctx), g, member)
	for ctx.Err() == nil {
		ds, err := f.store.Next(ctx, g, member, 16, time.Second)
		if err != nil {
			if ctx.Err() == nil {
				f.log.Error("webhook: reading events", "webhook", h.Name, "error", err.Error())
				sleep(ctx, time.Second)
			}
			continue
		}
		for _, d := range ds {
			f.deliver(ctx, g, h, d)
		}
	}
}

// deliver POSTs one event, retrying with backoff a few times within this
// delivery, and acknowledges it when accepted or dead.
func (f *Forwarders) deliver(ctx context.Context, g Group, h Webhook, d Delivery) {
	ev := d.Event
	body, err := protojson.MarshalOptions{UseProtoNames: true}.Marshal(ev)
	if err != nil {
		f.log.Error("webhook: encoding event", "webhook", h.Name, "event_id", ev.GetId(), "error", err.Error())
		return
	}
	wait := f.backoff
	for attempt := 0; attempt < 3 && ctx.Err() == nil; attempt++ {
		err := f.post(ctx, h, d, body)
		if err == nil {
			f.sent.WithLabelValues(h.Name).Inc()
			f.ack(ctx, g, ev.GetId())
			return
		}
		f.failed.WithLabelValues(h.Name).Inc()
		f.log.Warn("webhook: POST failed", "webhook", h.Name, "event_id", ev.GetId(), "delivery", d.Count, "error", err.Error())
		sleep(ctx, wait)
		wait *= 2
	}
	if d.Count >= h.MaxAttempts && ctx.Err() == nil {
		f.dead.WithLabelValues(h.Name).Inc()
		f.log.Error("webhook: event dead-lettered after max_attempts deliveries; it stays in ListEvents for the retention",
			"webhook", h.Name, "event_id", ev.GetId(), "event", ev.GetEvent(), "deliveries", d.Count)
		f.ack(ctx, g, ev.GetId())
	}
}

func (f *Forwarders) ack(ctx context.Context, g Group, id string) {
	if _, err := f.store.Ack(ctx, g.Caller, g.Name, g.Account, []string{id}); err != nil {
		f.log.Error("webhook: acknowledging", "webhook", g.Name, "event_id", id, "error", err.Error())
	}
}

func (f *Forwarders) post(ctx context.Context, h Webhook, d Delivery, body []byte) error {
	ctx, cancel := context.WithTimeout(ctx, h.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	ts := f.now().Unix()
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(HeaderTimestamp, strconv.FormatInt(ts, 10))
	req.Header.Set(HeaderSignature, Sign(h.Secret, ts, body))
	req.Header.Set(HeaderEventID, d.Event.GetId())
	req.Header.Set(HeaderDelivery, strconv.Itoa(d.Count))
	resp, err := f.client.Do(req)
	if err != nil {
		return err
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("answered %s", resp.Status)
	}
	return nil
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
