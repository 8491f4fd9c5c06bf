// Package wechatsim is a stateful simulator of the WeChat Official Account
// HTTP API (https://api.weixin.qq.com). It is the upstream of
// `gateway serve --sandbox` and of wxgate's end-to-end tests.
//
// It speaks WeChat's wire format: errors are {"errcode":N,"errmsg":"..."}
// with HTTP 200, tokens come from /cgi-bin/token and /cgi-bin/stable_token,
// and every other call carries ?access_token=. Where the simulator and the
// WeChat documents in shared/seeds disagree, the documents win.
//
// The simulator is deliberately stricter than WeChat is known to be: a
// request body with an unknown key, a missing required key, a value of the
// wrong JSON type (the string "429620" where a number is documented) or a
// JSON null is rejected with 40097 naming the key. That turns gateway
// encoding bugs into test failures instead of silent upstream surprises.
//
// Tests can see what the gateway sent (Requests), steer the token life cycle
// (ExpireTokens, InvalidateTokens, SetTokenTTL) and inject faults per path
// (Inject): WeChat error codes, HTTP 5xx, dropped connections, latency and
// non-JSON answers.
//
// # Event pushes
//
// The simulator also plays WeChat's message push (消息推送): once SetPushTarget
// names a gateway's callback URL, Push sends an event there now, signed and, in
// compatible and safe mode, encrypted (internal/wxcrypt) as WeChat does; it waits
// Options.PushTimeout for "success" (or an empty body) and sends the same request
// again up to Options.PushRetries times. The store endpoints push their audit
// results by themselves, Options.AuditDelay after the call: apply_merchant
// (apply_merchant_audit_info; the audit then ends approved unless SetMerchantAudit
// decided first), create_map_poi (create_map_poi_audit_info), add_store
// (add_store_audit_info) and an update_store that needs an audit
// (modify_store_audit_info). Pushes lists what was pushed; Close cancels the
// pushes still pending. The control API offers the same as /_sim/push-target,
// /_sim/push and /_sim/pushes.
//
// # Adding an endpoint
//
// An endpoint is one handler and one registration line in registerRoutes:
//
//	s.handle("POST", "/bizwifi/bar/set", jsonCall(s.barSet))
//
// The request type declares the documented body; the json tag is the exact
// key and `wx:"required"` marks required keys. Everything else is optional,
// and any key not declared is rejected:
//
//	type barSetReq struct {
//		ShopID  int64 `json:"shop_id" wx:"required"`
//		BarType int   `json:"bar_type" wx:"required"`
//	}
//
// Checks that need the values (enums, URLs) go in an optional
// validate() error method on the request type. The handler receives the
// decoded, validated request, runs with the simulator's state lock held (so
// it reads and writes state freely and must not block), and returns the
// complete response body or an error made with invalidArgs / newError:
//
//	func (s *Server) barSet(req *barSetReq) (any, error) {
//		sh, err := s.shop(req.ShopID)
//		if err != nil {
//			return nil, err
//		}
//		sh.barType = req.BarType
//		return okReply(), nil
//	}
//
// Endpoints without a body use noBody, endpoints reading the query use
// queryCall. Response helpers: okReply() for {"errcode":0}, withData(v) for
// bizwifi's {"errcode":0,"data":v}; other families return their own struct.
package wechatsim
