package upstream

import (
	"context"
	"errors"
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// TestErrorKey: an API with ErrorKey turns the error its answer carries under that key
// into an *Error, keeps the errcode path as it is, and decodes successful answers.
func TestErrorKey(t *testing.T) {
	c, err := New(Config{Account: "main", AppID: "wx1", AppSecret: "s", BaseURL: "http://127.0.0.1:1"})
	if err != nil {
		t.Fatal(err)
	}
	type data struct {
		Data struct {
			BaseID int64 `json:"base_id"`
		} `json:"data"`
	}
	tests := []struct {
		name    string
		key     string
		answer  string
		errcode int // 0 with errmsg "": success
		errmsg  string
		code    codes.Code
	}{
		{"seed success", "error", `{"error": null, "data": {"base_id": 42160, "rich_id": 42010}}`, 0, "", codes.OK},
		{"no error key", "error", `{"data": {"base_id": 42160}}`, 0, "", codes.OK},
		{"zero", "error", `{"error": 0, "data": {"base_id": 42160}}`, 0, "", codes.OK},
		{"empty string", "error", `{"error": "", "data": {"base_id": 42160}}`, 0, "", codes.OK},
		{"false", "error", `{"error": false, "data": {"base_id": 42160}}`, 0, "", codes.OK},
		{"object ok", "error", `{"error": {"errcode": 0, "errmsg": "ok"}, "data": {"base_id": 42160}}`, 0, "", codes.OK},
		{"number", "error", `{"error": 85055, "errmsg": "invalid map_poi_id", "data": null}`, 85055, "invalid map_poi_id", codes.InvalidArgument},
		{"object", "error", `{"error": {"errcode": 40097, "errmsg": "invalid args"}, "data": null}`, 40097, "invalid args", codes.InvalidArgument},
		{"object status message", "error", `{"error": {"status": 85056, "message": "invalid media"}}`, 85056, "invalid media", codes.InvalidArgument},
		{"object message only", "error", `{"error": {"message": "bad photo"}}`, 0, "bad photo", codes.Unknown},
		{"numeric string", "error", `{"error": "85050", "data": null}`, 85050, "85050", codes.FailedPrecondition},
		{"text", "error", `{"error": "name too long", "data": null}`, 0, "name too long", codes.Unknown},
		{"true", "error", `{"error": true}`, 0, "true", codes.Unknown},
		{"tencent map status", "status", `{"status": 311, "message": "key format error"}`, 311, "key format error", codes.Unknown},
		{"tencent map ok", "status", `{"status": 0, "message": "query ok", "data": {"base_id": 1}}`, 0, "", codes.OK},
		{"errcode wins", "error", `{"errcode": 40001, "errmsg": "invalid credential", "error": "x"}`, 40001, "invalid credential", codes.Unavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out data
			err := c.decodeAnswer(context.Background(), "/wxa/create_map_poi", tt.key, []byte(tt.answer), &out)
			if tt.code == codes.OK {
				if err != nil {
					t.Fatalf("error %v, want none", err)
				}
				if out.Data.BaseID == 0 {
					t.Errorf("data not decoded: %+v", out)
				}
				return
			}
			var werr *Error
			if !errors.As(err, &werr) || werr.Errcode != tt.errcode || werr.Errmsg != tt.errmsg || werr.Path != "/wxa/create_map_poi" {
				t.Fatalf("error %#v, want errcode %d errmsg %q", err, tt.errcode, tt.errmsg)
			}
			if got := status.Code(err); got != tt.code {
				t.Errorf("code %v, want %v", got, tt.code)
			}
		})
	}
}

// TestNoErrorKeyIgnoresError: without ErrorKey an "error" key means nothing, as before.
func TestNoErrorKeyIgnoresError(t *testing.T) {
	c, err := New(Config{Account: "main", AppID: "wx1", AppSecret: "s", BaseURL: "http://127.0.0.1:1"})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.decode(context.Background(), "/p", []byte(`{"errcode": 0, "error": "x"}`), nil); err != nil {
		t.Errorf("decode: %v", err)
	}
}
