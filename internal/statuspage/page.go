package statuspage

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"net/http"
	"time"
)

// Page is what /status shows. Nothing in it is a secret: no token, key or
// AppSecret is ever put in it, only their state and times.
type Page struct {
	Now     time.Time
	Refresh int // seconds between reloads (meta refresh); 0: none
	Auth    string
	// Store says where tokens and counts are kept ("memory (this replica only)",
	// "Redis (shared by every replica)"); Degraded what serves without Redis now,
	// and why.
	Store    string
	Degraded []string
	Accounts []Account
	Errors   []Count // the last hour's, the largest first
}

// Account is one account's state.
type Account struct {
	Name, AppID string
	// Token is "held", "refreshing" (due for its replacement, still used) or
	// "none"; ExpiresIn how long calls may still use it.
	Token     string
	ExpiresIn time.Duration
	// TokenStore says where its token is kept, and whether that store answers.
	TokenStore string
	// NotReady is why the account is not ready ("" when it is): the last
	// readiness check's error, already free of secrets.
	NotReady string
	// SharedCounts says the counts below are every replica's.
	SharedCounts bool
	ResetsAt     time.Time
	APIs         []API   // by path
	Shares       []Share // by caller, then path
}

// API is one upstream path's calls today against its limits.
type API struct {
	Path  string
	Used  int64
	Daily int64 // 0: no daily quota
	QPS   float64
	Burst int
}

// Share is one caller's share of one path and its use today.
type Share struct {
	Caller, Path string
	Used, Daily  int64
	QPS          float64
	Burst        int
}

// HasShares says some account has a caller share to show.
func (p Page) HasShares() bool {
	for _, a := range p.Accounts {
		if len(a.Shares) > 0 {
			return true
		}
	}
	return false
}

// Percent is Used of Daily, capped at 100 (0 without a daily quota).
func (a API) Percent() int { return percent(a.Used, a.Daily) }

// Percent is Used of Daily, capped at 100.
func (s Share) Percent() int { return percent(s.Used, s.Daily) }

func percent(used, daily int64) int {
	if daily <= 0 {
		return 0
	}
	return int(min(used*100/daily, 100))
}

var cst = time.FixedZone("Asia/Shanghai", 8*3600)

//go:embed status.html
var pageHTML string

var page = template.Must(template.New("status").Funcs(template.FuncMap{
	"dur":   duration,
	"low":   func(daily int64) int64 { return daily * 7 / 10 },
	"high":  func(daily int64) int64 { return daily * 9 / 10 },
	"clock": func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 UTC") },
	// WeChat's day: the resets are at 00:00 China Standard Time.
	"cst": func(t time.Time) string { return t.In(cst).Format("2006-01-02 15:04 Asia/Shanghai") },
}).Parse(pageHTML))

// duration is d in whole seconds, minutes or hours: "1h52m", "4m10s", "35s".
func duration(d time.Duration) string {
	switch d = d.Round(time.Second); {
	case d <= 0:
		return "0s"
	case d >= time.Hour:
		return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
	case d >= time.Minute:
		return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
	}
	return d.String()
}

// Render writes p as the HTML page.
func Render(w *bytes.Buffer, p Page) error { return page.Execute(w, p) }

// Handler serves the page build makes for each request. The page loads nothing
// and runs no script: its Content-Security-Policy allows its own inline style and
// nothing else, and no site may frame it.
func Handler(build func(*http.Request) Page) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		if err := Render(&buf, build(r)); err != nil {
			http.Error(w, "status page: "+err.Error(), http.StatusInternalServerError)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-store")
		h.Set("Referrer-Policy", "no-referrer")
		w.Write(buf.Bytes())
	})
}
