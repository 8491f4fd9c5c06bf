package wechatsim

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestDefaults(t *testing.T) {
	s := New(Options{})
	if s.AppID() != DefaultAppID || s.AppSecret() != DefaultAppSecret || s.URL() != "" {
		t.Fatalf("AppID %q AppSecret %q URL %q", s.AppID(), s.AppSecret(), s.URL())
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestHandlerWithoutStart(t *testing.T) {
	s := New(Options{})
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	defer s.Close()

	resp, err := http.Post(ts.URL+"/cgi-bin/stable_token", "application/json",
		strings.NewReader(`{"grant_type":"client_credential","appid":"wxsandbox00000000","secret":"sandbox-secret"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("HTTP %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if s.TokenFetches() != 1 {
		t.Fatalf("TokenFetches = %d", s.TokenFetches())
	}
}

func TestConcurrentCalls(t *testing.T) {
	h := start(t, Options{})
	tok := h.token()
	const n = 1000
	h.sim.Inject("/bizwifi/bar/set", Fault{Errcode: -1, Times: 100})

	var wg sync.WaitGroup
	var busy atomic.Int32 // answers of the injected fault
	errs := make(chan error, n)
	for i := range n {
		wg.Go(func() {
			var path, body string
			switch i % 3 {
			case 0:
				path, body = "/bizwifi/homepage/set", fmt.Sprintf(`{"shop_id":429620,"template_id":1,"struct":{"url":"http://a.example/%d"}}`, i)
			case 1:
				path, body = "/bizwifi/homepage/get", `{"shop_id":429620}`
			default:
				path, body = "/bizwifi/bar/set", `{"shop_id":429621,"bar_type":1}`
			}
			a, err := h.try(context.Background(), "POST", path, url.Values{"access_token": {tok}}, body)
			switch {
			case err != nil:
			case a.errcode() == -1 && path == "/bizwifi/bar/set":
				busy.Add(1)
			case a.errcode() != 0:
				err = fmt.Errorf("%s: %s", path, a.raw)
			}
			if err != nil {
				errs <- err
			}
			_ = h.sim.Requests() // readers race with writers under -race
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if got := len(h.sim.Requests()); got != n {
		t.Errorf("recorded %d requests, want %d", got, n)
	}
	if got := len(h.sim.RequestsTo("/bizwifi/bar/set")); got != 333 {
		t.Errorf("bar/set requests %d, want 333", got)
	}
	if got := busy.Load(); got != 100 {
		t.Errorf("%d answers of the Times:100 fault, want 100", got)
	}
}

// TestCloseLeavesNothingRunning closes the simulator with a request stuck
// in an hour of injected latency: Close must return promptly, and every
// goroutine it started must be gone.
func TestCloseLeavesNothingRunning(t *testing.T) {
	before := runtime.NumGoroutine()

	s, err := Start(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tr := &http.Transport{}
	client := &http.Client{Transport: tr}
	resp, err := client.Get(s.URL() + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()

	s.Inject("/bizwifi/qrcode/get", Fault{Latency: time.Hour})
	stuck := make(chan error, 1)
	go func() {
		resp, err := client.Post(s.URL()+"/bizwifi/qrcode/get", "application/json", strings.NewReader(qrcodeBody))
		if err == nil {
			resp.Body.Close()
		}
		stuck <- err
	}()
	for len(s.Requests()) < 2 { // wait until the stuck request is in
		time.Sleep(time.Millisecond)
	}

	closed := make(chan error, 1)
	go func() { closed <- s.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatalf("Close: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Close hangs on a sleeping handler")
	}
	<-stuck
	tr.CloseIdleConnections()
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}

	if _, err := client.Get(s.URL() + "/"); err == nil {
		t.Error("still serving after Close")
	}
	tr.CloseIdleConnections()

	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines before, %d after Close:\n%s", before, runtime.NumGoroutine(), buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}
