package upstream

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"time"

	"go.opentelemetry.io/otel/trace"
)

// tokenAnswer is WeChat's answer to both token endpoints.
type tokenAnswer struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int64  `json:"expires_in"` // seconds
}

// stableTokenRequest is the body of POST /cgi-bin/stable_token. force_refresh stays
// false: a forced refresh would invalidate the token every other holder uses.
type stableTokenRequest struct {
	GrantType    string `json:"grant_type"`
	AppID        string `json:"appid"`
	Secret       string `json:"secret"`
	ForceRefresh bool   `json:"force_refresh"`
}

// fetchToken gets a new access_token from WeChat in the account's token mode.
func (c *Client) fetchToken(ctx context.Context) (string, time.Duration, error) {
	api, q, body := c.tokenRequest()
	if span := trace.SpanFromContext(ctx); span.IsRecording() { // the refresh's span
		span.SetAttributes(attrMethod.String(api.Method), attrPath.String(api.Path), attrServer.String(c.base.Hostname()))
	}
	raw, err := c.send(ctx, api, q, body)
	var ans tokenAnswer
	if err == nil {
		err = c.decode(ctx, api.Path, raw, &ans)
	}
	if err = c.redacted(err, ""); err != nil {
		c.cfg.Metrics.tokenFetch(c.cfg.Account, "error")
		c.cfg.Log.WarnContext(ctx, "access_token fetch failed", "path", api.Path, "error", err)
		return "", 0, err
	}
	if ans.AccessToken == "" || ans.ExpiresIn <= 0 {
		c.cfg.Metrics.tokenFetch(c.cfg.Account, "error")
		return "", 0, &UnavailableError{Path: api.Path, Reason: "UPSTREAM_BAD_ANSWER", Detail: "no access_token or expires_in in the answer"}
	}
	c.cfg.Metrics.tokenFetch(c.cfg.Account, "ok")
	lifetime := time.Duration(ans.ExpiresIn) * time.Second
	c.cfg.Log.InfoContext(ctx, "access_token fetched", "path", api.Path, "expires_in_s", ans.ExpiresIn)
	return ans.AccessToken, lifetime, nil
}

// tokenRequest is the request for the account's token mode. The secret travels in the
// body (stable) or the query (legacy); neither is ever logged.
func (c *Client) tokenRequest() (API, url.Values, []byte) {
	if c.cfg.TokenMode == TokenLegacy {
		q := url.Values{"grant_type": {"client_credential"}, "appid": {c.cfg.AppID}, "secret": {c.cfg.AppSecret}}
		return API{Method: http.MethodGet, Path: PathToken}, q, nil
	}
	body, _ := json.Marshal(stableTokenRequest{GrantType: "client_credential", AppID: c.cfg.AppID, Secret: c.cfg.AppSecret})
	return API{Method: http.MethodPost, Path: PathStableToken}, nil, body
}
