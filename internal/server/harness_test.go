package server_test

import (
	"testing"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/gatewaytest"
)

// harness is a running gateway with the clients the tests here use.
type harness struct {
	*gatewaytest.Gateway
	wifi wifiv1.WifiServiceClient
}

func start(t testing.TB, opts ...gatewaytest.Option) *harness {
	g := gatewaytest.Start(t, opts...)
	return &harness{Gateway: g, wifi: wifiv1.NewWifiServiceClient(g.Conn)}
}
