package server_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/wxgate/wxgate/internal/config"
)

// TestDebugListener: with debug_addr set, a listener of its own serves
// net/http/pprof; the REST listener does not; without it there is none.
func TestDebugListener(t *testing.T) {
	h := start(t, func(c *config.Config) { c.DebugAddr = "127.0.0.1:0" })
	addr := h.Server.DebugAddr()
	if !strings.HasPrefix(addr, "127.0.0.1:") || strings.HasSuffix(addr, ":0") {
		t.Fatalf("DebugAddr = %q", addr)
	}
	get := func(url string) (int, string) {
		t.Helper()
		resp, err := h.HTTP.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("http://" + addr + "/debug/pprof/"); code != http.StatusOK || !strings.Contains(body, "goroutine") {
		t.Errorf("/debug/pprof/: HTTP %d %.200s", code, body)
	}
	if code, body := get("http://" + addr + "/debug/pprof/goroutine?debug=1"); code != http.StatusOK || !strings.Contains(body, "goroutine profile:") {
		t.Errorf("goroutine profile: HTTP %d %.200s", code, body)
	}
	if code, _ := get("http://" + addr + "/debug/pprof/profile?seconds=1"); code != http.StatusOK {
		t.Errorf("CPU profile: HTTP %d", code)
	}
	if code, _ := get("http://" + addr + "/v1/wifi/connect-url"); code != http.StatusNotFound {
		t.Errorf("the debug listener serves the API: HTTP %d", code)
	}
	if code, _ := get(h.Base + "/debug/pprof/"); code == http.StatusOK {
		t.Errorf("the REST listener serves pprof")
	}
	if !strings.Contains(h.Logs.String(), `"debug":"`+addr+`"`) {
		t.Errorf("the listening line does not name the debug listener")
	}
	if strings.Contains(h.Logs.String(), "DEBUG LISTENER BEYOND LOOPBACK") {
		t.Errorf("a warning for a loopback debug listener")
	}

	if off := start(t); off.Server.DebugAddr() != "" {
		t.Errorf("debug listener %q without debug_addr", off.Server.DebugAddr())
	}
}

// TestDebugListenerBeyondLoopbackWarns: any address is allowed, one beyond
// loopback with a warning.
func TestDebugListenerBeyondLoopbackWarns(t *testing.T) {
	h := start(t, func(c *config.Config) { c.DebugAddr = "0.0.0.0:0" })
	if h.Server.DebugAddr() == "" {
		t.Fatal("no debug listener")
	}
	if !strings.Contains(h.Logs.String(), "DEBUG LISTENER BEYOND LOOPBACK") {
		t.Errorf("no warning: %s", h.Logs.String())
	}
}
