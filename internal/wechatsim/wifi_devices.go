package wechatsim

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSSIDs is how many SSIDs a shop may have: "同一个门店可以添加多个ssid,最大添加100个ssid".
const maxSSIDs = 100

// checkSSID answers WeChat's errcode for an SSID longer than max characters.
func checkSSID(ssid string, max int) error {
	switch {
	case ssid == "":
		return wifiError(codeWifiMissingParam, "ssid")
	case utf8.RuneCountInString(ssid) > max:
		return wifiError(codeWifiInvalidParam, fmt.Sprintf("ssid is at most %d characters", max))
	}
	return nil
}

// checkPasswordNetwork applies device/add's rules: a password of 8 to 24
// characters without Chinese ones, and the SSID or the password starting with
// "WX" (Adding_password-protected_devices.html).
func checkPasswordNetwork(ssid, password string) error {
	if err := checkSSID(ssid, 32); err != nil {
		return err
	}
	switch n := utf8.RuneCountInString(password); {
	case n < 8:
		return wifiError(codeWifiPasswordShort)
	case n > 24:
		return wifiError(codeWifiInvalidParam, "password is at most 24 characters")
	case strings.IndexFunc(password, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0:
		return wifiError(codeWifiPasswordCJK)
	case !strings.HasPrefix(ssid, "WX") && !strings.HasPrefix(password, "WX"):
		return wifiError(codeWifiNoWXPrefix)
	}
	return nil
}

// addNetwork adds a network with one device to the shop and makes the shop of
// type proto; mu must be held.
func (s *Server) addNetwork(sh *shop, n *network, proto int) error {
	if len(sh.networks) >= maxSSIDs {
		return wifiError(codeWifiInvalidParam, "a shop has at most 100 ssids")
	}
	n.bssids = []string{s.newBSSID(sh.id, n.ssid)}
	sh.networks = append(sh.networks, n)
	sh.protocolType = proto
	return nil
}

// newBSSID makes up the MAC address of a new device: WeChat learns it when the
// device first connects, the simulator at once. It is derived from the shop and
// SSID, locally administered (02:…) and unique in the simulator; mu must be held.
func (s *Server) newBSSID(shopID int64, ssid string) string {
	for n := 0; ; n++ {
		h := fnv.New64a()
		fmt.Fprintf(h, "%d/%s/%d", shopID, ssid, n)
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], h.Sum64())
		bssid := fmt.Sprintf("02:%02x:%02x:%02x:%02x:%02x", b[0], b[1], b[2], b[3], b[4])
		if _, taken := s.findDevice(bssid); !taken {
			return bssid
		}
	}
}

// findDevice returns the network holding device bssid; mu must be held.
func (s *Server) findDevice(bssid string) (*network, bool) {
	for _, sh := range s.shops {
		for _, n := range sh.networks {
			if slices.Contains(n.bssids, bssid) {
				return n, true
			}
		}
	}
	return nil, false
}

type deviceAddReq struct {
	ShopID   int64  `json:"shop_id" wx:"required"`
	SSID     string `json:"ssid" wx:"required"`
	Password string `json:"password" wx:"required"`
}

// deviceAdd is POST /bizwifi/device/add: a password network, which makes the
// shop a password-device shop.
func (s *Server) deviceAdd(req *deviceAddReq) (any, error) {
	sh, err := s.shop(req.ShopID)
	if err != nil {
		return nil, err
	}
	if sh.protocolType != protoNone && sh.protocolType != protoPassword {
		return nil, wifiError(codeWifiNotPassword)
	}
	if sh.network(req.SSID) != nil {
		return nil, wifiError(codeWifiDeviceExists, "ssid", req.SSID)
	}
	if err := checkPasswordNetwork(req.SSID, req.Password); err != nil {
		return nil, err
	}
	if err := s.addNetwork(sh, &network{ssid: req.SSID, password: req.Password}, protoPassword); err != nil {
		return nil, err
	}
	return okReply(), nil
}

type apportalRegisterReq struct {
	ShopID int64  `json:"shop_id" wx:"required"`
	SSID   string `json:"ssid" wx:"required"`
	Reset  bool   `json:"reset"` // default false
}

// apportalRegister is POST /bizwifi/apportal/register: a portal network and its
// secret key. Registering an SSID again hands back its key, or a new one with
// reset (Add_portal_type_device.html).
func (s *Server) apportalRegister(req *apportalRegisterReq) (any, error) {
	sh, err := s.shop(req.ShopID)
	if err != nil {
		return nil, err
	}
	if sh.protocolType != protoNone && sh.protocolType != protoPortal {
		return nil, wifiError(codeWifiNotPortal)
	}
	if err := checkSSID(req.SSID, 30); err != nil {
		return nil, err
	}
	n := sh.network(req.SSID)
	switch {
	case n == nil:
		n = &network{ssid: req.SSID, secretKey: newSecretKey()}
		if err := s.addNetwork(sh, n, protoPortal); err != nil {
			return nil, err
		}
	case req.Reset:
		n.secretKey = newSecretKey()
	}
	return withData(struct {
		SecretKey string `json:"secretkey"`
	}{n.secretKey}), nil
}

// newSecretKey makes a key shaped like WeChat's ("1af08ec5cdb70a4d7365bcd64d3120f6").
func newSecretKey() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // never fails: crypto/rand crashes the program instead
	return hex.EncodeToString(b)
}

type deviceListReq struct {
	PageIndex int    `json:"pageindex"`
	PageSize  int    `json:"pagesize"`
	ShopID    *int64 `json:"shop_id"` // absent: every shop
}

type deviceRecord struct {
	ShopID       int64  `json:"shop_id"`
	SSID         string `json:"ssid"`
	BSSID        string `json:"bssid"`
	ProtocolType int    `json:"protocol_type"`
}

// deviceList is POST /bizwifi/device/list: devices by shop id, then in the
// order added.
func (s *Server) deviceList(req *deviceListReq) (any, error) {
	shops := s.sortedShops()
	if req.ShopID != nil {
		sh, err := s.shop(*req.ShopID)
		if err != nil {
			return nil, err
		}
		shops = []*shop{sh}
	}
	var all []deviceRecord
	for _, sh := range shops {
		for _, n := range sh.networks {
			for _, b := range n.bssids {
				all = append(all, deviceRecord{ShopID: sh.id, SSID: n.ssid, BSSID: b, ProtocolType: sh.protocolType})
			}
		}
	}
	index, size, from, to, err := pageReq{req.PageIndex, req.PageSize}.page(len(all))
	if err != nil {
		return nil, err
	}
	return withData(listData{
		TotalCount: len(all),
		PageIndex:  index,
		PageCount:  (len(all) + size - 1) / size,
		Records:    append([]deviceRecord{}, all[from:to]...), // [] rather than null
	}), nil
}

// bssidPattern is device/delete's bssid: "格式冒号分隔,字符长度17个,并且字母小写".
var bssidPattern = regexp.MustCompile(`^([0-9a-f]{2}:){5}[0-9a-f]{2}$`)

type deviceDeleteReq struct {
	BSSID string `json:"bssid" wx:"required"`
}

func (r *deviceDeleteReq) validate() error {
	if !bssidPattern.MatchString(r.BSSID) {
		return wifiError(codeWifiInvalidParam, "bssid must be a lower-case MAC address like 00:1f:7a:ad:5c:a8")
	}
	return nil
}

// deviceDelete is POST /bizwifi/device/delete. The network stays until
// shop/clean removes it.
func (s *Server) deviceDelete(req *deviceDeleteReq) (any, error) {
	n, ok := s.findDevice(req.BSSID)
	if !ok {
		return nil, wifiError(codeWifiDeviceNotFound)
	}
	n.bssids = slices.DeleteFunc(n.bssids, func(b string) bool { return b == req.BSSID })
	return okReply(), nil
}
