package server

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"unicode/utf8"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/badrequest"
	"github.com/wxgate/wxgate/internal/callers"
	"github.com/wxgate/wxgate/internal/tlsfiles"
)

// The REST front door: what a request may cost is bounded before it is read, and
// input the gRPC side cannot carry is refused naming where it is, before it becomes
// a message.

// authenticate refuses a REST call without a known credential before any of it is
// decoded: otherwise a caller without a key would learn from the 400s what the
// gateway makes of its input (which account names exist, say). The gRPC side
// authenticates again and authorizes, as for every call.
func (s *Server) authenticate(fail func(http.ResponseWriter, *http.Request, error), next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := s.guard.Set().Authenticate(r.Header.Values("Authorization"), callers.Principals(tlsfiles.PeerCertificate(r.TLS)))
		restCaller(r, id)
		if id.Caller == nil {
			s.guard.Refused(id)
			s.log.InfoContext(r.Context(), "refused at the REST door", "caller", id.Label(), "key_id", id.KeyID,
				"method", r.Method, "path", r.URL.Path, "error", id.Err)
			fail(w, r, id.Err)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// limitBody refuses a body longer than max: from its Content-Length before reading
// anything, or, without one, by a capped reader that stops at max.
func limitBody(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > max {
			tooLarge(w, max)
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			r.Body = &cappedBody{ReadCloser: r.Body, left: max, max: max}
		}
		next.ServeHTTP(w, r)
	})
}

// cappedBody reads at most left bytes of a body and remembers when there was
// more, so that the error handler answers 413 rather than a decoding error.
type cappedBody struct {
	io.ReadCloser
	left, max int64
	exceeded  bool
	decodeErr error // the body's field error (bodyError), for the error handler
}

var errBodyTooLarge = errors.New("the request body is over the gateway's limit (limits.max_body_bytes)")

func (b *cappedBody) Read(p []byte) (int, error) {
	if b.exceeded {
		return 0, errBodyTooLarge
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.ReadCloser.Read(p)
	if int64(n) > b.left {
		b.exceeded = true
		return int(b.left), errBodyTooLarge
	}
	b.left -= int64(n)
	return n, err
}

// bodyExceeded says r's body ran over its cap while being read, and what the cap
// was.
func bodyExceeded(r *http.Request) (int64, bool) {
	b, ok := r.Body.(*cappedBody)
	if !ok || !b.exceeded {
		return 0, false
	}
	return b.max, true
}

// tooLarge answers 413 with a google.rpc.Status, like every other REST error.
func tooLarge(w http.ResponseWriter, max int64) {
	st, _ := status.New(codes.InvalidArgument, fmt.Sprintf("the request body is over %d bytes (limits.max_body_bytes)", max)).WithDetails(
		&errdetails.ErrorInfo{Reason: "BODY_TOO_LARGE", Domain: "wxgate", Metadata: map[string]string{"limit_bytes": strconv.FormatInt(max, 10)}},
	)
	raw, _ := protojson.Marshal(st.Proto())
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Connection", "close") // the rest of the body is not worth reading
	w.WriteHeader(http.StatusRequestEntityTooLarge)
	w.Write(raw)
}

// strictJSON is the REST marshaler with a stricter decoder: a body is exactly one
// JSON value. Text after it ({…} {…}, {…}garbage) is refused, not ignored.
type strictJSON struct{ *runtime.JSONPb }

var errTrailing = errors.New("the request body must be one JSON value, with nothing after it")

func (m strictJSON) NewDecoder(r io.Reader) runtime.Decoder {
	d := m.JSONPb.NewDecoder(r).(runtime.DecoderWrapper)
	return runtime.DecoderFunc(func(v any) error {
		if err := d.Decode(v); err != nil {
			b, ok1 := r.(*cappedBody)
			msg, ok2 := v.(proto.Message)
			if ok1 && ok2 {
				b.decodeErr = bodyError(err, msg)
			}
			return err
		}
		if _, err := d.Decoder.Token(); !errors.Is(err, io.EOF) {
			return errTrailing
		}
		return nil
	})
}

// checkInput refuses, before any of it becomes a proto message, a path or query
// value that is not UTF-8 (a proto string cannot hold it; it would fail later as a
// server error) and an account header that names no configured account (grpc-gateway
// drops a value it cannot carry, which would silently select the default account).
func (s *Server) checkInput(fail func(http.ResponseWriter, *http.Request, error)) runtime.Middleware {
	return func(next runtime.HandlerFunc) runtime.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request, params map[string]string) {
			for name, v := range params {
				if !utf8.ValidString(v) {
					fail(w, r, badrequest.Field(name, "is not valid UTF-8"))
					return
				}
			}
			for name, vs := range r.URL.Query() {
				field := name
				if !utf8.ValidString(name) {
					field = strconv.QuoteToASCII(name)
				}
				for _, v := range vs {
					if field != name || !utf8.ValidString(v) {
						fail(w, r, badrequest.Field(field, "is not valid UTF-8"))
						return
					}
				}
			}
			names := r.Header.Values(accounts.Header)
			switch {
			case len(names) > 1:
				fail(w, r, accounts.ErrAccountHeader(len(names)))
				return
			case len(names) == 1 && names[0] != "":
				if _, err := s.accounts.ByName(names[0]); err != nil {
					fail(w, r, err)
					return
				}
			}
			next(w, r, params)
		}
	}
}
