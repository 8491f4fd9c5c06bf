package wechatsim

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock is a settable clock for token lifetimes.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// harness is a started simulator and a client of its own.
type harness struct {
	t      *testing.T
	sim    *Server
	client *http.Client
	clock  *fakeClock // nil unless started with startWithClock
}

// start runs a simulator on loopback for the test.
func start(t *testing.T, opts Options) *harness {
	t.Helper()
	return startServer(t, New(opts), nil)
}

// startWithClock runs a simulator whose time only moves when told to.
func startWithClock(t *testing.T, opts Options) *harness {
	t.Helper()
	clock := &fakeClock{now: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	s := New(opts)
	s.now = clock.Now // before listen, so no handler can see the old value
	return startServer(t, s, clock)
}

func startServer(t *testing.T, s *Server, clock *fakeClock) *harness {
	t.Helper()
	if err := s.listen(Options{}); err != nil {
		t.Fatal(err)
	}
	tr := &http.Transport{MaxConnsPerHost: 64, MaxIdleConnsPerHost: 64}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
		tr.CloseIdleConnections()
	})
	return &harness{t: t, sim: s, client: &http.Client{Transport: tr, Timeout: 10 * time.Second}, clock: clock}
}

// answer is a decoded JSON response.
type answer struct {
	status int
	raw    string
	json   map[string]any
}

func (a answer) errcode() int {
	n, ok := a.json["errcode"].(json.Number)
	if !ok {
		return -999 // no errcode: a token answer or not JSON
	}
	i, _ := n.Int64()
	return int(i)
}

// errmsg is the answer's errmsg without the rid WeChat ends every error's with.
func (a answer) errmsg() string {
	s, _ := a.json["errmsg"].(string)
	msg, _, _ := strings.Cut(s, " rid: ")
	return msg
}

// rid is the rid an error answer's errmsg ends with ("" for none).
func (a answer) rid() string {
	s, _ := a.json["errmsg"].(string)
	_, rid, _ := strings.Cut(s, " rid: ")
	return rid
}

// field returns a top-level value as text ("7200" for the number 7200).
func (a answer) field(key string) string { return fmt.Sprint(a.json[key]) }

// data returns the "data" object of a bizwifi answer.
func (a answer) data() map[string]any { d, _ := a.json["data"].(map[string]any); return d }

// do sends one request and decodes the answer; it fails the test on a
// transport error.
func (h *harness) do(method, path string, query url.Values, body string) answer {
	h.t.Helper()
	a, err := h.try(context.Background(), method, path, query, body)
	if err != nil {
		h.t.Fatalf("%s %s: %v", method, path, err)
	}
	return a
}

func (h *harness) try(ctx context.Context, method, path string, query url.Values, body string) (answer, error) {
	u := h.sim.URL() + path
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		return answer{}, err
	}
	resp, err := h.client.Do(req)
	if err != nil {
		return answer{}, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return answer{}, err
	}
	a := answer{status: resp.StatusCode, raw: string(b)}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	_ = dec.Decode(&a.json) // a nil map for non-JSON answers
	return a, nil
}

// token fetches an access_token through stable_token.
func (h *harness) token() string {
	h.t.Helper()
	a := h.do("POST", "/cgi-bin/stable_token", nil, h.stableBody(false))
	tok, _ := a.json["access_token"].(string)
	if tok == "" {
		h.t.Fatalf("stable_token: %s", a.raw)
	}
	return tok
}

func (h *harness) stableBody(force bool) string {
	b, _ := json.Marshal(map[string]any{
		"grant_type": "client_credential", "appid": h.sim.AppID(), "secret": h.sim.AppSecret(), "force_refresh": force,
	})
	return string(b)
}

// api calls an API endpoint with tok.
func (h *harness) api(tok, method, path, body string) answer {
	h.t.Helper()
	return h.do(method, path, url.Values{"access_token": {tok}}, body)
}

// wantErrcode fails the test unless a carries errcode want (HTTP 200).
func wantErrcode(t *testing.T, a answer, want int) {
	t.Helper()
	if a.status != http.StatusOK || a.errcode() != want {
		t.Fatalf("got HTTP %d %s, want errcode %d", a.status, a.raw, want)
	}
}
