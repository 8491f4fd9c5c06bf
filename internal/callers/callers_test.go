package callers

import (
	"crypto/x509"
	"net/url"
	"strings"
	"testing"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/config"
)

// keyed is a caller configuration with keys as digests, as Load resolves them.
func keyed(name string, keys []string, c config.Caller) config.Caller {
	c.Name = name
	for _, k := range keys {
		c.Keys = append(c.Keys, config.CallerKey{Digest: callerkey.Digest(k)})
	}
	return c
}

func newSet(t *testing.T, mode string, cs ...config.Caller) *Set {
	t.Helper()
	cfg := config.Config{Auth: config.Auth{Mode: mode}, Callers: cs}
	s, err := New(cfg, Options{ExplicitOnly: []string{"wxgate.wifi.v1.WifiService/RegisterPortalDevice"}})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAuthenticate(t *testing.T) {
	oldKey, _ := callerkey.New()
	newKey, _ := callerkey.New()
	otherKey, _ := callerkey.New()
	strangerKey, strangerID := callerkey.New()
	orders := keyed("orders", []string{oldKey, newKey}, config.Caller{Principals: []string{"spiffe://example.org/ns/shop/sa/orders"}})
	stores := keyed("stores", []string{otherKey}, config.Caller{Principals: []string{"stores.internal.example.com"}})
	s := newSet(t, config.AuthKeysMTLS, orders, stores)

	tests := []struct {
		name       string
		auth       []string
		principals []string
		want       string // caller name, or "" for unauthenticated
		wantErr    string // part of the error message
	}{
		{"old key during a rotation", []string{"Bearer " + oldKey}, nil, "orders", ""},
		{"new key during a rotation", []string{"Bearer " + newKey}, nil, "orders", ""},
		{"scheme is case-insensitive", []string{"bearer " + otherKey}, nil, "stores", ""},
		{"no credentials", nil, nil, "", "no credentials"},
		{"unknown key named by its id", []string{"Bearer " + strangerKey}, nil, "", "wxg_" + strangerID + "_…"},
		{"not a wxgate key", []string{"Bearer hunter2"}, nil, "", "not a wxgate key"},
		{"basic auth", []string{"Basic b3JkZXJzOnB3"}, nil, "", "not \"Bearer <key>\""},
		{"two authorization values", []string{"Bearer " + oldKey, "Bearer " + otherKey}, nil, "", "more than one"},
		{"SPIFFE ID", nil, []string{"spiffe://example.org/ns/shop/sa/orders"}, "orders", ""},
		{"DNS SAN", nil, []string{"stores.internal.example.com"}, "stores", ""},
		{"unknown certificate", nil, []string{"spiffe://example.org/ns/x/sa/y"}, "", "not a configured caller's principal"},
		{"key and certificate agree", []string{"Bearer " + oldKey}, []string{"spiffe://example.org/ns/shop/sa/orders"}, "orders", ""},
		{"key and certificate disagree", []string{"Bearer " + oldKey}, []string{"stores.internal.example.com"}, "", "different callers"},
		{"a certificate naming two callers", nil, []string{"spiffe://example.org/ns/shop/sa/orders", "stores.internal.example.com"}, "", "two callers"},
		{"key with an unmapped certificate", []string{"Bearer " + otherKey}, []string{"unknown.example.com"}, "stores", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := s.Authenticate(tt.auth, tt.principals)
			if got := nameOf(id.Caller); got != tt.want {
				t.Fatalf("caller = %q, want %q (err %v)", got, tt.want, id.Err)
			}
			if tt.want != "" {
				return
			}
			st := status.Convert(id.Err)
			if st.Code() != codes.Unauthenticated || !strings.Contains(st.Message(), tt.wantErr) {
				t.Errorf("error = %v, want UNAUTHENTICATED containing %q", id.Err, tt.wantErr)
			}
			if reason(id.Err) != ReasonUnauthenticated {
				t.Errorf("ErrorInfo reason = %q", reason(id.Err))
			}
			for _, k := range []string{oldKey, newKey, otherKey, strangerKey} {
				if strings.Contains(st.Message(), k) || strings.Contains(st.Message(), k[len(k)-20:]) {
					t.Errorf("the error quotes a key: %v", id.Err)
				}
			}
		})
	}
}

func TestAuthenticateModes(t *testing.T) {
	key, _ := callerkey.New()
	t.Run("none: every call is anonymous", func(t *testing.T) {
		s := newSet(t, config.AuthNone)
		if id := s.Authenticate(nil, nil); id.Caller != Anonymous {
			t.Errorf("caller = %v", id.Caller)
		}
	})
	t.Run("mtls only refuses keys", func(t *testing.T) {
		s := newSet(t, config.AuthMTLS, config.Caller{Name: "orders", Principals: []string{"orders.example.com"}})
		id := s.Authenticate([]string{"Bearer " + key}, nil)
		if id.Caller != nil || !strings.Contains(status.Convert(id.Err).Message(), "client certificate, not by key") {
			t.Errorf("%v %v", id.Caller, id.Err)
		}
		if id := s.Authenticate(nil, nil); !strings.Contains(status.Convert(id.Err).Message(), "no client certificate") {
			t.Errorf("%v", id.Err)
		}
	})
	t.Run("keys only ignores certificates", func(t *testing.T) {
		s := newSet(t, config.AuthKeys, keyed("orders", []string{key}, config.Caller{}))
		if id := s.Authenticate(nil, []string{"orders.example.com"}); id.Caller != nil {
			t.Errorf("a certificate authenticated in keys mode: %v", id.Caller.Name)
		}
	})
}

func TestAuthorize(t *testing.T) {
	key, _ := callerkey.New()
	portalKey, _ := callerkey.New()
	rest, _ := callerkey.New()
	s := newSet(t, config.AuthKeys,
		keyed("orders", []string{key}, config.Caller{
			Accounts: []string{"main"},
			Allow:    []string{"wxgate.card.v1.CardService/*", "wxgate.wifi.v1.WifiService/Get*", "wxgate.wifi.v1.WifiService/*"},
			Deny:     []string{"wxgate.card.v1.CardService/SetTestWhitelist", "wxgate.wifi.v1.WifiService/*Shop"},
		}),
		keyed("routers", []string{portalKey}, config.Caller{
			Accounts: []string{"*"},
			Allow:    []string{"wxgate.wifi.v1.WifiService/RegisterPortalDevice"},
		}),
		keyed("nothing", []string{rest}, config.Caller{Allow: []string{"*"}}),
	)
	tests := []struct {
		key, method, account string
		ok                   bool
	}{
		{key, "wxgate.card.v1.CardService/DepositCodes", "main", true},                 // wildcard
		{key, "wxgate.wifi.v1.WifiService/GetQrcode", "main", true},                    // prefix wildcard
		{key, "wxgate.card.v1.CardService/SetTestWhitelist", "main", false},            // deny over allow
		{key, "wxgate.wifi.v1.WifiService/UpdateShop", "main", false},                  // deny wildcard
		{key, "wxgate.wifi.v1.WifiService/ListShops", "main", true},                    // not *Shop
		{key, "wxgate.wifi.v1.WifiService/RegisterPortalDevice", "main", false},        // secret: wildcard is not enough
		{key, "wxgate.store.v1.StoreService/ListStores", "main", false},                // no rule
		{key, "wxgate.card.v1.CardService/DepositCodes", "second", false},              // another account
		{portalKey, "wxgate.wifi.v1.WifiService/RegisterPortalDevice", "second", true}, // named exactly, any account
		{portalKey, "wxgate.wifi.v1.WifiService/GetQrcode", "main", false},
		{rest, "wxgate.card.v1.CardService/DepositCodes", "main", false}, // accounts absent: none
		{rest, "wxgate.card.v1.CardService/DepositCodes", "", true},      // a call for no account
	}
	for _, tt := range tests {
		id := s.Authenticate([]string{"Bearer " + tt.key}, nil)
		err := id.Authorize(tt.method, tt.account)
		if (err == nil) != tt.ok {
			t.Errorf("%s %s for %q: %v, want allowed %v", id.Label(), tt.method, tt.account, err, tt.ok)
			continue
		}
		if err == nil {
			continue
		}
		info := errorInfo(err)
		if status.Code(err) != codes.PermissionDenied || info.GetReason() != ReasonPermissionDenied ||
			info.GetMetadata()["caller"] != id.Label() || info.GetMetadata()["method"] != tt.method || info.GetMetadata()["account"] != tt.account {
			t.Errorf("%s %s: %v %v", id.Label(), tt.method, err, info)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"a.B/C", "a.B/C", true},
		{"a.B/C", "a.B/CD", false},
		{"a.B/*", "a.B/C", true},
		{"a.B/*", "a.B/", true},
		{"a.B/*", "a.C/D", false},
		{"*", "anything/at all", true},
		{"a.B/Get*", "a.B/GetQrcode", true},
		{"a.B/Get*", "a.B/SetQrcode", false},
		{"*Shop", "a.B/GetShop", true},
		{"*Shop", "a.B/GetShops", false},
		{"a*b*c", "abc", true},
		{"a*b*c", "aXbYc", true},
		{"a*b*c", "acb", false},
		{"ab*b", "ab", false},
		{"/cgi-bin/*", "/cgi-bin/user/info", true},
	}
	for _, tt := range tests {
		if got := match(tt.pattern, tt.name); got != tt.want {
			t.Errorf("match(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
}

func TestPrincipals(t *testing.T) {
	spiffe, _ := url.Parse("spiffe://example.org/ns/shop/sa/orders")
	other, _ := url.Parse("https://example.org/x")
	tests := []struct {
		name string
		cert *x509.Certificate
		want []string
	}{
		{"none", nil, nil},
		{"SPIFFE ID and DNS SAN", &x509.Certificate{URIs: []*url.URL{spiffe}, DNSNames: []string{"orders.example.com"}}, []string{spiffe.String(), "orders.example.com"}},
		{"two URI SANs are no SPIFFE ID", &x509.Certificate{URIs: []*url.URL{spiffe, other}, DNSNames: []string{"a.example.com"}}, []string{"a.example.com"}},
	}
	for _, tt := range tests {
		if got := Principals(tt.cert); strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// BenchmarkAuthenticateAuthorize is the cost per call of authentication (a key's
// digest compared with 20 configured keys) and authorization (three rules).
func BenchmarkAuthenticateAuthorize(b *testing.B) {
	var cs []config.Caller
	var keys []string
	for i := range 10 {
		k1, _ := callerkey.New()
		k2, _ := callerkey.New()
		keys = append(keys, k1)
		cs = append(cs, keyed("caller"+string(rune('a'+i)), []string{k1, k2}, config.Caller{
			Accounts: []string{"main"},
			Allow:    []string{"wxgate.card.v1.CardService/*", "wxgate.wifi.v1.WifiService/Get*"},
			Deny:     []string{"wxgate.card.v1.CardService/SetTestWhitelist"},
		}))
	}
	cfg := config.Config{Auth: config.Auth{Mode: config.AuthKeys}, Callers: cs}
	s, err := New(cfg, Options{})
	if err != nil {
		b.Fatal(err)
	}
	auth := []string{"Bearer " + keys[7]}
	b.ReportAllocs()
	for b.Loop() {
		id := s.Authenticate(auth, nil)
		if err := id.Authorize("wxgate.wifi.v1.WifiService/GetConnectUrl", "main"); err != nil {
			b.Fatal(err)
		}
	}
}

func nameOf(c *Caller) string {
	if c == nil {
		return ""
	}
	return c.Name
}

func errorInfo(err error) *errdetails.ErrorInfo {
	for _, d := range status.Convert(err).Details() {
		if info, ok := d.(*errdetails.ErrorInfo); ok {
			return info
		}
	}
	return nil
}

func reason(err error) string { return errorInfo(err).GetReason() }
