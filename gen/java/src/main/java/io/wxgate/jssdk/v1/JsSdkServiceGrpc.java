package io.wxgate.jssdk.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * JsSdkService signs for WeChat H5 pages what the WeChat JS-SDK needs from a
 * backend: the wx.config signature (made with the account's jsapi_ticket) and the
 * card signatures of wx.addCard and wx.chooseCard (made with the card api_ticket,
 * getticket type=wx_card). The gateway holds both tickets like the access_token
 * (one fetch per expiry for all callers and replicas) and never answers them: the
 * signature is the product, not the ticket.
 * The account is the one the call is for (x-wxgate-account); app_id in the answers
 * is its app id, as wx.config and wx.chooseCard want it. Every nonce is 16 random
 * letters and digits; every timestamp is Unix seconds, the gateway's clock.
 * Source: the JS-SDK documentation (developers.weixin.qq.com/doc/offiaccount/
 * OA_Web_Apps/JS-SDK.html: 附录1 JS-SDK使用权限签名算法, 附录4 卡券扩展字段及签名生成
 * 算法), seed 002 §2 (HTML5网页发券 with addCard), and the SDKs that implement them
 * (wechatpy get_jsapi_signature / get_jsapi_add_card_params, WxJava
 * createJsapiSignature / createCardApiSignature), whose test vectors the gateway's
 * tests use.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class JsSdkServiceGrpc {

  private JsSdkServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "wxgate.jssdk.v1.JsSdkService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.wxgate.jssdk.v1.SignConfigRequest,
      io.wxgate.jssdk.v1.SignConfigResponse> getSignConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SignConfig",
      requestType = io.wxgate.jssdk.v1.SignConfigRequest.class,
      responseType = io.wxgate.jssdk.v1.SignConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.jssdk.v1.SignConfigRequest,
      io.wxgate.jssdk.v1.SignConfigResponse> getSignConfigMethod() {
    io.grpc.MethodDescriptor<io.wxgate.jssdk.v1.SignConfigRequest, io.wxgate.jssdk.v1.SignConfigResponse> getSignConfigMethod;
    if ((getSignConfigMethod = JsSdkServiceGrpc.getSignConfigMethod) == null) {
      synchronized (JsSdkServiceGrpc.class) {
        if ((getSignConfigMethod = JsSdkServiceGrpc.getSignConfigMethod) == null) {
          JsSdkServiceGrpc.getSignConfigMethod = getSignConfigMethod =
              io.grpc.MethodDescriptor.<io.wxgate.jssdk.v1.SignConfigRequest, io.wxgate.jssdk.v1.SignConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SignConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.jssdk.v1.SignConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.jssdk.v1.SignConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new JsSdkServiceMethodDescriptorSupplier("SignConfig"))
              .build();
        }
      }
    }
    return getSignConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.jssdk.v1.SignCardExtRequest,
      io.wxgate.jssdk.v1.SignCardExtResponse> getSignCardExtMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SignCardExt",
      requestType = io.wxgate.jssdk.v1.SignCardExtRequest.class,
      responseType = io.wxgate.jssdk.v1.SignCardExtResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.jssdk.v1.SignCardExtRequest,
      io.wxgate.jssdk.v1.SignCardExtResponse> getSignCardExtMethod() {
    io.grpc.MethodDescriptor<io.wxgate.jssdk.v1.SignCardExtRequest, io.wxgate.jssdk.v1.SignCardExtResponse> getSignCardExtMethod;
    if ((getSignCardExtMethod = JsSdkServiceGrpc.getSignCardExtMethod) == null) {
      synchronized (JsSdkServiceGrpc.class) {
        if ((getSignCardExtMethod = JsSdkServiceGrpc.getSignCardExtMethod) == null) {
          JsSdkServiceGrpc.getSignCardExtMethod = getSignCardExtMethod =
              io.grpc.MethodDescriptor.<io.wxgate.jssdk.v1.SignCardExtRequest, io.wxgate.jssdk.v1.SignCardExtResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SignCardExt"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.jssdk.v1.SignCardExtRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.jssdk.v1.SignCardExtResponse.getDefaultInstance()))
              .setSchemaDescriptor(new JsSdkServiceMethodDescriptorSupplier("SignCardExt"))
              .build();
        }
      }
    }
    return getSignCardExtMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.jssdk.v1.SignChooseCardRequest,
      io.wxgate.jssdk.v1.SignChooseCardResponse> getSignChooseCardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SignChooseCard",
      requestType = io.wxgate.jssdk.v1.SignChooseCardRequest.class,
      responseType = io.wxgate.jssdk.v1.SignChooseCardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.jssdk.v1.SignChooseCardRequest,
      io.wxgate.jssdk.v1.SignChooseCardResponse> getSignChooseCardMethod() {
    io.grpc.MethodDescriptor<io.wxgate.jssdk.v1.SignChooseCardRequest, io.wxgate.jssdk.v1.SignChooseCardResponse> getSignChooseCardMethod;
    if ((getSignChooseCardMethod = JsSdkServiceGrpc.getSignChooseCardMethod) == null) {
      synchronized (JsSdkServiceGrpc.class) {
        if ((getSignChooseCardMethod = JsSdkServiceGrpc.getSignChooseCardMethod) == null) {
          JsSdkServiceGrpc.getSignChooseCardMethod = getSignChooseCardMethod =
              io.grpc.MethodDescriptor.<io.wxgate.jssdk.v1.SignChooseCardRequest, io.wxgate.jssdk.v1.SignChooseCardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SignChooseCard"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.jssdk.v1.SignChooseCardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.jssdk.v1.SignChooseCardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new JsSdkServiceMethodDescriptorSupplier("SignChooseCard"))
              .build();
        }
      }
    }
    return getSignChooseCardMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static JsSdkServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<JsSdkServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<JsSdkServiceStub>() {
        @java.lang.Override
        public JsSdkServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new JsSdkServiceStub(channel, callOptions);
        }
      };
    return JsSdkServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static JsSdkServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<JsSdkServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<JsSdkServiceBlockingV2Stub>() {
        @java.lang.Override
        public JsSdkServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new JsSdkServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return JsSdkServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static JsSdkServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<JsSdkServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<JsSdkServiceBlockingStub>() {
        @java.lang.Override
        public JsSdkServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new JsSdkServiceBlockingStub(channel, callOptions);
        }
      };
    return JsSdkServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static JsSdkServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<JsSdkServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<JsSdkServiceFutureStub>() {
        @java.lang.Override
        public JsSdkServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new JsSdkServiceFutureStub(channel, callOptions);
        }
      };
    return JsSdkServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * JsSdkService signs for WeChat H5 pages what the WeChat JS-SDK needs from a
   * backend: the wx.config signature (made with the account's jsapi_ticket) and the
   * card signatures of wx.addCard and wx.chooseCard (made with the card api_ticket,
   * getticket type=wx_card). The gateway holds both tickets like the access_token
   * (one fetch per expiry for all callers and replicas) and never answers them: the
   * signature is the product, not the ticket.
   * The account is the one the call is for (x-wxgate-account); app_id in the answers
   * is its app id, as wx.config and wx.chooseCard want it. Every nonce is 16 random
   * letters and digits; every timestamp is Unix seconds, the gateway's clock.
   * Source: the JS-SDK documentation (developers.weixin.qq.com/doc/offiaccount/
   * OA_Web_Apps/JS-SDK.html: 附录1 JS-SDK使用权限签名算法, 附录4 卡券扩展字段及签名生成
   * 算法), seed 002 §2 (HTML5网页发券 with addCard), and the SDKs that implement them
   * (wechatpy get_jsapi_signature / get_jsapi_add_card_params, WxJava
   * createJsapiSignature / createCardApiSignature), whose test vectors the gateway's
   * tests use.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * SignConfig signs wx.config for one page:
     *	signature = sha1("jsapi_ticket=" + ticket + "&amp;noncestr=" + nonce_str +
     *	                 "&amp;timestamp=" + timestamp + "&amp;url=" + url)
     * (the four fields sorted by name, key=value joined with &amp;, as 附录1 says), with
     * url the page's URL as the browser has it, without its #fragment, not encoded
     * again.
     * </pre>
     */
    default void signConfig(io.wxgate.jssdk.v1.SignConfigRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.jssdk.v1.SignConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSignConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * SignCardExt signs the cardExt of one card for wx.addCard (附录4): signature =
     * sha1 of the concatenation of the VALUES of api_ticket, timestamp, card_id, code,
     * openid and nonce_str, sorted as strings (an absent code or openid is the empty
     * string and sorts first). outer_str and fixed_begintimestamp ride in the cardExt
     * but are not signed.
     * </pre>
     */
    default void signCardExt(io.wxgate.jssdk.v1.SignCardExtRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.jssdk.v1.SignCardExtResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSignCardExtMethod(), responseObserver);
    }

    /**
     * <pre>
     * SignChooseCard signs wx.chooseCard (附录4, cardSign): card_sign = sha1 of the
     * concatenation of the VALUES of api_ticket, app_id, location_id (the shop_id),
     * timestamp, nonce_str, card_id and card_type, sorted as strings (absent ones are
     * empty strings). sign_type is always SHA1.
     * </pre>
     */
    default void signChooseCard(io.wxgate.jssdk.v1.SignChooseCardRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.jssdk.v1.SignChooseCardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSignChooseCardMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service JsSdkService.
   * <pre>
   * JsSdkService signs for WeChat H5 pages what the WeChat JS-SDK needs from a
   * backend: the wx.config signature (made with the account's jsapi_ticket) and the
   * card signatures of wx.addCard and wx.chooseCard (made with the card api_ticket,
   * getticket type=wx_card). The gateway holds both tickets like the access_token
   * (one fetch per expiry for all callers and replicas) and never answers them: the
   * signature is the product, not the ticket.
   * The account is the one the call is for (x-wxgate-account); app_id in the answers
   * is its app id, as wx.config and wx.chooseCard want it. Every nonce is 16 random
   * letters and digits; every timestamp is Unix seconds, the gateway's clock.
   * Source: the JS-SDK documentation (developers.weixin.qq.com/doc/offiaccount/
   * OA_Web_Apps/JS-SDK.html: 附录1 JS-SDK使用权限签名算法, 附录4 卡券扩展字段及签名生成
   * 算法), seed 002 §2 (HTML5网页发券 with addCard), and the SDKs that implement them
   * (wechatpy get_jsapi_signature / get_jsapi_add_card_params, WxJava
   * createJsapiSignature / createCardApiSignature), whose test vectors the gateway's
   * tests use.
   * </pre>
   */
  public static abstract class JsSdkServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return JsSdkServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service JsSdkService.
   * <pre>
   * JsSdkService signs for WeChat H5 pages what the WeChat JS-SDK needs from a
   * backend: the wx.config signature (made with the account's jsapi_ticket) and the
   * card signatures of wx.addCard and wx.chooseCard (made with the card api_ticket,
   * getticket type=wx_card). The gateway holds both tickets like the access_token
   * (one fetch per expiry for all callers and replicas) and never answers them: the
   * signature is the product, not the ticket.
   * The account is the one the call is for (x-wxgate-account); app_id in the answers
   * is its app id, as wx.config and wx.chooseCard want it. Every nonce is 16 random
   * letters and digits; every timestamp is Unix seconds, the gateway's clock.
   * Source: the JS-SDK documentation (developers.weixin.qq.com/doc/offiaccount/
   * OA_Web_Apps/JS-SDK.html: 附录1 JS-SDK使用权限签名算法, 附录4 卡券扩展字段及签名生成
   * 算法), seed 002 §2 (HTML5网页发券 with addCard), and the SDKs that implement them
   * (wechatpy get_jsapi_signature / get_jsapi_add_card_params, WxJava
   * createJsapiSignature / createCardApiSignature), whose test vectors the gateway's
   * tests use.
   * </pre>
   */
  public static final class JsSdkServiceStub
      extends io.grpc.stub.AbstractAsyncStub<JsSdkServiceStub> {
    private JsSdkServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected JsSdkServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new JsSdkServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * SignConfig signs wx.config for one page:
     *	signature = sha1("jsapi_ticket=" + ticket + "&amp;noncestr=" + nonce_str +
     *	                 "&amp;timestamp=" + timestamp + "&amp;url=" + url)
     * (the four fields sorted by name, key=value joined with &amp;, as 附录1 says), with
     * url the page's URL as the browser has it, without its #fragment, not encoded
     * again.
     * </pre>
     */
    public void signConfig(io.wxgate.jssdk.v1.SignConfigRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.jssdk.v1.SignConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSignConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SignCardExt signs the cardExt of one card for wx.addCard (附录4): signature =
     * sha1 of the concatenation of the VALUES of api_ticket, timestamp, card_id, code,
     * openid and nonce_str, sorted as strings (an absent code or openid is the empty
     * string and sorts first). outer_str and fixed_begintimestamp ride in the cardExt
     * but are not signed.
     * </pre>
     */
    public void signCardExt(io.wxgate.jssdk.v1.SignCardExtRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.jssdk.v1.SignCardExtResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSignCardExtMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SignChooseCard signs wx.chooseCard (附录4, cardSign): card_sign = sha1 of the
     * concatenation of the VALUES of api_ticket, app_id, location_id (the shop_id),
     * timestamp, nonce_str, card_id and card_type, sorted as strings (absent ones are
     * empty strings). sign_type is always SHA1.
     * </pre>
     */
    public void signChooseCard(io.wxgate.jssdk.v1.SignChooseCardRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.jssdk.v1.SignChooseCardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSignChooseCardMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service JsSdkService.
   * <pre>
   * JsSdkService signs for WeChat H5 pages what the WeChat JS-SDK needs from a
   * backend: the wx.config signature (made with the account's jsapi_ticket) and the
   * card signatures of wx.addCard and wx.chooseCard (made with the card api_ticket,
   * getticket type=wx_card). The gateway holds both tickets like the access_token
   * (one fetch per expiry for all callers and replicas) and never answers them: the
   * signature is the product, not the ticket.
   * The account is the one the call is for (x-wxgate-account); app_id in the answers
   * is its app id, as wx.config and wx.chooseCard want it. Every nonce is 16 random
   * letters and digits; every timestamp is Unix seconds, the gateway's clock.
   * Source: the JS-SDK documentation (developers.weixin.qq.com/doc/offiaccount/
   * OA_Web_Apps/JS-SDK.html: 附录1 JS-SDK使用权限签名算法, 附录4 卡券扩展字段及签名生成
   * 算法), seed 002 §2 (HTML5网页发券 with addCard), and the SDKs that implement them
   * (wechatpy get_jsapi_signature / get_jsapi_add_card_params, WxJava
   * createJsapiSignature / createCardApiSignature), whose test vectors the gateway's
   * tests use.
   * </pre>
   */
  public static final class JsSdkServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<JsSdkServiceBlockingV2Stub> {
    private JsSdkServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected JsSdkServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new JsSdkServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * SignConfig signs wx.config for one page:
     *	signature = sha1("jsapi_ticket=" + ticket + "&amp;noncestr=" + nonce_str +
     *	                 "&amp;timestamp=" + timestamp + "&amp;url=" + url)
     * (the four fields sorted by name, key=value joined with &amp;, as 附录1 says), with
     * url the page's URL as the browser has it, without its #fragment, not encoded
     * again.
     * </pre>
     */
    public io.wxgate.jssdk.v1.SignConfigResponse signConfig(io.wxgate.jssdk.v1.SignConfigRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSignConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SignCardExt signs the cardExt of one card for wx.addCard (附录4): signature =
     * sha1 of the concatenation of the VALUES of api_ticket, timestamp, card_id, code,
     * openid and nonce_str, sorted as strings (an absent code or openid is the empty
     * string and sorts first). outer_str and fixed_begintimestamp ride in the cardExt
     * but are not signed.
     * </pre>
     */
    public io.wxgate.jssdk.v1.SignCardExtResponse signCardExt(io.wxgate.jssdk.v1.SignCardExtRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSignCardExtMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SignChooseCard signs wx.chooseCard (附录4, cardSign): card_sign = sha1 of the
     * concatenation of the VALUES of api_ticket, app_id, location_id (the shop_id),
     * timestamp, nonce_str, card_id and card_type, sorted as strings (absent ones are
     * empty strings). sign_type is always SHA1.
     * </pre>
     */
    public io.wxgate.jssdk.v1.SignChooseCardResponse signChooseCard(io.wxgate.jssdk.v1.SignChooseCardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSignChooseCardMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service JsSdkService.
   * <pre>
   * JsSdkService signs for WeChat H5 pages what the WeChat JS-SDK needs from a
   * backend: the wx.config signature (made with the account's jsapi_ticket) and the
   * card signatures of wx.addCard and wx.chooseCard (made with the card api_ticket,
   * getticket type=wx_card). The gateway holds both tickets like the access_token
   * (one fetch per expiry for all callers and replicas) and never answers them: the
   * signature is the product, not the ticket.
   * The account is the one the call is for (x-wxgate-account); app_id in the answers
   * is its app id, as wx.config and wx.chooseCard want it. Every nonce is 16 random
   * letters and digits; every timestamp is Unix seconds, the gateway's clock.
   * Source: the JS-SDK documentation (developers.weixin.qq.com/doc/offiaccount/
   * OA_Web_Apps/JS-SDK.html: 附录1 JS-SDK使用权限签名算法, 附录4 卡券扩展字段及签名生成
   * 算法), seed 002 §2 (HTML5网页发券 with addCard), and the SDKs that implement them
   * (wechatpy get_jsapi_signature / get_jsapi_add_card_params, WxJava
   * createJsapiSignature / createCardApiSignature), whose test vectors the gateway's
   * tests use.
   * </pre>
   */
  public static final class JsSdkServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<JsSdkServiceBlockingStub> {
    private JsSdkServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected JsSdkServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new JsSdkServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * SignConfig signs wx.config for one page:
     *	signature = sha1("jsapi_ticket=" + ticket + "&amp;noncestr=" + nonce_str +
     *	                 "&amp;timestamp=" + timestamp + "&amp;url=" + url)
     * (the four fields sorted by name, key=value joined with &amp;, as 附录1 says), with
     * url the page's URL as the browser has it, without its #fragment, not encoded
     * again.
     * </pre>
     */
    public io.wxgate.jssdk.v1.SignConfigResponse signConfig(io.wxgate.jssdk.v1.SignConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSignConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SignCardExt signs the cardExt of one card for wx.addCard (附录4): signature =
     * sha1 of the concatenation of the VALUES of api_ticket, timestamp, card_id, code,
     * openid and nonce_str, sorted as strings (an absent code or openid is the empty
     * string and sorts first). outer_str and fixed_begintimestamp ride in the cardExt
     * but are not signed.
     * </pre>
     */
    public io.wxgate.jssdk.v1.SignCardExtResponse signCardExt(io.wxgate.jssdk.v1.SignCardExtRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSignCardExtMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SignChooseCard signs wx.chooseCard (附录4, cardSign): card_sign = sha1 of the
     * concatenation of the VALUES of api_ticket, app_id, location_id (the shop_id),
     * timestamp, nonce_str, card_id and card_type, sorted as strings (absent ones are
     * empty strings). sign_type is always SHA1.
     * </pre>
     */
    public io.wxgate.jssdk.v1.SignChooseCardResponse signChooseCard(io.wxgate.jssdk.v1.SignChooseCardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSignChooseCardMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service JsSdkService.
   * <pre>
   * JsSdkService signs for WeChat H5 pages what the WeChat JS-SDK needs from a
   * backend: the wx.config signature (made with the account's jsapi_ticket) and the
   * card signatures of wx.addCard and wx.chooseCard (made with the card api_ticket,
   * getticket type=wx_card). The gateway holds both tickets like the access_token
   * (one fetch per expiry for all callers and replicas) and never answers them: the
   * signature is the product, not the ticket.
   * The account is the one the call is for (x-wxgate-account); app_id in the answers
   * is its app id, as wx.config and wx.chooseCard want it. Every nonce is 16 random
   * letters and digits; every timestamp is Unix seconds, the gateway's clock.
   * Source: the JS-SDK documentation (developers.weixin.qq.com/doc/offiaccount/
   * OA_Web_Apps/JS-SDK.html: 附录1 JS-SDK使用权限签名算法, 附录4 卡券扩展字段及签名生成
   * 算法), seed 002 §2 (HTML5网页发券 with addCard), and the SDKs that implement them
   * (wechatpy get_jsapi_signature / get_jsapi_add_card_params, WxJava
   * createJsapiSignature / createCardApiSignature), whose test vectors the gateway's
   * tests use.
   * </pre>
   */
  public static final class JsSdkServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<JsSdkServiceFutureStub> {
    private JsSdkServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected JsSdkServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new JsSdkServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * SignConfig signs wx.config for one page:
     *	signature = sha1("jsapi_ticket=" + ticket + "&amp;noncestr=" + nonce_str +
     *	                 "&amp;timestamp=" + timestamp + "&amp;url=" + url)
     * (the four fields sorted by name, key=value joined with &amp;, as 附录1 says), with
     * url the page's URL as the browser has it, without its #fragment, not encoded
     * again.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.jssdk.v1.SignConfigResponse> signConfig(
        io.wxgate.jssdk.v1.SignConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSignConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SignCardExt signs the cardExt of one card for wx.addCard (附录4): signature =
     * sha1 of the concatenation of the VALUES of api_ticket, timestamp, card_id, code,
     * openid and nonce_str, sorted as strings (an absent code or openid is the empty
     * string and sorts first). outer_str and fixed_begintimestamp ride in the cardExt
     * but are not signed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.jssdk.v1.SignCardExtResponse> signCardExt(
        io.wxgate.jssdk.v1.SignCardExtRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSignCardExtMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SignChooseCard signs wx.chooseCard (附录4, cardSign): card_sign = sha1 of the
     * concatenation of the VALUES of api_ticket, app_id, location_id (the shop_id),
     * timestamp, nonce_str, card_id and card_type, sorted as strings (absent ones are
     * empty strings). sign_type is always SHA1.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.jssdk.v1.SignChooseCardResponse> signChooseCard(
        io.wxgate.jssdk.v1.SignChooseCardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSignChooseCardMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SIGN_CONFIG = 0;
  private static final int METHODID_SIGN_CARD_EXT = 1;
  private static final int METHODID_SIGN_CHOOSE_CARD = 2;

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
        case METHODID_SIGN_CONFIG:
          serviceImpl.signConfig((io.wxgate.jssdk.v1.SignConfigRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.jssdk.v1.SignConfigResponse>) responseObserver);
          break;
        case METHODID_SIGN_CARD_EXT:
          serviceImpl.signCardExt((io.wxgate.jssdk.v1.SignCardExtRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.jssdk.v1.SignCardExtResponse>) responseObserver);
          break;
        case METHODID_SIGN_CHOOSE_CARD:
          serviceImpl.signChooseCard((io.wxgate.jssdk.v1.SignChooseCardRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.jssdk.v1.SignChooseCardResponse>) responseObserver);
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
          getSignConfigMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.jssdk.v1.SignConfigRequest,
              io.wxgate.jssdk.v1.SignConfigResponse>(
                service, METHODID_SIGN_CONFIG)))
        .addMethod(
          getSignCardExtMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.jssdk.v1.SignCardExtRequest,
              io.wxgate.jssdk.v1.SignCardExtResponse>(
                service, METHODID_SIGN_CARD_EXT)))
        .addMethod(
          getSignChooseCardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.jssdk.v1.SignChooseCardRequest,
              io.wxgate.jssdk.v1.SignChooseCardResponse>(
                service, METHODID_SIGN_CHOOSE_CARD)))
        .build();
  }

  private static abstract class JsSdkServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    JsSdkServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.wxgate.jssdk.v1.JsSdkProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("JsSdkService");
    }
  }

  private static final class JsSdkServiceFileDescriptorSupplier
      extends JsSdkServiceBaseDescriptorSupplier {
    JsSdkServiceFileDescriptorSupplier() {}
  }

  private static final class JsSdkServiceMethodDescriptorSupplier
      extends JsSdkServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    JsSdkServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (JsSdkServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new JsSdkServiceFileDescriptorSupplier())
              .addMethod(getSignConfigMethod())
              .addMethod(getSignCardExtMethod())
              .addMethod(getSignChooseCardMethod())
              .build();
        }
      }
    }
    return result;
  }
}
