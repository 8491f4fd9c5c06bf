import datetime

from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetQuotaRequest(_message.Message):
    __slots__ = ("cgi_path",)
    CGI_PATH_FIELD_NUMBER: _ClassVar[int]
    cgi_path: str
    def __init__(self, cgi_path: _Optional[str] = ...) -> None: ...

class GetQuotaResponse(_message.Message):
    __slots__ = ("quota",)
    QUOTA_FIELD_NUMBER: _ClassVar[int]
    quota: Quota
    def __init__(self, quota: _Optional[_Union[Quota, _Mapping]] = ...) -> None: ...

class Quota(_message.Message):
    __slots__ = ("account", "cgi_path", "wechat", "wechat_error", "local", "callers")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CGI_PATH_FIELD_NUMBER: _ClassVar[int]
    WECHAT_FIELD_NUMBER: _ClassVar[int]
    WECHAT_ERROR_FIELD_NUMBER: _ClassVar[int]
    LOCAL_FIELD_NUMBER: _ClassVar[int]
    CALLERS_FIELD_NUMBER: _ClassVar[int]
    account: str
    cgi_path: str
    wechat: WeChatQuota
    wechat_error: FetchError
    local: LocalQuota
    callers: _containers.RepeatedCompositeFieldContainer[CallerShare]
    def __init__(self, account: _Optional[str] = ..., cgi_path: _Optional[str] = ..., wechat: _Optional[_Union[WeChatQuota, _Mapping]] = ..., wechat_error: _Optional[_Union[FetchError, _Mapping]] = ..., local: _Optional[_Union[LocalQuota, _Mapping]] = ..., callers: _Optional[_Iterable[_Union[CallerShare, _Mapping]]] = ...) -> None: ...

class WeChatQuota(_message.Message):
    __slots__ = ("daily_limit", "used", "remain", "rate_limit", "component_rate_limit")
    DAILY_LIMIT_FIELD_NUMBER: _ClassVar[int]
    USED_FIELD_NUMBER: _ClassVar[int]
    REMAIN_FIELD_NUMBER: _ClassVar[int]
    RATE_LIMIT_FIELD_NUMBER: _ClassVar[int]
    COMPONENT_RATE_LIMIT_FIELD_NUMBER: _ClassVar[int]
    daily_limit: int
    used: int
    remain: int
    rate_limit: RateLimit
    component_rate_limit: RateLimit
    def __init__(self, daily_limit: _Optional[int] = ..., used: _Optional[int] = ..., remain: _Optional[int] = ..., rate_limit: _Optional[_Union[RateLimit, _Mapping]] = ..., component_rate_limit: _Optional[_Union[RateLimit, _Mapping]] = ...) -> None: ...

class RateLimit(_message.Message):
    __slots__ = ("call_count", "refresh_second")
    CALL_COUNT_FIELD_NUMBER: _ClassVar[int]
    REFRESH_SECOND_FIELD_NUMBER: _ClassVar[int]
    call_count: int
    refresh_second: int
    def __init__(self, call_count: _Optional[int] = ..., refresh_second: _Optional[int] = ...) -> None: ...

class LocalQuota(_message.Message):
    __slots__ = ("used_today", "daily_limit", "qps", "burst", "shared", "resets_at")
    USED_TODAY_FIELD_NUMBER: _ClassVar[int]
    DAILY_LIMIT_FIELD_NUMBER: _ClassVar[int]
    QPS_FIELD_NUMBER: _ClassVar[int]
    BURST_FIELD_NUMBER: _ClassVar[int]
    SHARED_FIELD_NUMBER: _ClassVar[int]
    RESETS_AT_FIELD_NUMBER: _ClassVar[int]
    used_today: int
    daily_limit: int
    qps: float
    burst: int
    shared: bool
    resets_at: _timestamp_pb2.Timestamp
    def __init__(self, used_today: _Optional[int] = ..., daily_limit: _Optional[int] = ..., qps: _Optional[float] = ..., burst: _Optional[int] = ..., shared: _Optional[bool] = ..., resets_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CallerShare(_message.Message):
    __slots__ = ("caller", "used_today", "daily_limit", "qps", "burst")
    CALLER_FIELD_NUMBER: _ClassVar[int]
    USED_TODAY_FIELD_NUMBER: _ClassVar[int]
    DAILY_LIMIT_FIELD_NUMBER: _ClassVar[int]
    QPS_FIELD_NUMBER: _ClassVar[int]
    BURST_FIELD_NUMBER: _ClassVar[int]
    caller: str
    used_today: int
    daily_limit: int
    qps: float
    burst: int
    def __init__(self, caller: _Optional[str] = ..., used_today: _Optional[int] = ..., daily_limit: _Optional[int] = ..., qps: _Optional[float] = ..., burst: _Optional[int] = ...) -> None: ...

class FetchError(_message.Message):
    __slots__ = ("code", "reason", "message")
    CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    code: str
    reason: str
    message: str
    def __init__(self, code: _Optional[str] = ..., reason: _Optional[str] = ..., message: _Optional[str] = ...) -> None: ...

class ListQuotasRequest(_message.Message):
    __slots__ = ("include_wechat",)
    INCLUDE_WECHAT_FIELD_NUMBER: _ClassVar[int]
    include_wechat: bool
    def __init__(self, include_wechat: _Optional[bool] = ...) -> None: ...

class ListQuotasResponse(_message.Message):
    __slots__ = ("account", "quotas")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    QUOTAS_FIELD_NUMBER: _ClassVar[int]
    account: str
    quotas: _containers.RepeatedCompositeFieldContainer[Quota]
    def __init__(self, account: _Optional[str] = ..., quotas: _Optional[_Iterable[_Union[Quota, _Mapping]]] = ...) -> None: ...

class ClearQuotaRequest(_message.Message):
    __slots__ = ("reset_local_counts",)
    RESET_LOCAL_COUNTS_FIELD_NUMBER: _ClassVar[int]
    reset_local_counts: bool
    def __init__(self, reset_local_counts: _Optional[bool] = ...) -> None: ...

class ClearQuotaResponse(_message.Message):
    __slots__ = ("account", "local_counts_reset")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    LOCAL_COUNTS_RESET_FIELD_NUMBER: _ClassVar[int]
    account: str
    local_counts_reset: bool
    def __init__(self, account: _Optional[str] = ..., local_counts_reset: _Optional[bool] = ...) -> None: ...

class GetRidInfoRequest(_message.Message):
    __slots__ = ("rid",)
    RID_FIELD_NUMBER: _ClassVar[int]
    rid: str
    def __init__(self, rid: _Optional[str] = ...) -> None: ...

class GetRidInfoResponse(_message.Message):
    __slots__ = ("rid", "request")
    RID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    rid: str
    request: RidRequest
    def __init__(self, rid: _Optional[str] = ..., request: _Optional[_Union[RidRequest, _Mapping]] = ...) -> None: ...

class RidRequest(_message.Message):
    __slots__ = ("invoke_time", "cost_in_ms", "request_url", "request_body", "response_body", "client_ip")
    INVOKE_TIME_FIELD_NUMBER: _ClassVar[int]
    COST_IN_MS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_URL_FIELD_NUMBER: _ClassVar[int]
    REQUEST_BODY_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_BODY_FIELD_NUMBER: _ClassVar[int]
    CLIENT_IP_FIELD_NUMBER: _ClassVar[int]
    invoke_time: _timestamp_pb2.Timestamp
    cost_in_ms: int
    request_url: str
    request_body: str
    response_body: str
    client_ip: str
    def __init__(self, invoke_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., cost_in_ms: _Optional[int] = ..., request_url: _Optional[str] = ..., request_body: _Optional[str] = ..., response_body: _Optional[str] = ..., client_ip: _Optional[str] = ...) -> None: ...
