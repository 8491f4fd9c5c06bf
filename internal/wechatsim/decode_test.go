package wechatsim

import (
	"errors"
	"testing"
)

// cardListReq exercises what later endpoints need: arrays of objects.
type cardListReq struct {
	CardList []struct {
		CardID string `json:"card_id" wx:"required"`
		Code   string `json:"code"`
	} `json:"card_list" wx:"required"`
	Scene string `json:"scene"`
}

func TestDecodeStrictNested(t *testing.T) {
	tests := []struct {
		body    string
		want    int // 0: decodes
		wantMsg string
	}{
		{`{"card_list":[{"card_id":"p1"},{"card_id":"p2","code":"c"}]}`, 0, ""},
		{`{"card_list":[]}`, 0, ""},
		{`{"card_list":[{"card_id":"p1"},{"code":"c"}]}`, 40097, `invalid args: missing key "card_list[1].card_id"`},
		{`{"card_list":[{"card_id":"p1","cardid":"x"}]}`, 40097, `invalid args: unknown key "card_list[0].cardid"`},
		{`{"card_list":[null]}`, 40097, `invalid args: key "card_list[0]" must not be null`},
		{`{"card_list":{"card_id":"p1"}}`, 40097, `invalid args: key "card_list" must be a JSON array, got object`},
		{`{"card_list":[{"card_id":1}]}`, 40097, `invalid args: key "card_list.card_id" must be a JSON string, got number`},
		{`{"scene":"x"}`, 40097, `invalid args: missing key "card_list"`},
		{` {"card_list":[]} `, 0, ""},
		{"  \n", 44002, "empty post data"},
		{`{"card_list":[}`, 47001, "data format error"},
	}
	for _, tt := range tests {
		var req cardListReq
		err := decodeStrict([]byte(tt.body), &req)
		if tt.want == 0 {
			if err != nil {
				t.Errorf("%s: %v", tt.body, err)
			}
			continue
		}
		var apiErr *apiError
		if !errors.As(err, &apiErr) || apiErr.code != tt.want || apiErr.msg != tt.wantMsg {
			t.Errorf("%s: got %v, want errcode %d %q", tt.body, err, tt.want, tt.wantMsg)
		}
	}
}
