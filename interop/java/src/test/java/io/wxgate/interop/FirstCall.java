package io.wxgate.interop;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import io.wxgate.wifi.v1.GetQrcodeRequest;
import io.wxgate.wifi.v1.GetQrcodeResponse;
import io.wxgate.wifi.v1.QrcodeImage;
import io.wxgate.wifi.v1.WifiServiceGrpc;
import java.util.concurrent.TimeUnit;

/** wxgate from Java over gRPC: the README's first call (CI runs this class). */
public final class FirstCall {
  public static void main(String[] args) throws Exception {
    String target = args.length > 0 ? args[0] : "127.0.0.1:9090";
    String key = args.length > 1 ? args[1] : System.getenv("WXGATE_KEY");
    ManagedChannel channel = Grpc.newChannelBuilder(target, InsecureChannelCredentials.create()).build();
    try {
      // The caller's key (from `gateway keys new`), and which configured WeChat account
      // to act for (without x-wxgate-account, the gateway's default).
      Metadata headers = new Metadata();
      headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + key);
      headers.put(Metadata.Key.of("x-wxgate-account", Metadata.ASCII_STRING_MARSHALLER), "default");
      WifiServiceGrpc.WifiServiceBlockingStub wifi = WifiServiceGrpc.newBlockingStub(channel)
          .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));

      GetQrcodeResponse qrcode = wifi.withDeadlineAfter(10, TimeUnit.SECONDS)
          .getQrcode(GetQrcodeRequest.newBuilder()
              .setShopId(429620)
              .setImgId(QrcodeImage.QRCODE_IMAGE_PLAIN)
              .build());
      System.out.println(qrcode.getQrcodeUrl());

      // Errors carry google.rpc details; here a BadRequest: img_id is missing.
      try {
        wifi.withDeadlineAfter(10, TimeUnit.SECONDS)
            .getQrcode(GetQrcodeRequest.newBuilder().setShopId(429620).build());
      } catch (StatusRuntimeException e) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        for (Any detail : status.getDetailsList()) {
          if (detail.is(BadRequest.class)) {
            for (BadRequest.FieldViolation v : detail.unpack(BadRequest.class).getFieldViolationsList()) {
              System.out.println(e.getStatus().getCode() + " " + v.getField() + ": " + v.getDescription());
            }
          }
        }
      }
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}
