package portal

import (
	"context"
	"crypto/md5"
	"errors"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/wxgate/wxgate/internal/redistest"
)

// The worked vector of the issue, checked with Python's hashlib:
// python3 -c 'import hashlib; print(hashlib.md5(b"wx0123456789abcdefabc1231700000000000429620http://192.168.1.1/auth.html?t=abc&s=123aa:bb:cc:dd:ee:ffWX1233f8a1c9d2e7b4a60").hexdigest())'
var (
	vector = Params{
		AppID:     "wx0123456789abcdef",
		Extend:    "abc123",
		Timestamp: 1700000000000,
		ShopID:    429620,
		AuthURL:   "http://192.168.1.1/auth.html?t=abc&s=123",
		MAC:       "aa:bb:cc:dd:ee:ff",
		SSID:      "WX123",
	}
	vectorKey  = "3f8a1c9d2e7b4a60"
	vectorSign = "e59bccfee9b43fc7e22aee894c0e0328"
)

// independentSign is the seed's formula written out another way, to check Sign against.
func independentSign(p Params, key string) string {
	s := fmt.Sprintf("%s%s%d%d%s%s%s%s", p.AppID, p.Extend, p.Timestamp, p.ShopID, p.AuthURL, p.MAC, p.SSID, key)
	return fmt.Sprintf("%x", md5.Sum([]byte(s)))
}

func TestSign(t *testing.T) {
	long := Params{
		AppID:     "wxfedcba9876543210",
		Extend:    strings.Repeat("A1", 150), // 300 characters, the most the seed allows
		Timestamp: 1699999999999,
		ShopID:    1,
		AuthURL:   "https://portal.example.com/auth?" + strings.Repeat("x", 300) + "&y=%E4%B8%AD",
		MAC:       "AA:BB:CC:00:11:22",
		SSID:      "咖啡店WiFi",
	}
	tests := []struct {
		name string
		p    Params
		key  string
		want string // empty: computed by independentSign
	}{
		{name: "issue vector", p: vector, key: vectorKey, want: vectorSign},
		// Checked with Python's hashlib; the concatenation is 707 bytes, past Sign's stack buffer.
		{name: "long, python", p: long, key: "k", want: "645af08e041f558cf65c5e47192afad4"},
		{name: "empty extend, max shop id, python", key: "secret with spaces", want: "226710c4a433ce4ed3742adf0ac27825", p: Params{
			AppID: "wx0123456789abcdef", Timestamp: 1, ShopID: math.MaxInt64, AuthURL: "http://10.0.0.1/", MAC: "00:00:00:00:00:00", SSID: "a b",
		}},
		{name: "other timestamp", p: with(vector, func(p *Params) { p.Timestamp = 1700000000001 }), key: vectorKey},
		{name: "other shop", p: with(vector, func(p *Params) { p.ShopID = 429621 }), key: vectorKey},
		{name: "upper-case mac", p: with(vector, func(p *Params) { p.MAC = "AA:BB:CC:DD:EE:FF" }), key: vectorKey},
		{name: "other key", p: vector, key: "3f8a1c9d2e7b4a61"},
		{name: "https auth url", p: with(vector, func(p *Params) { p.AuthURL = "https://auth.example.com:8443/p?a=1&b=2#x" }), key: vectorKey},
		{name: "unicode ssid", p: with(vector, func(p *Params) { p.SSID = "星巴克-5G" }), key: vectorKey},
		{name: "long extend", p: long, key: vectorKey},
	}
	seen := map[string]string{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = independentSign(tt.p, tt.key)
			}
			got := Sign(tt.p, tt.key)
			if got != want {
				t.Errorf("Sign = %s, want %s", got, want)
			}
			if other, dup := seen[got]; dup {
				t.Errorf("same sign as %q: a changed input did not change the sign", other)
			}
			seen[got] = tt.name
			if !Verify(tt.p, tt.key, got) || !Verify(tt.p, tt.key, strings.ToUpper(got)) {
				t.Errorf("Verify rejects its own sign %s", got)
			}
		})
	}
}

func with(p Params, change func(*Params)) Params {
	change(&p)
	return p
}

func TestVerify(t *testing.T) {
	tests := []struct {
		name string
		p    Params
		key  string
		sign string
		want bool
	}{
		{"valid", vector, vectorKey, vectorSign, true},
		{"valid, capitals", vector, vectorKey, strings.ToUpper(vectorSign), true},
		{"wrong key", vector, "3f8a1c9d2e7b4a61", vectorSign, false},
		{"wrong timestamp", with(vector, func(p *Params) { p.Timestamp++ }), vectorKey, vectorSign, false},
		{"wrong mac", with(vector, func(p *Params) { p.MAC = "aa:bb:cc:dd:ee:fe" }), vectorKey, vectorSign, false},
		{"wrong ssid", with(vector, func(p *Params) { p.SSID = "WX124" }), vectorKey, vectorSign, false},
		{"wrong app id", with(vector, func(p *Params) { p.AppID = "wx0123456789abcdee" }), vectorKey, vectorSign, false},
		{"last digit", vector, vectorKey, vectorSign[:31] + "9", false},
		{"first digit", vector, vectorKey, "f" + vectorSign[1:], false},
		{"too short", vector, vectorKey, vectorSign[:30], false},
		{"too long", vector, vectorKey, vectorSign + "00", false},
		{"not hex", vector, vectorKey, "z" + vectorSign[1:], false},
		{"empty", vector, vectorKey, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Verify(tt.p, tt.key, tt.sign); got != tt.want {
				t.Errorf("Verify = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestConnectURL(t *testing.T) {
	link := ConnectURL(vector, vectorSign)
	const want = "weixin://connectToFreeWifi/?apKey=_p33beta&appId=wx0123456789abcdef&shopId=429620" +
		"&authUrl=http%3A%2F%2F192.168.1.1%2Fauth.html%3Ft%3Dabc%26s%3D123" +
		"&extend=abc123&timestamp=1700000000000&sign=e59bccfee9b43fc7e22aee894c0e0328"
	if link != want {
		t.Errorf("ConnectURL =\n%s\nwant\n%s", link, want)
	}

	for _, p := range []Params{vector, with(vector, func(p *Params) {
		p.AuthURL = "https://auth.example.com/a b?x=1&sign=forged#frag+plus"
		p.Extend = ""
	})} {
		u, err := url.Parse(ConnectURL(p, vectorSign))
		if err != nil {
			t.Fatal(err)
		}
		if u.Scheme != "weixin" || u.Host != "connectToFreeWifi" || u.Path != "/" {
			t.Errorf("link %s is not weixin://connectToFreeWifi/", u)
		}
		q := u.Query()
		got := map[string]string{}
		for k, v := range q {
			if len(v) != 1 {
				t.Errorf("parameter %s appears %d times", k, len(v))
			}
			got[k] = v[0]
		}
		wantParams := map[string]string{
			"apKey": "_p33beta", "appId": p.AppID, "shopId": strconv.FormatInt(p.ShopID, 10), "authUrl": p.AuthURL,
			"extend": p.Extend, "timestamp": strconv.FormatInt(p.Timestamp, 10), "sign": vectorSign,
		}
		if fmt.Sprint(got) != fmt.Sprint(wantParams) {
			t.Errorf("link parameters = %v, want %v", got, wantParams)
		}
		if strings.Contains(u.RawQuery, "+") {
			t.Errorf("link %s encodes with +", u)
		}
	}
}

func TestMemoryStore(t *testing.T) {
	s := NewMemoryStore()
	testStore(t, s)
	if len(s.keys) != 2 {
		t.Errorf("the store holds %d entries after Gets of unknown shops, want 2", len(s.keys))
	}
}

func TestRedisStore(t *testing.T) {
	srv := redistest.Start(t)
	testStore(t, NewRedisStore(srv.Client(), "t:"))
	// A second replica sees the keys the first one put.
	if got, err := NewRedisStore(srv.Client(), "t:").Get(context.Background(), "main", 1); err != nil || got != "k3" {
		t.Errorf("another replica's Get = %v", err)
	}
	srv.Stop()
	_, err := NewRedisStore(srv.Client(), "t:").Get(context.Background(), "main", 1)
	if err == nil || errors.Is(err, ErrNoSecret) || strings.Contains(err.Error(), "k3") {
		t.Errorf("Get with Redis down = %v, want an error that is not ErrNoSecret and holds no key", err)
	}
}

// testStore checks a SecretStore's behaviour, whatever keeps the keys.
func testStore(t *testing.T, s SecretStore) {
	ctx := context.Background()
	if _, err := s.Get(ctx, "main", 1); !errors.Is(err, ErrNoSecret) {
		t.Errorf("Get of an empty store = %v, want ErrNoSecret", err)
	}
	if err := s.Put(ctx, "main", 1, ""); err == nil {
		t.Error("Put accepted an empty key")
	}
	must(t, s.Put(ctx, "main", 1, "k1"))
	must(t, s.Put(ctx, "other", 1, "k2"))
	must(t, s.Put(ctx, "main", 1, "k3")) // a re-registered device's new key
	for _, tt := range []struct {
		account string
		shop    int64
		want    Secret
	}{{"main", 1, "k3"}, {"other", 1, "k2"}, {"main", 2, ""}, {"third", 1, ""}} {
		got, err := s.Get(ctx, tt.account, tt.shop)
		if got != tt.want || (tt.want == "") != errors.Is(err, ErrNoSecret) {
			t.Errorf("Get(%s, %d) = %q, %v; want %q", tt.account, tt.shop, got.Reveal(), err, tt.want.Reveal())
		}
	}
}

func TestMemoryStoreConcurrent(t *testing.T) {
	ctx := context.Background()
	s := NewMemoryStore()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 100 {
				s.Put(ctx, "main", int64(j), Secret(strconv.Itoa(i)))
				s.Get(ctx, "main", int64(j))
			}
		})
	}
	wg.Wait()
	if len(s.keys) != 100 {
		t.Errorf("%d entries, want 100", len(s.keys))
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func BenchmarkSign(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Sign(vector, vectorKey)
	}
}

func BenchmarkVerify(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Verify(vector, vectorKey, vectorSign)
	}
}

func BenchmarkConnectURL(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		ConnectURL(vector, vectorSign)
	}
}
