package server

import (
	"net/http"
	"slices"
	"strings"

	"github.com/wxgate/wxgate/internal/config"
)

// corsHandler answers CORS for the browser pages of the configured origins: every
// answer to such a page (errors included, so that it can read them) names its
// origin, and a preflight is answered here, before authentication (it carries no
// key). Credentials (cookies) are never allowed: a browser caller's key travels in
// the Authorization header, which a preflight allows explicitly.
func corsHandler(c config.CORS, next http.Handler) http.Handler {
	if len(c.AllowedOrigins) == 0 {
		return next
	}
	any := slices.Contains(c.AllowedOrigins, "*")
	methods := strings.Join(cmpOr(c.AllowedMethods, []string{"GET", "POST", "PUT", "PATCH", "DELETE"}), ", ")
	headers := strings.Join(append([]string{"Authorization", "Content-Type", "X-Wxgate-Account"}, c.AllowedHeaders...), ", ")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		preflight := r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != ""
		h := w.Header()
		h.Add("Vary", "Origin")
		allowed := origin != "" && (any || slices.Contains(c.AllowedOrigins, origin))
		if allowed {
			if any {
				h.Set("Access-Control-Allow-Origin", "*")
			} else {
				h.Set("Access-Control-Allow-Origin", origin)
			}
			h.Set("Access-Control-Expose-Headers", "Retry-After, WWW-Authenticate")
		}
		if preflight {
			if !allowed {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			h.Add("Vary", "Access-Control-Request-Method")
			h.Add("Vary", "Access-Control-Request-Headers")
			h.Set("Access-Control-Allow-Methods", methods)
			h.Set("Access-Control-Allow-Headers", headers)
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func cmpOr(a, b []string) []string {
	if len(a) > 0 {
		return a
	}
	return b
}
