package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"google.golang.org/genproto/googleapis/api/annotations"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
)

func TestPathPrefix(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"/v1/wifi/shops/429620/homepage", "v1/wifi"},
		{"/v1/wifi", "v1/wifi"},
		{"/v1/quotas:lookup", "v1/quotas"},
		{"/v1/rids/abc", "v1/rids"},
		{"/v1/cards:batchGet/x", "v1/cards"},
		{"/v1", ""},
		{"/v1/", ""},
		{"//wifi", ""},
		{"/", ""},
		{"", ""},
		{"v1/wifi", ""},
		{"/v1/:verb", ""},
	} {
		if got := pathPrefix(c.path); got != c.want {
			t.Errorf("pathPrefix(%q) = %q, want %q", c.path, got, c.want)
		}
	}
}

// reached is a connection that answers every call with the method it reached, so
// that a test sees where a route led.
type reached struct{}

func (reached) Invoke(_ context.Context, method string, _, _ any, _ ...grpc.CallOption) error {
	return status.Error(codes.Aborted, "reached "+method)
}

func (reached) NewStream(context.Context, *grpc.StreamDesc, string, ...grpc.CallOption) (grpc.ClientStream, error) {
	return nil, status.Error(codes.Unimplemented, "no streams")
}

// TestRESTRouterAnswersAsOneMux: every route of every service (each template with
// its variables filled in), asked with its own method and with others, and paths no
// route has, get the same answer from the router as from one mux with every
// route, and a route reaches its own method.
func TestRESTRouterAnswersAsOneMux(t *testing.T) {
	s := &Server{}
	services := s.services()
	router, err := newRESTRouter(context.Background(), reached{}, services)
	if err != nil {
		t.Fatal(err)
	}
	if len(router.byPrefix) < len(services) {
		t.Fatalf("%d prefixes for %d services: %v", len(router.byPrefix), len(services), router.byPrefix)
	}
	one, err := restMux(context.Background(), reached{}, services)
	if err != nil {
		t.Fatal(err)
	}

	variable := regexp.MustCompile(`\{[^}]*\}`)
	type ask struct{ method, path, want string }
	var asks []ask
	for _, svc := range services {
		d, err := protoregistry.GlobalFiles.FindDescriptorByName(protoreflect.FullName(svc.name))
		if err != nil {
			t.Fatal(err)
		}
		methods := d.(protoreflect.ServiceDescriptor).Methods()
		for i := range methods.Len() {
			m := methods.Get(i)
			rule, _ := proto.GetExtension(m.Options(), annotations.E_Http).(*annotations.HttpRule)
			if rule == nil {
				continue
			}
			for _, rl := range append([]*annotations.HttpRule{rule}, rule.GetAdditionalBindings()...) {
				method, template := httpRoute(rl)
				path := variable.ReplaceAllString(template, "1")
				asks = append(asks, ask{method, path, "reached /" + svc.name + "/" + string(m.Name())})
				for _, other := range []string{http.MethodGet, http.MethodPost, http.MethodDelete, http.MethodPatch} {
					if other != method {
						asks = append(asks, ask{other, path, ""})
					}
				}
			}
		}
	}
	for _, path := range []string{"/v1/wifi", "/v1/wifi/no-such", "/v1/no-such/x", "/v2/wifi/connect-url", "/", "/v1", "/v1/quotas:nosuch"} {
		asks = append(asks, ask{http.MethodGet, path, ""}, ask{http.MethodPost, path, ""})
	}
	for _, a := range asks {
		answer := func(h http.Handler) (int, string) {
			var body *strings.Reader
			if a.method == http.MethodPost || a.method == http.MethodPatch {
				body = strings.NewReader("{}")
			}
			req := httptest.NewRequest(a.method, a.path, nil)
			if body != nil {
				req = httptest.NewRequest(a.method, a.path, body)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			return w.Code, w.Body.String()
		}
		code, body := answer(router)
		wantCode, wantBody := answer(one)
		if code != wantCode || body != wantBody {
			t.Errorf("%s %s: router HTTP %d %s, one mux HTTP %d %s", a.method, a.path, code, body, wantCode, wantBody)
		}
		if a.want != "" && !strings.Contains(body, a.want) {
			t.Errorf("%s %s: HTTP %d %s, want it to have %s", a.method, a.path, code, body, a.want)
		}
	}
	if len(asks) < 200 {
		t.Errorf("only %d requests asked", len(asks))
	}
}
