package upstream

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"testing"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func TestSafetyMargin(t *testing.T) {
	tests := []struct{ lifetime, want time.Duration }{
		{7200 * time.Second, 5 * time.Minute},
		{3000 * time.Second, 5 * time.Minute},
		{300 * time.Second, 30 * time.Second}, // stable_token near its end: still usable for 270 s
		{10 * time.Second, time.Second},
	}
	for _, tt := range tests {
		if got := safetyMargin(tt.lifetime); got != tt.want {
			t.Errorf("safetyMargin(%v) = %v, want %v", tt.lifetime, got, tt.want)
		}
	}
}

// TestNewTokenTimes: the refresh ahead starts with WeChat's window for a new
// token (the last 5 minutes), and no call uses a token in the last second its
// whole-second expires_in may overstate, nor in the guard before it.
func TestNewTokenTimes(t *testing.T) {
	t0 := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		lifetime      time.Duration
		expiry, until time.Duration // after t0
	}{
		{7200 * time.Second, 6900 * time.Second, 7139 * time.Second},
		{301 * time.Second, 271*time.Second - 100*time.Millisecond, 294*time.Second - 20*time.Millisecond},
		{20 * time.Second, 18 * time.Second, 18*time.Second + 600*time.Millisecond},
		{2 * time.Second, 1800 * time.Millisecond, 1960 * time.Millisecond}, // too short to cut a second from
	}
	for _, tt := range tests {
		tok := newToken("v", t0, tt.lifetime)
		if got := tok.Expiry.Sub(t0); got != tt.expiry {
			t.Errorf("lifetime %v: refresh ahead from %v, want %v", tt.lifetime, got, tt.expiry)
		}
		if got := tok.Until.Sub(t0); got != tt.until {
			t.Errorf("lifetime %v: used until %v, want %v", tt.lifetime, got, tt.until)
		}
	}
}

func TestBackoffStaysWithinCeiling(t *testing.T) {
	for n := 1; n <= 10; n++ {
		ceiling := min(50*time.Millisecond<<(n-1), time.Second) + time.Millisecond
		for range 100 {
			if d := backoff(n); d <= 0 || d > ceiling {
				t.Fatalf("backoff(%d) = %v, want in (0, %v]", n, d, ceiling)
			}
		}
	}
}

func TestTokenNeverPrints(t *testing.T) {
	tok := Token{Value: "SECRET-TOKEN-VALUE", Expiry: time.Now()}
	var b strings.Builder
	fmt.Fprintf(&b, "%v %+v %s", tok, tok, tok)
	slog.New(slog.NewJSONHandler(&b, nil)).Info("x", "token", tok)
	if strings.Contains(b.String(), "SECRET") {
		t.Errorf("the token printed: %s", b.String())
	}
}

func TestTransportDetailDropsURL(t *testing.T) {
	err := &url.Error{Op: "Post", URL: "https://api.weixin.qq.com/x?access_token=SECRET", Err: errors.New("connection refused")}
	if got := transportDetail(err); strings.Contains(got, "SECRET") || got != "connection refused" {
		t.Errorf("transportDetail = %q", got)
	}
}

func TestErrorStatus(t *testing.T) {
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.FixedZone("CST", 8*3600))
	tests := []struct {
		errcode   int
		code      codes.Code
		retryInfo time.Duration
	}{
		{-1, codes.Unavailable, 0},
		{45009, codes.ResourceExhausted, 14 * time.Hour},
		{45011, codes.ResourceExhausted, time.Minute},
		{65115, codes.NotFound, 0},
		{48006, codes.ResourceExhausted, (8*24 + 14) * time.Hour}, // until 1 December, Beijing time
		{76001, codes.NotFound, 0},
		{76002, codes.InvalidArgument, 0},
		{76021, codes.NotFound, 0},
		{76022, codes.PermissionDenied, 0},
		{12345, codes.Unknown, 0},
	}
	for _, tt := range tests {
		st := status.Convert(fmt.Errorf("wrapped: %w", &Error{Path: "/p", Errcode: tt.errcode, Errmsg: "m", at: now}))
		if st.Code() != tt.code {
			t.Errorf("errcode %d: code %v, want %v", tt.errcode, st.Code(), tt.code)
		}
		var info *errdetails.ErrorInfo
		var retry time.Duration
		for _, d := range st.Details() {
			switch d := d.(type) {
			case *errdetails.ErrorInfo:
				info = d
			case *errdetails.RetryInfo:
				retry = d.GetRetryDelay().AsDuration()
			}
		}
		if info == nil || info.GetReason() != fmt.Sprintf("WECHAT_%d", tt.errcode) || info.GetDomain() != DomainWeChat || info.GetMetadata()["errmsg"] != "m" {
			t.Errorf("errcode %d: ErrorInfo %v", tt.errcode, info)
		}
		if retry != tt.retryInfo {
			t.Errorf("errcode %d: RetryInfo %v, want %v", tt.errcode, retry, tt.retryInfo)
		}
	}
}

// TestRedactAnswer: the pass-through hands an SDK no secret of the account's in a
// JSON answer, whether WeChat echoed the token or secret, or quoted a logged
// query holding a token of before (rid/get's request_url).
func TestRedactAnswer(t *testing.T) {
	tests := []struct {
		in, want string
		changed  bool
	}{
		{`{"errcode":0}`, `{"errcode":0}`, false},
		{`{"errmsg":"bad TOKEN1"}`, `{"errmsg":"bad [redacted]"}`, true},
		{`{"errmsg":"secret SECRET1 wrong"}`, `{"errmsg":"secret [redacted] wrong"}`, true},
		{`{"request":{"request_url":"access_token=OLD_TOKEN&type=1"}}`, `{"request":{"request_url":"access_token=[redacted]&type=1"}}`, true},
		{`{"request":{"request_url":"access_token=OLD\u0026x"}}`, `{"request":{"request_url":"access_token=[redacted]\u0026x"}}`, true},
		{`{"access_token":"USER_TOKEN","expires_in":7200}`, `{"access_token":"USER_TOKEN","expires_in":7200}`, false},
	}
	for _, tt := range tests {
		got, changed := redactAnswer([]byte(tt.in), "TOKEN1", "SECRET1")
		if string(got) != tt.want || changed != tt.changed {
			t.Errorf("redactAnswer(%s) = %s, %v; want %s, %v", tt.in, got, changed, tt.want, tt.changed)
		}
	}
}
