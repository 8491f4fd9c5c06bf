package server_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/ratelimit"
)

// readyzFast is a bound, not a measurement: /readyz answers from the background
// checks, in well under a millisecond; 300 ms keeps a busy machine from failing the
// test while any wait for Redis (1 s timeouts) would.
const readyzFast = 300 * time.Millisecond

// TestReadyzAnswersFastWhateverRedisDoes: with Redis hung (its process stopped, the
// port still accepting) and then killed, /readyz answers at once and says degraded;
// with Redis back, the limiter and the token store go back to it by themselves,
// without any call, and /readyz says ready.
func TestReadyzAnswersFastWhateverRedisDoes(t *testing.T) {
	gs, _, rds := replicas(t, 1, gatewaytest.WithLimits(map[string]ratelimit.Limit{"default": {QPS: 1000, Burst: 1000}}))
	g := gs[0]
	readyz := func() (int, map[string]any) {
		t.Helper()
		begin := time.Now()
		code, body := g.REST("GET", "/readyz", "")
		if d := time.Since(begin); d > readyzFast {
			t.Errorf("/readyz took %v (%d %v), want under %v", d, code, body, readyzFast)
		}
		return code, body
	}
	waitFor := func(what string, cond func(code int, body map[string]any) bool) {
		t.Helper()
		for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(100 * time.Millisecond) {
			code, body := readyz()
			if cond(code, body) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: /readyz still %d %v", what, code, body)
			}
		}
	}
	degraded := func(key string) func(int, map[string]any) bool {
		return func(code int, body map[string]any) bool {
			d, _ := body["degraded"].(map[string]any)
			return code == http.StatusOK && body["status"] == "degraded" && d[key] != nil
		}
	}
	ready := func(code int, body map[string]any) bool { return code == http.StatusOK && body["status"] == "ready" }

	if got := hammer(gs, connectURLRoute, 5); got[200] != 5 {
		t.Fatalf("warm-up: %v", got)
	}
	waitFor("Redis up", ready)

	// Hung: every command to Redis waits for its timeout; /readyz does not.
	rds.Pause()
	waitFor("Redis hung", degraded("token:main"))
	if got := hammer(gs, connectURLRoute, 3); got[200] != 3 {
		t.Errorf("calls with Redis hung: %v", got)
	}
	waitFor("Redis hung, after calls", degraded("ratelimit"))
	rds.Resume()
	waitFor("Redis resumed", ready)

	// Killed, the limiter degraded by calls, then restarted (empty): no call is
	// made, and both go back to Redis.
	rds.Stop()
	if got := hammer(gs, connectURLRoute, 3); got[200] != 3 {
		t.Errorf("calls with Redis down: %v", got)
	}
	waitFor("Redis down", degraded("ratelimit"))
	waitFor("Redis down", degraded("token:main"))
	rds.Restart()
	waitFor("Redis restarted, no call", ready)
}
