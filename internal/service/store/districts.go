package store

import (
	"context"
	"fmt"

	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	"github.com/wxgate/wxgate/internal/upstream"
	"github.com/wxgate/wxgate/internal/wxjson"
)

// districtAnswer is get_district's answer: Tencent Map's status/message (checked by
// the client through apiDistrict's ErrorKey), a data_version and result, three
// arrays (provinces, cities, districts) linked by index.
type districtAnswer struct {
	DataVersion string           `json:"data_version"`
	Result      [][]wireDistrict `json:"result"`
}

// wireDistrict is one element of result. cidx is Tencent Map's inclusive
// [first, last] range of the element's children in the next array, not a list of
// indexes: the seed's 广东省 has cidx [246, 266], the 21 cities of Guangdong, and
// 广州市 [1667, 1677], its 11 districts.
type wireDistrict struct {
	ID       wxjson.Int64 `json:"id"` // a string: "440105"
	Name     string       `json:"name"`
	Fullname string       `json:"fullname"`
	Pinyin   []string     `json:"pinyin"`
	Location struct {
		Lat float64 `json:"lat"`
		Lng float64 `json:"lng"`
	} `json:"location"`
	Cidx []int `json:"cidx"`
}

func (s *Server) ListDistricts(ctx context.Context, _ *storev1.ListDistrictsRequest) (*storev1.ListDistrictsResponse, error) {
	c, err := s.accounts.Pick(ctx)
	if err != nil {
		return nil, err
	}
	return s.districts.get(ctx, c.Account(), func(ctx context.Context) (string, func() (*storev1.ListDistrictsResponse, error), error) {
		var out districtAnswer
		if err := c.Call(ctx, apiDistrict, nil, &out); err != nil {
			return "", nil, err
		}
		return out.DataVersion, func() (*storev1.ListDistrictsResponse, error) {
			provinces, err := districtTree(out.Result)
			if err != nil {
				return nil, &upstream.UnavailableError{Path: apiDistrict.Path, Reason: "UPSTREAM_BAD_ANSWER", Detail: err.Error()}
			}
			return &storev1.ListDistrictsResponse{DataVersion: out.DataVersion, Provinces: provinces}, nil
		}, nil
	})
}

// districtTree links result's levels into a tree, provinces at the top. An element
// without cidx is a leaf: the last level, and a municipality's districts, which sit
// in the second array with no third level below them.
func districtTree(levels [][]wireDistrict) ([]*storev1.District, error) {
	if len(levels) == 0 {
		return nil, fmt.Errorf("get_district: no result")
	}
	var build func(level, i int) (*storev1.District, error)
	build = func(level, i int) (*storev1.District, error) {
		w := levels[level][i]
		d := &storev1.District{
			Id: int64(w.ID), Name: w.Name, Fullname: w.Fullname, Pinyin: w.Pinyin,
			Location: &storev1.Location{Lat: w.Location.Lat, Lng: w.Location.Lng},
		}
		if len(w.Cidx) == 0 {
			return d, nil
		}
		if len(w.Cidx) != 2 || level+1 >= len(levels) || w.Cidx[0] < 0 || w.Cidx[0] > w.Cidx[1] || w.Cidx[1] >= len(levels[level+1]) {
			return nil, fmt.Errorf("get_district: result[%d][%d] (%s) has cidx %v, not a [first, last] range of result[%d]", level, i, w.Fullname, w.Cidx, level+1)
		}
		for j := w.Cidx[0]; j <= w.Cidx[1]; j++ {
			child, err := build(level+1, j)
			if err != nil {
				return nil, err
			}
			d.Children = append(d.Children, child)
		}
		return d, nil
	}
	provinces := make([]*storev1.District, 0, len(levels[0]))
	for i := range levels[0] {
		p, err := build(0, i)
		if err != nil {
			return nil, err
		}
		provinces = append(provinces, p)
	}
	return provinces, nil
}
