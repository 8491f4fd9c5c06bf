package wechatsim

import (
	"errors"
	"maps"
)

// storeState is the simulator's store mini-program state (seed 004): the merchant
// (门店小程序) and its audit, Tencent Map places, the stores, the legacy stores waiting
// for migration and the card of each store. Category and district data are fixed
// (store_data.go).
type storeState struct {
	merchant merchant
	mapPois  []*mapPoi        // search_map_poi's results, created places included
	stores   map[int64]*store // by poi_id
	order    []int64          // poi_ids in the order added: get_store_list's order
	legacy   []*legacyPoi     // /cgi-bin/poi/getpoilist
	nextID   int64            // the last id handed out (audit ids, poi ids, base ids)
	cards    map[int64]string // card/storewxa: poi_id → card_id
}

// Store errcodes of seed 004 that the simulator answers itself.
const (
	codeNameNeedsDocs     = 85024
	codeStoreDuplicate    = 85038
	codeNameInvalid       = 85030
	codeUnderAudit        = 85050
	codeMerchantFirst     = 85053
	codeMigrateWithPoiID  = 85054
	codeInvalidMapPoiID   = 85055
	codeInvalidMediaID    = 85056
	codeStoreNotFound     = 65115
	codeStoreNotUpdatable = 65118
)

// storeErrmsgs are the seed's messages for its store errcodes, so that answers and
// injected faults read like WeChat's.
var storeErrmsgs = map[int]string{
	85024: "你申请的名称需要补充相应资料进行审核,此时请求参数org_code和other_files需要填写",
	85025: "管理员手机登记数量已超过上限,不能使用该主体开通门店",
	85026: "该微信号已绑定5个管理员,请使用另一个微信号完成信息登记",
	85027: "管理员身份证已登记过5次,请使用另一个身份证完成用户信息登记",
	85028: "该主体登记数量已超过上限,不能使用该主体开通门店",
	85029: "商家名称已被占用,请换一个重试",
	85030: "名称长度为4-30个字符(一个中文占两个字符),不能含有特殊字符及“微信”等保留字",
	85031: "不能使用该名称",
	85032: "该名称在侵权投诉保护期,暂不支持申请,请重新提交一个新的名称",
	85033: "名称不能包含违反公众平台协议、相关法律法规和政策的内容,不得使用“微信”等保留字",
	85034: "商家名称在改名15天保护期内,请换一个重试。",
	85035: "需与该账号相同主体才可申请",
	85036: "介绍中不得含有虚假的、冒充、利用他人名义的、容易构成混淆、误认的、法律、法规和政策禁止的内容",
	85038: "请勿添加重复门店",
	85039: "此门店状态不能被获取信息",
	85040: "此门店已被绑定,无需重复绑定",
	85041: "该经营资质已添加,请勿重复添加。",
	85042: "附近地点添加数量达到上线,无法继续添加。",
	85049: "头像或者简介修改达到每个月上限",
	85050: "正在审核中,请勿重复提交",
	85053: "请先成功创建门店后再调用",
	85054: "由于门店小程序还没升级成功,需要添写poi_id进行门店迁移",
	85055: "map_poi_id 无效",
	85056: "临时mediaid无效",
	65115: "门店不存在",
	65118: "该门店状态不允许更新",
}

// The store errcodes join the simulator's table at start-up, before any request.
func init() { maps.Copy(errmsgs, storeErrmsgs) }

// registerStore seeds the store state and registers the store endpoints (seed 004).
func (s *Server) registerStore() {
	s.stores.seed()

	// Merchant (store_merchant.go).
	s.handle("GET", "/wxa/get_merchant_category", noBody(s.getMerchantCategory))
	s.handle("POST", "/wxa/apply_merchant", jsonCall(s.applyMerchant))
	s.handle("GET", "/wxa/get_merchant_audit_info", noBody(s.getMerchantAuditInfo))
	s.handle("POST", "/wxa/modify_merchant", jsonCall(s.modifyMerchant))

	// Tencent Map (store_map.go).
	s.handle("GET", "/wxa/get_district", noBody(s.getDistrict))
	s.handle("POST", "/wxa/search_map_poi", jsonCall(s.searchMapPoi))
	s.handle("POST", "/wxa/create_map_poi", errorKeyCall(s.createMapPoi))

	// Stores (store_stores.go).
	s.handle("POST", "/wxa/add_store", jsonCall(s.addStore))
	s.handle("POST", "/wxa/update_store", jsonCall(s.updateStore))
	s.handle("POST", "/wxa/get_store_info", jsonCall(s.getStoreInfo))
	s.handle("POST", "/wxa/get_store_list", jsonCall(s.getStoreList))
	s.handle("POST", "/wxa/del_store", jsonCall(s.delStore))
	s.handle("POST", "/cgi-bin/poi/getpoilist", jsonCall(s.getPoiList))
	s.handle("POST", "/card/storewxa/get", jsonCall(s.storeCardGet))
	s.handle("POST", "/card/storewxa/set", jsonCall(s.storeCardSet))
}

// newID hands out the next id; mu must be held.
func (st *storeState) newID() int64 {
	st.nextID++
	return st.nextID
}

// errorKeyReply is create_map_poi's answer: {"error": null, "data": {…}} on success.
type errorKeyReply struct {
	Error *errorReply `json:"error"`
	Data  any         `json:"data"`
}

// errorKeyCall adapts an endpoint that answers {"error": …, "data": …} instead of
// errcode (create_map_poi). The seed shows only "error": null; the simulator puts
// its own errors there as {"errcode": N, "errmsg": "…"} with "data": null, while
// access_token and method errors, checked before any endpoint runs, keep WeChat's
// usual errcode answer.
func errorKeyCall[T any](fn func(*T) (any, error)) call {
	inner := jsonCall(fn)
	return func(in input) (any, error) {
		reply, err := inner(in)
		var apiErr *apiError
		if errors.As(err, &apiErr) {
			return errorKeyReply{Error: &errorReply{Errcode: apiErr.code, Errmsg: apiErr.msg}}, nil
		}
		return reply, err
	}
}

// storeReply is the wxa family's success body: {"errcode":0,"errmsg":"ok",…}.
type storeReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

func okStoreReply() storeReply { return storeReply{Errmsg: "ok"} }
