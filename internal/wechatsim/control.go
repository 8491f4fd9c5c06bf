package wechatsim

import (
	"encoding/json"
	"net/http"
	"strings"
)

// Control is an HTTP API to drive and read the simulator from another process (the
// interop tests of real WeChat SDKs, which run the simulator with `gateway sim`).
// It is never part of the sandbox a gateway serves. Under /_sim/:
//
//	GET  /_sim/stats              {"token_fetches", "tokens" (every access_token issued), "requests"}
//	GET  /_sim/requests?path=P    the API requests received for P: [{method, path, query, body}]
//	POST /_sim/invalidate-tokens  every token issued so far answers 40001 (a refresh elsewhere)
//	POST /_sim/expire-tokens      every token issued so far answers 42001
//	POST /_sim/inject             {"path", "errcode", "times"}: answer errcode for path
//	POST /_sim/clear-faults
//	POST /_sim/push-target        {"url", "token", "aes_key", "mode", "app_id", "to_user_name"}:
//	                              SetPushTarget (400 for a bad one; {} or "url": "" stops pushes)
//	POST /_sim/push               {"from", "event", "fields": [{"name", "value"}]}: Push, waiting
//	                              for the gateway: 200 {}, or 502 {"error"} when it never accepted
//	GET  /_sim/pushes             the pushes made: [{event, from, attempts, accepted, error}]
func (s *Server) Control() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /_sim/stats", func(w http.ResponseWriter, _ *http.Request) {
		writeControl(w, map[string]any{"token_fetches": s.TokenFetches(), "tokens": append([]string{}, s.Tokens()...), "requests": s.RequestCount()})
	})
	mux.HandleFunc("GET /_sim/requests", func(w http.ResponseWriter, r *http.Request) {
		type req struct {
			Method string              `json:"method"`
			Path   string              `json:"path"`
			Query  map[string][]string `json:"query"`
			Body   string              `json:"body"`
		}
		out := []req{}
		for _, q := range s.RequestsTo(r.URL.Query().Get("path")) {
			out = append(out, req{q.Method, q.Path, q.Query, string(q.Body)})
		}
		writeControl(w, out)
	})
	mux.HandleFunc("POST /_sim/invalidate-tokens", func(w http.ResponseWriter, _ *http.Request) {
		s.InvalidateTokens()
		writeControl(w, map[string]any{})
	})
	mux.HandleFunc("POST /_sim/expire-tokens", func(w http.ResponseWriter, _ *http.Request) {
		s.ExpireTokens()
		writeControl(w, map[string]any{})
	})
	mux.HandleFunc("POST /_sim/inject", func(w http.ResponseWriter, r *http.Request) {
		var f struct {
			Path    string `json:"path"`
			Errcode int    `json:"errcode"`
			Times   int    `json:"times"`
		}
		if err := json.NewDecoder(r.Body).Decode(&f); err != nil || !strings.HasPrefix(f.Path, "/") || f.Errcode == 0 {
			http.Error(w, `want {"path": "/...", "errcode": N, "times": N}`, http.StatusBadRequest)
			return
		}
		s.Inject(f.Path, Fault{Errcode: f.Errcode, Times: f.Times})
		writeControl(w, map[string]any{})
	})
	mux.HandleFunc("POST /_sim/clear-faults", func(w http.ResponseWriter, _ *http.Request) {
		s.ClearFaults()
		writeControl(w, map[string]any{})
	})
	mux.HandleFunc("POST /_sim/push-target", func(w http.ResponseWriter, r *http.Request) {
		var t struct {
			URL        string `json:"url"`
			Token      string `json:"token"`
			AESKey     string `json:"aes_key"`
			Mode       string `json:"mode"`
			AppID      string `json:"app_id"`
			ToUserName string `json:"to_user_name"`
		}
		if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
			http.Error(w, `want {"url", "token", "aes_key", "mode", "app_id"}`, http.StatusBadRequest)
			return
		}
		target := PushTarget{URL: t.URL, Token: t.Token, AESKey: t.AESKey, Mode: t.Mode, AppID: t.AppID, ToUserName: t.ToUserName}
		if t.URL != "" {
			// Push checks the target; a dry run here answers a bad one at once.
			if _, _, err := s.buildPush(target, "o", "check", nil); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
		}
		s.SetPushTarget(target)
		writeControl(w, map[string]any{})
	})
	mux.HandleFunc("POST /_sim/push", func(w http.ResponseWriter, r *http.Request) {
		var p struct {
			From   string  `json:"from"`
			Event  string  `json:"event"`
			Fields []Field `json:"fields"`
		}
		if err := json.NewDecoder(r.Body).Decode(&p); err != nil || p.Event == "" {
			http.Error(w, `want {"from", "event", "fields": [{"name", "value"}]}`, http.StatusBadRequest)
			return
		}
		if err := s.Push(r.Context(), p.From, p.Event, p.Fields); err != nil {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadGateway)
			json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
			return
		}
		writeControl(w, map[string]any{})
	})
	mux.HandleFunc("GET /_sim/pushes", func(w http.ResponseWriter, _ *http.Request) {
		writeControl(w, append([]PushRecord{}, s.Pushes()...))
	})
	mux.Handle("/", s.Handler())
	return mux
}

func writeControl(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}
