package wechatsim

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"reflect"
	"slices"
	"strings"
)

// input is what a route's call receives once the request has passed the
// access_token and HTTP method checks.
type input struct {
	query       url.Values
	body        []byte
	contentType string
}

// call answers one request: the complete response body, or an error
// (an *apiError becomes {"errcode":N,"errmsg":...}).
type call func(in input) (any, error)

// validator is implemented by request types that need checks on values,
// not just on keys and JSON types (enums, URLs).
type validator interface {
	validate() error
}

// jsonCall adapts a handler taking a JSON body: the body is decoded strictly
// into a new T (see decodeStrict) and validated before fn sees it.
func jsonCall[T any](fn func(*T) (any, error)) call {
	return func(in input) (any, error) {
		req := new(T)
		if err := decodeStrict(in.body, req); err != nil {
			return nil, err
		}
		return fn(req)
	}
}

// noBody adapts a handler that takes no input beyond the access_token.
func noBody(fn func() (any, error)) call {
	return func(input) (any, error) { return fn() }
}

// queryCall adapts a handler that reads query parameters.
func queryCall(fn func(url.Values) (any, error)) call {
	return func(in input) (any, error) { return fn(in.query) }
}

// decodeStrict decodes body into v (a pointer to a struct) the way the
// simulator wants every request checked:
//
//   - an empty body is 44002, a body that is not a JSON object is 47001;
//   - a key that v does not declare, a key whose value is null, or a
//     missing `wx:"required"` key is 40097 naming the key, at any depth;
//   - a value of the wrong JSON type is 40097 naming the key (encoding/json
//     refuses "429620" for an int64 and 1.5 for an int);
//   - finally v's validate method, if it has one, runs.
//
// Keys are matched exactly: unlike encoding/json, "Shop_ID" is not shop_id.
func decodeStrict(body []byte, v any) error {
	if len(bytes.TrimSpace(body)) == 0 {
		return newError(codeEmptyPostData)
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(body, &obj); err != nil || obj == nil {
		return newError(codeDataFormatError)
	}
	if err := checkObject(obj, reflect.TypeOf(v).Elem(), ""); err != nil {
		return err
	}
	if err := json.Unmarshal(body, v); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return typeError(typeErr)
		}
		return newError(codeDataFormatError)
	}
	if val, ok := v.(validator); ok {
		return val.validate()
	}
	return nil
}

// schemaField is one key a request struct declares.
type schemaField struct {
	name     string
	typ      reflect.Type
	required bool
}

// schemaOf lists the keys struct type t declares, in field order.
func schemaOf(t reflect.Type) []schemaField {
	var fields []schemaField
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fields = append(fields, schemaField{name: name, typ: f.Type, required: f.Tag.Get("wx") == "required"})
	}
	return fields
}

// checkObject checks the keys of obj against struct type t: unknown keys and
// nulls first (in key order, so the answer is deterministic), then missing
// required keys. prefix is the path of obj inside the body ("struct.").
func checkObject(obj map[string]json.RawMessage, t reflect.Type, prefix string) error {
	fields := schemaOf(t)
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		path := prefix + k
		i := slices.IndexFunc(fields, func(f schemaField) bool { return f.name == k })
		if i < 0 {
			return invalidArgs("unknown key %q", path)
		}
		if err := checkValue(obj[k], fields[i].typ, path); err != nil {
			return err
		}
	}
	for _, f := range fields {
		if _, ok := obj[f.name]; f.required && !ok {
			return invalidArgs("missing key %q", prefix+f.name)
		}
	}
	return nil
}

// checkValue rejects null and descends into nested objects and arrays of
// objects. Values of the wrong JSON type are left for encoding/json to
// report with its exact type information.
func checkValue(raw json.RawMessage, t reflect.Type, path string) error {
	if string(raw) == "null" {
		return invalidArgs("key %q must not be null", path)
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t.Kind() == reflect.Struct && raw[0] == '{':
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			return newError(codeDataFormatError)
		}
		return checkObject(obj, t, path+".")
	case (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) && t.Elem().Kind() != reflect.Uint8 && raw[0] == '[':
		var elems []json.RawMessage
		if err := json.Unmarshal(raw, &elems); err != nil {
			return newError(codeDataFormatError)
		}
		for i, e := range elems {
			if err := checkValue(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

// typeError turns encoding/json's complaint into a 40097 naming the key.
func typeError(e *json.UnmarshalTypeError) error {
	want := jsonType(e.Type)
	isInt := e.Type.Kind() >= reflect.Int && e.Type.Kind() <= reflect.Uint64
	if got, ok := strings.CutPrefix(e.Value, "number "); ok && isInt {
		// A fraction or an overflow where WeChat documents an integer.
		return invalidArgs("key %q must be an integer, got %s", e.Field, got)
	}
	return invalidArgs("key %q must be a JSON %s, got %s", e.Field, want, e.Value)
}

// jsonType names the JSON type that Go type t decodes from.
func jsonType(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Bool:
		return "boolean"
	case reflect.String:
		return "string"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Slice, reflect.Array:
		return "array"
	default:
		return "object"
	}
}

// checkURL reports whether s is an absolute http(s) URL; key names the
// field in the error.
func checkURL(key, s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return invalidArgs("key %q must be an http(s) URL", key)
	}
	return nil
}
