package server

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/callers"
	"github.com/wxgate/wxgate/internal/middleware"
)

// panicky is a WifiService whose handler panics.
type panicky struct {
	wifiv1.UnimplementedWifiServiceServer
}

func (panicky) GetConnectUrl(context.Context, *wifiv1.GetConnectUrlRequest) (*wifiv1.GetConnectUrlResponse, error) {
	panic("secret detail of the crash")
}

// TestPanicIsPlainInternal: a panicking handler gives the client a plain INTERNAL
// (HTTP 500) and the stack goes to the log only.
func TestPanicIsPlainInternal(t *testing.T) {
	logs := &lockedBuffer{}
	chain, err := middleware.New(slog.New(slog.NewJSONHandler(logs, nil)), prometheus.NewRegistry(), callers.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	g := grpc.NewServer(chain.ServerOptions()...)
	wifiv1.RegisterWifiServiceServer(g, panicky{})
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go g.Serve(lis)
	t.Cleanup(g.Stop)
	conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })

	_, err = wifiv1.NewWifiServiceClient(conn).GetConnectUrl(context.Background(), &wifiv1.GetConnectUrlRequest{})
	if st := status.Convert(err); st.Code() != codes.Internal || st.Message() != "internal error" {
		t.Errorf("gRPC: %v, want a plain INTERNAL", err)
	}

	mux, err := restMux(context.Background(), conn, []service{{name: "wifi", rest: restRoutes(wifiv1.RegisterWifiServiceHandlerClient, wifiv1.NewWifiServiceClient)}})
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: mux}
	hl, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go hs.Serve(hl)
	t.Cleanup(func() { hs.Close() })
	resp, err := http.Get("http://" + hl.Addr().String() + "/v1/wifi/connect-url")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var body map[string]any
	json.Unmarshal(raw, &body)
	if resp.StatusCode != http.StatusInternalServerError || body["message"] != "internal error" {
		t.Errorf("REST: HTTP %d %s, want 500 with a plain message", resp.StatusCode, raw)
	}
	if strings.Contains(string(raw), "secret detail") {
		t.Error("the panic value reached the client")
	}
	if !strings.Contains(logs.String(), "secret detail of the crash") || !strings.Contains(logs.String(), "goroutine") {
		t.Error("the panic and its stack are not in the log")
	}
}

// lockedBuffer collects log lines written from handler goroutines.
type lockedBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
