package store

import (
	"context"
	"strconv"
	"strings"

	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	"github.com/wxgate/wxgate/internal/wxjson"
)

// wireMapPoi is one of search_map_poi's data.item.
type wireMapPoi struct {
	BranchName    string       `json:"branch_name"`
	Address       string       `json:"address"`
	Longitude     float64      `json:"longitude"`
	Latitude      float64      `json:"latitude"`
	Telephone     string       `json:"telephone"`
	Category      string       `json:"category"`
	SosomapPoiUID string       `json:"sosomap_poi_uid"`
	DataSupply    int32        `json:"data_supply"`
	PicURLs       looseStrings `json:"pic_urls"`
	CardIDList    looseStrings `json:"card_id_list"`
}

func (s *Server) SearchMapPoi(ctx context.Context, req *storev1.SearchMapPoiRequest) (*storev1.SearchMapPoiResponse, error) {
	in := struct {
		DistrictID int64  `json:"districtid"` // a number here, a string in create_map_poi
		Keyword    string `json:"keyword"`
	}{req.GetDistrictid(), req.GetKeyword()}
	var out answer[struct {
		Item []wireMapPoi `json:"item"`
	}]
	if err := s.call(ctx, apiSearchMapPoi, in, &out); err != nil {
		return nil, err
	}
	resp := &storev1.SearchMapPoiResponse{Item: make([]*storev1.MapPoi, 0, len(out.Data.Item))}
	for _, w := range out.Data.Item {
		resp.Item = append(resp.Item, &storev1.MapPoi{
			BranchName: w.BranchName, Address: w.Address, Longitude: w.Longitude, Latitude: w.Latitude,
			// The seed's own example answers " 020-89190388": hand out the number itself.
			Telephone: strings.TrimSpace(w.Telephone), Category: w.Category, SosomapPoiUid: w.SosomapPoiUID,
			DataSupply: w.DataSupply, PicUrls: w.PicURLs, CardIdList: w.CardIDList,
		})
	}
	return resp, nil
}

// decimal writes a coordinate the way create_map_poi's example does: "113.323753357".
func decimal(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func (s *Server) CreateMapPoi(ctx context.Context, req *storev1.CreateMapPoiRequest) (*storev1.CreateMapPoiResponse, error) {
	// Every value a string, the coordinates and districtid included, as in the seed.
	in := struct {
		Name       string `json:"name"`
		Longitude  string `json:"longitude"`
		Latitude   string `json:"latitude"`
		Province   string `json:"province"`
		City       string `json:"city"`
		District   string `json:"district"`
		Address    string `json:"address"`
		Category   string `json:"category"`
		Telephone  string `json:"telephone"`
		Photo      string `json:"photo"`
		License    string `json:"license"`
		Introduct  string `json:"introduct"`
		DistrictID string `json:"districtid"`
		PoiID      string `json:"poi_id,omitempty"`
	}{
		Name: req.GetName(), Longitude: decimal(req.GetLongitude()), Latitude: decimal(req.GetLatitude()),
		Province: req.GetProvince(), City: req.GetCity(), District: req.GetDistrict(), Address: req.GetAddress(),
		Category: req.GetCategory(), Telephone: strings.Join(req.GetTelephone(), ";"),
		Photo: req.GetPhoto(), License: req.GetLicense(), Introduct: req.GetIntroduct(),
		DistrictID: strconv.FormatInt(req.GetDistrictid(), 10),
	}
	if req.GetPoiId() != 0 {
		in.PoiID = strconv.FormatInt(req.GetPoiId(), 10)
	}
	var out answer[struct {
		BaseID wxjson.Int64 `json:"base_id"`
		RichID wxjson.Int64 `json:"rich_id"`
	}]
	if err := s.call(ctx, apiCreateMapPoi, in, &out); err != nil {
		return nil, err
	}
	return &storev1.CreateMapPoiResponse{BaseId: int64(out.Data.BaseID), RichId: int64(out.Data.RichID)}, nil
}
