// Command loadgen measures the gateway from outside, as a user would (make load):
// it starts the WeChat simulator (gateway sim) and a gateway (gateway serve) in
// processes of their own on free loopback ports, rate limits raised out of the way,
// then drives WifiService.GetConnectUrl over REST, over gRPC, directly against the
// simulator and through a bare net/http proxy (the floor a proxy costs, proxy.go),
// in alternating windows, and prints each path's throughput against the direct
// call's and its p50/p99, for each upstream latency asked. The in-flight
// mode sends many calls at once through a slow upstream and reports whether all
// were answered and the gateway's memory (VmRSS, VmHWM).
//
//	loadgen -gateway bin/gateway [-window 5s] [-rounds 3] [-callers 32] [-latencies 0,20ms]
//	loadgen -gateway bin/gateway -inflight 10000 [-inflight-latency 50ms]
//
// Every process it starts is stopped by its pid when it ends, fails or is
// interrupted (Ctrl-C).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"
)

func main() {
	if upstream := os.Getenv(envProxyUpstream); upstream != "" {
		if err := runProxy(upstream, os.Getenv(envProxyToken)); err != nil {
			fmt.Fprintln(os.Stderr, "loadgen proxy:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "loadgen:", err)
		}
		os.Exit(1)
	}
}

// options are the command line.
type options struct {
	gateway   string
	window    time.Duration
	warmup    time.Duration
	rounds    int
	callers   int
	grpcConns int
	latencies []time.Duration
	paths     []string

	inflight        int
	inflightLatency time.Duration
	profileDir      string

	rotation        time.Duration
	rotationLatency time.Duration
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.gateway, "gateway", "bin/gateway", "the gateway `binary` (make build)")
	fs.DurationVar(&o.window, "window", 5*time.Second, "length of one measured window")
	fs.DurationVar(&o.warmup, "warmup", time.Second, "unmeasured calls on each path before the first round")
	fs.IntVar(&o.rounds, "rounds", 3, "rounds of windows: each path once per round, the order rotating")
	fs.IntVar(&o.callers, "callers", 32, "concurrent callers, each calling again as soon as answered (keep-alive connections)")
	fs.IntVar(&o.grpcConns, "grpc-conns", 1, "gRPC connections the callers share (a gRPC client's channel is one)")
	lat := fs.String("latencies", "0,20ms", "upstream latencies to measure, comma-separated")
	paths := fs.String("paths", "direct,proxy,rest,grpc", "paths to measure: direct (the simulator itself), proxy (a bare net/http proxy in front of it), rest, grpc")
	fs.IntVar(&o.inflight, "inflight", 0, "instead: this many calls in flight at once over gRPC, then over REST (0: off)")
	fs.DurationVar(&o.inflightLatency, "inflight-latency", 50*time.Millisecond, "upstream latency of the in-flight mode")
	fs.DurationVar(&o.rotation, "rotation", 0, "instead: calls over gRPC and REST through token rotations, the simulator issuing tokens of this `lifetime` (e.g. 30s; 0: off)")
	fs.DurationVar(&o.rotationLatency, "rotation-latency", 20*time.Millisecond, "upstream latency of the rotation mode")
	fs.StringVar(&o.profileDir, "profile", "", "`dir`ectory for the gateway's CPU profiles (its debug listener's pprof), one per latency and path, of the first round")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	for _, s := range strings.Split(*lat, ",") {
		s = strings.TrimSpace(s)
		if s == "0" {
			s = "0s"
		}
		d, err := time.ParseDuration(s)
		if err != nil || d < 0 {
			return o, fmt.Errorf("-latencies: %q is not a duration", s)
		}
		o.latencies = append(o.latencies, d)
	}
	for _, p := range strings.Split(*paths, ",") {
		p = strings.TrimSpace(p)
		if p != pathDirect && p != pathProxy && p != pathREST && p != pathGRPC {
			return o, fmt.Errorf("-paths: %q is not direct, proxy, rest or grpc", p)
		}
		o.paths = append(o.paths, p)
	}
	switch {
	case o.window <= 0 || o.rounds < 1 || o.callers < 1 || o.grpcConns < 1:
		return o, errors.New("-window, -rounds, -callers and -grpc-conns must be positive")
	case o.inflight < 0:
		return o, errors.New("-inflight must not be negative")
	case o.rotation != 0 && o.rotation < 10*time.Second:
		return o, errors.New("-rotation: a token lifetime of at least 10s (the gateway refreshes ahead in its last tenth)")
	}
	return o, nil
}

func run(args []string, stdout, stderr io.Writer) error {
	o, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	dir, err := os.MkdirTemp("", "wxgate-load-")
	if err != nil {
		return err
	}
	// The processes' logs stay there when a run fails, for a look.
	ok := false
	defer func() {
		if ok {
			os.RemoveAll(dir)
		} else {
			fmt.Fprintln(stderr, "loadgen: the processes' logs are in", dir)
		}
	}()
	switch {
	case o.inflight > 0:
		err = runInflight(ctx, o, dir, stdout)
	case o.rotation > 0:
		err = runRotation(ctx, o, dir, stdout)
	default:
		err = runWindows(ctx, o, dir, stdout)
	}
	if err == nil && ctx.Err() != nil {
		err = ctx.Err()
	}
	ok = err == nil
	return err
}

// runWindows measures each latency with its own simulator and gateway.
func runWindows(ctx context.Context, o options, dir string, stdout io.Writer) error {
	fmt.Fprintf(stdout, "loadgen: GetConnectUrl, %d callers, %d rounds of %v windows per path, warm-up %v\n\n", o.callers, o.rounds, o.window, o.warmup)
	var all []table
	for _, lat := range o.latencies {
		t, err := measureLatency(ctx, o, dir, lat, stdout)
		if err != nil {
			return fmt.Errorf("upstream latency %v: %w", lat, err)
		}
		all = append(all, t)
	}
	if len(all) > 1 {
		fmt.Fprintln(stdout, "summary (throughput vs direct, p99 vs direct):")
		for _, t := range all {
			fmt.Fprintln(stdout, t.summary())
		}
	}
	return nil
}

func measureLatency(ctx context.Context, o options, dir string, lat time.Duration, stdout io.Writer) (table, error) {
	env, err := startEnv(ctx, o.gateway, dir, lat, 0)
	if err != nil {
		return table{}, err
	}
	defer env.stop()
	if slices.Contains(o.paths, pathProxy) {
		if err := env.startProxy(ctx, dir); err != nil {
			return table{}, err
		}
	}
	cl, err := newClients(env, o.callers, o.grpcConns)
	if err != nil {
		return table{}, err
	}
	defer cl.close()
	fmt.Fprintf(stdout, "upstream latency %v: simulator pid %d, gateway pid %d (grpc %s, http %s, debug %s)\n",
		lat, env.sim.pid(), env.gw.pid(), env.grpcAddr, env.httpAddr, env.debugAddr)
	if o.warmup > 0 {
		for _, p := range o.paths {
			if _, err := cl.window(ctx, p, o.callers, o.warmup); err != nil {
				return table{}, fmt.Errorf("warm-up %s: %w", p, err)
			}
		}
	}
	t := table{latency: lat, stats: map[string]*stats{}}
	for round := range o.rounds {
		for i := range o.paths {
			p := o.paths[(i+round)%len(o.paths)]
			var prof *profile
			if o.profileDir != "" && round == 0 && (p == pathREST || p == pathGRPC) {
				if prof, err = env.startProfile(ctx, o.profileDir, p, o.window); err != nil {
					return table{}, err
				}
			}
			server := env.gw // the process whose CPU the path spends
			if p == pathProxy {
				server = env.proxy
			}
			cpu0, _ := cpuTime(server.pid())
			w, err := cl.window(ctx, p, o.callers, o.window)
			if cpu1, cerr := cpuTime(server.pid()); cerr == nil {
				w.cpu = cpu1 - cpu0
			}
			if prof != nil {
				if perr := prof.wait(); perr != nil && err == nil {
					err = perr
				}
			}
			if err != nil {
				return table{}, fmt.Errorf("round %d, %s: %w", round+1, p, err)
			}
			if t.stats[p] == nil {
				t.stats[p] = &stats{}
			}
			t.stats[p].add(w)
		}
	}
	t.order = o.paths
	fmt.Fprintln(stdout, t.String())
	if rss, err := readMemory(env.gw.pid()); err == nil {
		fmt.Fprintf(stdout, "gateway memory: %s\n\n", rss)
	}
	return t, nil
}
