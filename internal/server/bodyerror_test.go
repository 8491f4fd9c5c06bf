package server_test

import (
	"net/http"
	"testing"
)

// TestBodyErrorsNameTheField: a REST body value protojson cannot read is an
// INVALID_ARGUMENT naming the field as the API does (shop_id, bar_type, not shopId,
// barType), with a google.rpc.BadRequest detail and an enum's accepted names; an
// unknown field is named as sent; nothing reaches WeChat.
func TestBodyErrorsNameTheField(t *testing.T) {
	h := start(t)
	for _, c := range []struct {
		name, method, path, body string
		field, description       string
	}{
		{"bool", http.MethodPost, "/v1/quotas:clear", `{"reset_local_counts": "x"}`, "reset_local_counts", `invalid bool value "x"`},
		{"int64", http.MethodPost, "/v1/portal/sign", `{"shop_id": "abc"}`, "shop_id", `invalid int64 value "abc"`},
		{"enum", http.MethodPut, "/v1/wifi/shops/429620/bar", `{"bar_type": "NO_SUCH"}`, "bar_type",
			`invalid enum value "NO_SUCH", want one of BAR_TYPE_ACCOUNT_NAME, BAR_TYPE_SHOP_NAME`},
		{"camelCase given", http.MethodPut, "/v1/wifi/shops/429620/bar", `{"barType": 7.5}`, "bar_type",
			`invalid enum value 7.5, want one of BAR_TYPE_ACCOUNT_NAME, BAR_TYPE_SHOP_NAME`},
		{"unknown", http.MethodPost, "/v1/quotas:clear", `{"reset_local_counts": true, "nope": 1}`, "nope", "no such field in ClearQuotaRequest or the messages in it"},
	} {
		before := len(h.Sim.Requests())
		code, body := h.REST(c.method, c.path, c.body)
		if code != http.StatusBadRequest || body["code"] != float64(3) {
			t.Errorf("%s: HTTP %d %v, want 400 INVALID_ARGUMENT", c.name, code, body)
			continue
		}
		if msg, _ := body["message"].(string); msg != "invalid request: "+c.field+": "+c.description {
			t.Errorf("%s: message %q", c.name, msg)
		}
		details, _ := body["details"].([]any)
		var v map[string]any
		if len(details) == 1 {
			vs, _ := details[0].(map[string]any)["field_violations"].([]any)
			if len(vs) == 1 {
				v, _ = vs[0].(map[string]any)
			}
		}
		if v["field"] != c.field || v["description"] != c.description {
			t.Errorf("%s: details %v, want one violation of %s", c.name, details, c.field)
		}
		if n := len(h.Sim.Requests()) - before; n != 0 {
			t.Errorf("%s: %d requests reached WeChat", c.name, n)
		}
	}
}
