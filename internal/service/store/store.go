// Package store implements wxgate.store.v1.StoreService: the store mini program
// (门店小程序) of seed 004 over the wxa store API family, the legacy store list
// (/cgi-bin/poi/getpoilist) and the store card (card/storewxa). It also parses the
// store audit events WeChat pushes (ParseEvent).
package store

import (
	"context"
	"net/http"
	"time"

	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	"github.com/wxgate/wxgate/internal/accounts"
	"github.com/wxgate/wxgate/internal/upstream"
)

// The store endpoints (seed 004).
var (
	apiMerchantCategory  = upstream.Get("/wxa/get_merchant_category")
	apiApplyMerchant     = upstream.Write("/wxa/apply_merchant")
	apiMerchantAuditInfo = upstream.Get("/wxa/get_merchant_audit_info")
	apiModifyMerchant    = upstream.Write("/wxa/modify_merchant")
	// get_district passes Tencent Map's answer on: {"status":0,"message":"query ok",…}.
	apiDistrict     = upstream.API{Method: http.MethodGet, Path: "/wxa/get_district", Idempotent: true, ErrorKey: "status"}
	apiSearchMapPoi = upstream.Read("/wxa/search_map_poi")
	// create_map_poi answers {"error": …, "data": {base_id, rich_id}}.
	apiCreateMapPoi  = upstream.API{Method: http.MethodPost, Path: "/wxa/create_map_poi", ErrorKey: "error"}
	apiAddStore      = upstream.Write("/wxa/add_store")
	apiUpdateStore   = upstream.Write("/wxa/update_store")
	apiStoreInfo     = upstream.Read("/wxa/get_store_info")
	apiStoreList     = upstream.Read("/wxa/get_store_list")
	apiDelStore      = upstream.Write("/wxa/del_store")
	apiLegacyPoiList = upstream.Read("/cgi-bin/poi/getpoilist")
	apiStoreCardGet  = upstream.Read("/card/storewxa/get")
	apiStoreCardSet  = upstream.Write("/card/storewxa/set")
)

// How long cached reference data is served before WeChat is asked again.
const (
	categoriesTTL = 6 * time.Hour
	districtsTTL  = 24 * time.Hour
)

// Server is the StoreService.
type Server struct {
	storev1.UnimplementedStoreServiceServer
	accounts   *accounts.Set
	categories *cache[*storev1.ListMerchantCategoriesResponse]
	districts  *cache[*storev1.ListDistrictsResponse]
}

// Option changes a Server.
type Option func(*options)

type options struct{ now func() time.Time }

// WithClock sets the clock of the caches (tests move it); nil keeps time.Now.
func WithClock(now func() time.Time) Option {
	return func(o *options) {
		if now != nil {
			o.now = now
		}
	}
}

// New returns a StoreService calling WeChat for the accounts in set.
func New(set *accounts.Set, opts ...Option) *Server {
	o := options{now: time.Now}
	for _, opt := range opts {
		opt(&o)
	}
	return &Server{
		accounts:   set,
		categories: newCache[*storev1.ListMerchantCategoriesResponse](categoriesTTL, o.now),
		districts:  newCache[*storev1.ListDistrictsResponse](districtsTTL, o.now),
	}
}

// call makes one upstream call for the account the request names.
func (s *Server) call(ctx context.Context, api upstream.API, in, out any) error {
	return s.accounts.Call(ctx, api, in, out)
}

// answer is the wxa family's answer shape: {"errcode":0,"errmsg":"ok","data":{…}}.
type answer[T any] struct {
	Data T `json:"data"`
}
