package upstream

import (
	"net/http"
	"net/url"
)

// API is one WeChat endpoint.
type API struct {
	// Method is http.MethodGet or http.MethodPost.
	Method string
	// Path is the endpoint's path, e.g. "/bizwifi/qrcode/get". It names the API in
	// rate limits, metrics and logs.
	Path string
	// Idempotent says repeating the call is harmless (a read, or a write WeChat
	// documents as idempotent), so a system-busy answer (errcode -1) or a failed
	// connection may be retried. Other calls are attempted once, because WeChat may
	// have acted on a request whose answer was lost.
	Idempotent bool
	// ErrorKey, when set, is the key holding the error of an answer shaped
	// {"error": …, "data": …} instead of carrying an errcode (/wxa/create_map_poi), or
	// Tencent Map's {"status": …, "message": …} (/wxa/get_district). The errcode is
	// still checked first. See keyedError for the values understood.
	ErrorKey string
	// Query holds query parameters besides the access_token (getticket's type).
	Query url.Values
}

// Get is an idempotent GET endpoint.
func Get(path string) API { return API{Method: http.MethodGet, Path: path, Idempotent: true} }

// Read is a POST endpoint that only reads: safe to repeat.
func Read(path string) API { return API{Method: http.MethodPost, Path: path, Idempotent: true} }

// Write is a POST endpoint that changes state: attempted once (token refreshes aside).
func Write(path string) API { return API{Method: http.MethodPost, Path: path} }
