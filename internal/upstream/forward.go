package upstream

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.opentelemetry.io/otel/codes"
)

// ForwardRequest is a WeChat request as a WeChat SDK made it, for the pass-through:
// any path of the WeChat API, not only those the gateway types.
type ForwardRequest struct {
	Method, Path string
	// Query is the request's query without any access_token.
	Query       url.Values
	ContentType string
	Body        []byte // buffered: a refused token means sending it again
	// Credential says what the gateway adds: the account's access_token (the
	// default), the account's appid and secret (a call that takes them, such as
	// /sns/oauth2/access_token), or nothing (a call with the user's own token).
	Credential Credential
}

// Credential is what Forward adds to a request.
type Credential int

const (
	WithToken  Credential = iota // access_token=<the account's>
	WithSecret                   // appid=<the account's>&secret=<the account's>
	WithNone                     // nothing: the request carries its own credential
)

// ForwardAnswer is WeChat's answer. Body streams a binary answer as it arrives;
// a JSON one is read whole, to check its errcode, and handed back unchanged.
type ForwardAnswer struct {
	Status int
	Header http.Header
	Body   io.ReadCloser
	// Errcode is the JSON answer's errcode (0 when none, or not JSON).
	Errcode int
}

// errTokenRefusedTwice is what the pass-through answers when WeChat refuses the
// account's token again after the one refresh: not a token errcode, which would
// send an SDK into its own refresh (wechatpy recurses without bound), but -1,
// system busy, which SDKs back off from (WxJava retries with backoff; wechatpy and
// silenceper surface it).
var errTokenRefusedTwice = []byte(`{"errcode":-1,"errmsg":"system busy (wxgate: WeChat refused the account's access_token again after a refresh; try again later)"}`)

// Forward makes req for the account: through the same token holder, local limits
// (the caller's share rides in ctx), metrics and timeout as Call. A token WeChat
// refuses is dropped if it is still the current one and the request is made once
// more with a fresh token; refused again, the answer is errcode -1. Nothing else is
// retried: the pass-through does not know which calls are safe to repeat.
func (c *Client) Forward(ctx context.Context, req ForwardRequest) (*ForwardAnswer, error) {
	refreshed := false
	for attempts := 0; ; attempts++ {
		var tok Token
		q := url.Values{}
		for k, v := range req.Query {
			q[k] = v
		}
		switch req.Credential {
		case WithToken:
			var err error
			if tok, err = c.tokens.Token(ctx); err != nil {
				return nil, err
			}
			q.Set("access_token", tok.Value)
		case WithSecret:
			q.Set("appid", c.cfg.AppID)
			q.Set("secret", c.cfg.AppSecret)
		}
		actx, span := c.startAttempt(ctx, req.Method, req.Path, attempts)
		ans, err := c.forwardOnce(actx, req, q, tok.Value)
		if err != nil {
			err = c.redacted(err, tok.Value)
			endSpan(span, err)
			return nil, err
		}
		if span.IsRecording() {
			span.SetAttributes(attrErrcode.Int(ans.Errcode))
			if ans.Errcode != 0 {
				span.SetAttributes(attrErrorType.String("WECHAT_" + strconv.Itoa(ans.Errcode)))
				span.SetStatus(codes.Error, "errcode "+strconv.Itoa(ans.Errcode))
			}
		}
		span.End()
		if req.Credential == WithToken && isTokenErrcode(ans.Errcode) {
			if !refreshed {
				refreshed = true
				ans.Body.Close()
				c.cfg.Log.InfoContext(ctx, "access_token refused, refreshing once", "path", req.Path, "errcode", ans.Errcode)
				c.tokens.Invalidate(ctx, tok)
				continue
			}
			ans.Body.Close()
			ans.Errcode = errSystemBusy
			ans.Body = io.NopCloser(bytes.NewReader(errTokenRefusedTwice))
			ans.Header.Set("Content-Type", "application/json; charset=utf-8")
			ans.Header.Del("Content-Length")
		}
		return ans, nil
	}
}

func isTokenErrcode(code int) bool {
	return code == errInvalidToken || code == errInvalidTokenAlt || code == errTokenExpired
}

// forwardOnce sends one request, spending one call of the path's local budget. A
// JSON answer is handed back without the account's secrets (see redactAnswer).
func (c *Client) forwardOnce(ctx context.Context, req ForwardRequest, q url.Values, token string) (*ForwardAnswer, error) {
	resp, start, err := c.roundTrip(ctx, req.Method, req.Path, q, req.ContentType, req.Body)
	if err != nil {
		return nil, err
	}
	c.cfg.Metrics.answered(c.cfg.Account, req.Path, time.Since(start))
	ans := &ForwardAnswer{Status: resp.StatusCode, Header: resp.Header, Body: resp.Body}
	if resp.StatusCode != http.StatusOK {
		c.cfg.Metrics.result(ctx, c.cfg.Account, req.Path, "http_"+strconv.Itoa(resp.StatusCode))
		return ans, nil
	}
	if binary(resp.Header) {
		c.cfg.Metrics.result(ctx, c.cfg.Account, req.Path, "ok")
		return ans, nil // streamed as it comes: media can be large
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer+1))
	resp.Body.Close()
	if err != nil || len(raw) > maxAnswer {
		c.cfg.Metrics.result(ctx, c.cfg.Account, req.Path, "transport_error")
		if cerr := contextError(ctx, req.Path); cerr != nil {
			return nil, cerr
		}
		return nil, &UnavailableError{Path: req.Path, Reason: "UPSTREAM_UNAVAILABLE", Detail: "reading the answer failed or it is over 16 MiB"}
	}
	var head struct {
		Errcode int `json:"errcode"`
	}
	result := "ok"
	if json.Unmarshal(raw, &head) == nil && head.Errcode != 0 {
		ans.Errcode = head.Errcode
		result = "errcode_" + strconv.Itoa(head.Errcode)
	}
	c.cfg.Metrics.result(ctx, c.cfg.Account, req.Path, result)
	if clean, changed := redactAnswer(raw, token, c.cfg.AppSecret); changed {
		raw = clean
		ans.Header.Del("Content-Length")
	}
	ans.Body = io.NopCloser(bytes.NewReader(raw))
	return ans, nil
}

// tokenParam is an access_token in a query string WeChat quotes back: the
// request_url of /cgi-bin/openapi/rid/get is the logged call's query, whose token
// may be one the gateway held before.
var tokenParam = regexp.MustCompile(`access_token=[^&"\\\s]+`)

// redactAnswer removes from a JSON answer what the pass-through must never hand an
// SDK, which holds a token of the gateway's and not the account's: the account's
// access_token and AppSecret (WeChat echoes request parameters in some errmsgs) and
// any access_token=… a logged query holds. changed says raw was rewritten.
func redactAnswer(raw []byte, token, secret string) ([]byte, bool) {
	changed := false
	for _, s := range []string{token, secret} {
		if s != "" && bytes.Contains(raw, []byte(s)) {
			raw, changed = bytes.ReplaceAll(raw, []byte(s), []byte("[redacted]")), true
		}
	}
	if bytes.Contains(raw, []byte("access_token=")) {
		raw, changed = tokenParam.ReplaceAll(raw, []byte("access_token=[redacted]")), true
	}
	return raw, changed
}

// binary says an answer is a file (media, a QR code image), not JSON: WeChat
// names a download with Content-Disposition, or gives it a non-text type.
func binary(h http.Header) bool {
	if h.Get("Content-Disposition") != "" {
		return true
	}
	mt, _, _ := mime.ParseMediaType(h.Get("Content-Type"))
	return mt != "" && !strings.HasPrefix(mt, "text/") && !strings.Contains(mt, "json")
}
