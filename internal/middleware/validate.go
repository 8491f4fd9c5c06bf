package middleware

import (
	"context"
	"errors"
	"strings"

	"buf.build/go/protovalidate"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// validateUnary checks each request against the protovalidate rules of its .proto
// before the handler runs, so bad input never reaches WeChat.
func validateUnary(v protovalidate.Validator) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, _ *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		if err := validate(v, req); err != nil {
			return nil, err
		}
		return handler(ctx, req)
	}
}

// validateStream checks every message a client streams.
func validateStream(v protovalidate.Validator) grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, _ *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
		return handler(srv, &validatingStream{ServerStream: ss, v: v})
	}
}

type validatingStream struct {
	grpc.ServerStream
	v protovalidate.Validator
}

func (s *validatingStream) RecvMsg(m any) error {
	if err := s.ServerStream.RecvMsg(m); err != nil {
		return err
	}
	return validate(s.v, m)
}

// validate returns INVALID_ARGUMENT naming each bad field, with the standard
// google.rpc.BadRequest (which every gRPC client library reads) and protovalidate's
// own Violations as details.
func validate(v protovalidate.Validator, m any) error {
	msg, ok := m.(proto.Message)
	if !ok {
		return status.Errorf(codes.Internal, "unsupported message type %T", m)
	}
	err := v.Validate(msg)
	var verr *protovalidate.ValidationError
	switch {
	case err == nil:
		return nil
	case !errors.As(err, &verr):
		// A rule that does not compile is the gateway's bug, not the caller's.
		return status.Error(codes.Internal, "request validation failed")
	}
	br := &errdetails.BadRequest{}
	msgs := make([]string, 0, len(verr.Violations))
	for _, viol := range verr.Violations {
		fv := &errdetails.BadRequest_FieldViolation{
			Field:       violationField(viol),
			Description: description(viol),
			Reason:      viol.Proto.GetRuleId(),
		}
		br.FieldViolations = append(br.FieldViolations, fv)
		msgs = append(msgs, fv.Field+": "+fv.Description)
	}
	text := "invalid request: " + strings.Join(msgs, "; ")
	st, derr := status.New(codes.InvalidArgument, text).WithDetails(br, verr.ToProto())
	if derr != nil {
		return status.Error(codes.InvalidArgument, text)
	}
	return st.Err()
}

// description is what a person can act on: a required enum left unset says it is
// required and which values it takes, rather than protovalidate's "must not be in
// list [0]".
func description(v *protovalidate.Violation) string {
	fd := v.FieldDescriptor
	rule := v.Proto.GetRuleId()
	if fd == nil || fd.Kind() != protoreflect.EnumKind || (rule != "enum.not_in" && rule != "enum.defined_only") {
		return v.Proto.GetMessage()
	}
	values := fd.Enum().Values()
	names := make([]string, 0, values.Len())
	for i := range values.Len() {
		if ev := values.Get(i); ev.Number() != 0 || rule == "enum.defined_only" {
			names = append(names, string(ev.Name()))
		}
	}
	if rule == "enum.not_in" && v.FieldValue.IsValid() && v.FieldValue.Enum() == 0 {
		return "is required: one of " + strings.Join(names, ", ")
	}
	return "must be one of " + strings.Join(names, ", ")
}

// violationField names the field a violation is about. Message-level rules (one
// field required depending on another) carry no field path, so their rule ids in our
// .proto files start with the field they are about: "url.required_for_custom".
func violationField(v *protovalidate.Violation) string {
	if f := protovalidate.FieldPathString(v.Proto.GetField()); f != "" {
		return f
	}
	field, _, _ := strings.Cut(v.Proto.GetRuleId(), ".")
	return field
}
