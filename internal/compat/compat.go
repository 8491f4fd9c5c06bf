// Package compat is the WeChat-compatible pass-through: a listener that speaks
// api.weixin.qq.com's wire (paths, queries, bodies, answers), so that an unmodified
// WeChat SDK (WxJava, wechatpy, silenceper/wechat, ...) whose API host points here
// works, while the account's real access_token and secret never leave the gateway.
//
// An SDK fetches "its" token from GET /cgi-bin/token or POST /cgi-bin/stable_token
// with the account's appid and, as secret, its caller's wxgate key; it gets an SDK
// token (token.go) bound to the caller. Every other request's access_token must be
// such a token (or the key itself, for SDKs given a token directly); it is
// replaced by the account's, and the call goes through the same token holder,
// limits, quota shares, rules, metrics and logs as the typed API. Errors are
// WeChat-shaped (HTTP 200, errcode, errmsg), so the SDK understands them.
//
// The pass-through never goes through the typed services: it forwards with the
// upstream client, which knows nothing of callers (their share rides in the
// context).
package compat

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"go.opentelemetry.io/otel/trace"

	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/callers"
	"github.com/wxgate/wxgate/internal/inflight"
	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/tracing"
	"github.com/wxgate/wxgate/internal/upstream"
)

// Defaults.
const (
	// DefaultMaxBodyBytes fits a media upload: WeChat takes up to 10 MB plus the
	// multipart envelope.
	DefaultMaxBodyBytes = 12 << 20
	// DefaultTokenTTL is an SDK token's lifetime, WeChat's own 7200 s.
	DefaultTokenTTL = 2 * time.Hour
)

// Options configure the pass-through.
type Options struct {
	Accounts *accounts.Set
	Guard    *callers.Guard // the callers now, and the refusal metric
	Log      *slog.Logger
	MaxBody  int64            // 0: DefaultMaxBodyBytes
	TokenTTL time.Duration    // 0: DefaultTokenTTL
	Now      func() time.Time // nil: time.Now
	InFlight *inflight.Limit  // the gateway's bound on calls at once; nil: none
}

// Handler serves the pass-through.
type Handler struct{ o Options }

// New returns the pass-through handler.
func New(o Options) *Handler {
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBodyBytes
	}
	if o.TokenTTL <= 0 {
		o.TokenTTL = DefaultTokenTTL
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
	return &Handler{o: o}
}

// WeChat's errcodes the pass-through answers itself.
const (
	codeBusy          = -1    // system busy: SDKs back off
	codeTokenInvalid  = 40001 // the SDK fetches a new token (from here)
	codeGrantType     = 40002
	codeMediaSize     = 40006
	codeAppID         = 40013
	codeSecret        = 40125
	codeTokenMissing  = 41001
	codeAppIDMissing  = 41002
	codeSecretMissing = 41004
	codeTokenExpired  = 42001 // the SDK fetches a new token (from here)
	codeQuota         = 45009
	codeUnauthorized  = 48001
)

// weChatError is an answer in WeChat's error shape.
type weChatError struct {
	status  int // HTTP status: 200 as WeChat's, but 413 for a body too large
	code    int
	msg     string
	retryIn time.Duration
}

func (e *weChatError) Error() string { return fmt.Sprintf("errcode %d: %s", e.code, e.msg) }

func fail(code int, format string, args ...any) *weChatError {
	return &weChatError{status: http.StatusOK, code: code, msg: fmt.Sprintf(format, args...)}
}

// call is what one request came to, for its log line.
type call struct {
	caller, keyID, account string
	errcode                int
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	path := cleanPath(r.URL.Path)
	c := call{caller: callers.UnauthenticatedName} // until a caller is known
	err := h.serve(w, r, path, &c)
	var werr *weChatError
	if errors.As(err, &werr) {
		c.errcode = werr.code
		writeError(w, werr)
	}
	h.o.Log.InfoContext(r.Context(), "pass-through", "caller", c.caller, "key_id", c.keyID, "account", c.account,
		"method", r.Method, "path", path, "errcode", c.errcode, "duration", time.Since(start).String())
	c.annotate(r.Context())
}

// annotate names the caller, the account and the errcode on the request's span,
// when the server traces (its span is the server's; the upstream attempts are
// its children).
func (c *call) annotate(ctx context.Context) {
	span := trace.SpanFromContext(ctx)
	if !span.IsRecording() {
		return
	}
	span.SetAttributes(tracing.CallerKey.String(c.caller), tracing.ErrcodeKey.Int(c.errcode))
	if c.account != "" {
		span.SetAttributes(tracing.AccountKey.String(c.account))
	}
}

func (h *Handler) serve(w http.ResponseWriter, r *http.Request, path string, c *call) error {
	if !h.o.InFlight.Acquire() { // before the body is read: it is part of what is bounded
		return &weChatError{status: http.StatusOK, code: codeBusy, retryIn: inflight.RetryDelay,
			msg: "system busy (wxgate: " + h.o.InFlight.Full() + ")"}
	}
	defer h.o.InFlight.Release()
	if r.ContentLength > h.o.MaxBody {
		return tooLarge(h.o.MaxBody)
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, h.o.MaxBody+1))
	switch {
	case err != nil:
		return fail(codeBusy, "reading the request body: %v", err)
	case int64(len(body)) > h.o.MaxBody:
		return tooLarge(h.o.MaxBody)
	}
	q := r.URL.Query()
	switch path {
	case upstream.PathToken:
		if r.Method != http.MethodGet {
			return fail(43001, "require GET method")
		}
		return h.token(w, q.Get("grant_type"), q.Get("appid"), q.Get("secret"), c)
	case upstream.PathStableToken:
		var req struct {
			GrantType string `json:"grant_type"`
			AppID     string `json:"appid"`
			Secret    string `json:"secret"`
		}
		if r.Method != http.MethodPost || json.Unmarshal(body, &req) != nil {
			return fail(47001, "data format error: POST a JSON body")
		}
		return h.token(w, req.GrantType, req.AppID, req.Secret, c)
	}
	req := upstream.ForwardRequest{Method: r.Method, Path: path, ContentType: r.Header.Get("Content-Type")}
	if len(body) > 0 {
		req.Body = body
	}
	var id *callers.Identity
	var client *upstream.Client
	switch {
	case secretPaths[path]:
		// The caller authenticates as at the token endpoints; the gateway puts the
		// account's secret in place of its key.
		if id, client, err = h.bySecret(q.Get("appid"), q.Get("secret")); err != nil {
			return err
		}
		q.Del("appid")
		q.Del("secret")
		req.Credential = upstream.WithSecret
	case userPaths[path]:
		// The request carries a user's own OAuth credential and needs nothing of the
		// account's: it is passed on untouched, access_token included, as no caller's.
		req.Credential, req.Query = upstream.WithNone, q
		client := h.o.Accounts.Default()
		c.caller, c.account = callers.UnauthenticatedName, client.Account()
		ans, err := client.Forward(r.Context(), req)
		if err != nil {
			return forwardError(err)
		}
		return copyAnswer(w, ans, c)
	case strings.HasPrefix(path, "/sns/"):
		return fail(codeUnauthorized, "api unauthorized (wxgate: %s is not passed through)", path)
	default:
		if id, client, err = h.byToken(r, q["access_token"]); err != nil {
			return err
		}
		q.Del("access_token") // every one the caller sent: only the account's goes on
	}
	c.caller, c.keyID, c.account = id.Label(), id.KeyID, client.Account()
	ctx := callers.NewContext(r.Context(), id)
	if err := id.Authorize(path, client.Account()); err != nil {
		h.o.Guard.RefusedDenied(id)
		return fail(codeUnauthorized, "api unauthorized (wxgate: caller %q may not call %s for account %q)", id.Label(), path, client.Account())
	}
	if s := id.Caller.Share(); s != nil {
		ctx = ratelimit.WithShare(ctx, s)
	}
	req.Query = q
	ans, err := client.Forward(ctx, req)
	if err != nil {
		return forwardError(err)
	}
	return copyAnswer(w, ans, c)
}

// copyAnswer writes WeChat's answer as it came: status, the headers SDKs read
// (Content-Type tells them a file from an error; Content-Disposition names the
// file), and the body, streamed.
func copyAnswer(w http.ResponseWriter, ans *upstream.ForwardAnswer, c *call) error {
	defer ans.Body.Close()
	c.errcode = ans.Errcode
	for _, k := range []string{"Content-Type", "Content-Disposition", "Content-Length", "Cache-Control"} {
		if v := ans.Header.Values(k); len(v) > 0 {
			w.Header()[k] = v
		}
	}
	w.WriteHeader(ans.Status)
	io.Copy(w, ans.Body)
	return nil
}

// userPaths carry a user's OAuth token or refresh token, not the account's.
var userPaths = map[string]bool{
	"/sns/userinfo":             true,
	"/sns/auth":                 true,
	"/sns/oauth2/refresh_token": true,
}

// secretPaths take the account's appid and secret instead of an access_token.
var secretPaths = map[string]bool{
	"/sns/oauth2/access_token": true,
}

// SecretPaths are the WeChat paths that hand out a secret, or take the account's:
// a caller's rules must name them exactly (never by a wildcard).
var SecretPaths = []string{"/sns/oauth2/access_token", "/bizwifi/apportal/register"}

// token answers a token endpoint: an SDK token for the caller whose key is secret,
// for the account whose app id is appID.
func (h *Handler) token(w http.ResponseWriter, grantType, appID, secret string, c *call) error {
	if grantType != "client_credential" {
		return fail(codeGrantType, "invalid grant_type")
	}
	id, client, err := h.bySecret(appID, secret)
	if err != nil {
		return err
	}
	c.caller, c.keyID, c.account = id.Label(), id.KeyID, client.Account()
	if !id.Caller.MayActFor(client.Account()) {
		h.o.Guard.RefusedDenied(id)
		return fail(codeUnauthorized, "api unauthorized (wxgate: caller %q may not act for account %q)", id.Label(), client.Account())
	}
	exp := h.o.Now().Add(h.o.TokenTTL)
	tok := mint(client, claims{Caller: id.Caller.Name, Account: client.Account(), Expiry: exp.Unix(), KeyTag: id.KeyTag(), KeyID: id.KeyID})
	writeJSON(w, map[string]any{"access_token": tok, "expires_in": int(h.o.TokenTTL.Seconds())})
	return nil
}

// bySecret authenticates the caller whose key is secret, for the account of appID.
func (h *Handler) bySecret(appID, secret string) (*callers.Identity, *upstream.Client, error) {
	switch {
	case appID == "":
		return nil, nil, fail(codeAppIDMissing, "appid missing")
	case secret == "" && !h.o.Guard.Set().Off():
		return nil, nil, fail(codeSecretMissing, "appsecret missing (wxgate: the secret is your caller's wxgate key)")
	}
	client, ok := h.o.Accounts.ByAppID(appID)
	if !ok {
		return nil, nil, fail(codeAppID, "invalid appid (wxgate: no account with this app id)")
	}
	id := h.o.Guard.Set().Authenticate([]string{"Bearer " + secret}, nil)
	if id.Caller == nil {
		h.o.Guard.Refused(id)
		return nil, nil, fail(codeSecret, "invalid appsecret (wxgate: the secret must be your caller's wxgate key)")
	}
	return id, client, nil
}

// byToken identifies the caller and account of a request by its access_token: an
// SDK token of this gateway, or (for SDKs that are given a token instead of
// fetching one) the caller's key itself, for the account named by the
// x-wxgate-account header or, without it, the caller's first. Unknown or expired
// tokens are answered with the errcodes that make an SDK fetch a new one here.
func (h *Handler) byToken(r *http.Request, tokens []string) (*callers.Identity, *upstream.Client, error) {
	set := h.o.Guard.Set()
	if len(tokens) == 0 || tokens[0] == "" {
		return nil, nil, fail(codeTokenMissing, "access_token missing")
	}
	var expired bool
	for _, tok := range tokens {
		if _, err := callerkey.Parse(tok); err == nil {
			return h.byKey(r, set, tok)
		}
		cl, client, err := verify(h.o.Accounts, tok, h.o.Now())
		switch {
		case errors.Is(err, errExpired):
			expired = true
			continue
		case err != nil:
			continue
		}
		id := set.ByKeyTag(cl.Caller, cl.KeyTag)
		if id == nil {
			continue // the caller or its key is gone
		}
		id.KeyID = cl.KeyID
		return id, client, nil
	}
	h.o.Guard.Refused(nil)
	if expired {
		return nil, nil, fail(codeTokenExpired, "access_token expired (wxgate: fetch a new one from /cgi-bin/token here)")
	}
	return nil, nil, fail(codeTokenInvalid, "invalid credential, access_token is invalid or not latest (wxgate: fetch one from /cgi-bin/token here)")
}

func (h *Handler) byKey(r *http.Request, set *callers.Set, key string) (*callers.Identity, *upstream.Client, error) {
	id := set.Authenticate([]string{"Bearer " + key}, nil)
	if id.Caller == nil {
		h.o.Guard.Refused(id)
		return nil, nil, fail(codeTokenInvalid, "invalid credential (wxgate: not a configured caller's key)")
	}
	name := r.Header.Get(accounts.Header)
	if name == "" {
		if a := id.Caller.Accounts(); len(a) > 0 && a[0] != "*" {
			name = a[0]
		} else {
			name = h.o.Accounts.Default().Account()
		}
	}
	client, err := h.o.Accounts.ByName(name)
	if err != nil {
		return nil, nil, fail(codeAppID, "invalid appid (wxgate: no account %q)", name)
	}
	return id, client, nil
}

// forwardError is the WeChat-shaped answer of a request the gateway could not
// make: over a limit, WeChat unreachable, out of time.
func forwardError(err error) *weChatError {
	var lerr *ratelimit.Error
	switch {
	case errors.As(err, &lerr):
		e := fail(codeQuota, "api freq out of limit (wxgate: %s)", lerr.Error())
		e.retryIn = lerr.RetryAfter
		return e
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return fail(codeBusy, "system busy (wxgate: out of time)")
	}
	return fail(codeBusy, "system busy (wxgate: %v)", err)
}

func tooLarge(max int64) *weChatError {
	return &weChatError{status: http.StatusRequestEntityTooLarge, code: codeMediaSize,
		msg: "invalid media size (wxgate: the request body is over " + strconv.FormatInt(max, 10) + " bytes, compat.max_body_bytes)"}
}

func writeError(w http.ResponseWriter, e *weChatError) {
	if e.retryIn > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(max(1, int((e.retryIn+time.Second-1)/time.Second))))
	}
	if e.status == http.StatusRequestEntityTooLarge {
		w.Header().Set("Connection", "close")
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(e.status)
	json.NewEncoder(w).Encode(map[string]any{"errcode": e.code, "errmsg": e.msg})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	json.NewEncoder(w).Encode(v)
}

// cleanPath collapses repeated slashes: WxJava joins a host ending in "/" with
// paths starting with one ("//cgi-bin/...").
func cleanPath(p string) string {
	for strings.Contains(p, "//") {
		p = strings.ReplaceAll(p, "//", "/")
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return p
}
