// Package ratelimit keeps wxgate within each WeChat account's API budget.
//
// Every upstream API path has, per account, a token bucket (QPS and burst) and
// an optional daily quota. WeChat counts daily quotas per calendar day in
// China Standard Time, so the quota here resets at 00:00 Asia/Shanghai too.
// When a budget is spent the gateway refuses the call itself with
// RESOURCE_EXHAUSTED (see Error) rather than spend a round trip to WeChat only
// to be refused there (errcode 45009 and friends).
//
// A caller may also have its own share of an account's budget (see Share), so
// that one busy caller cannot spend the whole day's quota of an account that
// others use too.
package ratelimit

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/durationpb"
)

// Limit is one API's budget. QPS <= 0 means unlimited rate; Daily 0 means no
// daily quota.
type Limit struct {
	QPS   float64 `yaml:"qps"`   // sustained calls per second
	Burst int     `yaml:"burst"` // calls allowed at once after a quiet spell; >= 1 when QPS > 0
	Daily int64   `yaml:"daily"` // calls per day, reset at 00:00 Asia/Shanghai
}

// Config holds the limits of every upstream path. Default applies to every
// path not listed in Paths. An entry in Paths replaces Default as a whole, not
// field by field, so that reading one entry tells the whole budget.
type Config struct {
	Default Limit
	Paths   map[string]Limit // keyed by upstream path, e.g. "/bizwifi/qrcode/get"
}

// DefaultConfig returns the limits wxgate uses when the configuration file sets
// none. The default bucket keeps one runaway caller from flooding WeChat on
// the account's behalf; the per-path entries are daily limits WeChat
// documents, so that the gateway refuses before WeChat does.
func DefaultConfig() Config {
	def := Limit{QPS: 50, Burst: 100}
	withDaily := func(n int64) Limit {
		l := def
		l.Daily = n
		return l
	}
	return Config{
		Default: def,
		Paths: map[string]Limit{
			// getAccessToken (token_mode: legacy): WeChat allows 2,000 fetches
			// per account per day; running out leaves the account without a
			// fresh token until midnight.
			"/cgi-bin/token": withDaily(2000),
			// getStableAccessToken (the default token_mode): WeChat documents
			// 10,000 calls per minute (above our default bucket) and 500,000
			// per day.
			"/cgi-bin/stable_token": withDaily(500000),
		},
	}
}

// unlimited says l limits nothing, so no state need be kept for it.
func (l Limit) unlimited() bool { return l.QPS <= 0 && l.Daily == 0 }

// For returns the limit that applies to path.
func (c Config) For(path string) Limit {
	if l, ok := c.Paths[path]; ok {
		return l
	}
	return c.Default
}

// Validate reports every invalid limit in c; each error names the path (or
// "default") and the field.
func (c Config) Validate() error { return errors.Join(c.validate("")...) }

// validate is Validate with scope (e.g. `caller "orders": `) before each name.
func (c Config) validate(scope string) []error {
	errs := c.Default.validate(scope + "default")
	// Sorted so that the message is the same from one run to the next.
	for _, path := range slices.Sorted(maps.Keys(c.Paths)) {
		name := fmt.Sprintf("%s%q", scope, path)
		if !strings.HasPrefix(path, "/") {
			// Such a key would never match an upstream path, so its limit would
			// silently not apply.
			errs = append(errs, fmt.Errorf("ratelimit: %s: path must start with \"/\"", name))
		}
		errs = append(errs, c.Paths[path].validate(name)...)
	}
	return errs
}

func (l Limit) validate(name string) []error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("ratelimit: %s: "+format, append([]any{name}, args...)...))
	}
	switch {
	case math.IsNaN(l.QPS) || math.IsInf(l.QPS, 0):
		bad("qps must be a finite number, got %v", l.QPS)
	case l.QPS < 0:
		bad("qps must not be negative, got %v", l.QPS)
	}
	switch {
	case l.Burst < 0:
		bad("burst must not be negative, got %d", l.Burst)
	case l.QPS > 0 && l.Burst < 1:
		// A bucket that holds no token refuses every call.
		bad("burst must be at least 1 when qps is set, got %d", l.Burst)
	case l.QPS <= 0 && l.Burst > 0:
		// Most likely a forgotten qps: without it the rate is unlimited and
		// the burst would be silently ignored.
		bad("burst %d has no effect without a qps", l.Burst)
	}
	if l.Daily < 0 {
		bad("daily must not be negative, got %d", l.Daily)
	}
	return errs
}

// Share is one caller's own part of an account's budget: a token bucket and a
// daily quota per upstream path, like the account's, counted per (account,
// caller, path) and checked together with the account's limits. It caps what
// the caller may spend of each account it calls for; it reserves nothing, so
// the account's own limits still stop everyone once spent.
//
// Limits.For(path) is the caller's limit on path. A zero Limit there means
// the share does not limit that path: only the account's limits apply.
// Limits.Default is normally zero, so that a share limits only the paths it
// lists, unless the operator set one.
//
// Caller is a configured caller name, never caller input: limiters keep state
// per caller name and never evict it (see Memory).
type Share struct {
	Caller string
	Limits Config
}

// Validate reports what is wrong with s: a missing or unusable caller name, or
// any limit that Config.Validate would reject. Limiters do not check shares
// themselves (they see them on every call): validate them where they are
// configured.
func (s Share) Validate() error {
	var errs []error
	switch {
	case s.Caller == "":
		errs = append(errs, errors.New("ratelimit: share: caller name is empty"))
	case strings.Contains(s.Caller, ":"):
		// Redis keys join account, caller and path with ":"; a caller name
		// holding one could share keys with another (account, caller) pair.
		errs = append(errs, fmt.Errorf("ratelimit: share: caller name %q must not contain \":\"", s.Caller))
	}
	errs = append(errs, s.Limits.validate(fmt.Sprintf("caller %q: ", s.Caller))...)
	return errors.Join(errs...)
}

// shareCtxKey is the context key of the caller's *Share.
type shareCtxKey struct{}

// WithShare returns a copy of ctx carrying s, the share of the caller the call
// is made for (nil: none). The share rides in the context, rather than in
// Limiter.Allow's arguments, because the upstream client that calls Allow
// knows accounts and paths but must not know about callers: the server puts
// the authenticated caller's share in the call's context and every limiter
// finds it there.
//
// Limiters read s on every call and do not copy it: do not change s or its
// Limits afterwards. A configuration reload makes a new *Share instead, and
// limiters carry the caller's counts over to its new limits.
func WithShare(ctx context.Context, s *Share) context.Context {
	return context.WithValue(ctx, shareCtxKey{}, s)
}

// ShareFrom returns the share WithShare put in ctx, or nil if there is none.
func ShareFrom(ctx context.Context) *Share {
	s, _ := ctx.Value(shareCtxKey{}).(*Share)
	return s
}

// Limiter decides whether a call to WeChat may go ahead.
type Limiter interface {
	// Allow spends one call of account's budget for path. It returns nil when
	// the call may go ahead and a *Error when the budget is spent. A limiter
	// backed by a shared store may also return other errors when it cannot
	// decide (the store is unreachable, ctx is done); Memory never does. It
	// never blocks waiting for a token.
	//
	// The share of the caller in ctx (see WithShare), if any, is checked and
	// spent with the account's budget: the call goes ahead only if both have
	// room, and a refusal by either spends nothing of both. The limits are
	// checked in this order, and the first that refuses is the one reported:
	// the share's daily quota, the account's daily quota, the share's bucket,
	// the account's bucket.
	Allow(ctx context.Context, account, path string) error
}

// Reason tells which limit refused a call. Its value is the ErrorInfo reason
// clients see.
type Reason string

const (
	ReasonRate  Reason = "LOCAL_RATE_LIMIT"  // the account's token bucket is empty
	ReasonDaily Reason = "LOCAL_DAILY_QUOTA" // the account's daily quota is spent

	// The caller's share (see Share) refused the call; the account's budget
	// may still have room for other callers.
	ReasonCallerRate  Reason = "CALLER_RATE_LIMIT"  // the share's token bucket is empty
	ReasonCallerDaily Reason = "CALLER_DAILY_QUOTA" // the share's daily quota is spent
)

// errorDomain is the ErrorInfo domain of errors that wxgate raises itself,
// as opposed to "api.weixin.qq.com" for errors WeChat returned.
const errorDomain = "wxgate"

// Error is a call refused by a local limit; WeChat was not called.
type Error struct {
	Reason     Reason
	Account    string
	Path       string
	Caller     string        // whose share refused the call; set only for ReasonCallerRate and ReasonCallerDaily
	RetryAfter time.Duration // how long until the same call could be allowed
}

func (e *Error) Error() string {
	what := "rate limit"
	if e.Reason == ReasonDaily || e.Reason == ReasonCallerDaily {
		what = "daily quota"
	}
	if e.Reason == ReasonCallerRate || e.Reason == ReasonCallerDaily {
		// Names the caller first: it is its own share that is spent, and
		// other callers of the account may still go ahead.
		return fmt.Sprintf("ratelimit: caller %q has exceeded its %s share for %s of account %q; retry after %v",
			e.Caller, what, e.Path, e.Account, e.RetryAfter)
	}
	return fmt.Sprintf("ratelimit: account %q has exceeded the local %s for %s; retry after %v",
		e.Account, what, e.Path, e.RetryAfter)
}

// GRPCStatus makes status.FromError and status.Code see e as
// RESOURCE_EXHAUSTED, with a google.rpc.ErrorInfo (reason, domain "wxgate",
// metadata account, path and, when set, caller) and a google.rpc.RetryInfo.
func (e *Error) GRPCStatus() *status.Status {
	st := status.New(codes.ResourceExhausted, e.Error())
	md := map[string]string{"account": e.Account, "path": e.Path}
	if e.Caller != "" {
		md["caller"] = e.Caller
	}
	withDetails, err := st.WithDetails(
		&errdetails.ErrorInfo{
			Reason:   string(e.Reason),
			Domain:   errorDomain,
			Metadata: md,
		},
		&errdetails.RetryInfo{RetryDelay: durationpb.New(e.RetryAfter)},
	)
	if err != nil {
		// WithDetails fails only for an OK status or a message that cannot
		// be marshalled; neither happens here, but the code still counts.
		return st
	}
	return withDetails
}
