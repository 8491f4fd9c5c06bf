package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// flexInt is an integer WeChat sends as a number in some answers and as a string of
// digits in others: poi_id "472671857" (wxa), total_count "3" (legacy getpoilist),
// district id "440105" (get_district).
type flexInt int64

func (n *flexInt) UnmarshalJSON(b []byte) error {
	s := string(bytes.TrimSpace(b))
	if s == "null" {
		return nil
	}
	if unq, err := strconv.Unquote(s); err == nil {
		s = strings.TrimSpace(unq)
		if s == "" {
			*n = 0
			return nil
		}
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return fmt.Errorf("%s is not an integer", b)
	}
	*n = flexInt(v)
	return nil
}

// looseStrings is a list WeChat documents only by an empty example ("categories": [],
// "qualification_list": []): strings are kept as they are, anything else as its
// JSON text, so that an unexpected element type does not fail the whole answer.
type looseStrings []string

func (l *looseStrings) UnmarshalJSON(b []byte) error {
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		var one string
		if json.Unmarshal(b, &one) == nil { // a lone string
			*l = looseStrings{one}
			return nil
		}
		return err
	}
	out := make(looseStrings, 0, len(raw))
	for _, r := range raw {
		var s string
		if json.Unmarshal(r, &s) != nil {
			s = string(r)
		}
		out = append(out, s)
	}
	*l = out
	return nil
}
