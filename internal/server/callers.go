package server

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"google.golang.org/genproto/googleapis/api/annotations"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	reflectionv1 "google.golang.org/grpc/reflection/grpc_reflection_v1"
	reflectionv1alpha "google.golang.org/grpc/reflection/grpc_reflection_v1alpha"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"

	cardv1 "github.com/wxgate/wxgate/gen/go/wxgate/card/v1"
	jssdkv1 "github.com/wxgate/wxgate/gen/go/wxgate/jssdk/v1"
	portalv1 "github.com/wxgate/wxgate/gen/go/wxgate/portal/v1"
	quotav1 "github.com/wxgate/wxgate/gen/go/wxgate/quota/v1"
	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/callers"
	"github.com/wxgate/wxgate/internal/compat"
	"github.com/wxgate/wxgate/internal/config"
	eventssvc "github.com/wxgate/wxgate/internal/service/events"
	"github.com/wxgate/wxgate/internal/tlsfiles"
)

// explicitMethods hand out a secret, or spend or show what no wildcard rule
// should give away: a caller may call one only if a rule names it exactly, never
// by a wildcard. (Full method names as rules write them: no leading slash.)
var explicitMethods = []string{
	strings.TrimPrefix(wifiv1.WifiService_RegisterPortalDevice_FullMethodName, "/"), // answers the portal secretkey
	// Spends one of the account's 10 clears a month (WeChat's clear_quota).
	strings.TrimPrefix(quotav1.QuotaService_ClearQuota_FullMethodName, "/"),
	// Answers what WeChat logged of another caller's call: its request and answer bodies.
	strings.TrimPrefix(quotav1.QuotaService_GetRidInfo_FullMethodName, "/"),
}

// explicitPaths are the WeChat paths of the same kinds, for the pass-through:
// clear_quota (and its v2, which takes the AppSecret) and the rid lookup, whose
// request_url holds the logged call's access_token (the pass-through removes it
// from every answer, and still a wildcard rule should not hand out other
// callers' requests).
var explicitPaths = []string{"/cgi-bin/clear_quota", "/cgi-bin/clear_quota/v2", "/cgi-bin/openapi/rid/get"}

// newCallers builds the callers of cfg.
func newCallers(cfg config.Config) (*callers.Set, error) {
	return callers.New(cfg, callers.Options{
		ExplicitOnly: slices.Concat(explicitMethods, compat.SecretPaths, explicitPaths),
		BrowserSafe:  browserSafeMethods(),
	})
}

// browserSafeMethods are the methods a browser caller may be allowed: the JS-SDK
// signatures, and the reads, the methods whose REST route is a GET (google.api.http
// in the .proto), so that a publishable key can never change anything.
func browserSafeMethods() []string {
	var out []string
	for _, name := range []string{
		wifiv1.WifiService_ServiceDesc.ServiceName, cardv1.CardService_ServiceDesc.ServiceName,
		storev1.StoreService_ServiceDesc.ServiceName, portalv1.PortalSignService_ServiceDesc.ServiceName,
		jssdkv1.JsSdkService_ServiceDesc.ServiceName,
	} {
		d, err := protoregistry.GlobalFiles.FindDescriptorByName(protoreflect.FullName(name))
		if err != nil {
			panic(err) // the generated packages are linked in: cannot happen
		}
		methods := d.(protoreflect.ServiceDescriptor).Methods()
		for i := range methods.Len() {
			m := methods.Get(i)
			rule, _ := proto.GetExtension(m.Options(), annotations.E_Http).(*annotations.HttpRule)
			if name == jssdkv1.JsSdkService_ServiceDesc.ServiceName || rule.GetGet() != "" {
				out = append(out, name+"/"+string(m.Name()))
			}
		}
	}
	return out
}

// checkExposure refuses to serve without authentication beyond loopback, unless
// the operator said so in as many words (or this is the sandbox, which holds no
// real secret).
func (s *Server) checkExposure(sandbox bool) error {
	if s.cfg.Auth.Mode != config.AuthNone || sandbox || s.cfg.AllLoopback() {
		return nil
	}
	if !s.cfg.Auth.AllowUnauthenticated {
		return fmt.Errorf("refusing to start: listening on %s with auth.mode none would let anyone who reaches these ports act with the accounts' secrets. "+
			"Configure callers (make a key with `gateway keys new --caller NAME` and add the lines it prints under callers:, with auth.mode: keys), "+
			"listen on loopback only, or, if something in front of wxgate authenticates every call, set auth.allow_unauthenticated: true",
			strings.Join(s.cfg.ListenAddrs(), ", "))
	}
	s.log.Warn("UNAUTHENTICATED: auth.mode is none and auth.allow_unauthenticated is true, so anyone who reaches these listeners may call every RPC, for every account",
		"listeners", s.cfg.ListenAddrs())
	return nil
}

// openMethods are the gRPC methods anyone may call: health always, reflection
// when it is served.
func (s *Server) openMethods() []string {
	open := []string{healthpb.Health_Check_FullMethodName, healthpb.Health_Watch_FullMethodName, healthpb.Health_List_FullMethodName}
	if s.cfg.Endpoints.Reflection {
		open = append(open,
			reflectionv1.ServerReflection_ServerReflectionInfo_FullMethodName,
			reflectionv1alpha.ServerReflection_ServerReflectionInfo_FullMethodName)
	}
	return open
}

// pickAccount names the account a call is for, as the services pick it.
func (s *Server) pickAccount(ctx context.Context) (string, error) {
	if m, _ := grpc.Method(ctx); strings.HasPrefix(m, eventssvc.Prefix) {
		return "", nil // the EventService names its account in the request, and checks it
	}
	c, err := s.accounts.Pick(ctx)
	if err != nil {
		return "", err
	}
	return c.Account(), nil
}

// loadTLS reads the listeners' certificate (and client CA) when TLS is configured.
func (s *Server) loadTLS() error {
	if !s.cfg.TLS.Enabled() {
		return nil
	}
	var err error
	s.tls, err = tlsfiles.Load(tlsfiles.Files{
		CertFile: s.cfg.TLS.CertFile, KeyFile: s.cfg.TLS.KeyFile, ClientCAFile: s.cfg.TLS.ClientCAFile,
	}, s.log)
	if err != nil {
		return fmt.Errorf("tls: %w", err)
	}
	return nil
}

// grpcCreds are the gRPC server's transport credentials: TLS (when configured) or
// plaintext. REST calls do not come over it: they take the in-process channel.
func (s *Server) grpcCreds() credentials.TransportCredentials {
	if s.tls != nil {
		return credentials.NewTLS(s.tls.Config("h2"))
	}
	return insecure.NewCredentials()
}

// ReloadCallers makes the callers of cfg (a configuration read again, e.g. on
// SIGHUP) the ones new calls are checked against: added keys work and removed
// keys stop working at once, and rules and quota shares change. Calls in flight
// finish under the callers they started with. Everything else in cfg takes a
// restart; so does a change of auth.mode, which the listeners' TLS depends on.
func (s *Server) ReloadCallers(cfg config.Config) error {
	cfg.ResolveAuth()
	if cfg.Auth.Mode != s.cfg.Auth.Mode {
		return fmt.Errorf("reload: auth.mode %s → %s needs a restart", s.cfg.Auth.Mode, cfg.Auth.Mode)
	}
	for _, c := range cfg.Callers {
		for _, a := range c.Accounts {
			if _, err := s.accounts.ByName(a); a != "*" && err != nil {
				return fmt.Errorf("reload: caller %q: account %q is not one this gateway runs (adding accounts needs a restart)", c.Name, a)
			}
		}
	}
	set, err := newCallers(cfg)
	if err != nil {
		return fmt.Errorf("reload: %w", err)
	}
	s.guard.Swap(set)
	s.log.Info("callers reloaded", "callers", set.Names())
	return nil
}
