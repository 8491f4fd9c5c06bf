package wechatsim

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Defaults for Options fields left zero.
const (
	DefaultAppID     = "wxsandbox00000000"
	DefaultAppSecret = "sandbox-secret"
	DefaultTokenTTL  = 7200 * time.Second
)

// maxBodyBytes bounds a request body; WeChat's own JSON bodies are small.
const maxBodyBytes = 1 << 20

// Options configures a Server. Zero fields take the Default* values.
type Options struct {
	AppID     string        // the only appid the token endpoints accept
	AppSecret string        // its secret
	TokenTTL  time.Duration // lifetime (and expires_in) of issued tokens
	// Addr is where Start listens (default 127.0.0.1:0, a free loopback port).
	Addr string
	// Control serves the control API (Control) beside the WeChat API.
	Control bool

	// Event pushes (push.go): how long a push waits for the gateway's answer
	// (default 5 s, WeChat's), how often it is sent again after a failure (default
	// 3; negative: never), and how long after a store call its audit event comes
	// (default 300 ms).
	PushTimeout time.Duration
	PushRetries int
	AuditDelay  time.Duration
	// Latency delays every API request (the token endpoints' too) by this much
	// before it is handled, as a distant WeChat would: for load measurements.
	Latency time.Duration

	// API quotas (quota.go): the daily limit of a path (default
	// DefaultDailyLimit), and how many clear_quota calls work per month (default
	// DefaultMonthlyClears; negative: none).
	DailyLimits   map[string]int64
	MonthlyClears int
}

// Server is the simulator. It is safe for concurrent use.
type Server struct {
	appID, appSecret string
	routes           map[string]route // written only by New
	latency          time.Duration    // Options.Latency
	now              func() time.Time // replaced by tests to move time

	// mu guards everything below, and endpoint handlers run with it held,
	// so a handler can read and write state without locking of its own.
	mu           sync.Mutex
	ttl          time.Duration
	tokens       map[string]*token
	issued       []string // tokens in the order issued, for Tokens
	stableToken  string   // current token of /cgi-bin/stable_token
	tokenFetches int
	requests     []Request
	received     int // requests recorded, including those trimmed from requests
	faults       map[string][]*queuedFault
	shops        map[int64]*shop
	pluginOpen   bool
	wifi         wifiState            // wifi_shops.go (the bizwifi family beyond seed 000)
	cards        cardState            // card.go (seed 002)
	tickets      ticketState          // ticket.go
	media        map[string]mediaFile // media.go
	stores       storeState           // store.go (seed 004)
	push         pushState            // push.go: event pushes to a gateway
	quota        quotaState           // quota.go: daily counts, clears, rids
	closed       bool
	running      int // handlers running, for tests; active is for Close

	active sync.WaitGroup // running handlers; Close waits for them

	connMu           sync.Mutex // guards the connection counts (apart from mu: no handler holds it)
	conns, peakConns int
	done             chan struct{} // closed by Close to wake sleeping handlers
	closeOnce        sync.Once

	// Set by Start only.
	httpServer *http.Server
	serveDone  chan struct{}
	url        string
}

// route is one upstream path of the simulator.
type route struct {
	method string
	token  bool // a token endpoint: no access_token, not recorded in Requests
	call   call
}

// New returns a simulator that is not listening; serve its Handler.
func New(opts Options) *Server {
	s := &Server{
		appID:     cmp.Or(opts.AppID, DefaultAppID),
		appSecret: cmp.Or(opts.AppSecret, DefaultAppSecret),
		routes:    make(map[string]route),
		now:       time.Now,
		ttl:       DefaultTokenTTL,
		tokens:    make(map[string]*token),
		faults:    make(map[string][]*queuedFault),
		shops:     make(map[int64]*shop),
		done:      make(chan struct{}),
		latency:   opts.Latency,
	}
	if opts.TokenTTL > 0 {
		s.ttl = opts.TokenTTL
	}
	s.push.init(opts)
	s.quota.init(opts)
	s.seedShops()
	s.registerRoutes()
	return s
}

// registerRoutes is the simulator's route table: one line per endpoint.
func (s *Server) registerRoutes() {
	// Tokens (seed 003; WeChat's getAccessToken / getStableAccessToken).
	s.handleToken("GET", "/cgi-bin/token", queryCall(s.legacyToken))
	s.handleToken("POST", "/cgi-bin/stable_token", jsonCall(s.stableTokenCall))

	// WeChat Wi-Fi (seed 000).
	s.handle("POST", "/bizwifi/openplugin/token", jsonCall(s.openpluginToken))
	s.handle("POST", "/bizwifi/qrcode/get", jsonCall(s.qrcodeGet))
	s.handle("GET", "/bizwifi/account/get_connecturl", noBody(s.getConnectURL))
	s.handle("POST", "/bizwifi/homepage/set", jsonCall(s.homepageSet))
	s.handle("POST", "/bizwifi/homepage/get", jsonCall(s.homepageGet))
	s.handle("POST", "/bizwifi/bar/set", jsonCall(s.barSet))
	s.registerWifi() // wifi_*.go: the rest of the bizwifi family

	// Temporary media (素材管理): an upload and a binary download.
	s.handle("POST", "/cgi-bin/media/upload", s.mediaUpload)
	s.handle("GET", "/cgi-bin/media/get", queryCall(s.mediaGet))
	// Web OAuth (网页授权): takes the appid and secret, not an access_token.
	s.handleToken("GET", "/sns/oauth2/access_token", queryCall(s.snsAccessToken))

	// JS-SDK tickets (jsapi_ticket, the card api_ticket).
	s.handle("GET", "/cgi-bin/ticket/getticket", queryCall(s.getTicket))

	s.registerCard()  // card.go
	s.registerStore() // store.go
	s.registerQuota() // quota.go: openApi quota, clear_quota, rid
}

// handle registers an API endpoint, which requires a valid access_token.
func (s *Server) handle(method, path string, c call) {
	s.routes[path] = route{method: method, call: c}
}

// handleToken registers a token endpoint.
func (s *Server) handleToken(method, path string, c call) {
	s.routes[path] = route{method: method, token: true, call: c}
}

// Start returns a simulator serving on a free loopback port.
func Start(opts Options) (*Server, error) {
	s := New(opts)
	if err := s.listen(opts); err != nil {
		return nil, err
	}
	return s, nil
}

// listen starts serving s on opts.Addr (a free loopback port by default).
func (s *Server) listen(opts Options) error {
	ln, err := net.Listen("tcp", cmp.Or(opts.Addr, "127.0.0.1:0"))
	if err != nil {
		return fmt.Errorf("wechatsim: listen: %w", err)
	}
	s.url = "http://" + ln.Addr().String()
	h := s.Handler()
	if opts.Control {
		h = s.Control()
	}
	s.httpServer = &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ConnState: s.trackConn}
	s.serveDone = make(chan struct{})
	go func() {
		defer close(s.serveDone)
		_ = s.httpServer.Serve(ln) // always ErrServerClosed after Close
	}()
	return nil
}

// trackConn counts the connections open to the listener, and the most at once.
func (s *Server) trackConn(_ net.Conn, state http.ConnState) {
	s.connMu.Lock()
	defer s.connMu.Unlock()
	switch state {
	case http.StateNew:
		s.conns++
		s.peakConns = max(s.peakConns, s.conns)
	case http.StateClosed, http.StateHijacked:
		s.conns--
	}
}

// PeakConns is the most connections that were open to the simulator at once.
func (s *Server) PeakConns() int {
	s.connMu.Lock()
	defer s.connMu.Unlock()
	return s.peakConns
}

// URL is the base URL of a started simulator ("http://127.0.0.1:PORT"),
// empty for one made with New.
func (s *Server) URL() string { return s.url }

// AppID is the appid the token endpoints accept.
func (s *Server) AppID() string { return s.appID }

// AppSecret is the secret the token endpoints accept.
func (s *Server) AppSecret() string { return s.appSecret }

// Handler serves the simulated API.
func (s *Server) Handler() http.Handler { return http.HandlerFunc(s.serveHTTP) }

// Close stops the listener (if started), closes every connection, wakes
// handlers sleeping in an injected latency, cancels event pushes and waits for
// all handlers and pushes to return. Requests arriving after Close get HTTP 503.
func (s *Server) Close() error {
	var err error
	s.closeOnce.Do(func() {
		s.mu.Lock()
		s.closed = true
		s.mu.Unlock()
		close(s.done)
		s.push.stop()
		if s.httpServer != nil {
			err = s.httpServer.Close()
			<-s.serveDone
		}
		s.active.Wait()
		s.push.wait()
	})
	return err
}

// begin registers a running handler, or reports that the server is closed.
// Add happens under mu so it can never race with Close's Wait.
func (s *Server) begin() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.active.Add(1)
	s.running++
	return true
}

// end undoes begin when a handler returns.
func (s *Server) end() {
	s.mu.Lock()
	s.running--
	s.mu.Unlock()
	s.active.Done()
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.begin() {
		http.Error(w, "wechatsim: closed", http.StatusServiceUnavailable)
		return
	}
	defer s.end()

	start := time.Now()
	body, readErr := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	rt, known := s.routes[r.URL.Path]
	if s.latency > 0 && !s.sleep(r.Context(), s.latency) {
		return // the client gave up or the simulator is closing
	}

	s.mu.Lock()
	if !known || !rt.token {
		s.record(r, body)
	}
	f := s.nextFault(r.URL.Path, body)
	s.mu.Unlock()

	if f != nil && s.applyFault(w, r, body, start, f) {
		return
	}
	if readErr != nil {
		s.answer(w, r, body, start, nil, newError(codeDataFormatError))
		return
	}
	if !known {
		s.answer(w, r, body, start, nil, newError(codeInvalidURL))
		return
	}
	reply, err := s.dispatch(rt, r, body)
	s.answer(w, r, body, start, reply, err)
}

// answer writes reply, or err as a WeChat error whose errmsg ends in a new rid,
// and keeps what rid/get answers for that rid.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, body []byte, start time.Time, reply any, err error) {
	if err == nil {
		writeReply(w, reply, nil)
		return
	}
	var apiErr *apiError
	if !errors.As(err, &apiErr) {
		apiErr = newError(codeSystemError)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rid := s.newRid()
	msg := apiErr.msg
	if !strings.Contains(msg, " rid: ") {
		msg += " rid: " + rid
	}
	b, _ := marshal(errorReply{Errcode: apiErr.code, Errmsg: msg})
	s.logRid(rid, RidRecord{
		InvokeTime:   s.now().Unix(),
		CostInMs:     time.Since(start).Milliseconds(),
		RequestURL:   r.URL.RawQuery,
		RequestBody:  string(body),
		ResponseBody: strings.TrimSuffix(string(b), "\n"),
		ClientIP:     clientIP(r),
	})
	writeJSONBody(w, b)
}

// dispatch runs the access_token and method checks, then the route's call,
// all with mu held.
func (s *Server) dispatch(rt route, r *http.Request, body []byte) (any, error) {
	query := r.URL.Query()
	s.mu.Lock()
	defer s.mu.Unlock()
	if !rt.token {
		if err := s.checkAccessToken(query.Get("access_token")); err != nil {
			return nil, err
		}
	}
	if r.Method != rt.method {
		if rt.method == http.MethodGet {
			return nil, newError(codeRequireGET)
		}
		return nil, newError(codeRequirePOST)
	}
	if err := s.spendQuota(r.URL.Path); err != nil {
		return nil, err
	}
	return rt.call(input{query: query, body: body, contentType: r.Header.Get("Content-Type")})
}

// errorReply is WeChat's error body.
type errorReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

// okReply is the bare success body {"errcode":0}.
func okReply() any {
	return struct {
		Errcode int `json:"errcode"`
	}{}
}

// dataReply is bizwifi's success body: {"errcode":0,"data":{...}}.
type dataReply struct {
	Errcode int `json:"errcode"`
	Data    any `json:"data"`
}

func withData(v any) dataReply { return dataReply{Data: v} }

// writeReply writes reply, or err as a WeChat error, as JSON with HTTP 200.
func writeReply(w http.ResponseWriter, reply any, err error) {
	if f, ok := reply.(fileReply); ok && err == nil {
		w.Header().Set("Content-Type", f.contentType)
		w.Header().Set("Content-Disposition", `attachment; filename="`+f.filename+`"`)
		w.Header().Set("Content-Length", strconv.Itoa(len(f.data)))
		_, _ = w.Write(f.data)
		return
	}
	if err != nil {
		var apiErr *apiError
		if !errors.As(err, &apiErr) {
			apiErr = newError(codeSystemError)
		}
		reply = errorReply{Errcode: apiErr.code, Errmsg: apiErr.msg}
	}
	b, err := marshal(reply)
	if err != nil {
		b, _ = marshal(errorReply{Errcode: codeSystemError, Errmsg: errmsg(codeSystemError)})
	}
	writeJSONBody(w, b)
}

func writeJSONBody(w http.ResponseWriter, b []byte) {
	// WeChat's own Content-Type, odd parameter included.
	w.Header().Set("Content-Type", "application/json; encoding=utf-8")
	_, _ = w.Write(b)
}

// marshal is json.Marshal without HTML escaping, so URLs keep their '&'.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Request is one API request as the simulator received it.
type Request struct {
	Method string
	Path   string
	Query  url.Values // access_token removed
	Body   []byte     // raw, as received
}

// record appends r to the request log; mu must be held. It runs before any
// check so tests also see what the gateway sent in rejected requests.
func (s *Server) record(r *http.Request, body []byte) {
	q := r.URL.Query()
	q.Del("access_token")
	if len(s.requests) >= maxRecorded {
		// A long-running sandbox or benchmark must not grow without bound: keep
		// the newer half.
		s.requests = append(s.requests[:0], s.requests[maxRecorded/2:]...)
	}
	s.requests = append(s.requests, Request{Method: r.Method, Path: r.URL.Path, Query: q, Body: body})
	s.received++
}

// RequestCount is how many API requests (token fetches excluded) the simulator has
// received: cheaper than Requests when only the count matters.
func (s *Server) RequestCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.received
}

// maxRecorded bounds the request log; tests look at far fewer.
const maxRecorded = 100_000

// Requests returns every API request received (token fetches excluded),
// oldest first. The result is a copy.
func (s *Server) Requests() []Request {
	return s.requestsWhere(func(Request) bool { return true })
}

// RequestsTo returns the API requests received for path, oldest first.
func (s *Server) RequestsTo(path string) []Request {
	return s.requestsWhere(func(r Request) bool { return r.Path == path })
}

func (s *Server) requestsWhere(keep func(Request) bool) []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Request
	for _, r := range s.requests {
		if keep(r) {
			r.Query = cloneValues(r.Query)
			r.Body = append([]byte(nil), r.Body...)
			out = append(out, r)
		}
	}
	return out
}

func cloneValues(v url.Values) url.Values {
	out := make(url.Values, len(v))
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

// ResetRequests forgets the requests received so far.
func (s *Server) ResetRequests() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = nil
}
