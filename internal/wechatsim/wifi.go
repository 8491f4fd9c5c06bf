package wechatsim

import "fmt"

// Base of the URLs the simulator hands out. The .invalid TLD (RFC 2606)
// makes sure nobody mistakes them for real WeChat material.
const sandboxURL = "http://sandbox.wxgate.invalid"

// shop is the simulator's state for one Wi-Fi shop (门店).
type shop struct {
	id       int64
	name     string
	homepage homepage
	barType  int // 0: account name, 1: shop name (bizwifi/bar/set)

	// The rest of the bizwifi family (wifi_*.go).
	protocolType  int        // protoNone, protoPassword or protoPortal
	networks      []*network // in the order added; a store has one device type
	finishPageURL string     // bizwifi/finishpage/set
	coupon        *couponPut // bizwifi/couponput/set; nil: none
}

// homepage is a shop's merchant homepage (bizwifi/homepage/set).
type homepage struct {
	templateID int // 0: default template, 1: custom URL
	url        string
}

// seedShops adds the shops of the WeChat documents' examples.
func (s *Server) seedShops() {
	s.addShop(429620, "南山店")
	s.addShop(429621, "福田店")
	s.addShop(7921527, "宝安店")
}

// AddShop adds a shop (or renames an existing one, keeping its state).
func (s *Server) AddShop(id int64, name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.addShop(id, name)
}

func (s *Server) addShop(id int64, name string) {
	if sh, ok := s.shops[id]; ok {
		sh.name = name
		return
	}
	s.shops[id] = &shop{id: id, name: name}
}

// shop returns shop id, or WeChat Wi-Fi's "shop does not exist"; mu must be
// held.
func (s *Server) shop(id int64) (*shop, error) {
	sh, ok := s.shops[id]
	if !ok {
		return nil, newError(codeWifiShopNotFound)
	}
	return sh, nil
}

// SetPluginOpen sets whether the account has opened the Wi-Fi plugin, which
// bizwifi/openplugin/token reports.
func (s *Server) SetPluginOpen(open bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pluginOpen = open
}

// checkEnum reports a 40097 unless v is 0 or 1, the only values of every
// bizwifi enum so far.
func checkEnum(key string, v int) error {
	if v != 0 && v != 1 {
		return invalidArgs("key %q must be 0 or 1, got %d", key, v)
	}
	return nil
}

type openpluginTokenReq struct {
	CallbackURL string `json:"callback_url" wx:"required"`
}

func (r *openpluginTokenReq) validate() error { return checkURL("callback_url", r.CallbackURL) }

// openpluginToken is POST /bizwifi/openplugin/token. The seed says GET but
// documents a JSON body; DESIGN.md settles on POST.
func (s *Server) openpluginToken(*openpluginTokenReq) (any, error) {
	data := struct {
		IsOpen    bool   `json:"is_open"`
		WifiToken string `json:"wifi_token"`
	}{IsOpen: s.pluginOpen}
	if !s.pluginOpen { // the seed: wifi_token only while not open
		data.WifiToken = randomString()
	}
	return withData(data), nil
}

type qrcodeGetReq struct {
	ShopID int64  `json:"shop_id" wx:"required"`
	ImgID  int    `json:"img_id" wx:"required"`
	SSID   string `json:"ssid"`
}

func (r *qrcodeGetReq) validate() error { return checkEnum("img_id", r.ImgID) }

// qrcodeGet is POST /bizwifi/qrcode/get.
func (s *Server) qrcodeGet(req *qrcodeGetReq) (any, error) {
	if _, err := s.shop(req.ShopID); err != nil {
		return nil, err
	}
	return withData(struct {
		QrcodeURL string `json:"qrcode_url"`
	}{fmt.Sprintf("%s/bizwifi/qrcode/%d_%d.png", sandboxURL, req.ShopID, req.ImgID)}), nil
}

// getConnectURL is GET /bizwifi/account/get_connecturl.
func (s *Server) getConnectURL() (any, error) {
	return withData(struct {
		ConnectURL string `json:"connect_url"`
	}{sandboxURL + "/bizwifi/connect?appid=" + s.appID}), nil
}

type homepageSetReq struct {
	ShopID     int64           `json:"shop_id" wx:"required"`
	TemplateID int             `json:"template_id" wx:"required"`
	Struct     *homepageStruct `json:"struct"`
}

type homepageStruct struct {
	URL string `json:"url"`
}

// validate: struct.url is required for the custom URL template (1) only.
func (r *homepageSetReq) validate() error {
	if err := checkEnum("template_id", r.TemplateID); err != nil {
		return err
	}
	if r.TemplateID == 0 {
		return nil
	}
	if r.Struct == nil {
		return invalidArgs("missing key %q (required when template_id is 1)", "struct")
	}
	if r.Struct.URL == "" {
		return invalidArgs("missing key %q (required when template_id is 1)", "struct.url")
	}
	return checkURL("struct.url", r.Struct.URL)
}

// homepageSet is POST /bizwifi/homepage/set.
func (s *Server) homepageSet(req *homepageSetReq) (any, error) {
	sh, err := s.shop(req.ShopID)
	if err != nil {
		return nil, err
	}
	sh.homepage = homepage{templateID: req.TemplateID}
	if req.TemplateID == 1 {
		sh.homepage.url = req.Struct.URL
	}
	return okReply(), nil
}

type homepageGetReq struct {
	ShopID int64 `json:"shop_id" wx:"required"`
}

// homepageGet is POST /bizwifi/homepage/get.
func (s *Server) homepageGet(req *homepageGetReq) (any, error) {
	sh, err := s.shop(req.ShopID)
	if err != nil {
		return nil, err
	}
	return withData(struct {
		ShopID     int64  `json:"shop_id"`
		TemplateID int    `json:"template_id"`
		URL        string `json:"url"`
	}{sh.id, sh.homepage.templateID, sh.homepage.url}), nil
}

type barSetReq struct {
	ShopID  int64 `json:"shop_id" wx:"required"`
	BarType int   `json:"bar_type" wx:"required"`
}

func (r *barSetReq) validate() error { return checkEnum("bar_type", r.BarType) }

// barSet is POST /bizwifi/bar/set.
func (s *Server) barSet(req *barSetReq) (any, error) {
	sh, err := s.shop(req.ShopID)
	if err != nil {
		return nil, err
	}
	sh.barType = req.BarType
	return okReply(), nil
}
