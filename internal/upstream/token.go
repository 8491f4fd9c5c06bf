package upstream

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"
)

// Token is an access_token and the time the gateway stops using it. Its String and
// LogValue never show the value, so a token that strays into a log line or an error
// message stays secret.
type Token struct {
	Value  string
	Expiry time.Time // already less the safety margin
}

func (t Token) String() string { return "access_token(redacted)" }

// LogValue keeps the value out of slog output.
func (t Token) LogValue() slog.Value {
	return slog.GroupValue(slog.Time("expiry", t.Expiry))
}

// validAt says the token may still be used at now.
func (t Token) validAt(now time.Time) bool { return t.Value != "" && now.Before(t.Expiry) }

// safetyMargin is how long before WeChat's expiry the gateway stops using a token:
// the smaller of 5 minutes and 10 % of its lifetime. A fixed 5 minutes would refetch
// on every call when stable_token hands back a token with only ~300 s left, and burn
// the day's fetch quota.
func safetyMargin(lifetime time.Duration) time.Duration {
	return min(5*time.Minute, lifetime/10)
}

// TokenStore keeps each account's current token. The in-memory store serves one
// replica; a shared store (Redis) lets several replicas use one token.
type TokenStore interface {
	// Load returns the account's token, or ok false when there is none.
	Load(ctx context.Context, account string) (t Token, ok bool, err error)
	// Store makes t the account's token.
	Store(ctx context.Context, account string, t Token) error
	// CompareAndDelete drops the account's token only if its value is still value,
	// so that a caller holding a token WeChat refused cannot throw away a newer one.
	CompareAndDelete(ctx context.Context, account, value string) error
}

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

// fetchFunc gets a new token from WeChat: its value and lifetime.
type fetchFunc func(ctx context.Context) (value string, lifetime time.Duration, err error)

// tokenHolder hands out the account's token, fetching it when there is no valid one.
// Concurrent callers that find none share one fetch.
type tokenHolder struct {
	account      string
	store        TokenStore
	fetch        fetchFunc
	now          func() time.Time
	fetchTimeout time.Duration
	log          *slog.Logger
	flight       singleflight.Group
}

// Token returns a valid token, fetching one if needed. The caller's context bounds
// its wait; the shared fetch itself runs on its own bounded context, so one caller
// giving up does not fail the others waiting on the same fetch.
func (h *tokenHolder) Token(ctx context.Context) (Token, error) {
	if t, ok := h.cached(ctx); ok {
		return t, nil
	}
	ch := h.flight.DoChan("fetch", func() (any, error) {
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), h.fetchTimeout)
		defer cancel()
		// A fetch that finished just before this flight began has stored a token.
		if t, ok := h.cached(fctx); ok {
			return t, nil
		}
		return h.refresh(fctx)
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

func (h *tokenHolder) cached(ctx context.Context) (Token, bool) {
	t, ok, err := h.store.Load(ctx, h.account)
	if err != nil || !ok || !t.validAt(h.now()) {
		return Token{}, false
	}
	return t, true
}

func (h *tokenHolder) refresh(ctx context.Context) (Token, error) {
	start := h.now()
	value, lifetime, err := h.fetch(ctx)
	if err != nil {
		return Token{}, err
	}
	t := Token{Value: value, Expiry: start.Add(lifetime - safetyMargin(lifetime))}
	// A store that fails to keep the token costs a refetch later, not this call.
	if err := h.store.Store(ctx, h.account, t); err != nil {
		h.log.WarnContext(ctx, "token store: keeping the new access_token failed", "error", err)
	}
	return t, nil
}

// Invalidate drops failed if it is still the account's token: WeChat refused it.
func (h *tokenHolder) Invalidate(ctx context.Context, failed Token) {
	if err := h.store.CompareAndDelete(ctx, h.account, failed.Value); err != nil {
		h.log.WarnContext(ctx, "token store: dropping the refused access_token failed", "error", err)
	}
}
