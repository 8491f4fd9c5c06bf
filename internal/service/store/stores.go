package store

import (
	"context"
	"encoding/json"
	"strconv"

	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	"github.com/wxgate/wxgate/internal/pagetoken"
	"github.com/wxgate/wxgate/internal/wxjson"
)

// poiIDString is a store id the way the wxa endpoints take it: "472671857". The
// card/storewxa endpoints take it as a number instead.
func poiIDString(id int64) string { return strconv.FormatInt(id, 10) }

// picList encodes pictures the way add_store and update_store take them: a JSON
// object in a string, "{\"list\":[\"http://…\"]}".
func picList(urls []string) string {
	if urls == nil {
		urls = []string{}
	}
	b, _ := json.Marshal(struct {
		List []string `json:"list"`
	}{urls}) // cannot fail: strings only
	return string(b)
}

func (s *Server) AddStore(ctx context.Context, req *storev1.AddStoreRequest) (*storev1.AddStoreResponse, error) {
	in := struct {
		PoiID             string `json:"poi_id"`
		MapPoiID          string `json:"map_poi_id"`
		PicList           string `json:"pic_list"`
		ContractPhone     string `json:"contract_phone"`
		Hour              string `json:"hour"`
		Credential        string `json:"credential"`
		CompanyName       string `json:"company_name,omitempty"`
		QualificationList string `json:"qualification_list,omitempty"`
		CardID            string `json:"card_id"` // required by the seed, empty for none
	}{
		MapPoiID: req.GetMapPoiId(), PicList: picList(req.GetPicList()), ContractPhone: req.GetContractPhone(),
		Hour: req.GetHour(), Credential: req.GetCredential(), CompanyName: req.GetCompanyName(),
		QualificationList: joinIDs(req.GetQualificationList()), CardID: req.GetCardId(),
	}
	if req.GetPoiId() != 0 { // "" for a new store, as in the seed's example
		in.PoiID = poiIDString(req.GetPoiId())
	}
	var out answer[struct {
		AuditID wxjson.Int64 `json:"audit_id"`
	}]
	if err := s.call(ctx, apiAddStore, in, &out); err != nil {
		return nil, err
	}
	return &storev1.AddStoreResponse{AuditId: int64(out.Data.AuditID)}, nil
}

func (s *Server) UpdateStore(ctx context.Context, req *storev1.UpdateStoreRequest) (*storev1.UpdateStoreResponse, error) {
	in := struct {
		MapPoiID      string `json:"map_poi_id,omitempty"`
		PoiID         string `json:"poi_id"`
		Hour          string `json:"hour"`
		ContractPhone string `json:"contract_phone"`
		PicList       string `json:"pic_list"`
		CardID        string `json:"card_id"` // required by the seed: empty keeps the card
	}{req.GetMapPoiId(), poiIDString(req.GetPoiId()), req.GetHour(), req.GetContractPhone(), picList(req.GetPicList()), req.GetCardId()}
	var out answer[struct {
		HasAuditID int          `json:"has_audit_id"`
		AuditID    wxjson.Int64 `json:"audit_id"`
	}]
	if err := s.call(ctx, apiUpdateStore, in, &out); err != nil {
		return nil, err
	}
	return &storev1.UpdateStoreResponse{HasAuditId: out.Data.HasAuditID == 1, AuditId: int64(out.Data.AuditID)}, nil
}

// wireStore is a store's base_info in get_store_info and get_store_list.
type wireStore struct {
	BusinessName string       `json:"business_name"`
	Address      string       `json:"address"`
	Telephone    string       `json:"telephone"`
	Categories   looseStrings `json:"categories"`
	City         string       `json:"city"`
	Province     string       `json:"province"`
	District     string       `json:"district"`
	Longitude    float64      `json:"longitude"`
	Latitude     float64      `json:"latitude"`
	PhotoList    []struct {
		PhotoURL string `json:"photo_url"`
	} `json:"photo_list"`
	OpenTime          string       `json:"open_time"`
	PoiID             wxjson.Int64 `json:"poi_id"`
	Status            int          `json:"status"`
	QualificationList looseStrings `json:"qualification_list"`
	QualificationNum  string       `json:"qualification_num"`
	QualificationName string       `json:"qualification_name"`
}

// business is WeChat's {"base_info": {…}} wrapper of a store.
type business struct {
	BaseInfo wireStore `json:"base_info"`
}

func (w wireStore) proto() *storev1.Store {
	st := &storev1.Store{
		PoiId: int64(w.PoiID), BusinessName: w.BusinessName, Address: w.Address, Telephone: w.Telephone,
		Categories: w.Categories, Province: w.Province, City: w.City, District: w.District,
		Longitude: w.Longitude, Latitude: w.Latitude, OpenTime: w.OpenTime, Status: storeStatuses.Proto(w.Status),
		QualificationNum: w.QualificationNum, QualificationName: w.QualificationName, QualificationList: w.QualificationList,
	}
	for _, p := range w.PhotoList {
		st.PhotoList = append(st.PhotoList, p.PhotoURL)
	}
	return st
}

// poiIDBody is the body of the wxa endpoints that name one store.
type poiIDBody struct {
	PoiID string `json:"poi_id"`
}

func (s *Server) GetStore(ctx context.Context, req *storev1.GetStoreRequest) (*storev1.GetStoreResponse, error) {
	var out struct {
		Business business `json:"business"`
	}
	if err := s.call(ctx, apiStoreInfo, poiIDBody{poiIDString(req.GetPoiId())}, &out); err != nil {
		return nil, err
	}
	return &storev1.GetStoreResponse{Business: out.Business.BaseInfo.proto()}, nil
}

func (s *Server) ListStores(ctx context.Context, req *storev1.ListStoresRequest) (*storev1.ListStoresResponse, error) {
	offset, err := pagetoken.Offset(req.GetPageToken(), "stores", 0)
	if err != nil {
		return nil, err
	}
	in := struct {
		Offset int `json:"offset"`
		Limit  int `json:"limit"`
	}{offset, pageSize(req.GetPageSize())}
	var out struct {
		BusinessList []business   `json:"business_list"`
		TotalCount   wxjson.Int32 `json:"total_count"`
	}
	if err := s.call(ctx, apiStoreList, in, &out); err != nil {
		return nil, err
	}
	resp := &storev1.ListStoresResponse{
		BusinessList:  make([]*storev1.Store, 0, len(out.BusinessList)),
		TotalCount:    int32(out.TotalCount),
		NextPageToken: nextPageToken("stores", offset, len(out.BusinessList), int(out.TotalCount)),
	}
	for _, b := range out.BusinessList {
		resp.BusinessList = append(resp.BusinessList, b.BaseInfo.proto())
	}
	return resp, nil
}

func (s *Server) DeleteStore(ctx context.Context, req *storev1.DeleteStoreRequest) (*storev1.DeleteStoreResponse, error) {
	if err := s.call(ctx, apiDelStore, poiIDBody{poiIDString(req.GetPoiId())}, nil); err != nil {
		return nil, err
	}
	return &storev1.DeleteStoreResponse{}, nil
}

// wireLegacyPoi is getpoilist's base_info, with the fields the migration added.
type wireLegacyPoi struct {
	PoiID          wxjson.Int64 `json:"poi_id"`
	Sid            string       `json:"sid"`
	BusinessName   string       `json:"business_name"`
	BranchName     string       `json:"branch_name"`
	Address        string       `json:"address"`
	UpgradeStatus  int          `json:"upgrade_status"`
	UpgradeComment string       `json:"upgrade_comment"`
	Mapid          string       `json:"mapid"`
}

func (s *Server) ListLegacyPois(ctx context.Context, req *storev1.ListLegacyPoisRequest) (*storev1.ListLegacyPoisResponse, error) {
	offset, err := pagetoken.Offset(req.GetPageToken(), "legacy-pois", 0)
	if err != nil {
		return nil, err
	}
	in := struct {
		Begin int `json:"begin"`
		Limit int `json:"limit"`
	}{offset, pageSize(req.GetPageSize())}
	var out struct {
		BusinessList []struct {
			BaseInfo wireLegacyPoi `json:"base_info"`
		} `json:"business_list"`
		TotalCount wxjson.Int32 `json:"total_count"` // a string in the legacy API
	}
	if err := s.call(ctx, apiLegacyPoiList, in, &out); err != nil {
		return nil, err
	}
	resp := &storev1.ListLegacyPoisResponse{
		BusinessList:  make([]*storev1.LegacyPoi, 0, len(out.BusinessList)),
		TotalCount:    int32(out.TotalCount),
		NextPageToken: nextPageToken("legacy-pois", offset, len(out.BusinessList), int(out.TotalCount)),
	}
	for _, b := range out.BusinessList {
		w := b.BaseInfo
		resp.BusinessList = append(resp.BusinessList, &storev1.LegacyPoi{
			PoiId: int64(w.PoiID), Sid: w.Sid, BusinessName: w.BusinessName, BranchName: w.BranchName, Address: w.Address,
			UpgradeStatus: upgradeStatuses.Proto(w.UpgradeStatus), UpgradeComment: w.UpgradeComment, Mapid: w.Mapid,
		})
	}
	return resp, nil
}

func (s *Server) GetStoreCard(ctx context.Context, req *storev1.GetStoreCardRequest) (*storev1.GetStoreCardResponse, error) {
	in := struct {
		PoiID int64 `json:"poi_id"` // a number here, as in the seed
	}{req.GetPoiId()}
	var out struct {
		CardID string `json:"card_id"` // absent when the store has no card
	}
	if err := s.call(ctx, apiStoreCardGet, in, &out); err != nil {
		return nil, err
	}
	return &storev1.GetStoreCardResponse{CardId: out.CardID}, nil
}

func (s *Server) SetStoreCard(ctx context.Context, req *storev1.SetStoreCardRequest) (*storev1.SetStoreCardResponse, error) {
	in := struct {
		PoiID  int64  `json:"poi_id"` // a number here, as in the seed
		CardID string `json:"card_id"`
	}{req.GetPoiId(), req.GetCardId()}
	if err := s.call(ctx, apiStoreCardSet, in, nil); err != nil {
		return nil, err
	}
	return &storev1.SetStoreCardResponse{}, nil
}
