package server_test

import (
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	eventsv1 "github.com/wxgate/wxgate/gen/go/wxgate/events/v1"
	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// dashboard is deploy/grafana/wxgate.json, the Grafana dashboard operators import.
const dashboard = "../../deploy/grafana/wxgate.json"

// metricName is an identifier in a PromQL query that names a metric of ours: the
// exporters' prefixes, and not a label (followed by =, !=, =~ or !~) or a function.
var metricName = regexp.MustCompile(`\b((?:wxgate|grpc_server)_[a-z_]+)\b\s*([=!]?)`)

// dashboardMetrics are the metric names the dashboard's queries use, by panel.
func dashboardMetrics(t *testing.T) map[string][]string {
	t.Helper()
	raw, err := os.ReadFile(dashboard)
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Panels []struct {
			Title   string `json:"title"`
			Type    string `json:"type"`
			Targets []struct {
				Expr string `json:"expr"`
			} `json:"targets"`
		} `json:"panels"`
		Templating struct {
			List []struct {
				Name       string `json:"name"`
				Definition string `json:"definition"`
			} `json:"list"`
		} `json:"templating"`
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatalf("%s: %v", dashboard, err)
	}
	names := map[string][]string{}
	add := func(where, expr string) {
		found := false
		for _, m := range metricName.FindAllStringSubmatch(expr, -1) {
			if m[2] != "" { // a label
				continue
			}
			n := m[1]
			for _, suffix := range []string{"_bucket", "_sum", "_count"} {
				n = strings.TrimSuffix(n, suffix) // a histogram's series
			}
			names[n] = append(names[n], where)
			found = true
		}
		if !found {
			t.Errorf("%s: query %q names no metric of the gateway's", where, expr)
		}
	}
	for _, p := range d.Panels {
		if p.Type == "row" {
			continue
		}
		if len(p.Targets) == 0 {
			t.Errorf("panel %q has no query", p.Title)
		}
		for _, tg := range p.Targets {
			add("panel "+p.Title, tg.Expr)
		}
	}
	for _, v := range d.Templating.List {
		if v.Definition != "" {
			add("variable "+v.Name, v.Definition)
		}
	}
	return names
}

// TestDashboardMetricsExist: every metric the Grafana dashboard queries is one a
// live gateway exports, on a gateway that has done a little of everything the
// dashboard shows (calls over gRPC and REST, a refused caller, a local limit,
// WeChat errcodes, a push delivered and acknowledged, a daily quota and a share).
func TestDashboardMetricsExist(t *testing.T) {
	key, _ := callerkey.New()
	g := gatewaytest.Start(t, gatewaytest.WithCallback(config.PushSafe),
		gatewaytest.WithCallers(config.Caller{Name: "shop", Keys: gatewaytest.Keys(key), Accounts: []string{"*"}, Allow: []string{"*"},
			Quotas: map[string]ratelimit.Limit{pathHomepage: {QPS: 100, Burst: 100, Daily: 50}}}),
		gatewaytest.WithLimits(map[string]ratelimit.Limit{"default": {QPS: 1000, Burst: 1000}, pathQrcode: {QPS: 1, Burst: 1}, pathHomepage: {QPS: 100, Burst: 100, Daily: 100}}))
	ctx := gatewaytest.WithKey(g.Ctx(""), key)

	sub := subscribe(t, g.Conn, ctx, &eventsv1.SubscribeRequest{Group: "dash", EventTypes: []string{"add_store_audit_info"}})
	if _, err := storev1.NewStoreServiceClient(g.Conn).AddStore(ctx, sandboxStore()); err != nil {
		t.Fatal(err)
	}
	ack(t, g.Conn, ctx, "dash", sub.next(t).GetEvent().GetId())
	wifi := wifiv1.NewWifiServiceClient(g.Conn)
	for range 2 { // the second is over the local limit
		wifi.GetQrcode(ctx, &wifiv1.GetQrcodeRequest{ShopId: 429620, ImgId: wifiv1.QrcodeImage_QRCODE_IMAGE_POSTER})
	}
	g.Sim.Inject(pathHomepage, wechatsim.Fault{Errcode: 40013, Times: 1}) // a WeChat errcode
	wifi.GetHomepage(ctx, &wifiv1.GetHomepageRequest{ShopId: 429620})
	if code, _ := g.REST("GET", "/v1/wifi/connect-url", "", "Authorization", "Bearer "+key); code != 200 {
		t.Errorf("REST call: HTTP %d", code)
	}
	if code, _ := g.REST("GET", "/v1/wifi/connect-url", ""); code != 401 {
		t.Errorf("REST call without a key: HTTP %d, want 401", code)
	}

	exported := map[string]bool{}
	for _, line := range strings.Split(scrape(t, g), "\n") {
		if f := strings.Fields(line); len(f) >= 3 && f[0] == "#" && f[1] == "TYPE" {
			exported[f[2]] = true
		}
	}
	used := dashboardMetrics(t)
	if len(used) < 10 {
		t.Errorf("the dashboard queries %d metrics, want the gateway's main ones", len(used))
	}
	for name, where := range used {
		if !exported[name] {
			t.Errorf("%s (in %s) is not in the gateway's /metrics", name, strings.Join(slices.Compact(where), ", "))
		}
	}
}
