package wxjson

import (
	"encoding/json"
	"testing"
)

func TestInt64(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		bad  bool
	}{
		{in: `429620`, want: 429620},
		{in: `"429620"`, want: 429620},
		{in: `"-1"`, want: -1}, // statistics/list's shop_id
		{in: `-1`, want: -1},
		{in: `null`, want: 0},
		{in: `" 7 "`, want: 7},
		{in: `1430409600000`, want: 1430409600000}, // statis_time, milliseconds
		{in: `4.0`, want: 4},
		{in: `1e3`, want: 1000},
		{in: `"abc"`, bad: true},
		{in: `""`, want: 0}, // an absent id in the wxa family
		{in: `" "`, want: 0},
		{in: `1.5`, bad: true},
		{in: `"1.5"`, bad: true},
		{in: `true`, bad: true},
		{in: `{}`, bad: true},
		{in: `[1]`, bad: true},
		{in: `99999999999999999999`, bad: true},
	}
	for _, tt := range tests {
		var got Int64
		err := json.Unmarshal([]byte(tt.in), &got)
		switch {
		case tt.bad && err == nil:
			t.Errorf("%s: got %d, want an error", tt.in, got)
		case !tt.bad && (err != nil || int64(got) != tt.want):
			t.Errorf("%s: got %d, %v, want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestInt32(t *testing.T) {
	var n Int32
	if err := json.Unmarshal([]byte(`"2147483647"`), &n); err != nil || n != 2147483647 {
		t.Errorf("max int32: %d, %v", n, err)
	}
	if err := json.Unmarshal([]byte(`2147483648`), &n); err == nil {
		t.Errorf("2147483648 decoded as %d, want an error", n)
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{in: `"WX123"`, want: "WX123"},
		{in: `null`, want: ""}, // shop/list's ssid of a shop without devices
		{in: `285633617`, want: "285633617"},
		{in: `"285633617"`, want: "285633617"},
		{in: `1.5`, want: "1.5"},
		{in: `"\u5357\u5c71\u5e97"`, want: "南山店"},
		{in: `true`, bad: true},
		{in: `{}`, bad: true},
		{in: `["x"]`, bad: true},
	}
	for _, tt := range tests {
		var got String
		err := json.Unmarshal([]byte(tt.in), &got)
		switch {
		case tt.bad && err == nil:
			t.Errorf("%s: got %q, want an error", tt.in, got)
		case !tt.bad && (err != nil || string(got) != tt.want):
			t.Errorf("%s: got %q, %v, want %q", tt.in, got, err, tt.want)
		}
	}
}
