package store

import "github.com/wxgate/wxgate/internal/pagetoken"

// WeChat's page sizes for get_store_list and getpoilist: limit 0 means 20, and no
// more than 50.
const (
	defaultPageSize = 20
	maxPageSize     = 50
)

// pageSize turns AIP-158's page_size into WeChat's limit: 0 is WeChat's default and
// larger values are coerced down to WeChat's maximum.
func pageSize(n int32) int { return pagetoken.Size(n, defaultPageSize, maxPageSize) }

// nextPageToken is the token of the page after the one at offset with got items of
// total; empty on the last page (or an empty page, so a shrinking list cannot loop).
func nextPageToken(list string, offset, got, total int) string {
	next := offset + got
	if got == 0 || next >= total || next > pagetoken.MaxOffset {
		return ""
	}
	return pagetoken.Encode(list, 0, next)
}
