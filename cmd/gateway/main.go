// Command gateway is wxgate: a gRPC and REST gateway in front of the WeChat Official
// Account API.
//
//	gateway serve [--config FILE] [--grpc-addr ADDR] [--http-addr ADDR] [--sandbox]
//	gateway portal sign --app-id ID --shop-id ID --auth-url URL --mac MAC --ssid SSID [--extend X] [--timestamp MS] --key-file FILE
//	gateway keys new --caller NAME [--key-file FILE]
//	gateway sim [--addr ADDR] [--token-ttl D] [--latency D]
//
// SIGHUP makes a running gateway read its config file again and apply its callers
// (keys, rules, quota shares); SIGTERM and SIGINT stop it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"go.opentelemetry.io/otel"

	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/heapfloor"
	"github.com/wxgate/wxgate/internal/server"
	"github.com/wxgate/wxgate/internal/tracing"
)

const usage = `usage: gateway <command> [flags]

commands:
  serve    run the gateway (gateway serve --help for its flags)
  portal   Wi-Fi portal tools: gateway portal sign computes a sign offline
  keys     caller keys: gateway keys new --caller NAME makes one
  sim      the WeChat simulator on its own, with a control API (/_sim/...), for tests
`

func main() {
	if err := run(os.Args[1:], os.Getenv, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "gateway:", err)
		}
		os.Exit(2)
	}
}

func run(args []string, getenv func(string) string, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return flag.ErrHelp
	}
	switch args[0] {
	case "serve":
		return serve(args[1:], getenv, stderr)
	case "portal":
		return portalCommand(args[1:], os.Stdout, stderr)
	case "keys":
		return keysCommand(args[1:], os.Stdout, stderr)
	case "sim":
		return simCommand(args[1:], os.Stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stderr, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}

func serve(args []string, getenv func(string) string, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	configPath := fs.String("config", "", "YAML config `file` (accounts, listeners, rate limits)")
	grpcAddr := fs.String("grpc-addr", "", "gRPC listen `address` (default "+config.DefaultGRPCAddr+", env WXGATE_GRPC_ADDR; port 0 picks a free port)")
	httpAddr := fs.String("http-addr", "", "HTTP listen `address` for REST, health, metrics (default "+config.DefaultHTTPAddr+", env WXGATE_HTTP_ADDR)")
	sandbox := fs.Bool("sandbox", false, "call the built-in WeChat simulator instead of WeChat (the default when no account is configured)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := config.Load(*configPath, getenv)
	if err != nil {
		return err
	}
	if *grpcAddr != "" {
		cfg.GRPCAddr = *grpcAddr
	}
	if *httpAddr != "" {
		cfg.HTTPAddr = *httpAddr
	}
	// One line per call: written out in batches, off the calls' path.
	logOut := newLogWriter(stderr)
	defer logOut.Close()
	log, err := newLogger(logOut, cfg.LogLevel)
	if err != nil {
		return err
	}

	if floor := startHeapFloor(cfg.GCHeapFloorMiB, getenv, log); floor != nil {
		defer floor.Stop()
	}

	tp, err := startTracing(log)
	if err != nil {
		return err
	}
	defer stopTracing(tp, log)

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	srv, err := server.New(server.Options{Config: cfg, Sandbox: *sandbox, Log: log, TracerProvider: tp})
	if err != nil {
		return err
	}
	if err := srv.Start(ctx); err != nil {
		return err
	}
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	var serveErr error
wait:
	for {
		select {
		case <-hup:
			reload(srv, *configPath, getenv, log)
		case <-ctx.Done():
			log.Info("shutting down: finishing calls in flight", "timeout", cfg.ShutdownTimeout)
			break wait
		case serveErr = <-srv.Err():
			log.Error("listener failed", "error", serveErr)
			break wait
		}
	}
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		log.Warn("shutdown cut calls in flight", "error", err)
	}
	log.Info("stopped")
	return serveErr
}

// startHeapFloor lets the heap grow to mib MiB between collections (nil when 0),
// unless the operator chose GOGC.
func startHeapFloor(mib int, getenv func(string) string, log *slog.Logger) *heapfloor.Tuner {
	if v := getenv("GOGC"); v != "" {
		log.Info("GOGC is set: gc_heap_floor_mib not applied", "gogc", v)
		return nil
	}
	if mib == 0 {
		return nil
	}
	return heapfloor.Start(uint64(mib) << 20)
}

// startTracing sets up the tracer provider the OTEL_* environment variables
// ask for (tracing.FromEnv: off unless configured); exporting failures are
// logged, not fatal.
func startTracing(log *slog.Logger) (*tracing.Provider, error) {
	tp, err := tracing.FromEnv(context.Background())
	if err != nil {
		return nil, err
	}
	if on, why := tracing.Configured(os.Getenv); on {
		otel.SetErrorHandler(otel.ErrorHandlerFunc(func(err error) {
			log.Warn("tracing: exporting spans failed", "error", err)
		}))
		log.Info("tracing on: spans go to the exporter the OTEL_* environment names", "because", why)
	}
	return tp, nil
}

// stopTracing flushes the spans not yet sent, as the gateway exits.
func stopTracing(tp *tracing.Provider, log *slog.Logger) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := tp.Shutdown(ctx); err != nil {
		log.Warn("tracing: flushing the last spans failed", "error", err)
	}
}

// reload reads the config file again and applies its callers; a file that does
// not load leaves the running callers as they are.
func reload(srv *server.Server, path string, getenv func(string) string, log *slog.Logger) {
	if path == "" {
		log.Warn("SIGHUP: no config file to reload (start with --config FILE)")
		return
	}
	cfg, err := config.Load(path, getenv)
	if err == nil {
		err = srv.ReloadCallers(cfg)
	}
	if err != nil {
		log.Error("SIGHUP: config not reloaded; the callers stay as they were", "error", err)
	}
}

func newLogger(w io.Writer, level string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("log_level %q: want debug, info, warn or error", level)
	}
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: lv, ReplaceAttr: durationsAsText})), nil
}

// durationsAsText writes durations as "15s", not as nanoseconds (15000000000).
func durationsAsText(_ []string, a slog.Attr) slog.Attr {
	if a.Value.Kind() == slog.KindDuration {
		a.Value = slog.StringValue(a.Value.Duration().String())
	}
	return a
}
