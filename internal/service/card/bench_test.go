package card_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	cardv1 "github.com/wxgate/wxgate/gen/go/wxgate/card/v1"
	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/wechatsim"
	"go.uber.org/goleak"
)

// simChildEnv makes the test binary serve a simulator instead of running tests:
// the deposit benchmark runs WeChat in another process, so that the codes WeChat
// stores do not count in the gateway's heap.
const simChildEnv = "WXGATE_CARD_BENCH_SIMULATOR"

func TestMain(m *testing.M) {
	if os.Getenv(simChildEnv) == "1" {
		serveSimulator()
		return
	}
	// Every server, client and deposit worker a test starts must have stopped.
	goleak.VerifyTestMain(m)
}

// serveSimulator runs a simulator, prints its URL and serves until stdin closes
// (the parent exited or stopped it). The request log is cleared every second: it
// would otherwise hold the bodies of the last 100,000 calls.
func serveSimulator() {
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer sim.Close()
	fmt.Println(sim.URL())
	done := make(chan struct{})
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		close(done)
	}()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case <-tick.C:
			sim.ResetRequests()
		}
	}
}

// simProcess starts the test binary as a simulator and returns its URL.
func simProcess(b *testing.B) string {
	b.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), simChildEnv+"=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		stdin.Close()
		_ = cmd.Wait()
	})
	url, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		b.Fatalf("simulator process: %v", err)
	}
	return strings.TrimSpace(url)
}

// runs numbers the benchmark's runs, so that every run deposits new codes.
var runs atomic.Int64

// BenchmarkDepositCodesStream streams a batch of codes through DepositCodesStream
// to a simulator in another process, and reports the codes per second and the
// gateway process's heap in use: its peak during the run (sampled every 10 ms)
// and its base before it. The peak should not grow with the batch.
func BenchmarkDepositCodesStream(b *testing.B) {
	url := simProcess(b)
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("codes=%d", n), func(b *testing.B) {
			h := start(b, func(c *config.Config) { c.Accounts[0].UpstreamURL = url })
			runtime.GC()
			var base runtime.MemStats
			runtime.ReadMemStats(&base)
			peak, stop := sampleHeapInuse()
			b.ResetTimer()
			for b.Loop() {
				streamBatch(b, h, runs.Add(1), n)
			}
			b.StopTimer()
			stop()
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "codes/s")
			b.ReportMetric(float64(peak.Load())/(1<<20), "MiB-heapinuse-peak")
			b.ReportMetric(float64(base.HeapInuse)/(1<<20), "MiB-heapinuse-base")
		})
	}
}

// sampleHeapInuse samples HeapInuse every 10 ms until stop is called, keeping the
// peak.
func sampleHeapInuse() (peak *atomic.Uint64, stop func()) {
	peak = new(atomic.Uint64)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		var ms runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
			}
		}
	})
	return peak, func() { close(done); wg.Wait() }
}

// streamBatch deposits n new codes in messages of 1,000, made as they are sent,
// and checks every one was deposited.
func streamBatch(b *testing.B, h *harness, run int64, n int) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	stream, err := h.card.DepositCodesStream(ctx)
	if err != nil {
		b.Fatal(err)
	}
	msg := &cardv1.DepositCodesStreamRequest{CardId: cardDeposit, Code: make([]string, 0, 1000)}
	for i := range n {
		msg.Code = append(msg.Code, fmt.Sprintf("b%d-%d", run, i))
		if len(msg.Code) == cap(msg.Code) || i == n-1 {
			if err := stream.Send(msg); err != nil {
				b.Fatal(err)
			}
			msg.Code = msg.Code[:0]
		}
	}
	resp, err := stream.CloseAndRecv()
	if err != nil {
		b.Fatal(err)
	}
	if resp.GetCodeCount() != int64(n) || resp.GetSuccCode() != int64(n) {
		b.Fatalf("%d codes sent: %v", n, resp)
	}
}
