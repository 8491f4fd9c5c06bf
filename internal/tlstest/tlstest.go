// Package tlstest makes, for tests, a certificate authority and server and client
// certificates (ECDSA P-256), written as PEM files in the test's temporary
// directory: tests of TLS and mTLS need no checked-in keys, which would expire or
// end up trusted somewhere.
package tlstest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"
)

// CA is a certificate authority made for one test.
type CA struct {
	Cert     *x509.Certificate
	CertFile string // the CA certificate's PEM: a server's ClientCAFile, or what a client trusts
	PEM      []byte // what CertFile holds

	name string
	key  *ecdsa.PrivateKey
	dir  string
}

// Pair is a certificate made by a CA and its private key.
type Pair struct {
	CertFile, KeyFile string          // PEM files of the certificate and the key (PKCS #8)
	CertPEM, KeyPEM   []byte          // what they hold, e.g. to rewrite them in a rotation test
	Cert              tls.Certificate // Cert.Leaf is the parsed certificate: its serial number and subject are distinct for every Pair
}

// seq numbers the certificates of a test binary, so that no two share a subject.
var seq atomic.Int64

// NewCA makes a CA whose subject's common name is name, and writes its certificate
// in a new temporary directory of t.
func NewCA(t testing.TB, name string) *CA {
	t.Helper()
	ca := &CA{name: name, key: newKey(t), dir: t.TempDir()}
	tmpl := template(t, name)
	tmpl.IsCA, tmpl.BasicConstraintsValid = true, true
	tmpl.KeyUsage = x509.KeyUsageCertSign | x509.KeyUsageCRLSign
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &ca.key.PublicKey, ca.key)
	if err != nil {
		t.Fatalf("tlstest: CA %s: %v", name, err)
	}
	if ca.Cert, err = x509.ParseCertificate(der); err != nil {
		t.Fatal(err)
	}
	ca.PEM = pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	ca.CertFile = filepath.Join(ca.dir, "ca.crt")
	write(t, ca.CertFile, ca.PEM)
	return ca
}

// Pool is a pool holding only the CA.
func (ca *CA) Pool() *x509.CertPool {
	p := x509.NewCertPool()
	p.AddCert(ca.Cert)
	return p
}

// Server makes a server certificate for hosts, each an IP address (127.0.0.1, ::1)
// or a DNS name (localhost); none means all three.
func (ca *CA) Server(t testing.TB, hosts ...string) Pair {
	t.Helper()
	if len(hosts) == 0 {
		hosts = []string{"127.0.0.1", "::1", "localhost"}
	}
	tmpl := template(t, ca.name+" server "+strconv.FormatInt(seq.Add(1), 10))
	tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}
	for _, h := range hosts {
		if ip := net.ParseIP(h); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else {
			tmpl.DNSNames = append(tmpl.DNSNames, h)
		}
	}
	return ca.issue(t, tmpl)
}

// Client makes a client certificate with the URI SANs uris (a SPIFFE ID such as
// "spiffe://example.org/ns/shop/sa/orders") and DNS SANs dns.
func (ca *CA) Client(t testing.TB, uris []string, dns []string) Pair {
	t.Helper()
	tmpl := template(t, ca.name+" client "+strconv.FormatInt(seq.Add(1), 10))
	tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}
	for _, s := range uris {
		u, err := url.Parse(s)
		if err != nil {
			t.Fatalf("tlstest: URI SAN %q: %v", s, err)
		}
		tmpl.URIs = append(tmpl.URIs, u)
	}
	tmpl.DNSNames = dns
	return ca.issue(t, tmpl)
}

// ClientTLS is a client's config that trusts the CA for servers and presents the
// client certificate given (none: the client presents no certificate). It presents
// it whatever CAs the server names in its request, as curl does: with only
// Certificates set, crypto/tls would send no certificate to a server that names
// other CAs, and a test of refusal would see an anonymous client instead. It has
// no session cache, so that every connection makes a full handshake.
func (ca *CA) ClientTLS(client ...Pair) *tls.Config {
	c := &tls.Config{RootCAs: ca.Pool(), MinVersion: tls.VersionTLS12}
	if len(client) > 1 {
		panic("tlstest: ClientTLS presents one client certificate at most")
	}
	if len(client) == 1 {
		cert := client[0].Cert
		c.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return &cert, nil }
	}
	return c
}

// Write writes the pair's certificate and key to the files named, replacing what
// they hold in place, as an operator copying new files over old ones does (a
// secret mount instead swaps a symlink).
func (p Pair) Write(t testing.TB, certFile, keyFile string) {
	t.Helper()
	write(t, certFile, p.CertPEM)
	write(t, keyFile, p.KeyPEM)
}

func (ca *CA) issue(t testing.TB, tmpl *x509.Certificate) Pair {
	t.Helper()
	key := newKey(t)
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.Cert, &key.PublicKey, ca.key)
	if err != nil {
		t.Fatalf("tlstest: %s: %v", tmpl.Subject.CommonName, err)
	}
	pkcs8, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	p := Pair{
		CertPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		KeyPEM:  pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: pkcs8}),
	}
	if p.Cert, err = tls.X509KeyPair(p.CertPEM, p.KeyPEM); err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(ca.dir, strconv.FormatInt(seq.Add(1), 10))
	p.CertFile, p.KeyFile = base+".crt", base+".key"
	p.Write(t, p.CertFile, p.KeyFile)
	return p
}

// template is a certificate valid from an hour ago (clocks differ) for a day, with
// a random 128-bit serial number.
func template(t testing.TB, cn string) *x509.Certificate {
	t.Helper()
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	return &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: cn},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
	}
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return key
}

func write(t testing.TB, name string, data []byte) {
	t.Helper()
	if err := os.WriteFile(name, data, 0o600); err != nil {
		t.Fatal(err)
	}
}
