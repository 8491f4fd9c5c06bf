package compat_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// sdk is a WeChat SDK's view of the pass-through: its base URL, appid and
// "secret" (the caller's wxgate key).
type sdk struct {
	t      *testing.T
	g      *gatewaytest.Gateway
	base   string
	appID  string
	secret string
}

// wechat answers WeChat's JSON shape.
type wechat map[string]any

func (a wechat) errcode() int {
	n, _ := a["errcode"].(float64)
	return int(n)
}

func (s *sdk) do(method, path string, q url.Values, contentType string, body []byte, header ...string) (*http.Response, []byte) {
	s.t.Helper()
	u := s.base + path
	if q != nil {
		u += "?" + q.Encode()
	}
	req, err := http.NewRequest(method, u, bytes.NewReader(body))
	if err != nil {
		s.t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		if header[i] == "Host" {
			req.Host = header[i+1]
			continue
		}
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := s.g.HTTP.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	return resp, raw
}

func (s *sdk) json(method, path string, q url.Values, body string, header ...string) wechat {
	s.t.Helper()
	ct := ""
	if body != "" {
		ct = "application/json"
	}
	_, raw := s.do(method, path, q, ct, []byte(body), header...)
	var out wechat
	if err := json.Unmarshal(raw, &out); err != nil {
		s.t.Fatalf("%s %s: not JSON: %s", method, path, raw)
	}
	return out
}

// token fetches an SDK token as WxJava and wechatpy do.
func (s *sdk) token() string {
	s.t.Helper()
	ans := s.json("GET", "/cgi-bin/token", url.Values{"grant_type": {"client_credential"}, "appid": {s.appID}, "secret": {s.secret}}, "")
	tok, _ := ans["access_token"].(string)
	if tok == "" || ans["expires_in"] != float64(7200) {
		s.t.Fatalf("token: %v", ans)
	}
	return tok
}

func tokenQuery(tok string, kv ...string) url.Values {
	q := url.Values{"access_token": {tok}}
	for i := 0; i+1 < len(kv); i += 2 {
		q.Add(kv[i], kv[i+1])
	}
	return q
}

// startCompat runs a gateway with the pass-through and the caller sdk-user, who may
// use the Wi-Fi and media paths for main, with a daily share of 3 Wi-Fi QR codes.
func startCompat(t *testing.T, opts ...gatewaytest.Option) (*sdk, string) {
	t.Helper()
	key, _ := callerkey.New()
	g := gatewaytest.Start(t, append([]gatewaytest.Option{gatewaytest.Unlimited, gatewaytest.WithCompat,
		gatewaytest.WithCallers(config.Caller{
			Name: "sdk-user", Keys: gatewaytest.Keys(key), Accounts: []string{"main"},
			Allow:  []string{"/bizwifi/*", "/cgi-bin/media/*", "wxgate.wifi.v1.WifiService/Get*"},
			Deny:   []string{"/bizwifi/apportal/*"},
			Quotas: map[string]ratelimit.Limit{"/bizwifi/qrcode/get": {Daily: 3}},
		})}, opts...)...)
	return &sdk{t: t, g: g, base: "http://" + g.Server.CompatAddr(), appID: g.Sim.AppID(), secret: key}, key
}

// TestPassThroughToken: the token endpoints hand an SDK a token of the gateway's,
// never the real one, for its key; WeChat gets the real one on every call.
func TestPassThroughToken(t *testing.T) {
	s, key := startCompat(t)
	tok := s.token()
	ans := s.json("POST", "/cgi-bin/stable_token", nil, `{"grant_type":"client_credential","appid":"`+s.appID+`","secret":"`+key+`","force_refresh":false}`)
	if ans["access_token"] == "" || ans["expires_in"] != float64(7200) {
		t.Errorf("stable_token: %v", ans)
	}
	got := s.json("GET", "/bizwifi/account/get_connecturl", tokenQuery(tok), "")
	if got.errcode() != 0 || got["data"] == nil {
		t.Fatalf("a call with the SDK token: %v", got)
	}
	real := s.g.Sim.Tokens()
	if len(real) != 1 || slices.Contains(real, tok) || strings.Contains(tok, real[0]) {
		t.Errorf("the SDK holds %q; WeChat issued %v", tok, real)
	}
	for name, q := range map[string]url.Values{
		"wrong key":      {"grant_type": {"client_credential"}, "appid": {s.appID}, "secret": {"nope"}},
		"no secret":      {"grant_type": {"client_credential"}, "appid": {s.appID}},
		"unknown appid":  {"grant_type": {"client_credential"}, "appid": {"wx0000000000000000"}, "secret": {key}},
		"bad grant type": {"grant_type": {"password"}, "appid": {s.appID}, "secret": {key}},
	} {
		ans := s.json("GET", "/cgi-bin/token", q, "")
		if ans.errcode() == 0 || ans["access_token"] != nil {
			t.Errorf("%s: %v, want a WeChat errcode", name, ans)
		}
	}
	// The key itself is a token too, for SDKs given one (wechatpy's access_token=).
	if got := s.json("GET", "/bizwifi/account/get_connecturl", tokenQuery(key), ""); got.errcode() != 0 {
		t.Errorf("the key as access_token: %v", got)
	}
	// The log names the caller and its key by id on every call; no real token, key
	// or SDK token is in it.
	logs := s.g.Logs.String()
	k, _ := callerkey.Parse(key)
	if !strings.Contains(logs, `"path":"/bizwifi/account/get_connecturl","errcode":0`) || strings.Count(logs, `"key_id":"`+k.ID+`"`) < 3 {
		t.Errorf("the pass-through's log lines do not name the caller's key:\n%s", logs)
	}
	for _, secret := range append(real, tok, key, s.g.Sim.AppSecret()) {
		if strings.Contains(logs, secret) {
			t.Error("a token or key is in the log")
		}
	}
}

// TestPassThroughRefusals: an unknown or expired SDK token gets the errcodes that
// make an SDK fetch a new one here; a path the caller may not use is 48001; past
// its share, 45009 with Retry-After. WeChat sees none of them.
func TestPassThroughRefusals(t *testing.T) {
	s, _ := startCompat(t)
	tok := s.token()
	before := s.g.Sim.RequestCount()
	cases := []struct {
		name string
		q    url.Values
		path string
		want int
	}{
		{"no token", nil, "/bizwifi/account/get_connecturl", 41001},
		{"not a token of ours", tokenQuery("ACCESS_TOKEN_FROM_ELSEWHERE"), "/bizwifi/account/get_connecturl", 40001},
		{"a forged token", tokenQuery(tok[:len(tok)-4] + "AAAA"), "/bizwifi/account/get_connecturl", 40001},
		{"a path it may not use", tokenQuery(tok), "/card/code/deposit", 48001},
		{"a denied path", tokenQuery(tok), "/bizwifi/apportal/register", 48001},
		{"a user-token path it may not use", tokenQuery(tok), "/sns/oauth2/access_token", 41002},
	}
	for _, c := range cases {
		if got := s.json("GET", c.path, c.q, ""); got.errcode() != c.want {
			t.Errorf("%s: %v, want errcode %d", c.name, got, c.want)
		}
	}
	if n := s.g.Sim.RequestCount() - before; n != 0 {
		t.Errorf("WeChat got %d refused requests", n)
	}
	for i := range 4 {
		resp, raw := s.do("POST", "/bizwifi/qrcode/get", tokenQuery(tok), "application/json", []byte(`{"shop_id":429620,"img_id":0}`))
		var ans wechat
		json.Unmarshal(raw, &ans)
		if i < 3 && ans.errcode() != 0 {
			t.Errorf("QR code %d within the share: %v", i+1, ans)
		}
		if i == 3 && (ans.errcode() != 45009 || resp.Header.Get("Retry-After") == "") {
			t.Errorf("past the share: %s, Retry-After %q, want 45009 with Retry-After", raw, resp.Header.Get("Retry-After"))
		}
	}
	s.g.Clock.Advance(3 * time.Hour)
	if got := s.json("GET", "/bizwifi/account/get_connecturl", tokenQuery(tok), ""); got.errcode() != 42001 {
		t.Errorf("an expired SDK token: %v, want 42001", got)
	}
}

// TestPassThroughTokenRefusedByWeChat: a real token WeChat refuses is refreshed
// once and the call retried; refused again, the SDK gets -1 (back off), never a
// token errcode that would send it into its own refresh.
func TestPassThroughTokenRefusedByWeChat(t *testing.T) {
	s, _ := startCompat(t)
	tok := s.token()
	if got := s.json("GET", "/bizwifi/account/get_connecturl", tokenQuery(tok), ""); got.errcode() != 0 {
		t.Fatal(got)
	}
	fetches := s.g.Sim.TokenFetches()
	s.g.Sim.InvalidateTokens()
	if got := s.json("GET", "/bizwifi/account/get_connecturl", tokenQuery(tok), ""); got.errcode() != 0 {
		t.Errorf("after WeChat invalidated the token: %v, want the call answered after one refresh", got)
	}
	if n := s.g.Sim.TokenFetches() - fetches; n != 1 {
		t.Errorf("%d token fetches, want 1", n)
	}
	s.g.Sim.Inject("/bizwifi/account/get_connecturl", wechatsim.Fault{Errcode: 40001, Times: 2})
	fetches = s.g.Sim.TokenFetches()
	if got := s.json("GET", "/bizwifi/account/get_connecturl", tokenQuery(tok), ""); got.errcode() != -1 {
		t.Errorf("refused twice: %v, want -1", got)
	}
	if n := s.g.Sim.TokenFetches() - fetches; n != 1 {
		t.Errorf("%d token fetches for a token refused twice, want 1 (no loop)", n)
	}
}

// TestPassThroughInjection: a second access_token and a forged Host change
// nothing: WeChat gets one token, the account's.
func TestPassThroughInjection(t *testing.T) {
	s, _ := startCompat(t)
	tok := s.token()
	q := url.Values{"access_token": {"INJECTED", tok, "ALSO_INJECTED"}}
	if got := s.json("GET", "/bizwifi/account/get_connecturl", q, "", "Host", "evil.example.com"); got.errcode() != 0 {
		t.Errorf("%v", got)
	}
	reqs := s.g.Sim.RequestsTo("/bizwifi/account/get_connecturl")
	if len(reqs) != 1 || len(reqs[0].Query) != 0 {
		t.Errorf("WeChat got %+v, want one request with no query but the (removed) token", reqs)
	}
	// WxJava joins a host ending in "/" with "/cgi-bin/...".
	if got := s.json("GET", "//bizwifi/account/get_connecturl", tokenQuery(tok), ""); got.errcode() != 0 {
		t.Errorf("a //path: %v", got)
	}
}

// TestPassThroughMedia: an upload (multipart) and a binary download through the
// pass-through, with WeChat's Content-Type and Content-Disposition kept; a body
// over compat.max_body_bytes is 413 with a WeChat-shaped error.
func TestPassThroughMedia(t *testing.T) {
	s, _ := startCompat(t, func(c *config.Config) { c.Compat.MaxBodyBytes = 64 << 10 })
	tok := s.token()
	img := bytes.Repeat([]byte{0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3}, 1000)
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	part, _ := mw.CreateFormFile("media", "shop.jpg")
	part.Write(img)
	mw.Close()
	_, raw := s.do("POST", "/cgi-bin/media/upload", tokenQuery(tok, "type", "image"), mw.FormDataContentType(), body.Bytes())
	var up wechat
	json.Unmarshal(raw, &up)
	id, _ := up["media_id"].(string)
	if id == "" {
		t.Fatalf("upload: %s", raw)
	}
	resp, got := s.do("GET", "/cgi-bin/media/get", tokenQuery(tok, "media_id", id), "", nil)
	if !bytes.Equal(got, img) || resp.Header.Get("Content-Type") != "image/jpeg" || !strings.Contains(resp.Header.Get("Content-Disposition"), `filename="shop.jpg"`) {
		t.Errorf("download: %d bytes (want %d), %v", len(got), len(img), resp.Header)
	}
	resp, raw = s.do("POST", "/cgi-bin/media/upload", tokenQuery(tok, "type", "image"), "multipart/form-data; boundary=x", make([]byte, 65<<10))
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(raw), `"errcode":40006`) {
		t.Errorf("a body over the limit: HTTP %d %s", resp.StatusCode, raw)
	}
}

// TestPassThroughSharesTheToken: the typed API and the pass-through use one
// token: one fetch for both.
func TestPassThroughSharesTheToken(t *testing.T) {
	s, key := startCompat(t)
	if code, body := s.g.REST("GET", "/v1/wifi/connect-url", "", "Authorization", "Bearer "+key); code != http.StatusOK {
		t.Fatalf("typed call: HTTP %d %v", code, body)
	}
	tok := s.token()
	if got := s.json("GET", "/bizwifi/account/get_connecturl", tokenQuery(tok), ""); got.errcode() != 0 {
		t.Fatal(got)
	}
	if n := s.g.Sim.TokenFetches(); n != 1 {
		t.Errorf("%d token fetches for the typed API and the pass-through, want 1", n)
	}
}

// TestPassThroughKeyRemoved: an SDK token stops working when the key it was
// fetched with is removed (a reload), and the SDK is told to fetch a new one.
func TestPassThroughKeyRemoved(t *testing.T) {
	s, _ := startCompat(t)
	tok := s.token()
	newKey, _ := callerkey.New()
	cfg := config.Default()
	cfg.Accounts = []config.Account{gatewaytest.Account("main", s.g.Sim)}
	cfg.Callers = []config.Caller{{Name: "sdk-user", Keys: gatewaytest.Keys(newKey), Accounts: []string{"main"}, Allow: []string{"/bizwifi/*"}}}
	if err := s.g.Server.ReloadCallers(cfg); err != nil {
		t.Fatal(err)
	}
	if got := s.json("GET", "/bizwifi/account/get_connecturl", tokenQuery(tok), ""); got.errcode() != 40001 {
		t.Errorf("the token of a removed key: %v, want 40001", got)
	}
	s.secret = newKey
	if got := s.json("GET", "/bizwifi/account/get_connecturl", tokenQuery(s.token()), ""); got.errcode() != 0 {
		t.Errorf("a token of the new key: %v", got)
	}
}

// TestPassThroughWebOAuth: /sns/oauth2/access_token takes the account's secret:
// the caller's key stands in for it only for a caller whose rule names the path,
// and the gateway puts the real secret in.
func TestPassThroughWebOAuth(t *testing.T) {
	key, _ := callerkey.New()
	other, _ := callerkey.New()
	g := gatewaytest.Start(t, gatewaytest.Unlimited, gatewaytest.WithCompat, gatewaytest.WithCallers(
		config.Caller{Name: "h5-login", Keys: gatewaytest.Keys(key), Accounts: []string{"main"}, Allow: []string{"/sns/oauth2/access_token"}},
		config.Caller{Name: "wildcard", Keys: gatewaytest.Keys(other), Accounts: []string{"main"}, Allow: []string{"/sns/*"}},
	))
	s := &sdk{t: t, g: g, base: "http://" + g.Server.CompatAddr(), appID: g.Sim.AppID()}
	q := func(secret string) url.Values {
		return url.Values{"appid": {s.appID}, "secret": {secret}, "code": {"CODE"}, "grant_type": {"authorization_code"}}
	}
	got := s.json("GET", "/sns/oauth2/access_token", q(key), "")
	if got.errcode() != 0 || got["openid"] != "oCODE" || !strings.HasPrefix(got["access_token"].(string), "user-") {
		t.Errorf("named caller: %v", got)
	}
	if got := s.json("GET", "/sns/oauth2/access_token", q(other), ""); got.errcode() != 48001 {
		t.Errorf("a wildcard does not cover a path taking the secret: %v", got)
	}
	if got := s.json("GET", "/sns/oauth2/access_token", q("nope"), ""); got.errcode() != 40125 {
		t.Errorf("a wrong key: %v", got)
	}
	if strings.Contains(g.Logs.String(), g.Sim.AppSecret()) {
		t.Error("the app secret is in the log")
	}
}

// TestPassThroughListenerLimits: the pass-through's listener has the REST
// listener's header limit (431) and read timeout.
func TestPassThroughListenerLimits(t *testing.T) {
	s, _ := startCompat(t, func(c *config.Config) { c.RequestLimits.ReadTimeout = time.Second })
	addr := strings.TrimPrefix(s.base, "http://")
	send := func(head string, trickle bool) string {
		t.Helper()
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conn.SetDeadline(time.Now().Add(20 * time.Second))
		io.WriteString(conn, head)
		if trickle {
			go func() {
				for range 20 {
					if _, err := conn.Write([]byte(" ")); err != nil {
						return
					}
					time.Sleep(time.Second)
				}
			}()
		}
		line, _ := bufio.NewReader(conn).ReadString('\n')
		return line
	}
	if line := send("GET /cgi-bin/token HTTP/1.1\r\nHost: x\r\nX-Big: "+strings.Repeat("a", 1<<20)+"\r\n\r\n", false); !strings.Contains(line, "431") {
		t.Errorf("a 1 MiB header: %q, want 431", line)
	}
	start := time.Now()
	send("POST /cgi-bin/media/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n", true)
	if took := time.Since(start); took > 15*time.Second {
		t.Errorf("a body trickling a byte a second held the connection %v (read_timeout 1s)", took)
	}
}

// TestPassThroughQuotaPaths: clear_quota and the rid lookup need a rule naming
// them (a wildcard "/*" does not give them), and the rid lookup's answer reaches
// the SDK without the account's access_token that WeChat logged in request_url.
func TestPassThroughQuotaPaths(t *testing.T) {
	wild, _ := callerkey.New()
	named, _ := callerkey.New()
	g := gatewaytest.Start(t, gatewaytest.Unlimited, gatewaytest.WithCompat, gatewaytest.WithCallers(
		config.Caller{Name: "wild", Keys: gatewaytest.Keys(wild), Accounts: []string{"main"}, Allow: []string{"/*"}},
		config.Caller{Name: "named", Keys: gatewaytest.Keys(named), Accounts: []string{"main"},
			Allow: []string{"/bizwifi/*", "/cgi-bin/clear_quota", "/cgi-bin/openapi/rid/get"}},
	))
	base := "http://" + g.Server.CompatAddr()
	w := &sdk{t: t, g: g, base: base, appID: g.Sim.AppID(), secret: wild}
	n := &sdk{t: t, g: g, base: base, appID: g.Sim.AppID(), secret: named}
	wtok, ntok := w.token(), n.token()

	failed := n.json("POST", "/bizwifi/qrcode/get", tokenQuery(ntok), `{"shop_id":"nope"}`)
	msg, _ := failed["errmsg"].(string)
	_, rid, ok := strings.Cut(msg, " rid: ")
	if failed.errcode() != 40097 || !ok {
		t.Fatalf("a failed call: %v", failed)
	}
	ridBody := `{"rid":"` + rid + `"}`
	clearBody := `{"appid":"` + g.Sim.AppID() + `"}`
	for path, body := range map[string]string{"/cgi-bin/clear_quota": clearBody, "/cgi-bin/openapi/rid/get": ridBody} {
		if got := w.json("POST", path, tokenQuery(wtok), body); got.errcode() != 48001 {
			t.Errorf("%s as a caller allowed /*: %v, want 48001", path, got)
		}
	}
	if n := len(g.Sim.RequestsTo("/cgi-bin/clear_quota")) + len(g.Sim.RequestsTo("/cgi-bin/openapi/rid/get")); n != 0 {
		t.Errorf("WeChat got %d refused calls", n)
	}

	resp, raw := n.do("POST", "/cgi-bin/openapi/rid/get", tokenQuery(ntok), "application/json", []byte(ridBody))
	var ans struct {
		Errcode int `json:"errcode"`
		Request struct {
			RequestURL  string `json:"request_url"`
			RequestBody string `json:"request_body"`
		} `json:"request"`
	}
	if err := json.Unmarshal(raw, &ans); err != nil || resp.StatusCode != 200 || ans.Errcode != 0 {
		t.Fatalf("rid/get as named: HTTP %d %s", resp.StatusCode, raw)
	}
	if ans.Request.RequestURL != "access_token=[redacted]" || ans.Request.RequestBody != `{"shop_id":"nope"}` {
		t.Errorf("rid/get's record: %+v", ans.Request)
	}
	for _, real := range g.Sim.Tokens() {
		if strings.Contains(string(raw), real) {
			t.Error("the account's access_token reached the SDK")
		}
	}
	if got := n.json("POST", "/cgi-bin/clear_quota", tokenQuery(ntok), clearBody); got.errcode() != 0 || g.Sim.Clears() != 1 {
		t.Errorf("clear_quota as named: %v", got)
	}
}
