from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class LandingPageScene(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LANDING_PAGE_SCENE_UNSPECIFIED: _ClassVar[LandingPageScene]
    LANDING_PAGE_SCENE_NEAR_BY: _ClassVar[LandingPageScene]
    LANDING_PAGE_SCENE_MENU: _ClassVar[LandingPageScene]
    LANDING_PAGE_SCENE_QRCODE: _ClassVar[LandingPageScene]
    LANDING_PAGE_SCENE_ARTICLE: _ClassVar[LandingPageScene]
    LANDING_PAGE_SCENE_H5: _ClassVar[LandingPageScene]
    LANDING_PAGE_SCENE_IVR: _ClassVar[LandingPageScene]
    LANDING_PAGE_SCENE_CARD_CUSTOM_CELL: _ClassVar[LandingPageScene]
LANDING_PAGE_SCENE_UNSPECIFIED: LandingPageScene
LANDING_PAGE_SCENE_NEAR_BY: LandingPageScene
LANDING_PAGE_SCENE_MENU: LandingPageScene
LANDING_PAGE_SCENE_QRCODE: LandingPageScene
LANDING_PAGE_SCENE_ARTICLE: LandingPageScene
LANDING_PAGE_SCENE_H5: LandingPageScene
LANDING_PAGE_SCENE_IVR: LandingPageScene
LANDING_PAGE_SCENE_CARD_CUSTOM_CELL: LandingPageScene

class CreateQrcodeRequest(_message.Message):
    __slots__ = ("card", "multiple_card", "expire_seconds")
    CARD_FIELD_NUMBER: _ClassVar[int]
    MULTIPLE_CARD_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_SECONDS_FIELD_NUMBER: _ClassVar[int]
    card: QrcodeCard
    multiple_card: QrcodeMultipleCard
    expire_seconds: int
    def __init__(self, card: _Optional[_Union[QrcodeCard, _Mapping]] = ..., multiple_card: _Optional[_Union[QrcodeMultipleCard, _Mapping]] = ..., expire_seconds: _Optional[int] = ...) -> None: ...

class QrcodeCard(_message.Message):
    __slots__ = ("card_id", "code", "openid", "is_unique_code", "outer_id", "outer_str")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    OPENID_FIELD_NUMBER: _ClassVar[int]
    IS_UNIQUE_CODE_FIELD_NUMBER: _ClassVar[int]
    OUTER_ID_FIELD_NUMBER: _ClassVar[int]
    OUTER_STR_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    code: str
    openid: str
    is_unique_code: bool
    outer_id: int
    outer_str: str
    def __init__(self, card_id: _Optional[str] = ..., code: _Optional[str] = ..., openid: _Optional[str] = ..., is_unique_code: _Optional[bool] = ..., outer_id: _Optional[int] = ..., outer_str: _Optional[str] = ...) -> None: ...

class QrcodeMultipleCard(_message.Message):
    __slots__ = ("card_list",)
    CARD_LIST_FIELD_NUMBER: _ClassVar[int]
    card_list: _containers.RepeatedCompositeFieldContainer[QrcodeCardItem]
    def __init__(self, card_list: _Optional[_Iterable[_Union[QrcodeCardItem, _Mapping]]] = ...) -> None: ...

class QrcodeCardItem(_message.Message):
    __slots__ = ("card_id", "code", "outer_str")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    OUTER_STR_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    code: str
    outer_str: str
    def __init__(self, card_id: _Optional[str] = ..., code: _Optional[str] = ..., outer_str: _Optional[str] = ...) -> None: ...

class CreateQrcodeResponse(_message.Message):
    __slots__ = ("ticket", "expire_seconds", "url", "show_qrcode_url")
    TICKET_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_SECONDS_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    SHOW_QRCODE_URL_FIELD_NUMBER: _ClassVar[int]
    ticket: str
    expire_seconds: int
    url: str
    show_qrcode_url: str
    def __init__(self, ticket: _Optional[str] = ..., expire_seconds: _Optional[int] = ..., url: _Optional[str] = ..., show_qrcode_url: _Optional[str] = ...) -> None: ...

class CreateLandingPageRequest(_message.Message):
    __slots__ = ("banner", "page_title", "can_share", "scene", "card_list")
    BANNER_FIELD_NUMBER: _ClassVar[int]
    PAGE_TITLE_FIELD_NUMBER: _ClassVar[int]
    CAN_SHARE_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    CARD_LIST_FIELD_NUMBER: _ClassVar[int]
    banner: str
    page_title: str
    can_share: bool
    scene: LandingPageScene
    card_list: _containers.RepeatedCompositeFieldContainer[LandingPageCard]
    def __init__(self, banner: _Optional[str] = ..., page_title: _Optional[str] = ..., can_share: _Optional[bool] = ..., scene: _Optional[_Union[LandingPageScene, str]] = ..., card_list: _Optional[_Iterable[_Union[LandingPageCard, _Mapping]]] = ...) -> None: ...

class LandingPageCard(_message.Message):
    __slots__ = ("card_id", "thumb_url")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    THUMB_URL_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    thumb_url: str
    def __init__(self, card_id: _Optional[str] = ..., thumb_url: _Optional[str] = ...) -> None: ...

class CreateLandingPageResponse(_message.Message):
    __slots__ = ("url", "page_id")
    URL_FIELD_NUMBER: _ClassVar[int]
    PAGE_ID_FIELD_NUMBER: _ClassVar[int]
    url: str
    page_id: int
    def __init__(self, url: _Optional[str] = ..., page_id: _Optional[int] = ...) -> None: ...

class DepositCodesRequest(_message.Message):
    __slots__ = ("card_id", "code")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    code: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, card_id: _Optional[str] = ..., code: _Optional[_Iterable[str]] = ...) -> None: ...

class CodeFailure(_message.Message):
    __slots__ = ("code", "reason", "message")
    CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    code: str
    reason: str
    message: str
    def __init__(self, code: _Optional[str] = ..., reason: _Optional[str] = ..., message: _Optional[str] = ...) -> None: ...

class DepositCodesResponse(_message.Message):
    __slots__ = ("code_count", "succ_code", "duplicate_code", "fail_code", "fail_list")
    CODE_COUNT_FIELD_NUMBER: _ClassVar[int]
    SUCC_CODE_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_CODE_FIELD_NUMBER: _ClassVar[int]
    FAIL_CODE_FIELD_NUMBER: _ClassVar[int]
    FAIL_LIST_FIELD_NUMBER: _ClassVar[int]
    code_count: int
    succ_code: int
    duplicate_code: int
    fail_code: int
    fail_list: _containers.RepeatedCompositeFieldContainer[CodeFailure]
    def __init__(self, code_count: _Optional[int] = ..., succ_code: _Optional[int] = ..., duplicate_code: _Optional[int] = ..., fail_code: _Optional[int] = ..., fail_list: _Optional[_Iterable[_Union[CodeFailure, _Mapping]]] = ...) -> None: ...

class DepositCodesStreamRequest(_message.Message):
    __slots__ = ("card_id", "code")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    code: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, card_id: _Optional[str] = ..., code: _Optional[_Iterable[str]] = ...) -> None: ...

class DepositCodesStreamResponse(_message.Message):
    __slots__ = ("code_count", "succ_code", "duplicate_code", "fail_code", "fail_list", "unlisted_fail_code")
    CODE_COUNT_FIELD_NUMBER: _ClassVar[int]
    SUCC_CODE_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_CODE_FIELD_NUMBER: _ClassVar[int]
    FAIL_CODE_FIELD_NUMBER: _ClassVar[int]
    FAIL_LIST_FIELD_NUMBER: _ClassVar[int]
    UNLISTED_FAIL_CODE_FIELD_NUMBER: _ClassVar[int]
    code_count: int
    succ_code: int
    duplicate_code: int
    fail_code: int
    fail_list: _containers.RepeatedCompositeFieldContainer[CodeFailure]
    unlisted_fail_code: int
    def __init__(self, code_count: _Optional[int] = ..., succ_code: _Optional[int] = ..., duplicate_code: _Optional[int] = ..., fail_code: _Optional[int] = ..., fail_list: _Optional[_Iterable[_Union[CodeFailure, _Mapping]]] = ..., unlisted_fail_code: _Optional[int] = ...) -> None: ...

class GetDepositCountRequest(_message.Message):
    __slots__ = ("card_id",)
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    def __init__(self, card_id: _Optional[str] = ...) -> None: ...

class GetDepositCountResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class CheckCodesRequest(_message.Message):
    __slots__ = ("card_id", "code")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    code: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, card_id: _Optional[str] = ..., code: _Optional[_Iterable[str]] = ...) -> None: ...

class CheckCodesResponse(_message.Message):
    __slots__ = ("exist_code", "not_exist_code")
    EXIST_CODE_FIELD_NUMBER: _ClassVar[int]
    NOT_EXIST_CODE_FIELD_NUMBER: _ClassVar[int]
    exist_code: _containers.RepeatedScalarFieldContainer[str]
    not_exist_code: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, exist_code: _Optional[_Iterable[str]] = ..., not_exist_code: _Optional[_Iterable[str]] = ...) -> None: ...

class GetMpnewsHtmlRequest(_message.Message):
    __slots__ = ("card_id",)
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    def __init__(self, card_id: _Optional[str] = ...) -> None: ...

class GetMpnewsHtmlResponse(_message.Message):
    __slots__ = ("content",)
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    content: str
    def __init__(self, content: _Optional[str] = ...) -> None: ...

class SetTestWhitelistRequest(_message.Message):
    __slots__ = ("openid", "username")
    OPENID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    openid: _containers.RepeatedScalarFieldContainer[str]
    username: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, openid: _Optional[_Iterable[str]] = ..., username: _Optional[_Iterable[str]] = ...) -> None: ...

class SetTestWhitelistResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
