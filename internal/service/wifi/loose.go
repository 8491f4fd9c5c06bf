package wifi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

// WeChat's bizwifi answers are loosely typed: a shop_id arrives as 429620 or as
// "-1" (wechatpy tests/fixtures/bizwifi_statistics_list.json), an ssid as null
// (bizwifi_shop_list.json), a poi_id as "285633617" where other answers have
// numbers. The types below accept every such shape, so that a harmless change of
// WeChat's JSON types does not fail a call, while anything that is not a value of
// the kind at all (an object, a word) still does.

// looseInt64 is an integer sent as a JSON number, as a string holding one, or as
// null (0).
type looseInt64 int64

func (n *looseInt64) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" {
		*n = 0
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		b = []byte(s)
	}
	v, err := strconv.ParseInt(string(bytes.TrimSpace(b)), 10, 64)
	if err != nil {
		// A float that is a whole number ("4.0", 4e2) is still the integer.
		f, ferr := strconv.ParseFloat(string(bytes.TrimSpace(b)), 64)
		if ferr != nil || f != float64(int64(f)) {
			return fmt.Errorf("%q is not an integer", b)
		}
		v = int64(f)
	}
	*n = looseInt64(v)
	return nil
}

// looseInt32 is a looseInt64 that must fit an int32 (counts).
type looseInt32 int32

func (n *looseInt32) UnmarshalJSON(b []byte) error {
	var v looseInt64
	if err := v.UnmarshalJSON(b); err != nil {
		return err
	}
	if int64(int32(v)) != int64(v) {
		return fmt.Errorf("%d does not fit 32 bits", v)
	}
	*n = looseInt32(v)
	return nil
}

// looseString is text sent as a JSON string, as a number (its digits), or as null
// ("").
type looseString string

func (s *looseString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null":
		*s = ""
		return nil
	case len(b) > 0 && b[0] == '"':
		var v string
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
		*s = looseString(v)
		return nil
	}
	var num json.Number
	if err := json.Unmarshal(b, &num); err != nil {
		return fmt.Errorf("%s is not a string or a number", b)
	}
	*s = looseString(num)
	return nil
}

// looseStrings is a list of looseString; null is an empty list.
type looseStrings []looseString

// strings returns the list as plain strings, nil when empty.
func (l looseStrings) strings() []string {
	if len(l) == 0 {
		return nil
	}
	out := make([]string, len(l))
	for i, s := range l {
		out[i] = string(s)
	}
	return out
}
