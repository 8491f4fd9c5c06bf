package server

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/genproto/googleapis/api/annotations"
	"google.golang.org/grpc"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
)

// restRouter is the REST gateway: grpc-gateway's muxes, one per route prefix (a
// path's first two segments, /v1/wifi, /v1/cards, ...), each holding the routes of
// the services with a route there, and one with every route for any other path.
//
// grpc-gateway tries a method's routes one after another, and each route that
// does not match allocates and goes through errors.As: with every service on one
// mux that was a twelfth of a REST call's CPU. A prefix's mux has the routes that
// could match and answers as the whole one would (a 404, or a 405 for a path
// served with other methods: all of a path's routes share its prefix).
type restRouter struct {
	all      *runtime.ServeMux
	byPrefix map[string]*runtime.ServeMux
}

// newRESTRouter builds the gateway for services, calling gRPC over conn. extra
// are more options for each mux (the server's input checks). Should a route's
// template not start with two literal segments, every path goes to the whole mux.
func newRESTRouter(ctx context.Context, conn grpc.ClientConnInterface, services []service, extra ...runtime.ServeMuxOption) (*restRouter, error) {
	all, err := restMux(ctx, conn, services, extra...)
	if err != nil {
		return nil, err
	}
	r := &restRouter{all: all, byPrefix: map[string]*runtime.ServeMux{}}
	members := map[string][]service{}
	for _, svc := range services {
		prefixes, err := routePrefixes(svc.name)
		if err != nil {
			return nil, fmt.Errorf("rest gateway: %s: %w", svc.name, err)
		}
		if prefixes == nil {
			return &restRouter{all: all}, nil
		}
		for _, p := range prefixes {
			members[p] = append(members[p], svc)
		}
	}
	for p, svcs := range members {
		if r.byPrefix[p], err = restMux(ctx, conn, svcs, extra...); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func (r *restRouter) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	path := req.URL.RawPath // what grpc-gateway matches, as it does
	if path == "" {
		path = req.URL.Path
	}
	if mux, ok := r.byPrefix[pathPrefix(path)]; ok {
		mux.ServeHTTP(w, req)
		return
	}
	r.all.ServeHTTP(w, req)
}

// pathPrefix is a path's first two segments, a verb cut off the second
// ("/v1/quotas:lookup" is "v1/quotas"); "" for a shorter path.
func pathPrefix(path string) string {
	rest, ok := strings.CutPrefix(path, "/")
	if !ok {
		return ""
	}
	first, rest, ok := strings.Cut(rest, "/")
	if !ok {
		return ""
	}
	second, _, _ := strings.Cut(rest, "/")
	second, _, _ = strings.Cut(second, ":")
	if first == "" || second == "" {
		return ""
	}
	return path[1 : 1+len(first)+1+len(second)]
}

// routePrefixes are the prefixes (pathPrefix) of a service's REST routes, from
// their google.api.http rules; nil if one does not start with two literal
// segments.
func routePrefixes(serviceName string) ([]string, error) {
	d, err := protoregistry.GlobalFiles.FindDescriptorByName(protoreflect.FullName(serviceName))
	if err != nil {
		return nil, err
	}
	sd, ok := d.(protoreflect.ServiceDescriptor)
	if !ok {
		return nil, fmt.Errorf("%s is not a service", serviceName)
	}
	seen := map[string]bool{}
	var prefixes []string
	for i := range sd.Methods().Len() {
		rule, _ := proto.GetExtension(sd.Methods().Get(i).Options(), annotations.E_Http).(*annotations.HttpRule)
		if rule == nil {
			continue
		}
		for _, rl := range append([]*annotations.HttpRule{rule}, rule.GetAdditionalBindings()...) {
			_, path := httpRoute(rl)
			p := pathPrefix(path)
			if p == "" || strings.ContainsAny(p, "{}*") {
				return nil, nil
			}
			if !seen[p] {
				seen[p] = true
				prefixes = append(prefixes, p)
			}
		}
	}
	return prefixes, nil
}

// httpRoute is a google.api.http rule's HTTP method and path template.
func httpRoute(r *annotations.HttpRule) (method, path string) {
	switch p := r.GetPattern().(type) {
	case *annotations.HttpRule_Get:
		return http.MethodGet, p.Get
	case *annotations.HttpRule_Put:
		return http.MethodPut, p.Put
	case *annotations.HttpRule_Post:
		return http.MethodPost, p.Post
	case *annotations.HttpRule_Delete:
		return http.MethodDelete, p.Delete
	case *annotations.HttpRule_Patch:
		return http.MethodPatch, p.Patch
	case *annotations.HttpRule_Custom:
		return p.Custom.GetKind(), p.Custom.GetPath()
	}
	return "", ""
}
