package pagetoken

import "testing"

func TestRoundTrip(t *testing.T) {
	tok := Encode("devices", 429620, 10)
	if off, err := Offset(tok, "devices", 429620); err != nil || off != 10 {
		t.Fatalf("round trip: %d, %v", off, err)
	}
	if off, err := Offset("", "shops", 0); err != nil || off != 0 {
		t.Errorf("no token: %d, %v", off, err)
	}
}

func TestInvalid(t *testing.T) {
	tok := Encode("devices", 429620, 10)
	bad := map[string]string{
		"garbage":              "!!!",
		"not JSON":             "bm90IGpzb24",
		"another list":         Encode("shops", 0, 10),
		"another filter":       Encode("devices", 7921527, 10),
		"offset 0":             token{List: "shops"}.encode(),
		"negative offset":      token{List: "shops", Offset: -10}.encode(),
		"offset past the end":  token{List: "shops", Offset: MaxOffset + 1}.encode(),
		"unknown field":        "eyJsIjoic2hvcHMiLCJvIjoxMCwieCI6MX0", // {"l":"shops","o":10,"x":1}
		"padded":               tok + "==",
		"two JSON values":      "eyJsIjoic2hvcHMiLCJvIjoxMH17fQ", // {"l":"shops","o":10}{}
		"hand-written, spaced": "eyAibCI6InNob3BzIiwibyI6MTB9",   // { "l":"shops","o":10}
	}
	for name, tok := range bad {
		list, filter := "shops", int64(0)
		if name == "another filter" || name == "another list" {
			list, filter = "devices", 429620
		}
		if _, err := Offset(tok, list, filter); err == nil {
			t.Errorf("%s (%q): accepted", name, tok)
		}
	}
}

func TestSize(t *testing.T) {
	for in, want := range map[int32]int{-1: 10, 0: 10, 1: 1, 20: 20, 21: 20, 1 << 30: 20} {
		if got := Size(in, 10, 20); got != want {
			t.Errorf("Size(%d) = %d, want %d", in, got, want)
		}
	}
}
