package ratelimit

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want []string // substrings of the error, all required; none means valid
	}{
		{name: "zero config", cfg: Config{}},
		{name: "defaults", cfg: DefaultConfig()},
		{
			name: "design example",
			cfg: Config{
				Default: Limit{QPS: 50, Burst: 100},
				Paths:   map[string]Limit{"/bizwifi/qrcode/get": {QPS: 5, Burst: 5, Daily: 10000}},
			},
		},
		{name: "daily only", cfg: Config{Default: Limit{Daily: 10}}},
		{name: "fractional qps", cfg: Config{Default: Limit{QPS: 0.5, Burst: 1}}},
		{
			name: "negative qps",
			cfg:  Config{Default: Limit{QPS: -1}},
			want: []string{"default", "qps", "negative"},
		},
		{
			name: "NaN qps",
			cfg:  Config{Paths: map[string]Limit{"/p": {QPS: math.NaN(), Burst: 1}}},
			want: []string{`"/p"`, "qps", "finite"},
		},
		{
			name: "infinite qps",
			cfg:  Config{Default: Limit{QPS: math.Inf(1), Burst: 1}},
			want: []string{"default", "qps", "finite"},
		},
		{
			name: "negative burst",
			cfg:  Config{Paths: map[string]Limit{"/p": {QPS: 1, Burst: -1}}},
			want: []string{`"/p"`, "burst", "negative"},
		},
		{
			name: "qps without burst",
			cfg:  Config{Paths: map[string]Limit{"/bizwifi/qrcode/get": {QPS: 5}}},
			want: []string{`"/bizwifi/qrcode/get"`, "burst must be at least 1"},
		},
		{
			name: "burst without qps",
			cfg:  Config{Default: Limit{Burst: 5, Daily: 100}},
			want: []string{"default", "burst 5", "without a qps"},
		},
		{
			name: "negative daily",
			cfg:  Config{Paths: map[string]Limit{"/p": {Daily: -1}}},
			want: []string{`"/p"`, "daily", "negative"},
		},
		{
			name: "path without leading slash",
			cfg:  Config{Paths: map[string]Limit{"cgi-bin/token": {Daily: 1}}},
			want: []string{`"cgi-bin/token"`, "must start with"},
		},
		{
			name: "empty path",
			cfg:  Config{Paths: map[string]Limit{"": {}}},
			want: []string{`""`, "must start with"},
		},
		{
			name: "every problem is reported",
			cfg: Config{
				Default: Limit{QPS: -1},
				Paths: map[string]Limit{
					"/a": {Daily: -5},
					"/b": {QPS: 2, Burst: 0},
				},
			},
			want: []string{"default: qps", `"/a": daily`, `"/b": burst`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Validate() = nil, want an error mentioning %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Validate() = %q, want it to mention %q", err, w)
				}
			}
		})
	}
}

func TestConfigFor(t *testing.T) {
	cfg := DefaultConfig()
	tests := []struct {
		path string
		want Limit
	}{
		{"/cgi-bin/token", Limit{QPS: 50, Burst: 100, Daily: 2000}},
		{"/cgi-bin/stable_token", Limit{QPS: 50, Burst: 100, Daily: 500000}},
		{"/bizwifi/qrcode/get", Limit{QPS: 50, Burst: 100}},
		{"/cgi-bin/token/", Limit{QPS: 50, Burst: 100}}, // exact match only
	}
	for _, tt := range tests {
		if got := cfg.For(tt.path); got != tt.want {
			t.Errorf("DefaultConfig().For(%q) = %+v, want %+v", tt.path, got, tt.want)
		}
	}
	if got := (Config{}).For("/x"); got != (Limit{}) {
		t.Errorf("Config{}.For = %+v, want unlimited", got)
	}
}

func TestErrorGRPCStatus(t *testing.T) {
	tests := []struct {
		err        *Error
		wantPrefix string
	}{
		{
			err:        &Error{Reason: ReasonRate, Account: "main", Path: "/bizwifi/qrcode/get", RetryAfter: 200 * time.Millisecond},
			wantPrefix: "local rate limit",
		},
		{
			err:        &Error{Reason: ReasonDaily, Account: "shop", Path: "/cgi-bin/token", RetryAfter: 3 * time.Hour},
			wantPrefix: "local daily quota",
		},
	}
	for _, tt := range tests {
		t.Run(string(tt.err.Reason), func(t *testing.T) {
			// Wrapped, as a caller up the stack might return it.
			var err error = fmt.Errorf("upstream: %w", tt.err)

			if got := status.Code(err); got != codes.ResourceExhausted {
				t.Errorf("status.Code = %v, want ResourceExhausted", got)
			}
			st, ok := status.FromError(err)
			if !ok {
				t.Fatal("status.FromError: not a status")
			}
			if msg := st.Message(); !strings.Contains(msg, tt.wantPrefix) ||
				!strings.Contains(msg, tt.err.Account) || !strings.Contains(msg, tt.err.Path) {
				t.Errorf("message %q lacks %q, the account or the path", msg, tt.wantPrefix)
			}

			var info *errdetails.ErrorInfo
			var retry *errdetails.RetryInfo
			for _, d := range st.Details() {
				switch d := d.(type) {
				case *errdetails.ErrorInfo:
					info = d
				case *errdetails.RetryInfo:
					retry = d
				default:
					t.Errorf("unexpected detail %T", d)
				}
			}
			if info == nil {
				t.Fatal("no ErrorInfo")
			}
			if info.GetReason() != string(tt.err.Reason) || info.GetDomain() != "wxgate" {
				t.Errorf("ErrorInfo reason %q domain %q, want %q %q", info.GetReason(), info.GetDomain(), tt.err.Reason, "wxgate")
			}
			md := info.GetMetadata()
			if len(md) != 2 || md["account"] != tt.err.Account || md["path"] != tt.err.Path {
				t.Errorf("ErrorInfo metadata %v, want account %q path %q", md, tt.err.Account, tt.err.Path)
			}
			if retry == nil {
				t.Fatal("no RetryInfo")
			}
			if got := retry.GetRetryDelay().AsDuration(); got != tt.err.RetryAfter {
				t.Errorf("RetryInfo delay %v, want %v", got, tt.err.RetryAfter)
			}

			var e *Error
			if !errors.As(err, &e) || e != tt.err {
				t.Error("errors.As does not find the *Error")
			}
		})
	}
}
