from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class InvalidReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INVALID_REASON_UNSPECIFIED: _ClassVar[InvalidReason]
    INVALID_REASON_SIGN_MISMATCH: _ClassVar[InvalidReason]
    INVALID_REASON_TIMESTAMP_OUT_OF_WINDOW: _ClassVar[InvalidReason]
INVALID_REASON_UNSPECIFIED: InvalidReason
INVALID_REASON_SIGN_MISMATCH: InvalidReason
INVALID_REASON_TIMESTAMP_OUT_OF_WINDOW: InvalidReason

class SignRequest(_message.Message):
    __slots__ = ("shop_id", "auth_url", "extend", "mac", "ssid", "timestamp")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    AUTH_URL_FIELD_NUMBER: _ClassVar[int]
    EXTEND_FIELD_NUMBER: _ClassVar[int]
    MAC_FIELD_NUMBER: _ClassVar[int]
    SSID_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    auth_url: str
    extend: str
    mac: str
    ssid: str
    timestamp: int
    def __init__(self, shop_id: _Optional[int] = ..., auth_url: _Optional[str] = ..., extend: _Optional[str] = ..., mac: _Optional[str] = ..., ssid: _Optional[str] = ..., timestamp: _Optional[int] = ...) -> None: ...

class SignResponse(_message.Message):
    __slots__ = ("sign", "timestamp", "app_id")
    SIGN_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    sign: str
    timestamp: int
    app_id: str
    def __init__(self, sign: _Optional[str] = ..., timestamp: _Optional[int] = ..., app_id: _Optional[str] = ...) -> None: ...

class BuildConnectUrlRequest(_message.Message):
    __slots__ = ("shop_id", "auth_url", "extend", "mac", "ssid", "timestamp")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    AUTH_URL_FIELD_NUMBER: _ClassVar[int]
    EXTEND_FIELD_NUMBER: _ClassVar[int]
    MAC_FIELD_NUMBER: _ClassVar[int]
    SSID_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    auth_url: str
    extend: str
    mac: str
    ssid: str
    timestamp: int
    def __init__(self, shop_id: _Optional[int] = ..., auth_url: _Optional[str] = ..., extend: _Optional[str] = ..., mac: _Optional[str] = ..., ssid: _Optional[str] = ..., timestamp: _Optional[int] = ...) -> None: ...

class BuildConnectUrlResponse(_message.Message):
    __slots__ = ("connect_url", "app_id", "shop_id", "auth_url", "extend", "timestamp", "sign")
    CONNECT_URL_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    AUTH_URL_FIELD_NUMBER: _ClassVar[int]
    EXTEND_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    SIGN_FIELD_NUMBER: _ClassVar[int]
    connect_url: str
    app_id: str
    shop_id: int
    auth_url: str
    extend: str
    timestamp: int
    sign: str
    def __init__(self, connect_url: _Optional[str] = ..., app_id: _Optional[str] = ..., shop_id: _Optional[int] = ..., auth_url: _Optional[str] = ..., extend: _Optional[str] = ..., timestamp: _Optional[int] = ..., sign: _Optional[str] = ...) -> None: ...

class VerifySignRequest(_message.Message):
    __slots__ = ("shop_id", "auth_url", "extend", "mac", "ssid", "timestamp", "sign")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    AUTH_URL_FIELD_NUMBER: _ClassVar[int]
    EXTEND_FIELD_NUMBER: _ClassVar[int]
    MAC_FIELD_NUMBER: _ClassVar[int]
    SSID_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    SIGN_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    auth_url: str
    extend: str
    mac: str
    ssid: str
    timestamp: int
    sign: str
    def __init__(self, shop_id: _Optional[int] = ..., auth_url: _Optional[str] = ..., extend: _Optional[str] = ..., mac: _Optional[str] = ..., ssid: _Optional[str] = ..., timestamp: _Optional[int] = ..., sign: _Optional[str] = ...) -> None: ...

class VerifySignResponse(_message.Message):
    __slots__ = ("valid", "invalid_reason")
    VALID_FIELD_NUMBER: _ClassVar[int]
    INVALID_REASON_FIELD_NUMBER: _ClassVar[int]
    valid: bool
    invalid_reason: InvalidReason
    def __init__(self, valid: _Optional[bool] = ..., invalid_reason: _Optional[_Union[InvalidReason, str]] = ...) -> None: ...
