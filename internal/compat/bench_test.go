package compat_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/upstream"
)

// The pass-through's cost: GET /bizwifi/account/get_connecturl through it with an
// SDK token, against the same call made directly to the simulator with a real
// token (what an SDK pays without wxgate). In one run: go test -bench . ./internal/compat/

func BenchmarkPassThrough(b *testing.B) {
	key, _ := callerkey.New()
	g := gatewaytest.Start(b, gatewaytest.Unlimited, gatewaytest.WithCompat, gatewaytest.WithCallers(config.Caller{
		Name: "sdk", Keys: gatewaytest.Keys(key), Accounts: []string{"main"}, Allow: []string{"/bizwifi/*"},
	}))
	client := upstream.NewHTTPClient(0)
	base := "http://" + g.Server.CompatAddr()
	resp, err := client.Get(base + "/cgi-bin/token?" + url.Values{"grant_type": {"client_credential"}, "appid": {g.Sim.AppID()}, "secret": {key}}.Encode())
	if err != nil {
		b.Fatal(err)
	}
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	json.NewDecoder(resp.Body).Decode(&tok)
	resp.Body.Close()
	benchGet(b, client, base+"/bizwifi/account/get_connecturl?access_token="+tok.AccessToken)
}

func BenchmarkDirect(b *testing.B) {
	g := gatewaytest.Start(b, gatewaytest.Unlimited)
	client := upstream.NewHTTPClient(0)
	body, _ := json.Marshal(map[string]any{"grant_type": "client_credential", "appid": g.Sim.AppID(), "secret": g.Sim.AppSecret()})
	resp, err := client.Post(g.Sim.URL()+"/cgi-bin/stable_token", "application/json", bytes.NewReader(body))
	if err != nil {
		b.Fatal(err)
	}
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	json.NewDecoder(resp.Body).Decode(&tok)
	resp.Body.Close()
	benchGet(b, client, g.Sim.URL()+"/bizwifi/account/get_connecturl?access_token="+tok.AccessToken)
}

// benchGet calls u from parallel goroutines, and reports the p50 and p99 latency.
func benchGet(b *testing.B, client *http.Client, u string) {
	b.ReportAllocs()
	var mu sync.Mutex
	var all []time.Duration
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for pb.Next() {
			start := time.Now()
			resp, err := client.Get(u)
			if err != nil {
				b.Error(err) // not Fatal: this is not the benchmark's goroutine
				return
			}
			raw, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			mine = append(mine, time.Since(start))
			if !bytes.Contains(raw, []byte(`"connect_url"`)) {
				b.Errorf("%s", raw)
				return
			}
		}
		mu.Lock()
		all = append(all, mine...)
		mu.Unlock()
	})
	slices.Sort(all)
	if n := len(all); n > 0 {
		b.ReportMetric(float64(all[n/2].Microseconds()), "p50-µs")
		b.ReportMetric(float64(all[n*99/100].Microseconds()), "p99-µs")
	}
}
