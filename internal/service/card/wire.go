package card

import (
	"bytes"
	"encoding/json"

	"github.com/wxgate/wxgate/internal/wxjson"
)

// looseCount is one of code/deposit's succ_code, duplicate_code and fail_code. Seed
// 002 calls them counts (成功个数, 失败个数) but names them like lists of codes, and
// says no more of duplicate_code than that duplicates are filtered: a number, a
// string of digits and a list (counted) are all read as the count. The gateway
// only uses the figure as a hint — checkcode decides what was deposited.
type looseCount int64

func (n *looseCount) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '[' {
		var list []json.RawMessage
		if err := json.Unmarshal(b, &list); err != nil {
			return err
		}
		*n = looseCount(len(list))
		return nil
	}
	var v wxjson.Int64
	if err := v.UnmarshalJSON(b); err != nil {
		return err
	}
	*n = looseCount(v)
	return nil
}
