package main

import (
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	"google.golang.org/protobuf/proto"
)

// TestTracesExportedOnExit: `gateway serve` with OTEL_EXPORTER_OTLP_ENDPOINT
// sends a REST call's spans, in the caller's trace, to that OTLP/HTTP collector
// (here on loopback); with a batch delay longer than the test, they leave only
// because SIGTERM's shutdown flushes them.
func TestTracesExportedOnExit(t *testing.T) {
	var mu sync.Mutex
	var got []*coltracepb.ExportTraceServiceRequest
	collector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		var req coltracepb.ExportTraceServiceRequest
		if r.URL.Path != "/v1/traces" || proto.Unmarshal(raw, &req) != nil {
			t.Errorf("the collector got %s %s (%d bytes), want OTLP protobuf on /v1/traces", r.Method, r.URL.Path, len(raw))
		}
		mu.Lock()
		got = append(got, &req)
		mu.Unlock()
		out, _ := proto.Marshal(&coltracepb.ExportTraceServiceResponse{})
		w.Header().Set("Content-Type", "application/x-protobuf")
		w.Write(out)
	}))
	defer collector.Close()
	g := startGateway(t, "--sandbox", "WXGATE_APP_ID=", "WXGATE_APP_SECRET=",
		"OTEL_EXPORTER_OTLP_ENDPOINT="+collector.URL, "OTEL_TRACES_EXPORTER=", "OTEL_SDK_DISABLED=", "OTEL_BSP_SCHEDULE_DELAY=600000")
	if !strings.Contains(g.log(), "tracing on") {
		t.Errorf("the log does not say tracing is on:\n%s", g.log())
	}

	traceID := "0af7651916cd43dd8448eb211c80319c"
	req, _ := http.NewRequest("GET", "http://"+g.http+"/v1/wifi/shops/429620/qrcode?img_id=QRCODE_IMAGE_POSTER", nil)
	req.Header.Set("traceparent", "00-"+traceID+"-b7ad6b7169203331-01")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("HTTP %d", resp.StatusCode)
	}
	mu.Lock()
	early := len(got)
	mu.Unlock()
	if early != 0 {
		t.Errorf("%d exports before the gateway stopped, want none (the batch waits 10 minutes)", early)
	}
	g.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-g.exited:
		if err != nil {
			t.Fatalf("exit: %v\n%s", err, g.log())
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("the gateway did not exit:\n%s", g.log())
	}

	mu.Lock()
	defer mu.Unlock()
	inTrace := map[string]bool{}
	for _, req := range got {
		for _, rs := range req.GetResourceSpans() {
			for _, ss := range rs.GetScopeSpans() {
				for _, s := range ss.GetSpans() {
					if hex.EncodeToString(s.GetTraceId()) == traceID {
						inTrace[s.GetName()] = true
					}
				}
			}
		}
	}
	for _, want := range []string{"GET /v1/wifi/shops/{shop_id}/qrcode", "wxgate.wifi.v1.WifiService/GetQrcode", "wechat POST /bizwifi/qrcode/get"} {
		if !inTrace[want] {
			t.Errorf("no span %q in the caller's trace; got %v", want, inTrace)
		}
	}
}
