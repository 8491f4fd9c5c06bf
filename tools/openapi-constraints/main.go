// Command openapi-constraints writes the protovalidate rules of the REST surface's
// requests into the OpenAPI v2 spec that protoc-gen-openapiv2 made from the same
// protos, which knows google.api.field_behavior but not buf.validate: the required
// fields, string lengths and patterns, number ranges, the enum values a field
// accepts, list sizes and uniqueness. The explorer (/docs), the TypeScript types
// and schemathesis then know what the gateway will refuse.
//
// It reads the protos as a compiled image (FileDescriptorSet) on stdin, from
//
//	buf build -o -#format=binpb | go run ./openapi-constraints ../gen/openapiv2/wxgate.swagger.json
//
// (make generate-go runs it after buf generate) and rewrites the spec in place, in
// the generator's own order and format: run on its own output it changes nothing.
//
// Where a rule lands: an operation (found by protoc-gen-openapiv2's operationId,
// Service_Method, Service_Method2 for a second binding) has its request message's
// fields as path and query parameters (named by their field paths) and as a body
// (the request, the request less its path fields as <Service><Method>Body for
// body "*", or one field). A parameter takes its field's keywords itself; a body
// schema's properties take theirs, and the messages their $refs name are followed,
// so every definition reached from a request is constrained once, whatever name
// the generator gave it. Responses are not followed.
//
// Whether a field is required, and which enum values it takes, is asked of
// protovalidate itself: a field is required when its zero value (what an absent
// field is in proto3) breaks its rules, and an enum value is listed when a message
// holding it breaks none of the field's rules. The other keywords are read from the
// rules. int64 and uint64 fields are JSON strings in the spec (the proto3 JSON
// mapping), where minimum and maximum would say nothing: their bounds become a
// pattern of decimal digits where the bounds allow one (0 or 1 and up), else none.
// What a Swagger 2.0 schema cannot say (message-level CEL rules, required oneofs,
// byte lengths, timestamp bounds, other CEL field rules) is left to the gateway's
// answers; -v lists each such rule.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protodesc"
	"google.golang.org/protobuf/types/descriptorpb"

	// The extensions the image's options are read with: buf.validate and google.api.http.
	_ "buf.build/gen/go/bufbuild/protovalidate/protocolbuffers/go/buf/validate"
	_ "google.golang.org/genproto/googleapis/api/annotations"
)

func main() {
	verbose := flag.Bool("v", false, "list the rules the spec cannot carry")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: buf build -o -#format=binpb | openapi-constraints [-v] SPEC.json")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(os.Stdin, flag.Arg(0), *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "openapi-constraints:", err)
		os.Exit(1)
	}
}

func run(image io.Reader, specPath string, verbose bool) error {
	c, err := constrainFile(image, specPath)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "openapi-constraints: %d operations, %d fields with rules, %d rules the spec cannot carry%s\n",
		c.operations, c.fields, len(c.notes), map[bool]string{true: "", false: " (-v lists them)"}[verbose || len(c.notes) == 0])
	if verbose {
		for _, n := range c.notes {
			fmt.Fprintln(os.Stderr, "  "+n)
		}
	}
	return nil
}

// constrainFile rewrites the spec at specPath with the rules of the image read
// from image, when they change it.
func constrainFile(image io.Reader, specPath string) (*constrainer, error) {
	raw, err := io.ReadAll(image)
	if err != nil {
		return nil, err
	}
	var set descriptorpb.FileDescriptorSet
	if err := proto.Unmarshal(raw, &set); err != nil {
		return nil, fmt.Errorf("the image: %w", err)
	}
	if len(set.GetFile()) == 0 {
		return nil, fmt.Errorf("no image on stdin (buf build -o -#format=binpb | …)")
	}
	files, err := protodesc.NewFiles(&set)
	if err != nil {
		return nil, fmt.Errorf("the image: %w", err)
	}
	in, err := os.ReadFile(specPath)
	if err != nil {
		return nil, err
	}
	spec, err := decodeJSON(bytes.NewReader(in))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", specPath, err)
	}
	root, ok := spec.(*object)
	if !ok {
		return nil, fmt.Errorf("%s: not a JSON object", specPath)
	}
	c, err := newConstrainer(files)
	if err != nil {
		return nil, err
	}
	if err := c.apply(root); err != nil {
		return nil, fmt.Errorf("%s: %w", specPath, err)
	}
	out, err := encodeJSON(root)
	if err != nil {
		return nil, err
	}
	if bytes.Equal(in, out) {
		return c, nil
	}
	return c, os.WriteFile(specPath, out, 0o644)
}
