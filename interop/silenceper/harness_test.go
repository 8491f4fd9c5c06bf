package silenceper

// The harness: one WeChat simulator (`gateway sim`) and one gateway (`gateway serve`,
// its compat pass-through on) per package run, both on free loopback ports, both
// stopped by pid with SIGTERM at the end. Nothing here calls the API under test: it
// drives the simulator's control API (/_sim/...) and reads the gateway's log lines.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/silenceper/wechat/v2/util"
)

// env is what TestMain set up, for every test.
var env struct {
	simURL, appID string
	compat        string // http://127.0.0.1:PORT, the gateway's pass-through
	sdkKey        string // caller "sdk"
	limitedKey    string // caller "limited"
	sim, gw       *proc
}

// compatHost is the host silenceper calls, rewritten by its URI modifier.
const compatHost = "https://api.weixin.qq.com"

func TestMain(m *testing.M) {
	before := runtime.NumGoroutine()
	code, err := run(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "interop/silenceper:", err)
		if env.gw != nil {
			fmt.Fprintln(os.Stderr, "gateway log:\n"+env.gw.text())
		}
		code = 1
	}
	if err := noGoroutinesLeft(before); err != nil {
		fmt.Fprintln(os.Stderr, "interop/silenceper:", err)
		code = 1
	}
	os.Exit(code)
}

func run(m *testing.M) (code int, err error) {
	dir, err := os.MkdirTemp("", "wxgate-silenceper-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)

	bin := os.Getenv("WXGATE_GATEWAY")
	if bin == "" {
		bin = filepath.Join(dir, "gateway")
		build := exec.Command("go", "build", "-o", bin, "./cmd/gateway")
		build.Dir = filepath.Join("..", "..")
		build.Env = append(os.Environ(), "GOFLAGS=") // the gateway's own module, not -mod=mod
		if out, err := build.CombinedOutput(); err != nil {
			return 0, fmt.Errorf("go build ./cmd/gateway: %v\n%s", err, out)
		}
	}

	// The simulator: its first stdout line names its URL and the account.
	env.sim, err = start(bin, nil, "sim")
	if err != nil {
		return 0, err
	}
	defer func() { err = errors.Join(err, env.sim.stop()) }()
	line, err := env.sim.waitLine(func(l string) bool { return strings.Contains(l, `"wechatsim listening"`) })
	if err != nil {
		return 0, fmt.Errorf("gateway sim: %w", err)
	}
	var simRec struct{ URL, AppID, AppSecret string }
	if err := json.Unmarshal([]byte(line), &struct {
		URL       *string `json:"url"`
		AppID     *string `json:"app_id"`
		AppSecret *string `json:"app_secret"`
	}{&simRec.URL, &simRec.AppID, &simRec.AppSecret}); err != nil {
		return 0, fmt.Errorf("gateway sim printed %q: %v", line, err)
	}
	env.simURL, env.appID = simRec.URL, simRec.AppID

	// Two callers' keys.
	keys := map[string]string{}
	for _, caller := range []string{"sdk", "limited"} {
		file := filepath.Join(dir, caller+".key")
		if out, err := exec.Command(bin, "keys", "new", "--caller", caller, "--key-file", file).CombinedOutput(); err != nil {
			return 0, fmt.Errorf("gateway keys new --caller %s: %v\n%s", caller, err, out)
		}
		b, err := os.ReadFile(file)
		if err != nil {
			return 0, err
		}
		keys[caller] = strings.TrimSpace(string(b))
	}
	env.sdkKey, env.limitedKey = keys["sdk"], keys["limited"]

	// The gateway's configuration (JSON is YAML).
	cfg := map[string]any{
		"accounts": []any{map[string]any{
			"name": "main", "app_id": simRec.AppID, "app_secret_env": "WXGATE_MAIN_SECRET", "upstream_url": simRec.URL,
		}},
		"ratelimits": map[string]any{"default": map[string]any{}},
		"compat":     map[string]any{"addr": "127.0.0.1:0"},
		"callers": []any{
			map[string]any{
				"name": "sdk", "keys": []any{map[string]any{"key_file": filepath.Join(dir, "sdk.key")}},
				"accounts": []string{"main"},
				// /sns/oauth2/access_token takes the account's secret: a rule must name it exactly.
				"allow": []string{"/cgi-bin/*", "/bizwifi/*", "/card/*", "/wxa/*", "/sns/oauth2/access_token"},
			},
			map[string]any{
				"name": "limited", "keys": []any{map[string]any{"key_file": filepath.Join(dir, "limited.key")}},
				"accounts": []string{"main"},
				// silenceper has no Wi-Fi API: the quota share is on a path it calls,
				// media upload; the JS-SDK ticket is outside these rules.
				"allow": []string{"/cgi-bin/token", "/cgi-bin/stable_token", "/bizwifi/*", "/cgi-bin/media/upload"},
				"quotas": map[string]any{
					"/bizwifi/qrcode/get":   map[string]any{"daily": 2},
					"/cgi-bin/media/upload": map[string]any{"daily": 2},
				},
			},
		},
	}
	cfgFile := filepath.Join(dir, "wxgate.yaml")
	b, _ := json.MarshalIndent(cfg, "", "  ")
	if err := os.WriteFile(cfgFile, b, 0o600); err != nil {
		return 0, err
	}

	env.gw, err = start(bin, []string{"WXGATE_MAIN_SECRET=" + simRec.AppSecret},
		"serve", "--config", cfgFile, "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer func() {
		if serr := env.gw.stop(); serr != nil {
			err = errors.Join(err, fmt.Errorf("gateway serve: %w", serr))
		}
	}()
	line, err = env.gw.waitLine(func(l string) bool { return strings.Contains(l, `"wxgate listening"`) })
	if err != nil {
		return 0, fmt.Errorf("gateway serve: %w", err)
	}
	var listening struct{ Compat string }
	if json.Unmarshal([]byte(line), &listening); listening.Compat == "" {
		return 0, fmt.Errorf("gateway serve: no compat address in %s", line)
	}
	env.compat = "http://" + listening.Compat

	// silenceper's one documented way to a reverse proxy: a process-global URI
	// modifier, set once before any SDK call.
	util.SetURIModifier(func(uri string) string {
		return strings.Replace(uri, compatHost, env.compat, 1)
	})
	defer util.DefaultHTTPClient.CloseIdleConnections()

	code = m.Run()
	if code != 0 || os.Getenv("WXGATE_INTEROP_LOG") != "" {
		fmt.Fprintln(os.Stderr, "gateway log:\n"+env.gw.text())
	}
	return code, nil
}

// proc is a child process whose output lines are kept: stdout for `gateway sim`,
// stderr (JSON log lines) for both, drained until it exits.
type proc struct {
	name  string
	cmd   *exec.Cmd
	mu    sync.Mutex
	lines []string
	pass  []passThrough // the lines that are pass-through log records, parsed
	added chan struct{} // closed and replaced on every new line
	done  sync.WaitGroup
	waitc chan error
}

func start(bin string, extraEnv []string, args ...string) (*proc, error) {
	p := &proc{name: "gateway " + args[0], added: make(chan struct{}), waitc: make(chan error, 1)}
	p.cmd = exec.Command(bin, args...)
	p.cmd.Env = append(os.Environ(), extraEnv...)
	stdout, err := p.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	stderr, err := p.cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := p.cmd.Start(); err != nil {
		return nil, err
	}
	for _, r := range []io.Reader{stdout, stderr} {
		p.done.Add(1)
		go func() {
			defer p.done.Done()
			sc := bufio.NewScanner(r)
			sc.Buffer(make([]byte, 64<<10), 4<<20)
			for sc.Scan() {
				var rec passThrough
				isPass := json.Unmarshal(sc.Bytes(), &rec) == nil && rec.Msg == "pass-through"
				p.mu.Lock()
				p.lines = append(p.lines, sc.Text())
				if isPass {
					p.pass = append(p.pass, rec)
				}
				close(p.added)
				p.added = make(chan struct{})
				p.mu.Unlock()
			}
		}()
	}
	go func() {
		p.done.Wait() // both pipes at EOF: the process is gone
		p.waitc <- p.cmd.Wait()
	}()
	return p, nil
}

// waitLine waits for a line that ok accepts, seen or still to come.
func (p *proc) waitLine(ok func(string) bool) (string, error) {
	timeout := time.After(20 * time.Second)
	for i := 0; ; {
		p.mu.Lock()
		for ; i < len(p.lines); i++ {
			if ok(p.lines[i]) {
				l := p.lines[i]
				p.mu.Unlock()
				return l, nil
			}
		}
		added := p.added
		p.mu.Unlock()
		select {
		case <-added:
		case err := <-p.waitc:
			p.waitc <- err
			return "", fmt.Errorf("%s exited (%v) before the line expected:\n%s", p.name, err, p.text())
		case <-timeout:
			return "", fmt.Errorf("%s: no line expected within 20s:\n%s", p.name, p.text())
		}
	}
}

func (p *proc) text() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return strings.Join(p.lines, "\n")
}

// stop sends SIGTERM to the process by its pid and waits for it: it must exit 0.
func (p *proc) stop() error {
	if err := syscall.Kill(p.cmd.Process.Pid, syscall.SIGTERM); err != nil && !errors.Is(err, syscall.ESRCH) {
		return err
	}
	select {
	case err := <-p.waitc:
		p.waitc <- err
		if err != nil {
			return fmt.Errorf("%s exited: %v", p.name, err)
		}
		return nil
	case <-time.After(15 * time.Second):
		p.cmd.Process.Kill()
		return fmt.Errorf("%s did not exit within 15s of SIGTERM", p.name)
	}
}

// passThrough is one of the gateway's "pass-through" log lines.
type passThrough struct {
	Msg, Caller, Path, Method string
	Errcode                   int
}

// passThroughs are the gateway's pass-through log lines so far.
func passThroughs() []passThrough {
	env.gw.mu.Lock()
	defer env.gw.mu.Unlock()
	return slices.Clone(env.gw.pass)
}

// countPassThrough counts the pass-through log lines of caller for paths.
func countPassThrough(caller string, paths ...string) int {
	n := 0
	for _, rec := range passThroughs() {
		for _, p := range paths {
			if rec.Caller == caller && rec.Path == p {
				n++
			}
		}
	}
	return n
}

// sdkTokenFetches is how often caller fetched its token from wxgate.
func sdkTokenFetches(caller string) int {
	return countPassThrough(caller, "/cgi-bin/token", "/cgi-bin/stable_token")
}

// waitPassThrough waits until caller has at least n pass-through lines for path
// (the gateway logs a request once it has answered it, so a line may trail the
// answer by a moment) and returns the last one.
func waitPassThrough(t *testing.T, caller, path string, n int) passThrough {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		var got []passThrough
		for _, rec := range passThroughs() {
			if rec.Caller == caller && rec.Path == path {
				got = append(got, rec)
			}
		}
		if len(got) >= n {
			return got[len(got)-1]
		}
		if time.Now().After(deadline) {
			t.Fatalf("the gateway logged %d pass-through lines of caller %q for %s, want %d; log:\n%s", len(got), caller, path, n, env.gw.text())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// simStats is GET /_sim/stats.
type simStats struct {
	TokenFetches int      `json:"token_fetches"`
	Tokens       []string `json:"tokens"`
	Requests     int      `json:"requests"`
}

// simRequest is one entry of GET /_sim/requests.
type simRequest struct {
	Method string              `json:"method"`
	Path   string              `json:"path"`
	Query  map[string][]string `json:"query"`
	Body   string              `json:"body"`
}

// control calls the simulator's control API (never the API under test).
func control(t *testing.T, method, path string, body, out any) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, method, env.simURL+path, rd)
	resp, err := controlClient.Do(req)
	if err != nil {
		t.Fatalf("simulator %s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("simulator %s %s: %s %s", method, path, resp.Status, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("simulator %s %s: %v in %s", method, path, err, b)
		}
	}
}

// controlClient is the control API's own client: its connections are not the SDK's.
var controlClient = &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}

func stats(t *testing.T) simStats {
	t.Helper()
	var s simStats
	control(t, "GET", "/_sim/stats", nil, &s)
	return s
}

func simRequests(t *testing.T, path string) []simRequest {
	t.Helper()
	var rs []simRequest
	control(t, "GET", "/_sim/requests?path="+url.QueryEscape(path), nil, &rs)
	return rs
}

func invalidateTokens(t *testing.T) {
	t.Helper()
	control(t, "POST", "/_sim/invalidate-tokens", nil, nil)
}

func inject(t *testing.T, path string, errcode, times int) {
	t.Helper()
	control(t, "POST", "/_sim/inject", map[string]any{"path": path, "errcode": errcode, "times": times}, nil)
	t.Cleanup(func() { control(t, "POST", "/_sim/clear-faults", nil, nil) })
}

// noGoroutinesLeft waits a moment for the goroutines of the run to end (the
// output drains end with the processes, idle connections once closed).
func noGoroutinesLeft(before int) error {
	http.DefaultClient.CloseIdleConnections()
	deadline := time.Now().Add(5 * time.Second)
	for {
		n := runtime.NumGoroutine()
		if n <= before {
			return nil
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			return fmt.Errorf("%d goroutines left behind (%d before the run):\n%s", n-before, before, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(20 * time.Millisecond)
	}
}
