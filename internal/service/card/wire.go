package card

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// flexInt is an integer WeChat may send as a number or as a string of digits.
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
	var v flexInt
	if err := v.UnmarshalJSON(b); err != nil {
		return err
	}
	*n = looseCount(v)
	return nil
}
