package io.wxgate.quota.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * QuotaService shows how much of each WeChat API's daily quota an account has
 * spent: WeChat's own figures (openApi 管理: 查询API调用额度) next to the gateway's
 * local counters, the configured limits and each caller's share. It also resets
 * WeChat's daily counts (清空API的调用quota) and explains a failed call by the rid
 * WeChat put in its errmsg (查询rid信息).
 * The account is the one the call is for (x-wxgate-account, or the default
 * account), as for every other service, and the caller must be allowed to act for
 * it. ClearQuota spends one of the account's few clears a month, and GetRidInfo
 * answers what WeChat logged of another call (its request and answer bodies): a
 * caller's rules must name each of these two methods exactly; a wildcard such as
 * "wxgate.quota.v1.QuotaService/&#42;" allows only the reads GetQuota and ListQuotas.
 * No browser caller may call this service.
 * WeChat errcodes of these endpoints (the documents below): 76021 cgi_path not
 * found (NOT_FOUND), 76022 no permission for this cgi_path, e.g. a /sns/ path
 * (PERMISSION_DENIED), 48006 the month's clears are used up (RESOURCE_EXHAUSTED,
 * with a RetryInfo until the next month), 40013 invalid appid, 76001 rid not found
 * or older than 7 days (NOT_FOUND), 76002 rid empty or malformed
 * (INVALID_ARGUMENT), 76003 rid of another account (PERMISSION_DENIED). The quota
 * errcodes the figures here help to avoid: 45009 daily quota reached, 45011 minute
 * quota reached (both RESOURCE_EXHAUSTED).
 * Sources: WeChat's documents getApiQuota (developers.weixin.qq.com/doc/oplatform/
 * Third-party_Platforms/2.0/api/openApi/get_api_quota.html; doc/service/api/
 * apimanage/api_getapiquota), clearQuota (…/openApi/clear_quota.html) and
 * getRidInfo (doc/service/openApi/get_rid_info.html); silenceper/wechat
 * domain/openapi/mgnt.go (APIQuota, RidInfo), internal/openapi/mgnt.go and
 * officialaccount/basic/basic.go (ClearQuota posting {"appid"}); wechatpy
 * constants.py (45009 OUT_OF_API_FREQ_LIMIT, 45011 API_MINUTE_QUOTA_REACH_LIMIT,
 * 48006 OUT_OF_RESET_LIMIT).
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class QuotaServiceGrpc {

  private QuotaServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "wxgate.quota.v1.QuotaService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.wxgate.quota.v1.GetQuotaRequest,
      io.wxgate.quota.v1.GetQuotaResponse> getGetQuotaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetQuota",
      requestType = io.wxgate.quota.v1.GetQuotaRequest.class,
      responseType = io.wxgate.quota.v1.GetQuotaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.quota.v1.GetQuotaRequest,
      io.wxgate.quota.v1.GetQuotaResponse> getGetQuotaMethod() {
    io.grpc.MethodDescriptor<io.wxgate.quota.v1.GetQuotaRequest, io.wxgate.quota.v1.GetQuotaResponse> getGetQuotaMethod;
    if ((getGetQuotaMethod = QuotaServiceGrpc.getGetQuotaMethod) == null) {
      synchronized (QuotaServiceGrpc.class) {
        if ((getGetQuotaMethod = QuotaServiceGrpc.getGetQuotaMethod) == null) {
          QuotaServiceGrpc.getGetQuotaMethod = getGetQuotaMethod =
              io.grpc.MethodDescriptor.<io.wxgate.quota.v1.GetQuotaRequest, io.wxgate.quota.v1.GetQuotaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetQuota"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.quota.v1.GetQuotaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.quota.v1.GetQuotaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QuotaServiceMethodDescriptorSupplier("GetQuota"))
              .build();
        }
      }
    }
    return getGetQuotaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.quota.v1.ListQuotasRequest,
      io.wxgate.quota.v1.ListQuotasResponse> getListQuotasMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListQuotas",
      requestType = io.wxgate.quota.v1.ListQuotasRequest.class,
      responseType = io.wxgate.quota.v1.ListQuotasResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.quota.v1.ListQuotasRequest,
      io.wxgate.quota.v1.ListQuotasResponse> getListQuotasMethod() {
    io.grpc.MethodDescriptor<io.wxgate.quota.v1.ListQuotasRequest, io.wxgate.quota.v1.ListQuotasResponse> getListQuotasMethod;
    if ((getListQuotasMethod = QuotaServiceGrpc.getListQuotasMethod) == null) {
      synchronized (QuotaServiceGrpc.class) {
        if ((getListQuotasMethod = QuotaServiceGrpc.getListQuotasMethod) == null) {
          QuotaServiceGrpc.getListQuotasMethod = getListQuotasMethod =
              io.grpc.MethodDescriptor.<io.wxgate.quota.v1.ListQuotasRequest, io.wxgate.quota.v1.ListQuotasResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListQuotas"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.quota.v1.ListQuotasRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.quota.v1.ListQuotasResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QuotaServiceMethodDescriptorSupplier("ListQuotas"))
              .build();
        }
      }
    }
    return getListQuotasMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.quota.v1.ClearQuotaRequest,
      io.wxgate.quota.v1.ClearQuotaResponse> getClearQuotaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ClearQuota",
      requestType = io.wxgate.quota.v1.ClearQuotaRequest.class,
      responseType = io.wxgate.quota.v1.ClearQuotaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.quota.v1.ClearQuotaRequest,
      io.wxgate.quota.v1.ClearQuotaResponse> getClearQuotaMethod() {
    io.grpc.MethodDescriptor<io.wxgate.quota.v1.ClearQuotaRequest, io.wxgate.quota.v1.ClearQuotaResponse> getClearQuotaMethod;
    if ((getClearQuotaMethod = QuotaServiceGrpc.getClearQuotaMethod) == null) {
      synchronized (QuotaServiceGrpc.class) {
        if ((getClearQuotaMethod = QuotaServiceGrpc.getClearQuotaMethod) == null) {
          QuotaServiceGrpc.getClearQuotaMethod = getClearQuotaMethod =
              io.grpc.MethodDescriptor.<io.wxgate.quota.v1.ClearQuotaRequest, io.wxgate.quota.v1.ClearQuotaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ClearQuota"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.quota.v1.ClearQuotaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.quota.v1.ClearQuotaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QuotaServiceMethodDescriptorSupplier("ClearQuota"))
              .build();
        }
      }
    }
    return getClearQuotaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.quota.v1.GetRidInfoRequest,
      io.wxgate.quota.v1.GetRidInfoResponse> getGetRidInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRidInfo",
      requestType = io.wxgate.quota.v1.GetRidInfoRequest.class,
      responseType = io.wxgate.quota.v1.GetRidInfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.quota.v1.GetRidInfoRequest,
      io.wxgate.quota.v1.GetRidInfoResponse> getGetRidInfoMethod() {
    io.grpc.MethodDescriptor<io.wxgate.quota.v1.GetRidInfoRequest, io.wxgate.quota.v1.GetRidInfoResponse> getGetRidInfoMethod;
    if ((getGetRidInfoMethod = QuotaServiceGrpc.getGetRidInfoMethod) == null) {
      synchronized (QuotaServiceGrpc.class) {
        if ((getGetRidInfoMethod = QuotaServiceGrpc.getGetRidInfoMethod) == null) {
          QuotaServiceGrpc.getGetRidInfoMethod = getGetRidInfoMethod =
              io.grpc.MethodDescriptor.<io.wxgate.quota.v1.GetRidInfoRequest, io.wxgate.quota.v1.GetRidInfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRidInfo"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.quota.v1.GetRidInfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.quota.v1.GetRidInfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QuotaServiceMethodDescriptorSupplier("GetRidInfo"))
              .build();
        }
      }
    }
    return getGetRidInfoMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static QuotaServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QuotaServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QuotaServiceStub>() {
        @java.lang.Override
        public QuotaServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QuotaServiceStub(channel, callOptions);
        }
      };
    return QuotaServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static QuotaServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QuotaServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QuotaServiceBlockingV2Stub>() {
        @java.lang.Override
        public QuotaServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QuotaServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return QuotaServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static QuotaServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QuotaServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QuotaServiceBlockingStub>() {
        @java.lang.Override
        public QuotaServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QuotaServiceBlockingStub(channel, callOptions);
        }
      };
    return QuotaServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static QuotaServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QuotaServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QuotaServiceFutureStub>() {
        @java.lang.Override
        public QuotaServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QuotaServiceFutureStub(channel, callOptions);
        }
      };
    return QuotaServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * QuotaService shows how much of each WeChat API's daily quota an account has
   * spent: WeChat's own figures (openApi 管理: 查询API调用额度) next to the gateway's
   * local counters, the configured limits and each caller's share. It also resets
   * WeChat's daily counts (清空API的调用quota) and explains a failed call by the rid
   * WeChat put in its errmsg (查询rid信息).
   * The account is the one the call is for (x-wxgate-account, or the default
   * account), as for every other service, and the caller must be allowed to act for
   * it. ClearQuota spends one of the account's few clears a month, and GetRidInfo
   * answers what WeChat logged of another call (its request and answer bodies): a
   * caller's rules must name each of these two methods exactly; a wildcard such as
   * "wxgate.quota.v1.QuotaService/&#42;" allows only the reads GetQuota and ListQuotas.
   * No browser caller may call this service.
   * WeChat errcodes of these endpoints (the documents below): 76021 cgi_path not
   * found (NOT_FOUND), 76022 no permission for this cgi_path, e.g. a /sns/ path
   * (PERMISSION_DENIED), 48006 the month's clears are used up (RESOURCE_EXHAUSTED,
   * with a RetryInfo until the next month), 40013 invalid appid, 76001 rid not found
   * or older than 7 days (NOT_FOUND), 76002 rid empty or malformed
   * (INVALID_ARGUMENT), 76003 rid of another account (PERMISSION_DENIED). The quota
   * errcodes the figures here help to avoid: 45009 daily quota reached, 45011 minute
   * quota reached (both RESOURCE_EXHAUSTED).
   * Sources: WeChat's documents getApiQuota (developers.weixin.qq.com/doc/oplatform/
   * Third-party_Platforms/2.0/api/openApi/get_api_quota.html; doc/service/api/
   * apimanage/api_getapiquota), clearQuota (…/openApi/clear_quota.html) and
   * getRidInfo (doc/service/openApi/get_rid_info.html); silenceper/wechat
   * domain/openapi/mgnt.go (APIQuota, RidInfo), internal/openapi/mgnt.go and
   * officialaccount/basic/basic.go (ClearQuota posting {"appid"}); wechatpy
   * constants.py (45009 OUT_OF_API_FREQ_LIMIT, 45011 API_MINUTE_QUOTA_REACH_LIMIT,
   * 48006 OUT_OF_RESET_LIMIT).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * GetQuota answers one API's figures for the account: WeChat's (upstream POST
     * /cgi-bin/openapi/quota/get {"cgi_path"}, itself a call that counts against
     * that endpoint's own quota), the gateway's local counters and limits, and the
     * callers' shares.
     * </pre>
     */
    default void getQuota(io.wxgate.quota.v1.GetQuotaRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.quota.v1.GetQuotaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetQuotaMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListQuotas answers the local figures of every API the configuration limits
     * (ratelimits and the callers' quotas), and of the token endpoint, without
     * asking WeChat unless include_wechat is set: then WeChat is asked once per API
     * (each a call to /cgi-bin/openapi/quota/get), and an API whose figures could not
     * be had carries wechat_error instead of failing the list.
     * </pre>
     */
    default void listQuotas(io.wxgate.quota.v1.ListQuotasRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.quota.v1.ListQuotasResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListQuotasMethod(), responseObserver);
    }

    /**
     * <pre>
     * ClearQuota resets WeChat's daily counts of every API of the account (upstream
     * POST /cgi-bin/clear_quota {"appid"}). WeChat allows 10 clears per account and
     * month, those made on the web console included; past them it answers 48006.
     * With reset_local_counts the gateway's own daily counts of the account (and of
     * the callers' shares) on the APIs it limits go back to 0 too.
     * </pre>
     */
    default void clearQuota(io.wxgate.quota.v1.ClearQuotaRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.quota.v1.ClearQuotaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getClearQuotaMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetRidInfo answers what WeChat logged of the call that failed with rid
     * (upstream POST /cgi-bin/openapi/rid/get {"rid"}): rids of the last 7 days of
     * this account only. The access_token is removed from request_url, and the
     * account's credentials from every field, before the answer leaves the gateway;
     * the rest is WeChat's, and is never logged.
     * </pre>
     */
    default void getRidInfo(io.wxgate.quota.v1.GetRidInfoRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.quota.v1.GetRidInfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRidInfoMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service QuotaService.
   * <pre>
   * QuotaService shows how much of each WeChat API's daily quota an account has
   * spent: WeChat's own figures (openApi 管理: 查询API调用额度) next to the gateway's
   * local counters, the configured limits and each caller's share. It also resets
   * WeChat's daily counts (清空API的调用quota) and explains a failed call by the rid
   * WeChat put in its errmsg (查询rid信息).
   * The account is the one the call is for (x-wxgate-account, or the default
   * account), as for every other service, and the caller must be allowed to act for
   * it. ClearQuota spends one of the account's few clears a month, and GetRidInfo
   * answers what WeChat logged of another call (its request and answer bodies): a
   * caller's rules must name each of these two methods exactly; a wildcard such as
   * "wxgate.quota.v1.QuotaService/&#42;" allows only the reads GetQuota and ListQuotas.
   * No browser caller may call this service.
   * WeChat errcodes of these endpoints (the documents below): 76021 cgi_path not
   * found (NOT_FOUND), 76022 no permission for this cgi_path, e.g. a /sns/ path
   * (PERMISSION_DENIED), 48006 the month's clears are used up (RESOURCE_EXHAUSTED,
   * with a RetryInfo until the next month), 40013 invalid appid, 76001 rid not found
   * or older than 7 days (NOT_FOUND), 76002 rid empty or malformed
   * (INVALID_ARGUMENT), 76003 rid of another account (PERMISSION_DENIED). The quota
   * errcodes the figures here help to avoid: 45009 daily quota reached, 45011 minute
   * quota reached (both RESOURCE_EXHAUSTED).
   * Sources: WeChat's documents getApiQuota (developers.weixin.qq.com/doc/oplatform/
   * Third-party_Platforms/2.0/api/openApi/get_api_quota.html; doc/service/api/
   * apimanage/api_getapiquota), clearQuota (…/openApi/clear_quota.html) and
   * getRidInfo (doc/service/openApi/get_rid_info.html); silenceper/wechat
   * domain/openapi/mgnt.go (APIQuota, RidInfo), internal/openapi/mgnt.go and
   * officialaccount/basic/basic.go (ClearQuota posting {"appid"}); wechatpy
   * constants.py (45009 OUT_OF_API_FREQ_LIMIT, 45011 API_MINUTE_QUOTA_REACH_LIMIT,
   * 48006 OUT_OF_RESET_LIMIT).
   * </pre>
   */
  public static abstract class QuotaServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return QuotaServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service QuotaService.
   * <pre>
   * QuotaService shows how much of each WeChat API's daily quota an account has
   * spent: WeChat's own figures (openApi 管理: 查询API调用额度) next to the gateway's
   * local counters, the configured limits and each caller's share. It also resets
   * WeChat's daily counts (清空API的调用quota) and explains a failed call by the rid
   * WeChat put in its errmsg (查询rid信息).
   * The account is the one the call is for (x-wxgate-account, or the default
   * account), as for every other service, and the caller must be allowed to act for
   * it. ClearQuota spends one of the account's few clears a month, and GetRidInfo
   * answers what WeChat logged of another call (its request and answer bodies): a
   * caller's rules must name each of these two methods exactly; a wildcard such as
   * "wxgate.quota.v1.QuotaService/&#42;" allows only the reads GetQuota and ListQuotas.
   * No browser caller may call this service.
   * WeChat errcodes of these endpoints (the documents below): 76021 cgi_path not
   * found (NOT_FOUND), 76022 no permission for this cgi_path, e.g. a /sns/ path
   * (PERMISSION_DENIED), 48006 the month's clears are used up (RESOURCE_EXHAUSTED,
   * with a RetryInfo until the next month), 40013 invalid appid, 76001 rid not found
   * or older than 7 days (NOT_FOUND), 76002 rid empty or malformed
   * (INVALID_ARGUMENT), 76003 rid of another account (PERMISSION_DENIED). The quota
   * errcodes the figures here help to avoid: 45009 daily quota reached, 45011 minute
   * quota reached (both RESOURCE_EXHAUSTED).
   * Sources: WeChat's documents getApiQuota (developers.weixin.qq.com/doc/oplatform/
   * Third-party_Platforms/2.0/api/openApi/get_api_quota.html; doc/service/api/
   * apimanage/api_getapiquota), clearQuota (…/openApi/clear_quota.html) and
   * getRidInfo (doc/service/openApi/get_rid_info.html); silenceper/wechat
   * domain/openapi/mgnt.go (APIQuota, RidInfo), internal/openapi/mgnt.go and
   * officialaccount/basic/basic.go (ClearQuota posting {"appid"}); wechatpy
   * constants.py (45009 OUT_OF_API_FREQ_LIMIT, 45011 API_MINUTE_QUOTA_REACH_LIMIT,
   * 48006 OUT_OF_RESET_LIMIT).
   * </pre>
   */
  public static final class QuotaServiceStub
      extends io.grpc.stub.AbstractAsyncStub<QuotaServiceStub> {
    private QuotaServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QuotaServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QuotaServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetQuota answers one API's figures for the account: WeChat's (upstream POST
     * /cgi-bin/openapi/quota/get {"cgi_path"}, itself a call that counts against
     * that endpoint's own quota), the gateway's local counters and limits, and the
     * callers' shares.
     * </pre>
     */
    public void getQuota(io.wxgate.quota.v1.GetQuotaRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.quota.v1.GetQuotaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetQuotaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListQuotas answers the local figures of every API the configuration limits
     * (ratelimits and the callers' quotas), and of the token endpoint, without
     * asking WeChat unless include_wechat is set: then WeChat is asked once per API
     * (each a call to /cgi-bin/openapi/quota/get), and an API whose figures could not
     * be had carries wechat_error instead of failing the list.
     * </pre>
     */
    public void listQuotas(io.wxgate.quota.v1.ListQuotasRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.quota.v1.ListQuotasResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListQuotasMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ClearQuota resets WeChat's daily counts of every API of the account (upstream
     * POST /cgi-bin/clear_quota {"appid"}). WeChat allows 10 clears per account and
     * month, those made on the web console included; past them it answers 48006.
     * With reset_local_counts the gateway's own daily counts of the account (and of
     * the callers' shares) on the APIs it limits go back to 0 too.
     * </pre>
     */
    public void clearQuota(io.wxgate.quota.v1.ClearQuotaRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.quota.v1.ClearQuotaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getClearQuotaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetRidInfo answers what WeChat logged of the call that failed with rid
     * (upstream POST /cgi-bin/openapi/rid/get {"rid"}): rids of the last 7 days of
     * this account only. The access_token is removed from request_url, and the
     * account's credentials from every field, before the answer leaves the gateway;
     * the rest is WeChat's, and is never logged.
     * </pre>
     */
    public void getRidInfo(io.wxgate.quota.v1.GetRidInfoRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.quota.v1.GetRidInfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRidInfoMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service QuotaService.
   * <pre>
   * QuotaService shows how much of each WeChat API's daily quota an account has
   * spent: WeChat's own figures (openApi 管理: 查询API调用额度) next to the gateway's
   * local counters, the configured limits and each caller's share. It also resets
   * WeChat's daily counts (清空API的调用quota) and explains a failed call by the rid
   * WeChat put in its errmsg (查询rid信息).
   * The account is the one the call is for (x-wxgate-account, or the default
   * account), as for every other service, and the caller must be allowed to act for
   * it. ClearQuota spends one of the account's few clears a month, and GetRidInfo
   * answers what WeChat logged of another call (its request and answer bodies): a
   * caller's rules must name each of these two methods exactly; a wildcard such as
   * "wxgate.quota.v1.QuotaService/&#42;" allows only the reads GetQuota and ListQuotas.
   * No browser caller may call this service.
   * WeChat errcodes of these endpoints (the documents below): 76021 cgi_path not
   * found (NOT_FOUND), 76022 no permission for this cgi_path, e.g. a /sns/ path
   * (PERMISSION_DENIED), 48006 the month's clears are used up (RESOURCE_EXHAUSTED,
   * with a RetryInfo until the next month), 40013 invalid appid, 76001 rid not found
   * or older than 7 days (NOT_FOUND), 76002 rid empty or malformed
   * (INVALID_ARGUMENT), 76003 rid of another account (PERMISSION_DENIED). The quota
   * errcodes the figures here help to avoid: 45009 daily quota reached, 45011 minute
   * quota reached (both RESOURCE_EXHAUSTED).
   * Sources: WeChat's documents getApiQuota (developers.weixin.qq.com/doc/oplatform/
   * Third-party_Platforms/2.0/api/openApi/get_api_quota.html; doc/service/api/
   * apimanage/api_getapiquota), clearQuota (…/openApi/clear_quota.html) and
   * getRidInfo (doc/service/openApi/get_rid_info.html); silenceper/wechat
   * domain/openapi/mgnt.go (APIQuota, RidInfo), internal/openapi/mgnt.go and
   * officialaccount/basic/basic.go (ClearQuota posting {"appid"}); wechatpy
   * constants.py (45009 OUT_OF_API_FREQ_LIMIT, 45011 API_MINUTE_QUOTA_REACH_LIMIT,
   * 48006 OUT_OF_RESET_LIMIT).
   * </pre>
   */
  public static final class QuotaServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<QuotaServiceBlockingV2Stub> {
    private QuotaServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QuotaServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QuotaServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * GetQuota answers one API's figures for the account: WeChat's (upstream POST
     * /cgi-bin/openapi/quota/get {"cgi_path"}, itself a call that counts against
     * that endpoint's own quota), the gateway's local counters and limits, and the
     * callers' shares.
     * </pre>
     */
    public io.wxgate.quota.v1.GetQuotaResponse getQuota(io.wxgate.quota.v1.GetQuotaRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetQuotaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListQuotas answers the local figures of every API the configuration limits
     * (ratelimits and the callers' quotas), and of the token endpoint, without
     * asking WeChat unless include_wechat is set: then WeChat is asked once per API
     * (each a call to /cgi-bin/openapi/quota/get), and an API whose figures could not
     * be had carries wechat_error instead of failing the list.
     * </pre>
     */
    public io.wxgate.quota.v1.ListQuotasResponse listQuotas(io.wxgate.quota.v1.ListQuotasRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListQuotasMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ClearQuota resets WeChat's daily counts of every API of the account (upstream
     * POST /cgi-bin/clear_quota {"appid"}). WeChat allows 10 clears per account and
     * month, those made on the web console included; past them it answers 48006.
     * With reset_local_counts the gateway's own daily counts of the account (and of
     * the callers' shares) on the APIs it limits go back to 0 too.
     * </pre>
     */
    public io.wxgate.quota.v1.ClearQuotaResponse clearQuota(io.wxgate.quota.v1.ClearQuotaRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getClearQuotaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetRidInfo answers what WeChat logged of the call that failed with rid
     * (upstream POST /cgi-bin/openapi/rid/get {"rid"}): rids of the last 7 days of
     * this account only. The access_token is removed from request_url, and the
     * account's credentials from every field, before the answer leaves the gateway;
     * the rest is WeChat's, and is never logged.
     * </pre>
     */
    public io.wxgate.quota.v1.GetRidInfoResponse getRidInfo(io.wxgate.quota.v1.GetRidInfoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetRidInfoMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service QuotaService.
   * <pre>
   * QuotaService shows how much of each WeChat API's daily quota an account has
   * spent: WeChat's own figures (openApi 管理: 查询API调用额度) next to the gateway's
   * local counters, the configured limits and each caller's share. It also resets
   * WeChat's daily counts (清空API的调用quota) and explains a failed call by the rid
   * WeChat put in its errmsg (查询rid信息).
   * The account is the one the call is for (x-wxgate-account, or the default
   * account), as for every other service, and the caller must be allowed to act for
   * it. ClearQuota spends one of the account's few clears a month, and GetRidInfo
   * answers what WeChat logged of another call (its request and answer bodies): a
   * caller's rules must name each of these two methods exactly; a wildcard such as
   * "wxgate.quota.v1.QuotaService/&#42;" allows only the reads GetQuota and ListQuotas.
   * No browser caller may call this service.
   * WeChat errcodes of these endpoints (the documents below): 76021 cgi_path not
   * found (NOT_FOUND), 76022 no permission for this cgi_path, e.g. a /sns/ path
   * (PERMISSION_DENIED), 48006 the month's clears are used up (RESOURCE_EXHAUSTED,
   * with a RetryInfo until the next month), 40013 invalid appid, 76001 rid not found
   * or older than 7 days (NOT_FOUND), 76002 rid empty or malformed
   * (INVALID_ARGUMENT), 76003 rid of another account (PERMISSION_DENIED). The quota
   * errcodes the figures here help to avoid: 45009 daily quota reached, 45011 minute
   * quota reached (both RESOURCE_EXHAUSTED).
   * Sources: WeChat's documents getApiQuota (developers.weixin.qq.com/doc/oplatform/
   * Third-party_Platforms/2.0/api/openApi/get_api_quota.html; doc/service/api/
   * apimanage/api_getapiquota), clearQuota (…/openApi/clear_quota.html) and
   * getRidInfo (doc/service/openApi/get_rid_info.html); silenceper/wechat
   * domain/openapi/mgnt.go (APIQuota, RidInfo), internal/openapi/mgnt.go and
   * officialaccount/basic/basic.go (ClearQuota posting {"appid"}); wechatpy
   * constants.py (45009 OUT_OF_API_FREQ_LIMIT, 45011 API_MINUTE_QUOTA_REACH_LIMIT,
   * 48006 OUT_OF_RESET_LIMIT).
   * </pre>
   */
  public static final class QuotaServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<QuotaServiceBlockingStub> {
    private QuotaServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QuotaServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QuotaServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetQuota answers one API's figures for the account: WeChat's (upstream POST
     * /cgi-bin/openapi/quota/get {"cgi_path"}, itself a call that counts against
     * that endpoint's own quota), the gateway's local counters and limits, and the
     * callers' shares.
     * </pre>
     */
    public io.wxgate.quota.v1.GetQuotaResponse getQuota(io.wxgate.quota.v1.GetQuotaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetQuotaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListQuotas answers the local figures of every API the configuration limits
     * (ratelimits and the callers' quotas), and of the token endpoint, without
     * asking WeChat unless include_wechat is set: then WeChat is asked once per API
     * (each a call to /cgi-bin/openapi/quota/get), and an API whose figures could not
     * be had carries wechat_error instead of failing the list.
     * </pre>
     */
    public io.wxgate.quota.v1.ListQuotasResponse listQuotas(io.wxgate.quota.v1.ListQuotasRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListQuotasMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ClearQuota resets WeChat's daily counts of every API of the account (upstream
     * POST /cgi-bin/clear_quota {"appid"}). WeChat allows 10 clears per account and
     * month, those made on the web console included; past them it answers 48006.
     * With reset_local_counts the gateway's own daily counts of the account (and of
     * the callers' shares) on the APIs it limits go back to 0 too.
     * </pre>
     */
    public io.wxgate.quota.v1.ClearQuotaResponse clearQuota(io.wxgate.quota.v1.ClearQuotaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getClearQuotaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetRidInfo answers what WeChat logged of the call that failed with rid
     * (upstream POST /cgi-bin/openapi/rid/get {"rid"}): rids of the last 7 days of
     * this account only. The access_token is removed from request_url, and the
     * account's credentials from every field, before the answer leaves the gateway;
     * the rest is WeChat's, and is never logged.
     * </pre>
     */
    public io.wxgate.quota.v1.GetRidInfoResponse getRidInfo(io.wxgate.quota.v1.GetRidInfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRidInfoMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service QuotaService.
   * <pre>
   * QuotaService shows how much of each WeChat API's daily quota an account has
   * spent: WeChat's own figures (openApi 管理: 查询API调用额度) next to the gateway's
   * local counters, the configured limits and each caller's share. It also resets
   * WeChat's daily counts (清空API的调用quota) and explains a failed call by the rid
   * WeChat put in its errmsg (查询rid信息).
   * The account is the one the call is for (x-wxgate-account, or the default
   * account), as for every other service, and the caller must be allowed to act for
   * it. ClearQuota spends one of the account's few clears a month, and GetRidInfo
   * answers what WeChat logged of another call (its request and answer bodies): a
   * caller's rules must name each of these two methods exactly; a wildcard such as
   * "wxgate.quota.v1.QuotaService/&#42;" allows only the reads GetQuota and ListQuotas.
   * No browser caller may call this service.
   * WeChat errcodes of these endpoints (the documents below): 76021 cgi_path not
   * found (NOT_FOUND), 76022 no permission for this cgi_path, e.g. a /sns/ path
   * (PERMISSION_DENIED), 48006 the month's clears are used up (RESOURCE_EXHAUSTED,
   * with a RetryInfo until the next month), 40013 invalid appid, 76001 rid not found
   * or older than 7 days (NOT_FOUND), 76002 rid empty or malformed
   * (INVALID_ARGUMENT), 76003 rid of another account (PERMISSION_DENIED). The quota
   * errcodes the figures here help to avoid: 45009 daily quota reached, 45011 minute
   * quota reached (both RESOURCE_EXHAUSTED).
   * Sources: WeChat's documents getApiQuota (developers.weixin.qq.com/doc/oplatform/
   * Third-party_Platforms/2.0/api/openApi/get_api_quota.html; doc/service/api/
   * apimanage/api_getapiquota), clearQuota (…/openApi/clear_quota.html) and
   * getRidInfo (doc/service/openApi/get_rid_info.html); silenceper/wechat
   * domain/openapi/mgnt.go (APIQuota, RidInfo), internal/openapi/mgnt.go and
   * officialaccount/basic/basic.go (ClearQuota posting {"appid"}); wechatpy
   * constants.py (45009 OUT_OF_API_FREQ_LIMIT, 45011 API_MINUTE_QUOTA_REACH_LIMIT,
   * 48006 OUT_OF_RESET_LIMIT).
   * </pre>
   */
  public static final class QuotaServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<QuotaServiceFutureStub> {
    private QuotaServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QuotaServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QuotaServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetQuota answers one API's figures for the account: WeChat's (upstream POST
     * /cgi-bin/openapi/quota/get {"cgi_path"}, itself a call that counts against
     * that endpoint's own quota), the gateway's local counters and limits, and the
     * callers' shares.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.quota.v1.GetQuotaResponse> getQuota(
        io.wxgate.quota.v1.GetQuotaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetQuotaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListQuotas answers the local figures of every API the configuration limits
     * (ratelimits and the callers' quotas), and of the token endpoint, without
     * asking WeChat unless include_wechat is set: then WeChat is asked once per API
     * (each a call to /cgi-bin/openapi/quota/get), and an API whose figures could not
     * be had carries wechat_error instead of failing the list.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.quota.v1.ListQuotasResponse> listQuotas(
        io.wxgate.quota.v1.ListQuotasRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListQuotasMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ClearQuota resets WeChat's daily counts of every API of the account (upstream
     * POST /cgi-bin/clear_quota {"appid"}). WeChat allows 10 clears per account and
     * month, those made on the web console included; past them it answers 48006.
     * With reset_local_counts the gateway's own daily counts of the account (and of
     * the callers' shares) on the APIs it limits go back to 0 too.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.quota.v1.ClearQuotaResponse> clearQuota(
        io.wxgate.quota.v1.ClearQuotaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getClearQuotaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetRidInfo answers what WeChat logged of the call that failed with rid
     * (upstream POST /cgi-bin/openapi/rid/get {"rid"}): rids of the last 7 days of
     * this account only. The access_token is removed from request_url, and the
     * account's credentials from every field, before the answer leaves the gateway;
     * the rest is WeChat's, and is never logged.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.quota.v1.GetRidInfoResponse> getRidInfo(
        io.wxgate.quota.v1.GetRidInfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRidInfoMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_QUOTA = 0;
  private static final int METHODID_LIST_QUOTAS = 1;
  private static final int METHODID_CLEAR_QUOTA = 2;
  private static final int METHODID_GET_RID_INFO = 3;

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
        case METHODID_GET_QUOTA:
          serviceImpl.getQuota((io.wxgate.quota.v1.GetQuotaRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.quota.v1.GetQuotaResponse>) responseObserver);
          break;
        case METHODID_LIST_QUOTAS:
          serviceImpl.listQuotas((io.wxgate.quota.v1.ListQuotasRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.quota.v1.ListQuotasResponse>) responseObserver);
          break;
        case METHODID_CLEAR_QUOTA:
          serviceImpl.clearQuota((io.wxgate.quota.v1.ClearQuotaRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.quota.v1.ClearQuotaResponse>) responseObserver);
          break;
        case METHODID_GET_RID_INFO:
          serviceImpl.getRidInfo((io.wxgate.quota.v1.GetRidInfoRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.quota.v1.GetRidInfoResponse>) responseObserver);
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
          getGetQuotaMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.quota.v1.GetQuotaRequest,
              io.wxgate.quota.v1.GetQuotaResponse>(
                service, METHODID_GET_QUOTA)))
        .addMethod(
          getListQuotasMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.quota.v1.ListQuotasRequest,
              io.wxgate.quota.v1.ListQuotasResponse>(
                service, METHODID_LIST_QUOTAS)))
        .addMethod(
          getClearQuotaMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.quota.v1.ClearQuotaRequest,
              io.wxgate.quota.v1.ClearQuotaResponse>(
                service, METHODID_CLEAR_QUOTA)))
        .addMethod(
          getGetRidInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.quota.v1.GetRidInfoRequest,
              io.wxgate.quota.v1.GetRidInfoResponse>(
                service, METHODID_GET_RID_INFO)))
        .build();
  }

  private static abstract class QuotaServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    QuotaServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.wxgate.quota.v1.QuotaProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("QuotaService");
    }
  }

  private static final class QuotaServiceFileDescriptorSupplier
      extends QuotaServiceBaseDescriptorSupplier {
    QuotaServiceFileDescriptorSupplier() {}
  }

  private static final class QuotaServiceMethodDescriptorSupplier
      extends QuotaServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    QuotaServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (QuotaServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new QuotaServiceFileDescriptorSupplier())
              .addMethod(getGetQuotaMethod())
              .addMethod(getListQuotasMethod())
              .addMethod(getClearQuotaMethod())
              .addMethod(getGetRidInfoMethod())
              .build();
        }
      }
    }
    return result;
  }
}
