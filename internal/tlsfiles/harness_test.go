package tlsfiles_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/peer"

	"github.com/wxgate/wxgate/internal/tlsfiles"
	"github.com/wxgate/wxgate/internal/tlstest"
)

// lockedBuffer collects log output written from handshakes on other goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Len()
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// logger is a logger whose output the test reads.
func logger() (*slog.Logger, *lockedBuffer) {
	buf := &lockedBuffer{}
	return slog.New(slog.NewTextHandler(buf, nil)), buf
}

// gateway is an HTTPS server and a gRPC server, both with the TLS of one
// tlsfiles.Server, as the gateway has them.
type gateway struct {
	https, grpc string        // addresses
	httpErrors  *lockedBuffer // the HTTPS server's ErrorLog, where refused handshakes show
}

// serve starts the servers on free loopback ports; they stop when the test ends.
// Both answer with what they saw of the client (see seen).
func serve(t *testing.T, srv *tlsfiles.Server) *gateway {
	t.Helper()
	g := &gateway{httpErrors: &lockedBuffer{}}

	hl, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, "%s\n%s", r.Proto, subject(tlsfiles.PeerCertificate(r.TLS)))
		}),
		ErrorLog:          log.New(g.httpErrors, "", 0),
		ReadHeaderTimeout: 10 * time.Second,
	}
	g.https = hl.Addr().String()
	go hs.Serve(tls.NewListener(hl, srv.Config("h2", "http/1.1")))
	t.Cleanup(func() { hs.Close() })

	gl, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	gs := grpc.NewServer(grpc.Creds(credentials.NewTLS(srv.Config())),
		grpc.UnaryInterceptor(func(ctx context.Context, req any, _ *grpc.UnaryServerInfo, next grpc.UnaryHandler) (any, error) {
			p, _ := peer.FromContext(ctx)
			info, _ := p.AuthInfo.(credentials.TLSInfo)
			spiffe := ""
			if info.SPIFFEID != nil {
				spiffe = info.SPIFFEID.String()
			}
			grpc.SetHeader(ctx, metadata.Pairs("peer", subject(tlsfiles.PeerCertificate(&info.State)),
				"spiffe", spiffe, "alpn", info.State.NegotiatedProtocol))
			return next(ctx, req)
		}))
	healthpb.RegisterHealthServer(gs, health.NewServer())
	g.grpc = gl.Addr().String()
	go gs.Serve(gl)
	t.Cleanup(gs.Stop)
	return g
}

// seen is what one request showed.
type seen struct {
	proto   string            // HTTP: the request's protocol; gRPC: the negotiated ALPN protocol
	peer    string            // the subject's common name of the client's verified certificate, or "none"
	spiffe  string            // gRPC: the peer's SPIFFE ID
	server  *x509.Certificate // the certificate the server presented
	resumed bool              // HTTP: whether the TLS session was resumed
}

func subject(c *x509.Certificate) string {
	if c == nil {
		return "none"
	}
	return c.Subject.CommonName
}

// getHTTPS makes one request on a new connection, with HTTP/2 (h2) or HTTP/1.1.
func getHTTPS(t *testing.T, addr string, cfg *tls.Config, h2 bool) (seen, error) {
	t.Helper()
	cfg = cfg.Clone()
	if !h2 {
		cfg.NextProtos = []string{"http/1.1"}
	}
	tr := &http.Transport{TLSClientConfig: cfg, ForceAttemptHTTP2: h2}
	defer tr.CloseIdleConnections()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", "https://"+addr+"/", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := (&http.Client{Transport: tr}).Do(req)
	if err != nil {
		return seen{}, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return seen{}, err
	}
	var s seen
	var ok bool
	if s.proto, s.peer, ok = strings.Cut(string(body), "\n"); !ok {
		t.Fatalf("answer %q", body)
	}
	if resp.Proto != s.proto {
		t.Errorf("the client spoke %s, the server %s", resp.Proto, s.proto)
	}
	s.server, s.resumed = resp.TLS.PeerCertificates[0], resp.TLS.DidResume
	return s, nil
}

// callGRPC makes one health check on a new connection.
func callGRPC(t *testing.T, addr string, cfg *tls.Config) (seen, error) {
	t.Helper()
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(credentials.NewTLS(cfg)))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var md metadata.MD
	var p peer.Peer
	if _, err := healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{}, grpc.Header(&md), grpc.Peer(&p)); err != nil {
		return seen{}, err
	}
	s := seen{proto: first(md, "alpn"), peer: first(md, "peer"), spiffe: first(md, "spiffe")}
	if info, ok := p.AuthInfo.(credentials.TLSInfo); ok && len(info.State.PeerCertificates) > 0 {
		s.server = info.State.PeerCertificates[0]
	}
	return s, nil
}

func first(md metadata.MD, key string) string {
	if v := md.Get(key); len(v) > 0 {
		return v[0]
	}
	return ""
}

// waitFor waits until what buf got after its first from bytes holds all of want:
// a server logs a refused handshake after the client already saw the refusal.
func waitFor(t *testing.T, buf *lockedBuffer, from int, want ...string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		got, missing := buf.String()[from:], ""
		for _, w := range want {
			if !strings.Contains(got, w) {
				missing = w
			}
		}
		if missing == "" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the log has no %q:\n%s", missing, got)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// secretMount lays out a directory as the kubelet does a secret volume: every
// name is a symlink to ..data/name, ..data a symlink to a directory of the
// current version, and an update swaps ..data in one rename.
type secretMount struct {
	dir     string
	version int
}

func newSecretMount(t *testing.T, files map[string][]byte) *secretMount {
	m := &secretMount{dir: t.TempDir()}
	m.update(t, files)
	for name := range files {
		if err := os.Symlink(filepath.Join("..data", name), filepath.Join(m.dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	return m
}

func (m *secretMount) path(name string) string { return filepath.Join(m.dir, name) }

func (m *secretMount) update(t *testing.T, files map[string][]byte) {
	t.Helper()
	m.version++
	version := fmt.Sprintf("..v%d", m.version)
	if err := os.Mkdir(filepath.Join(m.dir, version), 0o700); err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(m.dir, version, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	tmp := filepath.Join(m.dir, "..data_tmp")
	if err := os.Symlink(version, tmp); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(m.dir, "..data")); err != nil {
		t.Fatal(err)
	}
	if m.version > 1 {
		if err := os.RemoveAll(filepath.Join(m.dir, fmt.Sprintf("..v%d", m.version-1))); err != nil {
			t.Fatal(err)
		}
	}
}

// load is tlsfiles.Load that fails the test on an error.
func load(t *testing.T, f tlsfiles.Files, log *slog.Logger) *tlsfiles.Server {
	t.Helper()
	srv, err := tlsfiles.Load(f, log)
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// files is the Files of a server pair and, if ca is not nil, its client CA.
func files(p tlstest.Pair, ca *tlstest.CA) tlsfiles.Files {
	f := tlsfiles.Files{CertFile: p.CertFile, KeyFile: p.KeyFile}
	if ca != nil {
		f.ClientCAFile = ca.CertFile
	}
	return f
}
