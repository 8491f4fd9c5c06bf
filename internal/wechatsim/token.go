package wechatsim

import (
	"crypto/rand"
	"encoding/base64"
	"math"
	"net/url"
	"slices"
	"time"
)

// legacyGrace is how long a /cgi-bin/token token stays usable after a newer
// one is issued: WeChat keeps old and new valid together for 5 minutes.
const legacyGrace = 5 * time.Minute

// token is the state of one issued access_token.
type token struct {
	stable    bool      // issued by /cgi-bin/stable_token
	expiresAt time.Time // 42001 from then on
	revokeAt  time.Time // 40001 from then on; zero: not revoked
	invalid   bool      // 40001 now (InvalidateTokens)
}

// usable reports whether t is neither invalid, revoked nor expired.
func (t *token) usable(now time.Time) bool {
	return !t.invalid && !t.revoked(now) && now.Before(t.expiresAt)
}

func (t *token) revoked(now time.Time) bool {
	return !t.revokeAt.IsZero() && !now.Before(t.revokeAt)
}

// tokenReply is the token endpoints' success body.
type tokenReply struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

// legacyToken is GET /cgi-bin/token: it always issues a new token, and
// older ones of its kind stop working legacyGrace later. Its tokens are
// independent of stable_token's, as WeChat documents.
func (s *Server) legacyToken(q url.Values) (any, error) {
	if err := s.checkCredentials(q.Get("grant_type"), q.Get("appid"), q.Get("secret")); err != nil {
		return nil, err
	}
	now := s.now()
	for _, t := range s.tokens {
		if !t.stable && (t.revokeAt.IsZero() || t.revokeAt.After(now.Add(legacyGrace))) {
			t.revokeAt = now.Add(legacyGrace)
		}
	}
	return s.issue(false), nil
}

// stableTokenReq is the body of POST /cgi-bin/stable_token. No key is
// marked required: WeChat answers a missing appid or secret with its own
// codes (41002, 41004), which stableTokenCall produces.
type stableTokenReq struct {
	GrantType    string `json:"grant_type"`
	AppID        string `json:"appid"`
	Secret       string `json:"secret"`
	ForceRefresh bool   `json:"force_refresh"`
}

// stableTokenCall is POST /cgi-bin/stable_token. While the current token is
// usable it is handed out again with its remaining lifetime, until the last
// renewWindow of it: then, as WeChat documents for the normal mode (平台会提前5分钟
// 更新access_token，即在有效期倒计时5分钟内发起调用会获取新的access_token), a call
// gets a new one and the current one stays good until it expires. force_refresh
// (or no usable token) issues a new one and, as WeChat documents for the forced
// mode, makes the previous one invalid at once.
func (s *Server) stableTokenCall(req *stableTokenReq) (any, error) {
	if err := s.checkCredentials(req.GrantType, req.AppID, req.Secret); err != nil {
		return nil, err
	}
	now := s.now()
	if cur, ok := s.tokens[s.stableToken]; ok {
		if !req.ForceRefresh && cur.usable(now) && cur.expiresAt.Sub(now) > s.renewWindow() {
			s.tokenFetches++
			return tokenReply{AccessToken: s.stableToken, ExpiresIn: seconds(cur.expiresAt.Sub(now))}, nil
		}
		if req.ForceRefresh && cur.revokeAt.IsZero() {
			cur.revokeAt = now
		}
	}
	reply := s.issue(true)
	s.stableToken = reply.AccessToken
	return reply, nil
}

// renewWindow is the last part of a stable token's lifetime in which a normal
// call gets a new one: WeChat's 5 minutes, and a tenth of the short lifetimes of
// tests (as the gateway's own safety margin takes a tenth of them).
func (s *Server) renewWindow() time.Duration {
	return min(5*time.Minute, s.ttl/10)
}

// checkCredentials checks the parameters both token endpoints take.
func (s *Server) checkCredentials(grantType, appID, secret string) error {
	switch {
	case grantType != "client_credential":
		return newError(codeInvalidGrantType)
	case appID == "":
		return newError(codeAppIDMissing)
	case secret == "":
		return newError(codeSecretMissing)
	case appID != s.appID:
		return newError(codeInvalidAppID)
	case secret != s.appSecret:
		return newError(codeInvalidAppSecret)
	}
	return nil
}

// issue makes and stores a new token; mu must be held.
func (s *Server) issue(stable bool) tokenReply {
	tok := randomString()
	s.tokens[tok] = &token{stable: stable, expiresAt: s.now().Add(s.ttl)}
	s.issued = append(s.issued, tok)
	s.tokenFetches++
	return tokenReply{AccessToken: tok, ExpiresIn: seconds(s.ttl)}
}

// seconds rounds d up to whole seconds, as expires_in counts them.
func seconds(d time.Duration) int {
	return int(math.Ceil(d.Seconds()))
}

// randomString returns 64 unguessable URL-safe characters.
func randomString() string {
	b := make([]byte, 48)
	_, _ = rand.Read(b) // never fails: crypto/rand crashes the program instead
	return base64.RawURLEncoding.EncodeToString(b)
}

// checkAccessToken answers the token errors WeChat gives on API calls;
// mu must be held.
func (s *Server) checkAccessToken(tok string) error {
	if tok == "" {
		return newError(codeTokenMissing)
	}
	t, ok := s.tokens[tok]
	now := s.now()
	switch {
	case !ok || t.invalid || t.revoked(now):
		return newError(codeInvalidCredential)
	case !now.Before(t.expiresAt):
		return newError(codeTokenExpired)
	}
	return nil
}

// TokenFetches counts the token endpoint calls answered with a token,
// including stable_token calls that handed out the current one again.
func (s *Server) TokenFetches() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tokenFetches
}

// Tokens returns every access_token issued so far, oldest first, so tests
// can check that none of them leaks into logs or answers.
func (s *Server) Tokens() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.issued)
}

// ExpireTokens makes every token issued so far expired (42001). Tokens
// issued afterwards are not affected.
func (s *Server) ExpireTokens() {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	for _, t := range s.tokens {
		if t.expiresAt.After(now) {
			t.expiresAt = now
		}
	}
}

// InvalidateTokens makes every token issued so far invalid (40001), as when
// someone else fetched a new token. Tokens issued afterwards are not affected.
func (s *Server) InvalidateTokens() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, t := range s.tokens {
		t.invalid = true
	}
}

// SetTokenTTL sets the lifetime (and expires_in) of tokens issued from now
// on; d <= 0 restores DefaultTokenTTL.
func (s *Server) SetTokenTTL(d time.Duration) {
	if d <= 0 {
		d = DefaultTokenTTL
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ttl = d
}
