"""wxgate from Python over gRPC: the README's first call (CI runs this file)."""
import os
import sys

import grpc
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from wxgate.portal.v1 import portal_pb2, portal_pb2_grpc
from wxgate.wifi.v1 import wifi_pb2, wifi_pb2_grpc


def main(target, key):
    # The caller's key (from `gateway keys new`), and which configured WeChat account
    # to act for (without x-wxgate-account, the gateway's default).
    metadata = [("authorization", "Bearer " + key), ("x-wxgate-account", "default")]
    with grpc.insecure_channel(target) as channel:
        wifi = wifi_pb2_grpc.WifiServiceStub(channel)
        shops = wifi.ListShops(wifi_pb2.ListShopsRequest(), metadata=metadata, timeout=10)
        for shop in shops.shops:
            print(shop.shop_id, shop.shop_name)

        # Errors carry google.rpc details; here an ErrorInfo: the shop has no portal key.
        portal = portal_pb2_grpc.PortalSignServiceStub(channel)
        request = portal_pb2.SignRequest(
            shop_id=429620, auth_url="https://auth.example.com/login",
            mac="aa:bb:cc:dd:ee:ff", ssid="shop-wifi")
        try:
            portal.Sign(request, metadata=metadata, timeout=10)
        except grpc.RpcError as err:
            info = error_details_pb2.ErrorInfo()
            for detail in rpc_status.from_call(err).details:
                if detail.Unpack(info):
                    print(err.code().name, info.reason, dict(info.metadata))
            return shops, err.code(), info


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:9090", os.environ["WXGATE_KEY"])
