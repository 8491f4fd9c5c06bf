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
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/wxgate/wxgate"
	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/callers"
	"github.com/wxgate/wxgate/internal/tlsfiles"
)

// httpHandler is the HTTP surface: the REST gateway under /v1/, and /healthz,
// /readyz, /metrics, /status, /openapi.json and the API explorer /docs/ (the last
// four unless turned off). The REST gateway calls the services over the in-process
// channel.
func (s *Server) httpHandler(ctx context.Context) (http.Handler, error) {
	var gw *restRouter
	fail := func(w http.ResponseWriter, r *http.Request, err error) { // as every REST error
		errorHandler(r.Context(), gw.all, restMarshaler, w, r, err)
	}
	gw, err := newRESTRouter(ctx, s.inProcess, s.services(), runtime.WithMiddlewares(s.checkInput(fail)))
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/", s.traceREST(s.authenticate(fail, limitBody(s.cfg.RequestLimits.MaxBodyBytes, gw))))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.readyz)
	if s.cfg.Endpoints.Metrics {
		mux.Handle("GET /metrics", promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{}))
	}
	if s.cfg.Endpoints.Status {
		mux.Handle("GET /status", s.statusPage())
	}
	if s.cfg.Endpoints.OpenAPI {
		mux.HandleFunc("GET /openapi.json", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Write(wxgate.OpenAPI)
		})
		if s.cfg.Endpoints.Docs { // the explorer shows the spec: not without it
			mux.Handle("GET /docs/", docsHandler(wxgate.Docs))
			mux.HandleFunc("GET /docs", docsRedirect)
		}
	}
	return corsHandler(s.cfg.CORS, mux), nil
}

// restMux is the REST gateway: every service's routes, calling gRPC over conn.
// extra are more options (the server's input checks).
func restMux(ctx context.Context, conn grpc.ClientConnInterface, services []service, extra ...runtime.ServeMuxOption) (*runtime.ServeMux, error) {
	opts := append([]runtime.ServeMuxOption{
		// snake_case bodies like WeChat's own JSON; every field present in answers;
		// a body is one JSON value.
		runtime.WithMarshalerOption(runtime.MIMEWildcard, restMarshaler),
		runtime.WithIncomingHeaderMatcher(headerMatcher),
		runtime.WithMetadata(fromHTTP),
		runtime.WithErrorHandler(errorHandler),
		runtime.WithRoutingErrorHandler(routingErrorHandler),
	}, extra...)
	gw := runtime.NewServeMux(opts...)
	for _, svc := range services {
		if err := svc.rest(ctx, gw, conn); err != nil {
			return nil, fmt.Errorf("rest gateway: %s: %w", svc.name, err)
		}
	}
	return gw, nil
}

var restMarshaler = strictJSON{&runtime.JSONPb{
	MarshalOptions:   protojson.MarshalOptions{UseProtoNames: true, EmitUnpopulated: true},
	UnmarshalOptions: protojson.UnmarshalOptions{DiscardUnknown: false},
}}

// headerMatcher passes the account selector to gRPC metadata, and the standard
// headers grpc-gateway passes by default (as grpcgateway-<name>). It passes no
// Grpc-Metadata-<name> header: those would let a REST caller set any metadata,
// an identity the gateway alone establishes among them. Authorization travels as
// grpc-gateway always sends it, unprefixed, and not a second time.
func headerMatcher(key string) (string, bool) {
	switch {
	case strings.EqualFold(key, accounts.Header):
		return accounts.Header, true
	case strings.EqualFold(key, "Authorization"),
		len(key) >= len(runtime.MetadataHeaderPrefix) && strings.EqualFold(key[:len(runtime.MetadataHeaderPrefix)], runtime.MetadataHeaderPrefix):
		return "", false
	}
	return runtime.DefaultHeaderMatcher(key)
}

// fromHTTP tells the gRPC side whom the HTTP caller's verified client certificate
// names, and the page origin a browser sent. It believes these only on the
// in-process channel.
func fromHTTP(_ context.Context, r *http.Request) metadata.MD {
	md := metadata.MD{}
	if r.TLS != nil {
		if p := callers.Principals(tlsfiles.PeerCertificate(r.TLS)); len(p) > 0 {
			md[callers.PrincipalsMetadata] = p
		}
	}
	if o := r.Header.Values("Origin"); len(o) == 1 && isASCII(o[0]) {
		md[callers.OriginMetadata] = o
	}
	return md
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// errorHandler is grpc-gateway's own, plus a Retry-After header when the error says
// when to retry (rate limits and quotas), and the WWW-Authenticate challenge of a
// 401 (RFC 6750).
func errorHandler(ctx context.Context, mux *runtime.ServeMux, m runtime.Marshaler, w http.ResponseWriter, r *http.Request, err error) {
	if max, ok := bodyExceeded(r); ok {
		tooLarge(w, max)
		return
	}
	if berr := bodyDecodeError(r); berr != nil {
		err = berr
	}
	if st, ok := status.FromError(err); ok {
		if st.Code() == codes.Unauthenticated {
			challenge := `Bearer realm="wxgate"`
			if r.Header.Get("Authorization") != "" {
				challenge += `, error="invalid_token"`
			}
			// grpc-gateway sets the header to the status message: a challenge is a
			// scheme and parameters, so it is set once more as the answer starts.
			w = &challengeWriter{ResponseWriter: w, challenge: challenge}
		}
		for _, d := range st.Details() {
			if ri, ok := d.(*errdetails.RetryInfo); ok && ri.GetRetryDelay() != nil {
				secs := int((ri.GetRetryDelay().AsDuration() + time.Second - 1) / time.Second)
				w.Header().Set("Retry-After", strconv.Itoa(max(secs, 1)))
			}
		}
	}
	runtime.DefaultHTTPErrorHandler(ctx, mux, m, w, r, err)
}

// challengeWriter sets WWW-Authenticate as the answer's header is written.
type challengeWriter struct {
	http.ResponseWriter
	challenge string
}

func (w *challengeWriter) WriteHeader(code int) {
	w.Header().Set("WWW-Authenticate", w.challenge)
	w.ResponseWriter.WriteHeader(code)
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

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}
