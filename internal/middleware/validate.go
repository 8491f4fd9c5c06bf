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
	for _, viol := range verr.Violations {
		br.FieldViolations = append(br.FieldViolations, &errdetails.BadRequest_FieldViolation{
			Field:       violationField(viol),
			Description: viol.Proto.GetMessage(),
			Reason:      viol.Proto.GetRuleId(),
		})
	}
	st, derr := status.New(codes.InvalidArgument, verr.Error()).WithDetails(br, verr.ToProto())
	if derr != nil {
		return status.Error(codes.InvalidArgument, verr.Error())
	}
	return st.Err()
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
