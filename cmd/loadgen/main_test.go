package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wxgate/wxgate/internal/config"
)

// The load run itself is make load, never part of the tests; these check its pieces.

func TestGatewayConfigLoads(t *testing.T) {
	for _, tt := range []struct{ maxInFlight, want int }{
		{0, config.DefaultMaxCallsInFlight},
		{25000, 25000},
	} {
		path := filepath.Join(t.TempDir(), "gateway.yaml")
		if err := os.WriteFile(path, []byte(gatewayConfig("http://127.0.0.1:1234", "wx0123456789abcdef", tt.maxInFlight)), 0o600); err != nil {
			t.Fatal(err)
		}
		cfg, err := config.Load(path, func(k string) string {
			if k == "WXGATE_LOAD_APP_SECRET" {
				return "secret"
			}
			return ""
		})
		if err != nil {
			t.Fatal(err)
		}
		if !cfg.AllLoopback() || cfg.Accounts[0].UpstreamURL != "http://127.0.0.1:1234" {
			t.Errorf("config %+v", cfg)
		}
		limits, _ := cfg.Limits()
		if l := limits.For("/bizwifi/account/get_connecturl"); l.QPS < 1e6 {
			t.Errorf("the limit is in the way: %+v", l)
		}
		if got := cfg.RequestLimits.MaxCallsInFlight; got != tt.want {
			t.Errorf("gatewayConfig(%d): max_calls_in_flight %d, want %d", tt.maxInFlight, got, tt.want)
		}
	}
}

func TestParseStatus(t *testing.T) {
	m, err := parseStatus([]byte("Name:\tgateway\nVmPeak:\t 1000 kB\nVmHWM:\t   40960 kB\nVmRSS:\t   20480 kB\n"))
	if err != nil || m.rss != 20480 || m.hwm != 40960 {
		t.Fatalf("parseStatus = %+v, %v", m, err)
	}
	if m.String() != "VmRSS 20.0 MiB, VmHWM (peak) 40.0 MiB" {
		t.Errorf("String = %q", m)
	}
	if _, err := parseStatus([]byte("Name: x\n")); err == nil {
		t.Error("no error without VmRSS")
	}
	if _, err := readMemory(os.Getpid()); err != nil {
		t.Error(err)
	}
}

func TestQuantile(t *testing.T) {
	var s stats
	for i := 100; i >= 1; i-- {
		s.latencies = append(s.latencies, time.Duration(i)*time.Millisecond)
	}
	for q, want := range map[float64]time.Duration{0.5: 50 * time.Millisecond, 0.99: 99 * time.Millisecond, 1: 100 * time.Millisecond, 0: time.Millisecond} {
		if got := s.quantile(q); got != want {
			t.Errorf("quantile(%v) = %v, want %v", q, got, want)
		}
	}
}

func TestParseFlags(t *testing.T) {
	o, err := parseFlags([]string{"-latencies", "0, 20ms", "-paths", "grpc,direct"}, io.Discard)
	if err != nil || len(o.latencies) != 2 || o.latencies[1] != 20*time.Millisecond || o.paths[0] != pathGRPC {
		t.Fatalf("parseFlags = %+v, %v", o, err)
	}
	if o, err := parseFlags([]string{"-rotation", "20s"}, io.Discard); err != nil || o.rotation != 20*time.Second || o.rotationLatency != 20*time.Millisecond {
		t.Errorf("-rotation 20s: %+v, %v", o, err)
	}
	for _, bad := range [][]string{{"-latencies", "x"}, {"-paths", "soap"}, {"-callers", "0"}, {"-rotation", "2s"}} {
		if _, err := parseFlags(bad, io.Discard); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}

func TestParseStat(t *testing.T) {
	// pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
	raw := []byte("123 (gate way) S 1 123 123 0 -1 4194560 100 0 0 0 250 75 0 0 20 0 8 0")
	if d, err := parseStat(raw); err != nil || d != 3250*time.Millisecond {
		t.Fatalf("parseStat = %v, %v; want 3.25s", d, err)
	}
	if _, err := cpuTime(os.Getpid()); err != nil {
		t.Error(err)
	}
}

// TestRoundRatios: a path's ratio is also shown round by round, lowest to highest,
// against the direct window of the same round.
func TestRoundRatios(t *testing.T) {
	var direct, rest stats
	for _, w := range []struct{ direct, rest int }{{1000, 300}, {1200, 330}, {900, 290}} {
		direct.add(window{calls: w.direct, elapsed: time.Second})
		rest.add(window{calls: w.rest, elapsed: time.Second})
	}
	lo, hi, ok := rest.roundRatios(&direct)
	if !ok || fmt.Sprintf("%.3f–%.3f", lo, hi) != "0.275–0.322" {
		t.Fatalf("roundRatios = %v, %v, %v; want 0.275–0.322", lo, hi, ok)
	}
	tab := table{order: []string{pathDirect, pathREST}, stats: map[string]*stats{pathDirect: &direct, pathREST: &rest}}
	if !strings.Contains(tab.String(), "| rest | 307 | 0.297 | 0.275–0.322 |") {
		t.Errorf("table:\n%s", tab)
	}
	if _, _, ok := rest.roundRatios(&stats{}); ok {
		t.Error("ratios against a path with no rounds")
	}
}

// TestMetricSum: the samples of one metric whose labels match are summed; a
// metric whose name starts with it, a comment or another label is not counted.
func TestMetricSum(t *testing.T) {
	text := `# HELP wxgate_token_waits_total Calls that waited.
# TYPE wxgate_token_waits_total counter
wxgate_token_waits_total{account="main",kind="access_token"} 2
wxgate_token_waits_total{account="other",kind="access_token"} 3
wxgate_token_waits_total{account="main",kind="ticket jsapi"} 7
wxgate_token_waits_totally 100
wxgate_calls_in_flight 4
`
	tests := []struct {
		name, metric, match string
		want                float64
	}{
		{"matching labels", "wxgate_token_waits_total", `kind="access_token"`, 5},
		{"every sample", "wxgate_token_waits_total", "", 12},
		{"no labels", "wxgate_calls_in_flight", "", 4},
		{"absent", "wxgate_nothing", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := metricSum(text, tt.metric, tt.match)
			if err != nil || got != tt.want {
				t.Errorf("metricSum = %v, %v; want %v", got, err, tt.want)
			}
		})
	}
	if _, err := metricSum("wxgate_calls_in_flight x\n", "wxgate_calls_in_flight", ""); err == nil {
		t.Error("a value that is not a number was summed")
	}
}
