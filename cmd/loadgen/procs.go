package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// proc is a process loadgen started, its output in a file.
type proc struct {
	name string
	cmd  *exec.Cmd
	log  string
	done chan struct{}
}

// startProc runs bin with args, stdout and stderr to dir/name.log. The process is
// killed if loadgen dies without stopping it (Pdeathsig).
func startProc(dir, name, bin string, env []string, args ...string) (*proc, error) {
	p := &proc{name: name, log: filepath.Join(dir, name+".log"), done: make(chan struct{})}
	out, err := os.Create(p.log)
	if err != nil {
		return nil, err
	}
	defer out.Close()
	p.cmd = exec.Command(bin, args...)
	p.cmd.Env = append(os.Environ(), env...)
	p.cmd.Stdout, p.cmd.Stderr = out, out
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := p.cmd.Start(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	go func() { p.cmd.Wait(); close(p.done) }()
	return p, nil
}

func (p *proc) pid() int { return p.cmd.Process.Pid }

// stop sends SIGTERM to the process, by its pid, and SIGKILL if it has not exited
// 10 s later; it waits for it.
func (p *proc) stop() {
	if p == nil {
		return
	}
	select {
	case <-p.done:
		return
	default:
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		p.cmd.Process.Kill()
		<-p.done
	}
}

// awaitLine waits until the process's log has a JSON line whose msg is msg, and
// returns it decoded.
func (p *proc) awaitLine(ctx context.Context, msg string, timeout time.Duration) (map[string]any, error) {
	deadline := time.Now().Add(timeout)
	for {
		raw, _ := os.ReadFile(p.log)
		sc := bufio.NewScanner(bytes.NewReader(raw))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var line map[string]any
			if json.Unmarshal(sc.Bytes(), &line) == nil && line["msg"] == msg {
				return line, nil
			}
		}
		select {
		case <-p.done:
			return nil, fmt.Errorf("%s exited before %q: %s", p.name, msg, tail(raw))
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("%s: no %q within %v: %s", p.name, msg, timeout, tail(raw))
		}
	}
}

func tail(raw []byte) string {
	if len(raw) > 2000 {
		raw = raw[len(raw)-2000:]
	}
	return string(bytes.TrimSpace(raw))
}

// env is a simulator and a gateway in front of it.
type env struct {
	sim, gw                       *proc
	proxy                         *proc // nil unless the proxy path is measured
	proxyAddr                     string
	simURL, appID, appSecret      string
	grpcAddr, httpAddr, debugAddr string
	accessToken                   string // the simulator's, for the direct call
}

// gatewayConfig is the gateway's config file: loopback listeners on free ports, one
// account on the simulator, rate limits out of the way, and limits.max_calls_in_flight
// at maxInFlight (0: the gateway's default), for an in-flight run of more calls.
func gatewayConfig(simURL, appID string, maxInFlight int) string {
	limits := ""
	if maxInFlight > 0 {
		limits = fmt.Sprintf("limits:\n  max_calls_in_flight: %d\n", maxInFlight)
	}
	return fmt.Sprintf(`grpc_addr: 127.0.0.1:0
http_addr: 127.0.0.1:0
debug_addr: 127.0.0.1:0
accounts:
  - name: main
    app_id: %s
    app_secret_env: WXGATE_LOAD_APP_SECRET
    upstream_url: %s
ratelimits:
  default: {qps: 1000000000, burst: 1000000000}
`, strconv.Quote(appID), strconv.Quote(simURL)) + limits
}

// startEnv starts the simulator with upstream latency lat, then a gateway on it
// (gatewayConfig, maxInFlight), each in a process of its own; on error nothing is
// left running.
func startEnv(ctx context.Context, gateway, dir string, lat time.Duration, maxInFlight int, simArgs ...string) (e *env, err error) {
	e = &env{}
	defer func() {
		if err != nil {
			e.stop()
		}
	}()
	tag := strings.ReplaceAll(lat.String(), ".", "_")
	if e.sim, err = startProc(dir, "sim-"+tag, gateway, nil, append([]string{"sim", "--addr", "127.0.0.1:0", "--latency", lat.String()}, simArgs...)...); err != nil {
		return e, err
	}
	line, err := e.sim.awaitLine(ctx, "wechatsim listening", 30*time.Second)
	if err != nil {
		return e, err
	}
	e.simURL, _ = line["url"].(string)
	e.appID, _ = line["app_id"].(string)
	e.appSecret, _ = line["app_secret"].(string)
	if !strings.HasPrefix(e.simURL, "http://127.0.0.1:") {
		return e, fmt.Errorf("simulator at %q, not on loopback", e.simURL)
	}
	cfg := filepath.Join(dir, "gateway-"+tag+".yaml")
	if err := os.WriteFile(cfg, []byte(gatewayConfig(e.simURL, e.appID, maxInFlight)), 0o600); err != nil {
		return e, err
	}
	if e.gw, err = startProc(dir, "gateway-"+tag, gateway, []string{"WXGATE_LOAD_APP_SECRET=" + e.appSecret}, "serve", "--config", cfg); err != nil {
		return e, err
	}
	if line, err = e.gw.awaitLine(ctx, "wxgate listening", 30*time.Second); err != nil {
		return e, err
	}
	e.grpcAddr, _ = line["grpc"].(string)
	e.httpAddr, _ = line["http"].(string)
	e.debugAddr, _ = line["debug"].(string)
	for _, a := range []string{e.grpcAddr, e.httpAddr} {
		if !strings.HasPrefix(a, "127.0.0.1:") {
			return e, fmt.Errorf("gateway listening on %q, not on loopback", a)
		}
	}
	e.accessToken, err = fetchToken(ctx, e.simURL, e.appID, e.appSecret)
	return e, err
}

// stop stops the proxy and the gateway, then the simulator.
func (e *env) stop() {
	e.proxy.stop()
	e.gw.stop()
	e.sim.stop()
}

// fetchToken gets an access_token from the simulator, as an SDK calling WeChat
// directly would.
func fetchToken(ctx context.Context, simURL, appID, secret string) (string, error) {
	body, _ := json.Marshal(map[string]string{"grant_type": "client_credential", "appid": appID, "secret": secret})
	req, err := http.NewRequestWithContext(ctx, "POST", simURL+"/cgi-bin/stable_token", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&tok); err != nil || tok.AccessToken == "" {
		return "", fmt.Errorf("stable_token: no access_token (%v)", err)
	}
	return tok.AccessToken, nil
}

// profile is a CPU profile of the gateway being taken through its debug listener.
type profile struct {
	done chan error
}

func (e *env) startProfile(ctx context.Context, dir, path string, d time.Duration) (*profile, error) {
	if e.debugAddr == "" {
		return nil, errors.New("-profile: the gateway has no debug listener")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	secs := max(1, int(d/time.Second))
	name := filepath.Join(dir, fmt.Sprintf("cpu-%s-%s.pprof", strings.TrimSuffix(e.gw.name, ".log"), path))
	p := &profile{done: make(chan error, 1)}
	go func() {
		p.done <- func() error {
			req, err := http.NewRequestWithContext(ctx, "GET", fmt.Sprintf("http://%s/debug/pprof/profile?seconds=%d", e.debugAddr, secs), nil)
			if err != nil {
				return err
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				return fmt.Errorf("pprof: HTTP %d", resp.StatusCode)
			}
			f, err := os.Create(name)
			if err != nil {
				return err
			}
			if _, err := io.Copy(f, resp.Body); err != nil {
				f.Close()
				return err
			}
			return f.Close()
		}()
	}()
	return p, nil
}

func (p *profile) wait() error { return <-p.done }

// memory is a process's resident memory now and at its peak.
type memory struct{ rss, hwm int64 } // kB

func (m memory) String() string {
	return fmt.Sprintf("VmRSS %.1f MiB, VmHWM (peak) %.1f MiB", float64(m.rss)/1024, float64(m.hwm)/1024)
}

// readMemory reads VmRSS and VmHWM from /proc/PID/status.
func readMemory(pid int) (memory, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return memory{}, err
	}
	return parseStatus(raw)
}

func parseStatus(raw []byte) (memory, error) {
	var m memory
	found := 0
	for _, line := range strings.Split(string(raw), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok || (k != "VmRSS" && k != "VmHWM") {
			continue
		}
		f := strings.Fields(v)
		if len(f) != 2 || f[1] != "kB" {
			return m, fmt.Errorf("/proc status: %q", line)
		}
		n, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return m, err
		}
		if k == "VmRSS" {
			m.rss = n
		} else {
			m.hwm = n
		}
		found++
	}
	if found != 2 {
		return m, errors.New("/proc status: no VmRSS and VmHWM")
	}
	return m, nil
}

// clockTicks is the kernel's USER_HZ, the unit of /proc/PID/stat's CPU times: 100
// on every Linux this runs on.
const clockTicks = 100

// cpuTime is the CPU time (user and system) the process has used so far.
func cpuTime(pid int) (time.Duration, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	return parseStat(raw)
}

func parseStat(raw []byte) (time.Duration, error) {
	// The command name, in parentheses, may hold spaces: fields count from its end.
	i := bytes.LastIndexByte(raw, ')')
	if i < 0 {
		return 0, errors.New("/proc stat: no command name")
	}
	f := strings.Fields(string(raw[i+1:]))
	if len(f) < 13 {
		return 0, errors.New("/proc stat: too few fields")
	}
	// After the name: state is field 3 of stat(5), utime 14 and stime 15.
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("/proc stat: utime %q, stime %q", f[11], f[12])
	}
	return time.Duration(utime+stime) * time.Second / clockTicks, nil
}
