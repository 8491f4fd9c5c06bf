package quota

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Collector exports the Book's figures as gauges, read at each scrape: one set of
// label values per configured account, API (Book.Paths) and caller share, so that
// the series are bounded by the configuration.
type Collector struct {
	book     *Book
	accounts []string

	used, daily, callerUsed, callerDaily, shared *prometheus.Desc
}

// scrapeTimeout bounds the counts' read (one Redis MGET per account) per scrape.
const scrapeTimeout = 2 * time.Second

// NewCollector returns the gauges of book for accounts (the configured names).
func NewCollector(book *Book, accounts []string) *Collector {
	return &Collector{
		book: book, accounts: accounts,
		used: prometheus.NewDesc("wxgate_quota_used_today",
			"Calls the gateway sent WeChat today (since 00:00 Asia/Shanghai) by account and API path, for the paths the configuration limits; every replica's when rate limits are in Redis.",
			[]string{"account", "path"}, nil),
		daily: prometheus.NewDesc("wxgate_quota_daily_limit",
			"The configured daily quota by account and API path (paths with one only).",
			[]string{"account", "path"}, nil),
		callerUsed: prometheus.NewDesc("wxgate_quota_caller_used_today",
			"Calls the gateway sent WeChat today for a caller whose share limits the path, by account, caller and API path.",
			[]string{"account", "caller", "path"}, nil),
		callerDaily: prometheus.NewDesc("wxgate_quota_caller_daily_limit",
			"A caller's configured daily share by account, caller and API path (shares with one only).",
			[]string{"account", "caller", "path"}, nil),
		shared: prometheus.NewDesc("wxgate_quota_counts_shared",
			"1 when the account's counts above are every replica's (Redis answered), 0 when they are this replica's alone.",
			[]string{"account"}, nil),
	}
}

// Describe implements prometheus.Collector.
func (c *Collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.used, c.daily, c.callerUsed, c.callerDaily, c.shared} {
		ch <- d
	}
}

// Collect implements prometheus.Collector. An account whose counts cannot be read
// in time is left out of this scrape.
func (c *Collector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), scrapeTimeout)
	defer cancel()
	for _, account := range c.accounts {
		figs, shared, err := c.book.Figures(ctx, account, c.book.Paths(account))
		if err != nil {
			continue
		}
		s := 0.0
		if shared {
			s = 1
		}
		ch <- prometheus.MustNewConstMetric(c.shared, prometheus.GaugeValue, s, account)
		for _, f := range figs {
			ch <- prometheus.MustNewConstMetric(c.used, prometheus.GaugeValue, float64(f.Used), account, f.Path)
			if f.Limit.Daily > 0 {
				ch <- prometheus.MustNewConstMetric(c.daily, prometheus.GaugeValue, float64(f.Limit.Daily), account, f.Path)
			}
			for _, cf := range f.Callers {
				ch <- prometheus.MustNewConstMetric(c.callerUsed, prometheus.GaugeValue, float64(cf.Used), account, cf.Caller, f.Path)
				if cf.Limit.Daily > 0 {
					ch <- prometheus.MustNewConstMetric(c.callerDaily, prometheus.GaugeValue, float64(cf.Limit.Daily), account, cf.Caller, f.Path)
				}
			}
		}
	}
}
