package events

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/wxcrypt"
)

// Endpoint is one account's server configuration (the WeChat console's 服务器配置).
type Endpoint struct {
	Account string
	// AppID is the app id encrypted pushes must carry.
	AppID string
	Token string
	// Keys are the AES keys, the current first, then the previous one during a
	// rotation; none in plain mode.
	Keys []wxcrypt.Key
	// Mode is config.PushPlain, PushCompatible or PushSafe.
	Mode string
}

// ReceiverOptions configure a Receiver.
type ReceiverOptions struct {
	Endpoints []Endpoint
	Store     Store
	Log       *slog.Logger
	// Registerer takes the receiver's metrics; nil: none.
	Registerer prometheus.Registerer
	// Window bounds |now - timestamp| of a push; MaxBody its body.
	Window  time.Duration
	MaxBody int64
	Now     func() time.Time // nil: time.Now
}

// Receiver is the callback listener's handler: GET verifies the URL for the
// WeChat console, POST receives a push: checked, decrypted, decoded and stored,
// and only then answered success, so that a push WeChat was told it delivered is
// never lost. It serves /wechat/callback/{account} and nothing else.
type Receiver struct {
	o         ReceiverOptions
	endpoints map[string]*Endpoint
	mux       *http.ServeMux
	pushes    *prometheus.CounterVec
	prevKey   *prometheus.CounterVec
}

// Outcomes of a request to the callback, the metric's outcome label.
const (
	OutcomeVerified       = "verified"        // GET answered with echostr
	OutcomeStored         = "stored"          // a new push, stored
	OutcomeDuplicate      = "duplicate"       // a retry of a stored push
	OutcomeBadRequest     = "bad_request"     // missing parameters, malformed XML, plain push in safe mode
	OutcomeBadSignature   = "bad_signature"   // signature or msg_signature wrong
	OutcomeStale          = "stale_timestamp" // timestamp outside the window
	OutcomeTooLarge       = "too_large"       // body past the limit
	OutcomeUndecryptable  = "undecryptable"   // no key opens it (or its padding is wrong)
	OutcomeWrongAppID     = "wrong_app_id"    // decrypted, but for another app
	OutcomeStoreError     = "store_error"     // could not be stored: WeChat retries
	OutcomeStoreFull      = "store_full"      // the memory store is full: WeChat retries
	OutcomeUnknownAccount = "unknown_account" // no account at the path (label account "unknown")
)

// NewReceiver returns the receiver of the endpoints' pushes.
func NewReceiver(o ReceiverOptions) *Receiver {
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	r := &Receiver{o: o, endpoints: map[string]*Endpoint{}, mux: http.NewServeMux()}
	for i := range o.Endpoints {
		r.endpoints[o.Endpoints[i].Account] = &o.Endpoints[i]
	}
	r.pushes = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "wxgate_events_pushes_total",
		Help: "Requests to the callback listener, by account and outcome (verified, stored, duplicate, or why it was refused).",
	}, []string{"account", "outcome"})
	r.prevKey = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "wxgate_events_previous_key_total",
		Help: "Pushes opened with the previous EncodingAESKey, by account: while it is not 0 the rotation is not over.",
	}, []string{"account"})
	if o.Registerer != nil {
		o.Registerer.MustRegister(r.pushes, r.prevKey)
	}
	for _, e := range o.Endpoints {
		for _, outcome := range []string{OutcomeVerified, OutcomeStored, OutcomeDuplicate, OutcomeBadSignature, OutcomeUndecryptable} {
			r.pushes.WithLabelValues(e.Account, outcome)
		}
		r.prevKey.WithLabelValues(e.Account) // 0 from the start: "not 0" is what alerts watch
	}
	r.mux.HandleFunc("GET /wechat/callback/{account}", r.verify)
	r.mux.HandleFunc("POST /wechat/callback/{account}", r.receive)
	return r
}

// ServeHTTP implements http.Handler.
func (r *Receiver) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	r.mux.ServeHTTP(w, req)
}

// refusal is a request the receiver answers with an error.
type refusal struct {
	status  int
	outcome string
	err     error
}

func (e *refusal) Error() string { return e.err.Error() }

func refuse(status int, outcome string, format string, args ...any) *refusal {
	return &refusal{status, outcome, fmt.Errorf(format, args...)}
}

// endpoint finds the account of the path, and checks the query's signature and
// timestamp, as every request carries them.
func (r *Receiver) endpoint(req *http.Request) (*Endpoint, *refusal) {
	e := r.endpoints[req.PathValue("account")]
	if e == nil {
		return nil, refuse(http.StatusNotFound, OutcomeUnknownAccount, "no account receives pushes at this path")
	}
	q := req.URL.Query()
	sig, ts, nonce := q.Get("signature"), q.Get("timestamp"), q.Get("nonce")
	if sig == "" || ts == "" || nonce == "" {
		return e, refuse(http.StatusBadRequest, OutcomeBadRequest, "signature, timestamp and nonce are required")
	}
	if !wxcrypt.Verify(sig, e.Token, ts, nonce) {
		return e, refuse(http.StatusForbidden, OutcomeBadSignature, "signature does not match the account's Token")
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return e, refuse(http.StatusBadRequest, OutcomeBadRequest, "timestamp is not Unix seconds")
	}
	if d := r.o.Now().Sub(time.Unix(sec, 0)).Abs(); d > r.o.Window {
		return e, refuse(http.StatusForbidden, OutcomeStale, "timestamp is %s away from the gateway's clock (window %s)", d.Truncate(time.Second), r.o.Window)
	}
	return e, nil
}

// verify answers the console's URL check (GET) with echostr, byte for byte.
func (r *Receiver) verify(w http.ResponseWriter, req *http.Request) {
	e, ref := r.endpoint(req)
	if ref == nil && req.URL.Query().Get("echostr") == "" {
		ref = refuse(http.StatusBadRequest, OutcomeBadRequest, "echostr is required")
	}
	if ref != nil {
		r.refused(w, e, req, ref)
		return
	}
	r.pushes.WithLabelValues(e.Account, OutcomeVerified).Inc()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, req.URL.Query().Get("echostr"))
}

// receive takes one push (POST).
func (r *Receiver) receive(w http.ResponseWriter, req *http.Request) {
	e, ref := r.endpoint(req)
	if ref != nil {
		r.refused(w, e, req, ref)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, req.Body, r.o.MaxBody))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			r.refused(w, e, req, refuse(http.StatusRequestEntityTooLarge, OutcomeTooLarge, "body larger than %d bytes", r.o.MaxBody))
			return
		}
		r.refused(w, e, req, refuse(http.StatusBadRequest, OutcomeBadRequest, "reading the body: %v", err))
		return
	}
	plain, outerTo, ref := r.open(e, req, body)
	if ref != nil {
		r.refused(w, e, req, ref)
		return
	}
	ev, err := Decode(e.Account, plain, r.o.Now())
	if err != nil {
		r.refused(w, e, req, refuse(http.StatusBadRequest, OutcomeBadRequest, "%v", err))
		return
	}
	if outerTo != "" && ev.GetToUserName() != "" && ev.GetToUserName() != outerTo {
		r.refused(w, e, req, refuse(http.StatusBadRequest, OutcomeBadRequest, "ToUserName differs inside and outside the encryption"))
		return
	}
	fresh, err := r.o.Store.Append(req.Context(), ev)
	if err != nil {
		outcome := OutcomeStoreError
		if errors.Is(err, ErrFull) {
			outcome = OutcomeStoreFull
		}
		// Not answered success: WeChat sends it again.
		r.refused(w, e, req, refuse(http.StatusServiceUnavailable, outcome, "storing the event: %v", err))
		return
	}
	outcome := OutcomeStored
	if !fresh {
		outcome = OutcomeDuplicate
	}
	r.pushes.WithLabelValues(e.Account, outcome).Inc()
	r.o.Log.Debug("callback push", "account", e.Account, "outcome", outcome, "event", ev.GetEvent(), "event_id", ev.GetId())
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, "success")
}

// open returns the push's plaintext XML: the body itself in plain mode, else the
// decryption of its Encrypt, checked with msg_signature, and the ToUserName
// outside the encryption (which the decoded push must match).
func (r *Receiver) open(e *Endpoint, req *http.Request, body []byte) (plain []byte, outerTo string, ref *refusal) {
	q := req.URL.Query()
	switch q.Get("encrypt_type") {
	case "", "raw":
		if e.Mode == config.PushSafe {
			return nil, "", refuse(http.StatusBadRequest, OutcomeBadRequest, "the account is in safe mode: a plaintext push is refused")
		}
		return body, "", nil
	case "aes":
	default:
		return nil, "", refuse(http.StatusBadRequest, OutcomeBadRequest, "encrypt_type %q is not aes or raw", q.Get("encrypt_type"))
	}
	if len(e.Keys) == 0 {
		return nil, "", refuse(http.StatusBadRequest, OutcomeBadRequest, "an encrypted push, and the account has no encoding_aes_key")
	}
	to, encrypt, err := envelope(body)
	if err != nil {
		return nil, "", refuse(http.StatusBadRequest, OutcomeBadRequest, "%v", err)
	}
	msgSig := q.Get("msg_signature")
	if msgSig == "" {
		return nil, "", refuse(http.StatusBadRequest, OutcomeBadRequest, "msg_signature is required with encrypt_type aes")
	}
	if !wxcrypt.Verify(msgSig, e.Token, q.Get("timestamp"), q.Get("nonce"), encrypt) {
		return nil, "", refuse(http.StatusForbidden, OutcomeBadSignature, "msg_signature does not match the account's Token and the Encrypt")
	}
	plain, key, err := wxcrypt.Open(e.Keys, encrypt, e.AppID)
	switch {
	case errors.Is(err, wxcrypt.ErrAppID):
		return nil, "", refuse(http.StatusForbidden, OutcomeWrongAppID, "the push is for another app id than the account's")
	case err != nil:
		return nil, "", refuse(http.StatusBadRequest, OutcomeUndecryptable, "no EncodingAESKey of the account opens it: %v", err)
	}
	if key > 0 {
		r.prevKey.WithLabelValues(e.Account).Inc()
	}
	return plain, to, nil
}

// envelope reads an encrypted push's outer XML: its ToUserName and Encrypt. A
// DOCTYPE or any other directive is refused.
func envelope(body []byte) (to, encrypt string, err error) {
	dec := xml.NewDecoder(bytes.NewReader(body))
	var field string
	depth := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", "", fmt.Errorf("malformed XML: %v", err)
		}
		switch t := tok.(type) {
		case xml.Directive:
			return "", "", errors.New("XML directives (DOCTYPE) are refused")
		case xml.StartElement:
			depth++
			if depth == 1 && t.Name.Local != "xml" {
				return "", "", errors.New("the root element is not <xml>")
			}
			field = t.Name.Local
		case xml.EndElement:
			depth--
			field = ""
		case xml.CharData:
			switch {
			case depth == 2 && field == "ToUserName":
				to += string(t)
			case depth == 2 && field == "Encrypt":
				encrypt += string(t)
			}
		}
	}
	return string(bytes.TrimSpace([]byte(to))), string(bytes.TrimSpace([]byte(encrypt))), nil
}

// refused answers a refusal, counts it and logs it, without the body or the keys.
func (r *Receiver) refused(w http.ResponseWriter, e *Endpoint, req *http.Request, ref *refusal) {
	account := "unknown"
	if e != nil {
		account = e.Account
	}
	r.pushes.WithLabelValues(account, ref.outcome).Inc()
	level := slog.LevelWarn
	if ref.status >= 500 {
		level = slog.LevelError
	}
	r.o.Log.Log(req.Context(), level, "callback request refused", "account", account, "method", req.Method,
		"status", ref.status, "outcome", ref.outcome, "error", ref.err.Error(), "client", req.RemoteAddr)
	http.Error(w, ref.err.Error(), ref.status)
}
