// Package badrequest makes INVALID_ARGUMENT errors that name the fields at fault,
// with google.rpc.BadRequest details, for the checks a .proto rule cannot express
// (they take the same shape as the protovalidate errors of internal/middleware).
package badrequest

import (
	"fmt"
	"strings"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// Violation is one field at fault: Field is its proto name path (e.g. "pic_list[2]"),
// Description what is wrong with it.
type Violation struct {
	Field, Description string
}

// Field is an error about one field.
func Field(field, description string) error {
	return Fields(Violation{Field: field, Description: description})
}

// Fieldf is Field with a formatted description.
func Fieldf(field, format string, args ...any) error {
	return Field(field, fmt.Sprintf(format, args...))
}

// Fields is an error about several fields; nil when there are none.
func Fields(vs ...Violation) error {
	if len(vs) == 0 {
		return nil
	}
	br := &errdetails.BadRequest{}
	msgs := make([]string, len(vs))
	for i, v := range vs {
		br.FieldViolations = append(br.FieldViolations, &errdetails.BadRequest_FieldViolation{Field: v.Field, Description: v.Description})
		msgs[i] = v.Field + ": " + v.Description
	}
	msg := "invalid request: " + strings.Join(msgs, "; ")
	st, err := status.New(codes.InvalidArgument, msg).WithDetails(br)
	if err != nil {
		return status.Error(codes.InvalidArgument, msg)
	}
	return st.Err()
}
