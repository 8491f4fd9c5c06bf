from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CardType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CARD_TYPE_UNSPECIFIED: _ClassVar[CardType]
    CARD_TYPE_GROUPON: _ClassVar[CardType]
    CARD_TYPE_CASH: _ClassVar[CardType]
    CARD_TYPE_DISCOUNT: _ClassVar[CardType]
    CARD_TYPE_GIFT: _ClassVar[CardType]
    CARD_TYPE_GENERAL_COUPON: _ClassVar[CardType]
    CARD_TYPE_MEMBER_CARD: _ClassVar[CardType]
CARD_TYPE_UNSPECIFIED: CardType
CARD_TYPE_GROUPON: CardType
CARD_TYPE_CASH: CardType
CARD_TYPE_DISCOUNT: CardType
CARD_TYPE_GIFT: CardType
CARD_TYPE_GENERAL_COUPON: CardType
CARD_TYPE_MEMBER_CARD: CardType

class SignConfigRequest(_message.Message):
    __slots__ = ("url",)
    URL_FIELD_NUMBER: _ClassVar[int]
    url: str
    def __init__(self, url: _Optional[str] = ...) -> None: ...

class SignConfigResponse(_message.Message):
    __slots__ = ("app_id", "timestamp", "nonce_str", "signature", "url")
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    NONCE_STR_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    app_id: str
    timestamp: int
    nonce_str: str
    signature: str
    url: str
    def __init__(self, app_id: _Optional[str] = ..., timestamp: _Optional[int] = ..., nonce_str: _Optional[str] = ..., signature: _Optional[str] = ..., url: _Optional[str] = ...) -> None: ...

class SignCardExtRequest(_message.Message):
    __slots__ = ("card_id", "code", "openid", "outer_str", "fixed_begintimestamp")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    OPENID_FIELD_NUMBER: _ClassVar[int]
    OUTER_STR_FIELD_NUMBER: _ClassVar[int]
    FIXED_BEGINTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    code: str
    openid: str
    outer_str: str
    fixed_begintimestamp: int
    def __init__(self, card_id: _Optional[str] = ..., code: _Optional[str] = ..., openid: _Optional[str] = ..., outer_str: _Optional[str] = ..., fixed_begintimestamp: _Optional[int] = ...) -> None: ...

class SignCardExtResponse(_message.Message):
    __slots__ = ("card_ext", "card_id", "code", "openid", "timestamp", "nonce_str", "signature", "outer_str", "fixed_begintimestamp")
    CARD_EXT_FIELD_NUMBER: _ClassVar[int]
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    OPENID_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    NONCE_STR_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    OUTER_STR_FIELD_NUMBER: _ClassVar[int]
    FIXED_BEGINTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    card_ext: str
    card_id: str
    code: str
    openid: str
    timestamp: int
    nonce_str: str
    signature: str
    outer_str: str
    fixed_begintimestamp: int
    def __init__(self, card_ext: _Optional[str] = ..., card_id: _Optional[str] = ..., code: _Optional[str] = ..., openid: _Optional[str] = ..., timestamp: _Optional[int] = ..., nonce_str: _Optional[str] = ..., signature: _Optional[str] = ..., outer_str: _Optional[str] = ..., fixed_begintimestamp: _Optional[int] = ...) -> None: ...

class SignChooseCardRequest(_message.Message):
    __slots__ = ("shop_id", "card_type", "card_id")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    CARD_TYPE_FIELD_NUMBER: _ClassVar[int]
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    shop_id: int
    card_type: CardType
    card_id: str
    def __init__(self, shop_id: _Optional[int] = ..., card_type: _Optional[_Union[CardType, str]] = ..., card_id: _Optional[str] = ...) -> None: ...

class SignChooseCardResponse(_message.Message):
    __slots__ = ("app_id", "shop_id", "card_type", "card_id", "timestamp", "nonce_str", "sign_type", "card_sign")
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    CARD_TYPE_FIELD_NUMBER: _ClassVar[int]
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    NONCE_STR_FIELD_NUMBER: _ClassVar[int]
    SIGN_TYPE_FIELD_NUMBER: _ClassVar[int]
    CARD_SIGN_FIELD_NUMBER: _ClassVar[int]
    app_id: str
    shop_id: str
    card_type: str
    card_id: str
    timestamp: int
    nonce_str: str
    sign_type: str
    card_sign: str
    def __init__(self, app_id: _Optional[str] = ..., shop_id: _Optional[str] = ..., card_type: _Optional[str] = ..., card_id: _Optional[str] = ..., timestamp: _Optional[int] = ..., nonce_str: _Optional[str] = ..., sign_type: _Optional[str] = ..., card_sign: _Optional[str] = ...) -> None: ...
