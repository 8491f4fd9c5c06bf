package upstream

import (
	"bytes"
	"cmp"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"go.opentelemetry.io/otel/trace"

	"github.com/wxgate/wxgate/internal/ratelimit"
)

// TokenMode chooses how the access_token is fetched.
type TokenMode string

const (
	// TokenStable uses POST /cgi-bin/stable_token without force_refresh: fetching does
	// not invalidate a token another holder still uses. The default.
	TokenStable TokenMode = "stable"
	// TokenLegacy uses GET /cgi-bin/token: every fetch replaces the previous token.
	TokenLegacy TokenMode = "legacy"
)

// Token endpoint paths, also the names of their rate limits.
const (
	PathStableToken = "/cgi-bin/stable_token"
	PathToken       = "/cgi-bin/token"
)

// Config is one account's client configuration.
type Config struct {
	Account   string // the account's configured name
	AppID     string
	AppSecret string
	BaseURL   string // e.g. https://api.weixin.qq.com
	TokenMode TokenMode

	HTTP    *http.Client      // shared by every account of the process
	Limiter ratelimit.Limiter // nil: no local limits
	Tokens  TokenStore        // nil: an in-memory store
	Metrics *Metrics          // nil: none
	Log     *slog.Logger      // nil: slog.Default()
	// Tracer makes a span of every request to WeChat and of every token refresh
	// (trace.go); nil or a no-op provider: none, at no cost.
	Tracer trace.TracerProvider

	// CallTimeout bounds a call whose caller set no deadline. Default 10 s.
	CallTimeout time.Duration
	// MaxRetries is how often an idempotent call is retried after errcode -1 or a
	// failed connection. Default 3.
	MaxRetries int
	// DegradedFetchInterval is how often, at most, the client fetches a token on its
	// own while the token store is unreachable. Default DefaultDegradedFetchInterval.
	DegradedFetchInterval time.Duration
	// Now is the clock; tests move it. Default time.Now.
	Now func() time.Time
}

// Client calls WeChat for one account.
type Client struct {
	cfg     Config
	base    *url.URL
	tracer  trace.Tracer // nil: no spans
	tokens  *tokenHolder
	tickets map[TicketKind]*tokenHolder // JS-SDK tickets, held like the token
}

// New returns a Client for cfg.
func New(cfg Config) (*Client, error) {
	base, err := url.Parse(strings.TrimSuffix(cfg.BaseURL, "/"))
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, fmt.Errorf("account %q: upstream URL %q is not an absolute http(s) URL", cfg.Account, cfg.BaseURL)
	}
	if cfg.AppID == "" || cfg.AppSecret == "" {
		return nil, fmt.Errorf("account %q: app id and app secret are required", cfg.Account)
	}
	switch cfg.TokenMode {
	case "":
		cfg.TokenMode = TokenStable
	case TokenStable, TokenLegacy:
	default:
		return nil, fmt.Errorf("account %q: token mode %q is not %q or %q", cfg.Account, cfg.TokenMode, TokenStable, TokenLegacy)
	}
	if cfg.HTTP == nil {
		cfg.HTTP = NewHTTPClient(0)
	}
	if cfg.Tokens == nil {
		cfg.Tokens = NewMemoryTokenStore()
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	cfg.Log = cfg.Log.With("account", cfg.Account)
	if cfg.CallTimeout <= 0 {
		cfg.CallTimeout = 10 * time.Second
	}
	if cfg.MaxRetries == 0 {
		cfg.MaxRetries = 3
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.DegradedFetchInterval <= 0 {
		cfg.DegradedFetchInterval = DefaultDegradedFetchInterval
	}
	c := &Client{cfg: cfg, base: base, tracer: newTracer(cfg.Tracer)}
	holder := func(key, kind string, fetch fetchFunc) *tokenHolder {
		return &tokenHolder{
			account:       key,
			accountName:   cfg.Account,
			kind:          kind,
			tracer:        c.tracer,
			store:         cfg.Tokens,
			fetch:         fetch,
			now:           cfg.Now,
			fetchTimeout:  cfg.CallTimeout,
			degradedEvery: cfg.DegradedFetchInterval,
			log:           cfg.Log,
			waited:        func() { cfg.Metrics.tokenWait(cfg.Account, kind) },
		}
	}
	c.tokens = holder(cfg.Account, "access_token", c.fetchToken)
	c.tickets = make(map[TicketKind]*tokenHolder, len(ticketKinds))
	for _, kind := range ticketKinds {
		// Each ticket has its own key in the token store.
		c.tickets[kind] = holder(cfg.Account+":ticket:"+string(kind), "ticket "+string(kind), c.ticketFetcher(kind))
	}
	return c, nil
}

// DefaultMaxConnsPerHost bounds the connections to one WeChat host.
const DefaultMaxConnsPerHost = 256

// NewHTTPClient returns the one HTTP client a process shares across accounts, its
// pool sized for hundreds of calls in flight to the one WeChat host and bounded at
// maxConnsPerHost (0: DefaultMaxConnsPerHost): calls past it wait for a connection
// within their deadline instead of opening one socket each until the process runs
// out of file descriptors.
func NewHTTPClient(maxConnsPerHost int) *http.Client {
	if maxConnsPerHost <= 0 {
		maxConnsPerHost = DefaultMaxConnsPerHost
	}
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = 512
	t.MaxIdleConnsPerHost = maxConnsPerHost
	t.MaxConnsPerHost = maxConnsPerHost
	t.IdleConnTimeout = 90 * time.Second
	t.ResponseHeaderTimeout = 30 * time.Second
	return &http.Client{Transport: t}
}

// Account is the account's configured name.
func (c *Client) Account() string { return c.cfg.Account }

// AppID is the account's app id (public).
func (c *Client) AppID() string { return c.cfg.AppID }

// Ready reports whether the client holds, or can fetch, a valid access_token.
func (c *Client) Ready(ctx context.Context) error {
	_, err := c.tokens.Token(ctx)
	return err
}

// HoldsToken says the client holds a valid access_token now: it is ready without
// asking anyone.
func (c *Client) HoldsToken() bool { return c.tokens.localToken().validAt(c.cfg.Now()) }

// TokenTimes says whether the client holds a usable access_token now and, if so,
// when it is due for its replacement (refreshAt) and when calls stop using it
// (until); never the token itself.
func (c *Client) TokenTimes() (held bool, refreshAt, until time.Time) {
	t := c.tokens.localToken()
	if !t.usableAt(c.cfg.Now()) {
		return false, time.Time{}, time.Time{}
	}
	return true, t.Expiry, t.until()
}

// StoreDegraded says the token store failed the last time the client asked it (a
// call's token lookup or a Degraded check), so that the client serves its own copy.
func (c *Client) StoreDegraded() bool { return c.tokens.storeDegraded() }

// Degraded reports why the client is serving without its shared token store, or nil
// when the store answers. Asking also notices a store that came back.
func (c *Client) Degraded(ctx context.Context) error {
	return c.tokens.Check(ctx)
}

// Call calls api with in as its JSON body (nil for none) and decodes WeChat's answer
// into out (nil to discard it). A non-zero errcode is an *Error; a failed connection
// or unusable answer an *UnavailableError; an exhausted local limit a
// *ratelimit.Error; the caller's own deadline DEADLINE_EXCEEDED.
//
// A refused access_token is dropped if it is still the current one, and the call is
// made once more with a fresh token, never more. Idempotent calls are retried after
// errcode -1 or a failed connection, with jittered backoff, while the deadline allows.
func (c *Client) Call(ctx context.Context, api API, in, out any) error {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.cfg.CallTimeout)
		defer cancel()
	}
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return fmt.Errorf("wechat %s: encode request: %w", api.Path, err)
		}
	}
	refreshed := false
	for retries, attempts := 0, 0; ; attempts++ {
		tok, err := c.tokens.Token(ctx)
		if err != nil {
			return err
		}
		actx, span := c.startAttempt(ctx, api.Method, api.Path, attempts)
		err = c.attempt(actx, api, tok, body, out)
		var werr *Error
		switch {
		case err == nil:
			endSpan(span, nil)
			return nil
		case errors.As(err, &werr) && werr.tokenRejected() && !refreshed:
			endSpan(span, err)
			refreshed = true
			c.cfg.Log.InfoContext(ctx, "access_token refused, refreshing once", "path", api.Path, "errcode", werr.Errcode)
			c.tokens.Invalidate(ctx, tok)
			continue
		case retries < c.cfg.MaxRetries && c.retryable(api, err):
			retries++
			wait := backoff(retries)
			if span.IsRecording() {
				span.AddEvent(EventBackoff, trace.WithAttributes(attrBackoff.Float64(float64(wait.Microseconds())/1000)))
			}
			endSpan(span, err)
			if !sleep(ctx, wait) {
				return err // the deadline leaves no time for another attempt
			}
			c.cfg.Log.InfoContext(ctx, "retrying", "path", api.Path, "attempt", retries+1, "error", err)
			continue
		}
		endSpan(span, err)
		return err
	}
}

// retryable says err is worth another attempt of api.
func (c *Client) retryable(api API, err error) bool {
	if !api.Idempotent {
		return false
	}
	var werr *Error
	if errors.As(err, &werr) {
		return werr.Errcode == errSystemBusy
	}
	var uerr *UnavailableError
	return errors.As(err, &uerr)
}

// backoff is the wait before retry n (1, 2, …): full jitter over an exponential
// ceiling, so that many callers retrying at once spread out.
func backoff(n int) time.Duration {
	ceiling := min(50*time.Millisecond<<(n-1), time.Second)
	return time.Duration(rand.Int64N(int64(ceiling))) + time.Millisecond
}

// sleep waits d unless ctx would end first; it reports whether it waited.
func sleep(ctx context.Context, d time.Duration) bool {
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) < d {
		return false
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// attempt makes one request with tok.
func (c *Client) attempt(ctx context.Context, api API, tok Token, body []byte, out any) error {
	q := url.Values{"access_token": {tok.Value}}
	for k, v := range api.Query {
		q[k] = v
	}
	raw, err := c.send(ctx, api, q, body)
	if err == nil {
		err = c.decodeAnswer(ctx, api.Path, api.ErrorKey, raw, out)
	}
	return c.redacted(err, tok.Value)
}

// redacted removes the account's secrets from what err says: WeChat echoes request
// parameters in some errmsgs, and a transport error may quote the request.
func (c *Client) redacted(err error, token string) error {
	if err == nil {
		return nil
	}
	var werr *Error
	var uerr *UnavailableError
	switch {
	case errors.As(err, &werr):
		werr.Errmsg = redact(werr.Errmsg, token, c.cfg.AppSecret)
	case errors.As(err, &uerr):
		uerr.Detail = redact(uerr.Detail, token, c.cfg.AppSecret)
	}
	return err
}

// send makes one HTTP request, spending one call of the API's local budget first,
// and returns the answer's body.
func (c *Client) send(ctx context.Context, api API, q url.Values, body []byte) ([]byte, error) {
	contentType := ""
	if body != nil {
		contentType = "application/json"
	}
	resp, start, err := c.roundTrip(ctx, api.Method, api.Path, q, contentType, body)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
	c.cfg.Metrics.answered(c.cfg.Account, api.Path, time.Since(start))
	switch {
	case err != nil:
		c.cfg.Metrics.result(ctx, c.cfg.Account, api.Path, "transport_error")
		if cerr := contextError(ctx, api.Path); cerr != nil {
			return nil, cerr
		}
		return nil, &UnavailableError{Path: api.Path, Reason: "UPSTREAM_UNAVAILABLE", Detail: "reading the answer: " + transportDetail(err)}
	case resp.StatusCode != http.StatusOK:
		c.cfg.Metrics.result(ctx, c.cfg.Account, api.Path, "http_"+strconv.Itoa(resp.StatusCode))
		return nil, &UnavailableError{Path: api.Path, Reason: "UPSTREAM_UNAVAILABLE", Detail: "HTTP " + resp.Status}
	}
	return raw, nil
}

// roundTrip spends one call of path's local budget and sends one request; a
// failed connection is an *UnavailableError (or the caller's context error). The
// answer's body is the caller's to read and close; start is when it was sent.
func (c *Client) roundTrip(ctx context.Context, method, path string, q url.Values, contentType string, body []byte) (*http.Response, time.Time, error) {
	if c.cfg.Limiter != nil {
		start := time.Now()
		err := c.cfg.Limiter.Allow(ctx, c.cfg.Account, path)
		limitEvent(ctx, start, err)
		if err != nil {
			c.cfg.Metrics.limited(ctx, c.cfg.Account, path, err)
			return nil, time.Time{}, err
		}
	}
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	// The request is made on the URL itself, not on its text, which NewRequest
	// would parse again; Host as NewRequest sets it.
	req, err := http.NewRequestWithContext(ctx, method, "", rd)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("wechat %s: build request: %w", path, err)
	}
	u := *c.base
	u.Path += path
	u.RawQuery = q.Encode()
	req.URL, req.Host = &u, strings.TrimSuffix(u.Host, ":")
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	start := time.Now()
	resp, err := c.cfg.HTTP.Do(req)
	if err != nil {
		c.cfg.Metrics.result(ctx, c.cfg.Account, path, "transport_error")
		if cerr := contextError(ctx, path); cerr != nil {
			return nil, start, cerr
		}
		return nil, start, &UnavailableError{Path: path, Reason: "UPSTREAM_UNAVAILABLE", Detail: transportDetail(err)}
	}
	statusAttr(ctx, resp.StatusCode)
	return resp, start, nil
}

// maxAnswer bounds the memory one answer may take.
const maxAnswer = 16 << 20

// decode checks the answer's errcode and decodes it into out.
func (c *Client) decode(ctx context.Context, path string, raw []byte, out any) error {
	return c.decodeAnswer(ctx, path, "", raw, out)
}

// decodeAnswer is decode for an API whose answer may carry its error under
// errorKey instead of errcode (API.ErrorKey; "" for none). A non-zero errcode still
// wins: such endpoints answer a refused access_token the usual way.
func (c *Client) decodeAnswer(ctx context.Context, path, errorKey string, raw []byte, out any) error {
	var head struct {
		Errcode *int   `json:"errcode"`
		Errmsg  string `json:"errmsg"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		c.cfg.Metrics.result(ctx, c.cfg.Account, path, "bad_answer")
		return &UnavailableError{Path: path, Reason: "UPSTREAM_BAD_ANSWER", Detail: "the answer is not JSON"}
	}
	if head.Errcode != nil && *head.Errcode != 0 {
		c.cfg.Metrics.result(ctx, c.cfg.Account, path, "errcode_"+strconv.Itoa(*head.Errcode))
		return &Error{Path: path, Errcode: *head.Errcode, Errmsg: head.Errmsg, at: c.cfg.Now()}
	}
	if errorKey != "" {
		if code, msg, failed := keyedError(raw, errorKey); failed {
			c.cfg.Metrics.result(ctx, c.cfg.Account, path, "errcode_"+strconv.Itoa(code))
			return &Error{Path: path, Errcode: code, Errmsg: msg, at: c.cfg.Now()}
		}
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			c.cfg.Metrics.result(ctx, c.cfg.Account, path, "bad_answer")
			return &UnavailableError{Path: path, Reason: "UPSTREAM_BAD_ANSWER", Detail: "unexpected answer: " + err.Error()}
		}
	}
	c.cfg.Metrics.result(ctx, c.cfg.Account, path, "ok")
	return nil
}

// keyedError reads the error an answer holds under key, for the endpoints that
// answer {"error": …, "data": …} instead of errcode. WeChat documents only success
// ("error": null, seed 004's create_map_poi) and client libraries disagree on the
// type (Senparc's CreateMapPoiJsonResult types it as a string), so every plausible
// shape is read:
//
//   - absent, null, false, 0, "" or an object with neither a code nor a message:
//     no error;
//   - a number: that errcode, with the answer's errmsg (or Tencent Map's message);
//   - an object: its errcode (or status) and errmsg (or message);
//   - a string: its errcode if it is a number, else the text as errmsg;
//   - anything else (true, an array): its JSON text as errmsg.
//
// An error without a number of its own gets errcode 0, which no table maps, so it
// is UNKNOWN with the text kept in ErrorInfo's errmsg.
func keyedError(raw []byte, key string) (code int, msg string, failed bool) {
	var answer map[string]json.RawMessage
	if json.Unmarshal(raw, &answer) != nil {
		return 0, "", false // not an object: decoding out reports it
	}
	v := bytes.TrimSpace(answer[key])
	switch {
	case len(v) == 0, string(v) == "null", string(v) == "false", string(v) == `""`:
		return 0, "", false
	case v[0] == '{':
		var obj struct {
			Errcode *int   `json:"errcode"`
			Status  *int   `json:"status"`
			Errmsg  string `json:"errmsg"`
			Message string `json:"message"`
		}
		if json.Unmarshal(v, &obj) != nil {
			return 0, string(v), true
		}
		msg = cmp.Or(obj.Errmsg, obj.Message)
		if c := cmp.Or(obj.Errcode, obj.Status); c != nil {
			return *c, msg, *c != 0 // {"errcode":0,"errmsg":"ok"} is success
		}
		return 0, msg, msg != ""
	case v[0] == '"':
		var text string
		_ = json.Unmarshal(v, &text)
		if n, err := strconv.Atoi(strings.TrimSpace(text)); err == nil {
			return n, text, n != 0
		}
		return 0, text, true
	}
	var n int
	if json.Unmarshal(v, &n) == nil {
		var sibling struct {
			Errmsg  string `json:"errmsg"`
			Message string `json:"message"`
		}
		_ = json.Unmarshal(raw, &sibling)
		return n, cmp.Or(sibling.Errmsg, sibling.Message), n != 0
	}
	return 0, string(v), true
}

// transportDetail describes a failed request without its URL, which holds the
// access_token (url.Error's message repeats the whole URL).
func transportDetail(err error) string {
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	var nerr net.Error
	if errors.As(err, &nerr) && nerr.Timeout() {
		return "timeout"
	}
	return err.Error()
}

// Redact removes the account's secrets from text WeChat answered about an earlier
// call (the rid lookup's request URL and bodies): its AppSecret, the access_token
// it holds now, and any access_token=… (a token of before) in a query string.
func (c *Client) Redact(text string) string {
	clean, _ := redactAnswer([]byte(text), c.tokens.localToken().Value, c.cfg.AppSecret)
	return string(clean)
}

// redact removes secrets from text WeChat echoed back.
func redact(text string, secrets ...string) string {
	for _, s := range secrets {
		if s != "" {
			text = strings.ReplaceAll(text, s, "[redacted]")
		}
	}
	return text
}

// MAC authenticates msg with a key derived from the account's app secret for
// purpose: credentials the gateway derives for the account (the pass-through's SDK
// tokens) verify on every replica, which all hold the secret, without the secret
// itself leaving this package.
func (c *Client) MAC(purpose string, msg []byte) []byte {
	k := hmac.New(sha256.New, []byte(c.cfg.AppSecret))
	k.Write([]byte(purpose))
	m := hmac.New(sha256.New, k.Sum(nil))
	m.Write(msg)
	return m.Sum(nil)
}
