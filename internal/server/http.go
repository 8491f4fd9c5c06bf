package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/wxgate/wxgate"
	"github.com/wxgate/wxgate/internal/accounts"
)

// httpHandler is the HTTP surface: the REST gateway under /v1/, and /healthz,
// /readyz, /metrics and /openapi.json.
func (s *Server) httpHandler(ctx context.Context, grpcAddr string) (http.Handler, *grpc.ClientConn, error) {
	conn, err := grpc.NewClient(grpcAddr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return nil, nil, fmt.Errorf("rest gateway: %w", err)
	}
	gw, err := restMux(ctx, conn, s.services())
	if err != nil {
		conn.Close()
		return nil, nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/", gw)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.readyz)
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /openapi.json", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(wxgate.OpenAPI)
	})
	return mux, conn, nil
}

// restMux is the REST gateway: every service's routes, calling gRPC over conn.
func restMux(ctx context.Context, conn *grpc.ClientConn, services []service) (*runtime.ServeMux, error) {
	gw := runtime.NewServeMux(
		// snake_case bodies like WeChat's own JSON; every field present in answers.
		runtime.WithMarshalerOption(runtime.MIMEWildcard, &runtime.JSONPb{
			MarshalOptions:   protojson.MarshalOptions{UseProtoNames: true, EmitUnpopulated: true},
			UnmarshalOptions: protojson.UnmarshalOptions{DiscardUnknown: false},
		}),
		runtime.WithIncomingHeaderMatcher(headerMatcher),
		runtime.WithErrorHandler(errorHandler),
		runtime.WithRoutingErrorHandler(routingErrorHandler),
	)
	for _, svc := range services {
		if err := svc.rest(ctx, gw, conn); err != nil {
			return nil, fmt.Errorf("rest gateway: %s: %w", svc.name, err)
		}
	}
	return gw, nil
}

// headerMatcher passes the account selector to gRPC metadata, besides the headers
// grpc-gateway passes by default.
func headerMatcher(key string) (string, bool) {
	if strings.EqualFold(key, accounts.Header) {
		return accounts.Header, true
	}
	return runtime.DefaultHeaderMatcher(key)
}

// errorHandler is grpc-gateway's own, plus a Retry-After header when the error says
// when to retry (rate limits and quotas).
func errorHandler(ctx context.Context, mux *runtime.ServeMux, m runtime.Marshaler, w http.ResponseWriter, r *http.Request, err error) {
	if st, ok := status.FromError(err); ok {
		for _, d := range st.Details() {
			if ri, ok := d.(*errdetails.RetryInfo); ok && ri.GetRetryDelay() != nil {
				secs := int((ri.GetRetryDelay().AsDuration() + time.Second - 1) / time.Second)
				w.Header().Set("Retry-After", strconv.Itoa(max(secs, 1)))
			}
		}
	}
	runtime.DefaultHTTPErrorHandler(ctx, mux, m, w, r, err)
}

// routingErrorHandler is grpc-gateway's, except for a known path asked with a method
// it does not serve: grpc-gateway answers that 501 (UNIMPLEMENTED), a server error for
// the client's mistake; this answers 405 Method Not Allowed, with the same
// google.rpc.Status body.
func routingErrorHandler(ctx context.Context, mux *runtime.ServeMux, m runtime.Marshaler, w http.ResponseWriter, r *http.Request, httpStatus int) {
	if httpStatus == http.StatusMethodNotAllowed {
		err := status.Error(codes.Unimplemented, http.StatusText(httpStatus))
		errorHandler(ctx, mux, m, w, r, &runtime.HTTPStatusError{HTTPStatus: httpStatus, Err: err})
		return
	}
	runtime.DefaultRoutingErrorHandler(ctx, mux, m, w, r, httpStatus)
}

// readyz is ready when every account holds, or can fetch, an access_token. A
// replica whose Redis is unreachable is still ready (it serves on its own) but says
// it is degraded and why.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	failed := map[string]string{}
	degraded := s.stores.degraded()
	for _, c := range s.accounts.All() {
		if err := c.Ready(ctx); err != nil {
			failed[c.Account()] = err.Error()
		}
		if err := c.Degraded(ctx); err != nil {
			degraded["token:"+c.Account()] = "token store unreachable: serving this replica's own access_token"
		}
	}
	switch {
	case len(failed) > 0:
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "not ready", "accounts": failed})
	case len(degraded) > 0:
		writeJSON(w, http.StatusOK, map[string]any{"status": "degraded", "degraded": degraded})
	default:
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}
