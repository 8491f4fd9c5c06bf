package store

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// seedDistrictAnswer builds get_district's answer around the seed's example
// elements, at the indexes the seed gives them: 广东省 (cidx [246, 266]) alone in
// result[0]; 广州市 at result[1][246] (cidx [1667, 1677]); 海珠区 and 天河区 at
// result[2][1667] and [1668]. The other indexes hold placeholders, so that the
// seed's ranges are real.
func seedDistrictAnswer(t *testing.T) districtAnswer {
	t.Helper()
	const guangdong = `{"id": "440000", "name": "广东", "fullname": "广东省", "pinyin": ["guang", "dong"],
		"location": {"lat": 23.13171, "lng": 113.26627}, "cidx": [246, 266]}`
	const guangzhou = `{"id": "440100", "name": "广州", "fullname": "广州市", "pinyin": ["guang", "zhou"],
		"location": {"lat": 23.12908, "lng": 113.26436}, "cidx": [1667, 1677]}`
	const haizhu = `{"id": "440105", "fullname": "海珠区", "location": {"lat": 23.08331, "lng": 113.3172}}`
	const tianhe = `{"id": "440106", "fullname": "天河区", "location": {"lat": 23.12463, "lng": 113.36199}}`
	placeholder := func(level, i int) string {
		return fmt.Sprintf(`{"id": "%d", "fullname": "placeholder %d/%d", "location": {"lat": 0, "lng": 0}}`, 900000+i, level, i)
	}
	cities := make([]string, 267)
	for i := range cities {
		cities[i] = placeholder(1, i)
	}
	cities[246] = guangzhou
	districts := make([]string, 1678)
	for i := range districts {
		districts[i] = placeholder(2, i)
	}
	districts[1667], districts[1668] = haizhu, tianhe
	raw := `{"status": 0, "message": "query ok", "data_version": "20170510", "result": [[` + guangdong + `], [` +
		strings.Join(cities, ",") + `], [` + strings.Join(districts, ",") + `]]}`
	var ans districtAnswer
	if err := json.Unmarshal([]byte(raw), &ans); err != nil {
		t.Fatal(err)
	}
	return ans
}

// TestDistrictTreeFromSeed: cidx is an inclusive [first, last] range: 广东省 gets
// result[1][246..266], its 21 cities, and 广州市 result[2][1667..1677], its 11
// districts, 海珠区 and 天河区 first.
func TestDistrictTreeFromSeed(t *testing.T) {
	ans := seedDistrictAnswer(t)
	provinces, err := districtTree(ans.Result)
	if err != nil {
		t.Fatal(err)
	}
	if len(provinces) != 1 {
		t.Fatalf("%d provinces, want 1", len(provinces))
	}
	gd := provinces[0]
	if gd.GetId() != 440000 || gd.GetFullname() != "广东省" || strings.Join(gd.GetPinyin(), " ") != "guang dong" || gd.GetLocation().GetLng() != 113.26627 {
		t.Errorf("province %v", gd)
	}
	if n := len(gd.GetChildren()); n != 21 {
		t.Fatalf("广东省 has %d cities, want 21 (result[1][246..266])", n)
	}
	gz := gd.GetChildren()[0]
	if gz.GetId() != 440100 || gz.GetFullname() != "广州市" || len(gz.GetChildren()) != 11 {
		t.Fatalf("first city %s with %d districts, want 广州市 with 11 (result[2][1667..1677])", gz.GetFullname(), len(gz.GetChildren()))
	}
	hz, th := gz.GetChildren()[0], gz.GetChildren()[1]
	if hz.GetId() != 440105 || hz.GetFullname() != "海珠区" || hz.GetName() != "" || hz.GetLocation().GetLat() != 23.08331 || len(hz.GetChildren()) != 0 {
		t.Errorf("first district %v, want 海珠区", hz)
	}
	if th.GetId() != 440106 || th.GetFullname() != "天河区" {
		t.Errorf("second district %v, want 天河区", th)
	}
	if last := gd.GetChildren()[20]; last.GetFullname() != "placeholder 1/266" {
		t.Errorf("last city %s, want result[1][266]", last.GetFullname())
	}
}

// TestDistrictTreeBadCidx: an answer whose ranges do not fit is refused, not
// turned into a wrong tree.
func TestDistrictTreeBadCidx(t *testing.T) {
	w := func(id string, cidx ...int) wireDistrict {
		var d wireDistrict
		if err := json.Unmarshal([]byte(fmt.Sprintf(`{"id":%q,"fullname":"f%s"}`, id, id)), &d); err != nil {
			t.Fatal(err)
		}
		d.Cidx = cidx
		return d
	}
	leaves := []wireDistrict{w("1"), w("2")}
	for _, tt := range []struct {
		name   string
		levels [][]wireDistrict
	}{
		{"one index", [][]wireDistrict{{w("10", 0)}, leaves}},
		{"three indexes", [][]wireDistrict{{w("10", 0, 1, 1)}, leaves}},
		{"reversed", [][]wireDistrict{{w("10", 1, 0)}, leaves}},
		{"past the end", [][]wireDistrict{{w("10", 0, 2)}, leaves}},
		{"negative", [][]wireDistrict{{w("10", -1, 0)}, leaves}},
		{"no next level", [][]wireDistrict{{w("10", 0, 0)}}},
		{"no result", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tree, err := districtTree(tt.levels); err == nil {
				t.Errorf("built %v, want an error", tree)
			}
		})
	}
	tree, err := districtTree([][]wireDistrict{{w("10", 0, 1)}, leaves})
	if err != nil || len(tree[0].GetChildren()) != 2 {
		t.Errorf("a fitting range: %v %v", tree, err)
	}
}
