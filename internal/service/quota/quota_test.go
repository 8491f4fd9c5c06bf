package quota

import "testing"

func TestWithoutToken(t *testing.T) {
	for in, want := range map[string]string{
		"":                                  "",
		"access_token=50_Im7xxxx":           "",
		"access_token=T&type=jsapi":         "type=jsapi",
		"type=jsapi&access_token=T":         "type=jsapi",
		"a=1&access_token=T&b=2":            "a=1&b=2",
		"my_access_token=1&access_token=T":  "my_access_token=1",
		"grant_type=client_credential&x=1":  "grant_type=client_credential&x=1",
		"access_token=&access_token=T&z=26": "z=26",
	} {
		if got := withoutToken(in); got != want {
			t.Errorf("withoutToken(%q) = %q, want %q", in, got, want)
		}
	}
}
