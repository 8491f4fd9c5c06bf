// Package redistest runs real Redis for tests, on free loopback ports: one
// redis-server (Start), a Redis Cluster (StartCluster) or a master with replicas
// watched by Sentinels (StartSentinel). The programs come from Debian's packages
// redis-server, redis-tools and redis-sentinel (`make deps` installs them); a test
// that needs one fails, rather than skips, when it is missing. Everything started
// is stopped, by its process, when the test ends.
package redistest

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Server is a redis-server process. It is stopped when the test ends.
type Server struct {
	t    testing.TB
	port int
	dir  string
	p    *proc
}

// Start runs redis-server on a free port of 127.0.0.1, without persistence.
func Start(t testing.TB) *Server {
	t.Helper()
	need(t, "redis-server", "redis-server")
	s := &Server{t: t, dir: t.TempDir()}
	for attempt := 0; ; attempt++ {
		s.port = freePort(t)
		if err := s.start(); err == nil {
			break
		} else if attempt == 4 {
			t.Fatalf("redis-server: %v", err)
		}
	}
	t.Cleanup(s.Stop)
	return s
}

// Addr is host:port.
func (s *Server) Addr() string { return addr(s.port) }

// Client is a new client of the server, closed when the test ends.
func (s *Server) Client() *redis.Client {
	c := redis.NewClient(&redis.Options{Addr: s.Addr()})
	s.t.Cleanup(func() { c.Close() })
	return c
}

// Stop stops the server (its data is lost). Stopping a stopped server does nothing.
func (s *Server) Stop() {
	s.p.kill()
	s.p = nil
}

// Pause freezes the server's process (SIGSTOP) with its port still open: the
// kernel accepts connections and nothing answers, as a hung Redis or a network
// partition. Resume lets it go on; Stop kills it, paused or not.
func (s *Server) Pause() {
	s.t.Helper()
	if err := s.p.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		s.t.Fatalf("redis-server pause: %v", err)
	}
}

// Resume continues a paused server (SIGCONT).
func (s *Server) Resume() {
	s.t.Helper()
	if err := s.p.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		s.t.Fatalf("redis-server resume: %v", err)
	}
}

// Restart starts the server again on the same port, empty.
func (s *Server) Restart() {
	s.t.Helper()
	s.Stop()
	if err := s.start(); err != nil {
		s.t.Fatalf("redis-server restart: %v", err)
	}
}

func (s *Server) start() error {
	p, err := startProc(s.dir, "", "redis-server", s.port, "", "--port", strconv.Itoa(s.port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--protected-mode", "yes", "--dir", s.dir)
	s.p = p
	return err
}

// need fails the test when program, from Debian's package pkg, is not installed.
func need(t testing.TB, program, pkg string) {
	t.Helper()
	if _, err := exec.LookPath(program); err != nil {
		t.Fatalf("%s is not installed: run `make deps` (apt-get install %s)", program, pkg)
	}
}

// proc is one redis-server or redis-sentinel process, its output in a log file.
type proc struct {
	port int
	cmd  *exec.Cmd
	done chan struct{}
	log  string
}

// startProc runs program with args, its output in dir/NAME-PORT.log, and waits
// until it answers PING on port (with password, when not empty). An error means
// it did not start and nothing is left running.
func startProc(dir, name, program string, port int, password string, args ...string) (*proc, error) {
	if name == "" {
		name = program
	}
	p := &proc{port: port, log: filepath.Join(dir, fmt.Sprintf("%s-%d.log", name, port))}
	out, err := os.Create(p.log)
	if err != nil {
		return nil, err
	}
	defer out.Close()
	p.cmd = exec.Command(program, args...)
	p.cmd.Stdout, p.cmd.Stderr = out, out
	if err := p.cmd.Start(); err != nil {
		return nil, err
	}
	p.done = make(chan struct{})
	go func() { p.cmd.Wait(); close(p.done) }()
	c := redis.NewClient(&redis.Options{Addr: addr(port), Password: password, MaxRetries: -1, DialerRetries: 1})
	defer c.Close()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		err := c.Ping(ctx).Err()
		cancel()
		if err == nil {
			return p, nil
		}
		select {
		case <-p.done:
			return nil, fmt.Errorf("%s exited on port %d: %s", program, port, p.tail())
		default:
		}
		if time.Now().After(deadline) {
			p.kill()
			return nil, fmt.Errorf("%s: no answer on port %d: %w: %s", program, port, err, p.tail())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// kill stops the process and waits for it. Killing a stopped one does nothing.
func (p *proc) kill() {
	if p == nil || p.cmd == nil {
		return
	}
	p.cmd.Process.Kill()
	<-p.done
	p.cmd = nil
}

// alive says the process has not exited.
func (p *proc) alive() bool {
	if p == nil || p.cmd == nil {
		return false
	}
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// tail is the end of the process's log, for error messages.
func (p *proc) tail() string {
	raw, _ := os.ReadFile(p.log)
	if len(raw) > 2000 {
		raw = raw[len(raw)-2000:]
	}
	return string(bytes.TrimSpace(raw))
}

func addr(port int) string { return "127.0.0.1:" + strconv.Itoa(port) }

func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// waitFor polls cond every 50 ms until it is true or timeout has passed, then fails
// the test with what cond last said.
func waitFor(t testing.TB, timeout time.Duration, what string, cond func() (bool, string)) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ok, why := cond()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("redistest: %s not within %v: %s", what, timeout, why)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
