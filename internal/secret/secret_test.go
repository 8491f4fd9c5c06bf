package secret

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

func TestValueNeverPrints(t *testing.T) {
	v := Value("hunter2")
	holder := struct {
		Name string
		Key  Value
	}{"main", v}
	var b strings.Builder
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d"} {
		fmt.Fprintf(&b, verb+" "+verb+"\n", v, holder)
	}
	fmt.Fprint(&b, v, holder)
	fmt.Fprintln(&b, v, holder)
	slog.New(slog.NewJSONHandler(&b, nil)).Info("x", "holder", holder, "key", v)
	slog.New(slog.NewTextHandler(&b, nil)).Info("x", "holder", holder, "key", v)
	raw, err := json.Marshal(holder)
	if err != nil {
		t.Fatal(err)
	}
	b.Write(raw)
	if strings.Contains(b.String(), "hunter2") || strings.Contains(b.String(), fmt.Sprintf("%x", "hunter2")) {
		t.Errorf("the secret printed:\n%s", b.String())
	}
	if v.Reveal() != "hunter2" {
		t.Errorf("Reveal = %q", v.Reveal())
	}
}

// TestValueDecodes: services decode secrets WeChat answers (e.g. a portal
// secretkey) straight into a Value.
func TestValueDecodes(t *testing.T) {
	var out struct {
		Key Value `json:"secretkey"`
	}
	if err := json.Unmarshal([]byte(`{"secretkey":"hunter2"}`), &out); err != nil || out.Key.Reveal() != "hunter2" {
		t.Errorf("decoded %q, %v", out.Key.Reveal(), err)
	}
}
