// Package events implements wxgate.events.v1.EventService: the events WeChat
// pushed to the accounts' callback URLs (received and stored by internal/events),
// handed to the internal services that subscribe to them, by consumer group.
package events

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"slices"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	eventsv1 "github.com/wxgate/wxgate/gen/go/wxgate/events/v1"
	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/badrequest"
	"github.com/wxgate/wxgate/internal/callers"
	core "github.com/wxgate/wxgate/internal/events"
	"github.com/wxgate/wxgate/internal/pagetoken"
	"github.com/wxgate/wxgate/internal/upstream"
)

// Methods, as callers' rules name them.
const (
	methodSubscribe  = "wxgate.events.v1.EventService/Subscribe"
	methodAckEvents  = "wxgate.events.v1.EventService/AckEvents"
	methodListEvents = "wxgate.events.v1.EventService/ListEvents"
)

// Prefix is the full method prefix of the service: its calls name their account
// in the request, so the gateway's interceptors check the method and the service
// checks the account.
const Prefix = "/wxgate.events.v1.EventService/"

// Options configure a Server.
type Options struct {
	Accounts *accounts.Set
	Store    core.Store
	// Guard counts the calls the service refuses for their account.
	Guard *callers.Guard
	// MaxSubscribers bounds the open Subscribe streams.
	MaxSubscribers int
	Registerer     prometheus.Registerer // nil: none
}

// Server is the EventService. Requests are validated by events.proto's rules first.
type Server struct {
	eventsv1.UnimplementedEventServiceServer
	o           Options
	subscribers chan struct{} // a token per open stream
	stop        context.Context
	stopAll     context.CancelFunc
	delivered   *prometheus.CounterVec
	acked       *prometheus.CounterVec
	open        prometheus.Gauge
}

// New returns the EventService.
func New(o Options) *Server {
	s := &Server{o: o, subscribers: make(chan struct{}, o.MaxSubscribers)}
	s.stop, s.stopAll = context.WithCancel(context.Background())
	s.delivered = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "wxgate_events_delivered_total",
		Help: "Events handed to subscribers, by caller and whether it was a redelivery (after a visibility timeout).",
	}, []string{"caller", "redelivery"})
	s.acked = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "wxgate_events_acknowledged_total",
		Help: "Deliveries acknowledged by subscribers, by caller.",
	}, []string{"caller"})
	s.open = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "wxgate_events_subscribers",
		Help: "Subscribe streams open on this replica.",
	})
	if o.Registerer != nil {
		o.Registerer.MustRegister(s.delivered, s.acked, s.open)
	}
	return s
}

// Stop ends every Subscribe stream (UNAVAILABLE: reconnect), so that a graceful
// shutdown need not wait for streams that never end by themselves.
func (s *Server) Stop() { s.stopAll() }

// Batch and wait of one store read: a stream sends what it got at once, and
// checks for its end at least every wait.
const (
	batch = 32
	wait  = time.Second
)

// Subscribe implements eventsv1.EventServiceServer.
func (s *Server) Subscribe(req *eventsv1.SubscribeRequest, stream eventsv1.EventService_SubscribeServer) error {
	ctx, cancel := context.WithCancel(stream.Context())
	defer cancel()
	defer context.AfterFunc(s.stop, cancel)()
	id, account, err := s.authorize(ctx, methodSubscribe, req.GetAccount())
	if err != nil {
		return err
	}
	select {
	case s.subscribers <- struct{}{}:
		defer func() { <-s.subscribers }()
	default:
		return status.Errorf(codes.ResourceExhausted, "this replica has %d Subscribe streams open (events.max_subscribers): retry later or on another replica", cap(s.subscribers))
	}
	s.open.Inc()
	defer s.open.Dec()
	g := core.NewGroup(id.Caller.Name, req.GetGroup(), account, req.GetEventTypes())
	member := core.NewMember("")
	defer s.o.Store.Leave(context.WithoutCancel(ctx), g, member)
	delivered := map[bool]prometheus.Counter{
		false: s.delivered.WithLabelValues(id.Caller.Name, "false"),
		true:  s.delivered.WithLabelValues(id.Caller.Name, "true"),
	}
	// The headers go out at once, so that the subscriber knows it is subscribed
	// before the first event.
	if err := stream.SendHeader(nil); err != nil {
		return err
	}
	for {
		ds, err := s.o.Store.Next(ctx, g, member, batch, wait)
		switch {
		case s.stop.Err() != nil:
			return status.Error(codes.Unavailable, "the gateway is shutting down: subscribe again (to another replica); deliveries not acknowledged are handed out again")
		case ctx.Err() != nil:
			return status.FromContextError(ctx.Err()).Err()
		case errors.Is(err, core.ErrTooManyGroups):
			return status.Errorf(codes.ResourceExhausted, "account %q has events.max_groups consumer groups: reuse one", account)
		case err != nil:
			return status.Errorf(codes.Unavailable, "reading events: %v", err)
		}
		for _, d := range ds {
			if err := stream.Send(&eventsv1.SubscribeResponse{Event: d.Event, DeliveryCount: int32(d.Count)}); err != nil {
				return err // the rest are handed out again after the visibility timeout
			}
			delivered[d.Count > 1].Inc()
		}
	}
}

// AckEvents implements eventsv1.EventServiceServer: the group's deliveries on
// every account the caller may act for.
func (s *Server) AckEvents(ctx context.Context, req *eventsv1.AckEventsRequest) (*eventsv1.AckEventsResponse, error) {
	id, err := identity(ctx)
	if err != nil {
		return nil, err
	}
	n := 0
	for _, c := range s.o.Accounts.All() {
		if !id.Caller.MayActFor(c.Account()) {
			continue
		}
		k, err := s.o.Store.Ack(ctx, id.Caller.Name, req.GetGroup(), c.Account(), req.GetIds())
		if err != nil {
			return nil, status.Errorf(codes.Unavailable, "acknowledging: %v", err)
		}
		n += k
	}
	s.acked.WithLabelValues(id.Caller.Name).Add(float64(n))
	return &eventsv1.AckEventsResponse{Acknowledged: int32(n)}, nil
}

// Page sizes of ListEvents (AIP-158).
const (
	defaultPageSize = 50
	maxPageSize     = 1000
)

// ListEvents implements eventsv1.EventServiceServer.
func (s *Server) ListEvents(ctx context.Context, req *eventsv1.ListEventsRequest) (*eventsv1.ListEventsResponse, error) {
	_, account, err := s.authorize(ctx, methodListEvents, req.GetAccount())
	if err != nil {
		return nil, err
	}
	types := core.NewGroup("", "", account, req.GetEventTypes()).Types()
	after, err := readPageToken(req.GetPageToken(), account, types)
	if err != nil {
		return nil, err
	}
	evs, next, err := s.o.Store.List(ctx, account, types, after, pagetoken.Size(req.GetPageSize(), defaultPageSize, maxPageSize))
	if err != nil {
		return nil, status.Errorf(codes.Unavailable, "listing events: %v", err)
	}
	resp := &eventsv1.ListEventsResponse{Events: evs}
	if next != "" {
		resp.NextPageToken = pageToken{Account: account, Types: types, After: next}.encode()
	}
	return resp, nil
}

// authorize names the call's account (the request's, or the header's or the
// default) and checks that the caller may call method for it.
func (s *Server) authorize(ctx context.Context, method, name string) (*callers.Identity, string, error) {
	id, err := identity(ctx)
	if err != nil {
		return nil, "", err
	}
	var c *upstream.Client
	if name == "" {
		c, err = s.o.Accounts.Pick(ctx)
	} else if c, err = s.o.Accounts.ByName(name); err != nil {
		err = badrequest.Fieldf("account", "%q is not a configured account", name)
	}
	if err != nil {
		return nil, "", err
	}
	if err := id.Authorize(method, c.Account()); err != nil {
		if s.o.Guard != nil {
			s.o.Guard.RefusedDenied(id)
		}
		return nil, "", err
	}
	return id, c.Account(), nil
}

// identity is the call's authenticated caller (the interceptors refused the rest).
func identity(ctx context.Context) (*callers.Identity, error) {
	id := callers.FromContext(ctx)
	if id == nil || id.Caller == nil {
		return nil, status.Error(codes.Internal, "the call has no caller identity")
	}
	return id, nil
}

// pageToken is what ListEvents' page tokens hold: the listing they continue and
// the store's position in it.
type pageToken struct {
	Account string   `json:"a"`
	Types   []string `json:"t,omitempty"`
	After   string   `json:"p"`
}

func (t pageToken) encode() string {
	raw, _ := json.Marshal(t)
	return base64.RawURLEncoding.EncodeToString(raw)
}

func readPageToken(tok, account string, types []string) (string, error) {
	if tok == "" {
		return "", nil
	}
	invalid := badrequest.Field("page_token", "not a page token of this listing: pass the next_page_token of the previous page unchanged, with the same account and event_types")
	raw, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil {
		return "", invalid
	}
	var t pageToken
	if err := json.Unmarshal(raw, &t); err != nil || t.encode() != tok || t.After == "" {
		return "", invalid
	}
	if t.Account != account || !slices.Equal(t.Types, types) {
		return "", invalid
	}
	return t.After, nil
}
