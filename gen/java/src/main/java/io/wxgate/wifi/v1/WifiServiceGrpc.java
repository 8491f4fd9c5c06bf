package io.wxgate.wifi.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * WifiService is WeChat Wi-Fi (微信连Wi-Fi) for one Official Account: the plugin,
 * shop QR code material, the account's connect URL, the merchant homepage and the
 * top bar text (seed 000), and the rest of the bizwifi family: Wi-Fi shops, password
 * and portal devices, the connected page, statistics and coupon delivery.
 * Sources: seed 000 (微信连Wi-Fi 第三方平台插件开发, 配置连网方式, 商家推广展示主页)
 * for the first six RPCs. The seeds only name the other families; their wire shapes
 * come from wechatpy (wechatpy/client/api/wifi.py and the real WeChat answers in
 * tests/fixtures/bizwifi_*.json), Senparc.Weixin (AdvancedAPIs/WiFi/WiFiApi.cs),
 * ArtisanCloud/PowerWeChat (src/officialAccount/wifi/) and WeChat's own pages under
 * developers.weixin.qq.com/doc/offiaccount/WiFi_via_WeChat/, cited per RPC below.
 * Field names are WeChat's JSON names; where WeChat uses magic numbers the field
 * keeps its name and becomes an enum that the gateway maps to WeChat's value.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class WifiServiceGrpc {

  private WifiServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "wxgate.wifi.v1.WifiService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetPluginTokenRequest,
      io.wxgate.wifi.v1.GetPluginTokenResponse> getGetPluginTokenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPluginToken",
      requestType = io.wxgate.wifi.v1.GetPluginTokenRequest.class,
      responseType = io.wxgate.wifi.v1.GetPluginTokenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetPluginTokenRequest,
      io.wxgate.wifi.v1.GetPluginTokenResponse> getGetPluginTokenMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetPluginTokenRequest, io.wxgate.wifi.v1.GetPluginTokenResponse> getGetPluginTokenMethod;
    if ((getGetPluginTokenMethod = WifiServiceGrpc.getGetPluginTokenMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getGetPluginTokenMethod = WifiServiceGrpc.getGetPluginTokenMethod) == null) {
          WifiServiceGrpc.getGetPluginTokenMethod = getGetPluginTokenMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.GetPluginTokenRequest, io.wxgate.wifi.v1.GetPluginTokenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPluginToken"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.GetPluginTokenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.GetPluginTokenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("GetPluginToken"))
              .build();
        }
      }
    }
    return getGetPluginTokenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetQrcodeRequest,
      io.wxgate.wifi.v1.GetQrcodeResponse> getGetQrcodeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetQrcode",
      requestType = io.wxgate.wifi.v1.GetQrcodeRequest.class,
      responseType = io.wxgate.wifi.v1.GetQrcodeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetQrcodeRequest,
      io.wxgate.wifi.v1.GetQrcodeResponse> getGetQrcodeMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetQrcodeRequest, io.wxgate.wifi.v1.GetQrcodeResponse> getGetQrcodeMethod;
    if ((getGetQrcodeMethod = WifiServiceGrpc.getGetQrcodeMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getGetQrcodeMethod = WifiServiceGrpc.getGetQrcodeMethod) == null) {
          WifiServiceGrpc.getGetQrcodeMethod = getGetQrcodeMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.GetQrcodeRequest, io.wxgate.wifi.v1.GetQrcodeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetQrcode"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.GetQrcodeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.GetQrcodeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("GetQrcode"))
              .build();
        }
      }
    }
    return getGetQrcodeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetConnectUrlRequest,
      io.wxgate.wifi.v1.GetConnectUrlResponse> getGetConnectUrlMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetConnectUrl",
      requestType = io.wxgate.wifi.v1.GetConnectUrlRequest.class,
      responseType = io.wxgate.wifi.v1.GetConnectUrlResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetConnectUrlRequest,
      io.wxgate.wifi.v1.GetConnectUrlResponse> getGetConnectUrlMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetConnectUrlRequest, io.wxgate.wifi.v1.GetConnectUrlResponse> getGetConnectUrlMethod;
    if ((getGetConnectUrlMethod = WifiServiceGrpc.getGetConnectUrlMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getGetConnectUrlMethod = WifiServiceGrpc.getGetConnectUrlMethod) == null) {
          WifiServiceGrpc.getGetConnectUrlMethod = getGetConnectUrlMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.GetConnectUrlRequest, io.wxgate.wifi.v1.GetConnectUrlResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetConnectUrl"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.GetConnectUrlRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.GetConnectUrlResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("GetConnectUrl"))
              .build();
        }
      }
    }
    return getGetConnectUrlMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.SetHomepageRequest,
      io.wxgate.wifi.v1.SetHomepageResponse> getSetHomepageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetHomepage",
      requestType = io.wxgate.wifi.v1.SetHomepageRequest.class,
      responseType = io.wxgate.wifi.v1.SetHomepageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.SetHomepageRequest,
      io.wxgate.wifi.v1.SetHomepageResponse> getSetHomepageMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.SetHomepageRequest, io.wxgate.wifi.v1.SetHomepageResponse> getSetHomepageMethod;
    if ((getSetHomepageMethod = WifiServiceGrpc.getSetHomepageMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getSetHomepageMethod = WifiServiceGrpc.getSetHomepageMethod) == null) {
          WifiServiceGrpc.getSetHomepageMethod = getSetHomepageMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.SetHomepageRequest, io.wxgate.wifi.v1.SetHomepageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetHomepage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.SetHomepageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.SetHomepageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("SetHomepage"))
              .build();
        }
      }
    }
    return getSetHomepageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetHomepageRequest,
      io.wxgate.wifi.v1.GetHomepageResponse> getGetHomepageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetHomepage",
      requestType = io.wxgate.wifi.v1.GetHomepageRequest.class,
      responseType = io.wxgate.wifi.v1.GetHomepageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetHomepageRequest,
      io.wxgate.wifi.v1.GetHomepageResponse> getGetHomepageMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetHomepageRequest, io.wxgate.wifi.v1.GetHomepageResponse> getGetHomepageMethod;
    if ((getGetHomepageMethod = WifiServiceGrpc.getGetHomepageMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getGetHomepageMethod = WifiServiceGrpc.getGetHomepageMethod) == null) {
          WifiServiceGrpc.getGetHomepageMethod = getGetHomepageMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.GetHomepageRequest, io.wxgate.wifi.v1.GetHomepageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetHomepage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.GetHomepageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.GetHomepageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("GetHomepage"))
              .build();
        }
      }
    }
    return getGetHomepageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.SetBarRequest,
      io.wxgate.wifi.v1.SetBarResponse> getSetBarMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetBar",
      requestType = io.wxgate.wifi.v1.SetBarRequest.class,
      responseType = io.wxgate.wifi.v1.SetBarResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.SetBarRequest,
      io.wxgate.wifi.v1.SetBarResponse> getSetBarMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.SetBarRequest, io.wxgate.wifi.v1.SetBarResponse> getSetBarMethod;
    if ((getSetBarMethod = WifiServiceGrpc.getSetBarMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getSetBarMethod = WifiServiceGrpc.getSetBarMethod) == null) {
          WifiServiceGrpc.getSetBarMethod = getSetBarMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.SetBarRequest, io.wxgate.wifi.v1.SetBarResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetBar"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.SetBarRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.SetBarResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("SetBar"))
              .build();
        }
      }
    }
    return getSetBarMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.ListShopsRequest,
      io.wxgate.wifi.v1.ListShopsResponse> getListShopsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListShops",
      requestType = io.wxgate.wifi.v1.ListShopsRequest.class,
      responseType = io.wxgate.wifi.v1.ListShopsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.ListShopsRequest,
      io.wxgate.wifi.v1.ListShopsResponse> getListShopsMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.ListShopsRequest, io.wxgate.wifi.v1.ListShopsResponse> getListShopsMethod;
    if ((getListShopsMethod = WifiServiceGrpc.getListShopsMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getListShopsMethod = WifiServiceGrpc.getListShopsMethod) == null) {
          WifiServiceGrpc.getListShopsMethod = getListShopsMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.ListShopsRequest, io.wxgate.wifi.v1.ListShopsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListShops"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.ListShopsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.ListShopsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("ListShops"))
              .build();
        }
      }
    }
    return getListShopsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetShopRequest,
      io.wxgate.wifi.v1.GetShopResponse> getGetShopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetShop",
      requestType = io.wxgate.wifi.v1.GetShopRequest.class,
      responseType = io.wxgate.wifi.v1.GetShopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetShopRequest,
      io.wxgate.wifi.v1.GetShopResponse> getGetShopMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetShopRequest, io.wxgate.wifi.v1.GetShopResponse> getGetShopMethod;
    if ((getGetShopMethod = WifiServiceGrpc.getGetShopMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getGetShopMethod = WifiServiceGrpc.getGetShopMethod) == null) {
          WifiServiceGrpc.getGetShopMethod = getGetShopMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.GetShopRequest, io.wxgate.wifi.v1.GetShopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetShop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.GetShopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.GetShopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("GetShop"))
              .build();
        }
      }
    }
    return getGetShopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.UpdateShopRequest,
      io.wxgate.wifi.v1.UpdateShopResponse> getUpdateShopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateShop",
      requestType = io.wxgate.wifi.v1.UpdateShopRequest.class,
      responseType = io.wxgate.wifi.v1.UpdateShopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.UpdateShopRequest,
      io.wxgate.wifi.v1.UpdateShopResponse> getUpdateShopMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.UpdateShopRequest, io.wxgate.wifi.v1.UpdateShopResponse> getUpdateShopMethod;
    if ((getUpdateShopMethod = WifiServiceGrpc.getUpdateShopMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getUpdateShopMethod = WifiServiceGrpc.getUpdateShopMethod) == null) {
          WifiServiceGrpc.getUpdateShopMethod = getUpdateShopMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.UpdateShopRequest, io.wxgate.wifi.v1.UpdateShopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateShop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.UpdateShopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.UpdateShopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("UpdateShop"))
              .build();
        }
      }
    }
    return getUpdateShopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.CleanShopRequest,
      io.wxgate.wifi.v1.CleanShopResponse> getCleanShopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CleanShop",
      requestType = io.wxgate.wifi.v1.CleanShopRequest.class,
      responseType = io.wxgate.wifi.v1.CleanShopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.CleanShopRequest,
      io.wxgate.wifi.v1.CleanShopResponse> getCleanShopMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.CleanShopRequest, io.wxgate.wifi.v1.CleanShopResponse> getCleanShopMethod;
    if ((getCleanShopMethod = WifiServiceGrpc.getCleanShopMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getCleanShopMethod = WifiServiceGrpc.getCleanShopMethod) == null) {
          WifiServiceGrpc.getCleanShopMethod = getCleanShopMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.CleanShopRequest, io.wxgate.wifi.v1.CleanShopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CleanShop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.CleanShopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.CleanShopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("CleanShop"))
              .build();
        }
      }
    }
    return getCleanShopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.AddPasswordDeviceRequest,
      io.wxgate.wifi.v1.AddPasswordDeviceResponse> getAddPasswordDeviceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AddPasswordDevice",
      requestType = io.wxgate.wifi.v1.AddPasswordDeviceRequest.class,
      responseType = io.wxgate.wifi.v1.AddPasswordDeviceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.AddPasswordDeviceRequest,
      io.wxgate.wifi.v1.AddPasswordDeviceResponse> getAddPasswordDeviceMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.AddPasswordDeviceRequest, io.wxgate.wifi.v1.AddPasswordDeviceResponse> getAddPasswordDeviceMethod;
    if ((getAddPasswordDeviceMethod = WifiServiceGrpc.getAddPasswordDeviceMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getAddPasswordDeviceMethod = WifiServiceGrpc.getAddPasswordDeviceMethod) == null) {
          WifiServiceGrpc.getAddPasswordDeviceMethod = getAddPasswordDeviceMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.AddPasswordDeviceRequest, io.wxgate.wifi.v1.AddPasswordDeviceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AddPasswordDevice"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.AddPasswordDeviceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.AddPasswordDeviceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("AddPasswordDevice"))
              .build();
        }
      }
    }
    return getAddPasswordDeviceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.RegisterPortalDeviceRequest,
      io.wxgate.wifi.v1.RegisterPortalDeviceResponse> getRegisterPortalDeviceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RegisterPortalDevice",
      requestType = io.wxgate.wifi.v1.RegisterPortalDeviceRequest.class,
      responseType = io.wxgate.wifi.v1.RegisterPortalDeviceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.RegisterPortalDeviceRequest,
      io.wxgate.wifi.v1.RegisterPortalDeviceResponse> getRegisterPortalDeviceMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.RegisterPortalDeviceRequest, io.wxgate.wifi.v1.RegisterPortalDeviceResponse> getRegisterPortalDeviceMethod;
    if ((getRegisterPortalDeviceMethod = WifiServiceGrpc.getRegisterPortalDeviceMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getRegisterPortalDeviceMethod = WifiServiceGrpc.getRegisterPortalDeviceMethod) == null) {
          WifiServiceGrpc.getRegisterPortalDeviceMethod = getRegisterPortalDeviceMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.RegisterPortalDeviceRequest, io.wxgate.wifi.v1.RegisterPortalDeviceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RegisterPortalDevice"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.RegisterPortalDeviceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.RegisterPortalDeviceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("RegisterPortalDevice"))
              .build();
        }
      }
    }
    return getRegisterPortalDeviceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.ListDevicesRequest,
      io.wxgate.wifi.v1.ListDevicesResponse> getListDevicesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListDevices",
      requestType = io.wxgate.wifi.v1.ListDevicesRequest.class,
      responseType = io.wxgate.wifi.v1.ListDevicesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.ListDevicesRequest,
      io.wxgate.wifi.v1.ListDevicesResponse> getListDevicesMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.ListDevicesRequest, io.wxgate.wifi.v1.ListDevicesResponse> getListDevicesMethod;
    if ((getListDevicesMethod = WifiServiceGrpc.getListDevicesMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getListDevicesMethod = WifiServiceGrpc.getListDevicesMethod) == null) {
          WifiServiceGrpc.getListDevicesMethod = getListDevicesMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.ListDevicesRequest, io.wxgate.wifi.v1.ListDevicesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListDevices"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.ListDevicesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.ListDevicesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("ListDevices"))
              .build();
        }
      }
    }
    return getListDevicesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.DeleteDeviceRequest,
      io.wxgate.wifi.v1.DeleteDeviceResponse> getDeleteDeviceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteDevice",
      requestType = io.wxgate.wifi.v1.DeleteDeviceRequest.class,
      responseType = io.wxgate.wifi.v1.DeleteDeviceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.DeleteDeviceRequest,
      io.wxgate.wifi.v1.DeleteDeviceResponse> getDeleteDeviceMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.DeleteDeviceRequest, io.wxgate.wifi.v1.DeleteDeviceResponse> getDeleteDeviceMethod;
    if ((getDeleteDeviceMethod = WifiServiceGrpc.getDeleteDeviceMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getDeleteDeviceMethod = WifiServiceGrpc.getDeleteDeviceMethod) == null) {
          WifiServiceGrpc.getDeleteDeviceMethod = getDeleteDeviceMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.DeleteDeviceRequest, io.wxgate.wifi.v1.DeleteDeviceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteDevice"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.DeleteDeviceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.DeleteDeviceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("DeleteDevice"))
              .build();
        }
      }
    }
    return getDeleteDeviceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.SetFinishPageRequest,
      io.wxgate.wifi.v1.SetFinishPageResponse> getSetFinishPageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetFinishPage",
      requestType = io.wxgate.wifi.v1.SetFinishPageRequest.class,
      responseType = io.wxgate.wifi.v1.SetFinishPageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.SetFinishPageRequest,
      io.wxgate.wifi.v1.SetFinishPageResponse> getSetFinishPageMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.SetFinishPageRequest, io.wxgate.wifi.v1.SetFinishPageResponse> getSetFinishPageMethod;
    if ((getSetFinishPageMethod = WifiServiceGrpc.getSetFinishPageMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getSetFinishPageMethod = WifiServiceGrpc.getSetFinishPageMethod) == null) {
          WifiServiceGrpc.getSetFinishPageMethod = getSetFinishPageMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.SetFinishPageRequest, io.wxgate.wifi.v1.SetFinishPageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetFinishPage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.SetFinishPageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.SetFinishPageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("SetFinishPage"))
              .build();
        }
      }
    }
    return getSetFinishPageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.ListStatisticsRequest,
      io.wxgate.wifi.v1.ListStatisticsResponse> getListStatisticsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListStatistics",
      requestType = io.wxgate.wifi.v1.ListStatisticsRequest.class,
      responseType = io.wxgate.wifi.v1.ListStatisticsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.ListStatisticsRequest,
      io.wxgate.wifi.v1.ListStatisticsResponse> getListStatisticsMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.ListStatisticsRequest, io.wxgate.wifi.v1.ListStatisticsResponse> getListStatisticsMethod;
    if ((getListStatisticsMethod = WifiServiceGrpc.getListStatisticsMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getListStatisticsMethod = WifiServiceGrpc.getListStatisticsMethod) == null) {
          WifiServiceGrpc.getListStatisticsMethod = getListStatisticsMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.ListStatisticsRequest, io.wxgate.wifi.v1.ListStatisticsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListStatistics"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.ListStatisticsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.ListStatisticsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("ListStatistics"))
              .build();
        }
      }
    }
    return getListStatisticsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.SetCouponPutRequest,
      io.wxgate.wifi.v1.SetCouponPutResponse> getSetCouponPutMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetCouponPut",
      requestType = io.wxgate.wifi.v1.SetCouponPutRequest.class,
      responseType = io.wxgate.wifi.v1.SetCouponPutResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.SetCouponPutRequest,
      io.wxgate.wifi.v1.SetCouponPutResponse> getSetCouponPutMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.SetCouponPutRequest, io.wxgate.wifi.v1.SetCouponPutResponse> getSetCouponPutMethod;
    if ((getSetCouponPutMethod = WifiServiceGrpc.getSetCouponPutMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getSetCouponPutMethod = WifiServiceGrpc.getSetCouponPutMethod) == null) {
          WifiServiceGrpc.getSetCouponPutMethod = getSetCouponPutMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.SetCouponPutRequest, io.wxgate.wifi.v1.SetCouponPutResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetCouponPut"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.SetCouponPutRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.SetCouponPutResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("SetCouponPut"))
              .build();
        }
      }
    }
    return getSetCouponPutMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetCouponPutRequest,
      io.wxgate.wifi.v1.GetCouponPutResponse> getGetCouponPutMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCouponPut",
      requestType = io.wxgate.wifi.v1.GetCouponPutRequest.class,
      responseType = io.wxgate.wifi.v1.GetCouponPutResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetCouponPutRequest,
      io.wxgate.wifi.v1.GetCouponPutResponse> getGetCouponPutMethod() {
    io.grpc.MethodDescriptor<io.wxgate.wifi.v1.GetCouponPutRequest, io.wxgate.wifi.v1.GetCouponPutResponse> getGetCouponPutMethod;
    if ((getGetCouponPutMethod = WifiServiceGrpc.getGetCouponPutMethod) == null) {
      synchronized (WifiServiceGrpc.class) {
        if ((getGetCouponPutMethod = WifiServiceGrpc.getGetCouponPutMethod) == null) {
          WifiServiceGrpc.getGetCouponPutMethod = getGetCouponPutMethod =
              io.grpc.MethodDescriptor.<io.wxgate.wifi.v1.GetCouponPutRequest, io.wxgate.wifi.v1.GetCouponPutResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCouponPut"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.GetCouponPutRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.wifi.v1.GetCouponPutResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WifiServiceMethodDescriptorSupplier("GetCouponPut"))
              .build();
        }
      }
    }
    return getGetCouponPutMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static WifiServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WifiServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WifiServiceStub>() {
        @java.lang.Override
        public WifiServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WifiServiceStub(channel, callOptions);
        }
      };
    return WifiServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static WifiServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WifiServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WifiServiceBlockingV2Stub>() {
        @java.lang.Override
        public WifiServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WifiServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return WifiServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static WifiServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WifiServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WifiServiceBlockingStub>() {
        @java.lang.Override
        public WifiServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WifiServiceBlockingStub(channel, callOptions);
        }
      };
    return WifiServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static WifiServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WifiServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WifiServiceFutureStub>() {
        @java.lang.Override
        public WifiServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WifiServiceFutureStub(channel, callOptions);
        }
      };
    return WifiServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * WifiService is WeChat Wi-Fi (微信连Wi-Fi) for one Official Account: the plugin,
   * shop QR code material, the account's connect URL, the merchant homepage and the
   * top bar text (seed 000), and the rest of the bizwifi family: Wi-Fi shops, password
   * and portal devices, the connected page, statistics and coupon delivery.
   * Sources: seed 000 (微信连Wi-Fi 第三方平台插件开发, 配置连网方式, 商家推广展示主页)
   * for the first six RPCs. The seeds only name the other families; their wire shapes
   * come from wechatpy (wechatpy/client/api/wifi.py and the real WeChat answers in
   * tests/fixtures/bizwifi_*.json), Senparc.Weixin (AdvancedAPIs/WiFi/WiFiApi.cs),
   * ArtisanCloud/PowerWeChat (src/officialAccount/wifi/) and WeChat's own pages under
   * developers.weixin.qq.com/doc/offiaccount/WiFi_via_WeChat/, cited per RPC below.
   * Field names are WeChat's JSON names; where WeChat uses magic numbers the field
   * keeps its name and becomes an enum that the gateway maps to WeChat's value.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * GetPluginToken returns the wifi_token a third-party platform needs to open the
     * Wi-Fi plugin page for this account (upstream POST /bizwifi/openplugin/token; the
     * seed says GET but sends a JSON body, so it is a POST).
     * </pre>
     */
    default void getPluginToken(io.wxgate.wifi.v1.GetPluginTokenRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetPluginTokenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPluginTokenMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetQrcode returns the URL of a shop's QR code material (upstream POST
     * /bizwifi/qrcode/get). Only password devices have QR codes.
     * </pre>
     */
    default void getQrcode(io.wxgate.wifi.v1.GetQrcodeRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetQrcodeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetQrcodeMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetConnectUrl returns the account's one-tap connect URL, for the account menu
     * (upstream GET /bizwifi/account/get_connecturl). WeChat only answers for verified
     * accounts whose devices are all password devices.
     * </pre>
     */
    default void getConnectUrl(io.wxgate.wifi.v1.GetConnectUrlRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetConnectUrlResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetConnectUrlMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetHomepage sets the merchant homepage opened from the chat top bar (upstream
     * POST /bizwifi/homepage/set). Only verified service and subscription accounts.
     * </pre>
     */
    default void setHomepage(io.wxgate.wifi.v1.SetHomepageRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.SetHomepageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetHomepageMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetHomepage returns a shop's homepage settings (upstream POST /bizwifi/homepage/get).
     * </pre>
     */
    default void getHomepage(io.wxgate.wifi.v1.GetHomepageRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetHomepageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetHomepageMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetBar chooses what the top bar's "欢迎光临XXX" shows (upstream POST /bizwifi/bar/set).
     * </pre>
     */
    default void setBar(io.wxgate.wifi.v1.SetBarRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.SetBarResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetBarMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListShops lists the account's Wi-Fi shops, a page at a time (upstream POST
     * /bizwifi/shop/list {pageindex, pagesize} → totalcount, pageindex, pagecount,
     * records). Every shop_id of this service comes from here. Shapes: wechatpy
     * list_shops and tests/fixtures/bizwifi_shop_list.json (a real answer, with
     * "ssid": null), WiFi_via_WeChat/Stores_management/Get_a_Wi-Fi_store_list.html.
     * </pre>
     */
    default void listShops(io.wxgate.wifi.v1.ListShopsRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.ListShopsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListShopsMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetShop returns a shop's Wi-Fi settings: networks, device type and count,
     * homepage, top bar and connected page (upstream POST /bizwifi/shop/get). Shapes:
     * wechatpy tests/fixtures/bizwifi_shop_get.json,
     * Stores_management/Query_store_Wi-Fi_information.html, and the finishpage_url of
     * WiFi_mini_programs.html ("查询门店Wi-Fi信息接口"; PowerWeChat response.Shop).
     * </pre>
     */
    default void getShop(io.wxgate.wifi.v1.GetShopRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetShopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetShopMethod(), responseObserver);
    }

    /**
     * <pre>
     * UpdateShop changes a shop network's SSID or password (upstream POST
     * /bizwifi/shop/update {shop_id, old_ssid, ssid, password}). The routers must
     * then be changed to match. Shapes: Stores_management/
     * Modify_the_store_network_information.html, Senparc WiFiApi.ShopUpdate.
     * </pre>
     */
    default void updateShop(io.wxgate.wifi.v1.UpdateShopRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.UpdateShopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateShopMethod(), responseObserver);
    }

    /**
     * <pre>
     * CleanShop removes a shop's network configuration and devices, all of them or
     * those of one SSID (upstream POST /bizwifi/shop/clean {shop_id, ssid}). Shapes:
     * Stores_management/Empty_the_store_network_and_devices.html, PowerWeChat
     * ShopClient.ClearDevice.
     * </pre>
     */
    default void cleanShop(io.wxgate.wifi.v1.CleanShopRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.CleanShopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCleanShopMethod(), responseObserver);
    }

    /**
     * <pre>
     * AddPasswordDevice adds a password network to a shop, which makes the shop a
     * password-device shop (upstream POST /bizwifi/device/add {shop_id, ssid,
     * password}; the bssid of older docs is gone). Shapes:
     * Devices_Management/Adding_password-protected_devices.html, wechatpy
     * tests/fixtures/bizwifi_device_add.json, Senparc WiFiApi.AddDevice.
     * </pre>
     */
    default void addPasswordDevice(io.wxgate.wifi.v1.AddPasswordDeviceRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.AddPasswordDeviceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAddPasswordDeviceMethod(), responseObserver);
    }

    /**
     * <pre>
     * RegisterPortalDevice adds a portal network to a shop and returns its portal
     * secret key, which the caller configures on the routers (upstream POST
     * /bizwifi/apportal/register {shop_id, ssid, reset} → data.secretkey). The gateway
     * also keeps the key in its portal secret store, so that PortalSignService can
     * sign for the shop; this answer is the only place the key leaves the gateway.
     * reset makes WeChat issue a new key and retire the old one. Shapes:
     * Devices_Management/Add_portal_type_device.html, Senparc WiFiApi.WifeRegister.
     * </pre>
     */
    default void registerPortalDevice(io.wxgate.wifi.v1.RegisterPortalDeviceRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.RegisterPortalDeviceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRegisterPortalDeviceMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListDevices lists the account's devices, or one shop's, a page at a time
     * (upstream POST /bizwifi/device/list {pageindex, pagesize, shop_id}). Shapes:
     * wechatpy list_devices and tests/fixtures/bizwifi_device_list.json,
     * Devices_Management/Query_devices.html.
     * </pre>
     */
    default void listDevices(io.wxgate.wifi.v1.ListDevicesRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.ListDevicesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListDevicesMethod(), responseObserver);
    }

    /**
     * <pre>
     * DeleteDevice removes a device by its wireless MAC address (upstream POST
     * /bizwifi/device/delete {bssid}). Shapes: wechatpy delete_device and
     * tests/fixtures/bizwifi_device_delete.json.
     * </pre>
     */
    default void deleteDevice(io.wxgate.wifi.v1.DeleteDeviceRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.DeleteDeviceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteDeviceMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetFinishPage sets the page a user reaches by tapping "完成" once connected
     * (upstream POST /bizwifi/finishpage/set {shop_id, finishpage_url}). GetShop shows
     * it. Shapes: Senparc WiFiApi.SetFinishpage, PowerWeChat Client.SetFinishPage,
     * WiFi_mini_programs.html.
     * </pre>
     */
    default void setFinishPage(io.wxgate.wifi.v1.SetFinishPageRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.SetFinishPageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetFinishPageMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListStatistics returns one row per day of Wi-Fi statistics for a shop or for
     * all shops (upstream POST /bizwifi/statistics/list {begin_date, end_date,
     * shop_id}; WeChat answers statis_time in milliseconds and shop_id sometimes as
     * the string "-1"). The range is at most 30 days. Shapes: wechatpy
     * list_statistics and tests/fixtures/bizwifi_statistics_list.json (a real
     * answer), WiFi_via_WeChat/Wi-Fi_data_statistics.html.
     * </pre>
     */
    default void listStatistics(io.wxgate.wifi.v1.ListStatisticsRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.ListStatisticsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListStatisticsMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetCouponPut sets the card or coupon a shop hands out to users who connect
     * (upstream POST /bizwifi/couponput/set {shop_id, card_id, card_describe,
     * start_time, end_time, card_quantity}; times in seconds). Shapes:
     * Cards/Set_store_card_and_coupon_delivery_information.html, Senparc
     * WiFiApi.SetCouponPut, PowerWeChat request.RequestWifiCardSet.
     * </pre>
     */
    default void setCouponPut(io.wxgate.wifi.v1.SetCouponPutRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.SetCouponPutResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetCouponPutMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetCouponPut returns a shop's card or coupon delivery (upstream POST
     * /bizwifi/couponput/get {shop_id} → shop_id, card_id, card_describe, card_status,
     * start_date, end_date; note the answer says start_date where the request says
     * start_time). Shapes: Cards/Query_the_store_card_and_coupon_delivery_information.html,
     * Senparc WiFiGetCouponPutJsonResult, PowerWeChat response.Device.
     * </pre>
     */
    default void getCouponPut(io.wxgate.wifi.v1.GetCouponPutRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetCouponPutResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCouponPutMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service WifiService.
   * <pre>
   * WifiService is WeChat Wi-Fi (微信连Wi-Fi) for one Official Account: the plugin,
   * shop QR code material, the account's connect URL, the merchant homepage and the
   * top bar text (seed 000), and the rest of the bizwifi family: Wi-Fi shops, password
   * and portal devices, the connected page, statistics and coupon delivery.
   * Sources: seed 000 (微信连Wi-Fi 第三方平台插件开发, 配置连网方式, 商家推广展示主页)
   * for the first six RPCs. The seeds only name the other families; their wire shapes
   * come from wechatpy (wechatpy/client/api/wifi.py and the real WeChat answers in
   * tests/fixtures/bizwifi_*.json), Senparc.Weixin (AdvancedAPIs/WiFi/WiFiApi.cs),
   * ArtisanCloud/PowerWeChat (src/officialAccount/wifi/) and WeChat's own pages under
   * developers.weixin.qq.com/doc/offiaccount/WiFi_via_WeChat/, cited per RPC below.
   * Field names are WeChat's JSON names; where WeChat uses magic numbers the field
   * keeps its name and becomes an enum that the gateway maps to WeChat's value.
   * </pre>
   */
  public static abstract class WifiServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return WifiServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service WifiService.
   * <pre>
   * WifiService is WeChat Wi-Fi (微信连Wi-Fi) for one Official Account: the plugin,
   * shop QR code material, the account's connect URL, the merchant homepage and the
   * top bar text (seed 000), and the rest of the bizwifi family: Wi-Fi shops, password
   * and portal devices, the connected page, statistics and coupon delivery.
   * Sources: seed 000 (微信连Wi-Fi 第三方平台插件开发, 配置连网方式, 商家推广展示主页)
   * for the first six RPCs. The seeds only name the other families; their wire shapes
   * come from wechatpy (wechatpy/client/api/wifi.py and the real WeChat answers in
   * tests/fixtures/bizwifi_*.json), Senparc.Weixin (AdvancedAPIs/WiFi/WiFiApi.cs),
   * ArtisanCloud/PowerWeChat (src/officialAccount/wifi/) and WeChat's own pages under
   * developers.weixin.qq.com/doc/offiaccount/WiFi_via_WeChat/, cited per RPC below.
   * Field names are WeChat's JSON names; where WeChat uses magic numbers the field
   * keeps its name and becomes an enum that the gateway maps to WeChat's value.
   * </pre>
   */
  public static final class WifiServiceStub
      extends io.grpc.stub.AbstractAsyncStub<WifiServiceStub> {
    private WifiServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WifiServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WifiServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetPluginToken returns the wifi_token a third-party platform needs to open the
     * Wi-Fi plugin page for this account (upstream POST /bizwifi/openplugin/token; the
     * seed says GET but sends a JSON body, so it is a POST).
     * </pre>
     */
    public void getPluginToken(io.wxgate.wifi.v1.GetPluginTokenRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetPluginTokenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPluginTokenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetQrcode returns the URL of a shop's QR code material (upstream POST
     * /bizwifi/qrcode/get). Only password devices have QR codes.
     * </pre>
     */
    public void getQrcode(io.wxgate.wifi.v1.GetQrcodeRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetQrcodeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetQrcodeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetConnectUrl returns the account's one-tap connect URL, for the account menu
     * (upstream GET /bizwifi/account/get_connecturl). WeChat only answers for verified
     * accounts whose devices are all password devices.
     * </pre>
     */
    public void getConnectUrl(io.wxgate.wifi.v1.GetConnectUrlRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetConnectUrlResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetConnectUrlMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetHomepage sets the merchant homepage opened from the chat top bar (upstream
     * POST /bizwifi/homepage/set). Only verified service and subscription accounts.
     * </pre>
     */
    public void setHomepage(io.wxgate.wifi.v1.SetHomepageRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.SetHomepageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetHomepageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetHomepage returns a shop's homepage settings (upstream POST /bizwifi/homepage/get).
     * </pre>
     */
    public void getHomepage(io.wxgate.wifi.v1.GetHomepageRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetHomepageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetHomepageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetBar chooses what the top bar's "欢迎光临XXX" shows (upstream POST /bizwifi/bar/set).
     * </pre>
     */
    public void setBar(io.wxgate.wifi.v1.SetBarRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.SetBarResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetBarMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListShops lists the account's Wi-Fi shops, a page at a time (upstream POST
     * /bizwifi/shop/list {pageindex, pagesize} → totalcount, pageindex, pagecount,
     * records). Every shop_id of this service comes from here. Shapes: wechatpy
     * list_shops and tests/fixtures/bizwifi_shop_list.json (a real answer, with
     * "ssid": null), WiFi_via_WeChat/Stores_management/Get_a_Wi-Fi_store_list.html.
     * </pre>
     */
    public void listShops(io.wxgate.wifi.v1.ListShopsRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.ListShopsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListShopsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetShop returns a shop's Wi-Fi settings: networks, device type and count,
     * homepage, top bar and connected page (upstream POST /bizwifi/shop/get). Shapes:
     * wechatpy tests/fixtures/bizwifi_shop_get.json,
     * Stores_management/Query_store_Wi-Fi_information.html, and the finishpage_url of
     * WiFi_mini_programs.html ("查询门店Wi-Fi信息接口"; PowerWeChat response.Shop).
     * </pre>
     */
    public void getShop(io.wxgate.wifi.v1.GetShopRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetShopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetShopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * UpdateShop changes a shop network's SSID or password (upstream POST
     * /bizwifi/shop/update {shop_id, old_ssid, ssid, password}). The routers must
     * then be changed to match. Shapes: Stores_management/
     * Modify_the_store_network_information.html, Senparc WiFiApi.ShopUpdate.
     * </pre>
     */
    public void updateShop(io.wxgate.wifi.v1.UpdateShopRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.UpdateShopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateShopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CleanShop removes a shop's network configuration and devices, all of them or
     * those of one SSID (upstream POST /bizwifi/shop/clean {shop_id, ssid}). Shapes:
     * Stores_management/Empty_the_store_network_and_devices.html, PowerWeChat
     * ShopClient.ClearDevice.
     * </pre>
     */
    public void cleanShop(io.wxgate.wifi.v1.CleanShopRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.CleanShopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCleanShopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * AddPasswordDevice adds a password network to a shop, which makes the shop a
     * password-device shop (upstream POST /bizwifi/device/add {shop_id, ssid,
     * password}; the bssid of older docs is gone). Shapes:
     * Devices_Management/Adding_password-protected_devices.html, wechatpy
     * tests/fixtures/bizwifi_device_add.json, Senparc WiFiApi.AddDevice.
     * </pre>
     */
    public void addPasswordDevice(io.wxgate.wifi.v1.AddPasswordDeviceRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.AddPasswordDeviceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAddPasswordDeviceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RegisterPortalDevice adds a portal network to a shop and returns its portal
     * secret key, which the caller configures on the routers (upstream POST
     * /bizwifi/apportal/register {shop_id, ssid, reset} → data.secretkey). The gateway
     * also keeps the key in its portal secret store, so that PortalSignService can
     * sign for the shop; this answer is the only place the key leaves the gateway.
     * reset makes WeChat issue a new key and retire the old one. Shapes:
     * Devices_Management/Add_portal_type_device.html, Senparc WiFiApi.WifeRegister.
     * </pre>
     */
    public void registerPortalDevice(io.wxgate.wifi.v1.RegisterPortalDeviceRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.RegisterPortalDeviceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRegisterPortalDeviceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListDevices lists the account's devices, or one shop's, a page at a time
     * (upstream POST /bizwifi/device/list {pageindex, pagesize, shop_id}). Shapes:
     * wechatpy list_devices and tests/fixtures/bizwifi_device_list.json,
     * Devices_Management/Query_devices.html.
     * </pre>
     */
    public void listDevices(io.wxgate.wifi.v1.ListDevicesRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.ListDevicesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListDevicesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DeleteDevice removes a device by its wireless MAC address (upstream POST
     * /bizwifi/device/delete {bssid}). Shapes: wechatpy delete_device and
     * tests/fixtures/bizwifi_device_delete.json.
     * </pre>
     */
    public void deleteDevice(io.wxgate.wifi.v1.DeleteDeviceRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.DeleteDeviceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteDeviceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetFinishPage sets the page a user reaches by tapping "完成" once connected
     * (upstream POST /bizwifi/finishpage/set {shop_id, finishpage_url}). GetShop shows
     * it. Shapes: Senparc WiFiApi.SetFinishpage, PowerWeChat Client.SetFinishPage,
     * WiFi_mini_programs.html.
     * </pre>
     */
    public void setFinishPage(io.wxgate.wifi.v1.SetFinishPageRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.SetFinishPageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetFinishPageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListStatistics returns one row per day of Wi-Fi statistics for a shop or for
     * all shops (upstream POST /bizwifi/statistics/list {begin_date, end_date,
     * shop_id}; WeChat answers statis_time in milliseconds and shop_id sometimes as
     * the string "-1"). The range is at most 30 days. Shapes: wechatpy
     * list_statistics and tests/fixtures/bizwifi_statistics_list.json (a real
     * answer), WiFi_via_WeChat/Wi-Fi_data_statistics.html.
     * </pre>
     */
    public void listStatistics(io.wxgate.wifi.v1.ListStatisticsRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.ListStatisticsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListStatisticsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetCouponPut sets the card or coupon a shop hands out to users who connect
     * (upstream POST /bizwifi/couponput/set {shop_id, card_id, card_describe,
     * start_time, end_time, card_quantity}; times in seconds). Shapes:
     * Cards/Set_store_card_and_coupon_delivery_information.html, Senparc
     * WiFiApi.SetCouponPut, PowerWeChat request.RequestWifiCardSet.
     * </pre>
     */
    public void setCouponPut(io.wxgate.wifi.v1.SetCouponPutRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.SetCouponPutResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetCouponPutMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetCouponPut returns a shop's card or coupon delivery (upstream POST
     * /bizwifi/couponput/get {shop_id} → shop_id, card_id, card_describe, card_status,
     * start_date, end_date; note the answer says start_date where the request says
     * start_time). Shapes: Cards/Query_the_store_card_and_coupon_delivery_information.html,
     * Senparc WiFiGetCouponPutJsonResult, PowerWeChat response.Device.
     * </pre>
     */
    public void getCouponPut(io.wxgate.wifi.v1.GetCouponPutRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetCouponPutResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCouponPutMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service WifiService.
   * <pre>
   * WifiService is WeChat Wi-Fi (微信连Wi-Fi) for one Official Account: the plugin,
   * shop QR code material, the account's connect URL, the merchant homepage and the
   * top bar text (seed 000), and the rest of the bizwifi family: Wi-Fi shops, password
   * and portal devices, the connected page, statistics and coupon delivery.
   * Sources: seed 000 (微信连Wi-Fi 第三方平台插件开发, 配置连网方式, 商家推广展示主页)
   * for the first six RPCs. The seeds only name the other families; their wire shapes
   * come from wechatpy (wechatpy/client/api/wifi.py and the real WeChat answers in
   * tests/fixtures/bizwifi_*.json), Senparc.Weixin (AdvancedAPIs/WiFi/WiFiApi.cs),
   * ArtisanCloud/PowerWeChat (src/officialAccount/wifi/) and WeChat's own pages under
   * developers.weixin.qq.com/doc/offiaccount/WiFi_via_WeChat/, cited per RPC below.
   * Field names are WeChat's JSON names; where WeChat uses magic numbers the field
   * keeps its name and becomes an enum that the gateway maps to WeChat's value.
   * </pre>
   */
  public static final class WifiServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<WifiServiceBlockingV2Stub> {
    private WifiServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WifiServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WifiServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * GetPluginToken returns the wifi_token a third-party platform needs to open the
     * Wi-Fi plugin page for this account (upstream POST /bizwifi/openplugin/token; the
     * seed says GET but sends a JSON body, so it is a POST).
     * </pre>
     */
    public io.wxgate.wifi.v1.GetPluginTokenResponse getPluginToken(io.wxgate.wifi.v1.GetPluginTokenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetPluginTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetQrcode returns the URL of a shop's QR code material (upstream POST
     * /bizwifi/qrcode/get). Only password devices have QR codes.
     * </pre>
     */
    public io.wxgate.wifi.v1.GetQrcodeResponse getQrcode(io.wxgate.wifi.v1.GetQrcodeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetQrcodeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetConnectUrl returns the account's one-tap connect URL, for the account menu
     * (upstream GET /bizwifi/account/get_connecturl). WeChat only answers for verified
     * accounts whose devices are all password devices.
     * </pre>
     */
    public io.wxgate.wifi.v1.GetConnectUrlResponse getConnectUrl(io.wxgate.wifi.v1.GetConnectUrlRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetConnectUrlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetHomepage sets the merchant homepage opened from the chat top bar (upstream
     * POST /bizwifi/homepage/set). Only verified service and subscription accounts.
     * </pre>
     */
    public io.wxgate.wifi.v1.SetHomepageResponse setHomepage(io.wxgate.wifi.v1.SetHomepageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetHomepageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetHomepage returns a shop's homepage settings (upstream POST /bizwifi/homepage/get).
     * </pre>
     */
    public io.wxgate.wifi.v1.GetHomepageResponse getHomepage(io.wxgate.wifi.v1.GetHomepageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetHomepageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetBar chooses what the top bar's "欢迎光临XXX" shows (upstream POST /bizwifi/bar/set).
     * </pre>
     */
    public io.wxgate.wifi.v1.SetBarResponse setBar(io.wxgate.wifi.v1.SetBarRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetBarMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListShops lists the account's Wi-Fi shops, a page at a time (upstream POST
     * /bizwifi/shop/list {pageindex, pagesize} → totalcount, pageindex, pagecount,
     * records). Every shop_id of this service comes from here. Shapes: wechatpy
     * list_shops and tests/fixtures/bizwifi_shop_list.json (a real answer, with
     * "ssid": null), WiFi_via_WeChat/Stores_management/Get_a_Wi-Fi_store_list.html.
     * </pre>
     */
    public io.wxgate.wifi.v1.ListShopsResponse listShops(io.wxgate.wifi.v1.ListShopsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListShopsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetShop returns a shop's Wi-Fi settings: networks, device type and count,
     * homepage, top bar and connected page (upstream POST /bizwifi/shop/get). Shapes:
     * wechatpy tests/fixtures/bizwifi_shop_get.json,
     * Stores_management/Query_store_Wi-Fi_information.html, and the finishpage_url of
     * WiFi_mini_programs.html ("查询门店Wi-Fi信息接口"; PowerWeChat response.Shop).
     * </pre>
     */
    public io.wxgate.wifi.v1.GetShopResponse getShop(io.wxgate.wifi.v1.GetShopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetShopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UpdateShop changes a shop network's SSID or password (upstream POST
     * /bizwifi/shop/update {shop_id, old_ssid, ssid, password}). The routers must
     * then be changed to match. Shapes: Stores_management/
     * Modify_the_store_network_information.html, Senparc WiFiApi.ShopUpdate.
     * </pre>
     */
    public io.wxgate.wifi.v1.UpdateShopResponse updateShop(io.wxgate.wifi.v1.UpdateShopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateShopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CleanShop removes a shop's network configuration and devices, all of them or
     * those of one SSID (upstream POST /bizwifi/shop/clean {shop_id, ssid}). Shapes:
     * Stores_management/Empty_the_store_network_and_devices.html, PowerWeChat
     * ShopClient.ClearDevice.
     * </pre>
     */
    public io.wxgate.wifi.v1.CleanShopResponse cleanShop(io.wxgate.wifi.v1.CleanShopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCleanShopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AddPasswordDevice adds a password network to a shop, which makes the shop a
     * password-device shop (upstream POST /bizwifi/device/add {shop_id, ssid,
     * password}; the bssid of older docs is gone). Shapes:
     * Devices_Management/Adding_password-protected_devices.html, wechatpy
     * tests/fixtures/bizwifi_device_add.json, Senparc WiFiApi.AddDevice.
     * </pre>
     */
    public io.wxgate.wifi.v1.AddPasswordDeviceResponse addPasswordDevice(io.wxgate.wifi.v1.AddPasswordDeviceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAddPasswordDeviceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RegisterPortalDevice adds a portal network to a shop and returns its portal
     * secret key, which the caller configures on the routers (upstream POST
     * /bizwifi/apportal/register {shop_id, ssid, reset} → data.secretkey). The gateway
     * also keeps the key in its portal secret store, so that PortalSignService can
     * sign for the shop; this answer is the only place the key leaves the gateway.
     * reset makes WeChat issue a new key and retire the old one. Shapes:
     * Devices_Management/Add_portal_type_device.html, Senparc WiFiApi.WifeRegister.
     * </pre>
     */
    public io.wxgate.wifi.v1.RegisterPortalDeviceResponse registerPortalDevice(io.wxgate.wifi.v1.RegisterPortalDeviceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRegisterPortalDeviceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListDevices lists the account's devices, or one shop's, a page at a time
     * (upstream POST /bizwifi/device/list {pageindex, pagesize, shop_id}). Shapes:
     * wechatpy list_devices and tests/fixtures/bizwifi_device_list.json,
     * Devices_Management/Query_devices.html.
     * </pre>
     */
    public io.wxgate.wifi.v1.ListDevicesResponse listDevices(io.wxgate.wifi.v1.ListDevicesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListDevicesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteDevice removes a device by its wireless MAC address (upstream POST
     * /bizwifi/device/delete {bssid}). Shapes: wechatpy delete_device and
     * tests/fixtures/bizwifi_device_delete.json.
     * </pre>
     */
    public io.wxgate.wifi.v1.DeleteDeviceResponse deleteDevice(io.wxgate.wifi.v1.DeleteDeviceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteDeviceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetFinishPage sets the page a user reaches by tapping "完成" once connected
     * (upstream POST /bizwifi/finishpage/set {shop_id, finishpage_url}). GetShop shows
     * it. Shapes: Senparc WiFiApi.SetFinishpage, PowerWeChat Client.SetFinishPage,
     * WiFi_mini_programs.html.
     * </pre>
     */
    public io.wxgate.wifi.v1.SetFinishPageResponse setFinishPage(io.wxgate.wifi.v1.SetFinishPageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetFinishPageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListStatistics returns one row per day of Wi-Fi statistics for a shop or for
     * all shops (upstream POST /bizwifi/statistics/list {begin_date, end_date,
     * shop_id}; WeChat answers statis_time in milliseconds and shop_id sometimes as
     * the string "-1"). The range is at most 30 days. Shapes: wechatpy
     * list_statistics and tests/fixtures/bizwifi_statistics_list.json (a real
     * answer), WiFi_via_WeChat/Wi-Fi_data_statistics.html.
     * </pre>
     */
    public io.wxgate.wifi.v1.ListStatisticsResponse listStatistics(io.wxgate.wifi.v1.ListStatisticsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListStatisticsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetCouponPut sets the card or coupon a shop hands out to users who connect
     * (upstream POST /bizwifi/couponput/set {shop_id, card_id, card_describe,
     * start_time, end_time, card_quantity}; times in seconds). Shapes:
     * Cards/Set_store_card_and_coupon_delivery_information.html, Senparc
     * WiFiApi.SetCouponPut, PowerWeChat request.RequestWifiCardSet.
     * </pre>
     */
    public io.wxgate.wifi.v1.SetCouponPutResponse setCouponPut(io.wxgate.wifi.v1.SetCouponPutRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetCouponPutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetCouponPut returns a shop's card or coupon delivery (upstream POST
     * /bizwifi/couponput/get {shop_id} → shop_id, card_id, card_describe, card_status,
     * start_date, end_date; note the answer says start_date where the request says
     * start_time). Shapes: Cards/Query_the_store_card_and_coupon_delivery_information.html,
     * Senparc WiFiGetCouponPutJsonResult, PowerWeChat response.Device.
     * </pre>
     */
    public io.wxgate.wifi.v1.GetCouponPutResponse getCouponPut(io.wxgate.wifi.v1.GetCouponPutRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetCouponPutMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service WifiService.
   * <pre>
   * WifiService is WeChat Wi-Fi (微信连Wi-Fi) for one Official Account: the plugin,
   * shop QR code material, the account's connect URL, the merchant homepage and the
   * top bar text (seed 000), and the rest of the bizwifi family: Wi-Fi shops, password
   * and portal devices, the connected page, statistics and coupon delivery.
   * Sources: seed 000 (微信连Wi-Fi 第三方平台插件开发, 配置连网方式, 商家推广展示主页)
   * for the first six RPCs. The seeds only name the other families; their wire shapes
   * come from wechatpy (wechatpy/client/api/wifi.py and the real WeChat answers in
   * tests/fixtures/bizwifi_*.json), Senparc.Weixin (AdvancedAPIs/WiFi/WiFiApi.cs),
   * ArtisanCloud/PowerWeChat (src/officialAccount/wifi/) and WeChat's own pages under
   * developers.weixin.qq.com/doc/offiaccount/WiFi_via_WeChat/, cited per RPC below.
   * Field names are WeChat's JSON names; where WeChat uses magic numbers the field
   * keeps its name and becomes an enum that the gateway maps to WeChat's value.
   * </pre>
   */
  public static final class WifiServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<WifiServiceBlockingStub> {
    private WifiServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WifiServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WifiServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetPluginToken returns the wifi_token a third-party platform needs to open the
     * Wi-Fi plugin page for this account (upstream POST /bizwifi/openplugin/token; the
     * seed says GET but sends a JSON body, so it is a POST).
     * </pre>
     */
    public io.wxgate.wifi.v1.GetPluginTokenResponse getPluginToken(io.wxgate.wifi.v1.GetPluginTokenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPluginTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetQrcode returns the URL of a shop's QR code material (upstream POST
     * /bizwifi/qrcode/get). Only password devices have QR codes.
     * </pre>
     */
    public io.wxgate.wifi.v1.GetQrcodeResponse getQrcode(io.wxgate.wifi.v1.GetQrcodeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetQrcodeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetConnectUrl returns the account's one-tap connect URL, for the account menu
     * (upstream GET /bizwifi/account/get_connecturl). WeChat only answers for verified
     * accounts whose devices are all password devices.
     * </pre>
     */
    public io.wxgate.wifi.v1.GetConnectUrlResponse getConnectUrl(io.wxgate.wifi.v1.GetConnectUrlRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetConnectUrlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetHomepage sets the merchant homepage opened from the chat top bar (upstream
     * POST /bizwifi/homepage/set). Only verified service and subscription accounts.
     * </pre>
     */
    public io.wxgate.wifi.v1.SetHomepageResponse setHomepage(io.wxgate.wifi.v1.SetHomepageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetHomepageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetHomepage returns a shop's homepage settings (upstream POST /bizwifi/homepage/get).
     * </pre>
     */
    public io.wxgate.wifi.v1.GetHomepageResponse getHomepage(io.wxgate.wifi.v1.GetHomepageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetHomepageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetBar chooses what the top bar's "欢迎光临XXX" shows (upstream POST /bizwifi/bar/set).
     * </pre>
     */
    public io.wxgate.wifi.v1.SetBarResponse setBar(io.wxgate.wifi.v1.SetBarRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetBarMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListShops lists the account's Wi-Fi shops, a page at a time (upstream POST
     * /bizwifi/shop/list {pageindex, pagesize} → totalcount, pageindex, pagecount,
     * records). Every shop_id of this service comes from here. Shapes: wechatpy
     * list_shops and tests/fixtures/bizwifi_shop_list.json (a real answer, with
     * "ssid": null), WiFi_via_WeChat/Stores_management/Get_a_Wi-Fi_store_list.html.
     * </pre>
     */
    public io.wxgate.wifi.v1.ListShopsResponse listShops(io.wxgate.wifi.v1.ListShopsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListShopsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetShop returns a shop's Wi-Fi settings: networks, device type and count,
     * homepage, top bar and connected page (upstream POST /bizwifi/shop/get). Shapes:
     * wechatpy tests/fixtures/bizwifi_shop_get.json,
     * Stores_management/Query_store_Wi-Fi_information.html, and the finishpage_url of
     * WiFi_mini_programs.html ("查询门店Wi-Fi信息接口"; PowerWeChat response.Shop).
     * </pre>
     */
    public io.wxgate.wifi.v1.GetShopResponse getShop(io.wxgate.wifi.v1.GetShopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetShopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UpdateShop changes a shop network's SSID or password (upstream POST
     * /bizwifi/shop/update {shop_id, old_ssid, ssid, password}). The routers must
     * then be changed to match. Shapes: Stores_management/
     * Modify_the_store_network_information.html, Senparc WiFiApi.ShopUpdate.
     * </pre>
     */
    public io.wxgate.wifi.v1.UpdateShopResponse updateShop(io.wxgate.wifi.v1.UpdateShopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateShopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CleanShop removes a shop's network configuration and devices, all of them or
     * those of one SSID (upstream POST /bizwifi/shop/clean {shop_id, ssid}). Shapes:
     * Stores_management/Empty_the_store_network_and_devices.html, PowerWeChat
     * ShopClient.ClearDevice.
     * </pre>
     */
    public io.wxgate.wifi.v1.CleanShopResponse cleanShop(io.wxgate.wifi.v1.CleanShopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCleanShopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AddPasswordDevice adds a password network to a shop, which makes the shop a
     * password-device shop (upstream POST /bizwifi/device/add {shop_id, ssid,
     * password}; the bssid of older docs is gone). Shapes:
     * Devices_Management/Adding_password-protected_devices.html, wechatpy
     * tests/fixtures/bizwifi_device_add.json, Senparc WiFiApi.AddDevice.
     * </pre>
     */
    public io.wxgate.wifi.v1.AddPasswordDeviceResponse addPasswordDevice(io.wxgate.wifi.v1.AddPasswordDeviceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAddPasswordDeviceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RegisterPortalDevice adds a portal network to a shop and returns its portal
     * secret key, which the caller configures on the routers (upstream POST
     * /bizwifi/apportal/register {shop_id, ssid, reset} → data.secretkey). The gateway
     * also keeps the key in its portal secret store, so that PortalSignService can
     * sign for the shop; this answer is the only place the key leaves the gateway.
     * reset makes WeChat issue a new key and retire the old one. Shapes:
     * Devices_Management/Add_portal_type_device.html, Senparc WiFiApi.WifeRegister.
     * </pre>
     */
    public io.wxgate.wifi.v1.RegisterPortalDeviceResponse registerPortalDevice(io.wxgate.wifi.v1.RegisterPortalDeviceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRegisterPortalDeviceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListDevices lists the account's devices, or one shop's, a page at a time
     * (upstream POST /bizwifi/device/list {pageindex, pagesize, shop_id}). Shapes:
     * wechatpy list_devices and tests/fixtures/bizwifi_device_list.json,
     * Devices_Management/Query_devices.html.
     * </pre>
     */
    public io.wxgate.wifi.v1.ListDevicesResponse listDevices(io.wxgate.wifi.v1.ListDevicesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListDevicesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteDevice removes a device by its wireless MAC address (upstream POST
     * /bizwifi/device/delete {bssid}). Shapes: wechatpy delete_device and
     * tests/fixtures/bizwifi_device_delete.json.
     * </pre>
     */
    public io.wxgate.wifi.v1.DeleteDeviceResponse deleteDevice(io.wxgate.wifi.v1.DeleteDeviceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteDeviceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetFinishPage sets the page a user reaches by tapping "完成" once connected
     * (upstream POST /bizwifi/finishpage/set {shop_id, finishpage_url}). GetShop shows
     * it. Shapes: Senparc WiFiApi.SetFinishpage, PowerWeChat Client.SetFinishPage,
     * WiFi_mini_programs.html.
     * </pre>
     */
    public io.wxgate.wifi.v1.SetFinishPageResponse setFinishPage(io.wxgate.wifi.v1.SetFinishPageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetFinishPageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListStatistics returns one row per day of Wi-Fi statistics for a shop or for
     * all shops (upstream POST /bizwifi/statistics/list {begin_date, end_date,
     * shop_id}; WeChat answers statis_time in milliseconds and shop_id sometimes as
     * the string "-1"). The range is at most 30 days. Shapes: wechatpy
     * list_statistics and tests/fixtures/bizwifi_statistics_list.json (a real
     * answer), WiFi_via_WeChat/Wi-Fi_data_statistics.html.
     * </pre>
     */
    public io.wxgate.wifi.v1.ListStatisticsResponse listStatistics(io.wxgate.wifi.v1.ListStatisticsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListStatisticsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetCouponPut sets the card or coupon a shop hands out to users who connect
     * (upstream POST /bizwifi/couponput/set {shop_id, card_id, card_describe,
     * start_time, end_time, card_quantity}; times in seconds). Shapes:
     * Cards/Set_store_card_and_coupon_delivery_information.html, Senparc
     * WiFiApi.SetCouponPut, PowerWeChat request.RequestWifiCardSet.
     * </pre>
     */
    public io.wxgate.wifi.v1.SetCouponPutResponse setCouponPut(io.wxgate.wifi.v1.SetCouponPutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetCouponPutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetCouponPut returns a shop's card or coupon delivery (upstream POST
     * /bizwifi/couponput/get {shop_id} → shop_id, card_id, card_describe, card_status,
     * start_date, end_date; note the answer says start_date where the request says
     * start_time). Shapes: Cards/Query_the_store_card_and_coupon_delivery_information.html,
     * Senparc WiFiGetCouponPutJsonResult, PowerWeChat response.Device.
     * </pre>
     */
    public io.wxgate.wifi.v1.GetCouponPutResponse getCouponPut(io.wxgate.wifi.v1.GetCouponPutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCouponPutMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service WifiService.
   * <pre>
   * WifiService is WeChat Wi-Fi (微信连Wi-Fi) for one Official Account: the plugin,
   * shop QR code material, the account's connect URL, the merchant homepage and the
   * top bar text (seed 000), and the rest of the bizwifi family: Wi-Fi shops, password
   * and portal devices, the connected page, statistics and coupon delivery.
   * Sources: seed 000 (微信连Wi-Fi 第三方平台插件开发, 配置连网方式, 商家推广展示主页)
   * for the first six RPCs. The seeds only name the other families; their wire shapes
   * come from wechatpy (wechatpy/client/api/wifi.py and the real WeChat answers in
   * tests/fixtures/bizwifi_*.json), Senparc.Weixin (AdvancedAPIs/WiFi/WiFiApi.cs),
   * ArtisanCloud/PowerWeChat (src/officialAccount/wifi/) and WeChat's own pages under
   * developers.weixin.qq.com/doc/offiaccount/WiFi_via_WeChat/, cited per RPC below.
   * Field names are WeChat's JSON names; where WeChat uses magic numbers the field
   * keeps its name and becomes an enum that the gateway maps to WeChat's value.
   * </pre>
   */
  public static final class WifiServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<WifiServiceFutureStub> {
    private WifiServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WifiServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WifiServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetPluginToken returns the wifi_token a third-party platform needs to open the
     * Wi-Fi plugin page for this account (upstream POST /bizwifi/openplugin/token; the
     * seed says GET but sends a JSON body, so it is a POST).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.GetPluginTokenResponse> getPluginToken(
        io.wxgate.wifi.v1.GetPluginTokenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPluginTokenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetQrcode returns the URL of a shop's QR code material (upstream POST
     * /bizwifi/qrcode/get). Only password devices have QR codes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.GetQrcodeResponse> getQrcode(
        io.wxgate.wifi.v1.GetQrcodeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetQrcodeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetConnectUrl returns the account's one-tap connect URL, for the account menu
     * (upstream GET /bizwifi/account/get_connecturl). WeChat only answers for verified
     * accounts whose devices are all password devices.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.GetConnectUrlResponse> getConnectUrl(
        io.wxgate.wifi.v1.GetConnectUrlRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetConnectUrlMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetHomepage sets the merchant homepage opened from the chat top bar (upstream
     * POST /bizwifi/homepage/set). Only verified service and subscription accounts.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.SetHomepageResponse> setHomepage(
        io.wxgate.wifi.v1.SetHomepageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetHomepageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetHomepage returns a shop's homepage settings (upstream POST /bizwifi/homepage/get).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.GetHomepageResponse> getHomepage(
        io.wxgate.wifi.v1.GetHomepageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetHomepageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetBar chooses what the top bar's "欢迎光临XXX" shows (upstream POST /bizwifi/bar/set).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.SetBarResponse> setBar(
        io.wxgate.wifi.v1.SetBarRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetBarMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListShops lists the account's Wi-Fi shops, a page at a time (upstream POST
     * /bizwifi/shop/list {pageindex, pagesize} → totalcount, pageindex, pagecount,
     * records). Every shop_id of this service comes from here. Shapes: wechatpy
     * list_shops and tests/fixtures/bizwifi_shop_list.json (a real answer, with
     * "ssid": null), WiFi_via_WeChat/Stores_management/Get_a_Wi-Fi_store_list.html.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.ListShopsResponse> listShops(
        io.wxgate.wifi.v1.ListShopsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListShopsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetShop returns a shop's Wi-Fi settings: networks, device type and count,
     * homepage, top bar and connected page (upstream POST /bizwifi/shop/get). Shapes:
     * wechatpy tests/fixtures/bizwifi_shop_get.json,
     * Stores_management/Query_store_Wi-Fi_information.html, and the finishpage_url of
     * WiFi_mini_programs.html ("查询门店Wi-Fi信息接口"; PowerWeChat response.Shop).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.GetShopResponse> getShop(
        io.wxgate.wifi.v1.GetShopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetShopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * UpdateShop changes a shop network's SSID or password (upstream POST
     * /bizwifi/shop/update {shop_id, old_ssid, ssid, password}). The routers must
     * then be changed to match. Shapes: Stores_management/
     * Modify_the_store_network_information.html, Senparc WiFiApi.ShopUpdate.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.UpdateShopResponse> updateShop(
        io.wxgate.wifi.v1.UpdateShopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateShopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CleanShop removes a shop's network configuration and devices, all of them or
     * those of one SSID (upstream POST /bizwifi/shop/clean {shop_id, ssid}). Shapes:
     * Stores_management/Empty_the_store_network_and_devices.html, PowerWeChat
     * ShopClient.ClearDevice.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.CleanShopResponse> cleanShop(
        io.wxgate.wifi.v1.CleanShopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCleanShopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * AddPasswordDevice adds a password network to a shop, which makes the shop a
     * password-device shop (upstream POST /bizwifi/device/add {shop_id, ssid,
     * password}; the bssid of older docs is gone). Shapes:
     * Devices_Management/Adding_password-protected_devices.html, wechatpy
     * tests/fixtures/bizwifi_device_add.json, Senparc WiFiApi.AddDevice.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.AddPasswordDeviceResponse> addPasswordDevice(
        io.wxgate.wifi.v1.AddPasswordDeviceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAddPasswordDeviceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RegisterPortalDevice adds a portal network to a shop and returns its portal
     * secret key, which the caller configures on the routers (upstream POST
     * /bizwifi/apportal/register {shop_id, ssid, reset} → data.secretkey). The gateway
     * also keeps the key in its portal secret store, so that PortalSignService can
     * sign for the shop; this answer is the only place the key leaves the gateway.
     * reset makes WeChat issue a new key and retire the old one. Shapes:
     * Devices_Management/Add_portal_type_device.html, Senparc WiFiApi.WifeRegister.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.RegisterPortalDeviceResponse> registerPortalDevice(
        io.wxgate.wifi.v1.RegisterPortalDeviceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRegisterPortalDeviceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListDevices lists the account's devices, or one shop's, a page at a time
     * (upstream POST /bizwifi/device/list {pageindex, pagesize, shop_id}). Shapes:
     * wechatpy list_devices and tests/fixtures/bizwifi_device_list.json,
     * Devices_Management/Query_devices.html.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.ListDevicesResponse> listDevices(
        io.wxgate.wifi.v1.ListDevicesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListDevicesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DeleteDevice removes a device by its wireless MAC address (upstream POST
     * /bizwifi/device/delete {bssid}). Shapes: wechatpy delete_device and
     * tests/fixtures/bizwifi_device_delete.json.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.DeleteDeviceResponse> deleteDevice(
        io.wxgate.wifi.v1.DeleteDeviceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteDeviceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetFinishPage sets the page a user reaches by tapping "完成" once connected
     * (upstream POST /bizwifi/finishpage/set {shop_id, finishpage_url}). GetShop shows
     * it. Shapes: Senparc WiFiApi.SetFinishpage, PowerWeChat Client.SetFinishPage,
     * WiFi_mini_programs.html.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.SetFinishPageResponse> setFinishPage(
        io.wxgate.wifi.v1.SetFinishPageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetFinishPageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListStatistics returns one row per day of Wi-Fi statistics for a shop or for
     * all shops (upstream POST /bizwifi/statistics/list {begin_date, end_date,
     * shop_id}; WeChat answers statis_time in milliseconds and shop_id sometimes as
     * the string "-1"). The range is at most 30 days. Shapes: wechatpy
     * list_statistics and tests/fixtures/bizwifi_statistics_list.json (a real
     * answer), WiFi_via_WeChat/Wi-Fi_data_statistics.html.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.ListStatisticsResponse> listStatistics(
        io.wxgate.wifi.v1.ListStatisticsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListStatisticsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetCouponPut sets the card or coupon a shop hands out to users who connect
     * (upstream POST /bizwifi/couponput/set {shop_id, card_id, card_describe,
     * start_time, end_time, card_quantity}; times in seconds). Shapes:
     * Cards/Set_store_card_and_coupon_delivery_information.html, Senparc
     * WiFiApi.SetCouponPut, PowerWeChat request.RequestWifiCardSet.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.SetCouponPutResponse> setCouponPut(
        io.wxgate.wifi.v1.SetCouponPutRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetCouponPutMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetCouponPut returns a shop's card or coupon delivery (upstream POST
     * /bizwifi/couponput/get {shop_id} → shop_id, card_id, card_describe, card_status,
     * start_date, end_date; note the answer says start_date where the request says
     * start_time). Shapes: Cards/Query_the_store_card_and_coupon_delivery_information.html,
     * Senparc WiFiGetCouponPutJsonResult, PowerWeChat response.Device.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.wifi.v1.GetCouponPutResponse> getCouponPut(
        io.wxgate.wifi.v1.GetCouponPutRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCouponPutMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_PLUGIN_TOKEN = 0;
  private static final int METHODID_GET_QRCODE = 1;
  private static final int METHODID_GET_CONNECT_URL = 2;
  private static final int METHODID_SET_HOMEPAGE = 3;
  private static final int METHODID_GET_HOMEPAGE = 4;
  private static final int METHODID_SET_BAR = 5;
  private static final int METHODID_LIST_SHOPS = 6;
  private static final int METHODID_GET_SHOP = 7;
  private static final int METHODID_UPDATE_SHOP = 8;
  private static final int METHODID_CLEAN_SHOP = 9;
  private static final int METHODID_ADD_PASSWORD_DEVICE = 10;
  private static final int METHODID_REGISTER_PORTAL_DEVICE = 11;
  private static final int METHODID_LIST_DEVICES = 12;
  private static final int METHODID_DELETE_DEVICE = 13;
  private static final int METHODID_SET_FINISH_PAGE = 14;
  private static final int METHODID_LIST_STATISTICS = 15;
  private static final int METHODID_SET_COUPON_PUT = 16;
  private static final int METHODID_GET_COUPON_PUT = 17;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_PLUGIN_TOKEN:
          serviceImpl.getPluginToken((io.wxgate.wifi.v1.GetPluginTokenRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetPluginTokenResponse>) responseObserver);
          break;
        case METHODID_GET_QRCODE:
          serviceImpl.getQrcode((io.wxgate.wifi.v1.GetQrcodeRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetQrcodeResponse>) responseObserver);
          break;
        case METHODID_GET_CONNECT_URL:
          serviceImpl.getConnectUrl((io.wxgate.wifi.v1.GetConnectUrlRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetConnectUrlResponse>) responseObserver);
          break;
        case METHODID_SET_HOMEPAGE:
          serviceImpl.setHomepage((io.wxgate.wifi.v1.SetHomepageRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.SetHomepageResponse>) responseObserver);
          break;
        case METHODID_GET_HOMEPAGE:
          serviceImpl.getHomepage((io.wxgate.wifi.v1.GetHomepageRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetHomepageResponse>) responseObserver);
          break;
        case METHODID_SET_BAR:
          serviceImpl.setBar((io.wxgate.wifi.v1.SetBarRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.SetBarResponse>) responseObserver);
          break;
        case METHODID_LIST_SHOPS:
          serviceImpl.listShops((io.wxgate.wifi.v1.ListShopsRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.ListShopsResponse>) responseObserver);
          break;
        case METHODID_GET_SHOP:
          serviceImpl.getShop((io.wxgate.wifi.v1.GetShopRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetShopResponse>) responseObserver);
          break;
        case METHODID_UPDATE_SHOP:
          serviceImpl.updateShop((io.wxgate.wifi.v1.UpdateShopRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.UpdateShopResponse>) responseObserver);
          break;
        case METHODID_CLEAN_SHOP:
          serviceImpl.cleanShop((io.wxgate.wifi.v1.CleanShopRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.CleanShopResponse>) responseObserver);
          break;
        case METHODID_ADD_PASSWORD_DEVICE:
          serviceImpl.addPasswordDevice((io.wxgate.wifi.v1.AddPasswordDeviceRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.AddPasswordDeviceResponse>) responseObserver);
          break;
        case METHODID_REGISTER_PORTAL_DEVICE:
          serviceImpl.registerPortalDevice((io.wxgate.wifi.v1.RegisterPortalDeviceRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.RegisterPortalDeviceResponse>) responseObserver);
          break;
        case METHODID_LIST_DEVICES:
          serviceImpl.listDevices((io.wxgate.wifi.v1.ListDevicesRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.ListDevicesResponse>) responseObserver);
          break;
        case METHODID_DELETE_DEVICE:
          serviceImpl.deleteDevice((io.wxgate.wifi.v1.DeleteDeviceRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.DeleteDeviceResponse>) responseObserver);
          break;
        case METHODID_SET_FINISH_PAGE:
          serviceImpl.setFinishPage((io.wxgate.wifi.v1.SetFinishPageRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.SetFinishPageResponse>) responseObserver);
          break;
        case METHODID_LIST_STATISTICS:
          serviceImpl.listStatistics((io.wxgate.wifi.v1.ListStatisticsRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.ListStatisticsResponse>) responseObserver);
          break;
        case METHODID_SET_COUPON_PUT:
          serviceImpl.setCouponPut((io.wxgate.wifi.v1.SetCouponPutRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.SetCouponPutResponse>) responseObserver);
          break;
        case METHODID_GET_COUPON_PUT:
          serviceImpl.getCouponPut((io.wxgate.wifi.v1.GetCouponPutRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.wifi.v1.GetCouponPutResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getGetPluginTokenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.GetPluginTokenRequest,
              io.wxgate.wifi.v1.GetPluginTokenResponse>(
                service, METHODID_GET_PLUGIN_TOKEN)))
        .addMethod(
          getGetQrcodeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.GetQrcodeRequest,
              io.wxgate.wifi.v1.GetQrcodeResponse>(
                service, METHODID_GET_QRCODE)))
        .addMethod(
          getGetConnectUrlMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.GetConnectUrlRequest,
              io.wxgate.wifi.v1.GetConnectUrlResponse>(
                service, METHODID_GET_CONNECT_URL)))
        .addMethod(
          getSetHomepageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.SetHomepageRequest,
              io.wxgate.wifi.v1.SetHomepageResponse>(
                service, METHODID_SET_HOMEPAGE)))
        .addMethod(
          getGetHomepageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.GetHomepageRequest,
              io.wxgate.wifi.v1.GetHomepageResponse>(
                service, METHODID_GET_HOMEPAGE)))
        .addMethod(
          getSetBarMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.SetBarRequest,
              io.wxgate.wifi.v1.SetBarResponse>(
                service, METHODID_SET_BAR)))
        .addMethod(
          getListShopsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.ListShopsRequest,
              io.wxgate.wifi.v1.ListShopsResponse>(
                service, METHODID_LIST_SHOPS)))
        .addMethod(
          getGetShopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.GetShopRequest,
              io.wxgate.wifi.v1.GetShopResponse>(
                service, METHODID_GET_SHOP)))
        .addMethod(
          getUpdateShopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.UpdateShopRequest,
              io.wxgate.wifi.v1.UpdateShopResponse>(
                service, METHODID_UPDATE_SHOP)))
        .addMethod(
          getCleanShopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.CleanShopRequest,
              io.wxgate.wifi.v1.CleanShopResponse>(
                service, METHODID_CLEAN_SHOP)))
        .addMethod(
          getAddPasswordDeviceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.AddPasswordDeviceRequest,
              io.wxgate.wifi.v1.AddPasswordDeviceResponse>(
                service, METHODID_ADD_PASSWORD_DEVICE)))
        .addMethod(
          getRegisterPortalDeviceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.RegisterPortalDeviceRequest,
              io.wxgate.wifi.v1.RegisterPortalDeviceResponse>(
                service, METHODID_REGISTER_PORTAL_DEVICE)))
        .addMethod(
          getListDevicesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.ListDevicesRequest,
              io.wxgate.wifi.v1.ListDevicesResponse>(
                service, METHODID_LIST_DEVICES)))
        .addMethod(
          getDeleteDeviceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.DeleteDeviceRequest,
              io.wxgate.wifi.v1.DeleteDeviceResponse>(
                service, METHODID_DELETE_DEVICE)))
        .addMethod(
          getSetFinishPageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.SetFinishPageRequest,
              io.wxgate.wifi.v1.SetFinishPageResponse>(
                service, METHODID_SET_FINISH_PAGE)))
        .addMethod(
          getListStatisticsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.ListStatisticsRequest,
              io.wxgate.wifi.v1.ListStatisticsResponse>(
                service, METHODID_LIST_STATISTICS)))
        .addMethod(
          getSetCouponPutMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.SetCouponPutRequest,
              io.wxgate.wifi.v1.SetCouponPutResponse>(
                service, METHODID_SET_COUPON_PUT)))
        .addMethod(
          getGetCouponPutMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.wifi.v1.GetCouponPutRequest,
              io.wxgate.wifi.v1.GetCouponPutResponse>(
                service, METHODID_GET_COUPON_PUT)))
        .build();
  }

  private static abstract class WifiServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    WifiServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.wxgate.wifi.v1.WifiProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("WifiService");
    }
  }

  private static final class WifiServiceFileDescriptorSupplier
      extends WifiServiceBaseDescriptorSupplier {
    WifiServiceFileDescriptorSupplier() {}
  }

  private static final class WifiServiceMethodDescriptorSupplier
      extends WifiServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    WifiServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (WifiServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new WifiServiceFileDescriptorSupplier())
              .addMethod(getGetPluginTokenMethod())
              .addMethod(getGetQrcodeMethod())
              .addMethod(getGetConnectUrlMethod())
              .addMethod(getSetHomepageMethod())
              .addMethod(getGetHomepageMethod())
              .addMethod(getSetBarMethod())
              .addMethod(getListShopsMethod())
              .addMethod(getGetShopMethod())
              .addMethod(getUpdateShopMethod())
              .addMethod(getCleanShopMethod())
              .addMethod(getAddPasswordDeviceMethod())
              .addMethod(getRegisterPortalDeviceMethod())
              .addMethod(getListDevicesMethod())
              .addMethod(getDeleteDeviceMethod())
              .addMethod(getSetFinishPageMethod())
              .addMethod(getListStatisticsMethod())
              .addMethod(getSetCouponPutMethod())
              .addMethod(getGetCouponPutMethod())
              .build();
        }
      }
    }
    return result;
  }
}
