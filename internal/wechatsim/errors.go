package wechatsim

import "fmt"

// WeChat error codes the simulator answers with.
const (
	codeSystemError       = -1
	codeInvalidCredential = 40001
	codeInvalidGrantType  = 40002
	codeInvalidAppID      = 40013
	codeInvalidURL        = 40066
	codeInvalidArgs       = 40097
	codeInvalidAppSecret  = 40125
	codeTokenMissing      = 41001
	codeAppIDMissing      = 41002
	codeSecretMissing     = 41004
	codeTokenExpired      = 42001
	codeRequireGET        = 43001
	codeRequirePOST       = 43002
	codeEmptyPostData     = 44002
	codeDataFormatError   = 47001

	// codeWifiShopNotFound is "门店ID不存在" (shop ID does not exist) in
	// WeChat's Wi-Fi error code table (微信连Wi-Fi 接口返回错误码,
	// developers.weixin.qq.com/doc/offiaccount/WiFi_via_WeChat/WiFi_Error_Codes.html).
	// The table gives no English errmsg; the one in errmsgs is ours.
	codeWifiShopNotFound = 9002009
)

// errmsgs holds the message WeChat sends with each code. Codes that the
// simulator never produces itself are here so injected faults look real.
var errmsgs = map[int]string{
	codeSystemError:       "system error",
	codeInvalidCredential: "invalid credential, access_token is invalid or not latest",
	codeInvalidGrantType:  "invalid grant_type",
	codeInvalidAppID:      "invalid appid",
	40014:                 "invalid access_token",
	codeInvalidURL:        "invalid url",
	codeInvalidArgs:       "invalid args",
	codeInvalidAppSecret:  "invalid appsecret",
	40164:                 "invalid ip, not in whitelist",
	codeTokenMissing:      "access_token missing",
	codeAppIDMissing:      "appid missing",
	codeSecretMissing:     "appsecret missing",
	codeTokenExpired:      "access_token expired",
	codeRequireGET:        "require GET method",
	codeRequirePOST:       "require POST method",
	codeEmptyPostData:     "empty post data",
	45009:                 "reach max api daily quota limit",
	45011:                 "api minute-quota reach limit  mustslower  retry next minute",
	codeDataFormatError:   "data format error",
	48001:                 "api unauthorized",
	50001:                 "user unauthorized",
	codeWifiShopNotFound:  "invalid shop_id, shop not exist",
}

// errmsg returns WeChat's message for code, or a generic one.
func errmsg(code int) string {
	if msg, ok := errmsgs[code]; ok {
		return msg
	}
	return fmt.Sprintf("simulated error %d", code)
}

// apiError is a WeChat error answer: {"errcode":code,"errmsg":msg}.
type apiError struct {
	code int
	msg  string
}

func (e *apiError) Error() string { return fmt.Sprintf("errcode %d: %s", e.code, e.msg) }

// newError returns the error for code with WeChat's usual message.
func newError(code int) *apiError { return &apiError{code: code, msg: errmsg(code)} }

// invalidArgs returns a 40097 whose message names the offending key, so a
// failing test says what the gateway got wrong.
func invalidArgs(format string, args ...any) *apiError {
	return &apiError{code: codeInvalidArgs, msg: "invalid args: " + fmt.Sprintf(format, args...)}
}
