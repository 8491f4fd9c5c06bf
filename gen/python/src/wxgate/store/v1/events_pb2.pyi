import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from wxgate.store.v1 import store_pb2 as _store_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class MapPoiAuditStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MAP_POI_AUDIT_STATUS_UNSPECIFIED: _ClassVar[MapPoiAuditStatus]
    MAP_POI_AUDIT_STATUS_APPROVED: _ClassVar[MapPoiAuditStatus]
    MAP_POI_AUDIT_STATUS_REJECTED: _ClassVar[MapPoiAuditStatus]

class AddStoreKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ADD_STORE_KIND_UNSPECIFIED: _ClassVar[AddStoreKind]
    ADD_STORE_KIND_NEW: _ClassVar[AddStoreKind]
    ADD_STORE_KIND_UPGRADE: _ClassVar[AddStoreKind]
MAP_POI_AUDIT_STATUS_UNSPECIFIED: MapPoiAuditStatus
MAP_POI_AUDIT_STATUS_APPROVED: MapPoiAuditStatus
MAP_POI_AUDIT_STATUS_REJECTED: MapPoiAuditStatus
ADD_STORE_KIND_UNSPECIFIED: AddStoreKind
ADD_STORE_KIND_NEW: AddStoreKind
ADD_STORE_KIND_UPGRADE: AddStoreKind

class StoreEvent(_message.Message):
    __slots__ = ("to_user_name", "from_user_name", "create_time", "apply_merchant_audit_info", "create_map_poi_audit_info", "add_store_audit_info", "modify_store_audit_info")
    TO_USER_NAME_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_NAME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    APPLY_MERCHANT_AUDIT_INFO_FIELD_NUMBER: _ClassVar[int]
    CREATE_MAP_POI_AUDIT_INFO_FIELD_NUMBER: _ClassVar[int]
    ADD_STORE_AUDIT_INFO_FIELD_NUMBER: _ClassVar[int]
    MODIFY_STORE_AUDIT_INFO_FIELD_NUMBER: _ClassVar[int]
    to_user_name: str
    from_user_name: str
    create_time: _timestamp_pb2.Timestamp
    apply_merchant_audit_info: ApplyMerchantAuditEvent
    create_map_poi_audit_info: CreateMapPoiAuditEvent
    add_store_audit_info: AddStoreAuditEvent
    modify_store_audit_info: ModifyStoreAuditEvent
    def __init__(self, to_user_name: _Optional[str] = ..., from_user_name: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., apply_merchant_audit_info: _Optional[_Union[ApplyMerchantAuditEvent, _Mapping]] = ..., create_map_poi_audit_info: _Optional[_Union[CreateMapPoiAuditEvent, _Mapping]] = ..., add_store_audit_info: _Optional[_Union[AddStoreAuditEvent, _Mapping]] = ..., modify_store_audit_info: _Optional[_Union[ModifyStoreAuditEvent, _Mapping]] = ...) -> None: ...

class ApplyMerchantAuditEvent(_message.Message):
    __slots__ = ("audit_id", "status", "reason")
    AUDIT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    audit_id: int
    status: _store_pb2.MerchantAuditStatus
    reason: str
    def __init__(self, audit_id: _Optional[int] = ..., status: _Optional[_Union[_store_pb2.MerchantAuditStatus, str]] = ..., reason: _Optional[str] = ...) -> None: ...

class CreateMapPoiAuditEvent(_message.Message):
    __slots__ = ("audit_id", "status", "map_poi_id", "name", "address", "latitude", "longitude", "sh_remark")
    AUDIT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    MAP_POI_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    LATITUDE_FIELD_NUMBER: _ClassVar[int]
    LONGITUDE_FIELD_NUMBER: _ClassVar[int]
    SH_REMARK_FIELD_NUMBER: _ClassVar[int]
    audit_id: int
    status: MapPoiAuditStatus
    map_poi_id: str
    name: str
    address: str
    latitude: str
    longitude: str
    sh_remark: str
    def __init__(self, audit_id: _Optional[int] = ..., status: _Optional[_Union[MapPoiAuditStatus, str]] = ..., map_poi_id: _Optional[str] = ..., name: _Optional[str] = ..., address: _Optional[str] = ..., latitude: _Optional[str] = ..., longitude: _Optional[str] = ..., sh_remark: _Optional[str] = ...) -> None: ...

class AddStoreAuditEvent(_message.Message):
    __slots__ = ("audit_id", "status", "reason", "is_upgrade", "poiid")
    AUDIT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    IS_UPGRADE_FIELD_NUMBER: _ClassVar[int]
    POIID_FIELD_NUMBER: _ClassVar[int]
    audit_id: int
    status: _store_pb2.StoreStatus
    reason: str
    is_upgrade: AddStoreKind
    poiid: int
    def __init__(self, audit_id: _Optional[int] = ..., status: _Optional[_Union[_store_pb2.StoreStatus, str]] = ..., reason: _Optional[str] = ..., is_upgrade: _Optional[_Union[AddStoreKind, str]] = ..., poiid: _Optional[int] = ...) -> None: ...

class ModifyStoreAuditEvent(_message.Message):
    __slots__ = ("audit_id", "status", "reason")
    AUDIT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    audit_id: int
    status: _store_pb2.StoreStatus
    reason: str
    def __init__(self, audit_id: _Optional[int] = ..., status: _Optional[_Union[_store_pb2.StoreStatus, str]] = ..., reason: _Optional[str] = ...) -> None: ...
