package store

import (
	"context"
	"strings"

	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	"github.com/wxgate/wxgate/internal/wxjson"
)

// wireCategory is one node of get_merchant_category's data.all_category_info.categories.
type wireCategory struct {
	ID       int64   `json:"id"`
	Name     string  `json:"name"`
	Level    int     `json:"level"`
	Father   int64   `json:"father"`
	Children []int64 `json:"children"`
	Qualify  struct {
		ExterList []struct {
			InnerList []struct {
				Name string `json:"name"`
			} `json:"inner_list"`
		} `json:"exter_list"`
	} `json:"qualify"`
	Scene         int32 `json:"scene"`
	SensitiveType *int  `json:"sensitive_type"` // only second-level categories have one
}

func (s *Server) ListMerchantCategories(ctx context.Context, _ *storev1.ListMerchantCategoriesRequest) (*storev1.ListMerchantCategoriesResponse, error) {
	c, err := s.accounts.Pick(ctx)
	if err != nil {
		return nil, err
	}
	return s.categories.get(ctx, c.Account(), func(ctx context.Context) (string, func() (*storev1.ListMerchantCategoriesResponse, error), error) {
		var out answer[struct {
			AllCategoryInfo struct {
				Categories []wireCategory `json:"categories"`
			} `json:"all_category_info"`
		}]
		if err := c.Call(ctx, apiMerchantCategory, nil, &out); err != nil {
			return "", nil, err
		}
		return "", func() (*storev1.ListMerchantCategoriesResponse, error) {
			return categoriesResponse(out.Data.AllCategoryInfo.Categories), nil
		}, nil
	})
}

func categoriesResponse(wire []wireCategory) *storev1.ListMerchantCategoriesResponse {
	resp := &storev1.ListMerchantCategoriesResponse{Categories: make([]*storev1.MerchantCategory, 0, len(wire))}
	for _, w := range wire {
		c := &storev1.MerchantCategory{
			Id:            w.ID,
			Name:          w.Name,
			Level:         categoryLevels.Proto(w.Level),
			Father:        w.Father,
			Children:      w.Children,
			Scene:         w.Scene,
			SensitiveType: enumOf(sensitiveTypes.Proto, w.SensitiveType),
		}
		for _, group := range w.Qualify.ExterList {
			g := &storev1.QualificationGroup{}
			for _, doc := range group.InnerList {
				g.Names = append(g.Names, doc.Name)
			}
			c.Qualify = append(c.Qualify, g)
		}
		resp.Categories = append(resp.Categories, c)
	}
	return resp
}

// joinIDs is WeChat's encoding of a list of media ids: "mediaid1|mediaid2".
func joinIDs(ids []string) string { return strings.Join(ids, "|") }

func (s *Server) ApplyMerchant(ctx context.Context, req *storev1.ApplyMerchantRequest) (*storev1.ApplyMerchantResponse, error) {
	if err := checkNickname(req.GetNickname()); err != nil {
		return nil, err
	}
	// Every key as in the seed's example, the optional ones empty when unset.
	in := struct {
		FirstCatid        int64  `json:"first_catid"`
		SecondCatid       int64  `json:"second_catid"`
		QualificationList string `json:"qualification_list"`
		HeadimgMediaID    string `json:"headimg_mediaid"`
		Nickname          string `json:"nickname"`
		Intro             string `json:"intro"`
		OrgCode           string `json:"org_code"`
		OtherFiles        string `json:"other_files"`
	}{
		req.GetFirstCatid(), req.GetSecondCatid(), joinIDs(req.GetQualificationList()), req.GetHeadimgMediaid(),
		req.GetNickname(), req.GetIntro(), req.GetOrgCode(), joinIDs(req.GetOtherFiles()),
	}
	if err := s.call(ctx, apiApplyMerchant, in, nil); err != nil {
		return nil, err
	}
	return &storev1.ApplyMerchantResponse{}, nil
}

func (s *Server) GetMerchantAuditInfo(ctx context.Context, _ *storev1.GetMerchantAuditInfoRequest) (*storev1.GetMerchantAuditInfoResponse, error) {
	var out answer[struct {
		AuditID wxjson.Int64 `json:"audit_id"`
		Status  int          `json:"status"`
		Reason  string       `json:"reason"`
	}]
	if err := s.call(ctx, apiMerchantAuditInfo, nil, &out); err != nil {
		return nil, err
	}
	return &storev1.GetMerchantAuditInfoResponse{
		AuditId: int64(out.Data.AuditID),
		Status:  merchantAuditStatuses.Proto(out.Data.Status),
		Reason:  out.Data.Reason,
	}, nil
}

func (s *Server) ModifyMerchant(ctx context.Context, req *storev1.ModifyMerchantRequest) (*storev1.ModifyMerchantResponse, error) {
	// Both keys always: WeChat reads an empty value as "keep the current one".
	in := struct {
		HeadimgMediaID string `json:"headimg_mediaid"`
		Intro          string `json:"intro"`
	}{req.GetHeadimgMediaid(), req.GetIntro()}
	if err := s.call(ctx, apiModifyMerchant, in, nil); err != nil {
		return nil, err
	}
	return &storev1.ModifyMerchantResponse{}, nil
}
