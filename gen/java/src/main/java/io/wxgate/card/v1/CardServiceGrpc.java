package io.wxgate.card.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * CardService hands out the account's cards (卡券): QR codes and landing pages
 * (货架) users take cards from, the custom codes of cards whose codes the merchant
 * makes (导入自定义code), the HTML that embeds a card in an article, and the testers
 * who may take cards still under audit.
 * Source: seed 002 (卡券投放). Field names are WeChat's JSON names; where WeChat uses
 * magic strings (scene) the field keeps its name and becomes an enum.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class CardServiceGrpc {

  private CardServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "wxgate.card.v1.CardService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.wxgate.card.v1.CreateQrcodeRequest,
      io.wxgate.card.v1.CreateQrcodeResponse> getCreateQrcodeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateQrcode",
      requestType = io.wxgate.card.v1.CreateQrcodeRequest.class,
      responseType = io.wxgate.card.v1.CreateQrcodeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.card.v1.CreateQrcodeRequest,
      io.wxgate.card.v1.CreateQrcodeResponse> getCreateQrcodeMethod() {
    io.grpc.MethodDescriptor<io.wxgate.card.v1.CreateQrcodeRequest, io.wxgate.card.v1.CreateQrcodeResponse> getCreateQrcodeMethod;
    if ((getCreateQrcodeMethod = CardServiceGrpc.getCreateQrcodeMethod) == null) {
      synchronized (CardServiceGrpc.class) {
        if ((getCreateQrcodeMethod = CardServiceGrpc.getCreateQrcodeMethod) == null) {
          CardServiceGrpc.getCreateQrcodeMethod = getCreateQrcodeMethod =
              io.grpc.MethodDescriptor.<io.wxgate.card.v1.CreateQrcodeRequest, io.wxgate.card.v1.CreateQrcodeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateQrcode"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.CreateQrcodeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.CreateQrcodeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CardServiceMethodDescriptorSupplier("CreateQrcode"))
              .build();
        }
      }
    }
    return getCreateQrcodeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.card.v1.CreateLandingPageRequest,
      io.wxgate.card.v1.CreateLandingPageResponse> getCreateLandingPageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateLandingPage",
      requestType = io.wxgate.card.v1.CreateLandingPageRequest.class,
      responseType = io.wxgate.card.v1.CreateLandingPageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.card.v1.CreateLandingPageRequest,
      io.wxgate.card.v1.CreateLandingPageResponse> getCreateLandingPageMethod() {
    io.grpc.MethodDescriptor<io.wxgate.card.v1.CreateLandingPageRequest, io.wxgate.card.v1.CreateLandingPageResponse> getCreateLandingPageMethod;
    if ((getCreateLandingPageMethod = CardServiceGrpc.getCreateLandingPageMethod) == null) {
      synchronized (CardServiceGrpc.class) {
        if ((getCreateLandingPageMethod = CardServiceGrpc.getCreateLandingPageMethod) == null) {
          CardServiceGrpc.getCreateLandingPageMethod = getCreateLandingPageMethod =
              io.grpc.MethodDescriptor.<io.wxgate.card.v1.CreateLandingPageRequest, io.wxgate.card.v1.CreateLandingPageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateLandingPage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.CreateLandingPageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.CreateLandingPageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CardServiceMethodDescriptorSupplier("CreateLandingPage"))
              .build();
        }
      }
    }
    return getCreateLandingPageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.card.v1.DepositCodesRequest,
      io.wxgate.card.v1.DepositCodesResponse> getDepositCodesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DepositCodes",
      requestType = io.wxgate.card.v1.DepositCodesRequest.class,
      responseType = io.wxgate.card.v1.DepositCodesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.card.v1.DepositCodesRequest,
      io.wxgate.card.v1.DepositCodesResponse> getDepositCodesMethod() {
    io.grpc.MethodDescriptor<io.wxgate.card.v1.DepositCodesRequest, io.wxgate.card.v1.DepositCodesResponse> getDepositCodesMethod;
    if ((getDepositCodesMethod = CardServiceGrpc.getDepositCodesMethod) == null) {
      synchronized (CardServiceGrpc.class) {
        if ((getDepositCodesMethod = CardServiceGrpc.getDepositCodesMethod) == null) {
          CardServiceGrpc.getDepositCodesMethod = getDepositCodesMethod =
              io.grpc.MethodDescriptor.<io.wxgate.card.v1.DepositCodesRequest, io.wxgate.card.v1.DepositCodesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DepositCodes"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.DepositCodesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.DepositCodesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CardServiceMethodDescriptorSupplier("DepositCodes"))
              .build();
        }
      }
    }
    return getDepositCodesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.card.v1.DepositCodesStreamRequest,
      io.wxgate.card.v1.DepositCodesStreamResponse> getDepositCodesStreamMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DepositCodesStream",
      requestType = io.wxgate.card.v1.DepositCodesStreamRequest.class,
      responseType = io.wxgate.card.v1.DepositCodesStreamResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
  public static io.grpc.MethodDescriptor<io.wxgate.card.v1.DepositCodesStreamRequest,
      io.wxgate.card.v1.DepositCodesStreamResponse> getDepositCodesStreamMethod() {
    io.grpc.MethodDescriptor<io.wxgate.card.v1.DepositCodesStreamRequest, io.wxgate.card.v1.DepositCodesStreamResponse> getDepositCodesStreamMethod;
    if ((getDepositCodesStreamMethod = CardServiceGrpc.getDepositCodesStreamMethod) == null) {
      synchronized (CardServiceGrpc.class) {
        if ((getDepositCodesStreamMethod = CardServiceGrpc.getDepositCodesStreamMethod) == null) {
          CardServiceGrpc.getDepositCodesStreamMethod = getDepositCodesStreamMethod =
              io.grpc.MethodDescriptor.<io.wxgate.card.v1.DepositCodesStreamRequest, io.wxgate.card.v1.DepositCodesStreamResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DepositCodesStream"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.DepositCodesStreamRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.DepositCodesStreamResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CardServiceMethodDescriptorSupplier("DepositCodesStream"))
              .build();
        }
      }
    }
    return getDepositCodesStreamMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.card.v1.GetDepositCountRequest,
      io.wxgate.card.v1.GetDepositCountResponse> getGetDepositCountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetDepositCount",
      requestType = io.wxgate.card.v1.GetDepositCountRequest.class,
      responseType = io.wxgate.card.v1.GetDepositCountResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.card.v1.GetDepositCountRequest,
      io.wxgate.card.v1.GetDepositCountResponse> getGetDepositCountMethod() {
    io.grpc.MethodDescriptor<io.wxgate.card.v1.GetDepositCountRequest, io.wxgate.card.v1.GetDepositCountResponse> getGetDepositCountMethod;
    if ((getGetDepositCountMethod = CardServiceGrpc.getGetDepositCountMethod) == null) {
      synchronized (CardServiceGrpc.class) {
        if ((getGetDepositCountMethod = CardServiceGrpc.getGetDepositCountMethod) == null) {
          CardServiceGrpc.getGetDepositCountMethod = getGetDepositCountMethod =
              io.grpc.MethodDescriptor.<io.wxgate.card.v1.GetDepositCountRequest, io.wxgate.card.v1.GetDepositCountResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetDepositCount"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.GetDepositCountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.GetDepositCountResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CardServiceMethodDescriptorSupplier("GetDepositCount"))
              .build();
        }
      }
    }
    return getGetDepositCountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.card.v1.CheckCodesRequest,
      io.wxgate.card.v1.CheckCodesResponse> getCheckCodesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CheckCodes",
      requestType = io.wxgate.card.v1.CheckCodesRequest.class,
      responseType = io.wxgate.card.v1.CheckCodesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.card.v1.CheckCodesRequest,
      io.wxgate.card.v1.CheckCodesResponse> getCheckCodesMethod() {
    io.grpc.MethodDescriptor<io.wxgate.card.v1.CheckCodesRequest, io.wxgate.card.v1.CheckCodesResponse> getCheckCodesMethod;
    if ((getCheckCodesMethod = CardServiceGrpc.getCheckCodesMethod) == null) {
      synchronized (CardServiceGrpc.class) {
        if ((getCheckCodesMethod = CardServiceGrpc.getCheckCodesMethod) == null) {
          CardServiceGrpc.getCheckCodesMethod = getCheckCodesMethod =
              io.grpc.MethodDescriptor.<io.wxgate.card.v1.CheckCodesRequest, io.wxgate.card.v1.CheckCodesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CheckCodes"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.CheckCodesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.CheckCodesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CardServiceMethodDescriptorSupplier("CheckCodes"))
              .build();
        }
      }
    }
    return getCheckCodesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.card.v1.GetMpnewsHtmlRequest,
      io.wxgate.card.v1.GetMpnewsHtmlResponse> getGetMpnewsHtmlMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMpnewsHtml",
      requestType = io.wxgate.card.v1.GetMpnewsHtmlRequest.class,
      responseType = io.wxgate.card.v1.GetMpnewsHtmlResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.card.v1.GetMpnewsHtmlRequest,
      io.wxgate.card.v1.GetMpnewsHtmlResponse> getGetMpnewsHtmlMethod() {
    io.grpc.MethodDescriptor<io.wxgate.card.v1.GetMpnewsHtmlRequest, io.wxgate.card.v1.GetMpnewsHtmlResponse> getGetMpnewsHtmlMethod;
    if ((getGetMpnewsHtmlMethod = CardServiceGrpc.getGetMpnewsHtmlMethod) == null) {
      synchronized (CardServiceGrpc.class) {
        if ((getGetMpnewsHtmlMethod = CardServiceGrpc.getGetMpnewsHtmlMethod) == null) {
          CardServiceGrpc.getGetMpnewsHtmlMethod = getGetMpnewsHtmlMethod =
              io.grpc.MethodDescriptor.<io.wxgate.card.v1.GetMpnewsHtmlRequest, io.wxgate.card.v1.GetMpnewsHtmlResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMpnewsHtml"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.GetMpnewsHtmlRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.GetMpnewsHtmlResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CardServiceMethodDescriptorSupplier("GetMpnewsHtml"))
              .build();
        }
      }
    }
    return getGetMpnewsHtmlMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.card.v1.SetTestWhitelistRequest,
      io.wxgate.card.v1.SetTestWhitelistResponse> getSetTestWhitelistMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetTestWhitelist",
      requestType = io.wxgate.card.v1.SetTestWhitelistRequest.class,
      responseType = io.wxgate.card.v1.SetTestWhitelistResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.card.v1.SetTestWhitelistRequest,
      io.wxgate.card.v1.SetTestWhitelistResponse> getSetTestWhitelistMethod() {
    io.grpc.MethodDescriptor<io.wxgate.card.v1.SetTestWhitelistRequest, io.wxgate.card.v1.SetTestWhitelistResponse> getSetTestWhitelistMethod;
    if ((getSetTestWhitelistMethod = CardServiceGrpc.getSetTestWhitelistMethod) == null) {
      synchronized (CardServiceGrpc.class) {
        if ((getSetTestWhitelistMethod = CardServiceGrpc.getSetTestWhitelistMethod) == null) {
          CardServiceGrpc.getSetTestWhitelistMethod = getSetTestWhitelistMethod =
              io.grpc.MethodDescriptor.<io.wxgate.card.v1.SetTestWhitelistRequest, io.wxgate.card.v1.SetTestWhitelistResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetTestWhitelist"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.SetTestWhitelistRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.card.v1.SetTestWhitelistResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CardServiceMethodDescriptorSupplier("SetTestWhitelist"))
              .build();
        }
      }
    }
    return getSetTestWhitelistMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static CardServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CardServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CardServiceStub>() {
        @java.lang.Override
        public CardServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CardServiceStub(channel, callOptions);
        }
      };
    return CardServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static CardServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CardServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CardServiceBlockingV2Stub>() {
        @java.lang.Override
        public CardServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CardServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return CardServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static CardServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CardServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CardServiceBlockingStub>() {
        @java.lang.Override
        public CardServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CardServiceBlockingStub(channel, callOptions);
        }
      };
    return CardServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static CardServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CardServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CardServiceFutureStub>() {
        @java.lang.Override
        public CardServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CardServiceFutureStub(channel, callOptions);
        }
      };
    return CardServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * CardService hands out the account's cards (卡券): QR codes and landing pages
   * (货架) users take cards from, the custom codes of cards whose codes the merchant
   * makes (导入自定义code), the HTML that embeds a card in an article, and the testers
   * who may take cards still under audit.
   * Source: seed 002 (卡券投放). Field names are WeChat's JSON names; where WeChat uses
   * magic strings (scene) the field keeps its name and becomes an enum.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * CreateQrcode makes a QR code users scan to take one card (card) or several
     * (multiple_card) (upstream POST /card/qrcode/create, action_name QR_CARD or
     * QR_MULTIPLE_CARD). Exchange the ticket for the image, or draw url yourself.
     * </pre>
     */
    default void createQrcode(io.wxgate.card.v1.CreateQrcodeRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.CreateQrcodeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateQrcodeMethod(), responseObserver);
    }

    /**
     * <pre>
     * CreateLandingPage makes a landing page (货架) listing cards to take (upstream POST
     * /card/landingpage/create). Cards with custom codes must have their codes
     * deposited first.
     * </pre>
     */
    default void createLandingPage(io.wxgate.card.v1.CreateLandingPageRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.CreateLandingPageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateLandingPageMethod(), responseObserver);
    }

    /**
     * <pre>
     * DepositCodes deposits custom codes of a card into WeChat (upstream POST
     * /card/code/deposit), any number of them: the gateway sends them in WeChat's
     * chunks of at most 100, a few chunks at a time, retries chunks that failed for a
     * transient reason (errcode -1, a failed connection: deposit is idempotent, WeChat
     * filters duplicates), then verifies every chunk with /card/code/checkcode.
     * The answer accounts for every code sent: succ_code + duplicate_code + fail_code
     * = code_count, and every code counted in fail_code is in fail_list with its
     * reason. A code is never counted deposited (succ_code or duplicate_code) unless
     * checkcode confirmed that WeChat holds it.
     * When the first error met is one that every chunk would meet alike (the card is
     * unknown, the API is not authorized, a quota is spent) and no code was
     * confirmed, the call fails with that error instead. When the caller's deadline
     * ends first, the call fails with DEADLINE_EXCEEDED: send the same codes again.
     * For batches too large for one message (gRPC's 4 MiB, about 150,000 codes), use
     * DepositCodesStream.
     * </pre>
     */
    default void depositCodes(io.wxgate.card.v1.DepositCodesRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.DepositCodesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDepositCodesMethod(), responseObserver);
    }

    /**
     * <pre>
     * DepositCodesStream is DepositCodes for batches of any size: the caller streams
     * the codes, the gateway deposits and verifies them chunk by chunk while they
     * arrive, with the same guarantees, holding only the chunks in flight (its memory
     * does not grow with the batch). The answer counts every code and lists the
     * failed ones, up to 10,000 of them (fail_list); beyond that they are counted in
     * unlisted_fail_code, and CheckCodes finds them.
     * A message with a bad code (empty, too long) or another card_id ends the stream
     * with INVALID_ARGUMENT before any of its codes is sent; codes of earlier messages
     * may already be deposited, which is harmless: fix the batch and send it again.
     * gRPC only: grpc-gateway cannot stream a plain JSON request body, so there is no
     * REST mapping. REST callers use DepositCodes in batches.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<io.wxgate.card.v1.DepositCodesStreamRequest> depositCodesStream(
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.DepositCodesStreamResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getDepositCodesStreamMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetDepositCount returns how many codes of a card WeChat holds (upstream POST
     * /card/code/getdepositcount).
     * </pre>
     */
    default void getDepositCount(io.wxgate.card.v1.GetDepositCountRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.GetDepositCountResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetDepositCountMethod(), responseObserver);
    }

    /**
     * <pre>
     * CheckCodes says which codes of a card WeChat holds (upstream POST
     * /card/code/checkcode), any number of them, asked in chunks of at most 100.
     * </pre>
     */
    default void checkCodes(io.wxgate.card.v1.CheckCodesRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.CheckCodesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCheckCodesMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetMpnewsHtml returns the HTML that embeds a card in an article (upstream POST
     * /card/mpnews/gethtml): put it into the content of the article's material.
     * </pre>
     */
    default void getMpnewsHtml(io.wxgate.card.v1.GetMpnewsHtmlRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.GetMpnewsHtmlResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMpnewsHtmlMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetTestWhitelist sets the testers who may take cards still under audit
     * (upstream POST /card/testwhitelist/set). It replaces the whole list.
     * </pre>
     */
    default void setTestWhitelist(io.wxgate.card.v1.SetTestWhitelistRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.SetTestWhitelistResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetTestWhitelistMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service CardService.
   * <pre>
   * CardService hands out the account's cards (卡券): QR codes and landing pages
   * (货架) users take cards from, the custom codes of cards whose codes the merchant
   * makes (导入自定义code), the HTML that embeds a card in an article, and the testers
   * who may take cards still under audit.
   * Source: seed 002 (卡券投放). Field names are WeChat's JSON names; where WeChat uses
   * magic strings (scene) the field keeps its name and becomes an enum.
   * </pre>
   */
  public static abstract class CardServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return CardServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service CardService.
   * <pre>
   * CardService hands out the account's cards (卡券): QR codes and landing pages
   * (货架) users take cards from, the custom codes of cards whose codes the merchant
   * makes (导入自定义code), the HTML that embeds a card in an article, and the testers
   * who may take cards still under audit.
   * Source: seed 002 (卡券投放). Field names are WeChat's JSON names; where WeChat uses
   * magic strings (scene) the field keeps its name and becomes an enum.
   * </pre>
   */
  public static final class CardServiceStub
      extends io.grpc.stub.AbstractAsyncStub<CardServiceStub> {
    private CardServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CardServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CardServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateQrcode makes a QR code users scan to take one card (card) or several
     * (multiple_card) (upstream POST /card/qrcode/create, action_name QR_CARD or
     * QR_MULTIPLE_CARD). Exchange the ticket for the image, or draw url yourself.
     * </pre>
     */
    public void createQrcode(io.wxgate.card.v1.CreateQrcodeRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.CreateQrcodeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateQrcodeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CreateLandingPage makes a landing page (货架) listing cards to take (upstream POST
     * /card/landingpage/create). Cards with custom codes must have their codes
     * deposited first.
     * </pre>
     */
    public void createLandingPage(io.wxgate.card.v1.CreateLandingPageRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.CreateLandingPageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateLandingPageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DepositCodes deposits custom codes of a card into WeChat (upstream POST
     * /card/code/deposit), any number of them: the gateway sends them in WeChat's
     * chunks of at most 100, a few chunks at a time, retries chunks that failed for a
     * transient reason (errcode -1, a failed connection: deposit is idempotent, WeChat
     * filters duplicates), then verifies every chunk with /card/code/checkcode.
     * The answer accounts for every code sent: succ_code + duplicate_code + fail_code
     * = code_count, and every code counted in fail_code is in fail_list with its
     * reason. A code is never counted deposited (succ_code or duplicate_code) unless
     * checkcode confirmed that WeChat holds it.
     * When the first error met is one that every chunk would meet alike (the card is
     * unknown, the API is not authorized, a quota is spent) and no code was
     * confirmed, the call fails with that error instead. When the caller's deadline
     * ends first, the call fails with DEADLINE_EXCEEDED: send the same codes again.
     * For batches too large for one message (gRPC's 4 MiB, about 150,000 codes), use
     * DepositCodesStream.
     * </pre>
     */
    public void depositCodes(io.wxgate.card.v1.DepositCodesRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.DepositCodesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDepositCodesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DepositCodesStream is DepositCodes for batches of any size: the caller streams
     * the codes, the gateway deposits and verifies them chunk by chunk while they
     * arrive, with the same guarantees, holding only the chunks in flight (its memory
     * does not grow with the batch). The answer counts every code and lists the
     * failed ones, up to 10,000 of them (fail_list); beyond that they are counted in
     * unlisted_fail_code, and CheckCodes finds them.
     * A message with a bad code (empty, too long) or another card_id ends the stream
     * with INVALID_ARGUMENT before any of its codes is sent; codes of earlier messages
     * may already be deposited, which is harmless: fix the batch and send it again.
     * gRPC only: grpc-gateway cannot stream a plain JSON request body, so there is no
     * REST mapping. REST callers use DepositCodes in batches.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<io.wxgate.card.v1.DepositCodesStreamRequest> depositCodesStream(
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.DepositCodesStreamResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncClientStreamingCall(
          getChannel().newCall(getDepositCodesStreamMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * GetDepositCount returns how many codes of a card WeChat holds (upstream POST
     * /card/code/getdepositcount).
     * </pre>
     */
    public void getDepositCount(io.wxgate.card.v1.GetDepositCountRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.GetDepositCountResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetDepositCountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CheckCodes says which codes of a card WeChat holds (upstream POST
     * /card/code/checkcode), any number of them, asked in chunks of at most 100.
     * </pre>
     */
    public void checkCodes(io.wxgate.card.v1.CheckCodesRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.CheckCodesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCheckCodesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetMpnewsHtml returns the HTML that embeds a card in an article (upstream POST
     * /card/mpnews/gethtml): put it into the content of the article's material.
     * </pre>
     */
    public void getMpnewsHtml(io.wxgate.card.v1.GetMpnewsHtmlRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.GetMpnewsHtmlResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMpnewsHtmlMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetTestWhitelist sets the testers who may take cards still under audit
     * (upstream POST /card/testwhitelist/set). It replaces the whole list.
     * </pre>
     */
    public void setTestWhitelist(io.wxgate.card.v1.SetTestWhitelistRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.card.v1.SetTestWhitelistResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetTestWhitelistMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service CardService.
   * <pre>
   * CardService hands out the account's cards (卡券): QR codes and landing pages
   * (货架) users take cards from, the custom codes of cards whose codes the merchant
   * makes (导入自定义code), the HTML that embeds a card in an article, and the testers
   * who may take cards still under audit.
   * Source: seed 002 (卡券投放). Field names are WeChat's JSON names; where WeChat uses
   * magic strings (scene) the field keeps its name and becomes an enum.
   * </pre>
   */
  public static final class CardServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<CardServiceBlockingV2Stub> {
    private CardServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CardServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CardServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateQrcode makes a QR code users scan to take one card (card) or several
     * (multiple_card) (upstream POST /card/qrcode/create, action_name QR_CARD or
     * QR_MULTIPLE_CARD). Exchange the ticket for the image, or draw url yourself.
     * </pre>
     */
    public io.wxgate.card.v1.CreateQrcodeResponse createQrcode(io.wxgate.card.v1.CreateQrcodeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateQrcodeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CreateLandingPage makes a landing page (货架) listing cards to take (upstream POST
     * /card/landingpage/create). Cards with custom codes must have their codes
     * deposited first.
     * </pre>
     */
    public io.wxgate.card.v1.CreateLandingPageResponse createLandingPage(io.wxgate.card.v1.CreateLandingPageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateLandingPageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DepositCodes deposits custom codes of a card into WeChat (upstream POST
     * /card/code/deposit), any number of them: the gateway sends them in WeChat's
     * chunks of at most 100, a few chunks at a time, retries chunks that failed for a
     * transient reason (errcode -1, a failed connection: deposit is idempotent, WeChat
     * filters duplicates), then verifies every chunk with /card/code/checkcode.
     * The answer accounts for every code sent: succ_code + duplicate_code + fail_code
     * = code_count, and every code counted in fail_code is in fail_list with its
     * reason. A code is never counted deposited (succ_code or duplicate_code) unless
     * checkcode confirmed that WeChat holds it.
     * When the first error met is one that every chunk would meet alike (the card is
     * unknown, the API is not authorized, a quota is spent) and no code was
     * confirmed, the call fails with that error instead. When the caller's deadline
     * ends first, the call fails with DEADLINE_EXCEEDED: send the same codes again.
     * For batches too large for one message (gRPC's 4 MiB, about 150,000 codes), use
     * DepositCodesStream.
     * </pre>
     */
    public io.wxgate.card.v1.DepositCodesResponse depositCodes(io.wxgate.card.v1.DepositCodesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDepositCodesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DepositCodesStream is DepositCodes for batches of any size: the caller streams
     * the codes, the gateway deposits and verifies them chunk by chunk while they
     * arrive, with the same guarantees, holding only the chunks in flight (its memory
     * does not grow with the batch). The answer counts every code and lists the
     * failed ones, up to 10,000 of them (fail_list); beyond that they are counted in
     * unlisted_fail_code, and CheckCodes finds them.
     * A message with a bad code (empty, too long) or another card_id ends the stream
     * with INVALID_ARGUMENT before any of its codes is sent; codes of earlier messages
     * may already be deposited, which is harmless: fix the batch and send it again.
     * gRPC only: grpc-gateway cannot stream a plain JSON request body, so there is no
     * REST mapping. REST callers use DepositCodes in batches.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<io.wxgate.card.v1.DepositCodesStreamRequest, io.wxgate.card.v1.DepositCodesStreamResponse>
        depositCodesStream() {
      return io.grpc.stub.ClientCalls.blockingClientStreamingCall(
          getChannel(), getDepositCodesStreamMethod(), getCallOptions());
    }

    /**
     * <pre>
     * GetDepositCount returns how many codes of a card WeChat holds (upstream POST
     * /card/code/getdepositcount).
     * </pre>
     */
    public io.wxgate.card.v1.GetDepositCountResponse getDepositCount(io.wxgate.card.v1.GetDepositCountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetDepositCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CheckCodes says which codes of a card WeChat holds (upstream POST
     * /card/code/checkcode), any number of them, asked in chunks of at most 100.
     * </pre>
     */
    public io.wxgate.card.v1.CheckCodesResponse checkCodes(io.wxgate.card.v1.CheckCodesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCheckCodesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetMpnewsHtml returns the HTML that embeds a card in an article (upstream POST
     * /card/mpnews/gethtml): put it into the content of the article's material.
     * </pre>
     */
    public io.wxgate.card.v1.GetMpnewsHtmlResponse getMpnewsHtml(io.wxgate.card.v1.GetMpnewsHtmlRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetMpnewsHtmlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetTestWhitelist sets the testers who may take cards still under audit
     * (upstream POST /card/testwhitelist/set). It replaces the whole list.
     * </pre>
     */
    public io.wxgate.card.v1.SetTestWhitelistResponse setTestWhitelist(io.wxgate.card.v1.SetTestWhitelistRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetTestWhitelistMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service CardService.
   * <pre>
   * CardService hands out the account's cards (卡券): QR codes and landing pages
   * (货架) users take cards from, the custom codes of cards whose codes the merchant
   * makes (导入自定义code), the HTML that embeds a card in an article, and the testers
   * who may take cards still under audit.
   * Source: seed 002 (卡券投放). Field names are WeChat's JSON names; where WeChat uses
   * magic strings (scene) the field keeps its name and becomes an enum.
   * </pre>
   */
  public static final class CardServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<CardServiceBlockingStub> {
    private CardServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CardServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CardServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateQrcode makes a QR code users scan to take one card (card) or several
     * (multiple_card) (upstream POST /card/qrcode/create, action_name QR_CARD or
     * QR_MULTIPLE_CARD). Exchange the ticket for the image, or draw url yourself.
     * </pre>
     */
    public io.wxgate.card.v1.CreateQrcodeResponse createQrcode(io.wxgate.card.v1.CreateQrcodeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateQrcodeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CreateLandingPage makes a landing page (货架) listing cards to take (upstream POST
     * /card/landingpage/create). Cards with custom codes must have their codes
     * deposited first.
     * </pre>
     */
    public io.wxgate.card.v1.CreateLandingPageResponse createLandingPage(io.wxgate.card.v1.CreateLandingPageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateLandingPageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DepositCodes deposits custom codes of a card into WeChat (upstream POST
     * /card/code/deposit), any number of them: the gateway sends them in WeChat's
     * chunks of at most 100, a few chunks at a time, retries chunks that failed for a
     * transient reason (errcode -1, a failed connection: deposit is idempotent, WeChat
     * filters duplicates), then verifies every chunk with /card/code/checkcode.
     * The answer accounts for every code sent: succ_code + duplicate_code + fail_code
     * = code_count, and every code counted in fail_code is in fail_list with its
     * reason. A code is never counted deposited (succ_code or duplicate_code) unless
     * checkcode confirmed that WeChat holds it.
     * When the first error met is one that every chunk would meet alike (the card is
     * unknown, the API is not authorized, a quota is spent) and no code was
     * confirmed, the call fails with that error instead. When the caller's deadline
     * ends first, the call fails with DEADLINE_EXCEEDED: send the same codes again.
     * For batches too large for one message (gRPC's 4 MiB, about 150,000 codes), use
     * DepositCodesStream.
     * </pre>
     */
    public io.wxgate.card.v1.DepositCodesResponse depositCodes(io.wxgate.card.v1.DepositCodesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDepositCodesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetDepositCount returns how many codes of a card WeChat holds (upstream POST
     * /card/code/getdepositcount).
     * </pre>
     */
    public io.wxgate.card.v1.GetDepositCountResponse getDepositCount(io.wxgate.card.v1.GetDepositCountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetDepositCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CheckCodes says which codes of a card WeChat holds (upstream POST
     * /card/code/checkcode), any number of them, asked in chunks of at most 100.
     * </pre>
     */
    public io.wxgate.card.v1.CheckCodesResponse checkCodes(io.wxgate.card.v1.CheckCodesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCheckCodesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetMpnewsHtml returns the HTML that embeds a card in an article (upstream POST
     * /card/mpnews/gethtml): put it into the content of the article's material.
     * </pre>
     */
    public io.wxgate.card.v1.GetMpnewsHtmlResponse getMpnewsHtml(io.wxgate.card.v1.GetMpnewsHtmlRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMpnewsHtmlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetTestWhitelist sets the testers who may take cards still under audit
     * (upstream POST /card/testwhitelist/set). It replaces the whole list.
     * </pre>
     */
    public io.wxgate.card.v1.SetTestWhitelistResponse setTestWhitelist(io.wxgate.card.v1.SetTestWhitelistRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetTestWhitelistMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service CardService.
   * <pre>
   * CardService hands out the account's cards (卡券): QR codes and landing pages
   * (货架) users take cards from, the custom codes of cards whose codes the merchant
   * makes (导入自定义code), the HTML that embeds a card in an article, and the testers
   * who may take cards still under audit.
   * Source: seed 002 (卡券投放). Field names are WeChat's JSON names; where WeChat uses
   * magic strings (scene) the field keeps its name and becomes an enum.
   * </pre>
   */
  public static final class CardServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<CardServiceFutureStub> {
    private CardServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CardServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CardServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateQrcode makes a QR code users scan to take one card (card) or several
     * (multiple_card) (upstream POST /card/qrcode/create, action_name QR_CARD or
     * QR_MULTIPLE_CARD). Exchange the ticket for the image, or draw url yourself.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.card.v1.CreateQrcodeResponse> createQrcode(
        io.wxgate.card.v1.CreateQrcodeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateQrcodeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CreateLandingPage makes a landing page (货架) listing cards to take (upstream POST
     * /card/landingpage/create). Cards with custom codes must have their codes
     * deposited first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.card.v1.CreateLandingPageResponse> createLandingPage(
        io.wxgate.card.v1.CreateLandingPageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateLandingPageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DepositCodes deposits custom codes of a card into WeChat (upstream POST
     * /card/code/deposit), any number of them: the gateway sends them in WeChat's
     * chunks of at most 100, a few chunks at a time, retries chunks that failed for a
     * transient reason (errcode -1, a failed connection: deposit is idempotent, WeChat
     * filters duplicates), then verifies every chunk with /card/code/checkcode.
     * The answer accounts for every code sent: succ_code + duplicate_code + fail_code
     * = code_count, and every code counted in fail_code is in fail_list with its
     * reason. A code is never counted deposited (succ_code or duplicate_code) unless
     * checkcode confirmed that WeChat holds it.
     * When the first error met is one that every chunk would meet alike (the card is
     * unknown, the API is not authorized, a quota is spent) and no code was
     * confirmed, the call fails with that error instead. When the caller's deadline
     * ends first, the call fails with DEADLINE_EXCEEDED: send the same codes again.
     * For batches too large for one message (gRPC's 4 MiB, about 150,000 codes), use
     * DepositCodesStream.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.card.v1.DepositCodesResponse> depositCodes(
        io.wxgate.card.v1.DepositCodesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDepositCodesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetDepositCount returns how many codes of a card WeChat holds (upstream POST
     * /card/code/getdepositcount).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.card.v1.GetDepositCountResponse> getDepositCount(
        io.wxgate.card.v1.GetDepositCountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetDepositCountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CheckCodes says which codes of a card WeChat holds (upstream POST
     * /card/code/checkcode), any number of them, asked in chunks of at most 100.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.card.v1.CheckCodesResponse> checkCodes(
        io.wxgate.card.v1.CheckCodesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCheckCodesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetMpnewsHtml returns the HTML that embeds a card in an article (upstream POST
     * /card/mpnews/gethtml): put it into the content of the article's material.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.card.v1.GetMpnewsHtmlResponse> getMpnewsHtml(
        io.wxgate.card.v1.GetMpnewsHtmlRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMpnewsHtmlMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetTestWhitelist sets the testers who may take cards still under audit
     * (upstream POST /card/testwhitelist/set). It replaces the whole list.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.card.v1.SetTestWhitelistResponse> setTestWhitelist(
        io.wxgate.card.v1.SetTestWhitelistRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetTestWhitelistMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_QRCODE = 0;
  private static final int METHODID_CREATE_LANDING_PAGE = 1;
  private static final int METHODID_DEPOSIT_CODES = 2;
  private static final int METHODID_GET_DEPOSIT_COUNT = 3;
  private static final int METHODID_CHECK_CODES = 4;
  private static final int METHODID_GET_MPNEWS_HTML = 5;
  private static final int METHODID_SET_TEST_WHITELIST = 6;
  private static final int METHODID_DEPOSIT_CODES_STREAM = 7;

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
        case METHODID_CREATE_QRCODE:
          serviceImpl.createQrcode((io.wxgate.card.v1.CreateQrcodeRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.card.v1.CreateQrcodeResponse>) responseObserver);
          break;
        case METHODID_CREATE_LANDING_PAGE:
          serviceImpl.createLandingPage((io.wxgate.card.v1.CreateLandingPageRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.card.v1.CreateLandingPageResponse>) responseObserver);
          break;
        case METHODID_DEPOSIT_CODES:
          serviceImpl.depositCodes((io.wxgate.card.v1.DepositCodesRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.card.v1.DepositCodesResponse>) responseObserver);
          break;
        case METHODID_GET_DEPOSIT_COUNT:
          serviceImpl.getDepositCount((io.wxgate.card.v1.GetDepositCountRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.card.v1.GetDepositCountResponse>) responseObserver);
          break;
        case METHODID_CHECK_CODES:
          serviceImpl.checkCodes((io.wxgate.card.v1.CheckCodesRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.card.v1.CheckCodesResponse>) responseObserver);
          break;
        case METHODID_GET_MPNEWS_HTML:
          serviceImpl.getMpnewsHtml((io.wxgate.card.v1.GetMpnewsHtmlRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.card.v1.GetMpnewsHtmlResponse>) responseObserver);
          break;
        case METHODID_SET_TEST_WHITELIST:
          serviceImpl.setTestWhitelist((io.wxgate.card.v1.SetTestWhitelistRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.card.v1.SetTestWhitelistResponse>) responseObserver);
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
        case METHODID_DEPOSIT_CODES_STREAM:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.depositCodesStream(
              (io.grpc.stub.StreamObserver<io.wxgate.card.v1.DepositCodesStreamResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getCreateQrcodeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.card.v1.CreateQrcodeRequest,
              io.wxgate.card.v1.CreateQrcodeResponse>(
                service, METHODID_CREATE_QRCODE)))
        .addMethod(
          getCreateLandingPageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.card.v1.CreateLandingPageRequest,
              io.wxgate.card.v1.CreateLandingPageResponse>(
                service, METHODID_CREATE_LANDING_PAGE)))
        .addMethod(
          getDepositCodesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.card.v1.DepositCodesRequest,
              io.wxgate.card.v1.DepositCodesResponse>(
                service, METHODID_DEPOSIT_CODES)))
        .addMethod(
          getDepositCodesStreamMethod(),
          io.grpc.stub.ServerCalls.asyncClientStreamingCall(
            new MethodHandlers<
              io.wxgate.card.v1.DepositCodesStreamRequest,
              io.wxgate.card.v1.DepositCodesStreamResponse>(
                service, METHODID_DEPOSIT_CODES_STREAM)))
        .addMethod(
          getGetDepositCountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.card.v1.GetDepositCountRequest,
              io.wxgate.card.v1.GetDepositCountResponse>(
                service, METHODID_GET_DEPOSIT_COUNT)))
        .addMethod(
          getCheckCodesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.card.v1.CheckCodesRequest,
              io.wxgate.card.v1.CheckCodesResponse>(
                service, METHODID_CHECK_CODES)))
        .addMethod(
          getGetMpnewsHtmlMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.card.v1.GetMpnewsHtmlRequest,
              io.wxgate.card.v1.GetMpnewsHtmlResponse>(
                service, METHODID_GET_MPNEWS_HTML)))
        .addMethod(
          getSetTestWhitelistMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.card.v1.SetTestWhitelistRequest,
              io.wxgate.card.v1.SetTestWhitelistResponse>(
                service, METHODID_SET_TEST_WHITELIST)))
        .build();
  }

  private static abstract class CardServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    CardServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.wxgate.card.v1.CardProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("CardService");
    }
  }

  private static final class CardServiceFileDescriptorSupplier
      extends CardServiceBaseDescriptorSupplier {
    CardServiceFileDescriptorSupplier() {}
  }

  private static final class CardServiceMethodDescriptorSupplier
      extends CardServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    CardServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (CardServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new CardServiceFileDescriptorSupplier())
              .addMethod(getCreateQrcodeMethod())
              .addMethod(getCreateLandingPageMethod())
              .addMethod(getDepositCodesMethod())
              .addMethod(getDepositCodesStreamMethod())
              .addMethod(getGetDepositCountMethod())
              .addMethod(getCheckCodesMethod())
              .addMethod(getGetMpnewsHtmlMethod())
              .addMethod(getSetTestWhitelistMethod())
              .build();
        }
      }
    }
    return result;
  }
}
