// Package tlsfiles is the gateway's server-side TLS, read from PEM files that may be
// replaced while it runs: a Kubernetes secret mount swaps a symlink, cert-manager or
// an operator rewrites the files. Certificates and client CAs rotate without a
// restart, and a rotation caught half way keeps the previous ones serving.
package tlsfiles

import (
	"bytes"
	"crypto"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"slices"
	"sync"
	"time"
)

// Files names the PEM files of a listener's TLS.
type Files struct {
	CertFile, KeyFile string // the server's certificate chain (leaf first) and private key (required)
	ClientCAFile      string // CA bundle that client certificates must chain to ("" = no client certificates asked for)
}

// Server holds the current certificate and client CA pool and re-reads them when
// the files change. It starts no goroutine: the check runs in the handshakes.
type Server struct {
	files Files
	log   *slog.Logger

	mu      sync.Mutex
	cur     *material
	seen    []os.FileInfo // the files as they were when cur was read
	settled bool          // whether seen can be trusted to tell a later change (see racyWindow)
	failed  []os.FileInfo // the files as they were at the last failed re-read, to warn once
	failErr string
}

// material is one consistent reading of the files.
type material struct {
	cert   *tls.Certificate
	pool   *x509.CertPool // nil without a ClientCAFile
	digest [sha256.Size]byte
}

// racyWindow: a file modified less than this before it was looked at may be
// modified again with the same modification time (file systems stamp times
// coarsely, a few milliseconds to 2 s) and, certificates of one issuer often having
// the same length, the same size. Until its modification time is older than this,
// every handshake re-reads the files (as git does for "racily clean" files); the
// content digest keeps such re-reads from counting as rotations.
const racyWindow = 2 * time.Second

// Load reads and checks the files. Its errors name the file and what is wrong with
// it, never what it holds. log (nil: slog.Default()) gets the reloads that happen
// in handshakes later.
func Load(f Files, log *slog.Logger) (*Server, error) {
	if f.CertFile == "" || f.KeyFile == "" {
		return nil, errors.New("tlsfiles: both a certificate file and a key file are required")
	}
	if log == nil {
		log = slog.Default()
	}
	s := &Server{files: f, log: log}
	stamps, at := s.stat()
	m, err := s.read()
	if err != nil {
		return nil, err
	}
	s.cur, s.seen, s.settled = m, stamps, settled(stamps, at)
	return s, nil
}

// Config returns a *tls.Config for a listener, advertising nextProtos by ALPN:
// "h2" for gRPC (credentials.NewTLS adds it when missing), "h2", "http/1.1" for
// net/http, which serves HTTP/2 only when the handshake negotiated "h2".
//
// Every handshake gets, through GetConfigForClient, a config with the current
// certificate and client CAs. With a ClientCAFile, a client certificate is asked
// for and verified if given (tls.VerifyClientCertIfGiven): an untrusted one fails
// the handshake, but a client without one (a Kubernetes probe) still connects, and
// the application refuses it if it must (see PeerCertificate).
func (s *Server) Config(nextProtos ...string) *tls.Config {
	protos := slices.Clone(nextProtos)
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		NextProtos: protos,
		GetConfigForClient: func(*tls.ClientHelloInfo) (*tls.Config, error) {
			m := s.current()
			c := &tls.Config{
				MinVersion:   tls.VersionTLS12,
				NextProtos:   slices.Clone(protos), // the config a handshake uses must carry them, or ALPN fails
				Certificates: []tls.Certificate{*m.cert},
			}
			if m.pool != nil {
				c.ClientAuth, c.ClientCAs = tls.VerifyClientCertIfGiven, m.pool
			}
			return c, nil
		},
	}
}

// PeerCertificate is the client's certificate as verified in the handshake
// (r.TLS for net/http, credentials.TLSInfo.State for gRPC), or nil when the
// client presented none or the connection has no TLS.
func PeerCertificate(cs *tls.ConnectionState) *x509.Certificate {
	if cs == nil || len(cs.VerifiedChains) == 0 || len(cs.VerifiedChains[0]) == 0 {
		return nil
	}
	return cs.VerifiedChains[0][0]
}

// current returns the material to serve, re-reading the files first if they may
// have changed since they were read.
func (s *Server) current() *material {
	s.mu.Lock()
	defer s.mu.Unlock()
	stamps, at := s.stat()
	if s.settled && sameFiles(stamps, s.seen) {
		return s.cur
	}
	m, err := s.read()
	if err != nil {
		// Most likely a rotation caught half way (a file half written, or the
		// certificate written and not yet its key): keep serving, try again on the
		// next handshake, warn once per state of the files.
		if !sameFiles(stamps, s.failed) || err.Error() != s.failErr {
			s.failed, s.failErr = stamps, err.Error()
			file := ""
			if fe := (*fileError)(nil); errors.As(err, &fe) {
				file = fe.file
			}
			s.log.Warn("tls: cannot reload the TLS files, still serving the previous certificate and client CAs",
				"file", file, "error", err)
		}
		return s.cur
	}
	s.failed, s.failErr = nil, ""
	if m.digest != s.cur.digest {
		s.cur = m
		leaf := m.cert.Leaf
		s.log.Info("tls: reloaded the TLS files", "cert", s.files.CertFile, "client_ca", s.files.ClientCAFile,
			"subject", leaf.Subject.String(), "serial", leaf.SerialNumber.Text(16), "not_after", leaf.NotAfter)
	}
	s.seen, s.settled = stamps, settled(stamps, at)
	return s.cur
}

// stat looks at the files, following symlinks; a file it cannot stat is nil. It
// runs before the files are read, so that a change made while they are read is
// seen by the next handshake.
func (s *Server) stat() ([]os.FileInfo, time.Time) {
	at := time.Now()
	names := s.names()
	stamps := make([]os.FileInfo, len(names))
	for i, name := range names {
		stamps[i], _ = os.Stat(name)
	}
	return stamps, at
}

func (s *Server) names() []string {
	if s.files.ClientCAFile == "" {
		return []string{s.files.CertFile, s.files.KeyFile}
	}
	return []string{s.files.CertFile, s.files.KeyFile, s.files.ClientCAFile}
}

// sameFiles says whether a and b show the same files unchanged: the same file
// (a swapped symlink or a file renamed over shows as another), modification time
// and size.
func sameFiles(a, b []os.FileInfo) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] == nil || b[i] == nil {
			if a[i] != b[i] {
				return false
			}
			continue
		}
		if !os.SameFile(a[i], b[i]) || !a[i].ModTime().Equal(b[i].ModTime()) || a[i].Size() != b[i].Size() {
			return false
		}
	}
	return true
}

// settled says whether every file was there and last modified long enough before
// at for a later change to show in its modification time.
func settled(stamps []os.FileInfo, at time.Time) bool {
	for _, fi := range stamps {
		if fi == nil || !fi.ModTime().Before(at.Add(-racyWindow)) {
			return false
		}
	}
	return true
}

// read reads and checks all the files.
func (s *Server) read() (*material, error) {
	h := sha256.New()
	load := func(name string) ([]byte, error) {
		b, err := os.ReadFile(name)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err // the path is already in the message
			}
			return nil, &fileError{name, err.Error()}
		}
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(b))
		h.Write(b)
		return b, nil
	}
	certPEM, err := load(s.files.CertFile)
	if err != nil {
		return nil, err
	}
	chain, err := parseCerts(s.files.CertFile, certPEM)
	if err != nil {
		return nil, err
	}
	keyPEM, err := load(s.files.KeyFile)
	if err != nil {
		return nil, err
	}
	key, err := parseKey(s.files.KeyFile, keyPEM)
	if err != nil {
		return nil, err
	}
	pub, ok := key.Public().(interface{ Equal(crypto.PublicKey) bool })
	if !ok || !pub.Equal(chain[0].PublicKey) {
		return nil, &fileError{s.files.KeyFile, "the key does not match the certificate in " + s.files.CertFile}
	}
	cert := &tls.Certificate{PrivateKey: key, Leaf: chain[0]}
	for _, c := range chain {
		cert.Certificate = append(cert.Certificate, c.Raw)
	}
	m := &material{cert: cert}
	if s.files.ClientCAFile != "" {
		caPEM, err := load(s.files.ClientCAFile)
		if err != nil {
			return nil, err
		}
		cas, err := parseCerts(s.files.ClientCAFile, caPEM)
		if err != nil {
			return nil, err
		}
		m.pool = x509.NewCertPool()
		for _, ca := range cas {
			m.pool.AddCert(ca)
		}
	}
	h.Sum(m.digest[:0])
	return m, nil
}

// parseCerts parses the CERTIFICATE blocks of a PEM file, and fails on a file that
// has none or ends in a truncated block: a half-written chain or bundle must not
// pass for a shorter one.
func parseCerts(name string, data []byte) ([]*x509.Certificate, error) {
	var certs []*x509.Certificate
	rest := data
	for {
		var block *pem.Block
		block, rest = pem.Decode(rest)
		if block == nil {
			break
		}
		if block.Type != "CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, &fileError{name, fmt.Sprintf("certificate %d: %v", len(certs)+1, err)}
		}
		certs = append(certs, c)
	}
	if bytes.Contains(rest, []byte("-----BEGIN")) {
		return nil, &fileError{name, "truncated PEM block (file half written?)"}
	}
	if len(certs) == 0 {
		return nil, &fileError{name, "no CERTIFICATE PEM block"}
	}
	return certs, nil
}

// parseKey parses the first private key block of a PEM file: PKCS #8, PKCS #1 (RSA)
// or SEC 1 (EC), as openssl and cert-manager write them.
func parseKey(name string, data []byte) (crypto.Signer, error) {
	rest := data
	for {
		var block *pem.Block
		block, rest = pem.Decode(rest)
		if block == nil {
			if bytes.Contains(rest, []byte("-----BEGIN")) {
				return nil, &fileError{name, "truncated PEM block (file half written?)"}
			}
			return nil, &fileError{name, "no private key PEM block"}
		}
		var key any
		var err error
		switch block.Type {
		case "PRIVATE KEY":
			key, err = x509.ParsePKCS8PrivateKey(block.Bytes)
		case "RSA PRIVATE KEY":
			key, err = x509.ParsePKCS1PrivateKey(block.Bytes)
		case "EC PRIVATE KEY":
			key, err = x509.ParseECPrivateKey(block.Bytes)
		default:
			continue
		}
		if err != nil {
			return nil, &fileError{name, "cannot parse the private key"} // the parser's words could quote it
		}
		signer, ok := key.(crypto.Signer)
		if !ok {
			return nil, &fileError{name, fmt.Sprintf("unsupported private key type %T", key)}
		}
		return signer, nil
	}
}

// fileError says which file is wrong and how, never what it holds.
type fileError struct{ file, problem string }

func (e *fileError) Error() string { return "tlsfiles: " + e.file + ": " + e.problem }
