package upstream

import (
	"context"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/wxgate/wxgate/internal/wechatsim"
)

func newSimClient(t *testing.T) (*Client, *wechatsim.Server) {
	t.Helper()
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	c, err := New(Config{Account: "main", AppID: sim.AppID(), AppSecret: sim.AppSecret(), BaseURL: sim.URL()})
	if err != nil {
		t.Fatal(err)
	}
	return c, sim
}

// TestDeadlineIsDeadlineExceeded: the caller's deadline running out during the
// upstream request is DEADLINE_EXCEEDED, and the request is cut at once.
func TestDeadlineIsDeadlineExceeded(t *testing.T) {
	c, sim := newSimClient(t)
	for _, api := range []API{Get("/bizwifi/account/get_connecturl"), Write("/bizwifi/bar/set")} {
		sim.Inject(api.Path, wechatsim.Fault{Latency: 5 * time.Second})
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		began := time.Now()
		var body any
		if api.Method != "GET" {
			body = map[string]any{"shop_id": 429620, "bar_type": 1}
		}
		err := c.Call(ctx, api, body, nil)
		cancel()
		if status.Code(err) != codes.DeadlineExceeded {
			t.Errorf("%s: %v, want DEADLINE_EXCEEDED", api.Path, err)
		}
		if took := time.Since(began); took > 2*time.Second {
			t.Errorf("%s: took %v", api.Path, took)
		}
	}
}

// TestRetriesStopAtTheDeadline: an idempotent call retried after errcode -1 gives up
// when the deadline leaves no room for another attempt, with WeChat's error.
func TestRetriesStopAtTheDeadline(t *testing.T) {
	c, sim := newSimClient(t)
	c.cfg.MaxRetries = 1000
	sim.Inject("/bizwifi/account/get_connecturl", wechatsim.Fault{Errcode: -1})
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	err := c.Call(ctx, Get("/bizwifi/account/get_connecturl"), nil, nil)
	if st := status.Convert(err); st.Code() != codes.Unavailable && st.Code() != codes.DeadlineExceeded {
		t.Errorf("%v, want UNAVAILABLE (WeChat busy) or DEADLINE_EXCEEDED", err)
	}
	if n := len(sim.RequestsTo("/bizwifi/account/get_connecturl")); n < 2 || n > 40 {
		t.Errorf("%d attempts in 500ms, want a handful (retries back off)", n)
	}
}
