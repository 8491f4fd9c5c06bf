package server_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	eventsv1 "github.com/wxgate/wxgate/gen/go/wxgate/events/v1"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/redistest"
	"github.com/wxgate/wxgate/internal/server"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// The events benchmarks (issue 12; `make bench-events`): pushes per second one
// replica accepts on its callback listener with a subscriber draining, the time
// from a push to the subscriber, and the memory 100,000 retained events take, for
// the memory and the Redis store. -benchtime=Nx sets the pushes of
// BenchmarkEventsPush; BenchmarkEventsRetained always pushes 100,000.

const (
	benchPushers  = 16  // concurrent pushers of BenchmarkEventsPush
	benchAckBatch = 256 // ids per AckEvents, at most
	retainEvents  = 100_000
	retainPushers = 32
)

// eventsGateway is a gateway whose account main receives safe-mode pushes.
type eventsGateway struct {
	srv      *server.Server
	conn     *grpc.ClientConn
	appID    string
	callback string // account main's callback URL
	http     *http.Client
}

// startEventsGateway starts a gateway as gatewaytest.Start(WithCallback(safe))
// does, on the Redis at redisAddr when not empty, but logging at info level (the
// default) to nowhere: gatewaytest's debug log, kept in memory, would be measured
// with the gateway (a JSON line per push, and its buffer in the heap).
func startEventsGateway(b *testing.B, redisAddr string, pushers int) *eventsGateway {
	b.Helper()
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { sim.Close() })
	cfg := config.Default()
	cfg.GRPCAddr, cfg.HTTPAddr = "127.0.0.1:0", "127.0.0.1:0"
	cfg.Accounts = []config.Account{gatewaytest.Account("main", sim)}
	opts := []gatewaytest.Option{gatewaytest.Unlimited, gatewaytest.WithCallback(config.PushSafe)}
	if redisAddr != "" {
		opts = append(opts, gatewaytest.WithRedis(redisAddr))
	}
	for _, o := range opts {
		o(&cfg)
	}
	log := slog.New(slog.NewJSONHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelInfo}))
	srv, err := server.New(server.Options{Config: cfg, Log: log})
	if err != nil {
		b.Fatal(err)
	}
	if err := srv.Start(context.Background()); err != nil {
		b.Fatal(err)
	}
	g := &eventsGateway{srv: srv, appID: sim.AppID(), callback: "http://" + srv.CallbackAddr() + "/wechat/callback/main"}
	b.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			b.Errorf("shutdown: %v", err)
		}
	})
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns, tr.MaxIdleConnsPerHost = pushers*2, pushers*2
	g.http = &http.Client{Transport: tr, Timeout: 30 * time.Second}
	b.Cleanup(g.http.CloseIdleConnections)
	g.conn, err = grpc.NewClient(srv.GRPCAddr(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { g.conn.Close() })
	return g
}

// benchPush is one signed, encrypted push, ready to send.
type benchPush struct {
	url  string
	body []byte
}

// push builds the push of sequence number seq: a user_get_card whose
// UserCardCode carries seq (so its event id is new), timestamped now.
func (g *eventsGateway) push(seq int) benchPush {
	now := time.Now().Unix()
	q, body := safePush(gatewaytest.CallbackToken, gatewaytest.CallbackAESKey, g.appID, now, pushXML("oUser", now, benchCode(seq)))
	return benchPush{url: g.callback + "?" + q.Encode(), body: body}
}

func benchCode(seq int) string { return "bench-" + strconv.Itoa(seq) }

// send posts p and answers an error unless the gateway answered 200 success.
func (g *eventsGateway) send(p benchPush) error {
	resp, err := g.http.Post(p.url, "text/xml", bytes.NewReader(p.body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || string(raw) != "success" {
		return fmt.Errorf("HTTP %d %q", resp.StatusCode, raw)
	}
	return nil
}

// pushAll sends pushes 0..n-1 from pushers goroutines (push makes the one of a
// sequence number; sent, when not nil, is called just before it goes) and answers
// how many were not answered success, and the first error.
func pushAll(n, pushers int, push func(int) benchPush, sent func(int), send func(benchPush) error) (int64, error) {
	var next, failed atomic.Int64
	var first error
	var once sync.Once
	var wg sync.WaitGroup
	for range pushers {
		wg.Go(func() {
			for {
				seq := int(next.Add(1) - 1)
				if seq >= n {
					return
				}
				p := push(seq)
				if sent != nil {
					sent(seq)
				}
				if err := send(p); err != nil {
					failed.Add(1)
					once.Do(func() { first = fmt.Errorf("push %d: %w", seq, err) })
				}
			}
		})
	}
	wg.Wait()
	return failed.Load(), first
}

// drain is a Subscribe stream whose events are counted by sequence number and
// acknowledged in batches.
type drain struct {
	n       int
	recv    []time.Time // when seq first arrived
	count   []int       // deliveries of seq
	invalid int         // events that are not the benchmark's, or redeliveries
	acked   int         // AckEvents' acknowledged, summed
	err     error       // how the stream or an AckEvents failed (not the cancel)

	all    chan struct{} // closed when every seq has arrived
	cancel context.CancelFunc
	done   chan struct{} // closed when the stream and the acks are over
}

// startDrain subscribes group "bench" (it exists when this returns) and drains it.
func startDrain(b *testing.B, conn *grpc.ClientConn, n int) *drain {
	b.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	client := eventsv1.NewEventServiceClient(conn)
	stream, err := client.Subscribe(ctx, &eventsv1.SubscribeRequest{Group: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := stream.Header(); err != nil {
		b.Fatalf("Subscribe: %v", err)
	}
	d := &drain{n: n, recv: make([]time.Time, n), count: make([]int, n), all: make(chan struct{}), cancel: cancel, done: make(chan struct{})}
	ids := make(chan string, n+benchAckBatch)
	acked := make(chan struct{})
	var ackErr error
	go func() { // the acks
		defer close(acked)
		batch := make([]string, 0, benchAckBatch)
		flush := func() {
			if len(batch) == 0 || ackErr != nil {
				return
			}
			actx, acancel := context.WithTimeout(context.Background(), 10*time.Second)
			resp, err := client.AckEvents(actx, &eventsv1.AckEventsRequest{Group: "bench", Ids: batch})
			acancel()
			if err != nil {
				ackErr = fmt.Errorf("AckEvents: %w", err)
			}
			d.acked += int(resp.GetAcknowledged())
			batch = batch[:0]
		}
		for id := range ids {
			batch = append(batch, id)
		more:
			for len(batch) < benchAckBatch {
				select {
				case id, ok := <-ids:
					if !ok {
						break more
					}
					batch = append(batch, id)
				default:
					break more
				}
			}
			flush()
		}
		flush()
	}()
	go func() { // the stream
		defer close(d.done)
		defer func() { <-acked; d.err = cmpErr(d.err, ackErr) }()
		defer close(ids)
		seen := 0
		for {
			r, err := stream.Recv()
			if err != nil {
				if ctx.Err() == nil {
					d.err = fmt.Errorf("the stream ended: %w", err)
				}
				return
			}
			at := time.Now()
			ev := r.GetEvent()
			ids <- ev.GetId()
			code, ok := strings.CutPrefix(ev.GetUserGetCard().GetUserCardCode(), "bench-")
			seq, err := strconv.Atoi(code)
			if !ok || err != nil || seq < 0 || seq >= n || r.GetDeliveryCount() != 1 {
				d.invalid++
				continue
			}
			if d.count[seq]++; d.count[seq] == 1 {
				d.recv[seq] = at
				if seen++; seen == n {
					close(d.all)
				}
			}
		}
	}()
	return d
}

func cmpErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// wait waits for every push to arrive, up to timeout; false: they did not.
func (d *drain) wait(timeout time.Duration) bool {
	select {
	case <-d.all:
		return true
	case <-d.done:
		return false
	case <-time.After(timeout):
		return false
	}
}

// stop ends the stream after grace (for any duplicate to arrive) and waits for
// the last acks.
func (d *drain) stop(grace time.Duration) {
	time.Sleep(grace)
	d.cancel()
	<-d.done
}

// BenchmarkEventsPush: b.N distinct safe-mode pushes from 16 concurrent pushers to
// one replica's callback while a subscriber drains them (acking in batches).
// pushes/s is the rate they were answered success; p50-ms and p99-ms the time
// from sending a push to the subscriber receiving it. Every push must be answered
// success and delivered exactly once, and every delivery acknowledged.
func BenchmarkEventsPush(b *testing.B) {
	b.Run("memory", func(b *testing.B) { benchEventsPush(b, nil) })
	rs := redistest.Start(b) // here, so that go-redis's dial log comes before the results
	b.Run("redis", func(b *testing.B) { benchEventsPush(b, rs) })
}

func benchEventsPush(b *testing.B, rs *redistest.Server) {
	g := startEventsGateway(b, emptyRedis(b, rs), benchPushers)
	n := b.N
	pushes := make([]benchPush, n) // encrypted before the clock starts
	for i := range pushes {
		pushes[i] = g.push(i)
	}
	d := startDrain(b, g.conn, n)
	defer d.cancel()
	sent := make([]time.Time, n)
	runtime.GC()
	b.ResetTimer()
	start := time.Now()
	failed, err := pushAll(n, benchPushers, func(i int) benchPush { return pushes[i] },
		func(i int) { sent[i] = time.Now() }, g.send)
	accepted := time.Since(start)
	delivered := d.wait(time.Minute)
	b.StopTimer()
	if failed > 0 {
		b.Fatalf("%d of %d pushes not answered success; %v", failed, n, err)
	}
	if !delivered {
		d.stop(0)
		b.Fatalf("not every push was delivered within a minute: %v", d.err)
	}
	d.stop(200 * time.Millisecond)
	if d.err != nil {
		b.Fatal(d.err)
	}
	var lat []float64
	for seq, c := range d.count {
		if c != 1 {
			b.Fatalf("push %d delivered %d times", seq, c)
		}
		lat = append(lat, float64(d.recv[seq].Sub(sent[seq]))/float64(time.Millisecond))
	}
	if d.invalid > 0 {
		b.Fatalf("%d deliveries that are redeliveries or no push of the benchmark's", d.invalid)
	}
	if d.acked != n {
		b.Fatalf("AckEvents acknowledged %d of %d deliveries", d.acked, n)
	}
	slices.Sort(lat)
	b.ReportMetric(float64(n)/accepted.Seconds(), "pushes/s")
	b.ReportMetric(percentile(lat, 0.50), "p50-ms")
	b.ReportMetric(percentile(lat, 0.99), "p99-ms")
}

// percentile is the p-quantile of sorted (nearest rank).
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p*float64(len(sorted)))) - 1
	return sorted[max(i, 0)]
}

// BenchmarkEventsRetained: 100,000 distinct pushes (32 concurrent pushers, no
// subscriber) stored in one replica, then the memory they take: the gateway
// process's Go heap in use (after a GC, less the same before the pushes) for both
// stores, and Redis's used_memory (less the same before) for redis, in MB (10^6
// bytes) per 100,000 events. It runs once whatever b.N.
func BenchmarkEventsRetained(b *testing.B) {
	b.Run("memory", func(b *testing.B) { benchEventsRetained(b, nil) })
	rs := redistest.Start(b)
	b.Run("redis", func(b *testing.B) { benchEventsRetained(b, rs) })
}

func benchEventsRetained(b *testing.B, rs *redistest.Server) {
	var rdb *redis.Client
	if rs != nil {
		rdb = rs.Client()
	}
	g := startEventsGateway(b, emptyRedis(b, rs), retainPushers)
	// One push first, so that the callback's lazily made state (metrics' series,
	// the Redis scripts, connection pools) is in the baseline.
	if err := g.send(g.push(retainEvents)); err != nil {
		b.Fatal(err)
	}
	heap0, redis0 := heapInuse(), usedMemory(b, rdb)
	b.ResetTimer()
	start := time.Now()
	failed, err := pushAll(retainEvents, retainPushers, g.push, nil, g.send)
	took := time.Since(start)
	b.StopTimer()
	if failed > 0 {
		b.Fatalf("%d of %d pushes not answered success; %v", failed, retainEvents, err)
	}
	g.http.CloseIdleConnections()
	time.Sleep(100 * time.Millisecond) // the server ends its side of them
	heap, used := heapInuse(), usedMemory(b, rdb)
	if m := scrapeAddr(b, g.srv.HTTPAddr()); !strings.Contains(m, fmt.Sprintf(`wxgate_events_pushes_total{account="main",outcome="stored"} %d`, retainEvents+1)) {
		b.Fatalf("the gateway did not store %d events", retainEvents+1)
	}
	const mb = 1e6
	per := float64(100_000) / float64(retainEvents)
	b.ReportMetric(float64(retainEvents)/took.Seconds(), "pushes/s")
	b.ReportMetric((float64(heap)-float64(heap0))/mb*per, "heap-MB/100k")
	if rdb != nil {
		b.ReportMetric((float64(used)-float64(redis0))/mb*per, "redis-MB/100k")
	}
	b.ReportMetric(0, "ns/op")
}

// emptyRedis flushes rs, which the runs of a benchmark share, and answers its
// address ("" without rs: the memory store).
func emptyRedis(b *testing.B, rs *redistest.Server) string {
	b.Helper()
	if rs == nil {
		return ""
	}
	c := redis.NewClient(&redis.Options{Addr: rs.Addr()})
	defer c.Close()
	if err := c.FlushAll(context.Background()).Err(); err != nil {
		b.Fatal(err)
	}
	return rs.Addr()
}

// heapInuse is the process's Go heap in use after a collection.
func heapInuse() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

// usedMemory is Redis's INFO memory used_memory (0 without rdb).
func usedMemory(b *testing.B, rdb *redis.Client) uint64 {
	b.Helper()
	if rdb == nil {
		return 0
	}
	info, err := rdb.Info(context.Background(), "memory").Result()
	if err != nil {
		b.Fatal(err)
	}
	for line := range strings.Lines(info) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "used_memory:"); ok {
			n, err := strconv.ParseUint(v, 10, 64)
			if err != nil {
				b.Fatal(err)
			}
			return n
		}
	}
	b.Fatalf("INFO memory has no used_memory: %s", info)
	return 0
}

func scrapeAddr(b *testing.B, addr string) string {
	b.Helper()
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	return string(raw)
}
