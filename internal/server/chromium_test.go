package server_test

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
)

// pageScript is a page's call of SignConfig with a browser key; it reports what it
// got (or the error fetch raised) to its own server.
const pageScript = `<!doctype html><meta charset="utf-8"><script>
fetch(%q + "/v1/jssdk/config:sign", {
  method: "POST",
  headers: {"Authorization": "Bearer " + %q, "Content-Type": "application/json"},
  body: JSON.stringify({url: location.href}),
}).then(async (r) => "HTTP " + r.status + " " + (await r.text()))
  .catch((e) => "error " + e.name)
  .then((result) => fetch("/report", {method: "POST", body: result}));
</script>`

// page is a page server on its own loopback port (its own origin), serving at /
// a page that calls the gateway with key, and collecting the page's report.
type page struct {
	origin  string
	reports chan string
	l       net.Listener
}

func newPage(t *testing.T) *page {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return &page{origin: "http://" + l.Addr().String(), reports: make(chan string, 1), l: l}
}

// serve serves the page, which calls gateway with key.
func (p *page) serve(t *testing.T, gateway, key string) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, pageScript, gateway, key)
	})
	mux.HandleFunc("POST /report", func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		select {
		case p.reports <- string(raw):
		default:
		}
	})
	srv := &http.Server{Handler: mux}
	go srv.Serve(p.l)
	t.Cleanup(func() { srv.Close() })
}

// report waits for the page's report.
func (p *page) report(t *testing.T) string {
	t.Helper()
	select {
	case r := <-p.reports:
		return r
	case <-time.After(60 * time.Second):
		t.Fatalf("the page of %s reported nothing", p.origin)
	}
	return ""
}

// chromium opens url in a headless Chromium (Debian's package; make deps installs
// it) until the test ends.
func chromium(t *testing.T, url string) {
	t.Helper()
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatal("chromium is not installed: run `make deps` (apt-get install chromium)")
	}
	var out bytes.Buffer
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
		"--user-data-dir="+t.TempDir(), url)
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		if t.Failed() {
			t.Logf("chromium:\n%s", out.String())
		}
	})
}

// TestBrowserPageCORS: in a real browser, a page of the browser caller's origin
// gets its wx.config signature from the gateway across origins (CORS preflight,
// then the call); a page of another origin holding the same key is stopped by the
// browser at the preflight, and the call never runs.
func TestBrowserPageCORS(t *testing.T) {
	key, _ := callerkey.New()
	shop, other := newPage(t), newPage(t)
	gw := start(t, gatewaytest.Unlimited,
		func(c *config.Config) { c.CORS = config.CORS{AllowedOrigins: []string{shop.origin}} },
		gatewaytest.WithCallers(config.Caller{
			Name: "shop-h5", Keys: gatewaytest.Keys(key), Accounts: []string{"main"},
			Browser: &config.Browser{Origins: []string{shop.origin}},
			Allow:   []string{"wxgate.jssdk.v1.JsSdkService/*"},
		}))
	shop.serve(t, gw.Base, key)
	other.serve(t, gw.Base, key)
	chromium(t, shop.origin+"/")
	chromium(t, other.origin+"/")
	if got := shop.report(t); !regexp.MustCompile(`^HTTP 200 .*"signature":"[0-9a-f]{40}"`).MatchString(got) {
		t.Errorf("the page of the caller's origin got %q, want HTTP 200 with a signature", got)
	}
	if got := other.report(t); got != "error TypeError" {
		t.Errorf("the page of another origin got %q, want fetch to fail (CORS)", got)
	}
	if n := strings.Count(gw.Logs.String(), `"grpc.method":"SignConfig"`); n != 1 {
		t.Errorf("the gateway ran SignConfig %d times, want once (the other origin's preflight fails)", n)
	}
}
