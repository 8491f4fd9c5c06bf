package wechatsim

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"time"
)

// Fault is a misbehaviour injected for one upstream path. A Latency applies
// first; then the first of Drop, HTTPStatus, NonJSON, Body and Errcode that is
// set decides the answer. A Fault with only a Latency delays normal handling.
type Fault struct {
	Errcode    int           // answer {"errcode":Errcode,"errmsg":...} with HTTP 200
	Errmsg     string        // message for Errcode; default: WeChat's message for the code
	HTTPStatus int           // answer this HTTP status (100-999) with an HTML body
	Drop       bool          // close the connection without answering
	Latency    time.Duration // wait this long (or until the client gives up) first
	NonJSON    bool          // answer HTTP 200 with an HTML body
	Times      int           // requests it applies to; 0 (or less) until ClearFaults
	// Body, when set, is answered as it is with HTTP 200 instead of running the
	// endpoint: WeChat claiming what it did not do (a deposit answered ok whose codes
	// were not stored), or an answer shape the simulator does not produce.
	Body string
	// BodyContains, when set, limits the fault to requests whose raw body holds
	// this text, e.g. one code of a chunk: "fail the chunk with code X" picks one
	// chunk of many sent concurrently, where "the Nth call" would depend on timing.
	// Requests that do not match pass it by (it is not used up).
	BodyContains string
}

// queuedFault is a Fault with the number of uses it has left.
type queuedFault struct {
	Fault
	left int
}

// Inject queues f for path ("/bizwifi/qrcode/get", "/cgi-bin/stable_token").
// Faults for a path apply in the order injected: a Times-limited fault is
// used up, then the next one applies; an unlimited one stays until
// ClearFaults. Faults apply before any other check, so they also hit
// requests with a bad access_token.
func (s *Server) Inject(path string, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults[path] = append(s.faults[path], &queuedFault{Fault: f, left: f.Times})
}

// ClearFaults removes every injected fault.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	clear(s.faults)
}

// nextFault takes the fault that applies to one request for path with body,
// if any: the first queued one whose BodyContains matches; mu must be held.
func (s *Server) nextFault(path string, body []byte) *Fault {
	q := s.faults[path]
	i := slices.IndexFunc(q, func(f *queuedFault) bool {
		return f.BodyContains == "" || bytes.Contains(body, []byte(f.BodyContains))
	})
	if i < 0 {
		return nil
	}
	head := q[i]
	if head.Times > 0 {
		head.left--
		if head.left == 0 {
			q = slices.Delete(q, i, i+1)
			if len(q) == 0 {
				delete(s.faults, path)
			} else {
				s.faults[path] = q
			}
		}
	}
	f := head.Fault
	return &f
}

// applyFault acts out f and reports whether the request is answered (or
// abandoned); false means it continues to normal handling.
func (s *Server) applyFault(w http.ResponseWriter, r *http.Request, body []byte, start time.Time, f *Fault) bool {
	if f.Latency > 0 && !s.sleep(r.Context(), f.Latency) {
		return true // the client gave up or the simulator is closing
	}
	switch {
	case f.Drop:
		drop(w)
	case f.HTTPStatus != 0:
		writeHTML(w, f.HTTPStatus)
	case f.NonJSON:
		writeHTML(w, http.StatusOK)
	case f.Body != "":
		w.Header().Set("Content-Type", "application/json; encoding=utf-8")
		_, _ = io.WriteString(w, f.Body)
	case f.Errcode != 0:
		msg := f.Errmsg
		if msg == "" {
			msg = errmsg(f.Errcode)
		}
		s.answer(w, r, body, start, nil, &apiError{code: f.Errcode, msg: msg})
	default:
		return false
	}
	return true
}

// sleep waits for d and reports whether it did; it returns early when ctx
// ends or the simulator closes.
func (s *Server) sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	case <-s.done:
		return false
	}
}

// drop closes the connection under the request without a response.
func drop(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if conn, _, err := hj.Hijack(); err == nil {
			_ = conn.Close()
			return
		}
	}
	// Not hijackable (HTTP/2, a recorder): net/http aborts the response
	// for this panic value without logging it.
	panic(http.ErrAbortHandler)
}

// writeHTML answers like a proxy or error page in front of WeChat would.
func writeHTML(w http.ResponseWriter, status int) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	text := http.StatusText(status)
	fmt.Fprintf(w, "<html>\r\n<head><title>%d %s</title></head>\r\n<body>\r\n<center><h1>%d %s</h1></center>\r\n</body>\r\n</html>\r\n", status, text, status, text)
}
