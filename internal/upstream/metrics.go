package upstream

import (
	"context"
	"errors"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/wxgate/wxgate/internal/ratelimit"
)

// Metrics are the upstream client's Prometheus metrics. Labels hold configured
// account names, API paths of the gateway's own code, WeChat errcodes and the
// label the call's context gives (the caller's configured name): never caller
// input, never secrets. A nil *Metrics records nothing.
type Metrics struct {
	label        func(context.Context) string
	requests     *prometheus.CounterVec
	duration     *prometheus.HistogramVec
	tokenFetches *prometheus.CounterVec
	tokenWaits   *prometheus.CounterVec
	rateLimited  *prometheus.CounterVec
	onResult     func(account, path, result string) // nil: none
}

// NewMetrics registers the metrics with reg. callerLabel names the caller of a
// call from its context, for the caller label (nil: none); it must return one of a
// bounded set of values.
func NewMetrics(reg prometheus.Registerer, callerLabel func(context.Context) string) *Metrics {
	if callerLabel == nil {
		callerLabel = func(context.Context) string { return "" }
	}
	m := &Metrics{
		label: callerLabel,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "wxgate_upstream_requests_total",
			Help: "Requests to WeChat by account, API path, result (ok, errcode_N, http_N, bad_answer, transport_error) and the caller whose call made it.",
		}, []string{"account", "path", "result", "caller"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "wxgate_upstream_request_duration_seconds",
			Help:    "Time WeChat took to answer, by account and API path.",
			Buckets: prometheus.DefBuckets,
		}, []string{"account", "path"}),
		tokenFetches: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "wxgate_token_fetches_total",
			Help: "access_token fetches from WeChat by account and result (ok, error).",
		}, []string{"account", "result"}),
		tokenWaits: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "wxgate_token_waits_total",
			Help: "Calls that found no usable token and waited for one to be fetched, by account and kind (access_token, ticket jsapi, ticket wx_card): a replica's first calls and calls after WeChat refused a token; a rotation makes none (it is fetched ahead).",
		}, []string{"account", "kind"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "wxgate_ratelimit_rejections_total",
			Help: "Calls the gateway refused itself to keep within an API's budget, by account, API path, reason and caller.",
		}, []string{"account", "path", "reason", "caller"}),
	}
	reg.MustRegister(m.requests, m.duration, m.tokenFetches, m.tokenWaits, m.rateLimited)
	return m
}

func (m *Metrics) answered(account, path string, d time.Duration) {
	if m == nil {
		return
	}
	m.duration.WithLabelValues(account, path).Observe(d.Seconds())
}

func (m *Metrics) result(ctx context.Context, account, path, result string) {
	if m == nil {
		return
	}
	m.requests.WithLabelValues(account, path, result, m.label(ctx)).Inc()
	if m.onResult != nil {
		m.onResult(account, path, result)
	}
}

// OnResult makes m also hand f every result it counts (account, path, and ok,
// errcode_N, http_N, bad_answer or transport_error): the status page's window of
// recent errors. Call it before the first request.
func (m *Metrics) OnResult(f func(account, path, result string)) { m.onResult = f }

func (m *Metrics) tokenFetch(account, result string) {
	if m == nil {
		return
	}
	m.tokenFetches.WithLabelValues(account, result).Inc()
}

func (m *Metrics) tokenWait(account, kind string) {
	if m == nil {
		return
	}
	m.tokenWaits.WithLabelValues(account, kind).Inc()
}

func (m *Metrics) limited(ctx context.Context, account, path string, err error) {
	if m == nil {
		return
	}
	reason := "unknown"
	var lerr *ratelimit.Error
	if errors.As(err, &lerr) {
		reason = string(lerr.Reason)
	}
	m.rateLimited.WithLabelValues(account, path, reason, m.label(ctx)).Inc()
}
