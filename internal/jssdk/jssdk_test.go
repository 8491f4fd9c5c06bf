package jssdk

import (
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"sort"
	"testing"
)

// The JS-SDK documentation's 附录1 example (also wechatpy's
// test_jsapi_get_jsapi_signature).
func TestConfigSignatureVector(t *testing.T) {
	got := ConfigSignature("sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg",
		"Wm3WZYTPz0wzccnW", 1414587457, "http://mp.weixin.qq.com?params=value")
	if want := "0f9de62fce790f9a083d5c99e95740ceb90c27ed"; got != want {
		t.Errorf("signature = %s, want %s", got, want)
	}
}

// wechatpy's test_jsapi_get_jsapi_add_card_params, checked against WeChat's card
// signature tool (mp.weixin.qq.com/debug/cgi-bin/sandbox?t=cardsign).
func TestCardExtSignatureVectors(t *testing.T) {
	const ticket = "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg"
	tests := []struct{ code, openid, want string }{
		{"", "", "22dce6bad4db532d4a2ef82ca2ca7bbe1e10ef28"},
		{"random_code", "", "2e9c6d12952246e071717d7baeab20c30420b5cd"},
		{"", "random_openid", "ded860a5dd4467312764bd86e544ad0579cbfad0"},
		{"random_code", "random_openid", "950dc1842852457ea573d4d6af34879c1ec093c8"},
	}
	for _, tt := range tests {
		if got := CardExtSignature(ticket, 1414587457, "random_card_id", tt.code, tt.openid, "Wm3WZYTPz0wzccnW"); got != tt.want {
			t.Errorf("code %q openid %q: %s, want %s", tt.code, tt.openid, got, tt.want)
		}
	}
}

// chooseCard has no published vector: the rule is recomputed here another way
// (sort.Strings, fmt, a hash.Hash) over a WxJava-style parameter list.
func TestChooseCardSignature(t *testing.T) {
	params := []string{"wx_card_ticket", "wx0123456789abcdef", "429620", "1700000000", "abcdefghijklmnop", "pFS7Fjg8kV1IdDz01r4SQwMkuCKc", "CASH"}
	sorted := append([]string(nil), params...)
	sort.Strings(sorted)
	h := sha1.New()
	for _, p := range sorted {
		fmt.Fprint(h, p)
	}
	want := fmt.Sprintf("%x", h.Sum(nil))
	if got := ChooseCardSignature(params[0], params[1], params[2], 1700000000, params[4], params[5], params[6]); got != want {
		t.Errorf("cardSign = %s, want %s", got, want)
	}
}

func TestCardExtJSON(t *testing.T) {
	var got map[string]any
	json.Unmarshal([]byte(CardExt{Timestamp: "1414587457", NonceStr: "n", Signature: "s"}.JSON()), &got)
	if len(got) != 3 || got["timestamp"] != "1414587457" {
		t.Errorf("minimal cardExt = %v: the empty optional fields must be left out, timestamp a string", got)
	}
	json.Unmarshal([]byte(CardExt{Code: "c", Openid: "o", Timestamp: "1", NonceStr: "n", FixedBegintimestamp: 1700000000, OuterStr: "x", Signature: "s"}.JSON()), &got)
	if len(got) != 7 || got["fixed_begintimestamp"] != float64(1700000000) {
		t.Errorf("full cardExt = %v", got)
	}
}

func TestNonce(t *testing.T) {
	a, b := Nonce(), Nonce()
	if len(a) != 16 || a == b {
		t.Errorf("nonces %q %q", a, b)
	}
}
