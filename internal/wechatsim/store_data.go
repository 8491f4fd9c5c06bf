package wechatsim

// The simulator's fixed store data: the seed's examples, and just enough around
// them that they hang together (every category, district and place an example
// mentions exists). Names and ids not in the seed are the simulator's own.

// category is one node of get_merchant_category's tree, in the seed's shape: the
// root has no father, first-level categories no qualify/scene/sensitive_type.
type category struct {
	ID            int64    `json:"id"`
	Name          string   `json:"name"`
	Level         int      `json:"level"`
	Father        *int64   `json:"father,omitempty"`
	Children      []int64  `json:"children"`
	Qualify       *qualify `json:"qualify,omitempty"`
	Scene         int      `json:"scene,omitempty"`
	SensitiveType *int     `json:"sensitive_type,omitempty"`
}

type qualify struct {
	ExterList []qualifyGroup `json:"exter_list"`
}

type qualifyGroup struct {
	InnerList []qualifyName `json:"inner_list"`
}

type qualifyName struct {
	Name string `json:"name"`
}

// categories is the category tree: the seed's root, 购物 and 便利店, plus 476/477 of
// its apply_merchant example.
var categories = func() []category {
	root := int64(0)
	none, docs := 0, 1
	level1 := func(id int64, name string, children ...int64) category {
		return category{ID: id, Name: name, Level: 1, Father: &root, Children: children}
	}
	level2 := func(id, father int64, name string) category {
		return category{ID: id, Name: name, Level: 2, Father: &father, Children: []int64{}, Scene: 3, SensitiveType: &none}
	}
	convenience := level2(280, 278, "便利店")
	convenience.SensitiveType = &docs
	convenience.Qualify = &qualify{ExterList: []qualifyGroup{{InnerList: []qualifyName{
		{Name: "若涉及食品,请提供《食品经营许可证》或《卫生许可证》"},
	}}}}
	return []category{
		{ID: 0, Name: "root", Level: 0, Children: []int64{269, 278, 476}},
		level1(269, "美食", 270, 271),
		level2(270, 269, "中餐厅"),
		level2(271, 269, "快餐小吃"),
		level1(278, "购物", 279, 280),
		level2(279, 278, "超市"),
		convenience,
		level1(476, "生活服务", 477),
		level2(477, 476, "家政服务"),
	}
}()

// categoryByID finds a category.
func categoryByID(id int64) (category, bool) {
	for _, c := range categories {
		if c.ID == id {
			return c, true
		}
	}
	return category{}, false
}

// districtDataVersion is get_district's data_version, the seed's.
const districtDataVersion = "20170510"

// place is one province, city or district of the simulator's Tencent Map data.
type place struct {
	id, name, fullname string
	pinyin             []string
	lat, lng           float64
	children           []place
}

// districtTree is the source of get_district's answer. Municipalities (北京) have
// their districts as the second level and no third, as in Tencent Map's data; the
// last level has no short name or pinyin, as in the seed's example.
var districtTree = []place{
	{"110000", "北京", "北京市", []string{"bei", "jing"}, 39.90469, 116.40717, []place{
		{"110101", "东城", "东城区", []string{"dong", "cheng"}, 39.91714, 116.41649, nil},
		{"110102", "西城", "西城区", []string{"xi", "cheng"}, 39.91231, 116.36611, nil},
	}},
	{"130000", "河北", "河北省", []string{"he", "bei"}, 38.03599, 114.46979, []place{
		{"130400", "邯郸", "邯郸市", []string{"han", "dan"}, 36.62556, 114.53918, []place{
			{"130435", "", "曲周县", nil, 36.76671, 114.95756, nil},
		}},
	}},
	{"230000", "黑龙江", "黑龙江省", []string{"hei", "long", "jiang"}, 45.74208, 126.66285, []place{
		{"230100", "哈尔滨", "哈尔滨市", []string{"ha", "er", "bin"}, 45.80216, 126.5358, []place{
			{"230112", "", "阿城区", nil, 45.54144, 126.95717, nil},
		}},
	}},
	{"440000", "广东", "广东省", []string{"guang", "dong"}, 23.13171, 113.26627, []place{
		{"440100", "广州", "广州市", []string{"guang", "zhou"}, 23.12908, 113.26436, []place{
			{"440104", "", "越秀区", nil, 23.12901, 113.2668, nil},
			{"440105", "", "海珠区", nil, 23.08331, 113.3172, nil},
			{"440106", "", "天河区", nil, 23.12463, 113.36199, nil},
		}},
		{"440300", "深圳", "深圳市", []string{"shen", "zhen"}, 22.54286, 114.05956, []place{
			{"440304", "", "福田区", nil, 22.52291, 114.05454, nil},
			{"440305", "", "南山区", nil, 22.53291, 113.93029, nil},
		}},
	}},
}

// district is one element of get_district's result arrays. cidx is Tencent Map's
// inclusive [first, last] range of the children's indexes in the next array.
type district struct {
	ID       string   `json:"id"`
	Name     string   `json:"name,omitempty"`
	Fullname string   `json:"fullname"`
	Pinyin   []string `json:"pinyin,omitempty"`
	Location location `json:"location"`
	Cidx     *[2]int  `json:"cidx,omitempty"`
}

type location struct {
	Lat float64 `json:"lat"`
	Lng float64 `json:"lng"`
}

// districtLevels flattens districtTree into get_district's index-linked arrays.
func districtLevels() [][]district {
	var levels [][]district
	for _, p := range districtTree {
		levels = appendDistrict(levels, 0, p)
	}
	return levels
}

// appendDistrict adds p at level and its subtree below. Walking depth first keeps
// the children of one node together in the next level, because the walk into a
// child only appends to deeper levels: so cidx can be a range.
func appendDistrict(levels [][]district, level int, p place) [][]district {
	for len(levels) <= level+1 {
		levels = append(levels, nil)
	}
	d := district{ID: p.id, Name: p.name, Fullname: p.fullname, Pinyin: p.pinyin, Location: location{p.lat, p.lng}}
	if len(p.children) > 0 {
		first := len(levels[level+1])
		d.Cidx = &[2]int{first, first + len(p.children) - 1}
	}
	levels[level] = append(levels[level], d)
	for _, c := range p.children {
		levels = appendDistrict(levels, level+1, c)
	}
	if len(levels[len(levels)-1]) == 0 {
		levels = levels[:len(levels)-1] // no empty last level
	}
	return levels
}

// findDistrict finds a district of any level by id and returns it with its
// ancestors, province first.
func findDistrict(id string) ([]place, bool) {
	var walk func(ps, path []place) ([]place, bool)
	walk = func(ps, path []place) ([]place, bool) {
		for _, p := range ps {
			here := append(append([]place(nil), path...), p)
			if p.id == id {
				return here, true
			}
			if found, ok := walk(p.children, here); ok {
				return found, true
			}
		}
		return nil, false
	}
	return walk(districtTree, nil)
}

// seed fills the state with the seed's examples.
func (st *storeState) seed() {
	st.nextID = 500_000_000
	st.merchant = merchant{auditID: 414569513, status: merchantApproved} // get_merchant_audit_info's example
	st.stores = make(map[int64]*store)
	st.cards = make(map[int64]string)
	st.mapPois = []*mapPoi{
		// search_map_poi's example, its telephone's leading space included.
		{districtID: "440105", BranchName: "X-MAX工厂", Address: "广东省广州市海珠区怡安路172-174号怡安花园二、三层(中海名都)",
			Longitude: 113.274810791, Latitude: 23.1088695526, Telephone: " 020-89190388", Category: "运动健身:健身中心",
			SosomapPoiUID: "2708071440732747189", DataSupply: 2},
		// add_store's example map_poi_id.
		{districtID: "440106", BranchName: "天河城", Address: "广东省广州市天河区天河路208号",
			Longitude: 113.32365, Latitude: 23.13209, Telephone: "020-85594888", Category: "购物:商场",
			SosomapPoiUID: "2880741500279549033", DataSupply: 2},
		// update_store's example map_poi_id, the place of store 472671857.
		{districtID: "230112", BranchName: "龙涤小区熟食店", Address: "舍利街道中都大道龙涤小区阿升电脑旁",
			Longitude: 126.94355011, Latitude: 45.556098938, Telephone: "12345678", Category: "美食:快餐小吃",
			SosomapPoiUID: "5938314494307741153", DataSupply: 2},
		{districtID: "130435", BranchName: "超速天使俱乐部", Address: "新华路19",
			Longitude: 114.958480835, Latitude: 36.7714881897, Telephone: "12345678", Category: "运动健身:俱乐部",
			SosomapPoiUID: "1418226307452418611", DataSupply: 2},
	}
	// get_store_list's example stores.
	st.put(&store{poiID: 472665875, mapPoiID: "1418226307452418611", name: "超速天使俱乐部", address: "新华路19",
		telephone: "12345678", province: "河北省", city: "邯郸市", district: "曲周县",
		longitude: 114.958480835, latitude: 36.7714881897,
		pics:     []string{"http://mmbiz.qpic.cn/mmbiz_jpg/tW66AWvE2K4e52sLYyA90ZKuicdfhkf5ibQk1icmcRWjrMxmVibo8sVQAllABxG5ic0D5x62gfsPVL4aibxQ2SicfPyjQ/0?wx_fmt=jpeg"},
		openTime: "10:00-21:00", status: storeApproved, qualificationNum: "01650100NE2XCT6Z70", qualificationName: "超速天使俱乐部"})
	st.put(&store{poiID: 472671857, mapPoiID: "5938314494307741153", name: "龙涤小区熟食店", address: "舍利街道中都大道龙涤小区阿升电脑旁",
		telephone: "12345678", province: "黑龙江省", city: "哈尔滨市", district: "阿城区",
		longitude: 126.94355011, latitude: 45.556098938,
		pics:     []string{"http://mmbiz.qpic.cn/mmbiz_png/tW66AWvE2K6icjle1q6nbfKr0HMibzxKqOUfG1hARktHV84ZZojt9cXZ0UicDevZQUicckPw68lfo2Le3RjpEo6oLg/0?wx_fmt=png"},
		openTime: "11:00-12:00", status: storeRejected, qualificationNum: "91750100ME2XCR6A70", qualificationName: "龙涤小区熟食店"})
	// Legacy stores (门店管理), one in each state that needs the caller's attention.
	st.legacy = []*legacyPoi{
		{PoiID: "271262077", Sid: "100", BusinessName: "麦当劳", BranchName: "艺苑路店", Address: "艺苑路11号",
			AvailableState: 3, UpgradeStatus: upgradePending, Mapid: "2880741500279549033"},
		{PoiID: "271864249", Sid: "101", BusinessName: "麦当劳", BranchName: "怡安路店", Address: "怡安路172号",
			AvailableState: 3, UpgradeStatus: upgradeFailed, UpgradeComment: "门店信息与地图位置不符", Mapid: "2708071440732747189"},
		{PoiID: "285633617", Sid: "102", BusinessName: "麦当劳", BranchName: "新华路店", Address: "新华路21号",
			AvailableState: 4, UpgradeStatus: upgradeForbidden},
	}
}
