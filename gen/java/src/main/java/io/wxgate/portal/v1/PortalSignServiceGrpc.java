package io.wxgate.portal.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * PortalSignService signs the link a Wi-Fi portal page uses to open WeChat
 * (weixin://connectToFreeWifi/), and checks such signs, for shops whose routers are
 * WeChat "Portal型设备".
 * Source: seed 001 (Wi-Fi硬件鉴权协议接口说明, 第二步: 改造移动端portal页):
 *	sign = MD5(appId + extend + timestamp + shop_id + authUrl + mac + ssid + secretkey)
 * as lowercase hex, with timestamp in milliseconds and authUrl NOT URL-encoded. The
 * secretkey is the shop's portal secret key (from bizwifi/apportal/register, or from
 * the gateway's configuration). It never leaves the gateway through this service:
 * callers get signs, never keys. appId is the app id of the account the call is for
 * (x-wxgate-account).
 * A shop without a key is FAILED_PRECONDITION with google.rpc.ErrorInfo{reason:
 * "PORTAL_SECRET_MISSING", domain: "wxgate", metadata: {shop_id, account}}.
 * WeChat is not called: the rules here are seed 001's (extend, the MD5 sign, the
 * millisecond timestamp) and the gateway's own contract (DESIGN.md: "mac is a MAC
 * address; auth_url an absolute http(s) URL"; the fields the sign needs).
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class PortalSignServiceGrpc {

  private PortalSignServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "wxgate.portal.v1.PortalSignService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.wxgate.portal.v1.SignRequest,
      io.wxgate.portal.v1.SignResponse> getSignMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Sign",
      requestType = io.wxgate.portal.v1.SignRequest.class,
      responseType = io.wxgate.portal.v1.SignResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.portal.v1.SignRequest,
      io.wxgate.portal.v1.SignResponse> getSignMethod() {
    io.grpc.MethodDescriptor<io.wxgate.portal.v1.SignRequest, io.wxgate.portal.v1.SignResponse> getSignMethod;
    if ((getSignMethod = PortalSignServiceGrpc.getSignMethod) == null) {
      synchronized (PortalSignServiceGrpc.class) {
        if ((getSignMethod = PortalSignServiceGrpc.getSignMethod) == null) {
          PortalSignServiceGrpc.getSignMethod = getSignMethod =
              io.grpc.MethodDescriptor.<io.wxgate.portal.v1.SignRequest, io.wxgate.portal.v1.SignResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Sign"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.portal.v1.SignRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.portal.v1.SignResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PortalSignServiceMethodDescriptorSupplier("Sign"))
              .build();
        }
      }
    }
    return getSignMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.portal.v1.BuildConnectUrlRequest,
      io.wxgate.portal.v1.BuildConnectUrlResponse> getBuildConnectUrlMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BuildConnectUrl",
      requestType = io.wxgate.portal.v1.BuildConnectUrlRequest.class,
      responseType = io.wxgate.portal.v1.BuildConnectUrlResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.portal.v1.BuildConnectUrlRequest,
      io.wxgate.portal.v1.BuildConnectUrlResponse> getBuildConnectUrlMethod() {
    io.grpc.MethodDescriptor<io.wxgate.portal.v1.BuildConnectUrlRequest, io.wxgate.portal.v1.BuildConnectUrlResponse> getBuildConnectUrlMethod;
    if ((getBuildConnectUrlMethod = PortalSignServiceGrpc.getBuildConnectUrlMethod) == null) {
      synchronized (PortalSignServiceGrpc.class) {
        if ((getBuildConnectUrlMethod = PortalSignServiceGrpc.getBuildConnectUrlMethod) == null) {
          PortalSignServiceGrpc.getBuildConnectUrlMethod = getBuildConnectUrlMethod =
              io.grpc.MethodDescriptor.<io.wxgate.portal.v1.BuildConnectUrlRequest, io.wxgate.portal.v1.BuildConnectUrlResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BuildConnectUrl"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.portal.v1.BuildConnectUrlRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.portal.v1.BuildConnectUrlResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PortalSignServiceMethodDescriptorSupplier("BuildConnectUrl"))
              .build();
        }
      }
    }
    return getBuildConnectUrlMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.portal.v1.VerifySignRequest,
      io.wxgate.portal.v1.VerifySignResponse> getVerifySignMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "VerifySign",
      requestType = io.wxgate.portal.v1.VerifySignRequest.class,
      responseType = io.wxgate.portal.v1.VerifySignResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.portal.v1.VerifySignRequest,
      io.wxgate.portal.v1.VerifySignResponse> getVerifySignMethod() {
    io.grpc.MethodDescriptor<io.wxgate.portal.v1.VerifySignRequest, io.wxgate.portal.v1.VerifySignResponse> getVerifySignMethod;
    if ((getVerifySignMethod = PortalSignServiceGrpc.getVerifySignMethod) == null) {
      synchronized (PortalSignServiceGrpc.class) {
        if ((getVerifySignMethod = PortalSignServiceGrpc.getVerifySignMethod) == null) {
          PortalSignServiceGrpc.getVerifySignMethod = getVerifySignMethod =
              io.grpc.MethodDescriptor.<io.wxgate.portal.v1.VerifySignRequest, io.wxgate.portal.v1.VerifySignResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "VerifySign"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.portal.v1.VerifySignRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.portal.v1.VerifySignResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PortalSignServiceMethodDescriptorSupplier("VerifySign"))
              .build();
        }
      }
    }
    return getVerifySignMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static PortalSignServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PortalSignServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PortalSignServiceStub>() {
        @java.lang.Override
        public PortalSignServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PortalSignServiceStub(channel, callOptions);
        }
      };
    return PortalSignServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static PortalSignServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PortalSignServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PortalSignServiceBlockingV2Stub>() {
        @java.lang.Override
        public PortalSignServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PortalSignServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return PortalSignServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static PortalSignServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PortalSignServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PortalSignServiceBlockingStub>() {
        @java.lang.Override
        public PortalSignServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PortalSignServiceBlockingStub(channel, callOptions);
        }
      };
    return PortalSignServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static PortalSignServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PortalSignServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PortalSignServiceFutureStub>() {
        @java.lang.Override
        public PortalSignServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PortalSignServiceFutureStub(channel, callOptions);
        }
      };
    return PortalSignServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * PortalSignService signs the link a Wi-Fi portal page uses to open WeChat
   * (weixin://connectToFreeWifi/), and checks such signs, for shops whose routers are
   * WeChat "Portal型设备".
   * Source: seed 001 (Wi-Fi硬件鉴权协议接口说明, 第二步: 改造移动端portal页):
   *	sign = MD5(appId + extend + timestamp + shop_id + authUrl + mac + ssid + secretkey)
   * as lowercase hex, with timestamp in milliseconds and authUrl NOT URL-encoded. The
   * secretkey is the shop's portal secret key (from bizwifi/apportal/register, or from
   * the gateway's configuration). It never leaves the gateway through this service:
   * callers get signs, never keys. appId is the app id of the account the call is for
   * (x-wxgate-account).
   * A shop without a key is FAILED_PRECONDITION with google.rpc.ErrorInfo{reason:
   * "PORTAL_SECRET_MISSING", domain: "wxgate", metadata: {shop_id, account}}.
   * WeChat is not called: the rules here are seed 001's (extend, the MD5 sign, the
   * millisecond timestamp) and the gateway's own contract (DESIGN.md: "mac is a MAC
   * address; auth_url an absolute http(s) URL"; the fields the sign needs).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Sign computes the sign of one connect request.
     * </pre>
     */
    default void sign(io.wxgate.portal.v1.SignRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.portal.v1.SignResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSignMethod(), responseObserver);
    }

    /**
     * <pre>
     * BuildConnectUrl computes the sign and builds the whole
     * weixin://connectToFreeWifi/ link of seed 001, with its parameters in the seed's
     * order and authUrl URL-encoded.
     * </pre>
     */
    default void buildConnectUrl(io.wxgate.portal.v1.BuildConnectUrlRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.portal.v1.BuildConnectUrlResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBuildConnectUrlMethod(), responseObserver);
    }

    /**
     * <pre>
     * VerifySign checks a sign, e.g. one an authentication server received. The
     * comparison takes constant time, and a timestamp further than the gateway's
     * verify window (portal.verify_window, default 5 minutes) from the gateway's clock,
     * in either direction, is not valid, so that a captured link cannot be replayed.
     * An invalid sign is an answer (valid: false), not an error.
     * </pre>
     */
    default void verifySign(io.wxgate.portal.v1.VerifySignRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.portal.v1.VerifySignResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVerifySignMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service PortalSignService.
   * <pre>
   * PortalSignService signs the link a Wi-Fi portal page uses to open WeChat
   * (weixin://connectToFreeWifi/), and checks such signs, for shops whose routers are
   * WeChat "Portal型设备".
   * Source: seed 001 (Wi-Fi硬件鉴权协议接口说明, 第二步: 改造移动端portal页):
   *	sign = MD5(appId + extend + timestamp + shop_id + authUrl + mac + ssid + secretkey)
   * as lowercase hex, with timestamp in milliseconds and authUrl NOT URL-encoded. The
   * secretkey is the shop's portal secret key (from bizwifi/apportal/register, or from
   * the gateway's configuration). It never leaves the gateway through this service:
   * callers get signs, never keys. appId is the app id of the account the call is for
   * (x-wxgate-account).
   * A shop without a key is FAILED_PRECONDITION with google.rpc.ErrorInfo{reason:
   * "PORTAL_SECRET_MISSING", domain: "wxgate", metadata: {shop_id, account}}.
   * WeChat is not called: the rules here are seed 001's (extend, the MD5 sign, the
   * millisecond timestamp) and the gateway's own contract (DESIGN.md: "mac is a MAC
   * address; auth_url an absolute http(s) URL"; the fields the sign needs).
   * </pre>
   */
  public static abstract class PortalSignServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return PortalSignServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service PortalSignService.
   * <pre>
   * PortalSignService signs the link a Wi-Fi portal page uses to open WeChat
   * (weixin://connectToFreeWifi/), and checks such signs, for shops whose routers are
   * WeChat "Portal型设备".
   * Source: seed 001 (Wi-Fi硬件鉴权协议接口说明, 第二步: 改造移动端portal页):
   *	sign = MD5(appId + extend + timestamp + shop_id + authUrl + mac + ssid + secretkey)
   * as lowercase hex, with timestamp in milliseconds and authUrl NOT URL-encoded. The
   * secretkey is the shop's portal secret key (from bizwifi/apportal/register, or from
   * the gateway's configuration). It never leaves the gateway through this service:
   * callers get signs, never keys. appId is the app id of the account the call is for
   * (x-wxgate-account).
   * A shop without a key is FAILED_PRECONDITION with google.rpc.ErrorInfo{reason:
   * "PORTAL_SECRET_MISSING", domain: "wxgate", metadata: {shop_id, account}}.
   * WeChat is not called: the rules here are seed 001's (extend, the MD5 sign, the
   * millisecond timestamp) and the gateway's own contract (DESIGN.md: "mac is a MAC
   * address; auth_url an absolute http(s) URL"; the fields the sign needs).
   * </pre>
   */
  public static final class PortalSignServiceStub
      extends io.grpc.stub.AbstractAsyncStub<PortalSignServiceStub> {
    private PortalSignServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PortalSignServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PortalSignServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Sign computes the sign of one connect request.
     * </pre>
     */
    public void sign(io.wxgate.portal.v1.SignRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.portal.v1.SignResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSignMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * BuildConnectUrl computes the sign and builds the whole
     * weixin://connectToFreeWifi/ link of seed 001, with its parameters in the seed's
     * order and authUrl URL-encoded.
     * </pre>
     */
    public void buildConnectUrl(io.wxgate.portal.v1.BuildConnectUrlRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.portal.v1.BuildConnectUrlResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBuildConnectUrlMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * VerifySign checks a sign, e.g. one an authentication server received. The
     * comparison takes constant time, and a timestamp further than the gateway's
     * verify window (portal.verify_window, default 5 minutes) from the gateway's clock,
     * in either direction, is not valid, so that a captured link cannot be replayed.
     * An invalid sign is an answer (valid: false), not an error.
     * </pre>
     */
    public void verifySign(io.wxgate.portal.v1.VerifySignRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.portal.v1.VerifySignResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVerifySignMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service PortalSignService.
   * <pre>
   * PortalSignService signs the link a Wi-Fi portal page uses to open WeChat
   * (weixin://connectToFreeWifi/), and checks such signs, for shops whose routers are
   * WeChat "Portal型设备".
   * Source: seed 001 (Wi-Fi硬件鉴权协议接口说明, 第二步: 改造移动端portal页):
   *	sign = MD5(appId + extend + timestamp + shop_id + authUrl + mac + ssid + secretkey)
   * as lowercase hex, with timestamp in milliseconds and authUrl NOT URL-encoded. The
   * secretkey is the shop's portal secret key (from bizwifi/apportal/register, or from
   * the gateway's configuration). It never leaves the gateway through this service:
   * callers get signs, never keys. appId is the app id of the account the call is for
   * (x-wxgate-account).
   * A shop without a key is FAILED_PRECONDITION with google.rpc.ErrorInfo{reason:
   * "PORTAL_SECRET_MISSING", domain: "wxgate", metadata: {shop_id, account}}.
   * WeChat is not called: the rules here are seed 001's (extend, the MD5 sign, the
   * millisecond timestamp) and the gateway's own contract (DESIGN.md: "mac is a MAC
   * address; auth_url an absolute http(s) URL"; the fields the sign needs).
   * </pre>
   */
  public static final class PortalSignServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<PortalSignServiceBlockingV2Stub> {
    private PortalSignServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PortalSignServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PortalSignServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Sign computes the sign of one connect request.
     * </pre>
     */
    public io.wxgate.portal.v1.SignResponse sign(io.wxgate.portal.v1.SignRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSignMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BuildConnectUrl computes the sign and builds the whole
     * weixin://connectToFreeWifi/ link of seed 001, with its parameters in the seed's
     * order and authUrl URL-encoded.
     * </pre>
     */
    public io.wxgate.portal.v1.BuildConnectUrlResponse buildConnectUrl(io.wxgate.portal.v1.BuildConnectUrlRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBuildConnectUrlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VerifySign checks a sign, e.g. one an authentication server received. The
     * comparison takes constant time, and a timestamp further than the gateway's
     * verify window (portal.verify_window, default 5 minutes) from the gateway's clock,
     * in either direction, is not valid, so that a captured link cannot be replayed.
     * An invalid sign is an answer (valid: false), not an error.
     * </pre>
     */
    public io.wxgate.portal.v1.VerifySignResponse verifySign(io.wxgate.portal.v1.VerifySignRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getVerifySignMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service PortalSignService.
   * <pre>
   * PortalSignService signs the link a Wi-Fi portal page uses to open WeChat
   * (weixin://connectToFreeWifi/), and checks such signs, for shops whose routers are
   * WeChat "Portal型设备".
   * Source: seed 001 (Wi-Fi硬件鉴权协议接口说明, 第二步: 改造移动端portal页):
   *	sign = MD5(appId + extend + timestamp + shop_id + authUrl + mac + ssid + secretkey)
   * as lowercase hex, with timestamp in milliseconds and authUrl NOT URL-encoded. The
   * secretkey is the shop's portal secret key (from bizwifi/apportal/register, or from
   * the gateway's configuration). It never leaves the gateway through this service:
   * callers get signs, never keys. appId is the app id of the account the call is for
   * (x-wxgate-account).
   * A shop without a key is FAILED_PRECONDITION with google.rpc.ErrorInfo{reason:
   * "PORTAL_SECRET_MISSING", domain: "wxgate", metadata: {shop_id, account}}.
   * WeChat is not called: the rules here are seed 001's (extend, the MD5 sign, the
   * millisecond timestamp) and the gateway's own contract (DESIGN.md: "mac is a MAC
   * address; auth_url an absolute http(s) URL"; the fields the sign needs).
   * </pre>
   */
  public static final class PortalSignServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<PortalSignServiceBlockingStub> {
    private PortalSignServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PortalSignServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PortalSignServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Sign computes the sign of one connect request.
     * </pre>
     */
    public io.wxgate.portal.v1.SignResponse sign(io.wxgate.portal.v1.SignRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSignMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BuildConnectUrl computes the sign and builds the whole
     * weixin://connectToFreeWifi/ link of seed 001, with its parameters in the seed's
     * order and authUrl URL-encoded.
     * </pre>
     */
    public io.wxgate.portal.v1.BuildConnectUrlResponse buildConnectUrl(io.wxgate.portal.v1.BuildConnectUrlRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBuildConnectUrlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VerifySign checks a sign, e.g. one an authentication server received. The
     * comparison takes constant time, and a timestamp further than the gateway's
     * verify window (portal.verify_window, default 5 minutes) from the gateway's clock,
     * in either direction, is not valid, so that a captured link cannot be replayed.
     * An invalid sign is an answer (valid: false), not an error.
     * </pre>
     */
    public io.wxgate.portal.v1.VerifySignResponse verifySign(io.wxgate.portal.v1.VerifySignRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVerifySignMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service PortalSignService.
   * <pre>
   * PortalSignService signs the link a Wi-Fi portal page uses to open WeChat
   * (weixin://connectToFreeWifi/), and checks such signs, for shops whose routers are
   * WeChat "Portal型设备".
   * Source: seed 001 (Wi-Fi硬件鉴权协议接口说明, 第二步: 改造移动端portal页):
   *	sign = MD5(appId + extend + timestamp + shop_id + authUrl + mac + ssid + secretkey)
   * as lowercase hex, with timestamp in milliseconds and authUrl NOT URL-encoded. The
   * secretkey is the shop's portal secret key (from bizwifi/apportal/register, or from
   * the gateway's configuration). It never leaves the gateway through this service:
   * callers get signs, never keys. appId is the app id of the account the call is for
   * (x-wxgate-account).
   * A shop without a key is FAILED_PRECONDITION with google.rpc.ErrorInfo{reason:
   * "PORTAL_SECRET_MISSING", domain: "wxgate", metadata: {shop_id, account}}.
   * WeChat is not called: the rules here are seed 001's (extend, the MD5 sign, the
   * millisecond timestamp) and the gateway's own contract (DESIGN.md: "mac is a MAC
   * address; auth_url an absolute http(s) URL"; the fields the sign needs).
   * </pre>
   */
  public static final class PortalSignServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<PortalSignServiceFutureStub> {
    private PortalSignServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PortalSignServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PortalSignServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Sign computes the sign of one connect request.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.portal.v1.SignResponse> sign(
        io.wxgate.portal.v1.SignRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSignMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * BuildConnectUrl computes the sign and builds the whole
     * weixin://connectToFreeWifi/ link of seed 001, with its parameters in the seed's
     * order and authUrl URL-encoded.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.portal.v1.BuildConnectUrlResponse> buildConnectUrl(
        io.wxgate.portal.v1.BuildConnectUrlRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBuildConnectUrlMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * VerifySign checks a sign, e.g. one an authentication server received. The
     * comparison takes constant time, and a timestamp further than the gateway's
     * verify window (portal.verify_window, default 5 minutes) from the gateway's clock,
     * in either direction, is not valid, so that a captured link cannot be replayed.
     * An invalid sign is an answer (valid: false), not an error.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.portal.v1.VerifySignResponse> verifySign(
        io.wxgate.portal.v1.VerifySignRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVerifySignMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SIGN = 0;
  private static final int METHODID_BUILD_CONNECT_URL = 1;
  private static final int METHODID_VERIFY_SIGN = 2;

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
        case METHODID_SIGN:
          serviceImpl.sign((io.wxgate.portal.v1.SignRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.portal.v1.SignResponse>) responseObserver);
          break;
        case METHODID_BUILD_CONNECT_URL:
          serviceImpl.buildConnectUrl((io.wxgate.portal.v1.BuildConnectUrlRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.portal.v1.BuildConnectUrlResponse>) responseObserver);
          break;
        case METHODID_VERIFY_SIGN:
          serviceImpl.verifySign((io.wxgate.portal.v1.VerifySignRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.portal.v1.VerifySignResponse>) responseObserver);
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
          getSignMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.portal.v1.SignRequest,
              io.wxgate.portal.v1.SignResponse>(
                service, METHODID_SIGN)))
        .addMethod(
          getBuildConnectUrlMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.portal.v1.BuildConnectUrlRequest,
              io.wxgate.portal.v1.BuildConnectUrlResponse>(
                service, METHODID_BUILD_CONNECT_URL)))
        .addMethod(
          getVerifySignMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.portal.v1.VerifySignRequest,
              io.wxgate.portal.v1.VerifySignResponse>(
                service, METHODID_VERIFY_SIGN)))
        .build();
  }

  private static abstract class PortalSignServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    PortalSignServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.wxgate.portal.v1.PortalProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("PortalSignService");
    }
  }

  private static final class PortalSignServiceFileDescriptorSupplier
      extends PortalSignServiceBaseDescriptorSupplier {
    PortalSignServiceFileDescriptorSupplier() {}
  }

  private static final class PortalSignServiceMethodDescriptorSupplier
      extends PortalSignServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    PortalSignServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (PortalSignServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new PortalSignServiceFileDescriptorSupplier())
              .addMethod(getSignMethod())
              .addMethod(getBuildConnectUrlMethod())
              .addMethod(getVerifySignMethod())
              .build();
        }
      }
    }
    return result;
  }
}
