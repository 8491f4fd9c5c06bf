package server

import (
	"fmt"
	"net/http"
	"regexp"
	"strings"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/wxgate/wxgate/internal/badrequest"
)

// protojson names a field whose value it cannot read by its JSON name
// (resetLocalCounts); the API's bodies and every other error use the proto name
// (reset_local_counts).
var (
	invalidValue = regexp.MustCompile(`invalid value for (\S+) field (\S+): (.*)$`)
	unknownField = regexp.MustCompile(`unknown field "(.*)"$`)
)

// bodyError is protojson's error about a REST body's field as the gateway's other
// invalid arguments are: the field by its proto name, with a google.rpc.BadRequest
// detail (and an enum's accepted names); nil for an error about no one field.
func bodyError(err error, m proto.Message) error {
	if match := unknownField.FindStringSubmatch(err.Error()); match != nil {
		return badrequest.Field(match[1], "no such field in "+string(m.ProtoReflect().Descriptor().Name())+" or the messages in it")
	}
	match := invalidValue.FindStringSubmatch(err.Error())
	if match == nil {
		return nil
	}
	kind, jsonName, value := match[1], match[2], match[3]
	desc := fmt.Sprintf("invalid %s value %s", kind, value)
	fd := fieldByJSONName(m.ProtoReflect().Descriptor(), jsonName)
	if fd == nil {
		return badrequest.Field(jsonName, desc)
	}
	if e := fd.Enum(); e != nil {
		names := make([]string, 0, e.Values().Len())
		for i := range e.Values().Len() {
			if v := e.Values().Get(i); v.Number() != 0 {
				names = append(names, string(v.Name()))
			}
		}
		desc += ", want one of " + strings.Join(names, ", ")
	}
	return badrequest.Field(string(fd.Name()), desc)
}

// fieldByJSONName finds the field of md, or of a message within it, whose JSON
// name is name: the first one, nearest md first.
func fieldByJSONName(md protoreflect.MessageDescriptor, name string) protoreflect.FieldDescriptor {
	seen := map[protoreflect.FullName]bool{}
	for queue := []protoreflect.MessageDescriptor{md}; len(queue) > 0; queue = queue[1:] {
		m := queue[0]
		if seen[m.FullName()] {
			continue
		}
		seen[m.FullName()] = true
		fields := m.Fields()
		for i := range fields.Len() {
			fd := fields.Get(i)
			if fd.JSONName() == name {
				return fd
			}
			if fd.IsMap() {
				fd = fd.MapValue()
			}
			if sub := fd.Message(); sub != nil {
				queue = append(queue, sub)
			}
		}
	}
	return nil
}

// bodyDecodeError is the field error the REST body of r failed with (bodyError),
// kept by its reader: grpc-gateway hands the error handler only the message.
func bodyDecodeError(r *http.Request) error {
	if b, ok := r.Body.(*cappedBody); ok {
		return b.decodeErr
	}
	return nil
}
