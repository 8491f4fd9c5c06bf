package server

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"time"

	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/upstream"
)

// Readiness timings: /readyz answers from the last checks, made in the background,
// so that a store that hangs or a slow WeChat never holds a probe.
const (
	// readyInterval is the pause between two rounds of checks.
	readyInterval = time.Second
	// readyCheckTimeout bounds one check (a store's answer, a token fetch).
	readyCheckTimeout = 3 * time.Second
	// readyFetchEvery is how often, at most, the checks fetch a token for an
	// account that holds none (WeChat refusing the account's secret, say): no
	// more often than a probe every 10 s did before, so that a persistent refusal
	// does not spend the account's daily token quota.
	readyFetchEvery = 10 * time.Second
	// readyFirstWait is how long /readyz waits, right after start, for the first
	// round of checks before it answers not ready.
	readyFirstWait = 500 * time.Millisecond
)

// readiness runs the checks /readyz answers from.
type readiness struct {
	s      *Server
	cancel context.CancelFunc
	done   chan struct{} // closed when the loop has returned
	first  chan struct{} // closed when the first round is done

	mu        sync.Mutex
	failed    map[string]string    // account → why it holds no token and could not fetch one
	lastFetch map[string]time.Time // account → when the checks last tried to fetch its token
}

// startReadiness starts the checks' loop; stop ends it.
func (s *Server) startReadiness() *readiness {
	ctx, cancel := context.WithCancel(context.Background())
	r := &readiness{s: s, cancel: cancel, done: make(chan struct{}), first: make(chan struct{}),
		failed: map[string]string{}, lastFetch: map[string]time.Time{}}
	go r.loop(ctx)
	return r
}

func (r *readiness) stop() {
	if r == nil {
		return
	}
	r.cancel()
	<-r.done
}

func (r *readiness) loop(ctx context.Context) {
	defer close(r.done)
	for {
		r.round(ctx)
		select {
		case <-r.first:
		default:
			close(r.first)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(readyInterval):
		}
	}
}

// round checks every account and store at once, each within readyCheckTimeout.
func (r *readiness) round(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, readyCheckTimeout)
	defer cancel()
	var wg sync.WaitGroup
	if l, ok := r.s.stores.limiter.(*ratelimit.Redis); ok {
		// Clears the limiter's fallback as soon as Redis answers again.
		wg.Go(func() { l.Check(ctx) })
	}
	for _, c := range r.s.accounts.All() {
		wg.Go(func() {
			// Asks the token store, which clears (or sets) the client's degraded
			// state and shares its token again with a store that came back empty.
			c.Degraded(ctx)
			r.checkToken(ctx, c)
		})
	}
	wg.Wait()
}

// checkToken records whether c holds, or can fetch, an access_token.
func (r *readiness) checkToken(ctx context.Context, c *upstream.Client) {
	name := c.Account()
	if c.HoldsToken() {
		r.setFailed(name, "")
		return
	}
	r.mu.Lock()
	last, tried := r.lastFetch[name]
	due := !tried || time.Since(last) >= readyFetchEvery
	if due {
		r.lastFetch[name] = time.Now()
	}
	r.mu.Unlock()
	if !due {
		return // the last result stands
	}
	err := c.Ready(ctx)
	if errors.Is(ctx.Err(), context.Canceled) {
		return // stopping
	}
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	r.setFailed(name, msg)
}

func (r *readiness) setFailed(account, why string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if why == "" {
		delete(r.failed, account)
	} else {
		r.failed[account] = why
	}
}

// state is the last checks' result: the accounts that are not ready, and whether
// the first round is done.
func (r *readiness) state(ctx context.Context) (failed map[string]string, checked bool) {
	t := time.NewTimer(readyFirstWait)
	defer t.Stop()
	select {
	case <-r.first:
	case <-t.C:
		return nil, false
	case <-ctx.Done():
		return nil, false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	failed = make(map[string]string, len(r.failed))
	for k, v := range r.failed {
		failed[k] = v
	}
	return failed, true
}

// readyz is ready when every account holds, or can fetch, an access_token. A
// replica whose Redis is unreachable is still ready (it serves on its own) but says
// it is degraded and why. It answers from the background checks' last result and
// the stores' own state, without waiting for any store or for WeChat (right after
// start, for the first round of checks, at most readyFirstWait).
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	failed, checked := s.ready.state(r.Context())
	if !checked {
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "not ready", "reason": "starting: the first checks are not done"})
		return
	}
	degraded := s.stores.degraded()
	for _, c := range s.accounts.All() {
		if c.StoreDegraded() {
			degraded["token:"+c.Account()] = "token store unreachable: serving this replica's own access_token"
		}
	}
	switch {
	case len(failed) > 0:
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "not ready", "accounts": failed})
	case len(degraded) > 0:
		writeJSON(w, http.StatusOK, map[string]any{"status": "degraded", "degraded": degraded})
	default:
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	}
}
