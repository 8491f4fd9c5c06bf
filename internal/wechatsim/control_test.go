package wechatsim

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
)

// TestControl drives a simulator over its control API, as another process does.
func TestControl(t *testing.T) {
	s, err := Start(Options{Control: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	get := func(path string, v any) {
		t.Helper()
		resp, err := http.Get(s.URL() + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatal(err)
		}
	}
	post := func(path, body string) int {
		t.Helper()
		resp, err := http.Post(s.URL()+path, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	tok := s.stableTokenForTest(t)
	var stats struct {
		TokenFetches int      `json:"token_fetches"`
		Tokens       []string `json:"tokens"`
	}
	get("/_sim/stats", &stats)
	if stats.TokenFetches != 1 || len(stats.Tokens) != 1 || stats.Tokens[0] != tok {
		t.Errorf("stats %+v", stats)
	}
	if code := post("/_sim/inject", `{"path":"/bizwifi/account/get_connecturl","errcode":45009,"times":1}`); code != 200 {
		t.Fatalf("inject: HTTP %d", code)
	}
	if code := post("/_sim/inject", `{"errcode":1}`); code != 400 {
		t.Errorf("a bad inject: HTTP %d", code)
	}
	resp, _ := http.Get(s.URL() + "/bizwifi/account/get_connecturl?access_token=" + tok)
	var ans struct{ Errcode int }
	json.NewDecoder(resp.Body).Decode(&ans)
	resp.Body.Close()
	if ans.Errcode != 45009 {
		t.Errorf("injected fault: errcode %d", ans.Errcode)
	}
	var reqs []map[string]any
	get("/_sim/requests?path=/bizwifi/account/get_connecturl", &reqs)
	if len(reqs) != 1 {
		t.Errorf("requests %v", reqs)
	}
	post("/_sim/invalidate-tokens", "")
	if s.checkAccessTokenForTest(tok) != codeInvalidCredential {
		t.Error("invalidate-tokens did not invalidate")
	}
}

func (s *Server) stableTokenForTest(t *testing.T) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	reply, err := s.stableTokenCall(&stableTokenReq{GrantType: "client_credential", AppID: s.appID, Secret: s.appSecret})
	if err != nil {
		t.Fatal(err)
	}
	return reply.(tokenReply).AccessToken
}

func (s *Server) checkAccessTokenForTest(tok string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	var apiErr *apiError
	if err := s.checkAccessToken(tok); err != nil && errors.As(err, &apiErr) {
		return apiErr.code
	}
	return 0
}
