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
	mux.Handle("/", s.Handler())
	return mux
}

func writeControl(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}
