package wifi

import "github.com/wxgate/wxgate/internal/pagetoken"

// Page sizes of bizwifi/shop/list and bizwifi/device/list: "每页的个数，默认10个，最大20个"
// (Get_a_Wi-Fi_store_list.html, Query_devices.html).
const (
	defaultPageSize = 10
	maxPageSize     = 20
)

// Lists a page token belongs to.
const (
	listShops   = "shops"
	listDevices = "devices"
)

// pageSize is AIP-158's page_size with WeChat's default and maximum.
func pageSize(requested int32) int { return pagetoken.Size(requested, defaultPageSize, maxPageSize) }

// wechatPage maps "size items from offset" onto WeChat's fixed pages, where page
// pageindex (from 1) of size pagesize holds items (pageindex-1)*pagesize onwards.
// A page must start exactly at offset, so pagesize is the largest size ≤ size that
// divides offset; when the caller keeps its page_size that is size itself, and when
// it changes page_size midway the page may be shorter, which AIP-158 allows.
func wechatPage(offset, size int) (pageindex, pagesize int) {
	pagesize = size
	for offset%pagesize != 0 {
		pagesize--
	}
	return offset/pagesize + 1, pagesize
}

// nextPageToken is the token of the page after a page of pagesize items from
// offset, empty when there is none. WeChat's own signal decides: it answered page
// pageindex of pagecount, so there is a next page while pageindex < pagecount, even
// when this page came back shorter than asked (its pages may be). Only an empty
// page ends the list early (a list that shrank meanwhile cannot make a client
// loop). Without a pagecount, totalcount says the same.
func nextPageToken(list string, shopID int64, offset, pagesize, got int, p PageInfo) string {
	next := offset + pagesize
	more := next < int(p.TotalCount)
	if p.PageCount > 0 {
		more = int(p.PageIndex) < int(p.PageCount)
	}
	if got == 0 || !more || next > pagetoken.MaxOffset {
		return ""
	}
	return pagetoken.Encode(list, shopID, next)
}
