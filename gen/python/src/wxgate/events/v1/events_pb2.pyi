import datetime

from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from wxgate.store.v1 import events_pb2 as _events_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SubscribeRequest(_message.Message):
    __slots__ = ("account", "event_types", "group")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    EVENT_TYPES_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    account: str
    event_types: _containers.RepeatedScalarFieldContainer[str]
    group: str
    def __init__(self, account: _Optional[str] = ..., event_types: _Optional[_Iterable[str]] = ..., group: _Optional[str] = ...) -> None: ...

class SubscribeResponse(_message.Message):
    __slots__ = ("event", "delivery_count")
    EVENT_FIELD_NUMBER: _ClassVar[int]
    DELIVERY_COUNT_FIELD_NUMBER: _ClassVar[int]
    event: Event
    delivery_count: int
    def __init__(self, event: _Optional[_Union[Event, _Mapping]] = ..., delivery_count: _Optional[int] = ...) -> None: ...

class AckEventsRequest(_message.Message):
    __slots__ = ("group", "ids")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    IDS_FIELD_NUMBER: _ClassVar[int]
    group: str
    ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, group: _Optional[str] = ..., ids: _Optional[_Iterable[str]] = ...) -> None: ...

class AckEventsResponse(_message.Message):
    __slots__ = ("acknowledged",)
    ACKNOWLEDGED_FIELD_NUMBER: _ClassVar[int]
    acknowledged: int
    def __init__(self, acknowledged: _Optional[int] = ...) -> None: ...

class ListEventsRequest(_message.Message):
    __slots__ = ("account", "event_types", "page_size", "page_token")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    EVENT_TYPES_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    account: str
    event_types: _containers.RepeatedScalarFieldContainer[str]
    page_size: int
    page_token: str
    def __init__(self, account: _Optional[str] = ..., event_types: _Optional[_Iterable[str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListEventsResponse(_message.Message):
    __slots__ = ("events", "next_page_token")
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[Event]
    next_page_token: str
    def __init__(self, events: _Optional[_Iterable[_Union[Event, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class Event(_message.Message):
    __slots__ = ("id", "account", "to_user_name", "from_user_name", "create_time", "msg_type", "event", "receive_time", "xml", "apply_merchant_audit", "create_map_poi_audit", "add_store_audit", "modify_store_audit", "card_pass_check", "card_not_pass_check", "user_get_card", "user_gifting_card", "user_del_card", "user_consume_card", "user_pay_from_pay_cell", "user_view_card", "user_enter_session_from_card", "update_member_card", "card_sku_remind", "card_pay_order", "submit_membercard_user_info", "wifi_connected", "unknown")
    ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    TO_USER_NAME_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_NAME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    MSG_TYPE_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    RECEIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    XML_FIELD_NUMBER: _ClassVar[int]
    APPLY_MERCHANT_AUDIT_FIELD_NUMBER: _ClassVar[int]
    CREATE_MAP_POI_AUDIT_FIELD_NUMBER: _ClassVar[int]
    ADD_STORE_AUDIT_FIELD_NUMBER: _ClassVar[int]
    MODIFY_STORE_AUDIT_FIELD_NUMBER: _ClassVar[int]
    CARD_PASS_CHECK_FIELD_NUMBER: _ClassVar[int]
    CARD_NOT_PASS_CHECK_FIELD_NUMBER: _ClassVar[int]
    USER_GET_CARD_FIELD_NUMBER: _ClassVar[int]
    USER_GIFTING_CARD_FIELD_NUMBER: _ClassVar[int]
    USER_DEL_CARD_FIELD_NUMBER: _ClassVar[int]
    USER_CONSUME_CARD_FIELD_NUMBER: _ClassVar[int]
    USER_PAY_FROM_PAY_CELL_FIELD_NUMBER: _ClassVar[int]
    USER_VIEW_CARD_FIELD_NUMBER: _ClassVar[int]
    USER_ENTER_SESSION_FROM_CARD_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MEMBER_CARD_FIELD_NUMBER: _ClassVar[int]
    CARD_SKU_REMIND_FIELD_NUMBER: _ClassVar[int]
    CARD_PAY_ORDER_FIELD_NUMBER: _ClassVar[int]
    SUBMIT_MEMBERCARD_USER_INFO_FIELD_NUMBER: _ClassVar[int]
    WIFI_CONNECTED_FIELD_NUMBER: _ClassVar[int]
    UNKNOWN_FIELD_NUMBER: _ClassVar[int]
    id: str
    account: str
    to_user_name: str
    from_user_name: str
    create_time: _timestamp_pb2.Timestamp
    msg_type: str
    event: str
    receive_time: _timestamp_pb2.Timestamp
    xml: str
    apply_merchant_audit: _events_pb2.ApplyMerchantAuditEvent
    create_map_poi_audit: _events_pb2.CreateMapPoiAuditEvent
    add_store_audit: _events_pb2.AddStoreAuditEvent
    modify_store_audit: _events_pb2.ModifyStoreAuditEvent
    card_pass_check: CardPassCheckEvent
    card_not_pass_check: CardNotPassCheckEvent
    user_get_card: UserGetCardEvent
    user_gifting_card: UserGiftingCardEvent
    user_del_card: UserDelCardEvent
    user_consume_card: UserConsumeCardEvent
    user_pay_from_pay_cell: UserPayFromPayCellEvent
    user_view_card: UserViewCardEvent
    user_enter_session_from_card: UserEnterSessionFromCardEvent
    update_member_card: UpdateMemberCardEvent
    card_sku_remind: CardSkuRemindEvent
    card_pay_order: CardPayOrderEvent
    submit_membercard_user_info: SubmitMembercardUserInfoEvent
    wifi_connected: WifiConnectedEvent
    unknown: UnknownEvent
    def __init__(self, id: _Optional[str] = ..., account: _Optional[str] = ..., to_user_name: _Optional[str] = ..., from_user_name: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., msg_type: _Optional[str] = ..., event: _Optional[str] = ..., receive_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., xml: _Optional[str] = ..., apply_merchant_audit: _Optional[_Union[_events_pb2.ApplyMerchantAuditEvent, _Mapping]] = ..., create_map_poi_audit: _Optional[_Union[_events_pb2.CreateMapPoiAuditEvent, _Mapping]] = ..., add_store_audit: _Optional[_Union[_events_pb2.AddStoreAuditEvent, _Mapping]] = ..., modify_store_audit: _Optional[_Union[_events_pb2.ModifyStoreAuditEvent, _Mapping]] = ..., card_pass_check: _Optional[_Union[CardPassCheckEvent, _Mapping]] = ..., card_not_pass_check: _Optional[_Union[CardNotPassCheckEvent, _Mapping]] = ..., user_get_card: _Optional[_Union[UserGetCardEvent, _Mapping]] = ..., user_gifting_card: _Optional[_Union[UserGiftingCardEvent, _Mapping]] = ..., user_del_card: _Optional[_Union[UserDelCardEvent, _Mapping]] = ..., user_consume_card: _Optional[_Union[UserConsumeCardEvent, _Mapping]] = ..., user_pay_from_pay_cell: _Optional[_Union[UserPayFromPayCellEvent, _Mapping]] = ..., user_view_card: _Optional[_Union[UserViewCardEvent, _Mapping]] = ..., user_enter_session_from_card: _Optional[_Union[UserEnterSessionFromCardEvent, _Mapping]] = ..., update_member_card: _Optional[_Union[UpdateMemberCardEvent, _Mapping]] = ..., card_sku_remind: _Optional[_Union[CardSkuRemindEvent, _Mapping]] = ..., card_pay_order: _Optional[_Union[CardPayOrderEvent, _Mapping]] = ..., submit_membercard_user_info: _Optional[_Union[SubmitMembercardUserInfoEvent, _Mapping]] = ..., wifi_connected: _Optional[_Union[WifiConnectedEvent, _Mapping]] = ..., unknown: _Optional[_Union[UnknownEvent, _Mapping]] = ...) -> None: ...

class CardPassCheckEvent(_message.Message):
    __slots__ = ("card_id",)
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    def __init__(self, card_id: _Optional[str] = ...) -> None: ...

class CardNotPassCheckEvent(_message.Message):
    __slots__ = ("card_id", "refuse_reason")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    REFUSE_REASON_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    refuse_reason: str
    def __init__(self, card_id: _Optional[str] = ..., refuse_reason: _Optional[str] = ...) -> None: ...

class UserGetCardEvent(_message.Message):
    __slots__ = ("card_id", "user_card_code", "is_give_by_friend", "friend_user_name", "outer_id", "old_user_card_code", "outer_str", "is_restore_member_card", "is_recommend_by_friend", "union_id")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    USER_CARD_CODE_FIELD_NUMBER: _ClassVar[int]
    IS_GIVE_BY_FRIEND_FIELD_NUMBER: _ClassVar[int]
    FRIEND_USER_NAME_FIELD_NUMBER: _ClassVar[int]
    OUTER_ID_FIELD_NUMBER: _ClassVar[int]
    OLD_USER_CARD_CODE_FIELD_NUMBER: _ClassVar[int]
    OUTER_STR_FIELD_NUMBER: _ClassVar[int]
    IS_RESTORE_MEMBER_CARD_FIELD_NUMBER: _ClassVar[int]
    IS_RECOMMEND_BY_FRIEND_FIELD_NUMBER: _ClassVar[int]
    UNION_ID_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    user_card_code: str
    is_give_by_friend: bool
    friend_user_name: str
    outer_id: int
    old_user_card_code: str
    outer_str: str
    is_restore_member_card: bool
    is_recommend_by_friend: bool
    union_id: str
    def __init__(self, card_id: _Optional[str] = ..., user_card_code: _Optional[str] = ..., is_give_by_friend: _Optional[bool] = ..., friend_user_name: _Optional[str] = ..., outer_id: _Optional[int] = ..., old_user_card_code: _Optional[str] = ..., outer_str: _Optional[str] = ..., is_restore_member_card: _Optional[bool] = ..., is_recommend_by_friend: _Optional[bool] = ..., union_id: _Optional[str] = ...) -> None: ...

class UserGiftingCardEvent(_message.Message):
    __slots__ = ("card_id", "user_card_code", "friend_user_name", "is_return_back", "is_chat_room")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    USER_CARD_CODE_FIELD_NUMBER: _ClassVar[int]
    FRIEND_USER_NAME_FIELD_NUMBER: _ClassVar[int]
    IS_RETURN_BACK_FIELD_NUMBER: _ClassVar[int]
    IS_CHAT_ROOM_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    user_card_code: str
    friend_user_name: str
    is_return_back: bool
    is_chat_room: bool
    def __init__(self, card_id: _Optional[str] = ..., user_card_code: _Optional[str] = ..., friend_user_name: _Optional[str] = ..., is_return_back: _Optional[bool] = ..., is_chat_room: _Optional[bool] = ...) -> None: ...

class UserDelCardEvent(_message.Message):
    __slots__ = ("card_id", "user_card_code")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    USER_CARD_CODE_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    user_card_code: str
    def __init__(self, card_id: _Optional[str] = ..., user_card_code: _Optional[str] = ...) -> None: ...

class UserConsumeCardEvent(_message.Message):
    __slots__ = ("card_id", "user_card_code", "consume_source", "location_name", "staff_open_id", "verify_code", "remark_amount", "outer_str")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    USER_CARD_CODE_FIELD_NUMBER: _ClassVar[int]
    CONSUME_SOURCE_FIELD_NUMBER: _ClassVar[int]
    LOCATION_NAME_FIELD_NUMBER: _ClassVar[int]
    STAFF_OPEN_ID_FIELD_NUMBER: _ClassVar[int]
    VERIFY_CODE_FIELD_NUMBER: _ClassVar[int]
    REMARK_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    OUTER_STR_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    user_card_code: str
    consume_source: str
    location_name: str
    staff_open_id: str
    verify_code: str
    remark_amount: str
    outer_str: str
    def __init__(self, card_id: _Optional[str] = ..., user_card_code: _Optional[str] = ..., consume_source: _Optional[str] = ..., location_name: _Optional[str] = ..., staff_open_id: _Optional[str] = ..., verify_code: _Optional[str] = ..., remark_amount: _Optional[str] = ..., outer_str: _Optional[str] = ...) -> None: ...

class UserPayFromPayCellEvent(_message.Message):
    __slots__ = ("card_id", "user_card_code", "trans_id", "location_id", "fee", "original_fee")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    USER_CARD_CODE_FIELD_NUMBER: _ClassVar[int]
    TRANS_ID_FIELD_NUMBER: _ClassVar[int]
    LOCATION_ID_FIELD_NUMBER: _ClassVar[int]
    FEE_FIELD_NUMBER: _ClassVar[int]
    ORIGINAL_FEE_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    user_card_code: str
    trans_id: str
    location_id: int
    fee: int
    original_fee: int
    def __init__(self, card_id: _Optional[str] = ..., user_card_code: _Optional[str] = ..., trans_id: _Optional[str] = ..., location_id: _Optional[int] = ..., fee: _Optional[int] = ..., original_fee: _Optional[int] = ...) -> None: ...

class UserViewCardEvent(_message.Message):
    __slots__ = ("card_id", "user_card_code", "outer_str")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    USER_CARD_CODE_FIELD_NUMBER: _ClassVar[int]
    OUTER_STR_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    user_card_code: str
    outer_str: str
    def __init__(self, card_id: _Optional[str] = ..., user_card_code: _Optional[str] = ..., outer_str: _Optional[str] = ...) -> None: ...

class UserEnterSessionFromCardEvent(_message.Message):
    __slots__ = ("card_id", "user_card_code")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    USER_CARD_CODE_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    user_card_code: str
    def __init__(self, card_id: _Optional[str] = ..., user_card_code: _Optional[str] = ...) -> None: ...

class UpdateMemberCardEvent(_message.Message):
    __slots__ = ("card_id", "user_card_code", "modify_bonus", "modify_balance")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    USER_CARD_CODE_FIELD_NUMBER: _ClassVar[int]
    MODIFY_BONUS_FIELD_NUMBER: _ClassVar[int]
    MODIFY_BALANCE_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    user_card_code: str
    modify_bonus: int
    modify_balance: int
    def __init__(self, card_id: _Optional[str] = ..., user_card_code: _Optional[str] = ..., modify_bonus: _Optional[int] = ..., modify_balance: _Optional[int] = ...) -> None: ...

class CardSkuRemindEvent(_message.Message):
    __slots__ = ("card_id", "detail")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    detail: str
    def __init__(self, card_id: _Optional[str] = ..., detail: _Optional[str] = ...) -> None: ...

class CardPayOrderEvent(_message.Message):
    __slots__ = ("order_id", "status", "create_order_time", "pay_finish_time", "desc", "free_coin_count", "pay_coin_count", "refund_free_coin_count", "refund_pay_coin_count", "order_type", "memo", "receipt_info")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CREATE_ORDER_TIME_FIELD_NUMBER: _ClassVar[int]
    PAY_FINISH_TIME_FIELD_NUMBER: _ClassVar[int]
    DESC_FIELD_NUMBER: _ClassVar[int]
    FREE_COIN_COUNT_FIELD_NUMBER: _ClassVar[int]
    PAY_COIN_COUNT_FIELD_NUMBER: _ClassVar[int]
    REFUND_FREE_COIN_COUNT_FIELD_NUMBER: _ClassVar[int]
    REFUND_PAY_COIN_COUNT_FIELD_NUMBER: _ClassVar[int]
    ORDER_TYPE_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_INFO_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    status: str
    create_order_time: _timestamp_pb2.Timestamp
    pay_finish_time: _timestamp_pb2.Timestamp
    desc: str
    free_coin_count: int
    pay_coin_count: int
    refund_free_coin_count: int
    refund_pay_coin_count: int
    order_type: str
    memo: str
    receipt_info: str
    def __init__(self, order_id: _Optional[str] = ..., status: _Optional[str] = ..., create_order_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., pay_finish_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., desc: _Optional[str] = ..., free_coin_count: _Optional[int] = ..., pay_coin_count: _Optional[int] = ..., refund_free_coin_count: _Optional[int] = ..., refund_pay_coin_count: _Optional[int] = ..., order_type: _Optional[str] = ..., memo: _Optional[str] = ..., receipt_info: _Optional[str] = ...) -> None: ...

class SubmitMembercardUserInfoEvent(_message.Message):
    __slots__ = ("card_id", "user_card_code")
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    USER_CARD_CODE_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    user_card_code: str
    def __init__(self, card_id: _Optional[str] = ..., user_card_code: _Optional[str] = ...) -> None: ...

class WifiConnectedEvent(_message.Message):
    __slots__ = ("connect_time", "expire_time", "vendor_id", "shop_id", "device_no")
    CONNECT_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    VENDOR_ID_FIELD_NUMBER: _ClassVar[int]
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    DEVICE_NO_FIELD_NUMBER: _ClassVar[int]
    connect_time: _timestamp_pb2.Timestamp
    expire_time: int
    vendor_id: str
    shop_id: str
    device_no: str
    def __init__(self, connect_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expire_time: _Optional[int] = ..., vendor_id: _Optional[str] = ..., shop_id: _Optional[str] = ..., device_no: _Optional[str] = ...) -> None: ...

class UnknownEvent(_message.Message):
    __slots__ = ("fields",)
    class FieldsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    fields: _containers.ScalarMap[str, str]
    def __init__(self, fields: _Optional[_Mapping[str, str]] = ...) -> None: ...
