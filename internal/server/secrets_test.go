package server_test

import (
	"net/http"
	"strings"
	"testing"

	"google.golang.org/grpc/status"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// TestSecretsStayOutOfLogsAndAnswers drives the gateway through token fetches,
// refusals, retries, failures and bad input with debug logging on, then looks for
// the AppSecret and every token the simulator issued in the logs and the answers.
func TestSecretsStayOutOfLogsAndAnswers(t *testing.T) {
	h := start(t, gatewaytest.Unlimited)
	var answers strings.Builder
	record := func(err error) {
		if err != nil {
			answers.WriteString(status.Convert(err).String())
		}
	}

	_, err := h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{})
	record(err)
	h.Sim.InvalidateTokens()
	_, err = h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{})
	record(err)
	for _, f := range []wechatsim.Fault{{Errcode: 40001}, {Errcode: -1, Times: 1}, {Drop: true}, {HTTPStatus: 500}, {NonJSON: true}, {Errcode: 40125}} {
		h.Sim.ClearFaults()
		h.Sim.Inject(pathConnectURL, f)
		_, err = h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{})
		record(err)
	}
	h.Sim.ClearFaults()
	h.Sim.ExpireTokens()
	h.Sim.Inject("/cgi-bin/stable_token", wechatsim.Fault{Errcode: 40125, Times: 1})
	_, err = h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{})
	record(err)
	_, body := h.REST(http.MethodGet, "/readyz", "")
	answers.WriteString(strings.Join(mapStrings(body), " "))
	_, err = h.wifi.GetConnectUrl(h.Ctx(""), &wifiv1.GetConnectUrlRequest{})
	record(err)
	_, err = h.wifi.SetHomepage(h.Ctx(""), &wifiv1.SetHomepageRequest{ShopId: -1})
	record(err)

	logs := h.Logs.String()
	if !strings.Contains(logs, "access_token fetched") {
		t.Fatalf("the logs are not the gateway's (debug level expected):\n%s", logs)
	}
	secrets := append([]string{h.Sim.AppSecret()}, h.Sim.Tokens()...)
	if len(secrets) < 3 {
		t.Fatalf("the scenario issued %d tokens, want at least 2", len(secrets)-1)
	}
	for _, s := range secrets {
		if strings.Contains(logs, s) {
			t.Errorf("a secret (%.4s…) is in the logs", s)
		}
		if strings.Contains(answers.String(), s) {
			t.Errorf("a secret (%.4s…) is in an answer", s)
		}
	}
}

func mapStrings(m map[string]any) []string {
	var out []string
	for k, v := range m {
		out = append(out, k)
		switch v := v.(type) {
		case string:
			out = append(out, v)
		case map[string]any:
			out = append(out, mapStrings(v)...)
		}
	}
	return out
}
