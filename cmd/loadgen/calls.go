package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
)

// The paths a call can take.
const (
	pathDirect = "direct" // the simulator's own endpoint, with its access_token: an SDK calling WeChat
	pathProxy  = "proxy"  // the same call through a bare net/http proxy adding the token (proxy.go)
	pathREST   = "rest"   // GET /v1/wifi/connect-url on the gateway's HTTP listener
	pathGRPC   = "grpc"   // WifiService.GetConnectUrl on the gateway's gRPC listener
)

// clients make one call on each path.
type clients struct {
	http       *http.Client
	direct     string // URL
	proxy      string // URL; "" without a proxy
	rest       string // URL
	conns      []*grpc.ClientConn
	wifi       []wifiv1.WifiServiceClient
	next       atomic.Uint32
	callTimout time.Duration
}

func newClients(e *env, callers, grpcConns int) (*clients, error) {
	c := &clients{
		http: &http.Client{Transport: &http.Transport{
			MaxIdleConns: 0, MaxIdleConnsPerHost: max(callers, 64), DisableCompression: true,
			IdleConnTimeout: time.Minute,
		}},
		direct:     e.simURL + "/bizwifi/account/get_connecturl?access_token=" + e.accessToken,
		rest:       "http://" + e.httpAddr + "/v1/wifi/connect-url",
		proxy:      "http://" + e.proxyAddr + "/bizwifi/account/get_connecturl",
		callTimout: time.Minute,
	}
	for range grpcConns {
		conn, err := grpc.NewClient("passthrough:///"+e.grpcAddr, grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			c.close()
			return nil, err
		}
		c.conns = append(c.conns, conn)
		c.wifi = append(c.wifi, wifiv1.NewWifiServiceClient(conn))
	}
	return c, nil
}

func (c *clients) close() {
	for _, conn := range c.conns {
		conn.Close()
	}
	c.http.CloseIdleConnections()
}

// call makes one call on path and checks its answer: a connect URL.
func (c *clients) call(ctx context.Context, path string, wifi wifiv1.WifiServiceClient) error {
	ctx, cancel := context.WithTimeout(ctx, c.callTimout)
	defer cancel()
	switch path {
	case pathGRPC:
		resp, err := wifi.GetConnectUrl(ctx, &wifiv1.GetConnectUrlRequest{})
		if err != nil {
			return err
		}
		if resp.GetConnectUrl() == "" {
			return errors.New("grpc: no connect_url")
		}
		return nil
	case pathREST:
		var out struct {
			ConnectURL string `json:"connect_url"`
		}
		if err := c.getJSON(ctx, c.rest, &out); err != nil {
			return err
		}
		if out.ConnectURL == "" {
			return errors.New("rest: no connect_url")
		}
		return nil
	}
	url := c.direct
	if path == pathProxy {
		url = c.proxy
	}
	var out struct {
		Errcode int `json:"errcode"`
		Data    struct {
			ConnectURL string `json:"connect_url"`
		} `json:"data"`
	}
	if err := c.getJSON(ctx, url, &out); err != nil {
		return err
	}
	if out.Errcode != 0 || out.Data.ConnectURL == "" {
		return fmt.Errorf("%s: errcode %d", path, out.Errcode)
	}
	return nil
}

func (c *clients) getJSON(ctx context.Context, url string, out any) error {
	body, err := c.get(ctx, url)
	if err != nil {
		return err
	}
	return json.Unmarshal(body, out)
}

// metric is the sum of the samples of a counter or gauge on the gateway's /metrics
// whose labels include match (e.g. `kind="access_token"`; "": every sample).
func (c *clients) metric(ctx context.Context, httpAddr, name, match string) (float64, error) {
	body, err := c.get(ctx, "http://"+httpAddr+"/metrics")
	if err != nil {
		return 0, err
	}
	return metricSum(string(body), name, match)
}

// metricSum is metric on the text of an exposition.
func metricSum(text, name, match string) (float64, error) {
	var sum float64
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		i := strings.LastIndexByte(line, ' ') // label values may hold spaces; the value is last
		if i < 0 || strings.HasPrefix(line, "#") {
			continue
		}
		series, value := line[:i], line[i+1:]
		if (series != name && !strings.HasPrefix(series, name+"{")) || !strings.Contains(series, match) {
			continue
		}
		v, err := strconv.ParseFloat(value, 64)
		if err != nil {
			return 0, fmt.Errorf("/metrics: %q: %w", line, err)
		}
		sum += v
	}
	return sum, nil
}

func (c *clients) get(ctx context.Context, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, body)
	}
	return body, nil
}

// wifiClient is the gRPC client of the next caller, round robin over the
// connections.
func (c *clients) wifiClient() wifiv1.WifiServiceClient {
	if len(c.wifi) == 0 {
		return nil
	}
	return c.wifi[int(c.next.Add(1))%len(c.wifi)]
}

// window is what one window on one path measured.
type window struct {
	calls     int
	errors    int
	firstErr  error
	elapsed   time.Duration
	latencies []time.Duration // of the calls answered without error
	cpu       time.Duration   // the gateway's CPU time during the window (not measured for direct)
}

// maxErrors ends a window early: the path is broken, not slow.
const maxErrors = 100

// window runs callers callers on path for d, each calling again as soon as it is
// answered; calls started before d ran out are waited for and counted.
func (c *clients) window(ctx context.Context, path string, callers int, d time.Duration) (window, error) {
	var stop atomic.Bool
	var errCount atomic.Int64
	results := make([]window, callers)
	var wg sync.WaitGroup
	start := time.Now()
	timer := time.AfterFunc(d, func() { stop.Store(true) })
	defer timer.Stop()
	for i := range callers {
		wifi := c.wifiClient()
		wg.Go(func() {
			r := &results[i]
			r.latencies = make([]time.Duration, 0, 4096)
			for !stop.Load() && ctx.Err() == nil {
				t0 := time.Now()
				err := c.call(ctx, path, wifi)
				lat := time.Since(t0)
				r.calls++
				if err != nil {
					r.errors++
					if r.firstErr == nil {
						r.firstErr = err
					}
					if errCount.Add(1) >= maxErrors {
						stop.Store(true)
					}
					continue
				}
				r.latencies = append(r.latencies, lat)
			}
		})
	}
	wg.Wait()
	w := window{elapsed: time.Since(start)}
	for _, r := range results {
		w.calls += r.calls
		w.errors += r.errors
		w.latencies = append(w.latencies, r.latencies...)
		if w.firstErr == nil {
			w.firstErr = r.firstErr
		}
	}
	if ctx.Err() != nil {
		return w, ctx.Err()
	}
	if w.errors >= maxErrors {
		return w, fmt.Errorf("%d of %d calls failed, the first: %v", w.errors, w.calls, w.firstErr)
	}
	return w, nil
}

// stats add up a path's windows.
type stats struct {
	calls, errors int
	elapsed       time.Duration
	cpu           time.Duration
	latencies     []time.Duration
	sorted        bool
	rounds        []float64 // each window's rate, in round order
}

func (s *stats) add(w window) {
	if w.elapsed > 0 {
		s.rounds = append(s.rounds, float64(w.calls-w.errors)/w.elapsed.Seconds())
	}
	s.calls += w.calls
	s.errors += w.errors
	s.elapsed += w.elapsed
	s.cpu += w.cpu
	s.latencies = append(s.latencies, w.latencies...)
	s.sorted = false
}

// rate is calls answered per second.
func (s *stats) rate() float64 {
	if s.elapsed <= 0 {
		return 0
	}
	return float64(s.calls-s.errors) / s.elapsed.Seconds()
}

// quantile is the latency q (0..1) of the answered calls: the nearest rank.
func (s *stats) quantile(q float64) time.Duration {
	if len(s.latencies) == 0 {
		return 0
	}
	if !s.sorted {
		slices.Sort(s.latencies)
		s.sorted = true
	}
	i := int(q*float64(len(s.latencies))+0.999999) - 1
	return s.latencies[min(max(i, 0), len(s.latencies)-1)]
}

// roundRatios are the lowest and highest of s's rates against direct's, round by
// round (each round's windows are next to each other in time): how far a ratio
// moves between rounds, that is, the noise of one run.
func (s *stats) roundRatios(direct *stats) (lo, hi float64, ok bool) {
	if len(s.rounds) == 0 || len(s.rounds) != len(direct.rounds) {
		return 0, 0, false
	}
	lo, hi = math.Inf(1), math.Inf(-1)
	for i, r := range s.rounds {
		if direct.rounds[i] <= 0 {
			return 0, 0, false
		}
		q := r / direct.rounds[i]
		lo, hi = math.Min(lo, q), math.Max(hi, q)
	}
	return lo, hi, true
}

// table is one latency's measurement.
type table struct {
	latency time.Duration
	order   []string
	stats   map[string]*stats
}

func (t table) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "| path (upstream latency %v) | req/s | vs direct | per round | p50 | p99 | max | gateway (proxy) CPU per call | calls | errors |\n|---|---|---|---|---|---|---|---|---|---|\n", t.latency)
	direct := t.stats[pathDirect]
	for _, p := range t.order {
		s := t.stats[p]
		ratio, rounds := "-", "-"
		if direct != nil && direct.rate() > 0 {
			ratio = fmt.Sprintf("%.3f", s.rate()/direct.rate())
		}
		if direct != nil && p != pathDirect {
			if lo, hi, ok := s.roundRatios(direct); ok {
				rounds = fmt.Sprintf("%.3f–%.3f", lo, hi)
			}
		}
		cpu := "-"
		if p != pathDirect && s.calls > 0 {
			cpu = fmt.Sprintf("%.0f µs", float64(s.cpu.Microseconds())/float64(s.calls))
		}
		fmt.Fprintf(&b, "| %s | %.0f | %s | %s | %s | %s | %s | %s | %d | %d |\n", p, s.rate(), ratio, rounds,
			ms(s.quantile(0.5)), ms(s.quantile(0.99)), ms(s.quantile(1)), cpu, s.calls, s.errors)
	}
	return b.String()
}

// summary is one line per latency like the table: each gateway path's
// throughput ratio and p99 against the direct call's.
func (t table) summary() string {
	direct := t.stats[pathDirect]
	var parts []string
	for _, p := range t.order {
		if p == pathDirect || direct == nil || direct.rate() == 0 {
			continue
		}
		s := t.stats[p]
		parts = append(parts, fmt.Sprintf("%s %.3f (%.0f vs %.0f req/s; p99 %s vs %s)", p, s.rate()/direct.rate(), s.rate(), direct.rate(),
			ms(s.quantile(0.99)), ms(direct.quantile(0.99))))
	}
	return fmt.Sprintf("  %v upstream latency: %s", t.latency, strings.Join(parts, ", "))
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond)) }
