package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/descriptorpb"
	"google.golang.org/protobuf/types/pluginpb"
)

// generated is testdata/wxtest compiled by buf and turned into a spec by
// protoc-gen-openapiv2 with the options of the repository's buf.gen.yaml: the image
// and the spec as make generate-go has them before this tool runs.
func generated(t *testing.T) (image []byte, spec []byte) {
	t.Helper()
	tools, _ := filepath.Abs("..")
	root := filepath.Dir(tools)
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "wxtest"), os.DirFS("testdata")); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(filepath.Join(dir, "third_party"), os.DirFS(filepath.Join(root, "proto/third_party"))); err != nil {
		t.Fatal(err)
	}
	ws := "version: v2\nmodules:\n  - path: wxtest\n  - path: third_party\n"
	if err := os.WriteFile(filepath.Join(dir, "buf.yaml"), []byte(ws), 0o644); err != nil {
		t.Fatal(err)
	}
	image = run1(t, nil, "go", "-C", tools, "tool", "buf", "build", dir, "-o", "-#format=binpb")

	var set descriptorpb.FileDescriptorSet
	if err := proto.Unmarshal(image, &set); err != nil {
		t.Fatal(err)
	}
	req := &pluginpb.CodeGeneratorRequest{
		FileToGenerate: []string{"wxtest/v1/wxtest.proto"},
		Parameter:      proto.String("allow_merge=true,merge_file_name=wxtest,json_names_for_fields=false,output_format=json,disable_default_errors=false"),
		ProtoFile:      set.GetFile(), // buf orders an image's files imports first, as protoc does
	}
	in, err := proto.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	var resp pluginpb.CodeGeneratorResponse
	if err := proto.Unmarshal(run1(t, in, "go", "-C", root, "tool", "protoc-gen-openapiv2"), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.GetError() != "" || len(resp.GetFile()) != 1 {
		t.Fatalf("protoc-gen-openapiv2: %q, %d files", resp.GetError(), len(resp.GetFile()))
	}
	return image, []byte(resp.GetFile()[0].GetContent())
}

func run1(t *testing.T, stdin []byte, name string, args ...string) []byte {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(stdin), &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, errb.String())
	}
	return out.Bytes()
}

// constrained runs the tool on spec with image, as make generate-go does.
func constrained(t *testing.T, image, spec []byte) ([]byte, *constrainer) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "spec.json")
	if err := os.WriteFile(path, spec, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := constrainFile(bytes.NewReader(image), path)
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return out, c
}

// TestConstraints: each rule of testdata/wxtest lands in the spec where
// grpc-gateway takes the field from (path, query, body "*" less the path fields,
// body of one field, nested messages), as the keyword that says it; what Swagger
// 2.0 cannot say is noted; everything else is left as the generator wrote it; and
// the tool run again changes nothing.
func TestConstraints(t *testing.T) {
	image, spec := generated(t)
	out, c := constrained(t, image, spec)

	var got map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	var before map[string]any
	json.Unmarshal(spec, &before)

	param := func(doc map[string]any, path, method, name string) map[string]any {
		op := doc["paths"].(map[string]any)[path].(map[string]any)[method].(map[string]any)
		for _, p := range op["parameters"].([]any) {
			if p := p.(map[string]any); p["name"] == name {
				return p
			}
		}
		t.Fatalf("%s %s: no parameter %s", method, path, name)
		return nil
	}
	def := func(doc map[string]any, name string) map[string]any {
		d, ok := doc["definitions"].(map[string]any)[name].(map[string]any)
		if !ok {
			t.Fatalf("no definition %s", name)
		}
		return d
	}
	prop := func(doc map[string]any, d, name string) map[string]any {
		return def(doc, d)["properties"].(map[string]any)[name].(map[string]any)
	}
	// want: the keywords a schema gained (or, with a nil value, lost) over the
	// generator's.
	check := func(what string, was, is map[string]any, want map[string]any) {
		t.Helper()
		gained := map[string]any{}
		for k, v := range is {
			if !cmp.Equal(was[k], v) {
				gained[k] = v
			}
		}
		for k := range was {
			if _, ok := is[k]; !ok {
				gained[k] = nil
			}
		}
		if d := cmp.Diff(want, gained); d != "" {
			t.Errorf("%s (-want +got):\n%s", what, d)
		}
	}
	n := func(v float64) any { return v }

	get, upd := "/v1/things/{thing_id}", "/v1/things/{thing_id}"
	for _, tc := range []struct {
		name string
		want map[string]any
	}{
		{"thing_id", map[string]any{"pattern": "^[1-9][0-9]{0,17}$", "x-example": "42"}},
		{"color", map[string]any{"required": true, "enum": []any{"COLOR_RED", "COLOR_BLUE"}, "default": nil}},
		{"name", map[string]any{"required": true, "minLength": n(2), "maxLength": n(8), "x-example": "abc"}},
		{"tags", map[string]any{"maxItems": n(3), "uniqueItems": true,
			"items": map[string]any{"type": "string", "pattern": "^[a-z]+$"}}},
		{"page_size", map[string]any{"minimum": n(0), "maximum": n(100)}},
		{"note", map[string]any{"minLength": n(3)}},    // ignored when empty: not required
		{"at_least", map[string]any{"minimum": n(11)}}, // optional: not required
		{"any_color", map[string]any{}},                // no rules: the zero value stays
	} {
		check("GET parameter "+tc.name, param(before, get, "get", tc.name), param(got, get, "get", tc.name), tc.want)
	}
	for _, binding := range []struct{ path, method, body string }{
		{upd, "patch", "ThingServiceUpdateThingBody"},
		{"/v1/things/{thing_id}:update", "post", "ThingServiceUpdateThingBody"},
	} {
		check("path parameter of "+binding.path, param(before, binding.path, binding.method, "thing_id"),
			param(got, binding.path, binding.method, "thing_id"), map[string]any{"pattern": "^[1-9][0-9]{0,17}$"})
		if ref := param(got, binding.path, binding.method, "body")["schema"].(map[string]any)["$ref"]; ref != "#/definitions/"+binding.body {
			t.Errorf("%s %s: body %v", binding.method, binding.path, ref)
		}
	}
	body := "ThingServiceUpdateThingBody"
	for _, tc := range []struct {
		name string
		want map[string]any
	}{
		{"color", map[string]any{}}, // defined_only: every defined value, 0 too
		{"shade", map[string]any{ // the shared enum definition, inline with the values allowed
			"$ref": nil, "type": "string", "enum": []any{"SHADE_LIGHT", "SHADE_DARK"}, "example": "SHADE_DARK",
			"description": "The shade.\n\n - SHADE_LIGHT: Light.\n - SHADE_DARK: Dark.",
		}},
		{"inner", map[string]any{}}, // a $ref: required, in the list below
		{"ratio", map[string]any{"minimum": n(0), "exclusiveMinimum": true, "maximum": n(1)}},
		{"url", map[string]any{"format": "uri", "pattern": "^(http://|https://)"}},
		{"code", map[string]any{"pattern": "^[A-Z]{3}$"}},
		{"inners", map[string]any{"minItems": n(1)}},
		{"fixed", map[string]any{"enum": []any{"x"}}},
		{"all_or_one", map[string]any{"pattern": "^(-1|0|[1-9][0-9]{0,17})$"}},
		{"small", map[string]any{"maximum": n(4)}},
		{"odd", map[string]any{}}, // CEL of no known form: noted
	} {
		check("body property "+tc.name, prop(before, body, tc.name), prop(got, body, tc.name), tc.want)
	}
	// The gateway refuses unknown fields: every request object is closed, answers not.
	for _, d := range []string{body, "v1Inner", "v1CreateThingRequest"} {
		if v, ok := def(got, d)["additionalProperties"]; !ok || v != false {
			t.Errorf("%s: additionalProperties %v", d, v)
		}
	}
	if _, ok := def(got, "v1Thing")["additionalProperties"]; ok {
		t.Error("the answer's definition is closed")
	}
	if _, ok := def(got, body)["properties"].(map[string]any)["thing_id"]; ok {
		t.Error("the body repeats the path parameter")
	}
	// Required: the fields whose zero value (what proto3 makes of an absent field)
	// breaks their rules, as protovalidate says: shade (0 is not in), inner
	// (required), ratio (0 is not > 0), url ("" is no URI), code, inners (min_items),
	// fixed (const), odd ("" has an even length); not color (defined_only takes 0),
	// all_or_one (0 >= -1) or small.
	wantReq := []any{"shade", "inner", "ratio", "url", "code", "inners", "fixed", "odd"}
	if d := cmp.Diff(wantReq, def(got, body)["required"]); d != "" {
		t.Errorf("required of %s (-want +got):\n%s", body, d)
	}

	// Nested messages, reached from the body and from a body of one field.
	for _, tc := range []struct {
		name string
		want map[string]any
	}{
		{"key", map[string]any{"minLength": n(4), "maxLength": n(4), "example": "abcd"}},
		{"prefixed", map[string]any{"pattern": `^wx_`}},
	} {
		check("Inner."+tc.name, prop(before, "v1Inner", tc.name), prop(got, "v1Inner", tc.name), tc.want)
	}
	if d := cmp.Diff([]any{"key", "prefixed"}, def(got, "v1Inner")["required"]); d != "" {
		t.Errorf("required of v1Inner (-want +got):\n%s", d)
	}
	if ref := param(got, "/v1/things/{thing_id}/inner", "put", "inner")["schema"].(map[string]any)["$ref"]; ref != "#/definitions/v1Inner" {
		t.Errorf("body inner: %v", ref)
	}

	create := "v1CreateThingRequest"
	for _, tc := range []struct {
		name string
		want map[string]any
	}{
		{"name", map[string]any{"enum": []any{"a", "b"}}},
		{"sure", map[string]any{"enum": []any{true}}},
		{"label", map[string]any{}},
		{"counts", map[string]any{"maxProperties": n(2),
			"additionalProperties": map[string]any{"type": "integer", "format": "int32", "minimum": n(1)}}},
	} {
		check("CreateThing "+tc.name, prop(before, create, tc.name), prop(got, create, tc.name), tc.want)
	}
	if d := cmp.Diff([]any{"name", "sure"}, def(got, create)["required"]); d != "" {
		t.Errorf("required of %s (-want +got):\n%s", create, d)
	}
	// The answer's definition is not a request's: left alone.
	if d := cmp.Diff(def(before, "v1Thing"), def(got, "v1Thing")); d != "" {
		t.Errorf("v1Thing changed:\n%s", d)
	}
	// And nothing else changed: the definitions not reached, info, tags.
	for _, k := range []string{"info", "tags", "securityDefinitions"} {
		if d := cmp.Diff(before[k], got[k]); d != "" {
			t.Errorf("%s changed:\n%s", k, d)
		}
	}

	wantNotes := []string{
		"wxtest.v1.UpdateThingRequest: message rule ratio.with_shade (ratio needs a shade)",
		"wxtest.v1.UpdateThingRequest.odd: rule odd (odd length)",
		"wxtest.v1.CreateThingRequest: one of the oneof kind is required",
	}
	if d := cmp.Diff(wantNotes, c.notes); d != "" {
		t.Errorf("notes (-want +got):\n%s", d)
	}

	again, _ := constrained(t, image, out)
	if !bytes.Equal(again, out) {
		t.Error("a second run changed the spec")
	}
}

// TestRoundTrip: the spec is read and written back byte for byte (order, escapes,
// numbers, indentation), so the tool's diff is the constraints alone.
func TestRoundTrip(t *testing.T) {
	for _, path := range []string{"../../gen/openapiv2/wxgate.swagger.json"} {
		in, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		v, err := decodeJSON(bytes.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		out, err := encodeJSON(v)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(in, out) {
			t.Errorf("%s does not come back the same", path)
		}
	}
}

// TestCELPattern: the CEL forms read as patterns, and those that are not.
func TestPortable(t *testing.T) {
	for p, want := range map[string]bool{
		`^[0-9]{1,18}$`:                    true,
		`^(?:[0-9a-f]{2}:){5}[0-9a-f]{2}$`: true,
		`^\P{Han}*$`:                       false, // AddPasswordDevice's password: RE2's Unicode class
		`^\x{4e00}`:                        false,
		`(?i)^wx`:                          false,
		`\Aabc\z`:                          false,
	} {
		if got := portable(p); got != want {
			t.Errorf("portable(%s) = %v, want %v", p, got, want)
		}
	}
}

func TestCELPattern(t *testing.T) {
	for _, tc := range []struct {
		expr, want string
		ok         bool
	}{
		{`this.matches('^[0-9]{3}$')`, `^[0-9]{3}$`, true},
		{`this.startsWith('http://') || this.startsWith('https://')`, `^(http://|https://)`, true},
		{`this.startsWith('a.b')`, `^a\.b`, true},
		{`this.matches('it\'s')`, "", false},
		{`this.startsWith('a') && this.endsWith('b')`, "", false},
		{`size(this) > 2`, "", false},
		{`this.matches('a') || size(this) == 0`, "", false},
	} {
		got, ok := celPattern(tc.expr)
		if got != tc.want || ok != tc.ok {
			t.Errorf("celPattern(%q) = %q, %v; want %q, %v", tc.expr, got, ok, tc.want, tc.ok)
		}
	}
}
