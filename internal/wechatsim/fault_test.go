package wechatsim

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

const qrcodeBody = `{"shop_id":429620,"img_id":1}`

func TestFaultAnswers(t *testing.T) {
	tests := []struct {
		name       string
		fault      Fault
		wantStatus int
		wantCode   int    // for JSON answers
		wantMsg    string // for JSON answers
		wantHTML   bool
	}{
		{"errcode with default message", Fault{Errcode: -1}, 200, -1, "system error", false},
		{"errcode 40001", Fault{Errcode: 40001}, 200, 40001, errmsgs[40001], false},
		{"errcode 45009", Fault{Errcode: 45009}, 200, 45009, "reach max api daily quota limit", false},
		{"errcode with message", Fault{Errcode: 48001, Errmsg: "api unauthorized"}, 200, 48001, "api unauthorized", false},
		{"unknown errcode", Fault{Errcode: 12345}, 200, 12345, "simulated error 12345", false},
		{"HTTP 502", Fault{HTTPStatus: 502}, 502, 0, "", true},
		{"HTTP 503", Fault{HTTPStatus: 503}, 503, 0, "", true},
		{"non-JSON 200", Fault{NonJSON: true}, 200, 0, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t, Options{})
			tok := h.token()
			h.sim.Inject("/bizwifi/qrcode/get", tt.fault)
			a := h.api(tok, "POST", "/bizwifi/qrcode/get", qrcodeBody)
			if a.status != tt.wantStatus {
				t.Fatalf("HTTP %d, want %d", a.status, tt.wantStatus)
			}
			if tt.wantHTML {
				if a.json != nil || !strings.HasPrefix(a.raw, "<html>") {
					t.Fatalf("want an HTML body, got %q", a.raw)
				}
				return
			}
			wantErrcode(t, a, tt.wantCode)
			if a.errmsg() != tt.wantMsg {
				t.Errorf("errmsg %q, want %q", a.errmsg(), tt.wantMsg)
			}
			// Other paths are not affected.
			wantErrcode(t, h.api(tok, "POST", "/bizwifi/homepage/get", `{"shop_id":429620}`), 0)
		})
	}
}

func TestFaultQueue(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	const path = "/bizwifi/qrcode/get"
	h.sim.Inject(path, Fault{Errcode: -1, Times: 2})
	h.sim.Inject(path, Fault{Errcode: 45009, Times: 1})
	for i, want := range []int{-1, -1, 45009, 0, 0} {
		if got := h.api(tok, "POST", path, qrcodeBody).errcode(); got != want {
			t.Fatalf("call %d: errcode %d, want %d", i, got, want)
		}
	}

	// Times 0: until cleared, and the faults queued behind it wait.
	h.sim.Inject(path, Fault{Errcode: 40001})
	h.sim.Inject(path, Fault{Errcode: 45009, Times: 1})
	for i := range 3 {
		if got := h.api(tok, "POST", path, qrcodeBody).errcode(); got != 40001 {
			t.Fatalf("call %d: errcode %d, want 40001", i, got)
		}
	}
	h.sim.ClearFaults()
	wantErrcode(t, h.api(tok, "POST", path, qrcodeBody), 0)

	// Faulted requests are still recorded.
	if got := len(h.sim.RequestsTo(path)); got != 9 {
		t.Errorf("recorded %d requests, want 9", got)
	}
}

func TestFaultOnTokenEndpoint(t *testing.T) {
	h := start(t, Options{})
	h.sim.Inject("/cgi-bin/stable_token", Fault{Errcode: -1, Times: 1})
	wantErrcode(t, h.do("POST", "/cgi-bin/stable_token", nil, h.stableBody(false)), -1)
	if got := h.sim.TokenFetches(); got != 0 {
		t.Fatalf("TokenFetches = %d after a faulted fetch, want 0", got)
	}
	h.token()
	if got := h.sim.TokenFetches(); got != 1 {
		t.Fatalf("TokenFetches = %d, want 1", got)
	}
}

func TestFaultDrop(t *testing.T) {
	h := start(t, Options{})
	tok := h.token() // the connection is now reused: a POST is still not retried
	h.sim.Inject("/bizwifi/qrcode/get", Fault{Drop: true, Times: 1})
	_, err := h.try(context.Background(), "POST", "/bizwifi/qrcode/get", map[string][]string{"access_token": {tok}}, qrcodeBody)
	if err == nil {
		t.Fatal("dropped request got an answer")
	}
	wantErrcode(t, h.api(tok, "POST", "/bizwifi/qrcode/get", qrcodeBody), 0)
}

func TestFaultLatency(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	const path = "/bizwifi/qrcode/get"

	h.sim.Inject(path, Fault{Latency: 200 * time.Millisecond, Times: 1})
	begin := time.Now()
	wantErrcode(t, h.api(tok, "POST", path, qrcodeBody), 0) // delayed, then normal
	if d := time.Since(begin); d < 200*time.Millisecond {
		t.Errorf("answered after %v, want at least 200ms", d)
	}

	h.sim.Inject(path, Fault{Latency: 100 * time.Millisecond, Errcode: -1, Times: 1})
	wantErrcode(t, h.api(tok, "POST", path, qrcodeBody), -1)

	// A caller that gives up is not kept waiting, and the handler returns.
	h.sim.Inject(path, Fault{Latency: time.Hour, Times: 1})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	begin = time.Now()
	_, err := h.try(ctx, "POST", path, map[string][]string{"access_token": {tok}}, qrcodeBody)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want deadline exceeded", err)
	}
	if d := time.Since(begin); d > 5*time.Second {
		t.Fatalf("cancelled call took %v", d)
	}
	waitIdle(t, h.sim)
}

// waitIdle waits until no handler of s is running.
func waitIdle(t *testing.T, s *Server) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		s.mu.Lock()
		n := s.running
		s.mu.Unlock()
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d handlers still running", n)
		}
	}
}

func TestFaultDropWithoutHijacker(t *testing.T) {
	s := New(Options{})
	t.Cleanup(func() { _ = s.Close() })
	s.Inject("/bizwifi/qrcode/get", Fault{Drop: true})
	defer func() {
		if r := recover(); r != http.ErrAbortHandler {
			t.Fatalf("recovered %v, want http.ErrAbortHandler", r)
		}
	}()
	req, _ := http.NewRequest("POST", "/bizwifi/qrcode/get", strings.NewReader(qrcodeBody))
	s.Handler().ServeHTTP(nonHijacker{http.Header{}}, req)
}

// nonHijacker is a ResponseWriter that cannot be hijacked, like HTTP/2's.
type nonHijacker struct{ h http.Header }

func (w nonHijacker) Header() http.Header         { return w.h }
func (w nonHijacker) Write(p []byte) (int, error) { return len(p), nil }
func (w nonHijacker) WriteHeader(int)             {}

// TestOptionsLatency: Options.Latency delays every request, the API's and the token
// endpoints' alike (gateway sim --latency, for load measurements).
func TestOptionsLatency(t *testing.T) {
	h := start(t, Options{Latency: 150 * time.Millisecond})
	begin := time.Now()
	tok := h.token()
	wantErrcode(t, h.api(tok, "GET", "/bizwifi/account/get_connecturl", ""), 0)
	if d := time.Since(begin); d < 300*time.Millisecond {
		t.Errorf("two requests answered after %v, want at least 300ms", d)
	}
}
