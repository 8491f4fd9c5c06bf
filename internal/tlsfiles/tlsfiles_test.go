package tlsfiles_test

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/wxgate/wxgate/internal/tlsfiles"
	"github.com/wxgate/wxgate/internal/tlstest"
)

var quiet = slog.New(slog.DiscardHandler)

const spiffeID = "spiffe://example.org/ns/shop/sa/orders"

// TestClients: what the HTTPS and the gRPC server see of clients with a
// certificate of the client CA, with none, and with one of another CA, and that
// ALPN gives HTTP/2 to the clients that ask for it.
func TestClients(t *testing.T) {
	serverCA, clientCA, otherCA := tlstest.NewCA(t, "server CA"), tlstest.NewCA(t, "client CA"), tlstest.NewCA(t, "other CA")
	pair := serverCA.Server(t)
	g := serve(t, load(t, files(pair, clientCA), quiet))

	orders := clientCA.Client(t, []string{spiffeID}, nil)
	billing := clientCA.Client(t, nil, []string{"billing.shop.svc"})
	stranger := otherCA.Client(t, []string{spiffeID}, nil)
	for _, tc := range []struct {
		name   string
		client []tlstest.Pair
		peer   string // what the servers see; "" = refused in the handshake
		spiffe string // what gRPC sees
	}{
		{"SPIFFE ID", []tlstest.Pair{orders}, orders.Cert.Leaf.Subject.CommonName, spiffeID},
		{"DNS name", []tlstest.Pair{billing}, billing.Cert.Leaf.Subject.CommonName, ""},
		{"no certificate", nil, "none", ""},
		{"certificate of another CA", []tlstest.Pair{stranger}, "", ""},
	} {
		cfg := serverCA.ClientTLS(tc.client...)
		for _, h2 := range []bool{true, false} {
			proto := map[bool]string{true: "HTTP/2.0", false: "HTTP/1.1"}[h2]
			t.Run(tc.name+"/HTTPS "+proto, func(t *testing.T) {
				from := g.httpErrors.Len()
				got, err := getHTTPS(t, g.https, cfg, h2)
				if tc.peer == "" {
					if err == nil {
						t.Fatalf("accepted as %q", got.peer)
					}
					waitFor(t, g.httpErrors, from, "TLS handshake error", "certificate signed by unknown authority")
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if got.proto != proto || got.peer != tc.peer || !got.server.Equal(pair.Cert.Leaf) {
					t.Errorf("seen %s as %q, server %q; want %s as %q, server %q",
						got.proto, got.peer, subject(got.server), proto, tc.peer, subject(pair.Cert.Leaf))
				}
			})
		}
		t.Run(tc.name+"/gRPC", func(t *testing.T) {
			got, err := callGRPC(t, g.grpc, cfg)
			if tc.peer == "" {
				if status.Code(err) != codes.Unavailable {
					t.Fatalf("got %+v, %v; want Unavailable", got, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.proto != "h2" || got.peer != tc.peer || got.spiffe != tc.spiffe || !got.server.Equal(pair.Cert.Leaf) {
				t.Errorf("seen %s as %q (SPIFFE ID %q), server %q; want h2 as %q (%q), server %q",
					got.proto, got.peer, got.spiffe, subject(got.server), tc.peer, tc.spiffe, subject(pair.Cert.Leaf))
			}
		})
	}
}

// TestTLSVersions: TLS 1.2 is the least; client certificates are verified in
// TLS 1.2 as in 1.3.
func TestTLSVersions(t *testing.T) {
	serverCA, clientCA, otherCA := tlstest.NewCA(t, "server CA"), tlstest.NewCA(t, "client CA"), tlstest.NewCA(t, "other CA")
	g := serve(t, load(t, files(serverCA.Server(t), clientCA), quiet))
	orders, stranger := clientCA.Client(t, []string{spiffeID}, nil), otherCA.Client(t, []string{spiffeID}, nil)
	for _, tc := range []struct {
		name    string
		version uint16
		client  tlstest.Pair
		refused string // in the server's log; "" = accepted
	}{
		{"TLS 1.1", tls.VersionTLS11, orders, "unsupported versions"},
		{"TLS 1.2", tls.VersionTLS12, orders, ""},
		{"TLS 1.2 another CA", tls.VersionTLS12, stranger, "certificate signed by unknown authority"},
		{"TLS 1.3", tls.VersionTLS13, orders, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := serverCA.ClientTLS(tc.client)
			cfg.MinVersion, cfg.MaxVersion = tls.VersionTLS10, tc.version
			from := g.httpErrors.Len()
			got, err := getHTTPS(t, g.https, cfg, true)
			if tc.refused != "" {
				if err == nil {
					t.Fatalf("accepted as %q", got.peer)
				}
				waitFor(t, g.httpErrors, from, "TLS handshake error", tc.refused)
				return
			}
			if err != nil || got.peer != tc.client.Cert.Leaf.Subject.CommonName {
				t.Errorf("seen as %q, %v", got.peer, err)
			}
		})
	}
}

// TestNoClientCA: without a ClientCAFile no certificate is asked for, so a client's
// is not seen (nor refused).
func TestNoClientCA(t *testing.T) {
	serverCA, clientCA := tlstest.NewCA(t, "server CA"), tlstest.NewCA(t, "client CA")
	g := serve(t, load(t, files(serverCA.Server(t), nil), quiet))
	cfg := serverCA.ClientTLS(clientCA.Client(t, []string{spiffeID}, nil))
	if got, err := getHTTPS(t, g.https, cfg, true); err != nil || got.peer != "none" {
		t.Errorf("HTTPS: seen as %q, %v", got.peer, err)
	}
	if got, err := callGRPC(t, g.grpc, cfg); err != nil || got.peer != "none" || got.spiffe != "" {
		t.Errorf("gRPC: seen as %q (%q), %v", got.peer, got.spiffe, err)
	}
}

// TestRotateCertificate: once the files hold a new certificate, the next
// connection gets it, whether the files were copied over or a secret mount
// swapped its symlink.
func TestRotateCertificate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		layout func(t *testing.T, p tlstest.Pair) (tlsfiles.Files, func(next tlstest.Pair))
	}{
		{"files rewritten", func(t *testing.T, p tlstest.Pair) (tlsfiles.Files, func(tlstest.Pair)) {
			dir := t.TempDir()
			f := tlsfiles.Files{CertFile: filepath.Join(dir, "tls.crt"), KeyFile: filepath.Join(dir, "tls.key")}
			p.Write(t, f.CertFile, f.KeyFile)
			return f, func(next tlstest.Pair) { next.Write(t, f.CertFile, f.KeyFile) }
		}},
		{"secret mount", func(t *testing.T, p tlstest.Pair) (tlsfiles.Files, func(tlstest.Pair)) {
			m := newSecretMount(t, map[string][]byte{"tls.crt": p.CertPEM, "tls.key": p.KeyPEM})
			return tlsfiles.Files{CertFile: m.path("tls.crt"), KeyFile: m.path("tls.key")}, func(next tlstest.Pair) {
				m.update(t, map[string][]byte{"tls.crt": next.CertPEM, "tls.key": next.KeyPEM})
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ca := tlstest.NewCA(t, "server CA")
			pairs := []tlstest.Pair{ca.Server(t), ca.Server(t), ca.Server(t)}
			f, rotate := tc.layout(t, pairs[0])
			log, logged := logger()
			g := serve(t, load(t, f, log))
			for i, p := range pairs {
				if i > 0 {
					rotate(p)
				}
				for range 2 {
					h, err := getHTTPS(t, g.https, ca.ClientTLS(), true)
					if err != nil || !h.server.Equal(p.Cert.Leaf) {
						t.Fatalf("rotation %d: HTTPS server presented %q, %v; want %q", i, subject(h.server), err, subject(p.Cert.Leaf))
					}
					r, err := callGRPC(t, g.grpc, ca.ClientTLS())
					if err != nil || !r.server.Equal(p.Cert.Leaf) {
						t.Fatalf("rotation %d: gRPC server presented %q, %v; want %q", i, subject(r.server), err, subject(p.Cert.Leaf))
					}
				}
			}
			// Re-reads of unchanged files (see racyWindow) are no rotation.
			if n := strings.Count(logged.String(), "reloaded the TLS files"); n != 2 || strings.Contains(logged.String(), "WARN") {
				t.Errorf("want 2 reloads logged, no warning:\n%s", logged)
			}
		})
	}
}

// TestRotateSameSizeAndTime: a file rewritten in place keeps its inode and may
// keep its size and, file systems stamping times coarsely, its modification time.
// Files modified within racyWindow of being read are read again on every
// handshake, so such a rewrite is still seen; files modified long before are
// only looked at (os.Stat), not read.
func TestRotateSameSizeAndTime(t *testing.T) {
	for _, tc := range []struct {
		name    string
		mtime   time.Duration // how long before now the files were modified
		rotated bool          // whether the same-stamped rewrite is seen
	}{
		{"just modified", 0, true},
		{"modified an hour ago", -time.Hour, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ca := tlstest.NewCA(t, "server CA")
			old := ca.Server(t)
			next := sameSize(t, ca, old)
			dir := t.TempDir()
			f := tlsfiles.Files{CertFile: filepath.Join(dir, "tls.crt"), KeyFile: filepath.Join(dir, "tls.key")}
			stamp := time.Now().Add(tc.mtime)
			write := func(p tlstest.Pair) {
				p.Write(t, f.CertFile, f.KeyFile)
				for _, name := range []string{f.CertFile, f.KeyFile} {
					if err := os.Chtimes(name, stamp, stamp); err != nil {
						t.Fatal(err)
					}
				}
			}
			write(old)
			g := serve(t, load(t, f, quiet))
			if got, err := getHTTPS(t, g.https, ca.ClientTLS(), true); err != nil || !got.server.Equal(old.Cert.Leaf) {
				t.Fatalf("server %q, %v; want %q", subject(got.server), err, subject(old.Cert.Leaf))
			}
			write(next)
			want := map[bool]tlstest.Pair{true: next, false: old}[tc.rotated]
			if got, err := getHTTPS(t, g.https, ca.ClientTLS(), true); err != nil || !got.server.Equal(want.Cert.Leaf) {
				t.Fatalf("server %q, %v; want %q", subject(got.server), err, subject(want.Cert.Leaf))
			}
			if !tc.rotated { // a change of time shows
				stamp = time.Now()
				write(next)
				if got, err := getHTTPS(t, g.https, ca.ClientTLS(), true); err != nil || !got.server.Equal(next.Cert.Leaf) {
					t.Fatalf("once touched: server %q, %v; want %q", subject(got.server), err, subject(next.Cert.Leaf))
				}
			}
		})
	}
}

// sameSize is a new server pair of ca whose files have the sizes of p's.
func sameSize(t *testing.T, ca *tlstest.CA, p tlstest.Pair) tlstest.Pair {
	t.Helper()
	for range 100 {
		if q := ca.Server(t); len(q.CertPEM) == len(p.CertPEM) && len(q.KeyPEM) == len(p.KeyPEM) {
			return q
		}
	}
	t.Fatal("no pair of the same size in 100")
	return tlstest.Pair{}
}

// TestRotateClientCA: once the client CA file holds another CA, its clients are
// accepted and the previous CA's refused.
func TestRotateClientCA(t *testing.T) {
	serverCA, caA, caB := tlstest.NewCA(t, "server CA"), tlstest.NewCA(t, "client CA A"), tlstest.NewCA(t, "client CA B")
	clientA, clientB := caA.Client(t, []string{spiffeID}, nil), caB.Client(t, []string{spiffeID}, nil)
	f := files(serverCA.Server(t), nil)
	f.ClientCAFile = filepath.Join(t.TempDir(), "ca.crt")
	writeFile(t, f.ClientCAFile, caA.PEM)
	g := serve(t, load(t, f, quiet))

	for _, step := range []struct {
		name             string
		bundle           []byte
		accepts, refuses []tlstest.Pair
	}{
		{"CA A", caA.PEM, []tlstest.Pair{clientA}, []tlstest.Pair{clientB}},
		{"CA B", caB.PEM, []tlstest.Pair{clientB}, []tlstest.Pair{clientA}},
		{"CA A and B", append(bytes.Clone(caA.PEM), caB.PEM...), []tlstest.Pair{clientA, clientB}, nil},
	} {
		writeFile(t, f.ClientCAFile, step.bundle)
		for _, c := range step.accepts {
			cfg := serverCA.ClientTLS(c)
			if got, err := getHTTPS(t, g.https, cfg, true); err != nil || got.peer != c.Cert.Leaf.Subject.CommonName {
				t.Errorf("%s: HTTPS: %q seen as %q, %v", step.name, subject(c.Cert.Leaf), got.peer, err)
			}
			if got, err := callGRPC(t, g.grpc, cfg); err != nil || got.spiffe != spiffeID {
				t.Errorf("%s: gRPC: %q seen as %q, %v", step.name, subject(c.Cert.Leaf), got.peer, err)
			}
		}
		for _, c := range step.refuses {
			cfg := serverCA.ClientTLS(c)
			if got, err := getHTTPS(t, g.https, cfg, true); err == nil {
				t.Errorf("%s: HTTPS: %q accepted as %q", step.name, subject(c.Cert.Leaf), got.peer)
			}
			if got, err := callGRPC(t, g.grpc, cfg); status.Code(err) != codes.Unavailable {
				t.Errorf("%s: gRPC: %q: %+v, %v; want Unavailable", step.name, subject(c.Cert.Leaf), got, err)
			}
		}
	}
}

// TestResumedSessionAfterCARotation: a client that resumes a TLS session made
// before its CA was removed is refused too (crypto/tls checks a resumed session's
// chain against the ClientCAs of the config GetConfigForClient returns).
func TestResumedSessionAfterCARotation(t *testing.T) {
	serverCA, caA, caB := tlstest.NewCA(t, "server CA"), tlstest.NewCA(t, "client CA A"), tlstest.NewCA(t, "client CA B")
	f := files(serverCA.Server(t), nil)
	f.ClientCAFile = filepath.Join(t.TempDir(), "ca.crt")
	writeFile(t, f.ClientCAFile, caA.PEM)
	g := serve(t, load(t, f, quiet))

	client := caA.Client(t, []string{spiffeID}, nil)
	cfg := serverCA.ClientTLS(client)
	cfg.ClientSessionCache = tls.NewLRUClientSessionCache(4)
	if _, err := getHTTPS(t, g.https, cfg, true); err != nil {
		t.Fatal(err)
	}
	// The control: the session does resume while nothing changed.
	if got, err := getHTTPS(t, g.https, cfg, true); err != nil || !got.resumed || got.peer != subject(client.Cert.Leaf) {
		t.Fatalf("resumed %v as %q, %v; want resumed as %q", got.resumed, got.peer, err, subject(client.Cert.Leaf))
	}
	writeFile(t, f.ClientCAFile, caB.PEM)
	if got, err := getHTTPS(t, g.https, cfg, true); err == nil {
		t.Errorf("accepted as %q (resumed %v) after its CA was removed", got.peer, got.resumed)
	}
}

// TestRotationCaughtHalfWay: while the files are half written or do not match,
// the previous certificate and client CAs keep serving, one warning names the file
// (and nothing of what it holds), and the complete files are then taken.
func TestRotationCaughtHalfWay(t *testing.T) {
	for _, tc := range []struct {
		name  string
		spoil func(t *testing.T, f tlsfiles.Files, next tlstest.Pair)
		file  func(f tlsfiles.Files) string // the file the warning names
	}{
		{"certificate half written", func(t *testing.T, f tlsfiles.Files, next tlstest.Pair) {
			writeFile(t, f.CertFile, next.CertPEM[:len(next.CertPEM)/2])
		}, func(f tlsfiles.Files) string { return f.CertFile }},
		{"certificate written, not yet its key", func(t *testing.T, f tlsfiles.Files, next tlstest.Pair) {
			writeFile(t, f.CertFile, next.CertPEM)
		}, func(f tlsfiles.Files) string { return f.KeyFile }},
		{"key half written", func(t *testing.T, f tlsfiles.Files, next tlstest.Pair) {
			writeFile(t, f.CertFile, next.CertPEM)
			writeFile(t, f.KeyFile, next.KeyPEM[:len(next.KeyPEM)/2])
		}, func(f tlsfiles.Files) string { return f.KeyFile }},
		{"key removed", func(t *testing.T, f tlsfiles.Files, _ tlstest.Pair) {
			if err := os.Remove(f.KeyFile); err != nil {
				t.Fatal(err)
			}
		}, func(f tlsfiles.Files) string { return f.KeyFile }},
		{"client CA garbage", func(t *testing.T, f tlsfiles.Files, _ tlstest.Pair) {
			writeFile(t, f.ClientCAFile, []byte("not PEM at all\n"))
		}, func(f tlsfiles.Files) string { return f.ClientCAFile }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			serverCA, clientCA := tlstest.NewCA(t, "server CA"), tlstest.NewCA(t, "client CA")
			old, next := serverCA.Server(t), serverCA.Server(t)
			dir := t.TempDir()
			f := tlsfiles.Files{CertFile: filepath.Join(dir, "tls.crt"), KeyFile: filepath.Join(dir, "tls.key"),
				ClientCAFile: filepath.Join(dir, "ca.crt")}
			old.Write(t, f.CertFile, f.KeyFile)
			writeFile(t, f.ClientCAFile, clientCA.PEM)
			log, logged := logger()
			g := serve(t, load(t, f, log))
			client := clientCA.Client(t, []string{spiffeID}, nil)
			cfg := serverCA.ClientTLS(client)

			tc.spoil(t, f, next)
			for range 3 {
				got, err := getHTTPS(t, g.https, cfg, true)
				if err != nil || !got.server.Equal(old.Cert.Leaf) || got.peer != subject(client.Cert.Leaf) {
					t.Fatalf("server %q, client seen as %q, %v; want the previous server %q, client %q",
						subject(got.server), got.peer, err, subject(old.Cert.Leaf), subject(client.Cert.Leaf))
				}
			}
			if got, err := callGRPC(t, g.grpc, cfg); err != nil || !got.server.Equal(old.Cert.Leaf) {
				t.Fatalf("gRPC: server %q, %v; want the previous %q", subject(got.server), err, subject(old.Cert.Leaf))
			}
			out := logged.String()
			if n := strings.Count(out, "level=WARN"); n != 1 || !strings.Contains(out, tc.file(f)) {
				t.Errorf("want one warning naming %s:\n%s", tc.file(f), out)
			}
			noKeyMaterial(t, out, old, next)

			next.Write(t, f.CertFile, f.KeyFile)
			writeFile(t, f.ClientCAFile, clientCA.PEM)
			if got, err := getHTTPS(t, g.https, cfg, true); err != nil || !got.server.Equal(next.Cert.Leaf) {
				t.Fatalf("once complete: server %q, %v; want %q", subject(got.server), err, subject(next.Cert.Leaf))
			}
			if !strings.Contains(logged.String(), "reloaded the TLS files") {
				t.Errorf("no reload logged:\n%s", logged)
			}
		})
	}
}

// TestLoadErrors: each error names the file and says what is wrong, never what
// the file holds.
func TestLoadErrors(t *testing.T) {
	ca := tlstest.NewCA(t, "server CA")
	pair, other := ca.Server(t), ca.Server(t)
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.pem")
	writeFile(t, garbage, []byte("garbage-content-1234\n"))
	truncated := filepath.Join(dir, "truncated.crt")
	writeFile(t, truncated, append(bytes.Clone(pair.CertPEM), ca.PEM[:len(ca.PEM)/2]...))
	missing := filepath.Join(dir, "missing.pem")

	for _, tc := range []struct {
		name string
		f    tlsfiles.Files
		file string // the file the error names
		says string
	}{
		{"no certificate file named", tlsfiles.Files{KeyFile: pair.KeyFile}, "", "required"},
		{"certificate missing", tlsfiles.Files{CertFile: missing, KeyFile: pair.KeyFile}, missing, "no such file"},
		{"key missing", tlsfiles.Files{CertFile: pair.CertFile, KeyFile: missing}, missing, "no such file"},
		{"client CA missing", tlsfiles.Files{CertFile: pair.CertFile, KeyFile: pair.KeyFile, ClientCAFile: missing}, missing, "no such file"},
		{"certificate garbage", tlsfiles.Files{CertFile: garbage, KeyFile: pair.KeyFile}, garbage, "no CERTIFICATE PEM block"},
		{"key garbage", tlsfiles.Files{CertFile: pair.CertFile, KeyFile: garbage}, garbage, "no private key PEM block"},
		{"client CA garbage", tlsfiles.Files{CertFile: pair.CertFile, KeyFile: pair.KeyFile, ClientCAFile: garbage}, garbage, "no CERTIFICATE PEM block"},
		{"key file holds a certificate", tlsfiles.Files{CertFile: pair.CertFile, KeyFile: pair.CertFile}, pair.CertFile, "no private key PEM block"},
		{"certificate file holds a key", tlsfiles.Files{CertFile: pair.KeyFile, KeyFile: pair.KeyFile}, pair.KeyFile, "no CERTIFICATE PEM block"},
		{"chain truncated", tlsfiles.Files{CertFile: truncated, KeyFile: pair.KeyFile}, truncated, "truncated"},
		{"key of another certificate", tlsfiles.Files{CertFile: pair.CertFile, KeyFile: other.KeyFile}, other.KeyFile, "does not match the certificate in " + pair.CertFile},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, err := tlsfiles.Load(tc.f, quiet)
			if err == nil {
				t.Fatalf("loaded %v", srv)
			}
			if !strings.Contains(err.Error(), tc.file) || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("error %q; want it to name %q and say %q", err, tc.file, tc.says)
			}
			if strings.Contains(err.Error(), "garbage-content") {
				t.Errorf("error %q quotes the file", err)
			}
			noKeyMaterial(t, err.Error(), pair, other)
		})
	}
}

// TestPeerCertificate: the verified leaf, or nil.
func TestPeerCertificate(t *testing.T) {
	leaf := tlstest.NewCA(t, "client CA").Client(t, []string{spiffeID}, nil).Cert.Leaf
	for _, tc := range []struct {
		name string
		cs   *tls.ConnectionState
		want *x509.Certificate
	}{
		{"no TLS", nil, nil},
		{"no certificate", &tls.ConnectionState{}, nil},
		{"not verified", &tls.ConnectionState{PeerCertificates: []*x509.Certificate{leaf}}, nil},
		{"verified", &tls.ConnectionState{PeerCertificates: []*x509.Certificate{leaf}, VerifiedChains: [][]*x509.Certificate{{leaf}}}, leaf},
	} {
		if got := tlsfiles.PeerCertificate(tc.cs); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, subject(got), subject(tc.want))
		}
	}
}

// noKeyMaterial fails the test if out holds a private key, in PEM or any line of
// its base64.
func noKeyMaterial(t *testing.T, out string, pairs ...tlstest.Pair) {
	t.Helper()
	if strings.Contains(out, "PRIVATE KEY") {
		t.Errorf("PRIVATE KEY in %q", out)
	}
	for _, p := range pairs {
		for _, line := range strings.Split(string(p.KeyPEM), "\n") {
			if len(line) > 16 && !strings.HasPrefix(line, "-----") && strings.Contains(out, line) {
				t.Errorf("key material in %q", out)
			}
		}
	}
}

func writeFile(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.WriteFile(name, data, 0o600); err != nil {
		t.Fatal(err)
	}
}
