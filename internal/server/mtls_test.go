package server_test

import (
	"crypto/tls"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/callers"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/tlstest"
)

const adminSPIFFE = "spiffe://example.org/ns/shop/sa/admin"

// mtlsGateway serves TLS with client certificates from ca: the caller admin is a
// SPIFFE ID, stores a DNS SAN, orders a key.
type mtlsGateway struct {
	*gatewaytest.Gateway
	ca               *tlstest.CA
	certFile, keyFil string
	ordersKey        string
}

func startMTLS(t *testing.T) *mtlsGateway {
	t.Helper()
	ca := tlstest.NewCA(t, "wxgate test CA")
	dir := t.TempDir()
	m := &mtlsGateway{ca: ca, certFile: filepath.Join(dir, "tls.crt"), keyFil: filepath.Join(dir, "tls.key")}
	ca.Server(t).Write(t, m.certFile, m.keyFil)
	m.ordersKey, _ = callerkey.New()
	m.Gateway = gatewaytest.Start(t, gatewaytest.Unlimited,
		gatewaytest.WithTLS(config.TLS{CertFile: m.certFile, KeyFile: m.keyFil, ClientCAFile: ca.CertFile}),
		gatewaytest.WithCallers(
			config.Caller{Name: "admin", Principals: []string{adminSPIFFE}, Accounts: []string{"*"}, Allow: []string{"*"}},
			config.Caller{Name: "stores", Principals: []string{"stores.internal.example.com"}, Accounts: []string{"main"}, Allow: []string{"wxgate.wifi.v1.WifiService/Get*"}},
			ordersCaller(m.ordersKey),
		))
	return m
}

// grpcClient dials the gateway with tlsCfg.
func (m *mtlsGateway) grpcClient(t *testing.T, tlsCfg *tls.Config) wifiv1.WifiServiceClient {
	t.Helper()
	conn, err := grpc.NewClient(m.Server.GRPCAddr(), grpc.WithTransportCredentials(credentials.NewTLS(tlsCfg)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return wifiv1.NewWifiServiceClient(conn)
}

func (m *mtlsGateway) restAs(tlsCfg *tls.Config) {
	m.HTTP.CloseIdleConnections()
	m.HTTP.Transport.(*http.Transport).TLSClientConfig = tlsCfg
}

// TestMTLS: a client certificate's SPIFFE ID or DNS SAN names its caller over gRPC
// and REST; a certificate of another CA is refused in the handshake; none, or one
// naming no caller, is UNAUTHENTICATED; health stays open without one.
func TestMTLS(t *testing.T) {
	m := startMTLS(t)
	admin := m.ca.ClientTLS(m.ca.Client(t, []string{adminSPIFFE}, nil))
	stores := m.ca.ClientTLS(m.ca.Client(t, nil, []string{"stores.internal.example.com"}))
	nobody := m.ca.ClientTLS(m.ca.Client(t, []string{"spiffe://example.org/ns/x/sa/nobody"}, nil))
	bare := m.ca.ClientTLS()
	other := tlstest.NewCA(t, "another CA")
	untrusted := other.ClientTLS(other.Client(t, []string{adminSPIFFE}, nil))
	untrusted.RootCAs = m.ca.Pool()

	req := &wifiv1.GetConnectUrlRequest{}
	if _, err := m.grpcClient(t, admin).GetConnectUrl(m.Ctx(""), req); err != nil {
		t.Errorf("gRPC as admin: %v", err)
	}
	if _, err := m.grpcClient(t, stores).GetConnectUrl(m.Ctx(""), req); err != nil {
		t.Errorf("gRPC as stores (DNS SAN): %v", err)
	}
	if _, err := m.grpcClient(t, stores).SetBar(m.Ctx(""), &wifiv1.SetBarRequest{ShopId: 1, BarType: wifiv1.BarType_BAR_TYPE_SHOP_NAME}); err == nil {
		t.Error("stores may not SetBar")
	} else {
		gatewaytest.AssertStatus(t, err, codes.PermissionDenied, "PERMISSION_DENIED")
	}
	for name, cfg := range map[string]*tls.Config{"no certificate": bare, "a certificate naming no caller": nobody} {
		_, err := m.grpcClient(t, cfg).GetConnectUrl(m.Ctx(""), req)
		gatewaytest.AssertStatus(t, err, codes.Unauthenticated, "UNAUTHENTICATED")
		m.restAs(cfg)
		if code, body := m.REST("GET", "/v1/wifi/connect-url", ""); code != http.StatusUnauthorized {
			t.Errorf("REST with %s: HTTP %d %v", name, code, body)
		}
	}
	if _, err := m.grpcClient(t, untrusted).GetConnectUrl(m.Ctx(""), req); err == nil || status.Code(err) == codes.OK {
		t.Error("gRPC with a certificate of another CA was served")
	} else if c := status.Code(err); c != codes.Unavailable {
		t.Errorf("gRPC with a certificate of another CA: %v, want the handshake refused (UNAVAILABLE)", err)
	}
	m.restAs(untrusted)
	if _, err := m.HTTP.Get(m.Base + "/healthz"); err == nil {
		t.Error("HTTPS with a certificate of another CA was served")
	}

	m.restAs(admin)
	if code, body := m.REST("GET", "/v1/wifi/connect-url", ""); code != http.StatusOK {
		t.Errorf("REST as admin: HTTP %d %v", code, body)
	}
	// A key works beside certificates.
	m.restAs(bare)
	if code, body := m.REST("GET", "/v1/wifi/connect-url", "", "Authorization", "Bearer "+m.ordersKey); code != http.StatusOK {
		t.Errorf("REST with a key and no certificate: HTTP %d %v", code, body)
	}

	// Health needs no certificate, over either listener.
	if code, _ := m.REST("GET", "/healthz", ""); code != http.StatusOK {
		t.Errorf("/healthz without a certificate: HTTP %d", code)
	}
	conn, err := grpc.NewClient(m.Server.GRPCAddr(), grpc.WithTransportCredentials(credentials.NewTLS(bare)))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if hc, err := healthpb.NewHealthClient(conn).Check(m.Ctx(""), &healthpb.HealthCheckRequest{}); err != nil || hc.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Errorf("gRPC health without a certificate: %v %v", hc, err)
	}

	logs := m.Logs.String()
	if !strings.Contains(logs, `"caller":"admin"`) || !strings.Contains(logs, `"principal":"`+adminSPIFFE+`"`) {
		t.Error("the log does not name the caller admin and its principal")
	}
	if strings.Contains(logs, "PRIVATE KEY") {
		t.Error("key material in the log")
	}
}

// TestRESTCannotForgeIdentity: a REST caller cannot become another caller by
// sending the metadata the gateway uses inside (Grpc-Metadata-* headers), and a
// gRPC caller cannot by sending that metadata itself.
func TestRESTCannotForgeIdentity(t *testing.T) {
	m := startMTLS(t)
	m.restAs(m.ca.ClientTLS())
	forged := []string{
		"Grpc-Metadata-" + callers.PrincipalsMetadata, adminSPIFFE,
		"Grpc-Metadata-X-Wxgate-Caller", "admin",
	}
	if code, body := m.REST("GET", "/v1/wifi/connect-url", "", forged...); code != http.StatusUnauthorized {
		t.Errorf("REST with forged principal metadata and no credential: HTTP %d %v, want 401", code, body)
	}
	// orders may not SetBar; admin may.
	withKey := append([]string{"Authorization", "Bearer " + m.ordersKey}, forged...)
	if code, body := m.REST("PUT", "/v1/wifi/shops/429620/bar", `{"bar_type":"BAR_TYPE_SHOP_NAME"}`, withKey...); code != http.StatusForbidden {
		t.Errorf("REST as orders with forged admin metadata: HTTP %d %v, want 403", code, body)
	}
	if code, body := m.REST("GET", "/v1/wifi/connect-url", "", "Grpc-Metadata-Authorization", "Bearer "+m.ordersKey); code != http.StatusUnauthorized {
		t.Errorf("a key in Grpc-Metadata-Authorization was taken: HTTP %d %v", code, body)
	}

	ctx := metadata.AppendToOutgoingContext(m.Ctx(""), callers.PrincipalsMetadata, adminSPIFFE)
	_, err := m.grpcClient(t, m.ca.ClientTLS()).GetConnectUrl(ctx, &wifiv1.GetConnectUrlRequest{})
	gatewaytest.AssertStatus(t, err, codes.Unauthenticated, "UNAUTHENTICATED")
	if n := len(m.Sim.RequestsTo("/bizwifi/account/get_connecturl")) + len(m.Sim.RequestsTo("/bizwifi/bar/set")); n != 0 {
		t.Errorf("WeChat got %d forged calls", n)
	}
}

// TestServerCertRotation: new certificate files are served to new connections
// without a restart.
func TestServerCertRotation(t *testing.T) {
	m := startMTLS(t)
	serial := func() string {
		t.Helper()
		conn, err := tls.Dial("tcp", m.Server.HTTPAddr(), m.ca.ClientTLS())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		return conn.ConnectionState().PeerCertificates[0].SerialNumber.String()
	}
	before := serial()
	next := m.ca.Server(t)
	next.Write(t, m.certFile, m.keyFil)
	if got := serial(); got != next.Cert.Leaf.SerialNumber.String() || got == before {
		t.Errorf("after rotation the HTTP listener serves serial %s, want the new %s (was %s)", got, next.Cert.Leaf.SerialNumber, before)
	}
	conn, err := tls.Dial("tcp", m.Server.GRPCAddr(), &tls.Config{RootCAs: m.ca.Pool(), NextProtos: []string{"h2"}})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if got := conn.ConnectionState().PeerCertificates[0].SerialNumber; got.Cmp(next.Cert.Leaf.SerialNumber) != 0 {
		t.Errorf("the gRPC listener serves serial %s after rotation, want %s", got, next.Cert.Leaf.SerialNumber)
	}
	// And calls still work on new connections.
	if _, err := m.grpcClient(t, m.ca.ClientTLS(m.ca.Client(t, []string{adminSPIFFE}, nil))).GetConnectUrl(m.Ctx(""), &wifiv1.GetConnectUrlRequest{}); err != nil {
		t.Errorf("after rotation: %v", err)
	}
}
