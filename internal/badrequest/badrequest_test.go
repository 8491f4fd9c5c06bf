package badrequest

import (
	"strings"
	"testing"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func TestFields(t *testing.T) {
	if Fields() != nil {
		t.Error("Fields() with no violation is not nil")
	}
	err := Fields(Violation{"nickname", "too short"}, Violation{"pic_list[1]", "not a URL"})
	st := status.Convert(err)
	if st.Code() != codes.InvalidArgument || !strings.Contains(st.Message(), "nickname: too short") || !strings.Contains(st.Message(), "pic_list[1]") {
		t.Fatalf("status = %v", st)
	}
	br, ok := st.Details()[0].(*errdetails.BadRequest)
	if !ok || len(br.GetFieldViolations()) != 2 || br.GetFieldViolations()[1].GetField() != "pic_list[1]" {
		t.Errorf("details = %v", st.Details())
	}
	if got := status.Convert(Fieldf("hour", "want HH:MM-HH:MM, got %q", "9-5")).Message(); !strings.Contains(got, `"9-5"`) {
		t.Errorf("Fieldf message = %q", got)
	}
}
