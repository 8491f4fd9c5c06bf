package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"testing"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/upstream"
)

// The benchmarks make the same upstream call, /bizwifi/homepage/get, three ways:
// through the gateway over gRPC, through the gateway over REST, and directly to the
// simulator. gateway/direct is the gateway's overhead.

func BenchmarkGatewayGRPC(b *testing.B) {
	h := startBench(b)
	benchGRPC(b, h, context.Background())
}

// BenchmarkGatewayGRPCWithKey is BenchmarkGatewayGRPC with callers on: 20 keys of
// 10 callers configured, the call authenticated by one and authorized by rules.
func BenchmarkGatewayGRPCWithKey(b *testing.B) {
	h, key := startBenchWithKeys(b)
	benchGRPC(b, h, gatewaytest.WithKey(context.Background(), key))
}

// BenchmarkGatewayGRPCTraced is BenchmarkGatewayGRPC with tracing on, every
// call sampled (spans kept in memory): what tracing costs a call.
func BenchmarkGatewayGRPCTraced(b *testing.B) {
	benchGRPC(b, startTraced(b, gatewaytest.Unlimited), context.Background())
}

func benchGRPC(b *testing.B, h *harness, ctx context.Context) {
	req := &wifiv1.GetHomepageRequest{ShopId: 429620}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := h.wifi.GetHomepage(ctx, req); err != nil {
			b.Fatal(err)
		}
		if h.Spans != nil && i%1000 == 0 {
			h.Spans.Reset()
		}
	}
}

func BenchmarkGatewayREST(b *testing.B) {
	benchREST(b, startBench(b), "")
}

// BenchmarkGatewayRESTWithKey is BenchmarkGatewayREST with callers on.
func BenchmarkGatewayRESTWithKey(b *testing.B) {
	h, key := startBenchWithKeys(b)
	benchREST(b, h, key)
}

// BenchmarkGatewayRESTTraced is BenchmarkGatewayREST with tracing on.
func BenchmarkGatewayRESTTraced(b *testing.B) {
	benchREST(b, startTraced(b, gatewaytest.Unlimited), "")
}

func benchREST(b *testing.B, h *harness, key string) {
	client := upstream.NewHTTPClient(0)
	req, err := http.NewRequest("GET", h.Base+"/v1/wifi/shops/429620/homepage", nil)
	if err != nil {
		b.Fatal(err)
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		resp, err := client.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			b.Fatalf("HTTP %d", resp.StatusCode)
		}
		if h.Spans != nil && i%1000 == 0 {
			h.Spans.Reset()
		}
	}
}

// BenchmarkDirect is the upstream call alone: what a service embedding an SDK pays.
func BenchmarkDirect(b *testing.B) {
	h := startBench(b)
	client := upstream.NewHTTPClient(0)
	tokenBody, _ := json.Marshal(map[string]any{"grant_type": "client_credential", "appid": h.Sim.AppID(), "secret": h.Sim.AppSecret()})
	resp, err := client.Post(h.Sim.URL()+"/cgi-bin/stable_token", "application/json", bytes.NewReader(tokenBody))
	if err != nil {
		b.Fatal(err)
	}
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	json.NewDecoder(resp.Body).Decode(&tok)
	resp.Body.Close()
	url := h.Sim.URL() + "/bizwifi/homepage/get?access_token=" + tok.AccessToken
	body := []byte(`{"shop_id":429620}`)
	b.ReportAllocs()
	for b.Loop() {
		resp, err := client.Post(url, "application/json", bytes.NewReader(body))
		if err != nil {
			b.Fatal(err)
		}
		var out struct {
			Errcode int `json:"errcode"`
			Data    struct {
				ShopID int64  `json:"shop_id"`
				URL    string `json:"url"`
			} `json:"data"`
		}
		json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if out.Errcode != 0 {
			b.Fatalf("errcode %d", out.Errcode)
		}
	}
}

// startBench is start for a benchmark: no rate limits.
func startBench(b *testing.B) *harness {
	return start(b, gatewaytest.Unlimited)
}

// startBenchWithKeys is startBench with ten callers of two keys each; it returns
// the key of the seventh, which may read Wi-Fi.
func startBenchWithKeys(b *testing.B) (*harness, string) {
	var cs []config.Caller
	var key string
	for i := range 10 {
		k1, _ := callerkey.New()
		k2, _ := callerkey.New()
		if i == 6 {
			key = k1
		}
		cs = append(cs, config.Caller{
			Name: fmt.Sprintf("caller%d", i), Keys: gatewaytest.Keys(k1, k2), Accounts: []string{"main"},
			Allow: []string{"wxgate.card.v1.CardService/*", "wxgate.wifi.v1.WifiService/Get*"},
			Deny:  []string{"wxgate.card.v1.CardService/SetTestWhitelist"},
		})
	}
	return start(b, gatewaytest.Unlimited, gatewaytest.WithCallers(cs...)), key
}
