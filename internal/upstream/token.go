package upstream

import (
	"context"
	"errors"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"go.opentelemetry.io/otel/trace"
	"golang.org/x/sync/singleflight"
)

// Token is an access_token and the time the gateway stops using it. Its String and
// LogValue never show the value, so a token that strays into a log line or an error
// message stays secret.
type Token struct {
	Value string
	// Expiry is when the holder starts replacing the token: WeChat's expiry less
	// the safety margin. Until then it is fresh.
	Expiry time.Time
	// Until is when no call uses it any more: WeChat's expiry less a small guard.
	// Between Expiry and Until calls still use it while one refresh, in the
	// background, fetches the next (refresh ahead). Zero: Expiry (a token stored
	// by a gateway of before, which kept no Until).
	Until time.Time
}

func (t Token) String() string { return "access_token(redacted)" }

// LogValue keeps the value out of slog output.
func (t Token) LogValue() slog.Value {
	return slog.GroupValue(slog.Time("expiry", t.Expiry))
}

// validAt says the token is fresh at now: used without a thought of replacing it.
func (t Token) validAt(now time.Time) bool { return t.Value != "" && now.Before(t.Expiry) }

// usableAt says calls may still use the token at now, fresh or due for its
// replacement.
func (t Token) usableAt(now time.Time) bool { return t.Value != "" && now.Before(t.until()) }

// until is Until, or Expiry when the token has none.
func (t Token) until() time.Time {
	if t.Until.After(t.Expiry) {
		return t.Until
	}
	return t.Expiry
}

// safetyMargin is how long before WeChat's expiry the gateway stops using a token:
// the smaller of 5 minutes and 10 % of its lifetime. A fixed 5 minutes would refetch
// on every call when stable_token hands back a token with only ~300 s left, and burn
// the day's fetch quota.
func safetyMargin(lifetime time.Duration) time.Duration {
	return min(5*time.Minute, lifetime/10)
}

// useGuard is how long before WeChat's expiry no call uses a token any more, even
// while its replacement is still being fetched: a fifth of the safety margin (60 s of
// a 2-hour token), against clocks and the time a call takes to reach WeChat. The
// rest of the margin is the refresh ahead's window.
func useGuard(lifetime time.Duration) time.Duration { return safetyMargin(lifetime) / 5 }

// newToken is the token WeChat handed out at start, valid for lifetime (its
// expires_in). expires_in counts whole seconds, and a token handed out again by
// stable_token may have less left than it says (the count rounded up): no call
// uses it in its last second either. The refresh ahead still starts with
// WeChat's window for a new one (its last 5 minutes), not a second before it,
// which would hand back the same token.
func newToken(value string, start time.Time, lifetime time.Duration) Token {
	until := lifetime - useGuard(lifetime)
	if lifetime > 2*time.Second {
		until -= time.Second
	}
	return Token{Value: value, Expiry: start.Add(lifetime - safetyMargin(lifetime)), Until: start.Add(until)}
}

// TokenStore keeps each account's current token where every replica of the gateway
// finds it. The in-memory store serves one process; the Redis store lets several
// replicas share one token, so that they do not fetch (and, with the legacy token
// endpoint, invalidate) each other's.
type TokenStore interface {
	// Load returns the account's token, or ok false when there is none.
	Load(ctx context.Context, account string) (t Token, ok bool, err error)
	// Store makes t the account's token.
	Store(ctx context.Context, account string, t Token) error
	// CompareAndDelete drops the account's token only if its value is still value,
	// so that a caller holding a token WeChat refused cannot throw away a newer one.
	CompareAndDelete(ctx context.Context, account, value string) error
	// Lease takes the account's refresh lease for at most ttl, so that one holder
	// across all replicas fetches a new token while the others wait for it. It
	// returns ErrLeaseHeld when another holder has the lease; release gives it back
	// (only if it is still this holder's).
	Lease(ctx context.Context, account string, ttl time.Duration) (release func(), err error)
}

// ErrLeaseHeld says another holder is fetching the account's token.
var ErrLeaseHeld = errors.New("token refresh lease held by another holder")

// MemoryTokenStore is a TokenStore for one process.
type MemoryTokenStore struct {
	mu     sync.RWMutex
	tokens map[string]Token // keyed by configured account names only
}

// NewMemoryTokenStore returns an empty store.
func NewMemoryTokenStore() *MemoryTokenStore {
	return &MemoryTokenStore{tokens: make(map[string]Token)}
}

func (s *MemoryTokenStore) Load(_ context.Context, account string) (Token, bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	t, ok := s.tokens[account]
	return t, ok, nil
}

func (s *MemoryTokenStore) Store(_ context.Context, account string, t Token) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens[account] = t
	return nil
}

func (s *MemoryTokenStore) CompareAndDelete(_ context.Context, account, value string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tokens[account].Value == value {
		delete(s.tokens, account)
	}
	return nil
}

// Lease always succeeds: within one process the holder's single flight already
// makes one fetch at a time.
func (s *MemoryTokenStore) Lease(context.Context, string, time.Duration) (func(), error) {
	return func() {}, nil
}

// fetchFunc gets a new token from WeChat: its value and lifetime.
type fetchFunc func(ctx context.Context) (value string, lifetime time.Duration, err error)

// Holder timings.
const (
	// leaseTTL bounds a refresh lease, so a replica that dies holding it delays the
	// others by this much at most.
	leaseTTL = 10 * time.Second
	// leasePoll is how often a replica waiting on another's fetch looks in the store
	// (never at WeChat).
	leasePoll = 20 * time.Millisecond
	// aheadRetry is how long the holder waits, after a refresh ahead failed,
	// before it tries again while the token is still usable.
	aheadRetry = 5 * time.Second
	// DefaultDegradedFetchInterval is how often, at most, a replica fetches a token
	// on its own while the shared store is unreachable: a fetch per call would burn
	// the day's token quota in minutes.
	DefaultDegradedFetchInterval = time.Minute
)

// tokenHolder hands out the account's token. Calls are served from this replica's
// own copy while it is valid, so the shared store is off the hot path. Once it is
// due (past Expiry) but still usable (before Until), calls go on using it while one
// flight in the background looks in the store and, under the store's lease,
// fetches the next one: no call waits for a rotation. Only a replica without a
// usable token makes its calls wait for that flight. If the store is unreachable
// the holder keeps serving its own copy and fetches on its own at most once per
// degradedEvery.
type tokenHolder struct {
	account       string // its key in the store
	accountName   string // the account's configured name
	kind          string // "access_token", "ticket jsapi", ...: names its refresh span
	tracer        trace.Tracer
	store         TokenStore
	fetch         fetchFunc
	now           func() time.Time
	fetchTimeout  time.Duration
	degradedEvery time.Duration
	log           *slog.Logger
	waited        func() // counts a call that had to wait for a fetch; nil: none
	flight        singleflight.Group
	ahead         atomic.Bool // a refresh ahead is running

	mu            sync.Mutex
	nextAhead     time.Time // after a failed refresh ahead, not before this
	local         Token     // this replica's copy
	refused       []string  // values WeChat refused, newest last, at most maxRefused
	storeErr      error     // the last store failure; nil once the store answers again
	lastLoneFetch time.Time // the last fetch made without the store
}

// Token returns a valid token, fetching one if needed. The caller's context bounds
// its wait; the shared work runs on its own bounded context, so one caller giving
// up does not fail the others waiting on it.
func (h *tokenHolder) Token(ctx context.Context) (Token, error) {
	now := h.now()
	t := h.localToken()
	if t.validAt(now) {
		return t, nil
	}
	if t.usableAt(now) {
		h.refreshAhead(ctx)
		return t, nil
	}
	if h.waited != nil { // no usable token: the call waits for the flight
		h.waited()
	}
	ch := h.flight.DoChan("token", func() (any, error) {
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), h.fetchTimeout)
		defer cancel()
		return h.obtain(fctx, false)
	})
	select {
	case r := <-ch:
		if r.Err != nil {
			return Token{}, r.Err
		}
		return r.Val.(Token), nil
	case <-ctx.Done():
		return Token{}, contextError(ctx, "access_token")
	}
}

// refreshAhead starts the one background flight that replaces a token that is due
// but still usable, unless one is running or the last one failed a moment ago. It
// is the flight calls without a usable token would wait for: a token running out
// while it is under way makes them join it, not start another.
func (h *tokenHolder) refreshAhead(ctx context.Context) {
	if !h.ahead.CompareAndSwap(false, true) {
		return
	}
	h.mu.Lock()
	wait := h.now().Before(h.nextAhead)
	h.mu.Unlock()
	if wait {
		h.ahead.Store(false)
		return
	}
	// The call's values (its trace, its caller) but not its deadline or cancel.
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), h.fetchTimeout)
	go func() {
		defer h.ahead.Store(false)
		defer cancel()
		_, err, _ := h.flight.Do("token", func() (any, error) { return h.obtain(fctx, true) })
		if err != nil {
			h.mu.Lock()
			h.nextAhead = h.now().Add(aheadRetry)
			h.mu.Unlock()
			h.log.WarnContext(fctx, "refreshing the access_token ahead of its expiry failed: calls use the current one meanwhile", "error", err)
		}
	}()
}

// maxRefused bounds the refused values a holder remembers: a handful covers every
// token that can still sit in the store or in flight.
const maxRefused = 8

// load reads the store's token, treating one WeChat refused as absent: a refused
// token must never come back, however it got into the store (another replica
// storing it, this replica's own delete not yet done).
func (h *tokenHolder) load(ctx context.Context) (Token, bool, error) {
	t, ok, err := h.store.Load(ctx, h.account)
	if err != nil || !ok {
		return t, ok, err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if slices.Contains(h.refused, t.Value) {
		return Token{}, false, nil
	}
	return t, true, nil
}

// obtain finds a token in the store or, holding the lease, fetches one. While
// another replica holds the lease it waits for that replica's token. Ahead (a
// refresh ahead), only a fresh token will do; otherwise any usable one, which the
// next call refreshes ahead.
func (h *tokenHolder) obtain(ctx context.Context, ahead bool) (Token, error) {
	good := func(t Token) bool {
		if ahead {
			return t.validAt(h.now())
		}
		return t.usableAt(h.now())
	}
	waited := false
	for {
		t, ok, err := h.load(ctx)
		if err != nil {
			return h.obtainAlone(ctx, err, ahead)
		}
		h.storeAnswered()
		if ok && good(t) {
			h.setLocal(t)
			return t, nil
		}
		release, err := h.store.Lease(ctx, h.account, leaseTTL)
		switch {
		case err == nil:
			defer release()
			// A token stored between our Load and our Lease is as good as ours.
			if t, ok, err := h.load(ctx); err == nil && ok && good(t) {
				h.setLocal(t)
				return t, nil
			}
			return h.refresh(ctx, ahead)
		case !errors.Is(err, ErrLeaseHeld):
			return h.obtainAlone(ctx, err, ahead)
		}
		if span := trace.SpanFromContext(ctx); !waited && span.IsRecording() {
			span.AddEvent(EventTokenWait, trace.WithAttributes(attrTokenKind.String(h.kind)))
		}
		waited = true
		if !sleep(ctx, leasePoll) {
			return Token{}, &UnavailableError{Path: "access_token", Reason: "TOKEN_REFRESH_TIMEOUT", Detail: "waited too long for another replica's access_token fetch"}
		}
	}
}

// refresh fetches a new token and shares it; ahead says it replaces one still
// usable (for its span).
func (h *tokenHolder) refresh(ctx context.Context, ahead bool) (Token, error) {
	start := h.now()
	ctx, span := h.startRefresh(ctx, ahead)
	value, lifetime, err := h.fetch(ctx)
	if span.IsRecording() && err == nil {
		span.SetAttributes(attrExpiresIn.Int64(int64(lifetime / time.Second)))
	}
	endSpan(span, err)
	if err != nil {
		return Token{}, err
	}
	t := newToken(value, start, lifetime)
	h.mu.Lock()
	// WeChat handed this value out just now: it is good again.
	h.refused = slices.DeleteFunc(h.refused, func(v string) bool { return v == value })
	h.mu.Unlock()
	h.setLocal(t)
	// A store that fails to keep the token costs the other replicas a fetch, not
	// this call.
	if err := h.store.Store(ctx, h.account, t); err != nil {
		h.storeFailed(ctx, "keeping the new access_token", err)
	}
	return t, nil
}

// obtainAlone fetches without the store, which failed with cause: at most once per
// degradedEvery, so an outage of the store cannot turn into a fetch per call.
func (h *tokenHolder) obtainAlone(ctx context.Context, cause error, ahead bool) (Token, error) {
	h.storeFailed(ctx, "loading the access_token", cause)
	h.mu.Lock()
	if last := h.lastLoneFetch; !last.IsZero() && h.now().Sub(last) < h.degradedEvery {
		h.mu.Unlock()
		return Token{}, &UnavailableError{Path: "access_token", Reason: "TOKEN_STORE_UNAVAILABLE",
			Detail: "the token store is unreachable and this replica fetched a token less than " + h.degradedEvery.String() + " ago"}
	}
	h.lastLoneFetch = h.now()
	h.mu.Unlock()
	return h.refresh(ctx, ahead)
}

// Invalidate drops failed, here and in the store, if it is still the account's
// token: WeChat refused it. It is remembered as refused, in the same step as this
// replica's copy is dropped, so that no call arriving meanwhile uses it or reads it
// back from the store (whose delete is a round trip away, or which another replica
// may write it to again).
func (h *tokenHolder) Invalidate(ctx context.Context, failed Token) {
	h.mu.Lock()
	if !slices.Contains(h.refused, failed.Value) {
		h.refused = append(h.refused, failed.Value)
		if len(h.refused) > maxRefused {
			h.refused = slices.Delete(h.refused, 0, len(h.refused)-maxRefused)
		}
	}
	if h.local.Value == failed.Value {
		h.local = Token{}
	}
	h.mu.Unlock()
	if err := h.store.CompareAndDelete(ctx, h.account, failed.Value); err != nil {
		h.storeFailed(ctx, "dropping the refused access_token", err)
	}
}

// Check asks the store whether it answers; while it does not, the holder is
// degraded (serving its own copy). A check that finds the store back and empty
// shares this replica's copy again.
func (h *tokenHolder) Check(ctx context.Context) error {
	_, ok, err := h.load(ctx)
	if err != nil {
		h.storeFailed(ctx, "checking the token store", err)
		return err
	}
	h.storeAnswered()
	if t := h.localToken(); !ok && t.usableAt(h.now()) {
		if err := h.store.Store(ctx, h.account, t); err != nil {
			h.storeFailed(ctx, "sharing the access_token", err)
			return err
		}
	}
	return nil
}

func (h *tokenHolder) localToken() Token {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.local
}

func (h *tokenHolder) setLocal(t Token) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.local = t
}

func (h *tokenHolder) storeFailed(ctx context.Context, doing string, err error) {
	h.mu.Lock()
	first := h.storeErr == nil
	h.storeErr = err
	h.mu.Unlock()
	if first {
		h.log.WarnContext(ctx, "token store unreachable: serving this replica's own access_token", "doing", doing, "error", err)
	}
}

// storeDegraded says the store failed the last time the holder asked it.
func (h *tokenHolder) storeDegraded() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.storeErr != nil
}

func (h *tokenHolder) storeAnswered() {
	h.mu.Lock()
	recovered := h.storeErr != nil
	h.storeErr = nil
	h.mu.Unlock()
	if recovered {
		h.log.Info("token store reachable again: sharing the access_token")
	}
}
