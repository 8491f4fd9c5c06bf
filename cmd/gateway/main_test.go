package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// TestMain lets a test run this binary's main in a child process: the test binary
// re-executes itself with WXGATE_TEST_MAIN set.
func TestMain(m *testing.M) {
	if os.Getenv("WXGATE_TEST_MAIN") == "1" {
		os.Args = append([]string{"gateway"}, strings.Fields(os.Getenv("WXGATE_TEST_ARGS"))...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// gateway is a gateway process started by a test.
type gateway struct {
	cmd        *exec.Cmd
	grpc, http string
	logs       *strings.Builder
	logsMu     *sync.Mutex
	exited     chan error
}

// startGateway runs `gateway serve` with args and env on free loopback ports and
// waits for its "listening" log line.
func startGateway(t *testing.T, args string, env ...string) *gateway {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "WXGATE_TEST_MAIN=1",
		"WXGATE_TEST_ARGS=serve --grpc-addr 127.0.0.1:0 --http-addr 127.0.0.1:0 "+args)
	cmd.Env = append(cmd.Env, env...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	g := &gateway{cmd: cmd, logs: &strings.Builder{}, logsMu: &sync.Mutex{}, exited: make(chan error, 1)}
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			g.logsMu.Lock()
			g.logs.WriteString(line + "\n")
			g.logsMu.Unlock()
			var rec struct{ Msg, GRPC, HTTP string }
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "wxgate listening" {
				g.grpc, g.http = rec.GRPC, rec.HTTP
				close(ready)
			}
		}
		g.exited <- cmd.Wait()
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
	})
	select {
	case <-ready:
	case err := <-g.exited:
		t.Fatalf("gateway exited before listening: %v\n%s", err, g.log())
	case <-time.After(30 * time.Second):
		t.Fatalf("gateway did not start:\n%s", g.log())
	}
	return g
}

func (g *gateway) log() string {
	g.logsMu.Lock()
	defer g.logsMu.Unlock()
	return g.logs.String()
}

// TestSIGTERMDrainsCallsInFlight: calls in flight when SIGTERM arrives finish, and the
// process exits 0.
func TestSIGTERMDrainsCallsInFlight(t *testing.T) {
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	sim.Inject("/bizwifi/account/get_connecturl", wechatsim.Fault{Latency: time.Second})
	g := startGateway(t, "", "WXGATE_APP_ID="+sim.AppID(), "WXGATE_APP_SECRET="+sim.AppSecret(), "WXGATE_UPSTREAM_URL="+sim.URL())

	conn, err := grpc.NewClient(g.grpc, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var wg sync.WaitGroup
	var grpcErr, restErr error
	var restStatus int
	wg.Go(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_, grpcErr = wifiv1.NewWifiServiceClient(conn).GetConnectUrl(ctx, &wifiv1.GetConnectUrlRequest{})
	})
	wg.Go(func() {
		resp, err := http.Get("http://" + g.http + "/v1/wifi/connect-url")
		if restErr = err; err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			restStatus = resp.StatusCode
		}
	})
	// Wait until both calls are at WeChat, then ask the gateway to stop.
	deadline := time.Now().Add(10 * time.Second)
	for len(sim.RequestsTo("/bizwifi/account/get_connecturl")) < 2 {
		if time.Now().After(deadline) {
			t.Fatalf("the calls did not reach the simulator:\n%s", g.log())
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := g.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if grpcErr != nil {
		t.Errorf("gRPC call in flight: %v", grpcErr)
	}
	if restErr != nil || restStatus != http.StatusOK {
		t.Errorf("REST call in flight: %d %v", restStatus, restErr)
	}
	select {
	case err := <-g.exited:
		if err != nil {
			t.Errorf("exit: %v, want 0\n%s", err, g.log())
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("the gateway did not exit:\n%s", g.log())
	}
}

// TestSandboxByDefault: with no account configured the gateway serves from the
// built-in simulator, and says so.
func TestSandboxByDefault(t *testing.T) {
	g := startGateway(t, "", "WXGATE_APP_ID=", "WXGATE_APP_SECRET=")
	resp, err := http.Get("http://" + g.http + "/v1/wifi/shops/429620/qrcode?img_id=QRCODE_IMAGE_POSTER")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(raw), "qrcode_url") {
		t.Errorf("sandbox call: HTTP %d %s", resp.StatusCode, raw)
	}
	if !strings.Contains(g.log(), "SANDBOX MODE") {
		t.Errorf("no loud sandbox log line:\n%s", g.log())
	}
	g.cmd.Process.Signal(syscall.SIGTERM)
	if err := <-g.exited; err != nil {
		t.Errorf("exit: %v", err)
	}
}

// TestBadConfigFails: a config error stops the gateway with a message naming it.
func TestBadConfigFails(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/wxgate.yaml"
	os.WriteFile(path, []byte("accounts:\n  - name: main\n    app_id: wx1\n    app_secret: inline\n"), 0o600)
	var stderr strings.Builder
	err := run([]string{"serve", "--config", path}, func(string) string { return "" }, &stderr)
	if err == nil || !strings.Contains(err.Error(), "app_secret") {
		t.Errorf("run = %v, want an error naming app_secret", err)
	}
}

func TestLogDurationsAsText(t *testing.T) {
	var buf strings.Builder
	log, err := newLogger(&buf, "info")
	if err != nil {
		t.Fatal(err)
	}
	log.Info("x", "timeout", 15*time.Second)
	if !strings.Contains(buf.String(), `"timeout":"15s"`) {
		t.Errorf("log line %s, want the duration as 15s", buf.String())
	}
}

// TestHeapFloor: the gateway raises GOGC above Go's default while its live heap is
// below gc_heap_floor_mib (go_gc_gogc_percent on /metrics), and leaves it at 100
// when the file turns the floor off or the operator set GOGC.
func TestHeapFloor(t *testing.T) {
	off := filepath.Join(t.TempDir(), "off.yaml")
	os.WriteFile(off, []byte("gc_heap_floor_mib: 0\n"), 0o600)
	for _, c := range []struct {
		name, args string
		env        []string
		raised     bool
	}{
		{"default", "", []string{"GOGC="}, true},
		{"off in the file", "--config " + off, []string{"GOGC="}, false},
		{"GOGC set", "", []string{"GOGC=100"}, false},
	} {
		g := startGateway(t, c.args, append([]string{"WXGATE_APP_ID=", "WXGATE_APP_SECRET="}, c.env...)...)
		gogc := -1.0
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			if gogc = scrape(t, "http://"+g.http+"/metrics", "go_gc_gogc_percent"); !c.raised || gogc > 100 {
				break
			}
		}
		if raised := gogc > 100; raised != c.raised || gogc < 100 {
			t.Errorf("%s: go_gc_gogc_percent %v, want raised above 100: %v", c.name, gogc, c.raised)
		}
		if set := strings.Contains(g.log(), "GOGC is set"); set != (c.env[0] != "GOGC=") {
			t.Errorf("%s: logged that GOGC is set: %v\n%s", c.name, set, g.log())
		}
		g.cmd.Process.Signal(syscall.SIGTERM)
		<-g.exited
	}
}

// scrape is the value of an unlabelled metric on a /metrics page.
func scrape(t *testing.T, url, name string) float64 {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, name+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			return f
		}
	}
	t.Fatalf("no %s on %s", name, url)
	return 0
}
