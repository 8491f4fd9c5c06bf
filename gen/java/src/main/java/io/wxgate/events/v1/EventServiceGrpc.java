package io.wxgate.events.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * EventService delivers the events WeChat pushes to the accounts' callback URLs
 * (消息与事件推送): store audits (seed 004), card and coupon events (seed 002's
 * 卡券事件推送), Wi-Fi connections (seed 000's 连网成功事件推送) and any other
 * event, kept whole.
 * A push is stored before WeChat is answered `success`, once however many times
 * WeChat retries it (the id below), and kept for the configured retention
 * (events.retention, 72h by default).
 * Delivery is at least once, by consumer group. A group is named by its caller,
 * and is one per group name, account and set of event types: each group receives
 * every event of its account and types once, and the subscribers of one group
 * share them out. A group begins with the oldest event retained. An event handed to
 * a subscriber and not acknowledged (AckEvents) within the visibility timeout
 * (events.visibility_timeout, 30s by default) is handed out again, to this or
 * another subscriber of the group; so handle events idempotently, by id.
 * A caller needs the account (its accounts) and these methods (its allow rules).
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class EventServiceGrpc {

  private EventServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "wxgate.events.v1.EventService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.wxgate.events.v1.SubscribeRequest,
      io.wxgate.events.v1.SubscribeResponse> getSubscribeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Subscribe",
      requestType = io.wxgate.events.v1.SubscribeRequest.class,
      responseType = io.wxgate.events.v1.SubscribeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<io.wxgate.events.v1.SubscribeRequest,
      io.wxgate.events.v1.SubscribeResponse> getSubscribeMethod() {
    io.grpc.MethodDescriptor<io.wxgate.events.v1.SubscribeRequest, io.wxgate.events.v1.SubscribeResponse> getSubscribeMethod;
    if ((getSubscribeMethod = EventServiceGrpc.getSubscribeMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getSubscribeMethod = EventServiceGrpc.getSubscribeMethod) == null) {
          EventServiceGrpc.getSubscribeMethod = getSubscribeMethod =
              io.grpc.MethodDescriptor.<io.wxgate.events.v1.SubscribeRequest, io.wxgate.events.v1.SubscribeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Subscribe"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.events.v1.SubscribeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.events.v1.SubscribeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("Subscribe"))
              .build();
        }
      }
    }
    return getSubscribeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.events.v1.AckEventsRequest,
      io.wxgate.events.v1.AckEventsResponse> getAckEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AckEvents",
      requestType = io.wxgate.events.v1.AckEventsRequest.class,
      responseType = io.wxgate.events.v1.AckEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.events.v1.AckEventsRequest,
      io.wxgate.events.v1.AckEventsResponse> getAckEventsMethod() {
    io.grpc.MethodDescriptor<io.wxgate.events.v1.AckEventsRequest, io.wxgate.events.v1.AckEventsResponse> getAckEventsMethod;
    if ((getAckEventsMethod = EventServiceGrpc.getAckEventsMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getAckEventsMethod = EventServiceGrpc.getAckEventsMethod) == null) {
          EventServiceGrpc.getAckEventsMethod = getAckEventsMethod =
              io.grpc.MethodDescriptor.<io.wxgate.events.v1.AckEventsRequest, io.wxgate.events.v1.AckEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AckEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.events.v1.AckEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.events.v1.AckEventsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("AckEvents"))
              .build();
        }
      }
    }
    return getAckEventsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.events.v1.ListEventsRequest,
      io.wxgate.events.v1.ListEventsResponse> getListEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListEvents",
      requestType = io.wxgate.events.v1.ListEventsRequest.class,
      responseType = io.wxgate.events.v1.ListEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.events.v1.ListEventsRequest,
      io.wxgate.events.v1.ListEventsResponse> getListEventsMethod() {
    io.grpc.MethodDescriptor<io.wxgate.events.v1.ListEventsRequest, io.wxgate.events.v1.ListEventsResponse> getListEventsMethod;
    if ((getListEventsMethod = EventServiceGrpc.getListEventsMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getListEventsMethod = EventServiceGrpc.getListEventsMethod) == null) {
          EventServiceGrpc.getListEventsMethod = getListEventsMethod =
              io.grpc.MethodDescriptor.<io.wxgate.events.v1.ListEventsRequest, io.wxgate.events.v1.ListEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.events.v1.ListEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.events.v1.ListEventsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("ListEvents"))
              .build();
        }
      }
    }
    return getListEventsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static EventServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceStub>() {
        @java.lang.Override
        public EventServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceStub(channel, callOptions);
        }
      };
    return EventServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static EventServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingV2Stub>() {
        @java.lang.Override
        public EventServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return EventServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static EventServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingStub>() {
        @java.lang.Override
        public EventServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceBlockingStub(channel, callOptions);
        }
      };
    return EventServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static EventServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceFutureStub>() {
        @java.lang.Override
        public EventServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceFutureStub(channel, callOptions);
        }
      };
    return EventServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * EventService delivers the events WeChat pushes to the accounts' callback URLs
   * (消息与事件推送): store audits (seed 004), card and coupon events (seed 002's
   * 卡券事件推送), Wi-Fi connections (seed 000's 连网成功事件推送) and any other
   * event, kept whole.
   * A push is stored before WeChat is answered `success`, once however many times
   * WeChat retries it (the id below), and kept for the configured retention
   * (events.retention, 72h by default).
   * Delivery is at least once, by consumer group. A group is named by its caller,
   * and is one per group name, account and set of event types: each group receives
   * every event of its account and types once, and the subscribers of one group
   * share them out. A group begins with the oldest event retained. An event handed to
   * a subscriber and not acknowledged (AckEvents) within the visibility timeout
   * (events.visibility_timeout, 30s by default) is handed out again, to this or
   * another subscriber of the group; so handle events idempotently, by id.
   * A caller needs the account (its accounts) and these methods (its allow rules).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Subscribe streams the events of one account to one member of a consumer
     * group, first any of the group's events whose delivery timed out, then the
     * group's new events as they arrive. The stream stays open until the caller
     * ends it (or the gateway shuts down: reconnect, nothing is lost).
     * </pre>
     */
    default void subscribe(io.wxgate.events.v1.SubscribeRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.events.v1.SubscribeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubscribeMethod(), responseObserver);
    }

    /**
     * <pre>
     * AckEvents acknowledges events of a group: they are not handed out again.
     * Ids the group has no delivery of (already acknowledged, or never delivered)
     * are not an error; acknowledged says how many were outstanding.
     * </pre>
     */
    default void ackEvents(io.wxgate.events.v1.AckEventsRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.events.v1.AckEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAckEventsMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListEvents pages through the events retained for an account, oldest first,
     * whatever any group has received (for replay and debugging). A page may hold
     * fewer than page_size events and still have a next page.
     * </pre>
     */
    default void listEvents(io.wxgate.events.v1.ListEventsRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.events.v1.ListEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListEventsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service EventService.
   * <pre>
   * EventService delivers the events WeChat pushes to the accounts' callback URLs
   * (消息与事件推送): store audits (seed 004), card and coupon events (seed 002's
   * 卡券事件推送), Wi-Fi connections (seed 000's 连网成功事件推送) and any other
   * event, kept whole.
   * A push is stored before WeChat is answered `success`, once however many times
   * WeChat retries it (the id below), and kept for the configured retention
   * (events.retention, 72h by default).
   * Delivery is at least once, by consumer group. A group is named by its caller,
   * and is one per group name, account and set of event types: each group receives
   * every event of its account and types once, and the subscribers of one group
   * share them out. A group begins with the oldest event retained. An event handed to
   * a subscriber and not acknowledged (AckEvents) within the visibility timeout
   * (events.visibility_timeout, 30s by default) is handed out again, to this or
   * another subscriber of the group; so handle events idempotently, by id.
   * A caller needs the account (its accounts) and these methods (its allow rules).
   * </pre>
   */
  public static abstract class EventServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return EventServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service EventService.
   * <pre>
   * EventService delivers the events WeChat pushes to the accounts' callback URLs
   * (消息与事件推送): store audits (seed 004), card and coupon events (seed 002's
   * 卡券事件推送), Wi-Fi connections (seed 000's 连网成功事件推送) and any other
   * event, kept whole.
   * A push is stored before WeChat is answered `success`, once however many times
   * WeChat retries it (the id below), and kept for the configured retention
   * (events.retention, 72h by default).
   * Delivery is at least once, by consumer group. A group is named by its caller,
   * and is one per group name, account and set of event types: each group receives
   * every event of its account and types once, and the subscribers of one group
   * share them out. A group begins with the oldest event retained. An event handed to
   * a subscriber and not acknowledged (AckEvents) within the visibility timeout
   * (events.visibility_timeout, 30s by default) is handed out again, to this or
   * another subscriber of the group; so handle events idempotently, by id.
   * A caller needs the account (its accounts) and these methods (its allow rules).
   * </pre>
   */
  public static final class EventServiceStub
      extends io.grpc.stub.AbstractAsyncStub<EventServiceStub> {
    private EventServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Subscribe streams the events of one account to one member of a consumer
     * group, first any of the group's events whose delivery timed out, then the
     * group's new events as they arrive. The stream stays open until the caller
     * ends it (or the gateway shuts down: reconnect, nothing is lost).
     * </pre>
     */
    public void subscribe(io.wxgate.events.v1.SubscribeRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.events.v1.SubscribeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getSubscribeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * AckEvents acknowledges events of a group: they are not handed out again.
     * Ids the group has no delivery of (already acknowledged, or never delivered)
     * are not an error; acknowledged says how many were outstanding.
     * </pre>
     */
    public void ackEvents(io.wxgate.events.v1.AckEventsRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.events.v1.AckEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAckEventsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListEvents pages through the events retained for an account, oldest first,
     * whatever any group has received (for replay and debugging). A page may hold
     * fewer than page_size events and still have a next page.
     * </pre>
     */
    public void listEvents(io.wxgate.events.v1.ListEventsRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.events.v1.ListEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListEventsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service EventService.
   * <pre>
   * EventService delivers the events WeChat pushes to the accounts' callback URLs
   * (消息与事件推送): store audits (seed 004), card and coupon events (seed 002's
   * 卡券事件推送), Wi-Fi connections (seed 000's 连网成功事件推送) and any other
   * event, kept whole.
   * A push is stored before WeChat is answered `success`, once however many times
   * WeChat retries it (the id below), and kept for the configured retention
   * (events.retention, 72h by default).
   * Delivery is at least once, by consumer group. A group is named by its caller,
   * and is one per group name, account and set of event types: each group receives
   * every event of its account and types once, and the subscribers of one group
   * share them out. A group begins with the oldest event retained. An event handed to
   * a subscriber and not acknowledged (AckEvents) within the visibility timeout
   * (events.visibility_timeout, 30s by default) is handed out again, to this or
   * another subscriber of the group; so handle events idempotently, by id.
   * A caller needs the account (its accounts) and these methods (its allow rules).
   * </pre>
   */
  public static final class EventServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<EventServiceBlockingV2Stub> {
    private EventServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Subscribe streams the events of one account to one member of a consumer
     * group, first any of the group's events whose delivery timed out, then the
     * group's new events as they arrive. The stream stays open until the caller
     * ends it (or the gateway shuts down: reconnect, nothing is lost).
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, io.wxgate.events.v1.SubscribeResponse>
        subscribe(io.wxgate.events.v1.SubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getSubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AckEvents acknowledges events of a group: they are not handed out again.
     * Ids the group has no delivery of (already acknowledged, or never delivered)
     * are not an error; acknowledged says how many were outstanding.
     * </pre>
     */
    public io.wxgate.events.v1.AckEventsResponse ackEvents(io.wxgate.events.v1.AckEventsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAckEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListEvents pages through the events retained for an account, oldest first,
     * whatever any group has received (for replay and debugging). A page may hold
     * fewer than page_size events and still have a next page.
     * </pre>
     */
    public io.wxgate.events.v1.ListEventsResponse listEvents(io.wxgate.events.v1.ListEventsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListEventsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service EventService.
   * <pre>
   * EventService delivers the events WeChat pushes to the accounts' callback URLs
   * (消息与事件推送): store audits (seed 004), card and coupon events (seed 002's
   * 卡券事件推送), Wi-Fi connections (seed 000's 连网成功事件推送) and any other
   * event, kept whole.
   * A push is stored before WeChat is answered `success`, once however many times
   * WeChat retries it (the id below), and kept for the configured retention
   * (events.retention, 72h by default).
   * Delivery is at least once, by consumer group. A group is named by its caller,
   * and is one per group name, account and set of event types: each group receives
   * every event of its account and types once, and the subscribers of one group
   * share them out. A group begins with the oldest event retained. An event handed to
   * a subscriber and not acknowledged (AckEvents) within the visibility timeout
   * (events.visibility_timeout, 30s by default) is handed out again, to this or
   * another subscriber of the group; so handle events idempotently, by id.
   * A caller needs the account (its accounts) and these methods (its allow rules).
   * </pre>
   */
  public static final class EventServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<EventServiceBlockingStub> {
    private EventServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Subscribe streams the events of one account to one member of a consumer
     * group, first any of the group's events whose delivery timed out, then the
     * group's new events as they arrive. The stream stays open until the caller
     * ends it (or the gateway shuts down: reconnect, nothing is lost).
     * </pre>
     */
    public java.util.Iterator<io.wxgate.events.v1.SubscribeResponse> subscribe(
        io.wxgate.events.v1.SubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getSubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AckEvents acknowledges events of a group: they are not handed out again.
     * Ids the group has no delivery of (already acknowledged, or never delivered)
     * are not an error; acknowledged says how many were outstanding.
     * </pre>
     */
    public io.wxgate.events.v1.AckEventsResponse ackEvents(io.wxgate.events.v1.AckEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAckEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListEvents pages through the events retained for an account, oldest first,
     * whatever any group has received (for replay and debugging). A page may hold
     * fewer than page_size events and still have a next page.
     * </pre>
     */
    public io.wxgate.events.v1.ListEventsResponse listEvents(io.wxgate.events.v1.ListEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListEventsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service EventService.
   * <pre>
   * EventService delivers the events WeChat pushes to the accounts' callback URLs
   * (消息与事件推送): store audits (seed 004), card and coupon events (seed 002's
   * 卡券事件推送), Wi-Fi connections (seed 000's 连网成功事件推送) and any other
   * event, kept whole.
   * A push is stored before WeChat is answered `success`, once however many times
   * WeChat retries it (the id below), and kept for the configured retention
   * (events.retention, 72h by default).
   * Delivery is at least once, by consumer group. A group is named by its caller,
   * and is one per group name, account and set of event types: each group receives
   * every event of its account and types once, and the subscribers of one group
   * share them out. A group begins with the oldest event retained. An event handed to
   * a subscriber and not acknowledged (AckEvents) within the visibility timeout
   * (events.visibility_timeout, 30s by default) is handed out again, to this or
   * another subscriber of the group; so handle events idempotently, by id.
   * A caller needs the account (its accounts) and these methods (its allow rules).
   * </pre>
   */
  public static final class EventServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<EventServiceFutureStub> {
    private EventServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * AckEvents acknowledges events of a group: they are not handed out again.
     * Ids the group has no delivery of (already acknowledged, or never delivered)
     * are not an error; acknowledged says how many were outstanding.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.events.v1.AckEventsResponse> ackEvents(
        io.wxgate.events.v1.AckEventsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAckEventsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListEvents pages through the events retained for an account, oldest first,
     * whatever any group has received (for replay and debugging). A page may hold
     * fewer than page_size events and still have a next page.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.events.v1.ListEventsResponse> listEvents(
        io.wxgate.events.v1.ListEventsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListEventsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SUBSCRIBE = 0;
  private static final int METHODID_ACK_EVENTS = 1;
  private static final int METHODID_LIST_EVENTS = 2;

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
        case METHODID_SUBSCRIBE:
          serviceImpl.subscribe((io.wxgate.events.v1.SubscribeRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.events.v1.SubscribeResponse>) responseObserver);
          break;
        case METHODID_ACK_EVENTS:
          serviceImpl.ackEvents((io.wxgate.events.v1.AckEventsRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.events.v1.AckEventsResponse>) responseObserver);
          break;
        case METHODID_LIST_EVENTS:
          serviceImpl.listEvents((io.wxgate.events.v1.ListEventsRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.events.v1.ListEventsResponse>) responseObserver);
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
          getSubscribeMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              io.wxgate.events.v1.SubscribeRequest,
              io.wxgate.events.v1.SubscribeResponse>(
                service, METHODID_SUBSCRIBE)))
        .addMethod(
          getAckEventsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.events.v1.AckEventsRequest,
              io.wxgate.events.v1.AckEventsResponse>(
                service, METHODID_ACK_EVENTS)))
        .addMethod(
          getListEventsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.events.v1.ListEventsRequest,
              io.wxgate.events.v1.ListEventsResponse>(
                service, METHODID_LIST_EVENTS)))
        .build();
  }

  private static abstract class EventServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    EventServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.wxgate.events.v1.EventsProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("EventService");
    }
  }

  private static final class EventServiceFileDescriptorSupplier
      extends EventServiceBaseDescriptorSupplier {
    EventServiceFileDescriptorSupplier() {}
  }

  private static final class EventServiceMethodDescriptorSupplier
      extends EventServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    EventServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (EventServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new EventServiceFileDescriptorSupplier())
              .addMethod(getSubscribeMethod())
              .addMethod(getAckEventsMethod())
              .addMethod(getListEventsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
