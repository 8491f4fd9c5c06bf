package server

import (
	"context"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/grpc"

	cardv1 "github.com/wxgate/wxgate/gen/go/wxgate/card/v1"
	eventsv1 "github.com/wxgate/wxgate/gen/go/wxgate/events/v1"
	jssdkv1 "github.com/wxgate/wxgate/gen/go/wxgate/jssdk/v1"
	portalv1 "github.com/wxgate/wxgate/gen/go/wxgate/portal/v1"
	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/service/card"
	"github.com/wxgate/wxgate/internal/service/jssdk"
	portalsvc "github.com/wxgate/wxgate/internal/service/portal"
	"github.com/wxgate/wxgate/internal/service/store"
	"github.com/wxgate/wxgate/internal/service/wifi"
)

// service is one API area: its gRPC implementation and its REST routes.
type service struct {
	name string
	grpc func(*grpc.Server)
	rest func(context.Context, *runtime.ServeMux, *grpc.ClientConn) error
}

// services lists every API area the gateway serves. A new area is one entry here.
func (s *Server) services() []service {
	return []service{
		{
			name: wifiv1.WifiService_ServiceDesc.ServiceName,
			grpc: func(g *grpc.Server) { wifiv1.RegisterWifiServiceServer(g, wifi.New(s.accounts, s.portalSecrets)) },
			rest: wifiv1.RegisterWifiServiceHandler,
		},
		{
			name: portalv1.PortalSignService_ServiceDesc.ServiceName,
			grpc: func(g *grpc.Server) {
				portalv1.RegisterPortalSignServiceServer(g, portalsvc.New(s.accounts, s.portalSecrets, s.portalOptions()...))
			},
			rest: portalv1.RegisterPortalSignServiceHandler,
		},
		{
			name: storev1.StoreService_ServiceDesc.ServiceName,
			grpc: func(g *grpc.Server) {
				storev1.RegisterStoreServiceServer(g, store.New(s.accounts, store.WithClock(s.now)))
			},
			rest: storev1.RegisterStoreServiceHandler,
		},
		{
			name: cardv1.CardService_ServiceDesc.ServiceName,
			grpc: func(g *grpc.Server) { cardv1.RegisterCardServiceServer(g, card.New(s.accounts)) },
			rest: cardv1.RegisterCardServiceHandler,
		},
		{
			name: jssdkv1.JsSdkService_ServiceDesc.ServiceName,
			grpc: func(g *grpc.Server) {
				jssdkv1.RegisterJsSdkServiceServer(g, jssdk.New(s.accounts, jssdk.WithClock(s.now)))
			},
			rest: jssdkv1.RegisterJsSdkServiceHandler,
		},
		{
			name: eventsv1.EventService_ServiceDesc.ServiceName,
			grpc: func(g *grpc.Server) { eventsv1.RegisterEventServiceServer(g, s.events.service) },
			rest: eventsv1.RegisterEventServiceHandler,
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
