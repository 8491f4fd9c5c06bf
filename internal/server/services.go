package server

import (
	"context"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/grpc"

	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
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
			grpc: func(g *grpc.Server) { wifiv1.RegisterWifiServiceServer(g, wifi.New(s.accounts)) },
			rest: wifiv1.RegisterWifiServiceHandler,
		},
	}
}
