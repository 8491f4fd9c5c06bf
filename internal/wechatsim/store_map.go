package wechatsim

import (
	"regexp"
	"strconv"
	"strings"
)

// mapPoi is a place on the simulator's Tencent Map, in search_map_poi's shape.
type mapPoi struct {
	districtID    string   // not sent: the district it is found in
	BranchName    string   `json:"branch_name"`
	Address       string   `json:"address"`
	Longitude     float64  `json:"longitude"`
	Latitude      float64  `json:"latitude"`
	Telephone     string   `json:"telephone"`
	Category      string   `json:"category"`
	SosomapPoiUID string   `json:"sosomap_poi_uid"`
	DataSupply    int      `json:"data_supply"`
	PicURLs       []string `json:"pic_urls"`
	CardIDList    []string `json:"card_id_list"`
}

// mapPoiByUID finds a place by its sosomap_poi_uid (add_store's map_poi_id); mu
// must be held.
func (st *storeState) mapPoiByUID(uid string) (*mapPoi, bool) {
	for _, p := range st.mapPois {
		if p.SosomapPoiUID == uid {
			return p, true
		}
	}
	return nil, false
}

// getDistrict is GET /wxa/get_district: Tencent Map's answer, with status and
// message instead of errcode.
func (s *Server) getDistrict() (any, error) {
	return struct {
		Status      int          `json:"status"`
		Message     string       `json:"message"`
		DataVersion string       `json:"data_version"`
		Result      [][]district `json:"result"`
	}{0, "query ok", districtDataVersion, districtLevels()}, nil
}

type searchMapPoiReq struct {
	DistrictID int64  `json:"districtid" wx:"required"`
	Keyword    string `json:"keyword" wx:"required"`
}

func (r *searchMapPoiReq) validate() error {
	if _, ok := findDistrict(strconv.FormatInt(r.DistrictID, 10)); !ok {
		return invalidArgs("key %q: no district %d", "districtid", r.DistrictID)
	}
	if r.Keyword == "" {
		return invalidArgs("key %q must not be empty", "keyword")
	}
	return nil
}

// searchMapPoi is POST /wxa/search_map_poi: the places in the district (or below
// it) whose name or address holds the keyword.
func (s *Server) searchMapPoi(req *searchMapPoiReq) (any, error) {
	area := strconv.FormatInt(req.DistrictID, 10)
	items := []mapPoi{}
	for _, p := range s.stores.mapPois {
		if within(p.districtID, area) && (strings.Contains(p.BranchName, req.Keyword) || strings.Contains(p.Address, req.Keyword)) {
			item := *p
			item.PicURLs = nonNil(item.PicURLs)
			item.CardIDList = nonNil(item.CardIDList)
			items = append(items, item)
		}
	}
	type data struct {
		Item []mapPoi `json:"item"`
	}
	return struct {
		storeReply
		Data data `json:"data"`
	}{okStoreReply(), data{items}}, nil
}

// within says district id lies in (or is) district area.
func within(id, area string) bool {
	path, _ := findDistrict(id)
	for _, p := range path {
		if p.id == area {
			return true
		}
	}
	return false
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// createMapPoiReq is create_map_poi's body: every value is a string, the
// coordinates and districtid included, as the seed's example sends them.
type createMapPoiReq struct {
	Name       string `json:"name" wx:"required"`
	Longitude  string `json:"longitude" wx:"required"`
	Latitude   string `json:"latitude" wx:"required"`
	Province   string `json:"province" wx:"required"`
	City       string `json:"city" wx:"required"`
	District   string `json:"district" wx:"required"`
	Address    string `json:"address" wx:"required"`
	Category   string `json:"category" wx:"required"`
	Telephone  string `json:"telephone" wx:"required"`
	Photo      string `json:"photo" wx:"required"`
	License    string `json:"license" wx:"required"`
	Introduct  string `json:"introduct" wx:"required"`
	DistrictID string `json:"districtid" wx:"required"`
	PoiID      string `json:"poi_id"`
}

// telephoneRE is one phone number, e.g. "010- 6666666-222" of create_map_poi's
// telephone list (numbers separated by ';').
var telephoneRE = regexp.MustCompile(`^\+?[0-9][0-9 -]*[0-9]$`)

func (r *createMapPoiReq) validate() error {
	if err := checkCoordinate("longitude", r.Longitude, 180); err != nil {
		return err
	}
	if err := checkCoordinate("latitude", r.Latitude, 90); err != nil {
		return err
	}
	for _, kv := range [][2]string{{"name", r.Name}, {"province", r.Province}, {"city", r.City}, {"district", r.District}, {"address", r.Address}, {"introduct", r.Introduct}} {
		if strings.TrimSpace(kv[1]) == "" {
			return invalidArgs("key %q must not be empty", kv[0])
		}
	}
	if first, second, ok := strings.Cut(r.Category, ":"); !ok || first == "" || second == "" {
		return invalidArgs("key %q must be \"first:second\", got %q", "category", r.Category)
	}
	for i, tel := range strings.Split(r.Telephone, ";") {
		if !telephoneRE.MatchString(strings.TrimSpace(tel)) {
			return invalidArgs("key %q: number %d (%q) is not a phone number", "telephone", i, tel)
		}
	}
	if err := checkURL("photo", r.Photo); err != nil {
		return err
	}
	if err := checkURL("license", r.License); err != nil {
		return err
	}
	if _, ok := findDistrict(r.DistrictID); !ok {
		return invalidArgs("key %q: no district %q", "districtid", r.DistrictID)
	}
	if r.PoiID != "" {
		if _, err := strconv.ParseInt(r.PoiID, 10, 64); err != nil {
			return invalidArgs("key %q must be a number in a string, got %q", "poi_id", r.PoiID)
		}
	}
	return nil
}

// checkCoordinate checks a coordinate sent as a decimal string.
func checkCoordinate(key, v string, limit float64) error {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f < -limit || f > limit {
		return invalidArgs("key %q must be a decimal string within ±%v, got %q", key, limit, v)
	}
	return nil
}

// createMapPoi is POST /wxa/create_map_poi. Tencent Map audits new places for days;
// the simulator approves at once, so that the place can be searched and added as a
// store straight away, and with a push target set pushes create_map_poi_audit_info
// (audit_id = base_id; status 0 is approval in this event) AuditDelay later.
func (s *Server) createMapPoi(req *createMapPoiReq) (any, error) {
	lng, _ := strconv.ParseFloat(req.Longitude, 64)
	lat, _ := strconv.ParseFloat(req.Latitude, 64)
	baseID, richID := s.stores.newID(), s.stores.newID()
	p := &mapPoi{
		districtID: req.DistrictID, BranchName: req.Name, Address: req.Address,
		Longitude: lng, Latitude: lat, Telephone: req.Telephone, Category: req.Category,
		SosomapPoiUID: strconv.FormatInt(8_000_000_000_000_000_000+baseID, 10), DataSupply: 1,
	}
	s.stores.mapPois = append(s.stores.mapPois, p)
	s.pushLater("create_map_poi_audit_info",
		Field{"audit_id", strconv.FormatInt(baseID, 10)}, Field{"status", "0"}, Field{"map_poi_id", p.SosomapPoiUID},
		Field{"name", req.Name}, Field{"address", req.Address}, Field{"latitude", req.Latitude}, Field{"longitude", req.Longitude},
		Field{"sh_remark", ""})
	type ids struct {
		BaseID int64 `json:"base_id"`
		RichID int64 `json:"rich_id"`
	}
	return errorKeyReply{Data: ids{baseID, richID}}, nil
}
