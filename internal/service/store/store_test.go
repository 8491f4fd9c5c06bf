package store_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/testing/protocmp"

	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	"github.com/wxgate/wxgate/internal/gatewaytest"
)

// harness is a running gateway with a StoreService client.
type harness struct {
	*gatewaytest.Gateway
	store storev1.StoreServiceClient
}

func start(t *testing.T, opts ...gatewaytest.Option) *harness {
	g := gatewaytest.Start(t, append([]gatewaytest.Option{gatewaytest.Unlimited}, opts...)...)
	return &harness{Gateway: g, store: storev1.NewStoreServiceClient(g.Conn)}
}

// restCall is a REST call of an RPC: the HTTP method, path and body.
type restCall struct{ method, path, body string }

// rpc is one StoreService call made over gRPC or REST, the answer it should get and
// the body WeChat (the simulator) should receive.
type rpc struct {
	name     string
	grpc     func(h *harness) (proto.Message, error)
	rest     restCall
	want     proto.Message // the answer; "*" in a string matches any non-empty string
	upstream string        // the WeChat path called
	wantSent map[string]any
}

// Ids the simulator hands out in order on a fresh gateway, for the sequence below.
const (
	firstAuditID = "500000001" // ApplyMerchant
	newPoiID     = 500000004   // AddStore, after CreateMapPoi's two ids
)

const (
	picA = "http://mmbiz.qpic.cn/mmbiz_jpg/a/0?wx_fmt=jpeg"
	picB = "http://mmbiz.qpic.cn/mmbiz_jpg/b/0?wx_fmt=jpeg"
)

// storeRPCs calls every StoreService RPC once, in an order that builds on the
// simulator's state: the merchant, the map, then one store's life.
var storeRPCs = []rpc{{
	name: "ListMerchantCategories",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.ListMerchantCategories(h.Ctx(""), &storev1.ListMerchantCategoriesRequest{})
	},
	rest:     restCall{"GET", "/v1/store/merchant-categories", ""},
	want:     wantCategories,
	upstream: "/wxa/get_merchant_category",
}, {
	name: "ModifyMerchant",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.ModifyMerchant(h.Ctx(""), &storev1.ModifyMerchantRequest{HeadimgMediaid: "MEDIA_HEAD"})
	},
	rest:     restCall{"PATCH", "/v1/store/merchant", `{"headimg_mediaid":"MEDIA_HEAD"}`},
	want:     &storev1.ModifyMerchantResponse{},
	upstream: "/wxa/modify_merchant",
	wantSent: map[string]any{"headimg_mediaid": "MEDIA_HEAD", "intro": ""},
}, {
	name: "ApplyMerchant",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.ApplyMerchant(h.Ctx(""), &storev1.ApplyMerchantRequest{
			FirstCatid: 278, SecondCatid: 280, QualificationList: []string{"Q1", "Q2"}, HeadimgMediaid: "MEDIA_HEAD",
			Nickname: "小店hardenzhang", Intro: "a test store", OtherFiles: []string{"F1"},
		})
	},
	rest: restCall{"POST", "/v1/store/merchant:apply", `{"first_catid":278,"second_catid":"280","qualification_list":["Q1","Q2"],
		"headimg_mediaid":"MEDIA_HEAD","nickname":"小店hardenzhang","intro":"a test store","other_files":["F1"]}`},
	want:     &storev1.ApplyMerchantResponse{},
	upstream: "/wxa/apply_merchant",
	wantSent: map[string]any{
		"first_catid": 278.0, "second_catid": 280.0, "qualification_list": "Q1|Q2", "headimg_mediaid": "MEDIA_HEAD",
		"nickname": "小店hardenzhang", "intro": "a test store", "org_code": "", "other_files": "F1",
	},
}, {
	name: "GetMerchantAuditInfo",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.GetMerchantAuditInfo(h.Ctx(""), &storev1.GetMerchantAuditInfoRequest{})
	},
	rest:     restCall{"GET", "/v1/store/merchant/audit-info", ""},
	want:     &storev1.GetMerchantAuditInfoResponse{AuditId: 500000001, Status: storev1.MerchantAuditStatus_MERCHANT_AUDIT_STATUS_UNDER_REVIEW},
	upstream: "/wxa/get_merchant_audit_info",
}, {
	name: "ListDistricts",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.ListDistricts(h.Ctx(""), &storev1.ListDistrictsRequest{})
	},
	rest:     restCall{"GET", "/v1/store/districts", ""},
	want:     wantDistricts,
	upstream: "/wxa/get_district",
}, {
	name: "SearchMapPoi",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.SearchMapPoi(h.Ctx(""), &storev1.SearchMapPoiRequest{Districtid: 440100, Keyword: "X-MAX"})
	},
	rest: restCall{"GET", "/v1/store/map-pois:search?districtid=440100&keyword=X-MAX", ""},
	want: &storev1.SearchMapPoiResponse{Item: []*storev1.MapPoi{{
		BranchName: "X-MAX工厂", Address: "广东省广州市海珠区怡安路172-174号怡安花园二、三层(中海名都)",
		Longitude: 113.274810791, Latitude: 23.1088695526, Telephone: "020-89190388", Category: "运动健身:健身中心",
		SosomapPoiUid: "2708071440732747189", DataSupply: 2,
	}}},
	upstream: "/wxa/search_map_poi",
	wantSent: map[string]any{"districtid": 440100.0, "keyword": "X-MAX"},
}, {
	name: "CreateMapPoi",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.CreateMapPoi(h.Ctx(""), &storev1.CreateMapPoiRequest{
			Name: "hardenzhang", Longitude: 113.323753357, Latitude: 23.0974903107, Province: "广东省", City: "广州市",
			District: "海珠区", Address: "TIT", Category: "类目1:类目2", Telephone: []string{"010-6666666-111", "010- 6666666-222"},
			Photo: picA, License: picB, Introduct: "test", Districtid: 440105,
		})
	},
	rest: restCall{"POST", "/v1/store/map-pois", `{"name":"hardenzhang","longitude":113.323753357,"latitude":23.0974903107,
		"province":"广东省","city":"广州市","district":"海珠区","address":"TIT","category":"类目1:类目2",
		"telephone":["010-6666666-111","010- 6666666-222"],"photo":"` + picA + `","license":"` + picB + `","introduct":"test","districtid":"440105"}`},
	want:     &storev1.CreateMapPoiResponse{BaseId: 500000002, RichId: 500000003},
	upstream: "/wxa/create_map_poi",
	wantSent: map[string]any{
		"name": "hardenzhang", "longitude": "113.323753357", "latitude": "23.0974903107", "province": "广东省", "city": "广州市",
		"district": "海珠区", "address": "TIT", "category": "类目1:类目2", "telephone": "010-6666666-111;010- 6666666-222",
		"photo": picA, "license": picB, "introduct": "test", "districtid": "440105",
	},
}, {
	name: "AddStore",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.AddStore(h.Ctx(""), &storev1.AddStoreRequest{
			MapPoiId: "2880741500279549033", PicList: []string{picA}, ContractPhone: "1111222222", Hour: "10:00-21:00",
			Credential: "22883878-0", QualificationList: []string{"Q1"}, CompanyName: "天河城公司",
		})
	},
	rest: restCall{"POST", "/v1/store/stores", `{"map_poi_id":"2880741500279549033","pic_list":["` + picA + `"],
		"contract_phone":"1111222222","hour":"10:00-21:00","credential":"22883878-0","qualification_list":["Q1"],"company_name":"天河城公司"}`},
	want:     &storev1.AddStoreResponse{AuditId: 500000005},
	upstream: "/wxa/add_store",
	wantSent: map[string]any{
		"poi_id": "", "map_poi_id": "2880741500279549033", "pic_list": `{"list":["` + picA + `"]}`,
		"contract_phone": "1111222222", "hour": "10:00-21:00", "credential": "22883878-0",
		"company_name": "天河城公司", "qualification_list": "Q1", "card_id": "",
	},
}, {
	name: "GetStore",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.GetStore(h.Ctx(""), &storev1.GetStoreRequest{PoiId: newPoiID})
	},
	rest: restCall{"GET", "/v1/store/stores/500000004", ""},
	want: &storev1.GetStoreResponse{Business: &storev1.Store{
		PoiId: newPoiID, BusinessName: "天河城", Address: "广东省广州市天河区天河路208号", Telephone: "1111222222",
		Province: "广东省", City: "广州市", District: "天河区", Longitude: 113.32365, Latitude: 23.13209,
		PhotoList: []string{picA}, OpenTime: "10:00-21:00", Status: storev1.StoreStatus_STORE_STATUS_APPROVED,
		QualificationNum: "22883878-0", QualificationName: "天河城公司",
	}},
	upstream: "/wxa/get_store_info",
	wantSent: map[string]any{"poi_id": "500000004"},
}, {
	name: "UpdateStore",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.UpdateStore(h.Ctx(""), &storev1.UpdateStoreRequest{
			PoiId: newPoiID, Hour: "09:00-24:00", ContractPhone: "020-85594888", PicList: []string{picA, picB},
		})
	},
	rest:     restCall{"PATCH", "/v1/store/stores/500000004", `{"hour":"09:00-24:00","contract_phone":"020-85594888","pic_list":["` + picA + `","` + picB + `"]}`},
	want:     &storev1.UpdateStoreResponse{HasAuditId: true, AuditId: 500000006},
	upstream: "/wxa/update_store",
	wantSent: map[string]any{
		"poi_id": "500000004", "hour": "09:00-24:00", "contract_phone": "020-85594888",
		"pic_list": `{"list":["` + picA + `","` + picB + `"]}`, "card_id": "",
	},
}, {
	name: "ListStores",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.ListStores(h.Ctx(""), &storev1.ListStoresRequest{PageSize: 2})
	},
	rest: restCall{"GET", "/v1/store/stores?page_size=2", ""},
	want: &storev1.ListStoresResponse{
		BusinessList:  []*storev1.Store{seedStore472665875, seedStore472671857},
		NextPageToken: "*",
		TotalCount:    3,
	},
	upstream: "/wxa/get_store_list",
	wantSent: map[string]any{"offset": 0.0, "limit": 2.0},
}, {
	name: "SetStoreCard",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.SetStoreCard(h.Ctx(""), &storev1.SetStoreCardRequest{PoiId: newPoiID, CardId: "pabcedfg1234567hijklmn"})
	},
	rest:     restCall{"PUT", "/v1/store/stores/500000004/card", `{"card_id":"pabcedfg1234567hijklmn"}`},
	want:     &storev1.SetStoreCardResponse{},
	upstream: "/card/storewxa/set",
	wantSent: map[string]any{"poi_id": 500000004.0, "card_id": "pabcedfg1234567hijklmn"},
}, {
	name: "GetStoreCard",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.GetStoreCard(h.Ctx(""), &storev1.GetStoreCardRequest{PoiId: newPoiID})
	},
	rest:     restCall{"GET", "/v1/store/stores/500000004/card", ""},
	want:     &storev1.GetStoreCardResponse{CardId: "pabcedfg1234567hijklmn"},
	upstream: "/card/storewxa/get",
	wantSent: map[string]any{"poi_id": 500000004.0},
}, {
	name: "DeleteStore",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.DeleteStore(h.Ctx(""), &storev1.DeleteStoreRequest{PoiId: newPoiID})
	},
	rest:     restCall{"DELETE", "/v1/store/stores/500000004", ""},
	want:     &storev1.DeleteStoreResponse{},
	upstream: "/wxa/del_store",
	wantSent: map[string]any{"poi_id": "500000004"},
}, {
	name: "ListLegacyPois",
	grpc: func(h *harness) (proto.Message, error) {
		return h.store.ListLegacyPois(h.Ctx(""), &storev1.ListLegacyPoisRequest{})
	},
	rest: restCall{"GET", "/v1/store/legacy-pois", ""},
	want: &storev1.ListLegacyPoisResponse{TotalCount: 3, BusinessList: []*storev1.LegacyPoi{
		{PoiId: 271262077, Sid: "100", BusinessName: "麦当劳", BranchName: "艺苑路店", Address: "艺苑路11号",
			UpgradeStatus: storev1.UpgradeStatus_UPGRADE_STATUS_PENDING, Mapid: "2880741500279549033"},
		{PoiId: 271864249, Sid: "101", BusinessName: "麦当劳", BranchName: "怡安路店", Address: "怡安路172号",
			UpgradeStatus: storev1.UpgradeStatus_UPGRADE_STATUS_FAILED, UpgradeComment: "门店信息与地图位置不符", Mapid: "2708071440732747189"},
		{PoiId: 285633617, Sid: "102", BusinessName: "麦当劳", BranchName: "新华路店", Address: "新华路21号",
			UpgradeStatus: storev1.UpgradeStatus_UPGRADE_STATUS_FORBIDDEN},
	}},
	upstream: "/cgi-bin/poi/getpoilist",
	wantSent: map[string]any{"begin": 0.0, "limit": 20.0},
}}

// The seed's get_store_list example stores, as the gateway hands them out.
var (
	seedStore472665875 = &storev1.Store{
		PoiId: 472665875, BusinessName: "超速天使俱乐部", Address: "新华路19", Telephone: "12345678",
		Province: "河北省", City: "邯郸市", District: "曲周县", Longitude: 114.958480835, Latitude: 36.7714881897,
		PhotoList: []string{"http://mmbiz.qpic.cn/mmbiz_jpg/tW66AWvE2K4e52sLYyA90ZKuicdfhkf5ibQk1icmcRWjrMxmVibo8sVQAllABxG5ic0D5x62gfsPVL4aibxQ2SicfPyjQ/0?wx_fmt=jpeg"},
		OpenTime:  "10:00-21:00", Status: storev1.StoreStatus_STORE_STATUS_APPROVED,
		QualificationNum: "01650100NE2XCT6Z70", QualificationName: "超速天使俱乐部",
	}
	seedStore472671857 = &storev1.Store{
		PoiId: 472671857, BusinessName: "龙涤小区熟食店", Address: "舍利街道中都大道龙涤小区阿升电脑旁", Telephone: "12345678",
		Province: "黑龙江省", City: "哈尔滨市", District: "阿城区", Longitude: 126.94355011, Latitude: 45.556098938,
		PhotoList: []string{"http://mmbiz.qpic.cn/mmbiz_png/tW66AWvE2K6icjle1q6nbfKr0HMibzxKqOUfG1hARktHV84ZZojt9cXZ0UicDevZQUicckPw68lfo2Le3RjpEo6oLg/0?wx_fmt=png"},
		OpenTime:  "11:00-12:00", Status: storev1.StoreStatus_STORE_STATUS_REJECTED,
		QualificationNum: "91750100ME2XCR6A70", QualificationName: "龙涤小区熟食店",
	}
)

// wantCategories is the simulator's category tree, typed.
var wantCategories = func() *storev1.ListMerchantCategoriesResponse {
	second := func(id, father int64, name string) *storev1.MerchantCategory {
		return &storev1.MerchantCategory{Id: id, Name: name, Level: storev1.CategoryLevel_CATEGORY_LEVEL_SECOND, Father: father,
			Scene: 3, SensitiveType: storev1.SensitiveType_SENSITIVE_TYPE_NONE}
	}
	first := func(id int64, name string, children ...int64) *storev1.MerchantCategory {
		return &storev1.MerchantCategory{Id: id, Name: name, Level: storev1.CategoryLevel_CATEGORY_LEVEL_FIRST, Children: children}
	}
	convenience := second(280, 278, "便利店")
	convenience.SensitiveType = storev1.SensitiveType_SENSITIVE_TYPE_QUALIFICATION_REQUIRED
	convenience.Qualify = []*storev1.QualificationGroup{{Names: []string{"若涉及食品,请提供《食品经营许可证》或《卫生许可证》"}}}
	return &storev1.ListMerchantCategoriesResponse{Categories: []*storev1.MerchantCategory{
		{Id: 0, Name: "root", Level: storev1.CategoryLevel_CATEGORY_LEVEL_ROOT, Children: []int64{269, 278, 476}},
		first(269, "美食", 270, 271), second(270, 269, "中餐厅"), second(271, 269, "快餐小吃"),
		first(278, "购物", 279, 280), second(279, 278, "超市"), convenience,
		first(476, "生活服务", 477), second(477, 476, "家政服务"),
	}}
}()

// wantDistricts is the simulator's district data as a tree: municipalities (北京)
// have districts and no third level.
var wantDistricts = func() *storev1.ListDistrictsResponse {
	d := func(id int64, name, fullname string, lat, lng float64, pinyin []string, children ...*storev1.District) *storev1.District {
		return &storev1.District{Id: id, Name: name, Fullname: fullname, Pinyin: pinyin, Location: &storev1.Location{Lat: lat, Lng: lng}, Children: children}
	}
	leaf := func(id int64, fullname string, lat, lng float64) *storev1.District {
		return d(id, "", fullname, lat, lng, nil)
	}
	py := func(s ...string) []string { return s }
	return &storev1.ListDistrictsResponse{DataVersion: "20170510", Provinces: []*storev1.District{
		d(110000, "北京", "北京市", 39.90469, 116.40717, py("bei", "jing"),
			d(110101, "东城", "东城区", 39.91714, 116.41649, py("dong", "cheng")),
			d(110102, "西城", "西城区", 39.91231, 116.36611, py("xi", "cheng"))),
		d(130000, "河北", "河北省", 38.03599, 114.46979, py("he", "bei"),
			d(130400, "邯郸", "邯郸市", 36.62556, 114.53918, py("han", "dan"), leaf(130435, "曲周县", 36.76671, 114.95756))),
		d(230000, "黑龙江", "黑龙江省", 45.74208, 126.66285, py("hei", "long", "jiang"),
			d(230100, "哈尔滨", "哈尔滨市", 45.80216, 126.5358, py("ha", "er", "bin"), leaf(230112, "阿城区", 45.54144, 126.95717))),
		d(440000, "广东", "广东省", 23.13171, 113.26627, py("guang", "dong"),
			d(440100, "广州", "广州市", 23.12908, 113.26436, py("guang", "zhou"),
				leaf(440104, "越秀区", 23.12901, 113.2668), leaf(440105, "海珠区", 23.08331, 113.3172), leaf(440106, "天河区", 23.12463, 113.36199)),
			d(440300, "深圳", "深圳市", 22.54286, 114.05956, py("shen", "zhen"),
				leaf(440304, "福田区", 22.52291, 114.05454), leaf(440305, "南山区", 22.53291, 113.93029))),
	}}
}()

// TestStoreRPCs calls every StoreService RPC over gRPC and, on a second gateway,
// over REST, and checks the answer and the body WeChat received.
func TestStoreRPCs(t *testing.T) {
	for _, transport := range []string{"grpc", "rest"} {
		t.Run(transport, func(t *testing.T) {
			h := start(t)
			for _, tt := range storeRPCs {
				t.Run(tt.name, func(t *testing.T) {
					h.Sim.ResetRequests()
					var got proto.Message
					if transport == "grpc" {
						var err error
						if got, err = tt.grpc(h); err != nil {
							t.Fatal(err)
						}
					} else {
						got = h.RESTProto(t, tt.rest.method, tt.rest.path, tt.rest.body, tt.want)
					}
					if diff := cmp.Diff(tt.want, got, protocmp.Transform(), gatewaytest.AnyNonEmptyString()); diff != "" {
						t.Errorf("answer (-want +got):\n%s", diff)
					}
					if diff := cmp.Diff(tt.wantSent, h.LastBody(tt.upstream)); diff != "" {
						t.Errorf("sent to WeChat (-want +got):\n%s", diff)
					}
				})
			}
		})
	}
}
