import datetime

from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class QrcodeImage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    QRCODE_IMAGE_UNSPECIFIED: _ClassVar[QrcodeImage]
    QRCODE_IMAGE_PLAIN: _ClassVar[QrcodeImage]
    QRCODE_IMAGE_POSTER: _ClassVar[QrcodeImage]

class HomepageTemplate(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    HOMEPAGE_TEMPLATE_UNSPECIFIED: _ClassVar[HomepageTemplate]
    HOMEPAGE_TEMPLATE_DEFAULT: _ClassVar[HomepageTemplate]
    HOMEPAGE_TEMPLATE_CUSTOM_URL: _ClassVar[HomepageTemplate]

class BarType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BAR_TYPE_UNSPECIFIED: _ClassVar[BarType]
    BAR_TYPE_ACCOUNT_NAME: _ClassVar[BarType]
    BAR_TYPE_SHOP_NAME: _ClassVar[BarType]

class ProtocolType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROTOCOL_TYPE_UNSPECIFIED: _ClassVar[ProtocolType]
    PROTOCOL_TYPE_NO_DEVICE: _ClassVar[ProtocolType]
    PROTOCOL_TYPE_PROFESSIONAL: _ClassVar[ProtocolType]
    PROTOCOL_TYPE_PASSWORD: _ClassVar[ProtocolType]
    PROTOCOL_TYPE_PORTAL_SELF_SERVICE: _ClassVar[ProtocolType]
    PROTOCOL_TYPE_PORTAL: _ClassVar[ProtocolType]

class CouponPutStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COUPON_PUT_STATUS_UNSPECIFIED: _ClassVar[CouponPutStatus]
    COUPON_PUT_STATUS_ACTIVE: _ClassVar[CouponPutStatus]
    COUPON_PUT_STATUS_NOT_STARTED: _ClassVar[CouponPutStatus]
    COUPON_PUT_STATUS_EXPIRED: _ClassVar[CouponPutStatus]
QRCODE_IMAGE_UNSPECIFIED: QrcodeImage
QRCODE_IMAGE_PLAIN: QrcodeImage
QRCODE_IMAGE_POSTER: QrcodeImage
HOMEPAGE_TEMPLATE_UNSPECIFIED: HomepageTemplate
HOMEPAGE_TEMPLATE_DEFAULT: HomepageTemplate
HOMEPAGE_TEMPLATE_CUSTOM_URL: HomepageTemplate
BAR_TYPE_UNSPECIFIED: BarType
BAR_TYPE_ACCOUNT_NAME: BarType
BAR_TYPE_SHOP_NAME: BarType
PROTOCOL_TYPE_UNSPECIFIED: ProtocolType
PROTOCOL_TYPE_NO_DEVICE: ProtocolType
PROTOCOL_TYPE_PROFESSIONAL: ProtocolType
PROTOCOL_TYPE_PASSWORD: ProtocolType
PROTOCOL_TYPE_PORTAL_SELF_SERVICE: ProtocolType
PROTOCOL_TYPE_PORTAL: ProtocolType
COUPON_PUT_STATUS_UNSPECIFIED: CouponPutStatus
COUPON_PUT_STATUS_ACTIVE: CouponPutStatus
COUPON_PUT_STATUS_NOT_STARTED: CouponPutStatus
COUPON_PUT_STATUS_EXPIRED: CouponPutStatus

class GetPluginTokenRequest(_message.Message):
    __slots__ = ("callback_url",)
    CALLBACK_URL_FIELD_NUMBER: _ClassVar[int]
    callback_url: str
    def __init__(self, callback_url: _Optional[str] = ...) -> None: ...

class GetPluginTokenResponse(_message.Message):
    __slots__ = ("is_open", "wifi_token")
    IS_OPEN_FIELD_NUMBER: _ClassVar[int]
    WIFI_TOKEN_FIELD_NUMBER: _ClassVar[int]
    is_open: bool
    wifi_token: str
    def __init__(self, is_open: _Optional[bool] = ..., wifi_token: _Optional[str] = ...) -> None: ...

class GetQrcodeRequest(_message.Message):
    __slots__ = ("shop_id", "img_id", "ssid")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    IMG_ID_FIELD_NUMBER: _ClassVar[int]
    SSID_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    img_id: QrcodeImage
    ssid: str
    def __init__(self, shop_id: _Optional[int] = ..., img_id: _Optional[_Union[QrcodeImage, str]] = ..., ssid: _Optional[str] = ...) -> None: ...

class GetQrcodeResponse(_message.Message):
    __slots__ = ("qrcode_url",)
    QRCODE_URL_FIELD_NUMBER: _ClassVar[int]
    qrcode_url: str
    def __init__(self, qrcode_url: _Optional[str] = ...) -> None: ...

class GetConnectUrlRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetConnectUrlResponse(_message.Message):
    __slots__ = ("connect_url",)
    CONNECT_URL_FIELD_NUMBER: _ClassVar[int]
    connect_url: str
    def __init__(self, connect_url: _Optional[str] = ...) -> None: ...

class SetHomepageRequest(_message.Message):
    __slots__ = ("shop_id", "template_id", "url")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    template_id: HomepageTemplate
    url: str
    def __init__(self, shop_id: _Optional[int] = ..., template_id: _Optional[_Union[HomepageTemplate, str]] = ..., url: _Optional[str] = ...) -> None: ...

class SetHomepageResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetHomepageRequest(_message.Message):
    __slots__ = ("shop_id",)
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    def __init__(self, shop_id: _Optional[int] = ...) -> None: ...

class GetHomepageResponse(_message.Message):
    __slots__ = ("shop_id", "template_id", "url")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    template_id: HomepageTemplate
    url: str
    def __init__(self, shop_id: _Optional[int] = ..., template_id: _Optional[_Union[HomepageTemplate, str]] = ..., url: _Optional[str] = ...) -> None: ...

class SetBarRequest(_message.Message):
    __slots__ = ("shop_id", "bar_type")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    BAR_TYPE_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    bar_type: BarType
    def __init__(self, shop_id: _Optional[int] = ..., bar_type: _Optional[_Union[BarType, str]] = ...) -> None: ...

class SetBarResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListShopsRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListShopsResponse(_message.Message):
    __slots__ = ("shops", "next_page_token", "total_count")
    SHOPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    shops: _containers.RepeatedCompositeFieldContainer[Shop]
    next_page_token: str
    total_count: int
    def __init__(self, shops: _Optional[_Iterable[_Union[Shop, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_count: _Optional[int] = ...) -> None: ...

class Shop(_message.Message):
    __slots__ = ("shop_id", "shop_name", "ssid", "ssid_list", "protocol_type", "sid", "poi_id")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    SHOP_NAME_FIELD_NUMBER: _ClassVar[int]
    SSID_FIELD_NUMBER: _ClassVar[int]
    SSID_LIST_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_TYPE_FIELD_NUMBER: _ClassVar[int]
    SID_FIELD_NUMBER: _ClassVar[int]
    POI_ID_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    shop_name: str
    ssid: str
    ssid_list: _containers.RepeatedScalarFieldContainer[str]
    protocol_type: ProtocolType
    sid: str
    poi_id: str
    def __init__(self, shop_id: _Optional[int] = ..., shop_name: _Optional[str] = ..., ssid: _Optional[str] = ..., ssid_list: _Optional[_Iterable[str]] = ..., protocol_type: _Optional[_Union[ProtocolType, str]] = ..., sid: _Optional[str] = ..., poi_id: _Optional[str] = ...) -> None: ...

class GetShopRequest(_message.Message):
    __slots__ = ("shop_id",)
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    def __init__(self, shop_id: _Optional[int] = ...) -> None: ...

class GetShopResponse(_message.Message):
    __slots__ = ("shop_id", "shop_name", "ssid", "ssid_list", "ssid_password_list", "password", "protocol_type", "ap_count", "template_id", "homepage_url", "bar_type", "sid", "poi_id", "finishpage_url")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    SHOP_NAME_FIELD_NUMBER: _ClassVar[int]
    SSID_FIELD_NUMBER: _ClassVar[int]
    SSID_LIST_FIELD_NUMBER: _ClassVar[int]
    SSID_PASSWORD_LIST_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_TYPE_FIELD_NUMBER: _ClassVar[int]
    AP_COUNT_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    HOMEPAGE_URL_FIELD_NUMBER: _ClassVar[int]
    BAR_TYPE_FIELD_NUMBER: _ClassVar[int]
    SID_FIELD_NUMBER: _ClassVar[int]
    POI_ID_FIELD_NUMBER: _ClassVar[int]
    FINISHPAGE_URL_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    shop_name: str
    ssid: str
    ssid_list: _containers.RepeatedScalarFieldContainer[str]
    ssid_password_list: _containers.RepeatedCompositeFieldContainer[SsidPassword]
    password: str
    protocol_type: ProtocolType
    ap_count: int
    template_id: HomepageTemplate
    homepage_url: str
    bar_type: BarType
    sid: str
    poi_id: str
    finishpage_url: str
    def __init__(self, shop_id: _Optional[int] = ..., shop_name: _Optional[str] = ..., ssid: _Optional[str] = ..., ssid_list: _Optional[_Iterable[str]] = ..., ssid_password_list: _Optional[_Iterable[_Union[SsidPassword, _Mapping]]] = ..., password: _Optional[str] = ..., protocol_type: _Optional[_Union[ProtocolType, str]] = ..., ap_count: _Optional[int] = ..., template_id: _Optional[_Union[HomepageTemplate, str]] = ..., homepage_url: _Optional[str] = ..., bar_type: _Optional[_Union[BarType, str]] = ..., sid: _Optional[str] = ..., poi_id: _Optional[str] = ..., finishpage_url: _Optional[str] = ...) -> None: ...

class SsidPassword(_message.Message):
    __slots__ = ("ssid", "password")
    SSID_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    ssid: str
    password: str
    def __init__(self, ssid: _Optional[str] = ..., password: _Optional[str] = ...) -> None: ...

class UpdateShopRequest(_message.Message):
    __slots__ = ("shop_id", "old_ssid", "ssid", "password")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    OLD_SSID_FIELD_NUMBER: _ClassVar[int]
    SSID_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    old_ssid: str
    ssid: str
    password: str
    def __init__(self, shop_id: _Optional[int] = ..., old_ssid: _Optional[str] = ..., ssid: _Optional[str] = ..., password: _Optional[str] = ...) -> None: ...

class UpdateShopResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CleanShopRequest(_message.Message):
    __slots__ = ("shop_id", "ssid")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    SSID_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    ssid: str
    def __init__(self, shop_id: _Optional[int] = ..., ssid: _Optional[str] = ...) -> None: ...

class CleanShopResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AddPasswordDeviceRequest(_message.Message):
    __slots__ = ("shop_id", "ssid", "password")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    SSID_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    ssid: str
    password: str
    def __init__(self, shop_id: _Optional[int] = ..., ssid: _Optional[str] = ..., password: _Optional[str] = ...) -> None: ...

class AddPasswordDeviceResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RegisterPortalDeviceRequest(_message.Message):
    __slots__ = ("shop_id", "ssid", "reset")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    SSID_FIELD_NUMBER: _ClassVar[int]
    RESET_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    ssid: str
    reset: bool
    def __init__(self, shop_id: _Optional[int] = ..., ssid: _Optional[str] = ..., reset: _Optional[bool] = ...) -> None: ...

class RegisterPortalDeviceResponse(_message.Message):
    __slots__ = ("secretkey",)
    SECRETKEY_FIELD_NUMBER: _ClassVar[int]
    secretkey: str
    def __init__(self, secretkey: _Optional[str] = ...) -> None: ...

class ListDevicesRequest(_message.Message):
    __slots__ = ("shop_id", "page_size", "page_token")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    page_size: int
    page_token: str
    def __init__(self, shop_id: _Optional[int] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListDevicesResponse(_message.Message):
    __slots__ = ("devices", "next_page_token", "total_count")
    DEVICES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    devices: _containers.RepeatedCompositeFieldContainer[Device]
    next_page_token: str
    total_count: int
    def __init__(self, devices: _Optional[_Iterable[_Union[Device, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_count: _Optional[int] = ...) -> None: ...

class Device(_message.Message):
    __slots__ = ("shop_id", "ssid", "bssid", "protocol_type")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    SSID_FIELD_NUMBER: _ClassVar[int]
    BSSID_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_TYPE_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    ssid: str
    bssid: str
    protocol_type: ProtocolType
    def __init__(self, shop_id: _Optional[int] = ..., ssid: _Optional[str] = ..., bssid: _Optional[str] = ..., protocol_type: _Optional[_Union[ProtocolType, str]] = ...) -> None: ...

class DeleteDeviceRequest(_message.Message):
    __slots__ = ("bssid",)
    BSSID_FIELD_NUMBER: _ClassVar[int]
    bssid: str
    def __init__(self, bssid: _Optional[str] = ...) -> None: ...

class DeleteDeviceResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SetFinishPageRequest(_message.Message):
    __slots__ = ("shop_id", "finishpage_url")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    FINISHPAGE_URL_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    finishpage_url: str
    def __init__(self, shop_id: _Optional[int] = ..., finishpage_url: _Optional[str] = ...) -> None: ...

class SetFinishPageResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListStatisticsRequest(_message.Message):
    __slots__ = ("begin_date", "end_date", "shop_id")
    BEGIN_DATE_FIELD_NUMBER: _ClassVar[int]
    END_DATE_FIELD_NUMBER: _ClassVar[int]
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    begin_date: str
    end_date: str
    shop_id: int
    def __init__(self, begin_date: _Optional[str] = ..., end_date: _Optional[str] = ..., shop_id: _Optional[int] = ...) -> None: ...

class ListStatisticsResponse(_message.Message):
    __slots__ = ("statistics",)
    STATISTICS_FIELD_NUMBER: _ClassVar[int]
    statistics: _containers.RepeatedCompositeFieldContainer[Statistic]
    def __init__(self, statistics: _Optional[_Iterable[_Union[Statistic, _Mapping]]] = ...) -> None: ...

class Statistic(_message.Message):
    __slots__ = ("shop_id", "statis_time", "date", "total_user", "homepage_uv", "new_fans", "total_fans", "wxconnect_user", "connect_msg_user")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    STATIS_TIME_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_USER_FIELD_NUMBER: _ClassVar[int]
    HOMEPAGE_UV_FIELD_NUMBER: _ClassVar[int]
    NEW_FANS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FANS_FIELD_NUMBER: _ClassVar[int]
    WXCONNECT_USER_FIELD_NUMBER: _ClassVar[int]
    CONNECT_MSG_USER_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    statis_time: _timestamp_pb2.Timestamp
    date: str
    total_user: int
    homepage_uv: int
    new_fans: int
    total_fans: int
    wxconnect_user: int
    connect_msg_user: int
    def __init__(self, shop_id: _Optional[int] = ..., statis_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., date: _Optional[str] = ..., total_user: _Optional[int] = ..., homepage_uv: _Optional[int] = ..., new_fans: _Optional[int] = ..., total_fans: _Optional[int] = ..., wxconnect_user: _Optional[int] = ..., connect_msg_user: _Optional[int] = ...) -> None: ...

class SetCouponPutRequest(_message.Message):
    __slots__ = ("shop_id", "card_id", "card_describe", "start_time", "end_time", "card_quantity")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    CARD_DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    CARD_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    card_id: str
    card_describe: str
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    card_quantity: int
    def __init__(self, shop_id: _Optional[int] = ..., card_id: _Optional[str] = ..., card_describe: _Optional[str] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., card_quantity: _Optional[int] = ...) -> None: ...

class SetCouponPutResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetCouponPutRequest(_message.Message):
    __slots__ = ("shop_id",)
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    def __init__(self, shop_id: _Optional[int] = ...) -> None: ...

class GetCouponPutResponse(_message.Message):
    __slots__ = ("shop_id", "card_id", "card_describe", "card_status", "start_time", "end_time")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    CARD_DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    CARD_STATUS_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    card_id: str
    card_describe: str
    card_status: CouponPutStatus
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, shop_id: _Optional[int] = ..., card_id: _Optional[str] = ..., card_describe: _Optional[str] = ..., card_status: _Optional[_Union[CouponPutStatus, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
