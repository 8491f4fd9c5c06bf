package wechatsim

import (
	"cmp"
	"slices"
	"strings"
)

// The bizwifi family beyond seed 000. The seeds only name it; the wire shapes
// follow wechatpy (wechatpy/client/api/wifi.py, and tests/fixtures/bizwifi_*.json,
// which are real WeChat answers: "ssid": null, "shop_id": "-1", statis_time in
// milliseconds), Senparc.Weixin's WiFiApi.cs and WeChat's pages under
// developers.weixin.qq.com/doc/offiaccount/WiFi_via_WeChat/.

// registerWifi registers the bizwifi endpoints beyond seed 000's, which
// registerRoutes lists itself.
func (s *Server) registerWifi() {
	s.handle("POST", "/bizwifi/shop/list", jsonCall(s.shopList))
	s.handle("POST", "/bizwifi/shop/get", jsonCall(s.shopGet))
	s.handle("POST", "/bizwifi/shop/update", jsonCall(s.shopUpdate))
	s.handle("POST", "/bizwifi/shop/clean", jsonCall(s.shopClean))
	s.handle("POST", "/bizwifi/device/add", jsonCall(s.deviceAdd))
	s.handle("POST", "/bizwifi/apportal/register", jsonCall(s.apportalRegister))
	s.handle("POST", "/bizwifi/device/list", jsonCall(s.deviceList))
	s.handle("POST", "/bizwifi/device/delete", jsonCall(s.deviceDelete))
	s.handle("POST", "/bizwifi/finishpage/set", jsonCall(s.finishpageSet))
	s.handle("POST", "/bizwifi/statistics/list", jsonCall(s.statisticsList))
	s.handle("POST", "/bizwifi/couponput/set", jsonCall(s.couponputSet))
	s.handle("POST", "/bizwifi/couponput/get", jsonCall(s.couponputGet))
}

// wifiState is the account-wide part of the Wi-Fi state; shops are in
// Server.shops.
type wifiState struct {
	allShopsCoupon *couponPut // couponput/set with shop_id 0: every shop
}

// Device types (protocol_type): "0-未添加设备 … 4-密码型设备 … 31-portal改造型设备".
const (
	protoNone     = 0
	protoPassword = 4
	protoPortal   = 31
)

// network is one SSID of a shop with its devices.
type network struct {
	ssid      string
	password  string   // password devices only
	secretKey string   // portal devices only
	bssids    []string // the network's devices, lower-case MAC addresses
}

// WeChat Wi-Fi's error codes the simulator answers with, and their messages from
// WeChat's table (微信连Wi-Fi 接口返回错误码, WiFi_Error_Codes.html). The table has
// Chinese descriptions only; they serve as the errmsg.
const (
	codeWifiMissingParam   = 9002007
	codeWifiInvalidParam   = 9002008
	codeWifiNoWXPrefix     = 9002010
	codeWifiPasswordCJK    = 9002012
	codeWifiPasswordShort  = 9002013
	codeWifiDeviceExists   = 9002016
	codeWifiDeviceNotFound = 9002017
	codeWifiNotPassword    = 9002022
	codeWifiListTooLong    = 9002026
	codeWifiNotPortal      = 9002028
	codeWifiPortalSSIDOnly = 9002037
	codeWifiNoNetwork      = 9002039
)

var wifiErrmsgs = map[int]string{
	codeWifiMissingParam:   "缺少参数",
	codeWifiInvalidParam:   "不合法的参数",
	codeWifiNoWXPrefix:     "ssid和密码均未以大写字母“WX”开头,两者中至少有一个以“WX”开头才可添加设备成功",
	codeWifiPasswordCJK:    "password不能包含中文字符",
	codeWifiPasswordShort:  "password必需大于8个字符",
	codeWifiDeviceExists:   "设备已添加过",
	codeWifiDeviceNotFound: "设备不存在,无法删除",
	codeWifiNotPassword:    "门店下已添加非密码型设备,无法再添加密码型设备",
	codeWifiListTooLong:    "查询列表超过最大限制",
	codeWifiNotPortal:      "门店下已添加非portal改造型设备",
	codeWifiPortalSSIDOnly: "portal型设备只能修改ssid",
	codeWifiNoNetwork:      "门店下无网络信息,无法进行修改",
}

// wifiError is the answer for a Wi-Fi errcode; detail, when given, says which
// key is at fault, so that a failing test says what the gateway got wrong.
func wifiError(code int, detail ...string) *apiError {
	msg := wifiErrmsgs[code]
	if len(detail) > 0 {
		msg += ": " + strings.Join(detail, " ")
	}
	return &apiError{code: code, msg: msg}
}

// Page sizes of shop/list and device/list: "每页的个数，默认10个，最大20个".
const (
	defaultPageSize = 10
	maxPageSize     = 20
)

type pageReq struct {
	PageIndex int `json:"pageindex"`
	PageSize  int `json:"pagesize"`
}

// page returns the bounds of the page asked for in a list of n items, or the
// errcode WeChat gives for a page size past its limit.
func (r pageReq) page(n int) (index, size, from, to int, err error) {
	index, size = r.PageIndex, r.PageSize
	if index == 0 {
		index = 1
	}
	if size == 0 {
		size = defaultPageSize
	}
	switch {
	case index < 0 || size < 0:
		return 0, 0, 0, 0, wifiError(codeWifiInvalidParam, "pageindex and pagesize must be positive")
	case size > maxPageSize:
		return 0, 0, 0, 0, wifiError(codeWifiListTooLong, "pagesize is at most 20")
	}
	from = min((index-1)*size, n)
	to = min(from+size, n)
	return index, size, from, to, nil
}

// listData is the data of shop/list and device/list.
type listData struct {
	TotalCount int `json:"totalcount"`
	PageIndex  int `json:"pageindex"`
	PageCount  int `json:"pagecount"`
	Records    any `json:"records"`
}

// sortedShops returns the shops in id order; mu must be held.
func (s *Server) sortedShops() []*shop {
	shops := make([]*shop, 0, len(s.shops))
	for _, sh := range s.shops {
		shops = append(shops, sh)
	}
	slices.SortFunc(shops, func(a, b *shop) int { return cmp.Compare(a.id, b.id) })
	return shops
}

// ssids lists the shop's SSIDs in the order added.
func (sh *shop) ssids() []string {
	out := make([]string, 0, len(sh.networks))
	for _, n := range sh.networks {
		out = append(out, n.ssid)
	}
	return out
}

// network returns the shop's network with ssid, or nil.
func (sh *shop) network(ssid string) *network {
	for _, n := range sh.networks {
		if n.ssid == ssid {
			return n
		}
	}
	return nil
}

// shopRecord is one record of shop/list. A shop without devices has
// "ssid": null, as in WeChat's own answer (bizwifi_shop_list.json).
type shopRecord struct {
	ShopID       int64    `json:"shop_id"`
	ShopName     string   `json:"shop_name"`
	SSID         *string  `json:"ssid"`
	SSIDList     []string `json:"ssid_list"`
	ProtocolType int      `json:"protocol_type"`
	Sid          string   `json:"sid"`
	PoiID        string   `json:"poi_id"`
}

// shopList is POST /bizwifi/shop/list.
func (s *Server) shopList(req *pageReq) (any, error) {
	shops := s.sortedShops()
	index, size, from, to, err := req.page(len(shops))
	if err != nil {
		return nil, err
	}
	records := make([]shopRecord, 0, to-from)
	for _, sh := range shops[from:to] {
		r := shopRecord{ShopID: sh.id, ShopName: sh.name, SSIDList: sh.ssids(), ProtocolType: sh.protocolType}
		if len(sh.networks) > 0 {
			r.SSID = &sh.networks[0].ssid
		}
		records = append(records, r)
	}
	return withData(listData{
		TotalCount: len(shops),
		PageIndex:  index,
		PageCount:  (len(shops) + size - 1) / size,
		Records:    records,
	}), nil
}

type shopIDReq struct {
	ShopID int64 `json:"shop_id" wx:"required"`
}

type ssidPassword struct {
	SSID     string `json:"ssid"`
	Password string `json:"password"`
}

// shopGet is POST /bizwifi/shop/get: the shop's networks, devices, homepage,
// top bar and connected page.
func (s *Server) shopGet(req *shopIDReq) (any, error) {
	sh, err := s.shop(req.ShopID)
	if err != nil {
		return nil, err
	}
	data := struct {
		ShopName         string         `json:"shop_name"`
		SSID             string         `json:"ssid"`
		SSIDList         []string       `json:"ssid_list"`
		SSIDPasswordList []ssidPassword `json:"ssid_password_list"`
		Password         string         `json:"password"`
		ProtocolType     int            `json:"protocol_type"`
		ApCount          int            `json:"ap_count"`
		TemplateID       int            `json:"template_id"`
		HomepageURL      string         `json:"homepage_url"`
		BarType          int            `json:"bar_type"`
		Sid              string         `json:"sid"`
		PoiID            string         `json:"poi_id"`
		FinishpageURL    string         `json:"finishpage_url"`
	}{
		ShopName:         sh.name,
		SSIDList:         sh.ssids(),
		SSIDPasswordList: []ssidPassword{},
		ProtocolType:     sh.protocolType,
		TemplateID:       sh.homepage.templateID,
		HomepageURL:      sh.homepage.url,
		BarType:          sh.barType,
		FinishpageURL:    sh.finishPageURL,
	}
	for _, n := range sh.networks {
		data.ApCount += len(n.bssids)
		if sh.protocolType == protoPassword {
			data.SSIDPasswordList = append(data.SSIDPasswordList, ssidPassword{n.ssid, n.password})
		}
	}
	if len(sh.networks) > 0 {
		data.SSID = sh.networks[0].ssid
		if sh.protocolType == protoPassword {
			data.Password = sh.networks[0].password
		}
	}
	return withData(data), nil
}

type shopUpdateReq struct {
	ShopID   int64  `json:"shop_id" wx:"required"`
	OldSSID  string `json:"old_ssid"`
	SSID     string `json:"ssid"`
	Password string `json:"password"`
}

// shopUpdate is POST /bizwifi/shop/update: old_ssid names the network (required
// when the shop has several); portal shops may only change the SSID; password
// shops keep an SSID or password starting with "WX".
func (s *Server) shopUpdate(req *shopUpdateReq) (any, error) {
	sh, err := s.shop(req.ShopID)
	if err != nil {
		return nil, err
	}
	if len(sh.networks) == 0 {
		return nil, wifiError(codeWifiNoNetwork)
	}
	n, err := sh.networkToUpdate(req.OldSSID)
	if err != nil {
		return nil, err
	}
	ssid, password := cmp.Or(req.SSID, n.ssid), cmp.Or(req.Password, n.password)
	if other := sh.network(ssid); other != nil && other != n {
		return nil, wifiError(codeWifiDeviceExists, "ssid", ssid)
	}
	switch sh.protocolType {
	case protoPortal:
		if req.Password != "" {
			return nil, wifiError(codeWifiPortalSSIDOnly)
		}
		if req.SSID == "" {
			return nil, wifiError(codeWifiMissingParam, "ssid")
		}
		if err := checkSSID(ssid, 32); err != nil {
			return nil, err
		}
	case protoPassword:
		if req.SSID == "" && req.Password == "" {
			return nil, wifiError(codeWifiMissingParam, "ssid or password")
		}
		if err := checkPasswordNetwork(ssid, password); err != nil {
			return nil, err
		}
	}
	n.ssid, n.password = ssid, password
	return okReply(), nil
}

// networkToUpdate picks the network old_ssid names, or the shop's only one.
func (sh *shop) networkToUpdate(oldSSID string) (*network, error) {
	switch {
	case oldSSID != "":
		if n := sh.network(oldSSID); n != nil {
			return n, nil
		}
		return nil, wifiError(codeWifiInvalidParam, "old_ssid", oldSSID, "is not an ssid of the shop")
	case len(sh.networks) > 1:
		return nil, wifiError(codeWifiMissingParam, "old_ssid (the shop has several ssids)")
	}
	return sh.networks[0], nil
}

type shopCleanReq struct {
	ShopID int64  `json:"shop_id" wx:"required"`
	SSID   string `json:"ssid"`
}

// shopClean is POST /bizwifi/shop/clean: without ssid it empties the shop, with
// one it removes that network and its devices.
func (s *Server) shopClean(req *shopCleanReq) (any, error) {
	sh, err := s.shop(req.ShopID)
	if err != nil {
		return nil, err
	}
	if req.SSID == "" {
		sh.networks = nil
	} else {
		n := sh.network(req.SSID)
		if n == nil {
			return nil, wifiError(codeWifiInvalidParam, "ssid", req.SSID, "is not an ssid of the shop")
		}
		sh.networks = slices.DeleteFunc(sh.networks, func(m *network) bool { return m == n })
	}
	if len(sh.networks) == 0 {
		sh.protocolType = protoNone // free to take another device type
	}
	return okReply(), nil
}

type finishpageSetReq struct {
	ShopID         int64  `json:"shop_id" wx:"required"`
	FinishpageURL  string `json:"finishpage_url"`
	WxaUserName    string `json:"wxa_user_name"`
	WxaPath        string `json:"wxa_path"`
	FinishpageType *int   `json:"finishpage_type"` // 0 (default): H5 page, 1: mini program
}

// validate: the H5 type (the default) needs finishpage_url, the mini program
// type wxa_user_name (WiFi_mini_programs.html).
func (r *finishpageSetReq) validate() error {
	if r.FinishpageType != nil && *r.FinishpageType == 1 {
		if r.WxaUserName == "" {
			return invalidArgs("missing key %q (required when finishpage_type is 1)", "wxa_user_name")
		}
		return nil
	}
	if r.FinishpageType != nil {
		if err := checkEnum("finishpage_type", *r.FinishpageType); err != nil {
			return err
		}
	}
	if r.FinishpageURL == "" {
		return invalidArgs("missing key %q", "finishpage_url")
	}
	return checkURL("finishpage_url", r.FinishpageURL)
}

// finishpageSet is POST /bizwifi/finishpage/set; shop/get shows the page.
func (s *Server) finishpageSet(req *finishpageSetReq) (any, error) {
	sh, err := s.shop(req.ShopID)
	if err != nil {
		return nil, err
	}
	sh.finishPageURL = req.FinishpageURL
	return okReply(), nil
}
