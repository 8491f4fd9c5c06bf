package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"path"
	"strings"
	"time"
)

// docsCSP lets the explorer's page load and call the gateway alone: its scripts and
// styles are files of its own (none inline), the calls it tries go to this origin,
// and images are its own or the stylesheet's data: URIs.
const docsCSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// docsTypes are the Content-Types of the explorer's files, by extension (not the
// machine's MIME tables, which differ); anything else is plain text (the licences).
var docsTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
}

// docsHandler serves the API explorer under /docs/ (index.html at /docs/): Swagger
// UI over /openapi.json, from the files embedded in the binary. Each answer is
// revalidated (no-cache) against an ETag of its content: the files keep their
// names from one gateway version to the next, and a browser must not keep an old
// explorer for a new spec.
func docsHandler(files map[string][]byte) http.Handler {
	type asset struct {
		body        []byte
		etag, ctype string
	}
	assets := make(map[string]asset, len(files))
	for name, body := range files {
		sum := sha256.Sum256(body)
		ctype, ok := docsTypes[path.Ext(name)]
		if !ok {
			ctype = "text/plain; charset=utf-8"
		}
		assets[name] = asset{body: body, etag: `"` + hex.EncodeToString(sum[:12]) + `"`, ctype: ctype}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, _ := strings.CutPrefix(r.URL.Path, "/docs/")
		if name == "" {
			name = "index.html"
		}
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		a, ok := assets[name]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h.Set("Content-Type", a.ctype)
		h.Set("Content-Security-Policy", docsCSP)
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", a.etag)
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(a.body))
	})
}

// docsRedirect sends /docs to /docs/, relative to where the caller asked (a proxy
// may serve the gateway under a prefix).
func docsRedirect(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Location", "docs/")
	w.WriteHeader(http.StatusMovedPermanently)
}
