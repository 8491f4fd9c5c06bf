package wechatsim

import (
	"net/url"
	"testing"
	"time"
)

func legacyQuery(grantType, appID, secret string) url.Values {
	q := url.Values{}
	for k, v := range map[string]string{"grant_type": grantType, "appid": appID, "secret": secret} {
		if v != "" {
			q.Set(k, v)
		}
	}
	return q
}

func TestLegacyTokenErrors(t *testing.T) {
	h := start(t, Options{})
	id, secret := h.sim.AppID(), h.sim.AppSecret()
	tests := []struct {
		name   string
		method string
		query  url.Values
		want   int
	}{
		{"ok", "GET", legacyQuery("client_credential", id, secret), 0},
		{"wrong grant_type", "GET", legacyQuery("password", id, secret), 40002},
		{"missing grant_type", "GET", legacyQuery("", id, secret), 40002},
		{"missing appid", "GET", legacyQuery("client_credential", "", secret), 41002},
		{"missing secret", "GET", legacyQuery("client_credential", id, ""), 41004},
		{"unknown appid", "GET", legacyQuery("client_credential", "wxother", secret), 40013},
		{"wrong secret", "GET", legacyQuery("client_credential", id, "nope"), 40125},
		{"POST", "POST", legacyQuery("client_credential", id, secret), 43001},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := h.do(tt.method, "/cgi-bin/token", tt.query, "")
			if tt.want != 0 {
				wantErrcode(t, a, tt.want)
				if a.errmsg() != errmsg(tt.want) {
					t.Errorf("errmsg %q, want %q", a.errmsg(), errmsg(tt.want))
				}
				return
			}
			tok, _ := a.json["access_token"].(string)
			if len(tok) < 32 || a.field("expires_in") != "7200" {
				t.Fatalf("got %s", a.raw)
			}
		})
	}
	if got := h.sim.TokenFetches(); got != 1 {
		t.Errorf("TokenFetches = %d, want 1 (errors issue no token)", got)
	}
	if got := h.sim.Requests(); len(got) != 0 {
		t.Errorf("token fetches recorded as API requests: %v", got)
	}
}

func TestStableTokenErrors(t *testing.T) {
	h := start(t, Options{AppID: "wxcustom", AppSecret: "s3cret"})
	tests := []struct {
		name   string
		method string
		body   string
		want   int
	}{
		{"wrong grant_type", "POST", `{"grant_type":"x","appid":"wxcustom","secret":"s3cret"}`, 40002},
		{"missing appid", "POST", `{"grant_type":"client_credential","secret":"s3cret"}`, 41002},
		{"missing secret", "POST", `{"grant_type":"client_credential","appid":"wxcustom"}`, 41004},
		{"default appid refused", "POST", `{"grant_type":"client_credential","appid":"wxsandbox00000000","secret":"s3cret"}`, 40013},
		{"wrong secret", "POST", `{"grant_type":"client_credential","appid":"wxcustom","secret":"sandbox-secret"}`, 40125},
		{"unknown key", "POST", `{"grant_type":"client_credential","appid":"wxcustom","secret":"s3cret","scope":"x"}`, 40097},
		{"force_refresh as string", "POST", `{"grant_type":"client_credential","appid":"wxcustom","secret":"s3cret","force_refresh":"true"}`, 40097},
		{"not JSON", "POST", `grant_type=client_credential`, 47001},
		{"empty body", "POST", ``, 44002},
		{"GET", "GET", `{"grant_type":"client_credential","appid":"wxcustom","secret":"s3cret"}`, 43002},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantErrcode(t, h.do(tt.method, "/cgi-bin/stable_token", nil, tt.body), tt.want)
		})
	}
	a := h.do("POST", "/cgi-bin/stable_token", nil, `{"grant_type":"client_credential","appid":"wxcustom","secret":"s3cret"}`)
	if tok, _ := a.json["access_token"].(string); len(tok) < 32 {
		t.Fatalf("without force_refresh: %s", a.raw)
	}
}

func TestStableTokenReuseAndForceRefresh(t *testing.T) {
	h := startWithClock(t, Options{})
	first := h.token()

	h.clock.Advance(100 * time.Second)
	a := h.do("POST", "/cgi-bin/stable_token", nil, h.stableBody(false))
	if a.json["access_token"] != first || a.field("expires_in") != "7100" {
		t.Fatalf("reuse: got %s, want the same token with 7100 s left", a.raw)
	}

	a = h.do("POST", "/cgi-bin/stable_token", nil, h.stableBody(true))
	forced, _ := a.json["access_token"].(string)
	if forced == "" || forced == first || a.field("expires_in") != "7200" {
		t.Fatalf("force_refresh: got %s", a.raw)
	}
	wantErrcode(t, h.api(first, "GET", "/bizwifi/account/get_connecturl", ""), 40001)
	wantErrcode(t, h.api(forced, "GET", "/bizwifi/account/get_connecturl", ""), 0)
	if got := h.sim.TokenFetches(); got != 3 {
		t.Errorf("TokenFetches = %d, want 3 (a reuse counts)", got)
	}
	if got := h.sim.Tokens(); len(got) != 2 || got[0] != first || got[1] != forced {
		t.Errorf("Tokens = %v, want [first forced]", got)
	}

	// At expiry a new token is issued without force_refresh.
	h.clock.Advance(7200 * time.Second)
	wantErrcode(t, h.api(forced, "GET", "/bizwifi/account/get_connecturl", ""), 42001)
	if next := h.token(); next == forced {
		t.Fatal("stable_token handed out an expired token")
	}
}

// TestStableTokenRenewedInItsLastMinutes: a normal call in a token's last 5
// minutes gets a new one, and the current one stays good until it expires.
func TestStableTokenRenewedInItsLastMinutes(t *testing.T) {
	h := startWithClock(t, Options{})
	first := h.token()
	h.clock.Advance(7200*time.Second - 5*time.Minute - time.Second)
	if again := h.token(); again != first {
		t.Fatal("a new token 5 min 1 s before expiry")
	}
	h.clock.Advance(time.Second)
	a := h.do("POST", "/cgi-bin/stable_token", nil, h.stableBody(false))
	renewed, _ := a.json["access_token"].(string)
	if renewed == "" || renewed == first || a.field("expires_in") != "7200" {
		t.Fatalf("5 minutes before expiry: got %s, want a new token", a.raw)
	}
	wantErrcode(t, h.api(first, "GET", "/bizwifi/account/get_connecturl", ""), 0)
	if again := h.token(); again != renewed {
		t.Error("the renewed token was not the one handed out next")
	}
	h.clock.Advance(5 * time.Minute)
	wantErrcode(t, h.api(first, "GET", "/bizwifi/account/get_connecturl", ""), 42001)
	wantErrcode(t, h.api(renewed, "GET", "/bizwifi/account/get_connecturl", ""), 0)
}

func TestLegacyTokenGraceAndIsolation(t *testing.T) {
	h := startWithClock(t, Options{})
	q := legacyQuery("client_credential", h.sim.AppID(), h.sim.AppSecret())
	legacy := func() string {
		tok, _ := h.do("GET", "/cgi-bin/token", q, "").json["access_token"].(string)
		return tok
	}
	stable := h.token()
	old := legacy()
	h.clock.Advance(time.Minute)
	newer := legacy()
	if old == newer {
		t.Fatal("/cgi-bin/token reused a token")
	}
	call := func(tok string) answer { return h.api(tok, "GET", "/bizwifi/account/get_connecturl", "") }
	wantErrcode(t, call(old), 0) // within the 5-minute grace
	h.clock.Advance(legacyGrace - time.Second)
	wantErrcode(t, call(old), 0)
	h.clock.Advance(time.Second)
	wantErrcode(t, call(old), 40001)
	wantErrcode(t, call(newer), 0)
	wantErrcode(t, call(stable), 0) // the two token kinds do not touch each other
	if again := h.token(); again != stable {
		t.Error("/cgi-bin/token replaced the stable token")
	}
}

func TestAccessTokenChecks(t *testing.T) {
	h := start(t, Options{})
	const path = "/bizwifi/account/get_connecturl"

	wantErrcode(t, h.do("GET", path, nil, ""), 41001)
	a := h.api("", "GET", path, "")
	wantErrcode(t, a, 41001)
	if a.errmsg() != "access_token missing" {
		t.Errorf("errmsg %q", a.errmsg())
	}
	a = h.api("not-a-token", "GET", path, "")
	wantErrcode(t, a, 40001)
	if a.errmsg() != "invalid credential, access_token is invalid or not latest" {
		t.Errorf("errmsg %q", a.errmsg())
	}

	tok := h.token()
	wantErrcode(t, h.api(tok, "GET", path, ""), 0)
	h.sim.ExpireTokens()
	a = h.api(tok, "GET", path, "")
	wantErrcode(t, a, 42001)
	if a.errmsg() != "access_token expired" {
		t.Errorf("errmsg %q", a.errmsg())
	}

	fresh := h.token()
	if fresh == tok {
		t.Fatal("stable_token handed out an expired token")
	}
	wantErrcode(t, h.api(fresh, "GET", path, ""), 0)
	h.sim.InvalidateTokens()
	wantErrcode(t, h.api(fresh, "GET", path, ""), 40001)
	wantErrcode(t, h.api(h.token(), "GET", path, ""), 0)
}

func TestSetTokenTTL(t *testing.T) {
	h := startWithClock(t, Options{TokenTTL: 90 * time.Second})
	a := h.do("POST", "/cgi-bin/stable_token", nil, h.stableBody(false))
	if a.field("expires_in") != "90" {
		t.Fatalf("Options.TokenTTL: %s", a.raw)
	}
	h.sim.SetTokenTTL(1500 * time.Millisecond)
	a = h.do("POST", "/cgi-bin/stable_token", nil, h.stableBody(true))
	if a.field("expires_in") != "2" {
		t.Fatalf("SetTokenTTL(1.5s): %s, want expires_in rounded up to 2", a.raw)
	}
	tok := a.json["access_token"].(string)
	h.clock.Advance(1500 * time.Millisecond)
	wantErrcode(t, h.api(tok, "GET", "/bizwifi/account/get_connecturl", ""), 42001)
}
