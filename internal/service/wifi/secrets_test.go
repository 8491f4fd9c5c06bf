package wifi_test

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	portalv1 "github.com/wxgate/wxgate/gen/go/wxgate/portal/v1"
	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/portal"
	"github.com/wxgate/wxgate/internal/service/wifi"
	"github.com/wxgate/wxgate/internal/upstream"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// TestSecretsNeverLogged: Wi-Fi passwords and portal keys pass through the gateway
// in requests and answers, and in errors when WeChat echoes them, but never reach
// its log (which the harness keeps at debug level).
func TestSecretsNeverLogged(t *testing.T) {
	h := start(t)
	const (
		password    = "S3cretPass"
		newPassword = "N3wS3cret!"
		echoed      = "WXecho1234"
	)
	ctx := h.Ctx("")
	if _, err := h.wifi.AddPasswordDevice(ctx, &wifiv1.AddPasswordDeviceRequest{ShopId: 429620, Ssid: "WX1", Password: password}); err != nil {
		t.Fatal(err)
	}
	if _, err := h.wifi.UpdateShop(ctx, &wifiv1.UpdateShopRequest{ShopId: 429620, Password: newPassword}); err != nil {
		t.Fatal(err)
	}
	shop, err := h.wifi.GetShop(ctx, &wifiv1.GetShopRequest{ShopId: 429620})
	if err != nil || shop.GetPassword() != newPassword {
		t.Fatalf("GetShop: %v, %v", shop, err)
	}
	reg, err := h.wifi.RegisterPortalDevice(ctx, &wifiv1.RegisterPortalDeviceRequest{ShopId: 429621, Ssid: "WXportal"})
	if err != nil || reg.GetSecretkey() == "" {
		t.Fatalf("RegisterPortalDevice: %v, %v", reg, err)
	}
	// WeChat quoting the password back in its errmsg: the error says [redacted].
	h.Sim.Inject("/bizwifi/device/add", wechatsim.Fault{Errcode: 9002013, Errmsg: "password " + echoed + " too short", Times: 1})
	_, err = h.wifi.AddPasswordDevice(ctx, &wifiv1.AddPasswordDeviceRequest{ShopId: 429620, Ssid: "WX2", Password: echoed})
	if status.Code(err) != codes.InvalidArgument || strings.Contains(err.Error(), echoed) || !strings.Contains(err.Error(), "[redacted]") {
		t.Errorf("echoed password: %v", err)
	}

	logs := h.Logs.String()
	if !strings.Contains(logs, "AddPasswordDevice") {
		t.Fatalf("the calls were not logged at all:\n%s", logs)
	}
	for _, secret := range []string{password, newPassword, echoed, reg.GetSecretkey()} {
		if strings.Contains(logs, secret) {
			t.Errorf("the log holds %q:\n%s", secret, logs)
		}
	}
}

// service is a WifiService built directly over a started simulator, for what the
// gateway does not show: the portal secret store it writes to.
func service(t *testing.T, secrets wifi.PortalSecrets, names ...string) *wifi.Server {
	t.Helper()
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	var clients []*upstream.Client
	for _, name := range names {
		c, err := upstream.New(upstream.Config{
			Account: name, AppID: sim.AppID(), AppSecret: sim.AppSecret(), BaseURL: sim.URL(),
			Log: slog.New(slog.DiscardHandler),
		})
		if err != nil {
			t.Fatal(err)
		}
		clients = append(clients, c)
	}
	set, err := accounts.NewSet(clients...)
	if err != nil {
		t.Fatal(err)
	}
	return wifi.New(set, secrets)
}

// as is an incoming call context naming account.
func as(account string) context.Context {
	return metadata.NewIncomingContext(context.Background(), metadata.Pairs(accounts.Header, account))
}

// TestRegisterPortalDeviceStoresTheKey: the key WeChat issues goes to the portal
// secret store, under the account the call named, and a reset replaces it.
func TestRegisterPortalDeviceStoresTheKey(t *testing.T) {
	store := portal.NewMemoryStore()
	svc := service(t, store, "main", "brand-b")
	get := func(account string, shopID int64) string {
		t.Helper()
		key, err := store.Get(context.Background(), account, shopID)
		if err != nil {
			t.Fatalf("%s shop %d: %v", account, shopID, err)
		}
		return key.Reveal()
	}

	first, err := svc.RegisterPortalDevice(as("brand-b"), &wifiv1.RegisterPortalDeviceRequest{ShopId: 429621, Ssid: "WXportal"})
	if err != nil {
		t.Fatal(err)
	}
	if got := get("brand-b", 429621); got != first.GetSecretkey() {
		t.Errorf("stored key %q, answered %q", got, first.GetSecretkey())
	}
	if _, err := store.Get(context.Background(), "main", 429621); !errors.Is(err, portal.ErrNoSecret) {
		t.Errorf("the key was also stored for the default account: %v", err)
	}

	again, err := svc.RegisterPortalDevice(as("brand-b"), &wifiv1.RegisterPortalDeviceRequest{ShopId: 429621, Ssid: "WXportal"})
	if err != nil || again.GetSecretkey() != first.GetSecretkey() {
		t.Errorf("registering again without reset: %v, %v; want the same key", again, err)
	}
	reset, err := svc.RegisterPortalDevice(as("brand-b"), &wifiv1.RegisterPortalDeviceRequest{ShopId: 429621, Ssid: "WXportal", Reset_: true})
	if err != nil || reset.GetSecretkey() == first.GetSecretkey() {
		t.Fatalf("reset: %v, %v; want a new key", reset, err)
	}
	if got := get("brand-b", 429621); got != reset.GetSecretkey() {
		t.Errorf("after reset the store holds %q, want the new key %q", got, reset.GetSecretkey())
	}
}

// brokenStore is a portal secret store that is down.
type brokenStore struct{}

func (brokenStore) Put(_ context.Context, account string, shopID int64, key portal.Secret) error {
	return errors.New("redis: connection refused while storing " + key.String())
}

// TestRegisterPortalDeviceStoreDown: a key that cannot be stored fails the call
// (PortalSignService could not sign with it) without showing the key; registering
// again without reset hands back the same key once the store is up.
func TestRegisterPortalDeviceStoreDown(t *testing.T) {
	svc := service(t, brokenStore{}, "main")
	_, err := svc.RegisterPortalDevice(context.Background(), &wifiv1.RegisterPortalDeviceRequest{ShopId: 429621, Ssid: "WXportal"})
	if status.Code(err) != codes.Unavailable || !strings.Contains(err.Error(), "portal secret store") {
		t.Fatalf("got %v, want UNAVAILABLE naming the portal secret store", err)
	}
	if !strings.Contains(err.Error(), "[redacted]") {
		t.Errorf("the error should show the store's message with the key redacted: %v", err)
	}
}

// TestRegisteredKeySigns: through the gateway, a shop's portal key registered with
// RegisterPortalDevice is the one PortalSignService signs with, over gRPC and over
// REST, without anyone copying it; a reset key takes over at once.
func TestRegisteredKeySigns(t *testing.T) {
	h := start(t)
	signer := portalv1.NewPortalSignServiceClient(h.Conn)
	req := &portalv1.SignRequest{
		ShopId: 429621, AuthUrl: "http://192.168.1.1/auth.html?t=abc&s=123",
		Mac: "aa:bb:cc:dd:ee:ff", Ssid: "WXportal", Timestamp: 1700000000000,
	}
	want := func(key string) string {
		return portal.Sign(portal.Params{
			AppID: h.Sim.AppID(), Timestamp: req.GetTimestamp(), ShopID: req.GetShopId(),
			AuthURL: req.GetAuthUrl(), MAC: req.GetMac(), SSID: req.GetSsid(),
		}, key)
	}

	_, err := signer.Sign(h.Ctx(""), req)
	if status.Code(err) != codes.FailedPrecondition {
		t.Fatalf("Sign before registering: %v, want FAILED_PRECONDITION", err)
	}
	reg, err := h.wifi.RegisterPortalDevice(h.Ctx(""), &wifiv1.RegisterPortalDeviceRequest{ShopId: 429621, Ssid: "WXportal"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := signer.Sign(h.Ctx(""), req)
	if err != nil || got.GetSign() != want(reg.GetSecretkey()) {
		t.Fatalf("Sign after registering: %v, %v; want %s", got, err, want(reg.GetSecretkey()))
	}

	rest := h.RESTProto(t, "POST", "/v1/wifi/shops/429621/portal-devices", `{"ssid":"WXportal","reset":true}`,
		&wifiv1.RegisterPortalDeviceResponse{}).(*wifiv1.RegisterPortalDeviceResponse)
	if rest.GetSecretkey() == reg.GetSecretkey() {
		t.Fatal("reset kept the key")
	}
	got, err = signer.Sign(h.Ctx(""), req)
	if err != nil || got.GetSign() != want(rest.GetSecretkey()) {
		t.Errorf("Sign after reset: %v, %v; want the new key's %s", got, err, want(rest.GetSecretkey()))
	}
}
