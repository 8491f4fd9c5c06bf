package main

import (
	"context"
	"encoding/json"
	"flag"
	"io"
	"os/signal"
	"syscall"

	"github.com/wxgate/wxgate/internal/wechatsim"
)

// simCommand runs "gateway sim": the WeChat simulator on its own, with its control
// API (/_sim/...), for tests of code that calls WeChat, through wxgate or not (the
// interop tests of real SDKs run it). It prints one JSON line with its URL and
// credentials, and stops on SIGTERM or SIGINT.
func simCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("sim", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:0", "listen `address` (port 0 picks a free port)")
	ttl := fs.Duration("token-ttl", 0, "lifetime of the tokens it issues (default 2h)")
	latency := fs.Duration("latency", 0, "delay every API request by this much first, as a distant WeChat would (load measurements)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	sim, err := wechatsim.Start(wechatsim.Options{Addr: *addr, Control: true, TokenTTL: *ttl, Latency: *latency})
	if err != nil {
		return err
	}
	defer sim.Close()
	json.NewEncoder(stdout).Encode(map[string]string{
		"msg": "wechatsim listening", "url": sim.URL(), "app_id": sim.AppID(), "app_secret": sim.AppSecret(),
	})
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	<-ctx.Done()
	return nil
}
