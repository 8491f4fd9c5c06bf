package store

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/wxgate/wxgate/internal/badrequest"
)

// WeChat's page sizes for get_store_list and getpoilist: limit 0 means 20, and no
// more than 50.
const (
	defaultPageSize = 20
	maxPageSize     = 50
)

// pageSize turns AIP-158's page_size into WeChat's limit: 0 is WeChat's default and
// larger values are coerced down to WeChat's maximum.
func pageSize(n int32) int {
	switch {
	case n <= 0:
		return defaultPageSize
	case n > maxPageSize:
		return maxPageSize
	}
	return int(n)
}

// A page token is the offset of the page's first item, tagged with the list it
// belongs to and base64url-encoded, so callers treat it as opaque.

func pageToken(list string, offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(list + ":" + strconv.Itoa(offset)))
}

// pageOffset is the offset a page token stands for; "" is the first page.
func pageOffset(list, token string) (int, error) {
	if token == "" {
		return 0, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(token)
	kind, n, ok := strings.Cut(string(raw), ":")
	offset, perr := strconv.Atoi(n)
	if err != nil || !ok || kind != list || perr != nil || offset < 0 {
		return 0, badrequest.Field("page_token", "not a next_page_token of this list")
	}
	return offset, nil
}

// nextPageToken is the token of the page after the one at offset with got items of
// total; empty on the last page (or an empty page, so a shrinking list cannot loop).
func nextPageToken(list string, offset, got, total int) string {
	if got == 0 || offset+got >= total {
		return ""
	}
	return pageToken(list, offset+got)
}
