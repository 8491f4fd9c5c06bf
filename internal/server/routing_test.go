package server_test

import (
	"net/http"
	"testing"
)

// TestUnservedMethodIs405: a known REST path asked with a method it does not serve
// is the client's mistake, 405 with a google.rpc.Status body, not grpc-gateway's 501
// (found by the schemathesis run of make openapi-check).
func TestUnservedMethodIs405(t *testing.T) {
	h := start(t)
	for _, c := range []struct{ method, path string }{
		{"TRACE", "/v1/wifi/connect-url"},
		{http.MethodDelete, "/v1/portal/sign"},
		{http.MethodPatch, "/v1/wifi/shops/429620/homepage"},
	} {
		code, body := h.REST(c.method, c.path, "")
		if code != http.StatusMethodNotAllowed {
			t.Errorf("%s %s: HTTP %d %v, want 405", c.method, c.path, code, body)
			continue
		}
		if body["code"] != float64(12) || body["message"] != "Method Not Allowed" || body["details"] == nil {
			t.Errorf("%s %s: body %v, want a google.rpc.Status (code 12 UNIMPLEMENTED)", c.method, c.path, body)
		}
	}
	if code, body := h.REST(http.MethodGet, "/v1/no-such-path", ""); code != http.StatusNotFound || body["code"] != float64(5) {
		t.Errorf("unknown path: HTTP %d %v, want 404 NOT_FOUND", code, body)
	}
}
