package server

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"time"

	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/statuspage"
)

// statusRefresh is how often the page reloads itself (a meta refresh: no script).
const statusRefresh = 30

// statusTimeout bounds reading the day's counts for the page (one Redis MGET per
// account).
const statusTimeout = 2 * time.Second

// clock is the server's clock: the test clock, or the time.
func (s *Server) clock() time.Time {
	if s.now != nil {
		return s.now()
	}
	return time.Now()
}

// statusPage is GET /status: the operators' page. It is exposed like /metrics
// (open unless endpoints.status is false) and shows no more than /metrics does:
// names, counts and states, never a token, key or secret.
func (s *Server) statusPage() http.Handler {
	return statuspage.Handler(func(r *http.Request) statuspage.Page {
		ctx, cancel := context.WithTimeout(r.Context(), statusTimeout)
		defer cancel()
		return s.statusData(ctx)
	})
}

func (s *Server) statusData(ctx context.Context) statuspage.Page {
	now := s.clock()
	p := statuspage.Page{Now: now, Refresh: statusRefresh, Auth: s.cfg.Auth.Mode, Store: "memory (this replica only)"}
	if s.cfg.UsesRedis() {
		p.Store = "Redis (" + s.cfg.Redis.Mode() + ", shared by every replica)"
	}
	degraded := s.stores.degraded()
	var failed map[string]string
	if s.ready != nil {
		failed, _ = s.ready.state(ctx)
	}
	for _, c := range s.accounts.All() {
		a := statuspage.Account{Name: c.Account(), AppID: c.AppID(), Token: "none", NotReady: failed[c.Account()]}
		if held, refreshAt, until := c.TokenTimes(); held {
			a.Token, a.ExpiresIn = "held", until.Sub(now)
			if !now.Before(refreshAt) {
				a.Token = "refreshing"
			}
		}
		switch {
		case s.cfg.Token.Store != config.StoreRedis:
			a.TokenStore = "memory"
		case c.StoreDegraded():
			a.TokenStore = "Redis unreachable: this replica's own token"
			degraded["token:"+c.Account()] = "token store unreachable: serving this replica's own access_token"
		default:
			a.TokenStore = "Redis (shared)"
		}
		s.statusQuotas(ctx, &a)
		p.Accounts = append(p.Accounts, a)
	}
	for _, k := range slices.Sorted(maps.Keys(degraded)) {
		p.Degraded = append(p.Degraded, fmt.Sprintf("%s: %s", k, degraded[k]))
	}
	p.Errors = s.recent.Errors()
	return p
}

// statusQuotas fills a's APIs (those the configuration limits and those this
// replica called) and callers' shares.
func (s *Server) statusQuotas(ctx context.Context, a *statuspage.Account) {
	a.ResetsAt = s.quotaBook.ResetsAt()
	paths := append(s.quotaBook.Paths(a.Name), s.recent.Paths(a.Name)...)
	slices.Sort(paths)
	paths = slices.Compact(paths)
	figs, shared, err := s.quotaBook.Figures(ctx, a.Name, paths)
	if err != nil {
		return
	}
	a.SharedCounts = shared
	for _, f := range figs {
		a.APIs = append(a.APIs, statuspage.API{Path: f.Path, Used: f.Used, Daily: f.Limit.Daily, QPS: f.Limit.QPS, Burst: f.Limit.Burst})
		for _, c := range f.Callers {
			a.Shares = append(a.Shares, statuspage.Share{Caller: c.Caller, Path: f.Path, Used: c.Used, Daily: c.Limit.Daily, QPS: c.Limit.QPS, Burst: c.Limit.Burst})
		}
	}
	slices.SortStableFunc(a.Shares, func(x, y statuspage.Share) int { return cmp.Compare(x.Caller, y.Caller) })
}
