package store

import (
	"encoding/json"
)

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
