package server

import (
	"context"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/grpc"

	cardv1 "github.com/wxgate/wxgate/gen/go/wxgate/card/v1"
	eventsv1 "github.com/wxgate/wxgate/gen/go/wxgate/events/v1"
	jssdkv1 "github.com/wxgate/wxgate/gen/go/wxgate/jssdk/v1"
	portalv1 "github.com/wxgate/wxgate/gen/go/wxgate/portal/v1"
	quotav1 "github.com/wxgate/wxgate/gen/go/wxgate/quota/v1"
	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/service/card"
	"github.com/wxgate/wxgate/internal/service/jssdk"
	portalsvc "github.com/wxgate/wxgate/internal/service/portal"
	"github.com/wxgate/wxgate/internal/service/quota"
	"github.com/wxgate/wxgate/internal/service/store"
	"github.com/wxgate/wxgate/internal/service/wifi"
)

// service is one API area: its gRPC implementation and its REST routes.
type service struct {
	name string
	grpc func(grpc.ServiceRegistrar) // the gRPC server, and the REST layer's in-process channel
	rest func(context.Context, *runtime.ServeMux, grpc.ClientConnInterface) error
}

// restRoutes registers a service's REST routes calling it through cc (the
// in-process channel, which runs the interceptors grpc-gateway's own
// RegisterXHandlerClient leaves to the client).
func restRoutes[C any](register func(context.Context, *runtime.ServeMux, C) error, client func(grpc.ClientConnInterface) C) func(context.Context, *runtime.ServeMux, grpc.ClientConnInterface) error {
	return func(ctx context.Context, mux *runtime.ServeMux, cc grpc.ClientConnInterface) error {
		return register(ctx, mux, client(cc))
	}
}

// services lists every API area the gateway serves. A new area is one entry here.
func (s *Server) services() []service {
	return []service{
		{
			name: wifiv1.WifiService_ServiceDesc.ServiceName,
			grpc: func(g grpc.ServiceRegistrar) {
				wifiv1.RegisterWifiServiceServer(g, wifi.New(s.accounts, s.portalSecrets))
			},
			rest: restRoutes(wifiv1.RegisterWifiServiceHandlerClient, wifiv1.NewWifiServiceClient),
		},
		{
			name: portalv1.PortalSignService_ServiceDesc.ServiceName,
			grpc: func(g grpc.ServiceRegistrar) {
				portalv1.RegisterPortalSignServiceServer(g, portalsvc.New(s.accounts, s.portalSecrets, s.portalOptions()...))
			},
			rest: restRoutes(portalv1.RegisterPortalSignServiceHandlerClient, portalv1.NewPortalSignServiceClient),
		},
		{
			name: storev1.StoreService_ServiceDesc.ServiceName,
			grpc: func(g grpc.ServiceRegistrar) {
				storev1.RegisterStoreServiceServer(g, store.New(s.accounts, store.WithClock(s.now)))
			},
			rest: restRoutes(storev1.RegisterStoreServiceHandlerClient, storev1.NewStoreServiceClient),
		},
		{
			name: cardv1.CardService_ServiceDesc.ServiceName,
			grpc: func(g grpc.ServiceRegistrar) { cardv1.RegisterCardServiceServer(g, card.New(s.accounts)) },
			rest: restRoutes(cardv1.RegisterCardServiceHandlerClient, cardv1.NewCardServiceClient),
		},
		{
			name: jssdkv1.JsSdkService_ServiceDesc.ServiceName,
			grpc: func(g grpc.ServiceRegistrar) {
				jssdkv1.RegisterJsSdkServiceServer(g, jssdk.New(s.accounts, jssdk.WithClock(s.now)))
			},
			rest: restRoutes(jssdkv1.RegisterJsSdkServiceHandlerClient, jssdkv1.NewJsSdkServiceClient),
		},
		{
			name: quotav1.QuotaService_ServiceDesc.ServiceName,
			grpc: func(g grpc.ServiceRegistrar) {
				quotav1.RegisterQuotaServiceServer(g, quota.New(s.accounts, s.quotaBook))
			},
			rest: restRoutes(quotav1.RegisterQuotaServiceHandlerClient, quotav1.NewQuotaServiceClient),
		},
		{
			name: eventsv1.EventService_ServiceDesc.ServiceName,
			grpc: func(g grpc.ServiceRegistrar) { eventsv1.RegisterEventServiceServer(g, s.events.service) },
			rest: restRoutes(eventsv1.RegisterEventServiceHandlerClient, eventsv1.NewEventServiceClient),
		},
	}
}

func (s *Server) portalOptions() []portalsvc.Option {
	opts := []portalsvc.Option{portalsvc.WithVerifyWindow(s.cfg.Portal.VerifyWindow)}
	if s.now != nil {
		opts = append(opts, portalsvc.WithClock(s.now))
	}
	return opts
}

// registrars registers a service's one implementation with each of them.
type registrars []grpc.ServiceRegistrar

func (r registrars) RegisterService(desc *grpc.ServiceDesc, impl any) {
	for _, g := range r {
		g.RegisterService(desc, impl)
	}
}
