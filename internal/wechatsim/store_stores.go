package wechatsim

import (
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Store statuses (get_store_info's status).
const (
	storeApproved   = 1
	storeUnderAudit = 2
	storeRejected   = 3
)

// Legacy store migration statuses (getpoilist's upgrade_status).
const (
	upgradePending    = 0
	upgradeFailed     = 1
	upgradeInProgress = 2
	upgradeSucceeded  = 3
	upgradeForbidden  = 4
)

// store is a store of the store mini program.
type store struct {
	poiID             int64
	mapPoiID          string
	name, address     string
	telephone         string
	province, city    string
	district          string
	longitude         float64
	latitude          float64
	pics              []string
	openTime          string
	status            int
	credential        string
	qualificationNum  string
	qualificationName string
}

// put adds st to the state, listed last; mu must be held.
func (st *storeState) put(s *store) {
	st.stores[s.poiID] = s
	st.order = append(st.order, s.poiID)
}

// store finds a store by the poi_id a wxa endpoint sends, a number in a string; mu
// must be held.
func (st *storeState) store(poiID string) (*store, error) {
	id, err := strconv.ParseInt(poiID, 10, 64)
	if err != nil {
		return nil, invalidArgs("key %q must be a number in a string, got %q", "poi_id", poiID)
	}
	return st.storeByID(id)
}

func (st *storeState) storeByID(id int64) (*store, error) {
	s, ok := st.stores[id]
	if !ok {
		return nil, newError(codeStoreNotFound)
	}
	return s, nil
}

// baseInfo is a store in get_store_info's and get_store_list's shape.
type baseInfo struct {
	BusinessName      string      `json:"business_name"`
	Address           string      `json:"address"`
	Telephone         string      `json:"telephone"`
	Categories        []string    `json:"categories"`
	City              string      `json:"city"`
	Province          string      `json:"province"`
	Longitude         float64     `json:"longitude"`
	Latitude          float64     `json:"latitude"`
	PhotoList         []photoItem `json:"photo_list"`
	OpenTime          string      `json:"open_time"`
	PoiID             string      `json:"poi_id"`
	Status            int         `json:"status"`
	District          string      `json:"district"`
	QualificationList []string    `json:"qualification_list"`
	QualificationNum  string      `json:"qualification_num"`
	QualificationName string      `json:"qualification_name"`
}

type photoItem struct {
	PhotoURL string `json:"photo_url"`
}

type business struct {
	BaseInfo baseInfo `json:"base_info"`
}

func (s *store) business() business {
	photos := make([]photoItem, len(s.pics))
	for i, p := range s.pics {
		photos[i] = photoItem{p}
	}
	return business{baseInfo{
		BusinessName: s.name, Address: s.address, Telephone: s.telephone, Categories: []string{},
		City: s.city, Province: s.province, Longitude: s.longitude, Latitude: s.latitude,
		PhotoList: photos, OpenTime: s.openTime, PoiID: strconv.FormatInt(s.poiID, 10), Status: s.status,
		District: s.district, QualificationList: []string{}, QualificationNum: s.qualificationNum, QualificationName: s.qualificationName,
	}}
}

// hourRE is the opening hours' format, e.g. 10:00-21:00.
var hourRE = regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$`)

// parsePicList decodes pic_list, a JSON object in a string: "{\"list\":[urls]}".
func parsePicList(s string) ([]string, error) {
	var v struct {
		List []string `json:"list"`
	}
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil || dec.More() {
		return nil, invalidArgs("key %q must be a JSON string {\"list\":[urls]}, got %q", "pic_list", s)
	}
	if len(v.List) == 0 {
		return nil, invalidArgs("key %q: list is empty", "pic_list")
	}
	for i, u := range v.List {
		if err := checkURL("pic_list.list["+strconv.Itoa(i)+"]", u); err != nil {
			return nil, err
		}
	}
	return v.List, nil
}

// addStoreReq is add_store's body. The table marks hour and card_id required, but
// the seed's own example leaves them out, so they are checked only when present.
type addStoreReq struct {
	PoiID             string `json:"poi_id"`
	MapPoiID          string `json:"map_poi_id" wx:"required"`
	PicList           string `json:"pic_list" wx:"required"`
	ContractPhone     string `json:"contract_phone" wx:"required"`
	Hour              string `json:"hour"`
	Credential        string `json:"credential" wx:"required"`
	CompanyName       string `json:"company_name"`
	QualificationList string `json:"qualification_list"`
	CardID            string `json:"card_id"`
	pics              []string
}

func (r *addStoreReq) validate() error {
	var err error
	if r.pics, err = parsePicList(r.PicList); err != nil {
		return err
	}
	if r.Hour != "" && !hourRE.MatchString(r.Hour) {
		return invalidArgs("key %q must be HH:MM-HH:MM, got %q", "hour", r.Hour)
	}
	if !telephoneRE.MatchString(r.ContractPhone) {
		return invalidArgs("key %q is not a phone number: %q", "contract_phone", r.ContractPhone)
	}
	if r.Credential == "" {
		return invalidArgs("key %q must not be empty", "credential")
	}
	return checkMediaIDs("qualification_list", r.QualificationList)
}

// addStore is POST /wxa/add_store: a new store, or the migration of a legacy one
// (poi_id). WeChat audits stores; the simulator approves at once, and with a push
// target set pushes add_store_audit_info AuditDelay later (is_upgrade 1 for a
// migration, which completes a legacy store: 补充门店).
func (s *Server) addStore(req *addStoreReq) (any, error) {
	st := &s.stores
	p, ok := st.mapPoiByUID(req.MapPoiID)
	if !ok {
		return nil, newError(codeInvalidMapPoiID)
	}
	for _, other := range st.stores {
		if other.mapPoiID == req.MapPoiID {
			return nil, newError(codeStoreDuplicate)
		}
	}
	poiID, err := st.migrate(req.PoiID)
	if err != nil {
		return nil, err
	}
	if poiID == 0 {
		poiID = st.newID()
	}
	names, _ := findDistrict(p.districtID)
	n := &store{
		poiID: poiID, mapPoiID: req.MapPoiID, name: p.BranchName, address: p.Address,
		telephone: req.ContractPhone, longitude: p.Longitude, latitude: p.Latitude,
		pics: req.pics, openTime: req.Hour, status: storeApproved, credential: req.Credential,
		qualificationNum: req.Credential, qualificationName: req.CompanyName,
	}
	n.province, n.city, n.district = districtNames(names)
	st.put(n)
	if req.CardID != "" {
		st.cards[poiID] = req.CardID
	}
	type audit struct {
		AuditID int64 `json:"audit_id"`
	}
	auditID := st.newID()
	isUpgrade := "0"
	if req.PoiID != "" {
		isUpgrade = "1"
	}
	s.pushLater("add_store_audit_info", append(auditFields(auditID, storeApproved, ""),
		Field{"is_upgrade", isUpgrade}, Field{"poiid", strconv.FormatInt(poiID, 10)})...)
	return struct {
		storeReply
		Data audit `json:"data"`
	}{okStoreReply(), audit{auditID}}, nil
}

// districtNames names a district's province, city and district; a municipality's
// district is its own city's.
func districtNames(path []place) (province, city, district string) {
	switch len(path) {
	case 3:
		return path[0].fullname, path[1].fullname, path[2].fullname
	case 2:
		return path[0].fullname, path[0].fullname, path[1].fullname
	case 1:
		return path[0].fullname, "", ""
	}
	return "", "", ""
}

// migrate marks the legacy store poiID migrated and returns its id; "" is no
// migration (0). Only stores waiting for migration, or whose migration failed, can
// be migrated.
func (st *storeState) migrate(poiID string) (int64, error) {
	if poiID == "" {
		return 0, nil
	}
	i := slices.IndexFunc(st.legacy, func(l *legacyPoi) bool { return l.PoiID == poiID })
	if i < 0 {
		return 0, invalidArgs("key %q: no legacy store %q", "poi_id", poiID)
	}
	l := st.legacy[i]
	if l.UpgradeStatus != upgradePending && l.UpgradeStatus != upgradeFailed {
		return 0, invalidArgs("key %q: legacy store %q cannot be migrated (upgrade_status %d)", "poi_id", poiID, l.UpgradeStatus)
	}
	id, err := strconv.ParseInt(poiID, 10, 64)
	if err != nil {
		return 0, invalidArgs("key %q must be a number in a string, got %q", "poi_id", poiID)
	}
	if _, taken := st.stores[id]; taken {
		return 0, newError(codeStoreDuplicate)
	}
	l.UpgradeStatus, l.UpgradeComment = upgradeSucceeded, ""
	return id, nil
}

// updateStoreReq is update_store's body; the table marks card_id required but the
// seed's example leaves it out.
type updateStoreReq struct {
	MapPoiID      string `json:"map_poi_id"`
	PoiID         string `json:"poi_id" wx:"required"`
	Hour          string `json:"hour" wx:"required"`
	ContractPhone string `json:"contract_phone" wx:"required"`
	PicList       string `json:"pic_list" wx:"required"`
	CardID        string `json:"card_id"`
	pics          []string
}

func (r *updateStoreReq) validate() error {
	var err error
	if r.pics, err = parsePicList(r.PicList); err != nil {
		return err
	}
	if !hourRE.MatchString(r.Hour) {
		return invalidArgs("key %q must be HH:MM-HH:MM, got %q", "hour", r.Hour)
	}
	if !telephoneRE.MatchString(r.ContractPhone) {
		return invalidArgs("key %q is not a phone number: %q", "contract_phone", r.ContractPhone)
	}
	return nil
}

// updateStore is POST /wxa/update_store. New pictures replace the old ones and need
// an audit (has_audit_id 1) unless every one of them was already approved; the
// simulator approves at once, and with a push target set pushes
// modify_store_audit_info AuditDelay later.
func (s *Server) updateStore(req *updateStoreReq) (any, error) {
	sto, err := s.stores.store(req.PoiID)
	if err != nil {
		return nil, err
	}
	if sto.status == storeUnderAudit {
		return nil, newError(codeStoreNotUpdatable)
	}
	if req.MapPoiID != "" && req.MapPoiID != sto.mapPoiID {
		if _, ok := s.stores.mapPoiByUID(req.MapPoiID); !ok {
			return nil, newError(codeInvalidMapPoiID)
		}
		sto.mapPoiID = req.MapPoiID
	}
	type audit struct {
		HasAuditID int   `json:"has_audit_id"`
		AuditID    int64 `json:"audit_id"`
	}
	var a audit
	for _, p := range req.pics {
		if !slices.Contains(sto.pics, p) {
			a = audit{1, s.stores.newID()}
			break
		}
	}
	sto.openTime, sto.telephone, sto.pics = req.Hour, req.ContractPhone, req.pics
	if req.CardID != "" {
		s.stores.cards[sto.poiID] = req.CardID
	}
	if a.HasAuditID == 1 {
		s.pushLater("modify_store_audit_info", auditFields(a.AuditID, storeApproved, "")...)
	}
	return struct {
		storeReply
		Data audit `json:"data"`
	}{okStoreReply(), a}, nil
}

type poiIDReq struct {
	PoiID string `json:"poi_id" wx:"required"`
}

// getStoreInfo is POST /wxa/get_store_info.
func (s *Server) getStoreInfo(req *poiIDReq) (any, error) {
	sto, err := s.stores.store(req.PoiID)
	if err != nil {
		return nil, err
	}
	return struct {
		storeReply
		Business business `json:"business"`
	}{okStoreReply(), sto.business()}, nil
}

type storeListReq struct {
	Offset int `json:"offset" wx:"required"`
	Limit  int `json:"limit" wx:"required"`
}

// page checks offset and limit (at most 50, 0 meaning 20) and returns the range of
// n items they select.
func page(offset, limit, n int) (from, to int, err error) {
	switch {
	case offset < 0:
		return 0, 0, invalidArgs("key %q must not be negative", "offset")
	case limit < 0 || limit > 50:
		return 0, 0, invalidArgs("key %q must be 0 to 50, got %d", "limit", limit)
	case limit == 0:
		limit = 20
	}
	from = min(offset, n)
	return from, min(from+limit, n), nil
}

// getStoreList is POST /wxa/get_store_list.
func (s *Server) getStoreList(req *storeListReq) (any, error) {
	from, to, err := page(req.Offset, req.Limit, len(s.stores.order))
	if err != nil {
		return nil, err
	}
	list := []business{}
	for _, id := range s.stores.order[from:to] {
		list = append(list, s.stores.stores[id].business())
	}
	return struct {
		storeReply
		BusinessList []business `json:"business_list"`
		TotalCount   int        `json:"total_count"`
	}{okStoreReply(), list, len(s.stores.order)}, nil
}

// delStore is POST /wxa/del_store.
func (s *Server) delStore(req *poiIDReq) (any, error) {
	sto, err := s.stores.store(req.PoiID)
	if err != nil {
		return nil, err
	}
	delete(s.stores.stores, sto.poiID)
	delete(s.stores.cards, sto.poiID)
	s.stores.order = slices.DeleteFunc(s.stores.order, func(id int64) bool { return id == sto.poiID })
	return okStoreReply(), nil
}

// legacyPoi is a store of the legacy store manager in getpoilist's base_info shape,
// with the three fields the store mini program added.
type legacyPoi struct {
	Sid            string `json:"sid"`
	BusinessName   string `json:"business_name"`
	BranchName     string `json:"branch_name"`
	Address        string `json:"address"`
	PoiID          string `json:"poi_id"`
	AvailableState int    `json:"available_state"`
	UpgradeStatus  int    `json:"upgrade_status"`
	UpgradeComment string `json:"upgrade_comment"`
	Mapid          string `json:"mapid"`
}

type poiListReq struct {
	Begin int `json:"begin" wx:"required"`
	Limit int `json:"limit" wx:"required"`
}

// getPoiList is POST /cgi-bin/poi/getpoilist. Like the legacy API it answers
// total_count as a string.
func (s *Server) getPoiList(req *poiListReq) (any, error) {
	from, to, err := page(req.Begin, req.Limit, len(s.stores.legacy))
	if err != nil {
		return nil, err
	}
	type entry struct {
		BaseInfo legacyPoi `json:"base_info"`
	}
	list := []entry{}
	for _, l := range s.stores.legacy[from:to] {
		list = append(list, entry{*l})
	}
	return struct {
		storeReply
		BusinessList []entry `json:"business_list"`
		TotalCount   string  `json:"total_count"`
	}{okStoreReply(), list, strconv.Itoa(len(s.stores.legacy))}, nil
}

// storeCardReq: card/storewxa sends poi_id as a number, unlike the wxa endpoints.
type storeCardReq struct {
	PoiID int64 `json:"poi_id" wx:"required"`
}

// storeCardGet is POST /card/storewxa/get; card_id is left out when none is set.
func (s *Server) storeCardGet(req *storeCardReq) (any, error) {
	if _, err := s.stores.storeByID(req.PoiID); err != nil {
		return nil, err
	}
	return struct {
		storeReply
		CardID string `json:"card_id,omitempty"`
	}{okStoreReply(), s.stores.cards[req.PoiID]}, nil
}

type storeCardSetReq struct {
	PoiID  int64  `json:"poi_id" wx:"required"`
	CardID string `json:"card_id" wx:"required"`
}

func (r *storeCardSetReq) validate() error {
	if r.CardID == "" {
		return invalidArgs("key %q must not be empty", "card_id")
	}
	return nil
}

// storeCardSet is POST /card/storewxa/set.
func (s *Server) storeCardSet(req *storeCardSetReq) (any, error) {
	if _, err := s.stores.storeByID(req.PoiID); err != nil {
		return nil, err
	}
	s.stores.cards[req.PoiID] = req.CardID
	return okStoreReply(), nil
}
