package quota

import (
	"context"
	"net/http"
	"regexp"
	"sync"
	"time"

	"google.golang.org/genproto/googleapis/rpc/code"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/timestamppb"

	quotav1 "github.com/wxgate/wxgate/gen/go/wxgate/quota/v1"
	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/upstream"
)

// The upstream endpoints (openApi 管理). Wire shapes: WeChat's getApiQuota,
// clearQuota and getRidInfo documents, and silenceper/wechat
// domain/openapi/mgnt.go (APIQuota, RidInfo) and officialaccount/basic/basic.go
// (ClearQuota posts {"appid"}); see quota.proto.
var (
	apiQuotaGet = upstream.Read("/cgi-bin/openapi/quota/get")
	apiRidGet   = upstream.Read("/cgi-bin/openapi/rid/get")
	// Not repeated after a lost answer: each clear that takes effect spends one of
	// the month's ten.
	apiClearQuota = upstream.API{Method: http.MethodPost, Path: "/cgi-bin/clear_quota"}
)

// wechatFetches bounds the quota/get calls ListQuotas makes at once.
const wechatFetches = 4

// Server is the QuotaService. Requests are validated by quota.proto's rules first.
type Server struct {
	quotav1.UnimplementedQuotaServiceServer
	accounts *accounts.Set
	book     *Book
}

// New returns a QuotaService for the accounts in set, with the local figures of
// book.
func New(set *accounts.Set, book *Book) *Server {
	return &Server{accounts: set, book: book}
}

// quotaAnswer is /cgi-bin/openapi/quota/get's answer.
type quotaAnswer struct {
	Quota struct {
		DailyLimit int64 `json:"daily_limit"`
		Used       int64 `json:"used"`
		Remain     int64 `json:"remain"`
	} `json:"quota"`
	RateLimit          *rateLimit `json:"rate_limit"`
	ComponentRateLimit *rateLimit `json:"component_rate_limit"`
}

type rateLimit struct {
	CallCount     int64 `json:"call_count"`
	RefreshSecond int64 `json:"refresh_second"`
}

func (r *rateLimit) proto() *quotav1.RateLimit {
	if r == nil {
		return nil
	}
	return &quotav1.RateLimit{CallCount: r.CallCount, RefreshSecond: r.RefreshSecond}
}

// wechatQuota asks WeChat for path's figures.
func wechatQuota(ctx context.Context, c *upstream.Client, path string) (*quotav1.WeChatQuota, error) {
	var ans quotaAnswer
	if err := c.Call(ctx, apiQuotaGet, map[string]string{"cgi_path": path}, &ans); err != nil {
		return nil, err
	}
	return &quotav1.WeChatQuota{
		DailyLimit: ans.Quota.DailyLimit, Used: ans.Quota.Used, Remain: ans.Quota.Remain,
		RateLimit: ans.RateLimit.proto(), ComponentRateLimit: ans.ComponentRateLimit.proto(),
	}, nil
}

func (s *Server) GetQuota(ctx context.Context, req *quotav1.GetQuotaRequest) (*quotav1.GetQuotaResponse, error) {
	c, err := s.accounts.Pick(ctx)
	if err != nil {
		return nil, err
	}
	wq, err := wechatQuota(ctx, c, req.GetCgiPath())
	if err != nil {
		return nil, err
	}
	local, err := s.local(ctx, c.Account(), []string{req.GetCgiPath()})
	if err != nil {
		return nil, err
	}
	local[0].Wechat = wq
	return &quotav1.GetQuotaResponse{Quota: local[0]}, nil
}

func (s *Server) ListQuotas(ctx context.Context, req *quotav1.ListQuotasRequest) (*quotav1.ListQuotasResponse, error) {
	c, err := s.accounts.Pick(ctx)
	if err != nil {
		return nil, err
	}
	quotas, err := s.local(ctx, c.Account(), s.book.Paths(c.Account()))
	if err != nil {
		return nil, err
	}
	if req.GetIncludeWechat() {
		var wg sync.WaitGroup
		sem := make(chan struct{}, wechatFetches)
		for _, q := range quotas {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; wg.Done() }()
				wq, err := wechatQuota(ctx, c, q.GetCgiPath())
				if err != nil {
					q.WechatError = fetchError(err)
					return
				}
				q.Wechat = wq
			}()
		}
		wg.Wait()
	}
	return &quotav1.ListQuotasResponse{Account: c.Account(), Quotas: quotas}, nil
}

// local is the Quota messages of account on paths, with the local figures only.
func (s *Server) local(ctx context.Context, account string, paths []string) ([]*quotav1.Quota, error) {
	figs, shared, err := s.book.Figures(ctx, account, paths)
	if err != nil {
		return nil, localError(err)
	}
	resets := timestamppb.New(s.book.ResetsAt())
	out := make([]*quotav1.Quota, len(figs))
	for i, f := range figs {
		q := &quotav1.Quota{
			Account: account,
			CgiPath: f.Path,
			Local: &quotav1.LocalQuota{
				UsedToday: f.Used, DailyLimit: f.Limit.Daily, Qps: f.Limit.QPS, Burst: int32(f.Limit.Burst),
				Shared: shared, ResetsAt: resets,
			},
		}
		for _, cf := range f.Callers {
			q.Callers = append(q.Callers, &quotav1.CallerShare{
				Caller: cf.Caller, UsedToday: cf.Used, DailyLimit: cf.Limit.Daily, Qps: cf.Limit.QPS, Burst: int32(cf.Limit.Burst),
			})
		}
		out[i] = q
	}
	return out, nil
}

// localError is the status of a failure to read the local counts: only the
// caller's own deadline or cancellation can get here (a limiter whose store does
// not answer reads its in-process counts instead).
func localError(err error) error {
	if _, ok := status.FromError(err); ok {
		return err
	}
	return status.FromContextError(err).Err()
}

// fetchError describes why WeChat's figures of one API could not be had.
func fetchError(err error) *quotav1.FetchError {
	st := status.Convert(err)
	fe := &quotav1.FetchError{Code: code.Code(st.Code()).String(), Message: st.Message()}
	for _, d := range st.Details() {
		if info, ok := d.(*errdetails.ErrorInfo); ok {
			fe.Reason = info.GetReason()
		}
	}
	return fe
}

func (s *Server) ClearQuota(ctx context.Context, req *quotav1.ClearQuotaRequest) (*quotav1.ClearQuotaResponse, error) {
	c, err := s.accounts.Pick(ctx)
	if err != nil {
		return nil, err
	}
	if err := c.Call(ctx, apiClearQuota, map[string]string{"appid": c.AppID()}, nil); err != nil {
		return nil, err
	}
	resp := &quotav1.ClearQuotaResponse{Account: c.Account()}
	if req.GetResetLocalCounts() {
		if err := s.book.Reset(ctx, c.Account()); err != nil {
			// WeChat has cleared: say so, and that the local counts were not.
			return nil, status.Errorf(status.Code(localError(err)), "WeChat cleared the account's counts, but the gateway's own could not be reset: %v", err)
		}
		resp.LocalCountsReset = true
	}
	return resp, nil
}

// ridAnswer is /cgi-bin/openapi/rid/get's answer.
type ridAnswer struct {
	Request struct {
		InvokeTime   int64  `json:"invoke_time"`
		CostInMs     int64  `json:"cost_in_ms"`
		RequestURL   string `json:"request_url"`
		RequestBody  string `json:"request_body"`
		ResponseBody string `json:"response_body"`
		ClientIP     string `json:"client_ip"`
	} `json:"request"`
}

// tokenParam is the access_token parameter of a logged query string, with the &
// that joins it to the rest.
var tokenParam = regexp.MustCompile(`(^|&)access_token=[^&]*`)

// withoutToken is a logged query string without its access_token.
func withoutToken(query string) string {
	q := tokenParam.ReplaceAllString(query, "")
	if len(q) > 0 && q[0] == '&' {
		q = q[1:]
	}
	return q
}

func (s *Server) GetRidInfo(ctx context.Context, req *quotav1.GetRidInfoRequest) (*quotav1.GetRidInfoResponse, error) {
	c, err := s.accounts.Pick(ctx)
	if err != nil {
		return nil, err
	}
	var ans ridAnswer
	if err := c.Call(ctx, apiRidGet, map[string]string{"rid": req.GetRid()}, &ans); err != nil {
		return nil, err
	}
	r := ans.Request
	out := &quotav1.RidRequest{
		CostInMs: r.CostInMs,
		// WeChat logs the call's whole query, its access_token too: the token goes,
		// and c.Redact takes any credential of the account's left anywhere (a
		// stable_token call's body holds the AppSecret).
		RequestUrl:   c.Redact(withoutToken(r.RequestURL)),
		RequestBody:  c.Redact(r.RequestBody),
		ResponseBody: c.Redact(r.ResponseBody),
		ClientIp:     r.ClientIP,
	}
	if r.InvokeTime > 0 {
		out.InvokeTime = timestamppb.New(time.Unix(r.InvokeTime, 0))
	}
	return &quotav1.GetRidInfoResponse{Rid: req.GetRid(), Request: out}, nil
}
