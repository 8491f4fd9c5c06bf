package server_test

import (
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/wxgate/wxgate"
	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
)

func get(t *testing.T, url string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, body
}

// TestDocs: /docs/ serves the explorer's page and the assets it names, each with
// its Content-Type, a CSP allowing the gateway alone, nosniff, and an ETag that a
// revalidation (no-cache) answers with 304; /docs redirects there; the explorer is
// off with endpoints.docs false, and with the spec it shows.
func TestDocs(t *testing.T) {
	h := start(t)
	resp, _ := get(t, h.Base+"/docs")
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "docs/" {
		t.Errorf("/docs: HTTP %d Location %q, want 301 to docs/", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp, page := get(t, h.Base+"/docs/")
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), `<div id="swagger-ui">`) {
		t.Fatalf("/docs/: HTTP %d %.200s", resp.StatusCode, page)
	}
	for _, tc := range []struct{ file, ctype string }{
		{"", "text/html; charset=utf-8"},
		{"index.html", "text/html; charset=utf-8"},
		{"explorer.js", "text/javascript; charset=utf-8"},
		{"swagger-ui-bundle.js", "text/javascript; charset=utf-8"},
		{"swagger-ui.css", "text/css; charset=utf-8"},
		{"LICENSE", "text/plain; charset=utf-8"},
	} {
		resp, body := get(t, h.Base+"/docs/"+tc.file)
		hdr := resp.Header
		if resp.StatusCode != http.StatusOK || hdr.Get("Content-Type") != tc.ctype || len(body) == 0 {
			t.Errorf("%s: HTTP %d %q, %d bytes", tc.file, resp.StatusCode, hdr.Get("Content-Type"), len(body))
			continue
		}
		csp := hdr.Get("Content-Security-Policy")
		if !strings.HasPrefix(csp, "default-src 'none';") || !strings.Contains(csp, "script-src 'self';") ||
			!strings.Contains(csp, "connect-src 'self';") || strings.Contains(csp, "unsafe") || strings.Contains(csp, "http") {
			t.Errorf("%s: CSP %q", tc.file, csp)
		}
		if hdr.Get("X-Content-Type-Options") != "nosniff" || hdr.Get("Cache-Control") != "no-cache" || hdr.Get("ETag") == "" {
			t.Errorf("%s: headers %v", tc.file, hdr)
		}
		again, body := get(t, h.Base+"/docs/"+tc.file, "If-None-Match", hdr.Get("ETag"))
		if again.StatusCode != http.StatusNotModified || len(body) != 0 {
			t.Errorf("%s revalidated: HTTP %d, %d bytes", tc.file, again.StatusCode, len(body))
		}
	}
	// Every file the page names is served (no CDN: relative names only).
	for _, ref := range []string{`href="swagger-ui.css"`, `src="swagger-ui-bundle.js"`, `src="explorer.js"`} {
		if !strings.Contains(string(page), ref) {
			t.Errorf("the page lacks %s", ref)
		}
	}
	if resp, _ := get(t, h.Base+"/docs/swagger-ui-bundle.js.map"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("a file not embedded: HTTP %d", resp.StatusCode)
	}

	for _, off := range []func(*config.Config){
		func(c *config.Config) { c.Endpoints.Docs = false },
		func(c *config.Config) { c.Endpoints.OpenAPI = false },
	} {
		h := start(t, off)
		if resp, body := get(t, h.Base+"/docs/"); resp.StatusCode != http.StatusNotFound || strings.Contains(string(body), "swagger") {
			t.Errorf("explorer off: HTTP %d %.100s", resp.StatusCode, body)
		}
	}
}

// TestBrowserDocs: in a real browser, /docs loads Swagger UI on the served spec
// with nothing from elsewhere (every request to the gateway, no CSP violation, no
// failed load, no script error), lists every service (tag) and operation of the
// spec, and a call tried from it succeeds: the caller's key entered under
// Authorize, GetHomepage opened, Try it out (shop_id filled in from the spec's
// example, the sandbox's shop), Execute, and the page shows the gateway's 200. The
// key is not kept in the browser's storage.
func TestBrowserDocs(t *testing.T) {
	key, _ := callerkey.New()
	h := start(t, gatewaytest.WithCallers(config.Caller{
		Name: "explorer", Keys: gatewaytest.Keys(key), Accounts: []string{"main"},
		Allow: []string{"wxgate.wifi.v1.WifiService/Get*"},
	}))
	var spec struct {
		Tags  []struct{ Name string }
		Paths map[string]map[string]any
	}
	if err := json.Unmarshal(wxgate.OpenAPI, &spec); err != nil {
		t.Fatal(err)
	}
	var tags []string
	for _, tag := range spec.Tags {
		tags = append(tags, tag.Name)
	}
	ops := 0
	for _, item := range spec.Paths {
		ops += len(item)
	}

	d := newDevtools(t)
	d.navigate(h.Base + "/docs/")
	d.waitFor("the operations", `document.querySelectorAll(".opblock").length > 0`, 30*time.Second)
	var shown []string
	d.eval(`[...document.querySelectorAll(".opblock-tag")].map((e) => e.dataset.tag)`, &shown)
	slices.Sort(shown)
	slices.Sort(tags)
	if !slices.Equal(shown, tags) {
		t.Errorf("the explorer lists the services %v, want the spec's %v", shown, tags)
	}
	var n int
	d.eval(`document.querySelectorAll(".opblock").length`, &n)
	if n != ops {
		t.Errorf("the explorer lists %d operations, the spec has %d", n, ops)
	}

	// Authorize: the key as the dialog asks for it (the Authorization header's value).
	const setValue = `(el, v) => {
		Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(el, v);
		el.dispatchEvent(new Event("input", {bubbles: true}));
	}`
	d.eval(`document.querySelector(".auth-wrapper .authorize").click()`, nil)
	d.waitFor("the Authorize dialog", `document.querySelector(".auth-container input")`, 10*time.Second)
	d.eval(`(`+setValue+`)(document.querySelector(".auth-container input"), `+jsString("Bearer "+key)+`)`, nil)
	d.eval(`document.querySelector(".auth-btn-wrapper .authorize").click()`, nil)
	d.waitFor("the key taken", `document.querySelector(".auth-btn-wrapper .btn-done, .auth-btn-wrapper .logout")`, 10*time.Second)
	d.eval(`document.querySelector(".auth-btn-wrapper .btn-done").click()`, nil)

	// Try GetHomepage of the sandbox's shop.
	const op = `document.getElementById("operations-WifiService-WifiService_GetHomepage")`
	d.eval(op+`.querySelector(".opblock-summary-control").click()`, nil)
	d.waitFor("Try it out", op+`.querySelector(".try-out__btn")`, 10*time.Second)
	d.eval(op+`.querySelector(".try-out__btn").click()`, nil)
	d.waitFor("the shop_id input", op+`.querySelector("tr[data-param-name='shop_id'] input")`, 10*time.Second)
	var shop string
	d.eval(op+`.querySelector("tr[data-param-name='shop_id'] input").value`, &shop)
	if shop != "429620" {
		t.Errorf("shop_id filled in with %q, want the spec's example 429620", shop)
	}
	d.eval(op+`.querySelector(".execute").click()`, nil)
	d.waitFor("the answer", op+`.querySelector(".live-responses-table .response .response-col_status")`, 20*time.Second)
	var answer struct{ Status, Body, Curl string }
	d.eval(`(() => { const o = `+op+`; return {
		status: o.querySelector(".live-responses-table .response .response-col_status").innerText.trim(),
		body: o.querySelector(".live-responses-table .response .response-col_description").innerText,
		curl: (o.querySelector(".curl-command") || {innerText: ""}).innerText,
	}; })()`, &answer)
	if answer.Status != "200" || !strings.Contains(answer.Body, `"template_id"`) {
		t.Errorf("the call tried: %q %q", answer.Status, answer.Body)
	}
	if !strings.Contains(answer.Curl, "/v1/wifi/shops/429620/homepage") || !strings.Contains(answer.Curl, "Authorization: Bearer") {
		t.Errorf("the call tried was %q", answer.Curl)
	}
	if logs := h.Logs.String(); !strings.Contains(logs, `"grpc.method":"GetHomepage"`) || !strings.Contains(logs, `"caller":"explorer"`) {
		t.Error("the gateway did not run GetHomepage for the explorer caller")
	}

	var stored string
	d.eval(`JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie`, &stored)
	if strings.Contains(stored, key) {
		t.Error("the browser keeps the key")
	}
	requests, problems := d.seen()
	for _, u := range requests {
		if !strings.HasPrefix(u, h.Base+"/") && !strings.HasPrefix(u, "data:") && u != "about:blank" {
			t.Errorf("the page asked %s", u)
		}
	}
	for _, want := range []string{"/docs/", "/docs/swagger-ui-bundle.js", "/openapi.json", "/v1/wifi/shops/429620/homepage"} {
		if !slices.Contains(requests, h.Base+want) {
			t.Errorf("the page did not ask %s: %v", want, requests)
		}
	}
	for _, p := range problems {
		t.Errorf("in the page: %s", p)
	}
}
