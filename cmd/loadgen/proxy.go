package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// The proxy path is the floor the gateway is measured against: a bare net/http
// proxy, in a process of its own, that only forwards the direct call to the
// simulator with a token it was given, as the table has it.
const (
	envProxyUpstream = "WXGATE_LOADGEN_PROXY_UPSTREAM" // set: this process is the proxy
	envProxyToken    = "WXGATE_LOADGEN_PROXY_TOKEN"
)

// startProxy starts loadgen itself as the proxy in front of e's simulator.
func (e *env) startProxy(ctx context.Context, dir string) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	if e.proxy, err = startProc(dir, "proxy", self, []string{envProxyUpstream + "=" + e.simURL, envProxyToken + "=" + e.accessToken}); err != nil {
		return err
	}
	line, err := e.proxy.awaitLine(ctx, "proxy listening", 30*time.Second)
	if err != nil {
		return err
	}
	e.proxyAddr, _ = line["addr"].(string)
	return nil
}

// runProxy serves the proxy on a free loopback port until SIGTERM, and names its
// address in a JSON line on stderr.
func runProxy(upstream, token string) error {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	p := &proxy{upstream: upstream, token: token, client: &http.Client{Transport: &http.Transport{
		MaxIdleConnsPerHost: 256, MaxConnsPerHost: 256, IdleConnTimeout: 90 * time.Second,
	}}}
	srv := &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second}
	json.NewEncoder(os.Stderr).Encode(map[string]string{"msg": "proxy listening", "addr": lis.Addr().String()})
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	if err := srv.Serve(lis); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

type proxy struct {
	upstream, token string
	client          *http.Client
}

func (p *proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	req, err := http.NewRequestWithContext(r.Context(), r.Method, p.upstream+r.URL.Path+"?access_token="+p.token, r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	req.Header.Set("Content-Type", r.Header.Get("Content-Type"))
	resp, err := p.client.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}
