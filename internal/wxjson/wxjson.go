// Package wxjson decodes WeChat's loosely typed JSON. The same field arrives as a
// number in one answer and as a string in another (a shop_id as 429620 or "-1", a
// poi_id as "472671857", a total_count as "3"), or as null or "" when absent (an
// ssid of a shop without devices). The types here accept every such shape, so that
// a harmless change of WeChat's JSON types does not fail a call, while a value of
// another kind altogether (an object, a word) still does.
package wxjson

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

// Int64 is an integer sent as a JSON number (a whole float too: 4.0, 1e3), as a
// string holding one, or as null or "" (0).
type Int64 int64

func (n *Int64) UnmarshalJSON(b []byte) error {
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
		b = bytes.TrimSpace([]byte(s))
		if len(b) == 0 {
			*n = 0
			return nil
		}
	}
	v, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil {
		f, ferr := strconv.ParseFloat(string(b), 64)
		if ferr != nil || f != float64(int64(f)) {
			return fmt.Errorf("%q is not an integer", b)
		}
		v = int64(f)
	}
	*n = Int64(v)
	return nil
}

// Int32 is an Int64 that must fit 32 bits (counts).
type Int32 int32

func (n *Int32) UnmarshalJSON(b []byte) error {
	var v Int64
	if err := v.UnmarshalJSON(b); err != nil {
		return err
	}
	if int64(int32(v)) != int64(v) {
		return fmt.Errorf("%d does not fit 32 bits", v)
	}
	*n = Int32(v)
	return nil
}

// String is text sent as a JSON string, as a number (its digits), or as null ("").
type String string

func (s *String) UnmarshalJSON(b []byte) error {
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
		*s = String(v)
		return nil
	}
	var num json.Number
	if err := json.Unmarshal(b, &num); err != nil {
		return fmt.Errorf("%s is not a string or a number", b)
	}
	*s = String(num)
	return nil
}

// Strings is a list of String; null is an empty list.
type Strings []String

// Plain returns the list as plain strings, nil when empty.
func (l Strings) Plain() []string {
	if len(l) == 0 {
		return nil
	}
	out := make([]string, len(l))
	for i, s := range l {
		out[i] = string(s)
	}
	return out
}
