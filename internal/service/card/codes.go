package card

import (
	"context"
	"slices"

	"golang.org/x/sync/errgroup"

	cardv1 "github.com/wxgate/wxgate/gen/go/wxgate/card/v1"
	"github.com/wxgate/wxgate/internal/upstream"
	"github.com/wxgate/wxgate/internal/wxjson"
)

// chunkSize is WeChat's limit of codes in one code/deposit or code/checkcode call
// (seed 002: 上限为100个; more is errcode 40109).
const chunkSize = 100

// wireCodes is the body of code/deposit and code/checkcode.
type wireCodes struct {
	CardID string   `json:"card_id"`
	Code   []string `json:"code"`
}

// wireCheck is code/checkcode's answer.
type wireCheck struct {
	ExistCode    []string `json:"exist_code"`
	NotExistCode []string `json:"not_exist_code"`
}

func (s *Server) GetDepositCount(ctx context.Context, req *cardv1.GetDepositCountRequest) (*cardv1.GetDepositCountResponse, error) {
	in := struct {
		CardID string `json:"card_id"`
	}{req.GetCardId()}
	var out struct {
		Count wxjson.Int64 `json:"count"`
	}
	if err := s.accounts.Call(ctx, apiGetDepositCount, in, &out); err != nil {
		return nil, err
	}
	return &cardv1.GetDepositCountResponse{Count: int64(out.Count)}, nil
}

// CheckCodes asks WeChat about the codes 100 at a time, at most window chunks at
// once. It is a read: the first error fails the call and stops the other chunks.
func (s *Server) CheckCodes(ctx context.Context, req *cardv1.CheckCodesRequest) (*cardv1.CheckCodesResponse, error) {
	c, err := s.accounts.Pick(ctx)
	if err != nil {
		return nil, err
	}
	chunks := slices.Collect(slices.Chunk(req.GetCode(), chunkSize))
	exist := make([][]bool, len(chunks)) // per chunk, per code: WeChat holds it
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(s.window)
	for i, codes := range chunks {
		g.Go(func() (err error) {
			exist[i], err = checkChunk(gctx, c, req.GetCardId(), codes)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	resp := &cardv1.CheckCodesResponse{ExistCode: []string{}, NotExistCode: []string{}}
	for i, codes := range chunks {
		for j, code := range codes {
			if exist[i][j] {
				resp.ExistCode = append(resp.ExistCode, code)
			} else {
				resp.NotExistCode = append(resp.NotExistCode, code)
			}
		}
	}
	return resp, nil
}

// checkChunk asks code/checkcode about up to 100 codes and says, code by code,
// whether WeChat holds it. A code in neither of WeChat's lists counts as not held:
// only exist_code confirms a code.
func checkChunk(ctx context.Context, c *upstream.Client, cardID string, codes []string) ([]bool, error) {
	var out wireCheck
	if err := callPaced(ctx, c, apiCheckCode, wireCodes{CardID: cardID, Code: codes}, &out); err != nil {
		return nil, err
	}
	held := make(map[string]struct{}, len(out.ExistCode))
	for _, code := range out.ExistCode {
		held[code] = struct{}{}
	}
	exist := make([]bool, len(codes))
	for i, code := range codes {
		_, exist[i] = held[code]
	}
	return exist, nil
}
