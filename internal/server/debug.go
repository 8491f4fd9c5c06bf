package server

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"time"
)

// debugHandler serves net/http/pprof under /debug/pprof/, on a mux of its own:
// nothing registered on http.DefaultServeMux (by this or any imported package) is
// served, and pprof is never on the REST listener.
func debugHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index) // and the named profiles: heap, goroutine, allocs, …
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return mux
}

// startDebug opens the debug listener when debug_addr is set. It answers without
// authentication, so beyond loopback it is a warning.
func (s *Server) startDebug() error {
	if s.cfg.DebugAddr == "" {
		return nil
	}
	lis, err := net.Listen("tcp", s.cfg.DebugAddr)
	if err != nil {
		return fmt.Errorf("debug listener: %w", err)
	}
	if s.cfg.DebugExposed() {
		s.log.Warn("DEBUG LISTENER BEYOND LOOPBACK: anyone who reaches it may read profiles of the gateway (its stacks, its memory's shape) and load it with CPU profiles; bind debug_addr to 127.0.0.1 and reach it with a port-forward",
			"debug", lis.Addr().String())
	}
	s.debugLis = lis
	// No WriteTimeout: a CPU profile or trace answers after its seconds.
	s.debug = &http.Server{Handler: debugHandler(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute}
	go func() {
		if err := s.debug.Serve(lis); !errors.Is(err, http.ErrServerClosed) {
			s.serveErr <- err
		}
	}()
	return nil
}

// DebugAddr is the debug listener's address, or "" when it is off (after Start).
func (s *Server) DebugAddr() string {
	if s.debugLis == nil {
		return ""
	}
	return s.debugLis.Addr().String()
}
