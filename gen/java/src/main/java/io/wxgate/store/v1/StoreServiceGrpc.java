package io.wxgate.store.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * StoreService is the store mini program (门店小程序) of one Official Account: its
 * merchant account, Tencent Map places, the stores themselves, the migration of
 * legacy stores (门店管理) and the card shown in a store.
 * Source: seed 004 (微信门店小程序接口文档). Field names are WeChat's JSON names; where
 * WeChat uses magic numbers the field keeps its name and becomes an enum, where it
 * packs a list into a string (pic_list, qualification_list, telephone) the field is
 * repeated and the gateway encodes it.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class StoreServiceGrpc {

  private StoreServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "wxgate.store.v1.StoreService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.ListMerchantCategoriesRequest,
      io.wxgate.store.v1.ListMerchantCategoriesResponse> getListMerchantCategoriesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMerchantCategories",
      requestType = io.wxgate.store.v1.ListMerchantCategoriesRequest.class,
      responseType = io.wxgate.store.v1.ListMerchantCategoriesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.ListMerchantCategoriesRequest,
      io.wxgate.store.v1.ListMerchantCategoriesResponse> getListMerchantCategoriesMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.ListMerchantCategoriesRequest, io.wxgate.store.v1.ListMerchantCategoriesResponse> getListMerchantCategoriesMethod;
    if ((getListMerchantCategoriesMethod = StoreServiceGrpc.getListMerchantCategoriesMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getListMerchantCategoriesMethod = StoreServiceGrpc.getListMerchantCategoriesMethod) == null) {
          StoreServiceGrpc.getListMerchantCategoriesMethod = getListMerchantCategoriesMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.ListMerchantCategoriesRequest, io.wxgate.store.v1.ListMerchantCategoriesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMerchantCategories"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.ListMerchantCategoriesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.ListMerchantCategoriesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("ListMerchantCategories"))
              .build();
        }
      }
    }
    return getListMerchantCategoriesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.ApplyMerchantRequest,
      io.wxgate.store.v1.ApplyMerchantResponse> getApplyMerchantMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ApplyMerchant",
      requestType = io.wxgate.store.v1.ApplyMerchantRequest.class,
      responseType = io.wxgate.store.v1.ApplyMerchantResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.ApplyMerchantRequest,
      io.wxgate.store.v1.ApplyMerchantResponse> getApplyMerchantMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.ApplyMerchantRequest, io.wxgate.store.v1.ApplyMerchantResponse> getApplyMerchantMethod;
    if ((getApplyMerchantMethod = StoreServiceGrpc.getApplyMerchantMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getApplyMerchantMethod = StoreServiceGrpc.getApplyMerchantMethod) == null) {
          StoreServiceGrpc.getApplyMerchantMethod = getApplyMerchantMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.ApplyMerchantRequest, io.wxgate.store.v1.ApplyMerchantResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ApplyMerchant"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.ApplyMerchantRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.ApplyMerchantResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("ApplyMerchant"))
              .build();
        }
      }
    }
    return getApplyMerchantMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.GetMerchantAuditInfoRequest,
      io.wxgate.store.v1.GetMerchantAuditInfoResponse> getGetMerchantAuditInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMerchantAuditInfo",
      requestType = io.wxgate.store.v1.GetMerchantAuditInfoRequest.class,
      responseType = io.wxgate.store.v1.GetMerchantAuditInfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.GetMerchantAuditInfoRequest,
      io.wxgate.store.v1.GetMerchantAuditInfoResponse> getGetMerchantAuditInfoMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.GetMerchantAuditInfoRequest, io.wxgate.store.v1.GetMerchantAuditInfoResponse> getGetMerchantAuditInfoMethod;
    if ((getGetMerchantAuditInfoMethod = StoreServiceGrpc.getGetMerchantAuditInfoMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getGetMerchantAuditInfoMethod = StoreServiceGrpc.getGetMerchantAuditInfoMethod) == null) {
          StoreServiceGrpc.getGetMerchantAuditInfoMethod = getGetMerchantAuditInfoMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.GetMerchantAuditInfoRequest, io.wxgate.store.v1.GetMerchantAuditInfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMerchantAuditInfo"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.GetMerchantAuditInfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.GetMerchantAuditInfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("GetMerchantAuditInfo"))
              .build();
        }
      }
    }
    return getGetMerchantAuditInfoMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.ModifyMerchantRequest,
      io.wxgate.store.v1.ModifyMerchantResponse> getModifyMerchantMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ModifyMerchant",
      requestType = io.wxgate.store.v1.ModifyMerchantRequest.class,
      responseType = io.wxgate.store.v1.ModifyMerchantResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.ModifyMerchantRequest,
      io.wxgate.store.v1.ModifyMerchantResponse> getModifyMerchantMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.ModifyMerchantRequest, io.wxgate.store.v1.ModifyMerchantResponse> getModifyMerchantMethod;
    if ((getModifyMerchantMethod = StoreServiceGrpc.getModifyMerchantMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getModifyMerchantMethod = StoreServiceGrpc.getModifyMerchantMethod) == null) {
          StoreServiceGrpc.getModifyMerchantMethod = getModifyMerchantMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.ModifyMerchantRequest, io.wxgate.store.v1.ModifyMerchantResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ModifyMerchant"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.ModifyMerchantRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.ModifyMerchantResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("ModifyMerchant"))
              .build();
        }
      }
    }
    return getModifyMerchantMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.ListDistrictsRequest,
      io.wxgate.store.v1.ListDistrictsResponse> getListDistrictsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListDistricts",
      requestType = io.wxgate.store.v1.ListDistrictsRequest.class,
      responseType = io.wxgate.store.v1.ListDistrictsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.ListDistrictsRequest,
      io.wxgate.store.v1.ListDistrictsResponse> getListDistrictsMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.ListDistrictsRequest, io.wxgate.store.v1.ListDistrictsResponse> getListDistrictsMethod;
    if ((getListDistrictsMethod = StoreServiceGrpc.getListDistrictsMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getListDistrictsMethod = StoreServiceGrpc.getListDistrictsMethod) == null) {
          StoreServiceGrpc.getListDistrictsMethod = getListDistrictsMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.ListDistrictsRequest, io.wxgate.store.v1.ListDistrictsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListDistricts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.ListDistrictsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.ListDistrictsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("ListDistricts"))
              .build();
        }
      }
    }
    return getListDistrictsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.SearchMapPoiRequest,
      io.wxgate.store.v1.SearchMapPoiResponse> getSearchMapPoiMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SearchMapPoi",
      requestType = io.wxgate.store.v1.SearchMapPoiRequest.class,
      responseType = io.wxgate.store.v1.SearchMapPoiResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.SearchMapPoiRequest,
      io.wxgate.store.v1.SearchMapPoiResponse> getSearchMapPoiMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.SearchMapPoiRequest, io.wxgate.store.v1.SearchMapPoiResponse> getSearchMapPoiMethod;
    if ((getSearchMapPoiMethod = StoreServiceGrpc.getSearchMapPoiMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getSearchMapPoiMethod = StoreServiceGrpc.getSearchMapPoiMethod) == null) {
          StoreServiceGrpc.getSearchMapPoiMethod = getSearchMapPoiMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.SearchMapPoiRequest, io.wxgate.store.v1.SearchMapPoiResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SearchMapPoi"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.SearchMapPoiRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.SearchMapPoiResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("SearchMapPoi"))
              .build();
        }
      }
    }
    return getSearchMapPoiMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.CreateMapPoiRequest,
      io.wxgate.store.v1.CreateMapPoiResponse> getCreateMapPoiMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateMapPoi",
      requestType = io.wxgate.store.v1.CreateMapPoiRequest.class,
      responseType = io.wxgate.store.v1.CreateMapPoiResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.CreateMapPoiRequest,
      io.wxgate.store.v1.CreateMapPoiResponse> getCreateMapPoiMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.CreateMapPoiRequest, io.wxgate.store.v1.CreateMapPoiResponse> getCreateMapPoiMethod;
    if ((getCreateMapPoiMethod = StoreServiceGrpc.getCreateMapPoiMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getCreateMapPoiMethod = StoreServiceGrpc.getCreateMapPoiMethod) == null) {
          StoreServiceGrpc.getCreateMapPoiMethod = getCreateMapPoiMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.CreateMapPoiRequest, io.wxgate.store.v1.CreateMapPoiResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateMapPoi"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.CreateMapPoiRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.CreateMapPoiResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("CreateMapPoi"))
              .build();
        }
      }
    }
    return getCreateMapPoiMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.AddStoreRequest,
      io.wxgate.store.v1.AddStoreResponse> getAddStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AddStore",
      requestType = io.wxgate.store.v1.AddStoreRequest.class,
      responseType = io.wxgate.store.v1.AddStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.AddStoreRequest,
      io.wxgate.store.v1.AddStoreResponse> getAddStoreMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.AddStoreRequest, io.wxgate.store.v1.AddStoreResponse> getAddStoreMethod;
    if ((getAddStoreMethod = StoreServiceGrpc.getAddStoreMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getAddStoreMethod = StoreServiceGrpc.getAddStoreMethod) == null) {
          StoreServiceGrpc.getAddStoreMethod = getAddStoreMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.AddStoreRequest, io.wxgate.store.v1.AddStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AddStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.AddStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.AddStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("AddStore"))
              .build();
        }
      }
    }
    return getAddStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.UpdateStoreRequest,
      io.wxgate.store.v1.UpdateStoreResponse> getUpdateStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateStore",
      requestType = io.wxgate.store.v1.UpdateStoreRequest.class,
      responseType = io.wxgate.store.v1.UpdateStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.UpdateStoreRequest,
      io.wxgate.store.v1.UpdateStoreResponse> getUpdateStoreMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.UpdateStoreRequest, io.wxgate.store.v1.UpdateStoreResponse> getUpdateStoreMethod;
    if ((getUpdateStoreMethod = StoreServiceGrpc.getUpdateStoreMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getUpdateStoreMethod = StoreServiceGrpc.getUpdateStoreMethod) == null) {
          StoreServiceGrpc.getUpdateStoreMethod = getUpdateStoreMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.UpdateStoreRequest, io.wxgate.store.v1.UpdateStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.UpdateStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.UpdateStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("UpdateStore"))
              .build();
        }
      }
    }
    return getUpdateStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.GetStoreRequest,
      io.wxgate.store.v1.GetStoreResponse> getGetStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetStore",
      requestType = io.wxgate.store.v1.GetStoreRequest.class,
      responseType = io.wxgate.store.v1.GetStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.GetStoreRequest,
      io.wxgate.store.v1.GetStoreResponse> getGetStoreMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.GetStoreRequest, io.wxgate.store.v1.GetStoreResponse> getGetStoreMethod;
    if ((getGetStoreMethod = StoreServiceGrpc.getGetStoreMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getGetStoreMethod = StoreServiceGrpc.getGetStoreMethod) == null) {
          StoreServiceGrpc.getGetStoreMethod = getGetStoreMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.GetStoreRequest, io.wxgate.store.v1.GetStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.GetStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.GetStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("GetStore"))
              .build();
        }
      }
    }
    return getGetStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.ListStoresRequest,
      io.wxgate.store.v1.ListStoresResponse> getListStoresMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListStores",
      requestType = io.wxgate.store.v1.ListStoresRequest.class,
      responseType = io.wxgate.store.v1.ListStoresResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.ListStoresRequest,
      io.wxgate.store.v1.ListStoresResponse> getListStoresMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.ListStoresRequest, io.wxgate.store.v1.ListStoresResponse> getListStoresMethod;
    if ((getListStoresMethod = StoreServiceGrpc.getListStoresMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getListStoresMethod = StoreServiceGrpc.getListStoresMethod) == null) {
          StoreServiceGrpc.getListStoresMethod = getListStoresMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.ListStoresRequest, io.wxgate.store.v1.ListStoresResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListStores"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.ListStoresRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.ListStoresResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("ListStores"))
              .build();
        }
      }
    }
    return getListStoresMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.DeleteStoreRequest,
      io.wxgate.store.v1.DeleteStoreResponse> getDeleteStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteStore",
      requestType = io.wxgate.store.v1.DeleteStoreRequest.class,
      responseType = io.wxgate.store.v1.DeleteStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.DeleteStoreRequest,
      io.wxgate.store.v1.DeleteStoreResponse> getDeleteStoreMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.DeleteStoreRequest, io.wxgate.store.v1.DeleteStoreResponse> getDeleteStoreMethod;
    if ((getDeleteStoreMethod = StoreServiceGrpc.getDeleteStoreMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getDeleteStoreMethod = StoreServiceGrpc.getDeleteStoreMethod) == null) {
          StoreServiceGrpc.getDeleteStoreMethod = getDeleteStoreMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.DeleteStoreRequest, io.wxgate.store.v1.DeleteStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.DeleteStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.DeleteStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("DeleteStore"))
              .build();
        }
      }
    }
    return getDeleteStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.ListLegacyPoisRequest,
      io.wxgate.store.v1.ListLegacyPoisResponse> getListLegacyPoisMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListLegacyPois",
      requestType = io.wxgate.store.v1.ListLegacyPoisRequest.class,
      responseType = io.wxgate.store.v1.ListLegacyPoisResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.ListLegacyPoisRequest,
      io.wxgate.store.v1.ListLegacyPoisResponse> getListLegacyPoisMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.ListLegacyPoisRequest, io.wxgate.store.v1.ListLegacyPoisResponse> getListLegacyPoisMethod;
    if ((getListLegacyPoisMethod = StoreServiceGrpc.getListLegacyPoisMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getListLegacyPoisMethod = StoreServiceGrpc.getListLegacyPoisMethod) == null) {
          StoreServiceGrpc.getListLegacyPoisMethod = getListLegacyPoisMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.ListLegacyPoisRequest, io.wxgate.store.v1.ListLegacyPoisResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListLegacyPois"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.ListLegacyPoisRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.ListLegacyPoisResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("ListLegacyPois"))
              .build();
        }
      }
    }
    return getListLegacyPoisMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.GetStoreCardRequest,
      io.wxgate.store.v1.GetStoreCardResponse> getGetStoreCardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetStoreCard",
      requestType = io.wxgate.store.v1.GetStoreCardRequest.class,
      responseType = io.wxgate.store.v1.GetStoreCardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.GetStoreCardRequest,
      io.wxgate.store.v1.GetStoreCardResponse> getGetStoreCardMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.GetStoreCardRequest, io.wxgate.store.v1.GetStoreCardResponse> getGetStoreCardMethod;
    if ((getGetStoreCardMethod = StoreServiceGrpc.getGetStoreCardMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getGetStoreCardMethod = StoreServiceGrpc.getGetStoreCardMethod) == null) {
          StoreServiceGrpc.getGetStoreCardMethod = getGetStoreCardMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.GetStoreCardRequest, io.wxgate.store.v1.GetStoreCardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetStoreCard"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.GetStoreCardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.GetStoreCardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("GetStoreCard"))
              .build();
        }
      }
    }
    return getGetStoreCardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.wxgate.store.v1.SetStoreCardRequest,
      io.wxgate.store.v1.SetStoreCardResponse> getSetStoreCardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetStoreCard",
      requestType = io.wxgate.store.v1.SetStoreCardRequest.class,
      responseType = io.wxgate.store.v1.SetStoreCardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.wxgate.store.v1.SetStoreCardRequest,
      io.wxgate.store.v1.SetStoreCardResponse> getSetStoreCardMethod() {
    io.grpc.MethodDescriptor<io.wxgate.store.v1.SetStoreCardRequest, io.wxgate.store.v1.SetStoreCardResponse> getSetStoreCardMethod;
    if ((getSetStoreCardMethod = StoreServiceGrpc.getSetStoreCardMethod) == null) {
      synchronized (StoreServiceGrpc.class) {
        if ((getSetStoreCardMethod = StoreServiceGrpc.getSetStoreCardMethod) == null) {
          StoreServiceGrpc.getSetStoreCardMethod = getSetStoreCardMethod =
              io.grpc.MethodDescriptor.<io.wxgate.store.v1.SetStoreCardRequest, io.wxgate.store.v1.SetStoreCardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetStoreCard"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.SetStoreCardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.wxgate.store.v1.SetStoreCardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StoreServiceMethodDescriptorSupplier("SetStoreCard"))
              .build();
        }
      }
    }
    return getSetStoreCardMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static StoreServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<StoreServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<StoreServiceStub>() {
        @java.lang.Override
        public StoreServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new StoreServiceStub(channel, callOptions);
        }
      };
    return StoreServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static StoreServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<StoreServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<StoreServiceBlockingV2Stub>() {
        @java.lang.Override
        public StoreServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new StoreServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return StoreServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static StoreServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<StoreServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<StoreServiceBlockingStub>() {
        @java.lang.Override
        public StoreServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new StoreServiceBlockingStub(channel, callOptions);
        }
      };
    return StoreServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static StoreServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<StoreServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<StoreServiceFutureStub>() {
        @java.lang.Override
        public StoreServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new StoreServiceFutureStub(channel, callOptions);
        }
      };
    return StoreServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * StoreService is the store mini program (门店小程序) of one Official Account: its
   * merchant account, Tencent Map places, the stores themselves, the migration of
   * legacy stores (门店管理) and the card shown in a store.
   * Source: seed 004 (微信门店小程序接口文档). Field names are WeChat's JSON names; where
   * WeChat uses magic numbers the field keeps its name and becomes an enum, where it
   * packs a list into a string (pic_list, qualification_list, telephone) the field is
   * repeated and the gateway encodes it.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * ListMerchantCategories returns the store mini program categories (upstream GET
     * /wxa/get_merchant_category). The answer is cached per account for some hours:
     * the categories change rarely.
     * </pre>
     */
    default void listMerchantCategories(io.wxgate.store.v1.ListMerchantCategoriesRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.ListMerchantCategoriesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMerchantCategoriesMethod(), responseObserver);
    }

    /**
     * <pre>
     * ApplyMerchant creates the store mini program (upstream POST /wxa/apply_merchant).
     * The account's administrator confirms it, then WeChat audits it; the result comes
     * as the apply_merchant_audit_info event and from GetMerchantAuditInfo.
     * </pre>
     */
    default void applyMerchant(io.wxgate.store.v1.ApplyMerchantRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.ApplyMerchantResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getApplyMerchantMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetMerchantAuditInfo returns the audit of the store mini program (upstream GET
     * /wxa/get_merchant_audit_info).
     * </pre>
     */
    default void getMerchantAuditInfo(io.wxgate.store.v1.GetMerchantAuditInfoRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.GetMerchantAuditInfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMerchantAuditInfoMethod(), responseObserver);
    }

    /**
     * <pre>
     * ModifyMerchant changes the store mini program's head image or introduction
     * (upstream POST /wxa/modify_merchant).
     * </pre>
     */
    default void modifyMerchant(io.wxgate.store.v1.ModifyMerchantRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.ModifyMerchantResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getModifyMerchantMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListDistricts returns Tencent Map's provinces, cities and districts as a tree
     * (upstream GET /wxa/get_district). The answer is cached per account and
     * data_version.
     * </pre>
     */
    default void listDistricts(io.wxgate.store.v1.ListDistrictsRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.ListDistrictsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListDistrictsMethod(), responseObserver);
    }

    /**
     * <pre>
     * SearchMapPoi searches Tencent Map for places in a district (upstream POST
     * /wxa/search_map_poi).
     * </pre>
     */
    default void searchMapPoi(io.wxgate.store.v1.SearchMapPoiRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.SearchMapPoiResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSearchMapPoiMethod(), responseObserver);
    }

    /**
     * <pre>
     * CreateMapPoi submits a new place to Tencent Map (upstream POST
     * /wxa/create_map_poi). Tencent audits it within 3 working days; the result comes
     * as the create_map_poi_audit_info event.
     * </pre>
     */
    default void createMapPoi(io.wxgate.store.v1.CreateMapPoiRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.CreateMapPoiResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateMapPoiMethod(), responseObserver);
    }

    /**
     * <pre>
     * AddStore adds a store to the store mini program, or migrates a legacy store
     * (upstream POST /wxa/add_store). WeChat audits it; the result comes as the
     * add_store_audit_info event.
     * </pre>
     */
    default void addStore(io.wxgate.store.v1.AddStoreRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.AddStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAddStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * UpdateStore changes a store's hours, phone, pictures or card (upstream POST
     * /wxa/update_store). New pictures are audited (modify_store_audit_info event).
     * </pre>
     */
    default void updateStore(io.wxgate.store.v1.UpdateStoreRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.UpdateStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetStore returns one store (upstream POST /wxa/get_store_info).
     * </pre>
     */
    default void getStore(io.wxgate.store.v1.GetStoreRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.GetStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListStores lists the stores, a page at a time (upstream POST /wxa/get_store_list,
     * whose offset and limit the page token and page size stand for).
     * </pre>
     */
    default void listStores(io.wxgate.store.v1.ListStoresRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.ListStoresResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListStoresMethod(), responseObserver);
    }

    /**
     * <pre>
     * DeleteStore deletes a store (upstream POST /wxa/del_store).
     * </pre>
     */
    default void deleteStore(io.wxgate.store.v1.DeleteStoreRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.DeleteStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListLegacyPois lists the stores of the legacy store manager (门店管理) with their
     * migration status, a page at a time (upstream POST /cgi-bin/poi/getpoilist).
     * Stores waiting for migration or whose migration failed are migrated with AddStore
     * and their poi_id.
     * </pre>
     */
    default void listLegacyPois(io.wxgate.store.v1.ListLegacyPoisRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.ListLegacyPoisResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListLegacyPoisMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetStoreCard returns the card configured for a store (upstream POST
     * /card/storewxa/get).
     * </pre>
     */
    default void getStoreCard(io.wxgate.store.v1.GetStoreCardRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.GetStoreCardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetStoreCardMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetStoreCard sets the card shown in a store (upstream POST /card/storewxa/set).
     * The card must not use custom codes.
     * </pre>
     */
    default void setStoreCard(io.wxgate.store.v1.SetStoreCardRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.SetStoreCardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetStoreCardMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service StoreService.
   * <pre>
   * StoreService is the store mini program (门店小程序) of one Official Account: its
   * merchant account, Tencent Map places, the stores themselves, the migration of
   * legacy stores (门店管理) and the card shown in a store.
   * Source: seed 004 (微信门店小程序接口文档). Field names are WeChat's JSON names; where
   * WeChat uses magic numbers the field keeps its name and becomes an enum, where it
   * packs a list into a string (pic_list, qualification_list, telephone) the field is
   * repeated and the gateway encodes it.
   * </pre>
   */
  public static abstract class StoreServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return StoreServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service StoreService.
   * <pre>
   * StoreService is the store mini program (门店小程序) of one Official Account: its
   * merchant account, Tencent Map places, the stores themselves, the migration of
   * legacy stores (门店管理) and the card shown in a store.
   * Source: seed 004 (微信门店小程序接口文档). Field names are WeChat's JSON names; where
   * WeChat uses magic numbers the field keeps its name and becomes an enum, where it
   * packs a list into a string (pic_list, qualification_list, telephone) the field is
   * repeated and the gateway encodes it.
   * </pre>
   */
  public static final class StoreServiceStub
      extends io.grpc.stub.AbstractAsyncStub<StoreServiceStub> {
    private StoreServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected StoreServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new StoreServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * ListMerchantCategories returns the store mini program categories (upstream GET
     * /wxa/get_merchant_category). The answer is cached per account for some hours:
     * the categories change rarely.
     * </pre>
     */
    public void listMerchantCategories(io.wxgate.store.v1.ListMerchantCategoriesRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.ListMerchantCategoriesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMerchantCategoriesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ApplyMerchant creates the store mini program (upstream POST /wxa/apply_merchant).
     * The account's administrator confirms it, then WeChat audits it; the result comes
     * as the apply_merchant_audit_info event and from GetMerchantAuditInfo.
     * </pre>
     */
    public void applyMerchant(io.wxgate.store.v1.ApplyMerchantRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.ApplyMerchantResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getApplyMerchantMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetMerchantAuditInfo returns the audit of the store mini program (upstream GET
     * /wxa/get_merchant_audit_info).
     * </pre>
     */
    public void getMerchantAuditInfo(io.wxgate.store.v1.GetMerchantAuditInfoRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.GetMerchantAuditInfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMerchantAuditInfoMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ModifyMerchant changes the store mini program's head image or introduction
     * (upstream POST /wxa/modify_merchant).
     * </pre>
     */
    public void modifyMerchant(io.wxgate.store.v1.ModifyMerchantRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.ModifyMerchantResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getModifyMerchantMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListDistricts returns Tencent Map's provinces, cities and districts as a tree
     * (upstream GET /wxa/get_district). The answer is cached per account and
     * data_version.
     * </pre>
     */
    public void listDistricts(io.wxgate.store.v1.ListDistrictsRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.ListDistrictsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListDistrictsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SearchMapPoi searches Tencent Map for places in a district (upstream POST
     * /wxa/search_map_poi).
     * </pre>
     */
    public void searchMapPoi(io.wxgate.store.v1.SearchMapPoiRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.SearchMapPoiResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSearchMapPoiMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CreateMapPoi submits a new place to Tencent Map (upstream POST
     * /wxa/create_map_poi). Tencent audits it within 3 working days; the result comes
     * as the create_map_poi_audit_info event.
     * </pre>
     */
    public void createMapPoi(io.wxgate.store.v1.CreateMapPoiRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.CreateMapPoiResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateMapPoiMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * AddStore adds a store to the store mini program, or migrates a legacy store
     * (upstream POST /wxa/add_store). WeChat audits it; the result comes as the
     * add_store_audit_info event.
     * </pre>
     */
    public void addStore(io.wxgate.store.v1.AddStoreRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.AddStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAddStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * UpdateStore changes a store's hours, phone, pictures or card (upstream POST
     * /wxa/update_store). New pictures are audited (modify_store_audit_info event).
     * </pre>
     */
    public void updateStore(io.wxgate.store.v1.UpdateStoreRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.UpdateStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetStore returns one store (upstream POST /wxa/get_store_info).
     * </pre>
     */
    public void getStore(io.wxgate.store.v1.GetStoreRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.GetStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListStores lists the stores, a page at a time (upstream POST /wxa/get_store_list,
     * whose offset and limit the page token and page size stand for).
     * </pre>
     */
    public void listStores(io.wxgate.store.v1.ListStoresRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.ListStoresResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListStoresMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DeleteStore deletes a store (upstream POST /wxa/del_store).
     * </pre>
     */
    public void deleteStore(io.wxgate.store.v1.DeleteStoreRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.DeleteStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListLegacyPois lists the stores of the legacy store manager (门店管理) with their
     * migration status, a page at a time (upstream POST /cgi-bin/poi/getpoilist).
     * Stores waiting for migration or whose migration failed are migrated with AddStore
     * and their poi_id.
     * </pre>
     */
    public void listLegacyPois(io.wxgate.store.v1.ListLegacyPoisRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.ListLegacyPoisResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListLegacyPoisMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetStoreCard returns the card configured for a store (upstream POST
     * /card/storewxa/get).
     * </pre>
     */
    public void getStoreCard(io.wxgate.store.v1.GetStoreCardRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.GetStoreCardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetStoreCardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetStoreCard sets the card shown in a store (upstream POST /card/storewxa/set).
     * The card must not use custom codes.
     * </pre>
     */
    public void setStoreCard(io.wxgate.store.v1.SetStoreCardRequest request,
        io.grpc.stub.StreamObserver<io.wxgate.store.v1.SetStoreCardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetStoreCardMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service StoreService.
   * <pre>
   * StoreService is the store mini program (门店小程序) of one Official Account: its
   * merchant account, Tencent Map places, the stores themselves, the migration of
   * legacy stores (门店管理) and the card shown in a store.
   * Source: seed 004 (微信门店小程序接口文档). Field names are WeChat's JSON names; where
   * WeChat uses magic numbers the field keeps its name and becomes an enum, where it
   * packs a list into a string (pic_list, qualification_list, telephone) the field is
   * repeated and the gateway encodes it.
   * </pre>
   */
  public static final class StoreServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<StoreServiceBlockingV2Stub> {
    private StoreServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected StoreServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new StoreServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * ListMerchantCategories returns the store mini program categories (upstream GET
     * /wxa/get_merchant_category). The answer is cached per account for some hours:
     * the categories change rarely.
     * </pre>
     */
    public io.wxgate.store.v1.ListMerchantCategoriesResponse listMerchantCategories(io.wxgate.store.v1.ListMerchantCategoriesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListMerchantCategoriesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ApplyMerchant creates the store mini program (upstream POST /wxa/apply_merchant).
     * The account's administrator confirms it, then WeChat audits it; the result comes
     * as the apply_merchant_audit_info event and from GetMerchantAuditInfo.
     * </pre>
     */
    public io.wxgate.store.v1.ApplyMerchantResponse applyMerchant(io.wxgate.store.v1.ApplyMerchantRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getApplyMerchantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetMerchantAuditInfo returns the audit of the store mini program (upstream GET
     * /wxa/get_merchant_audit_info).
     * </pre>
     */
    public io.wxgate.store.v1.GetMerchantAuditInfoResponse getMerchantAuditInfo(io.wxgate.store.v1.GetMerchantAuditInfoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetMerchantAuditInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ModifyMerchant changes the store mini program's head image or introduction
     * (upstream POST /wxa/modify_merchant).
     * </pre>
     */
    public io.wxgate.store.v1.ModifyMerchantResponse modifyMerchant(io.wxgate.store.v1.ModifyMerchantRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getModifyMerchantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListDistricts returns Tencent Map's provinces, cities and districts as a tree
     * (upstream GET /wxa/get_district). The answer is cached per account and
     * data_version.
     * </pre>
     */
    public io.wxgate.store.v1.ListDistrictsResponse listDistricts(io.wxgate.store.v1.ListDistrictsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListDistrictsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SearchMapPoi searches Tencent Map for places in a district (upstream POST
     * /wxa/search_map_poi).
     * </pre>
     */
    public io.wxgate.store.v1.SearchMapPoiResponse searchMapPoi(io.wxgate.store.v1.SearchMapPoiRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSearchMapPoiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CreateMapPoi submits a new place to Tencent Map (upstream POST
     * /wxa/create_map_poi). Tencent audits it within 3 working days; the result comes
     * as the create_map_poi_audit_info event.
     * </pre>
     */
    public io.wxgate.store.v1.CreateMapPoiResponse createMapPoi(io.wxgate.store.v1.CreateMapPoiRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateMapPoiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AddStore adds a store to the store mini program, or migrates a legacy store
     * (upstream POST /wxa/add_store). WeChat audits it; the result comes as the
     * add_store_audit_info event.
     * </pre>
     */
    public io.wxgate.store.v1.AddStoreResponse addStore(io.wxgate.store.v1.AddStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAddStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UpdateStore changes a store's hours, phone, pictures or card (upstream POST
     * /wxa/update_store). New pictures are audited (modify_store_audit_info event).
     * </pre>
     */
    public io.wxgate.store.v1.UpdateStoreResponse updateStore(io.wxgate.store.v1.UpdateStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetStore returns one store (upstream POST /wxa/get_store_info).
     * </pre>
     */
    public io.wxgate.store.v1.GetStoreResponse getStore(io.wxgate.store.v1.GetStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListStores lists the stores, a page at a time (upstream POST /wxa/get_store_list,
     * whose offset and limit the page token and page size stand for).
     * </pre>
     */
    public io.wxgate.store.v1.ListStoresResponse listStores(io.wxgate.store.v1.ListStoresRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListStoresMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteStore deletes a store (upstream POST /wxa/del_store).
     * </pre>
     */
    public io.wxgate.store.v1.DeleteStoreResponse deleteStore(io.wxgate.store.v1.DeleteStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListLegacyPois lists the stores of the legacy store manager (门店管理) with their
     * migration status, a page at a time (upstream POST /cgi-bin/poi/getpoilist).
     * Stores waiting for migration or whose migration failed are migrated with AddStore
     * and their poi_id.
     * </pre>
     */
    public io.wxgate.store.v1.ListLegacyPoisResponse listLegacyPois(io.wxgate.store.v1.ListLegacyPoisRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListLegacyPoisMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetStoreCard returns the card configured for a store (upstream POST
     * /card/storewxa/get).
     * </pre>
     */
    public io.wxgate.store.v1.GetStoreCardResponse getStoreCard(io.wxgate.store.v1.GetStoreCardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetStoreCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetStoreCard sets the card shown in a store (upstream POST /card/storewxa/set).
     * The card must not use custom codes.
     * </pre>
     */
    public io.wxgate.store.v1.SetStoreCardResponse setStoreCard(io.wxgate.store.v1.SetStoreCardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetStoreCardMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service StoreService.
   * <pre>
   * StoreService is the store mini program (门店小程序) of one Official Account: its
   * merchant account, Tencent Map places, the stores themselves, the migration of
   * legacy stores (门店管理) and the card shown in a store.
   * Source: seed 004 (微信门店小程序接口文档). Field names are WeChat's JSON names; where
   * WeChat uses magic numbers the field keeps its name and becomes an enum, where it
   * packs a list into a string (pic_list, qualification_list, telephone) the field is
   * repeated and the gateway encodes it.
   * </pre>
   */
  public static final class StoreServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<StoreServiceBlockingStub> {
    private StoreServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected StoreServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new StoreServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * ListMerchantCategories returns the store mini program categories (upstream GET
     * /wxa/get_merchant_category). The answer is cached per account for some hours:
     * the categories change rarely.
     * </pre>
     */
    public io.wxgate.store.v1.ListMerchantCategoriesResponse listMerchantCategories(io.wxgate.store.v1.ListMerchantCategoriesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMerchantCategoriesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ApplyMerchant creates the store mini program (upstream POST /wxa/apply_merchant).
     * The account's administrator confirms it, then WeChat audits it; the result comes
     * as the apply_merchant_audit_info event and from GetMerchantAuditInfo.
     * </pre>
     */
    public io.wxgate.store.v1.ApplyMerchantResponse applyMerchant(io.wxgate.store.v1.ApplyMerchantRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getApplyMerchantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetMerchantAuditInfo returns the audit of the store mini program (upstream GET
     * /wxa/get_merchant_audit_info).
     * </pre>
     */
    public io.wxgate.store.v1.GetMerchantAuditInfoResponse getMerchantAuditInfo(io.wxgate.store.v1.GetMerchantAuditInfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMerchantAuditInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ModifyMerchant changes the store mini program's head image or introduction
     * (upstream POST /wxa/modify_merchant).
     * </pre>
     */
    public io.wxgate.store.v1.ModifyMerchantResponse modifyMerchant(io.wxgate.store.v1.ModifyMerchantRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getModifyMerchantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListDistricts returns Tencent Map's provinces, cities and districts as a tree
     * (upstream GET /wxa/get_district). The answer is cached per account and
     * data_version.
     * </pre>
     */
    public io.wxgate.store.v1.ListDistrictsResponse listDistricts(io.wxgate.store.v1.ListDistrictsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListDistrictsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SearchMapPoi searches Tencent Map for places in a district (upstream POST
     * /wxa/search_map_poi).
     * </pre>
     */
    public io.wxgate.store.v1.SearchMapPoiResponse searchMapPoi(io.wxgate.store.v1.SearchMapPoiRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSearchMapPoiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CreateMapPoi submits a new place to Tencent Map (upstream POST
     * /wxa/create_map_poi). Tencent audits it within 3 working days; the result comes
     * as the create_map_poi_audit_info event.
     * </pre>
     */
    public io.wxgate.store.v1.CreateMapPoiResponse createMapPoi(io.wxgate.store.v1.CreateMapPoiRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateMapPoiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AddStore adds a store to the store mini program, or migrates a legacy store
     * (upstream POST /wxa/add_store). WeChat audits it; the result comes as the
     * add_store_audit_info event.
     * </pre>
     */
    public io.wxgate.store.v1.AddStoreResponse addStore(io.wxgate.store.v1.AddStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAddStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UpdateStore changes a store's hours, phone, pictures or card (upstream POST
     * /wxa/update_store). New pictures are audited (modify_store_audit_info event).
     * </pre>
     */
    public io.wxgate.store.v1.UpdateStoreResponse updateStore(io.wxgate.store.v1.UpdateStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetStore returns one store (upstream POST /wxa/get_store_info).
     * </pre>
     */
    public io.wxgate.store.v1.GetStoreResponse getStore(io.wxgate.store.v1.GetStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListStores lists the stores, a page at a time (upstream POST /wxa/get_store_list,
     * whose offset and limit the page token and page size stand for).
     * </pre>
     */
    public io.wxgate.store.v1.ListStoresResponse listStores(io.wxgate.store.v1.ListStoresRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListStoresMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteStore deletes a store (upstream POST /wxa/del_store).
     * </pre>
     */
    public io.wxgate.store.v1.DeleteStoreResponse deleteStore(io.wxgate.store.v1.DeleteStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListLegacyPois lists the stores of the legacy store manager (门店管理) with their
     * migration status, a page at a time (upstream POST /cgi-bin/poi/getpoilist).
     * Stores waiting for migration or whose migration failed are migrated with AddStore
     * and their poi_id.
     * </pre>
     */
    public io.wxgate.store.v1.ListLegacyPoisResponse listLegacyPois(io.wxgate.store.v1.ListLegacyPoisRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListLegacyPoisMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetStoreCard returns the card configured for a store (upstream POST
     * /card/storewxa/get).
     * </pre>
     */
    public io.wxgate.store.v1.GetStoreCardResponse getStoreCard(io.wxgate.store.v1.GetStoreCardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetStoreCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetStoreCard sets the card shown in a store (upstream POST /card/storewxa/set).
     * The card must not use custom codes.
     * </pre>
     */
    public io.wxgate.store.v1.SetStoreCardResponse setStoreCard(io.wxgate.store.v1.SetStoreCardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetStoreCardMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service StoreService.
   * <pre>
   * StoreService is the store mini program (门店小程序) of one Official Account: its
   * merchant account, Tencent Map places, the stores themselves, the migration of
   * legacy stores (门店管理) and the card shown in a store.
   * Source: seed 004 (微信门店小程序接口文档). Field names are WeChat's JSON names; where
   * WeChat uses magic numbers the field keeps its name and becomes an enum, where it
   * packs a list into a string (pic_list, qualification_list, telephone) the field is
   * repeated and the gateway encodes it.
   * </pre>
   */
  public static final class StoreServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<StoreServiceFutureStub> {
    private StoreServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected StoreServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new StoreServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * ListMerchantCategories returns the store mini program categories (upstream GET
     * /wxa/get_merchant_category). The answer is cached per account for some hours:
     * the categories change rarely.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.ListMerchantCategoriesResponse> listMerchantCategories(
        io.wxgate.store.v1.ListMerchantCategoriesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMerchantCategoriesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ApplyMerchant creates the store mini program (upstream POST /wxa/apply_merchant).
     * The account's administrator confirms it, then WeChat audits it; the result comes
     * as the apply_merchant_audit_info event and from GetMerchantAuditInfo.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.ApplyMerchantResponse> applyMerchant(
        io.wxgate.store.v1.ApplyMerchantRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getApplyMerchantMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetMerchantAuditInfo returns the audit of the store mini program (upstream GET
     * /wxa/get_merchant_audit_info).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.GetMerchantAuditInfoResponse> getMerchantAuditInfo(
        io.wxgate.store.v1.GetMerchantAuditInfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMerchantAuditInfoMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ModifyMerchant changes the store mini program's head image or introduction
     * (upstream POST /wxa/modify_merchant).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.ModifyMerchantResponse> modifyMerchant(
        io.wxgate.store.v1.ModifyMerchantRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getModifyMerchantMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListDistricts returns Tencent Map's provinces, cities and districts as a tree
     * (upstream GET /wxa/get_district). The answer is cached per account and
     * data_version.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.ListDistrictsResponse> listDistricts(
        io.wxgate.store.v1.ListDistrictsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListDistrictsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SearchMapPoi searches Tencent Map for places in a district (upstream POST
     * /wxa/search_map_poi).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.SearchMapPoiResponse> searchMapPoi(
        io.wxgate.store.v1.SearchMapPoiRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSearchMapPoiMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CreateMapPoi submits a new place to Tencent Map (upstream POST
     * /wxa/create_map_poi). Tencent audits it within 3 working days; the result comes
     * as the create_map_poi_audit_info event.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.CreateMapPoiResponse> createMapPoi(
        io.wxgate.store.v1.CreateMapPoiRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateMapPoiMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * AddStore adds a store to the store mini program, or migrates a legacy store
     * (upstream POST /wxa/add_store). WeChat audits it; the result comes as the
     * add_store_audit_info event.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.AddStoreResponse> addStore(
        io.wxgate.store.v1.AddStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAddStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * UpdateStore changes a store's hours, phone, pictures or card (upstream POST
     * /wxa/update_store). New pictures are audited (modify_store_audit_info event).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.UpdateStoreResponse> updateStore(
        io.wxgate.store.v1.UpdateStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetStore returns one store (upstream POST /wxa/get_store_info).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.GetStoreResponse> getStore(
        io.wxgate.store.v1.GetStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListStores lists the stores, a page at a time (upstream POST /wxa/get_store_list,
     * whose offset and limit the page token and page size stand for).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.ListStoresResponse> listStores(
        io.wxgate.store.v1.ListStoresRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListStoresMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DeleteStore deletes a store (upstream POST /wxa/del_store).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.DeleteStoreResponse> deleteStore(
        io.wxgate.store.v1.DeleteStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListLegacyPois lists the stores of the legacy store manager (门店管理) with their
     * migration status, a page at a time (upstream POST /cgi-bin/poi/getpoilist).
     * Stores waiting for migration or whose migration failed are migrated with AddStore
     * and their poi_id.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.ListLegacyPoisResponse> listLegacyPois(
        io.wxgate.store.v1.ListLegacyPoisRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListLegacyPoisMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetStoreCard returns the card configured for a store (upstream POST
     * /card/storewxa/get).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.GetStoreCardResponse> getStoreCard(
        io.wxgate.store.v1.GetStoreCardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetStoreCardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetStoreCard sets the card shown in a store (upstream POST /card/storewxa/set).
     * The card must not use custom codes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.wxgate.store.v1.SetStoreCardResponse> setStoreCard(
        io.wxgate.store.v1.SetStoreCardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetStoreCardMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_MERCHANT_CATEGORIES = 0;
  private static final int METHODID_APPLY_MERCHANT = 1;
  private static final int METHODID_GET_MERCHANT_AUDIT_INFO = 2;
  private static final int METHODID_MODIFY_MERCHANT = 3;
  private static final int METHODID_LIST_DISTRICTS = 4;
  private static final int METHODID_SEARCH_MAP_POI = 5;
  private static final int METHODID_CREATE_MAP_POI = 6;
  private static final int METHODID_ADD_STORE = 7;
  private static final int METHODID_UPDATE_STORE = 8;
  private static final int METHODID_GET_STORE = 9;
  private static final int METHODID_LIST_STORES = 10;
  private static final int METHODID_DELETE_STORE = 11;
  private static final int METHODID_LIST_LEGACY_POIS = 12;
  private static final int METHODID_GET_STORE_CARD = 13;
  private static final int METHODID_SET_STORE_CARD = 14;

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
        case METHODID_LIST_MERCHANT_CATEGORIES:
          serviceImpl.listMerchantCategories((io.wxgate.store.v1.ListMerchantCategoriesRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.ListMerchantCategoriesResponse>) responseObserver);
          break;
        case METHODID_APPLY_MERCHANT:
          serviceImpl.applyMerchant((io.wxgate.store.v1.ApplyMerchantRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.ApplyMerchantResponse>) responseObserver);
          break;
        case METHODID_GET_MERCHANT_AUDIT_INFO:
          serviceImpl.getMerchantAuditInfo((io.wxgate.store.v1.GetMerchantAuditInfoRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.GetMerchantAuditInfoResponse>) responseObserver);
          break;
        case METHODID_MODIFY_MERCHANT:
          serviceImpl.modifyMerchant((io.wxgate.store.v1.ModifyMerchantRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.ModifyMerchantResponse>) responseObserver);
          break;
        case METHODID_LIST_DISTRICTS:
          serviceImpl.listDistricts((io.wxgate.store.v1.ListDistrictsRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.ListDistrictsResponse>) responseObserver);
          break;
        case METHODID_SEARCH_MAP_POI:
          serviceImpl.searchMapPoi((io.wxgate.store.v1.SearchMapPoiRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.SearchMapPoiResponse>) responseObserver);
          break;
        case METHODID_CREATE_MAP_POI:
          serviceImpl.createMapPoi((io.wxgate.store.v1.CreateMapPoiRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.CreateMapPoiResponse>) responseObserver);
          break;
        case METHODID_ADD_STORE:
          serviceImpl.addStore((io.wxgate.store.v1.AddStoreRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.AddStoreResponse>) responseObserver);
          break;
        case METHODID_UPDATE_STORE:
          serviceImpl.updateStore((io.wxgate.store.v1.UpdateStoreRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.UpdateStoreResponse>) responseObserver);
          break;
        case METHODID_GET_STORE:
          serviceImpl.getStore((io.wxgate.store.v1.GetStoreRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.GetStoreResponse>) responseObserver);
          break;
        case METHODID_LIST_STORES:
          serviceImpl.listStores((io.wxgate.store.v1.ListStoresRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.ListStoresResponse>) responseObserver);
          break;
        case METHODID_DELETE_STORE:
          serviceImpl.deleteStore((io.wxgate.store.v1.DeleteStoreRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.DeleteStoreResponse>) responseObserver);
          break;
        case METHODID_LIST_LEGACY_POIS:
          serviceImpl.listLegacyPois((io.wxgate.store.v1.ListLegacyPoisRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.ListLegacyPoisResponse>) responseObserver);
          break;
        case METHODID_GET_STORE_CARD:
          serviceImpl.getStoreCard((io.wxgate.store.v1.GetStoreCardRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.GetStoreCardResponse>) responseObserver);
          break;
        case METHODID_SET_STORE_CARD:
          serviceImpl.setStoreCard((io.wxgate.store.v1.SetStoreCardRequest) request,
              (io.grpc.stub.StreamObserver<io.wxgate.store.v1.SetStoreCardResponse>) responseObserver);
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
          getListMerchantCategoriesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.ListMerchantCategoriesRequest,
              io.wxgate.store.v1.ListMerchantCategoriesResponse>(
                service, METHODID_LIST_MERCHANT_CATEGORIES)))
        .addMethod(
          getApplyMerchantMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.ApplyMerchantRequest,
              io.wxgate.store.v1.ApplyMerchantResponse>(
                service, METHODID_APPLY_MERCHANT)))
        .addMethod(
          getGetMerchantAuditInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.GetMerchantAuditInfoRequest,
              io.wxgate.store.v1.GetMerchantAuditInfoResponse>(
                service, METHODID_GET_MERCHANT_AUDIT_INFO)))
        .addMethod(
          getModifyMerchantMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.ModifyMerchantRequest,
              io.wxgate.store.v1.ModifyMerchantResponse>(
                service, METHODID_MODIFY_MERCHANT)))
        .addMethod(
          getListDistrictsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.ListDistrictsRequest,
              io.wxgate.store.v1.ListDistrictsResponse>(
                service, METHODID_LIST_DISTRICTS)))
        .addMethod(
          getSearchMapPoiMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.SearchMapPoiRequest,
              io.wxgate.store.v1.SearchMapPoiResponse>(
                service, METHODID_SEARCH_MAP_POI)))
        .addMethod(
          getCreateMapPoiMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.CreateMapPoiRequest,
              io.wxgate.store.v1.CreateMapPoiResponse>(
                service, METHODID_CREATE_MAP_POI)))
        .addMethod(
          getAddStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.AddStoreRequest,
              io.wxgate.store.v1.AddStoreResponse>(
                service, METHODID_ADD_STORE)))
        .addMethod(
          getUpdateStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.UpdateStoreRequest,
              io.wxgate.store.v1.UpdateStoreResponse>(
                service, METHODID_UPDATE_STORE)))
        .addMethod(
          getGetStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.GetStoreRequest,
              io.wxgate.store.v1.GetStoreResponse>(
                service, METHODID_GET_STORE)))
        .addMethod(
          getListStoresMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.ListStoresRequest,
              io.wxgate.store.v1.ListStoresResponse>(
                service, METHODID_LIST_STORES)))
        .addMethod(
          getDeleteStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.DeleteStoreRequest,
              io.wxgate.store.v1.DeleteStoreResponse>(
                service, METHODID_DELETE_STORE)))
        .addMethod(
          getListLegacyPoisMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.ListLegacyPoisRequest,
              io.wxgate.store.v1.ListLegacyPoisResponse>(
                service, METHODID_LIST_LEGACY_POIS)))
        .addMethod(
          getGetStoreCardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.GetStoreCardRequest,
              io.wxgate.store.v1.GetStoreCardResponse>(
                service, METHODID_GET_STORE_CARD)))
        .addMethod(
          getSetStoreCardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.wxgate.store.v1.SetStoreCardRequest,
              io.wxgate.store.v1.SetStoreCardResponse>(
                service, METHODID_SET_STORE_CARD)))
        .build();
  }

  private static abstract class StoreServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    StoreServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.wxgate.store.v1.StoreProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("StoreService");
    }
  }

  private static final class StoreServiceFileDescriptorSupplier
      extends StoreServiceBaseDescriptorSupplier {
    StoreServiceFileDescriptorSupplier() {}
  }

  private static final class StoreServiceMethodDescriptorSupplier
      extends StoreServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    StoreServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (StoreServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new StoreServiceFileDescriptorSupplier())
              .addMethod(getListMerchantCategoriesMethod())
              .addMethod(getApplyMerchantMethod())
              .addMethod(getGetMerchantAuditInfoMethod())
              .addMethod(getModifyMerchantMethod())
              .addMethod(getListDistrictsMethod())
              .addMethod(getSearchMapPoiMethod())
              .addMethod(getCreateMapPoiMethod())
              .addMethod(getAddStoreMethod())
              .addMethod(getUpdateStoreMethod())
              .addMethod(getGetStoreMethod())
              .addMethod(getListStoresMethod())
              .addMethod(getDeleteStoreMethod())
              .addMethod(getListLegacyPoisMethod())
              .addMethod(getGetStoreCardMethod())
              .addMethod(getSetStoreCardMethod())
              .build();
        }
      }
    }
    return result;
  }
}
