package server_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	quotav1 "github.com/wxgate/wxgate/gen/go/wxgate/quota/v1"
	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// dumpDOM loads url in a headless Chromium (Debian's package; make deps installs
// it) and returns the DOM it rendered. When png is not empty it also saves a
// screenshot there.
func dumpDOM(t *testing.T, url, png string) string {
	t.Helper()
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatal("chromium is not installed: run `make deps` (apt-get install chromium)")
	}
	run := func(args ...string) []byte {
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		defer cancel()
		var out, errOut bytes.Buffer
		cmd := exec.CommandContext(ctx, bin, append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
			"--user-data-dir=" + t.TempDir()}, args...)...)
		cmd.Stdout, cmd.Stderr = &out, &errOut
		if err := cmd.Run(); err != nil {
			t.Fatalf("chromium %v: %v\n%s", args, err, errOut.String())
		}
		return out.Bytes()
	}
	if png != "" {
		run("--screenshot="+png, "--window-size=1280,1400", url)
	}
	return string(run("--dump-dom", url))
}

// cell is the text of the first element of class class in the row whose
// data-path is path, in the table whose data-account is account.
func cell(t *testing.T, dom, account, path, class string) string {
	t.Helper()
	table := regexp.MustCompile(`(?s)<table class="apis" data-account="` + regexp.QuoteMeta(account) + `">(.*?)</table>`).FindStringSubmatch(dom)
	if table == nil {
		t.Fatalf("no calls table for %s", account)
	}
	row := regexp.MustCompile(`(?s)<tr data-path="` + regexp.QuoteMeta(path) + `">(.*?)</tr>`).FindStringSubmatch(table[1])
	if row == nil {
		t.Fatalf("no row for %s in %s's table", path, account)
	}
	c := regexp.MustCompile(`<td class="n ` + class + `">([^<]*)</td>`).FindStringSubmatch(row[1])
	if c == nil {
		t.Fatalf("no %s cell for %s", class, path)
	}
	return c[1]
}

// TestStatusPageInBrowser: /status renders in a real headless Chromium, without
// a key (like /metrics) and without any script, and shows the sandbox's figures
// after some calls: each account's token state, the day's calls against the
// daily limits, the last hour's errors by errcode and the callers' shares. No
// secret is on it.
func TestStatusPageInBrowser(t *testing.T) {
	q := startQuota(t, gatewaytest.WithAccount(config.Account{Name: "idle", AppID: "wx00000000000idle", AppSecret: "idle-secret-never-shown", UpstreamURL: "http://127.0.0.1:9", TokenMode: "stable"}))
	q.qrcodes(t, q.shopKey, 3)
	q.qrcodes(t, q.key, 4)
	q.Sim.Inject(qrcodePath, wechatsim.Fault{Errcode: 45009, Times: 2})
	for range 2 {
		if _, err := q.wifi.GetQrcode(q.as(q.key), &wifiv1.GetQrcodeRequest{ShopId: 429620, ImgId: wifiv1.QrcodeImage_QRCODE_IMAGE_PLAIN}); err == nil {
			t.Fatal("the injected 45009 did not fail the call")
		}
	}
	if _, err := q.quota.GetQuota(q.as(q.opsKey), &quotav1.GetQuotaRequest{CgiPath: qrcodePath}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond) // a readiness round has checked both accounts

	// WXGATE_STATUS_SCREENSHOT=/tmp/status.png keeps a screenshot to look at.
	dom := dumpDOM(t, q.Base+"/status", os.Getenv("WXGATE_STATUS_SCREENSHOT"))
	if !strings.Contains(dom, "<h1>wxgate status</h1>") || !strings.Contains(dom, `http-equiv="refresh" content="30"`) {
		t.Fatalf("not the status page:\n%s", dom)
	}
	if strings.Contains(dom, "<script") {
		t.Error("the page has a script")
	}
	// Accounts: main holds a token and says for how long; idle (unreachable) none.
	main := regexp.MustCompile(`(?s)<tr data-account="main">(.*?)</tr>`).FindStringSubmatch(dom)
	if main == nil || !strings.Contains(main[1], ">held<") || !regexp.MustCompile(`>1h5\dm<|>2h00m<`).MatchString(main[1]) || !strings.Contains(main[1], ">ready<") {
		t.Errorf("main's account row: %v", main)
	}
	idle := regexp.MustCompile(`(?s)<tr data-account="idle">(.*?)</tr>`).FindStringSubmatch(dom)
	if idle == nil || !strings.Contains(idle[1], ">none<") || !strings.Contains(idle[1], "not ready") {
		t.Errorf("idle's account row: %v", idle)
	}
	// Calls today against the daily limit (7 served + 2 refused by WeChat: the
	// gateway sent 9), as a bar.
	if used, daily := cell(t, dom, "main", qrcodePath, "used"), cell(t, dom, "main", qrcodePath, "daily"); used != "9" || daily != "100" {
		t.Errorf("%s: %s of %s, want 9 of 100", qrcodePath, used, daily)
	}
	if !strings.Contains(dom, `<meter min="0" max="100" low="70" high="90" optimum="0" value="9"`) {
		t.Error("no bar of 9 out of 100")
	}
	// APIs called but not configured are listed too, without a daily limit.
	if got := cell(t, dom, "main", "/cgi-bin/openapi/quota/get", "used"); got != "1" {
		t.Errorf("quota/get calls %s, want 1", got)
	}
	if got := cell(t, dom, "main", "/cgi-bin/stable_token", "used"); got != "1" {
		t.Errorf("token fetches %s, want 1", got)
	}
	// Errors of the last hour by errcode.
	errs := regexp.MustCompile(`(?s)<tr data-result="errcode_45009">(.*?)</tr>`).FindStringSubmatch(dom)
	if errs == nil || !strings.Contains(errs[1], "<td>main</td>") || !strings.Contains(errs[1], qrcodePath) || !strings.Contains(errs[1], `<td class="n">2</td>`) {
		t.Errorf("errors table: %v", errs)
	}
	// The callers' shares: shop spent 3 of its 50.
	share := regexp.MustCompile(`(?s)<tr data-caller="shop" data-path="/bizwifi/qrcode/get">(.*?)</tr>`).FindStringSubmatch(dom)
	if share == nil || !strings.Contains(share[1], `<td class="n used">3</td>`) || !strings.Contains(share[1], `<td class="n daily">50</td>`) {
		t.Errorf("shop's share row: %v", share)
	}
	for _, secret := range append(q.Sim.Tokens(), q.Sim.AppSecret(), "idle-secret-never-shown", q.opsKey, q.shopKey, q.key) {
		if strings.Contains(dom, secret) {
			t.Errorf("a secret (%d chars) is on the page", len(secret))
		}
	}
	// Headers: no script, no framing, not cached.
	code, hdr, _ := statusGet(t, q.Gateway)
	if code != 200 || !strings.Contains(hdr.Get("Content-Security-Policy"), "default-src 'none'") || hdr.Get("Cache-Control") != "no-store" {
		t.Errorf("GET /status: HTTP %d %v", code, hdr)
	}
}

// statusGet fetches /status without a key.
func statusGet(t *testing.T, g *gatewaytest.Gateway) (int, http.Header, string) {
	t.Helper()
	resp, err := g.HTTP.Get(g.Base + "/status")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(raw)
}

// TestStatusPageRedis: with Redis the page shows every replica's counts and says
// so; with Redis gone it says what is degraded.
func TestStatusPageRedis(t *testing.T) {
	gs, _, rds := replicas(t, 2, gatewaytest.WithLimits(map[string]ratelimit.Limit{"default": {}, qrcodePath: {Daily: 100}}))
	for i := range 5 {
		g := gs[i%2]
		if _, err := wifiv1.NewWifiServiceClient(g.Conn).GetQrcode(g.Ctx(""), &wifiv1.GetQrcodeRequest{ShopId: 429620, ImgId: wifiv1.QrcodeImage_QRCODE_IMAGE_PLAIN}); err != nil {
			t.Fatal(err)
		}
	}
	code, _, page := statusGet(t, gs[0])
	if code != 200 || cell(t, page, "main", qrcodePath, "used") != "5" || !strings.Contains(page, "counts of every replica") ||
		!strings.Contains(page, "<td>Redis (shared)</td>") || strings.Contains(page, "degraded:") {
		t.Errorf("with Redis: HTTP %d\n%s", code, page)
	}
	rds.Stop()
	wifiv1.NewWifiServiceClient(gs[0].Conn).GetQrcode(gs[0].Ctx(""), &wifiv1.GetQrcodeRequest{ShopId: 429620, ImgId: wifiv1.QrcodeImage_QRCODE_IMAGE_PLAIN})
	_, _, page = statusGet(t, gs[0])
	if !strings.Contains(page, "degraded: ratelimit: Redis unreachable") || !strings.Contains(page, "counts of this replica") {
		t.Errorf("without Redis:\n%s", page)
	}
}
