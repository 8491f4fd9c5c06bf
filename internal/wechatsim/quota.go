package wechatsim

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"time"
)

// WeChat's API quota management (openApi 管理), as documented by getApiQuota,
// clearQuota and getRidInfo (developers.weixin.qq.com/doc/service/api/apimanage/
// api_getapiquota, …/openApi/clear_quota.html, …/openApi/get_rid_info.html) and
// as silenceper/wechat types them (domain/openapi/mgnt.go: APIQuota, RidInfo):
//
//	POST /cgi-bin/openapi/quota/get {"cgi_path"} → {"errcode":0,"errmsg":"ok","quota":{"daily_limit","used","remain"}}
//	POST /cgi-bin/clear_quota {"appid"}          → {"errcode":0,"errmsg":"ok"}; 48006 past 10 clears a month
//	POST /cgi-bin/openapi/rid/get {"rid"}        → {"errcode":0,"errmsg":"ok","request":{"invoke_time","cost_in_ms",
//	                                                "request_url","request_body","response_body","client_ip"}}
//
// The simulator counts, per path and day (Asia/Shanghai), the calls it served:
// those past the access_token and method checks, whatever they answered. A path
// whose day's count reached its daily limit answers 45009 without running. Every
// error answer carries a rid in its errmsg ("... rid: 617682e0-09059ac5-34a8e2ea")
// and the simulator keeps what it logged of that call for rid/get, as WeChat
// does for 7 days; the newest maxRids only, so that a long sandbox stays bounded.

// Errcodes of the quota endpoints.
const (
	codeDailyQuota     = 45009 // reach max api daily quota limit
	codeClearsUsedUp   = 48006 // forbid to clear quota because of reaching the limit
	codeRidNotFound    = 76001 // rid not found (or older than 7 days)
	codeRidInvalid     = 76002 // rid is error: empty or malformed
	codeRidNoPerm      = 76003 // could not query this rid, no permission
	codeCgiPathUnknown = 76021 // cgi_path not found, please check
	codeCgiPathNoPerm  = 76022 // could not use this cgi_path, no permission
)

func init() {
	for code, msg := range map[int]string{
		codeClearsUsedUp:   "forbid to clear quota because of reaching the limit",
		codeRidNotFound:    "rid not found",
		codeRidInvalid:     "rid is error",
		codeRidNoPerm:      "could not query this rid, no permission",
		codeCgiPathUnknown: "cgi_path not found, please check",
		codeCgiPathNoPerm:  "could not use this cgi_path, no permission",
	} {
		errmsgs[code] = msg
	}
}

// Defaults of the quota state.
const (
	// DefaultDailyLimit is every path's daily limit unless Options.DailyLimits
	// sets one: high enough that no test or load run meets it by accident.
	DefaultDailyLimit = 10_000_000
	// DefaultMonthlyClears is how often clear_quota works per month (WeChat: 10).
	DefaultMonthlyClears = 10
	// ridRetention is how long rid/get finds a rid (WeChat: 7 days).
	ridRetention = 7 * 24 * time.Hour
	// maxRids bounds the rids kept.
	maxRids = 10_000
)

var shanghai = time.FixedZone("Asia/Shanghai", 8*3600)

// quotaState is the per-path daily counts, the month's clears and the rids;
// guarded by Server.mu.
type quotaState struct {
	limits        map[string]int64 // Options.DailyLimits
	monthlyClears int
	day           string           // the day used counts (20060102, Shanghai)
	used          map[string]int64 // calls served today by path
	month         string           // the month clears counts (200601)
	clears        int
	rids          map[string]RidRecord
	ridOrder      []string // oldest first, for eviction
}

func (q *quotaState) init(o Options) {
	q.limits = make(map[string]int64, len(o.DailyLimits))
	for p, n := range o.DailyLimits {
		q.limits[p] = n
	}
	q.monthlyClears = DefaultMonthlyClears
	if o.MonthlyClears != 0 {
		q.monthlyClears = max(o.MonthlyClears, 0)
	}
	q.used = map[string]int64{}
	q.rids = map[string]RidRecord{}
}

func (q *quotaState) limit(path string) int64 {
	if n, ok := q.limits[path]; ok {
		return n
	}
	return DefaultDailyLimit
}

// rollover starts a new day's counts once the day has changed.
func (q *quotaState) rollover(now time.Time) {
	if d := now.In(shanghai).Format("20060102"); d != q.day {
		q.day = d
		clear(q.used)
	}
}

// quotaCounted says WeChat counts calls to path in getApiQuota (not the /sns/
// calls, which it refuses to report).
func quotaCounted(path string) bool { return !strings.HasPrefix(path, "/sns/") }

// spend counts one call to path, or answers 45009 when its day is spent; mu
// must be held.
func (s *Server) spendQuota(path string) error {
	if !quotaCounted(path) {
		return nil
	}
	q := &s.quota
	q.rollover(s.now())
	if q.used[path] >= q.limit(path) {
		return newError(codeDailyQuota)
	}
	q.used[path]++
	return nil
}

// Quota is one path's figures as quota/get answers them.
type Quota struct {
	DailyLimit int64 `json:"daily_limit"`
	Used       int64 `json:"used"`
	Remain     int64 `json:"remain"`
}

// QuotaOf is path's figures today, as quota/get would answer them (without
// counting a call).
func (s *Server) QuotaOf(path string) Quota {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.quotaOf(path)
}

func (s *Server) quotaOf(path string) Quota {
	q := &s.quota
	q.rollover(s.now())
	lim, used := q.limit(path), q.used[path]
	return Quota{DailyLimit: lim, Used: used, Remain: max(lim-used, 0)}
}

// SetDailyLimit makes path's daily limit n from now on.
func (s *Server) SetDailyLimit(path string, n int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.quota.limits[path] = n
}

// Clears is how many clear_quota calls worked this month.
func (s *Server) Clears() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rollMonth()
	return s.quota.clears
}

func (s *Server) rollMonth() {
	if m := s.now().In(shanghai).Format("200601"); m != s.quota.month {
		s.quota.month, s.quota.clears = m, 0
	}
}

type quotaGetReq struct {
	CgiPath string `json:"cgi_path" wx:"required"`
}

// quotaGet is POST /cgi-bin/openapi/quota/get.
func (s *Server) quotaGet(req *quotaGetReq) (any, error) {
	p := req.CgiPath
	switch {
	case !strings.HasPrefix(p, "/"):
		// "不要前缀 https://api.weixin.qq.com，也不要漏了 /，否则都会 76003 的报错"
		return nil, newError(codeRidNoPerm)
	case !quotaCounted(p):
		return nil, newError(codeCgiPathNoPerm)
	}
	if _, ok := s.routes[p]; !ok {
		return nil, newError(codeCgiPathUnknown)
	}
	return struct {
		Errcode int    `json:"errcode"`
		Errmsg  string `json:"errmsg"`
		Quota   Quota  `json:"quota"`
	}{0, "ok", s.quotaOf(p)}, nil
}

type clearQuotaReq struct {
	AppID string `json:"appid"`
}

// clearQuota is POST /cgi-bin/clear_quota: every path's count of today goes back
// to 0, once per clear the month allows.
func (s *Server) clearQuota(req *clearQuotaReq) (any, error) {
	switch {
	case req.AppID == "":
		return nil, newError(codeAppIDMissing)
	case req.AppID != s.appID:
		return nil, newError(codeInvalidAppID)
	}
	s.rollMonth()
	if s.quota.clears >= s.quota.monthlyClears {
		return nil, newError(codeClearsUsedUp)
	}
	s.quota.clears++
	clear(s.quota.used)
	return okMsgReply(), nil
}

// okMsgReply is {"errcode":0,"errmsg":"ok"}.
func okMsgReply() any {
	return errorReply{Errcode: 0, Errmsg: "ok"}
}

// RidRecord is what the simulator logged of a call it answered with an error:
// rid/get's request object.
type RidRecord struct {
	InvokeTime   int64  `json:"invoke_time"`
	CostInMs     int64  `json:"cost_in_ms"`
	RequestURL   string `json:"request_url"` // the raw query, access_token included, as WeChat logs it
	RequestBody  string `json:"request_body"`
	ResponseBody string `json:"response_body"`
	ClientIP     string `json:"client_ip"`
}

type ridGetReq struct {
	Rid string `json:"rid"`
}

// ridPattern is the rids WeChat hands out (and the simulator too): three groups
// of 8 hex digits.
var ridPattern = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$`)

// ridGet is POST /cgi-bin/openapi/rid/get.
func (s *Server) ridGet(req *ridGetReq) (any, error) {
	if !ridPattern.MatchString(req.Rid) {
		return nil, newError(codeRidInvalid)
	}
	rec, ok := s.quota.rids[req.Rid]
	if !ok || s.now().Sub(time.Unix(rec.InvokeTime, 0)) > ridRetention {
		return nil, newError(codeRidNotFound)
	}
	return struct {
		Errcode int       `json:"errcode"`
		Errmsg  string    `json:"errmsg"`
		Request RidRecord `json:"request"`
	}{0, "ok", rec}, nil
}

// newRid makes a rid like WeChat's: the time in seconds, then two random
// groups, each 8 hex digits.
func (s *Server) newRid() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%08x-%08x-%08x", uint32(s.now().Unix()), binary.BigEndian.Uint32(b[:4]), binary.BigEndian.Uint32(b[4:]))
}

// logRid keeps what rid/get answers for rid; mu must be held.
func (s *Server) logRid(rid string, rec RidRecord) {
	q := &s.quota
	if len(q.ridOrder) >= maxRids {
		drop := q.ridOrder[:maxRids/2]
		for _, r := range drop {
			delete(q.rids, r)
		}
		q.ridOrder = append(q.ridOrder[:0], q.ridOrder[maxRids/2:]...)
	}
	q.rids[rid] = rec
	q.ridOrder = append(q.ridOrder, rid)
}

// Rids lists the rids handed out, oldest first (for tests).
func (s *Server) Rids() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.quota.ridOrder...)
}

// clientIP is the request's remote address without its port.
func clientIP(r *http.Request) string {
	host := r.RemoteAddr
	if i := strings.LastIndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	return strings.Trim(host, "[]")
}

func (s *Server) registerQuota() {
	s.handle("POST", "/cgi-bin/openapi/quota/get", jsonCall(s.quotaGet))
	s.handle("POST", "/cgi-bin/clear_quota", jsonCall(s.clearQuota))
	s.handle("POST", "/cgi-bin/openapi/rid/get", jsonCall(s.ridGet))
}
