package wifi

import (
	"bytes"
	"encoding/base64"
	"encoding/json"

	"github.com/wxgate/wxgate/internal/badrequest"
)

// Page sizes of bizwifi/shop/list and bizwifi/device/list: "每页的个数，默认10个，最大20个"
// (Get_a_Wi-Fi_store_list.html, Query_devices.html).
const (
	defaultPageSize = 10
	maxPageSize     = 20
)

// maxOffset bounds the offset a page token may name, far past any account's shops
// or devices, so that a forged token cannot make WeChat page numbers overflow.
const maxOffset = 1 << 24

// Lists a page token belongs to.
const (
	listShops   = "shops"
	listDevices = "devices"
)

// pageToken is what a next_page_token holds (AIP-158): the list it continues, the
// position of the next item and the filter the listing started with. It is opaque
// to callers but not secret, and not a security boundary: a token edited to name
// another offset only lists another page of what the caller may list anyway.
type pageToken struct {
	List   string `json:"l"`
	Offset int    `json:"o"`
	ShopID int64  `json:"s,omitempty"`
}

// encode is base64url of the token's JSON.
func (t pageToken) encode() string {
	raw, _ := json.Marshal(t) // three plain fields: never fails
	return base64.RawURLEncoding.EncodeToString(raw)
}

// decodePageToken returns the offset that token continues from, for list with
// filter shopID: 0 for the first page (no token). A token that is not one of ours,
// belongs to another list or filter, or names an impossible offset is
// INVALID_ARGUMENT naming page_token.
func decodePageToken(token, list string, shopID int64) (int, error) {
	if token == "" {
		return 0, nil
	}
	invalid := badrequest.Field("page_token", "not a page token of this list: pass the next_page_token of the previous page unchanged")
	raw, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil {
		return 0, invalid
	}
	var t pageToken
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil || dec.More() {
		return 0, invalid
	}
	// Only tokens this code wrote, byte for byte, are accepted.
	if t.encode() != token || t.List != list || t.Offset <= 0 || t.Offset > maxOffset {
		return 0, invalid
	}
	if t.ShopID != shopID {
		return 0, badrequest.Field("page_token", "the page token belongs to a listing with another shop_id")
	}
	return t.Offset, nil
}

// pageSize is AIP-158's page_size with WeChat's default and maximum.
func pageSize(requested int32) int {
	switch {
	case requested <= 0:
		return defaultPageSize
	case requested > maxPageSize:
		return maxPageSize
	}
	return int(requested)
}

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
// offset that returned got of total items; empty when there is none. A short page
// is the last one, whatever total says, so that a list that shrank meanwhile
// cannot make a client loop.
func nextPageToken(list string, shopID int64, offset, pagesize, got, total int) string {
	next := offset + pagesize
	if got < pagesize || next >= total || next > maxOffset {
		return ""
	}
	return pageToken{List: list, Offset: next, ShopID: shopID}.encode()
}
