package upstream

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/protoadapt"
	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/wxgate/wxgate/internal/ratelimit"
)

// Domains of the ErrorInfo details the gateway attaches to its errors.
const (
	// DomainWeChat marks an error WeChat answered (reason "WECHAT_<errcode>").
	DomainWeChat = "api.weixin.qq.com"
	// DomainGateway marks an error of the gateway's own (reason e.g. "UPSTREAM_UNAVAILABLE").
	DomainGateway = "wxgate"
)

// Errcodes with a meaning of their own to the client.
const (
	errSystemBusy      = -1
	errInvalidToken    = 40001 // invalid credential, or not the latest token
	errInvalidTokenAlt = 40014 // invalid access_token
	errTokenExpired    = 42001
)

// codeOf maps WeChat errcodes to gRPC codes (DESIGN.md, "Error mapping"). Codes not
// listed are UNKNOWN. Each service issue adds the errcodes of its area here, so that
// one table holds the whole mapping.
var codeOf = map[int]codes.Code{
	errSystemBusy:      codes.Unavailable,
	errInvalidToken:    codes.Unavailable, // only reaches a caller after the one refresh failed
	errInvalidTokenAlt: codes.Unavailable,
	errTokenExpired:    codes.Unavailable,

	40013: codes.FailedPrecondition, // invalid appid
	40125: codes.FailedPrecondition, // invalid appsecret
	40164: codes.FailedPrecondition, // caller IP not on the account's whitelist
	85050: codes.FailedPrecondition, // under audit

	45009: codes.ResourceExhausted, // daily API quota reached
	45011: codes.ResourceExhausted, // API minute quota reached
	45047: codes.ResourceExhausted, // too many messages

	48001: codes.PermissionDenied, // API unauthorized for this account
	50001: codes.PermissionDenied, // user unauthorized for this API
	43104: codes.PermissionDenied, // appid and openid do not match

	40002: codes.InvalidArgument, // invalid grant_type
	40003: codes.InvalidArgument, // invalid openid
	40097: codes.InvalidArgument, // invalid args
	41001: codes.InvalidArgument, // access_token missing
	41002: codes.InvalidArgument, // appid missing
	41004: codes.InvalidArgument, // appsecret missing
	43001: codes.InvalidArgument, // require GET method
	43002: codes.InvalidArgument, // require POST method
	44002: codes.InvalidArgument, // empty post data
	47001: codes.InvalidArgument, // data format error

	65115:   codes.NotFound,        // store not found
	9002009: codes.NotFound,        // Wi-Fi: shop not found
	9002007: codes.InvalidArgument, // Wi-Fi: parameter missing
	9002008: codes.InvalidArgument, // Wi-Fi: invalid parameter

	85038: codes.AlreadyExists,
	85040: codes.AlreadyExists,
	85041: codes.AlreadyExists,

	// Wi-Fi (the bizwifi family), from WeChat's table 微信连Wi-Fi 接口返回错误码
	// (doc/offiaccount/WiFi_via_WeChat/WiFi_Error_Codes.html). Already above:
	// 9002007, 9002008 (missing or invalid parameter), 9002009 (shop not found).
	9002001: codes.InvalidArgument,    // request method not allowed
	9002002: codes.Unavailable,        // system error
	9002003: codes.Unavailable,        // network error, backend timed out: try later
	9002004: codes.Unavailable,        // backend call failed
	9002005: codes.PermissionDenied,   // authentication failed
	9002006: codes.FailedPrecondition, // the Wi-Fi plugin is not open
	9002010: codes.InvalidArgument,    // neither ssid nor password starts with "WX"
	9002011: codes.InvalidArgument,    // ssid holds Chinese characters
	9002012: codes.InvalidArgument,    // password holds Chinese characters
	9002013: codes.InvalidArgument,    // password too short
	9002014: codes.FailedPrecondition, // the shop's devices have different passwords
	9002015: codes.FailedPrecondition, // the shop's devices have different SSIDs
	9002016: codes.AlreadyExists,      // device (SSID) already added
	9002017: codes.NotFound,           // device not found, cannot delete
	9002018: codes.FailedPrecondition, // professional devices: no top bar
	9002019: codes.FailedPrecondition, // the shop has no device
	9002020: codes.PermissionDenied,   // unverified accounts cannot set the homepage
	9002022: codes.FailedPrecondition, // non-password devices: cannot add a password device
	9002023: codes.PermissionDenied,   // unverified accounts cannot get it
	9002024: codes.FailedPrecondition, // the account has no password device
	9002025: codes.FailedPrecondition, // only when every device is a password device
	9002026: codes.InvalidArgument,    // list size over the limit
	9002027: codes.FailedPrecondition, // non-password devices: no QR code
	9002028: codes.FailedPrecondition, // non-portal devices added already
	9002029: codes.PermissionDenied,   // third-party authorization required
	9002030: codes.FailedPrecondition, // portal device registration not enabled
	9002031: codes.FailedPrecondition, // shop keeps its own connect method: no QR code
	9002032: codes.FailedPrecondition, // every device must connect through WeChat
	9002033: codes.FailedPrecondition, // the account has no device
	9002034: codes.FailedPrecondition, // the account has professional devices
	9002035: codes.FailedPrecondition, // shop keeps its own connect method: cannot clean
	9002037: codes.FailedPrecondition, // portal devices: only the ssid can change
	9002038: codes.InvalidArgument,    // ssid must start with "WX"
	9002039: codes.FailedPrecondition, // the shop has no network to change
	9002040: codes.FailedPrecondition, // professional devices: network cannot change
	9002041: codes.PermissionDenied,   // unverified accounts cannot set it
	9002042: codes.FailedPrecondition, // shop keeps its own connect method: cannot set it

	// Cards (seed 002), and the card errcodes of WeChat's global table the card
	// calls meet.
	40109: codes.InvalidArgument, // more than 100 codes in one deposit or checkcode (seed 002)
	40073: codes.NotFound,        // invalid card id: no such card on this account
	40056: codes.InvalidArgument, // invalid code
	40053: codes.InvalidArgument, // invalid action_info (qrcode/create)

	// Stores (seed 004). Already above: -1, 40097, 43104 (no permission), 65115
	// (store not found), 85038, 85040, 85041 (duplicates), 85050 (under audit).
	85024: codes.InvalidArgument,    // the name needs org_code and other_files: send them
	85025: codes.FailedPrecondition, // administrator phone registered too often
	85026: codes.FailedPrecondition, // this WeChat id already binds 5 administrators
	85027: codes.FailedPrecondition, // administrator id card registered 5 times
	85028: codes.FailedPrecondition, // the entity registered too often
	85029: codes.AlreadyExists,      // merchant name taken
	85030: codes.InvalidArgument,    // name length, special characters or reserved words
	85031: codes.InvalidArgument,    // name not allowed
	85032: codes.FailedPrecondition, // name protected while an infringement complaint runs
	85033: codes.InvalidArgument,    // name breaks the platform rules
	85034: codes.FailedPrecondition, // name in its 15-day protection after a rename
	85035: codes.FailedPrecondition, // must be the account's own entity
	85036: codes.InvalidArgument,    // introduction not allowed
	85039: codes.FailedPrecondition, // the store's status does not allow reading it
	85042: codes.ResourceExhausted,  // nearby places limit reached
	85049: codes.ResourceExhausted,  // head image / introduction monthly change limit
	85053: codes.FailedPrecondition, // create the store mini program first
	85054: codes.FailedPrecondition, // not upgraded yet: migrate with poi_id
	85055: codes.InvalidArgument,    // invalid map_poi_id
	85056: codes.InvalidArgument,    // invalid temporary media id
	65118: codes.FailedPrecondition, // the store's status does not allow updating

	// API quota management (openApi 管理: getApiQuota, clearQuota, getRidInfo;
	// developers.weixin.qq.com/doc/service/openApi/get_rid_info.html and
	// …/Third-party_Platforms/2.0/api/openApi/get_api_quota.html, clear_quota.html;
	// wechatpy constants.py OUT_OF_RESET_LIMIT). Already above: 40013 (clear_quota
	// for another appid), 45009, 45011.
	48006: codes.ResourceExhausted, // the month's 10 clears of clear_quota are used up
	76001: codes.NotFound,          // rid not found, or older than 7 days
	76002: codes.InvalidArgument,   // rid empty or malformed
	76003: codes.PermissionDenied,  // rid of another account (also a cgi_path without its "/")
	76021: codes.NotFound,          // cgi_path not found
	76022: codes.PermissionDenied,  // cgi_path not for this account's token (e.g. /sns/ APIs)
}

// beijing is the time WeChat's quotas count days and months in.
var beijing = time.FixedZone("Asia/Shanghai", 8*3600)

// retryAfter says when a quota errcode is worth trying again, where WeChat says so.
func retryAfter(errcode int, now time.Time) (time.Duration, bool) {
	switch errcode {
	case 45009: // the daily quota resets at 00:00 Beijing time, as the gateway's own
		return ratelimit.NextReset(now).Sub(now), true
	case 45011: // the minute quota
		return time.Minute, true
	case 48006: // clear_quota: 10 clears a month, the month of Beijing time
		y, m, _ := now.In(beijing).Date()
		return time.Date(y, m+1, 1, 0, 0, 0, 0, beijing).Sub(now), true
	}
	return 0, false
}

// Error is an error WeChat answered with a non-zero errcode.
type Error struct {
	Path    string // the API, e.g. "/bizwifi/qrcode/get"
	Errcode int
	Errmsg  string
	at      time.Time
}

func (e *Error) Error() string {
	return fmt.Sprintf("wechat %s: errcode %d: %s", e.Path, e.Errcode, e.Errmsg)
}

// Code is the gRPC code the errcode maps to.
func (e *Error) Code() codes.Code {
	if c, ok := codeOf[e.Errcode]; ok {
		return c
	}
	return codes.Unknown
}

// GRPCStatus lets grpc and status.FromError see the mapped status, with
// ErrorInfo{reason: "WECHAT_<errcode>"} and, for quota errors, RetryInfo.
func (e *Error) GRPCStatus() *status.Status {
	details := []protoadapt.MessageV1{&errdetails.ErrorInfo{
		Reason: "WECHAT_" + strconv.Itoa(e.Errcode),
		Domain: DomainWeChat,
		Metadata: map[string]string{
			"errcode": strconv.Itoa(e.Errcode),
			"errmsg":  e.Errmsg,
			"path":    e.Path,
		},
	}}
	if d, ok := retryAfter(e.Errcode, e.at); ok {
		details = append(details, &errdetails.RetryInfo{RetryDelay: durationpb.New(d)})
	}
	return withDetails(status.New(e.Code(), e.Error()), details...)
}

// tokenRejected says WeChat refused the access_token the call carried.
func (e *Error) tokenRejected() bool {
	switch e.Errcode {
	case errInvalidToken, errInvalidTokenAlt, errTokenExpired:
		return true
	}
	return false
}

// UnavailableError is a failure to get a usable answer from WeChat: the connection
// failed, WeChat answered an HTTP error, or the answer was not JSON. Its message never
// holds the request URL, which carries the access_token.
type UnavailableError struct {
	Path   string
	Reason string // UPSTREAM_UNAVAILABLE or UPSTREAM_BAD_ANSWER
	Detail string
}

func (e *UnavailableError) Error() string {
	return fmt.Sprintf("wechat %s: %s", e.Path, e.Detail)
}

// GRPCStatus is UNAVAILABLE with ErrorInfo{domain: "wxgate"}.
func (e *UnavailableError) GRPCStatus() *status.Status {
	return withDetails(status.New(codes.Unavailable, e.Error()), &errdetails.ErrorInfo{
		Reason:   e.Reason,
		Domain:   DomainGateway,
		Metadata: map[string]string{"path": e.Path},
	})
}

// contextError turns the caller's own deadline or cancellation into its status, so
// that a call that ran out of time is DEADLINE_EXCEEDED (HTTP 504), not UNAVAILABLE.
func contextError(ctx context.Context, path string) error {
	err := ctx.Err()
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return status.Errorf(codes.DeadlineExceeded, "wechat %s: deadline exceeded", path)
	case err != nil:
		return status.Errorf(codes.Canceled, "wechat %s: canceled", path)
	}
	return nil
}

func withDetails(st *status.Status, details ...protoadapt.MessageV1) *status.Status {
	if s, err := st.WithDetails(details...); err == nil {
		return s
	}
	return st
}
