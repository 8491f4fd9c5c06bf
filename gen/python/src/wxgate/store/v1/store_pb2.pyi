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

class CategoryLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CATEGORY_LEVEL_UNSPECIFIED: _ClassVar[CategoryLevel]
    CATEGORY_LEVEL_ROOT: _ClassVar[CategoryLevel]
    CATEGORY_LEVEL_FIRST: _ClassVar[CategoryLevel]
    CATEGORY_LEVEL_SECOND: _ClassVar[CategoryLevel]

class SensitiveType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SENSITIVE_TYPE_UNSPECIFIED: _ClassVar[SensitiveType]
    SENSITIVE_TYPE_NONE: _ClassVar[SensitiveType]
    SENSITIVE_TYPE_QUALIFICATION_REQUIRED: _ClassVar[SensitiveType]

class MerchantAuditStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MERCHANT_AUDIT_STATUS_UNSPECIFIED: _ClassVar[MerchantAuditStatus]
    MERCHANT_AUDIT_STATUS_NOT_SUBMITTED: _ClassVar[MerchantAuditStatus]
    MERCHANT_AUDIT_STATUS_APPROVED: _ClassVar[MerchantAuditStatus]
    MERCHANT_AUDIT_STATUS_UNDER_REVIEW: _ClassVar[MerchantAuditStatus]
    MERCHANT_AUDIT_STATUS_REJECTED: _ClassVar[MerchantAuditStatus]
    MERCHANT_AUDIT_STATUS_ADMIN_REFUSED: _ClassVar[MerchantAuditStatus]

class StoreStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STORE_STATUS_UNSPECIFIED: _ClassVar[StoreStatus]
    STORE_STATUS_APPROVED: _ClassVar[StoreStatus]
    STORE_STATUS_UNDER_REVIEW: _ClassVar[StoreStatus]
    STORE_STATUS_REJECTED: _ClassVar[StoreStatus]

class UpgradeStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    UPGRADE_STATUS_UNSPECIFIED: _ClassVar[UpgradeStatus]
    UPGRADE_STATUS_PENDING: _ClassVar[UpgradeStatus]
    UPGRADE_STATUS_FAILED: _ClassVar[UpgradeStatus]
    UPGRADE_STATUS_IN_PROGRESS: _ClassVar[UpgradeStatus]
    UPGRADE_STATUS_SUCCEEDED: _ClassVar[UpgradeStatus]
    UPGRADE_STATUS_FORBIDDEN: _ClassVar[UpgradeStatus]
CATEGORY_LEVEL_UNSPECIFIED: CategoryLevel
CATEGORY_LEVEL_ROOT: CategoryLevel
CATEGORY_LEVEL_FIRST: CategoryLevel
CATEGORY_LEVEL_SECOND: CategoryLevel
SENSITIVE_TYPE_UNSPECIFIED: SensitiveType
SENSITIVE_TYPE_NONE: SensitiveType
SENSITIVE_TYPE_QUALIFICATION_REQUIRED: SensitiveType
MERCHANT_AUDIT_STATUS_UNSPECIFIED: MerchantAuditStatus
MERCHANT_AUDIT_STATUS_NOT_SUBMITTED: MerchantAuditStatus
MERCHANT_AUDIT_STATUS_APPROVED: MerchantAuditStatus
MERCHANT_AUDIT_STATUS_UNDER_REVIEW: MerchantAuditStatus
MERCHANT_AUDIT_STATUS_REJECTED: MerchantAuditStatus
MERCHANT_AUDIT_STATUS_ADMIN_REFUSED: MerchantAuditStatus
STORE_STATUS_UNSPECIFIED: StoreStatus
STORE_STATUS_APPROVED: StoreStatus
STORE_STATUS_UNDER_REVIEW: StoreStatus
STORE_STATUS_REJECTED: StoreStatus
UPGRADE_STATUS_UNSPECIFIED: UpgradeStatus
UPGRADE_STATUS_PENDING: UpgradeStatus
UPGRADE_STATUS_FAILED: UpgradeStatus
UPGRADE_STATUS_IN_PROGRESS: UpgradeStatus
UPGRADE_STATUS_SUCCEEDED: UpgradeStatus
UPGRADE_STATUS_FORBIDDEN: UpgradeStatus

class ListMerchantCategoriesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListMerchantCategoriesResponse(_message.Message):
    __slots__ = ("categories",)
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    categories: _containers.RepeatedCompositeFieldContainer[MerchantCategory]
    def __init__(self, categories: _Optional[_Iterable[_Union[MerchantCategory, _Mapping]]] = ...) -> None: ...

class MerchantCategory(_message.Message):
    __slots__ = ("id", "name", "level", "father", "children", "qualify", "scene", "sensitive_type")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    FATHER_FIELD_NUMBER: _ClassVar[int]
    CHILDREN_FIELD_NUMBER: _ClassVar[int]
    QUALIFY_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    SENSITIVE_TYPE_FIELD_NUMBER: _ClassVar[int]
    id: int
    name: str
    level: CategoryLevel
    father: int
    children: _containers.RepeatedScalarFieldContainer[int]
    qualify: _containers.RepeatedCompositeFieldContainer[QualificationGroup]
    scene: int
    sensitive_type: SensitiveType
    def __init__(self, id: _Optional[int] = ..., name: _Optional[str] = ..., level: _Optional[_Union[CategoryLevel, str]] = ..., father: _Optional[int] = ..., children: _Optional[_Iterable[int]] = ..., qualify: _Optional[_Iterable[_Union[QualificationGroup, _Mapping]]] = ..., scene: _Optional[int] = ..., sensitive_type: _Optional[_Union[SensitiveType, str]] = ...) -> None: ...

class QualificationGroup(_message.Message):
    __slots__ = ("names",)
    NAMES_FIELD_NUMBER: _ClassVar[int]
    names: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, names: _Optional[_Iterable[str]] = ...) -> None: ...

class ApplyMerchantRequest(_message.Message):
    __slots__ = ("first_catid", "second_catid", "qualification_list", "headimg_mediaid", "nickname", "intro", "org_code", "other_files")
    FIRST_CATID_FIELD_NUMBER: _ClassVar[int]
    SECOND_CATID_FIELD_NUMBER: _ClassVar[int]
    QUALIFICATION_LIST_FIELD_NUMBER: _ClassVar[int]
    HEADIMG_MEDIAID_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    INTRO_FIELD_NUMBER: _ClassVar[int]
    ORG_CODE_FIELD_NUMBER: _ClassVar[int]
    OTHER_FILES_FIELD_NUMBER: _ClassVar[int]
    first_catid: int
    second_catid: int
    qualification_list: _containers.RepeatedScalarFieldContainer[str]
    headimg_mediaid: str
    nickname: str
    intro: str
    org_code: str
    other_files: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, first_catid: _Optional[int] = ..., second_catid: _Optional[int] = ..., qualification_list: _Optional[_Iterable[str]] = ..., headimg_mediaid: _Optional[str] = ..., nickname: _Optional[str] = ..., intro: _Optional[str] = ..., org_code: _Optional[str] = ..., other_files: _Optional[_Iterable[str]] = ...) -> None: ...

class ApplyMerchantResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetMerchantAuditInfoRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetMerchantAuditInfoResponse(_message.Message):
    __slots__ = ("audit_id", "status", "reason")
    AUDIT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    audit_id: int
    status: MerchantAuditStatus
    reason: str
    def __init__(self, audit_id: _Optional[int] = ..., status: _Optional[_Union[MerchantAuditStatus, str]] = ..., reason: _Optional[str] = ...) -> None: ...

class ModifyMerchantRequest(_message.Message):
    __slots__ = ("headimg_mediaid", "intro")
    HEADIMG_MEDIAID_FIELD_NUMBER: _ClassVar[int]
    INTRO_FIELD_NUMBER: _ClassVar[int]
    headimg_mediaid: str
    intro: str
    def __init__(self, headimg_mediaid: _Optional[str] = ..., intro: _Optional[str] = ...) -> None: ...

class ModifyMerchantResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListDistrictsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListDistrictsResponse(_message.Message):
    __slots__ = ("data_version", "provinces")
    DATA_VERSION_FIELD_NUMBER: _ClassVar[int]
    PROVINCES_FIELD_NUMBER: _ClassVar[int]
    data_version: str
    provinces: _containers.RepeatedCompositeFieldContainer[District]
    def __init__(self, data_version: _Optional[str] = ..., provinces: _Optional[_Iterable[_Union[District, _Mapping]]] = ...) -> None: ...

class District(_message.Message):
    __slots__ = ("id", "name", "fullname", "pinyin", "location", "children")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    FULLNAME_FIELD_NUMBER: _ClassVar[int]
    PINYIN_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    CHILDREN_FIELD_NUMBER: _ClassVar[int]
    id: int
    name: str
    fullname: str
    pinyin: _containers.RepeatedScalarFieldContainer[str]
    location: Location
    children: _containers.RepeatedCompositeFieldContainer[District]
    def __init__(self, id: _Optional[int] = ..., name: _Optional[str] = ..., fullname: _Optional[str] = ..., pinyin: _Optional[_Iterable[str]] = ..., location: _Optional[_Union[Location, _Mapping]] = ..., children: _Optional[_Iterable[_Union[District, _Mapping]]] = ...) -> None: ...

class Location(_message.Message):
    __slots__ = ("lat", "lng")
    LAT_FIELD_NUMBER: _ClassVar[int]
    LNG_FIELD_NUMBER: _ClassVar[int]
    lat: float
    lng: float
    def __init__(self, lat: _Optional[float] = ..., lng: _Optional[float] = ...) -> None: ...

class SearchMapPoiRequest(_message.Message):
    __slots__ = ("districtid", "keyword")
    DISTRICTID_FIELD_NUMBER: _ClassVar[int]
    KEYWORD_FIELD_NUMBER: _ClassVar[int]
    districtid: int
    keyword: str
    def __init__(self, districtid: _Optional[int] = ..., keyword: _Optional[str] = ...) -> None: ...

class SearchMapPoiResponse(_message.Message):
    __slots__ = ("item",)
    ITEM_FIELD_NUMBER: _ClassVar[int]
    item: _containers.RepeatedCompositeFieldContainer[MapPoi]
    def __init__(self, item: _Optional[_Iterable[_Union[MapPoi, _Mapping]]] = ...) -> None: ...

class MapPoi(_message.Message):
    __slots__ = ("branch_name", "address", "longitude", "latitude", "telephone", "category", "sosomap_poi_uid", "data_supply", "pic_urls", "card_id_list")
    BRANCH_NAME_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    LONGITUDE_FIELD_NUMBER: _ClassVar[int]
    LATITUDE_FIELD_NUMBER: _ClassVar[int]
    TELEPHONE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    SOSOMAP_POI_UID_FIELD_NUMBER: _ClassVar[int]
    DATA_SUPPLY_FIELD_NUMBER: _ClassVar[int]
    PIC_URLS_FIELD_NUMBER: _ClassVar[int]
    CARD_ID_LIST_FIELD_NUMBER: _ClassVar[int]
    branch_name: str
    address: str
    longitude: float
    latitude: float
    telephone: str
    category: str
    sosomap_poi_uid: str
    data_supply: int
    pic_urls: _containers.RepeatedScalarFieldContainer[str]
    card_id_list: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, branch_name: _Optional[str] = ..., address: _Optional[str] = ..., longitude: _Optional[float] = ..., latitude: _Optional[float] = ..., telephone: _Optional[str] = ..., category: _Optional[str] = ..., sosomap_poi_uid: _Optional[str] = ..., data_supply: _Optional[int] = ..., pic_urls: _Optional[_Iterable[str]] = ..., card_id_list: _Optional[_Iterable[str]] = ...) -> None: ...

class CreateMapPoiRequest(_message.Message):
    __slots__ = ("name", "longitude", "latitude", "province", "city", "district", "address", "category", "telephone", "photo", "license", "introduct", "districtid", "poi_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    LONGITUDE_FIELD_NUMBER: _ClassVar[int]
    LATITUDE_FIELD_NUMBER: _ClassVar[int]
    PROVINCE_FIELD_NUMBER: _ClassVar[int]
    CITY_FIELD_NUMBER: _ClassVar[int]
    DISTRICT_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    TELEPHONE_FIELD_NUMBER: _ClassVar[int]
    PHOTO_FIELD_NUMBER: _ClassVar[int]
    LICENSE_FIELD_NUMBER: _ClassVar[int]
    INTRODUCT_FIELD_NUMBER: _ClassVar[int]
    DISTRICTID_FIELD_NUMBER: _ClassVar[int]
    POI_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    longitude: float
    latitude: float
    province: str
    city: str
    district: str
    address: str
    category: str
    telephone: _containers.RepeatedScalarFieldContainer[str]
    photo: str
    license: str
    introduct: str
    districtid: int
    poi_id: int
    def __init__(self, name: _Optional[str] = ..., longitude: _Optional[float] = ..., latitude: _Optional[float] = ..., province: _Optional[str] = ..., city: _Optional[str] = ..., district: _Optional[str] = ..., address: _Optional[str] = ..., category: _Optional[str] = ..., telephone: _Optional[_Iterable[str]] = ..., photo: _Optional[str] = ..., license: _Optional[str] = ..., introduct: _Optional[str] = ..., districtid: _Optional[int] = ..., poi_id: _Optional[int] = ...) -> None: ...

class CreateMapPoiResponse(_message.Message):
    __slots__ = ("base_id", "rich_id")
    BASE_ID_FIELD_NUMBER: _ClassVar[int]
    RICH_ID_FIELD_NUMBER: _ClassVar[int]
    base_id: int
    rich_id: int
    def __init__(self, base_id: _Optional[int] = ..., rich_id: _Optional[int] = ...) -> None: ...

class AddStoreRequest(_message.Message):
    __slots__ = ("map_poi_id", "pic_list", "contract_phone", "hour", "credential", "company_name", "qualification_list", "card_id", "poi_id")
    MAP_POI_ID_FIELD_NUMBER: _ClassVar[int]
    PIC_LIST_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_PHONE_FIELD_NUMBER: _ClassVar[int]
    HOUR_FIELD_NUMBER: _ClassVar[int]
    CREDENTIAL_FIELD_NUMBER: _ClassVar[int]
    COMPANY_NAME_FIELD_NUMBER: _ClassVar[int]
    QUALIFICATION_LIST_FIELD_NUMBER: _ClassVar[int]
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    POI_ID_FIELD_NUMBER: _ClassVar[int]
    map_poi_id: str
    pic_list: _containers.RepeatedScalarFieldContainer[str]
    contract_phone: str
    hour: str
    credential: str
    company_name: str
    qualification_list: _containers.RepeatedScalarFieldContainer[str]
    card_id: str
    poi_id: int
    def __init__(self, map_poi_id: _Optional[str] = ..., pic_list: _Optional[_Iterable[str]] = ..., contract_phone: _Optional[str] = ..., hour: _Optional[str] = ..., credential: _Optional[str] = ..., company_name: _Optional[str] = ..., qualification_list: _Optional[_Iterable[str]] = ..., card_id: _Optional[str] = ..., poi_id: _Optional[int] = ...) -> None: ...

class AddStoreResponse(_message.Message):
    __slots__ = ("audit_id",)
    AUDIT_ID_FIELD_NUMBER: _ClassVar[int]
    audit_id: int
    def __init__(self, audit_id: _Optional[int] = ...) -> None: ...

class UpdateStoreRequest(_message.Message):
    __slots__ = ("poi_id", "map_poi_id", "hour", "contract_phone", "pic_list", "card_id")
    POI_ID_FIELD_NUMBER: _ClassVar[int]
    MAP_POI_ID_FIELD_NUMBER: _ClassVar[int]
    HOUR_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_PHONE_FIELD_NUMBER: _ClassVar[int]
    PIC_LIST_FIELD_NUMBER: _ClassVar[int]
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    poi_id: int
    map_poi_id: str
    hour: str
    contract_phone: str
    pic_list: _containers.RepeatedScalarFieldContainer[str]
    card_id: str
    def __init__(self, poi_id: _Optional[int] = ..., map_poi_id: _Optional[str] = ..., hour: _Optional[str] = ..., contract_phone: _Optional[str] = ..., pic_list: _Optional[_Iterable[str]] = ..., card_id: _Optional[str] = ...) -> None: ...

class UpdateStoreResponse(_message.Message):
    __slots__ = ("has_audit_id", "audit_id")
    HAS_AUDIT_ID_FIELD_NUMBER: _ClassVar[int]
    AUDIT_ID_FIELD_NUMBER: _ClassVar[int]
    has_audit_id: bool
    audit_id: int
    def __init__(self, has_audit_id: _Optional[bool] = ..., audit_id: _Optional[int] = ...) -> None: ...

class GetStoreRequest(_message.Message):
    __slots__ = ("poi_id",)
    POI_ID_FIELD_NUMBER: _ClassVar[int]
    poi_id: int
    def __init__(self, poi_id: _Optional[int] = ...) -> None: ...

class GetStoreResponse(_message.Message):
    __slots__ = ("business",)
    BUSINESS_FIELD_NUMBER: _ClassVar[int]
    business: Store
    def __init__(self, business: _Optional[_Union[Store, _Mapping]] = ...) -> None: ...

class Store(_message.Message):
    __slots__ = ("poi_id", "business_name", "address", "telephone", "categories", "province", "city", "district", "longitude", "latitude", "photo_list", "open_time", "status", "qualification_num", "qualification_name", "qualification_list")
    POI_ID_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_NAME_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    TELEPHONE_FIELD_NUMBER: _ClassVar[int]
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    PROVINCE_FIELD_NUMBER: _ClassVar[int]
    CITY_FIELD_NUMBER: _ClassVar[int]
    DISTRICT_FIELD_NUMBER: _ClassVar[int]
    LONGITUDE_FIELD_NUMBER: _ClassVar[int]
    LATITUDE_FIELD_NUMBER: _ClassVar[int]
    PHOTO_LIST_FIELD_NUMBER: _ClassVar[int]
    OPEN_TIME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    QUALIFICATION_NUM_FIELD_NUMBER: _ClassVar[int]
    QUALIFICATION_NAME_FIELD_NUMBER: _ClassVar[int]
    QUALIFICATION_LIST_FIELD_NUMBER: _ClassVar[int]
    poi_id: int
    business_name: str
    address: str
    telephone: str
    categories: _containers.RepeatedScalarFieldContainer[str]
    province: str
    city: str
    district: str
    longitude: float
    latitude: float
    photo_list: _containers.RepeatedScalarFieldContainer[str]
    open_time: str
    status: StoreStatus
    qualification_num: str
    qualification_name: str
    qualification_list: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, poi_id: _Optional[int] = ..., business_name: _Optional[str] = ..., address: _Optional[str] = ..., telephone: _Optional[str] = ..., categories: _Optional[_Iterable[str]] = ..., province: _Optional[str] = ..., city: _Optional[str] = ..., district: _Optional[str] = ..., longitude: _Optional[float] = ..., latitude: _Optional[float] = ..., photo_list: _Optional[_Iterable[str]] = ..., open_time: _Optional[str] = ..., status: _Optional[_Union[StoreStatus, str]] = ..., qualification_num: _Optional[str] = ..., qualification_name: _Optional[str] = ..., qualification_list: _Optional[_Iterable[str]] = ...) -> None: ...

class ListStoresRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListStoresResponse(_message.Message):
    __slots__ = ("business_list", "next_page_token", "total_count")
    BUSINESS_LIST_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    business_list: _containers.RepeatedCompositeFieldContainer[Store]
    next_page_token: str
    total_count: int
    def __init__(self, business_list: _Optional[_Iterable[_Union[Store, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_count: _Optional[int] = ...) -> None: ...

class DeleteStoreRequest(_message.Message):
    __slots__ = ("poi_id",)
    POI_ID_FIELD_NUMBER: _ClassVar[int]
    poi_id: int
    def __init__(self, poi_id: _Optional[int] = ...) -> None: ...

class DeleteStoreResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListLegacyPoisRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListLegacyPoisResponse(_message.Message):
    __slots__ = ("business_list", "next_page_token", "total_count")
    BUSINESS_LIST_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    business_list: _containers.RepeatedCompositeFieldContainer[LegacyPoi]
    next_page_token: str
    total_count: int
    def __init__(self, business_list: _Optional[_Iterable[_Union[LegacyPoi, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_count: _Optional[int] = ...) -> None: ...

class LegacyPoi(_message.Message):
    __slots__ = ("poi_id", "sid", "business_name", "branch_name", "address", "upgrade_status", "upgrade_comment", "mapid")
    POI_ID_FIELD_NUMBER: _ClassVar[int]
    SID_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_NAME_FIELD_NUMBER: _ClassVar[int]
    BRANCH_NAME_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    UPGRADE_STATUS_FIELD_NUMBER: _ClassVar[int]
    UPGRADE_COMMENT_FIELD_NUMBER: _ClassVar[int]
    MAPID_FIELD_NUMBER: _ClassVar[int]
    poi_id: int
    sid: str
    business_name: str
    branch_name: str
    address: str
    upgrade_status: UpgradeStatus
    upgrade_comment: str
    mapid: str
    def __init__(self, poi_id: _Optional[int] = ..., sid: _Optional[str] = ..., business_name: _Optional[str] = ..., branch_name: _Optional[str] = ..., address: _Optional[str] = ..., upgrade_status: _Optional[_Union[UpgradeStatus, str]] = ..., upgrade_comment: _Optional[str] = ..., mapid: _Optional[str] = ...) -> None: ...

class GetStoreCardRequest(_message.Message):
    __slots__ = ("poi_id",)
    POI_ID_FIELD_NUMBER: _ClassVar[int]
    poi_id: int
    def __init__(self, poi_id: _Optional[int] = ...) -> None: ...

class GetStoreCardResponse(_message.Message):
    __slots__ = ("card_id",)
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    card_id: str
    def __init__(self, card_id: _Optional[str] = ...) -> None: ...

class SetStoreCardRequest(_message.Message):
    __slots__ = ("poi_id", "card_id")
    POI_ID_FIELD_NUMBER: _ClassVar[int]
    CARD_ID_FIELD_NUMBER: _ClassVar[int]
    poi_id: int
    card_id: str
    def __init__(self, poi_id: _Optional[int] = ..., card_id: _Optional[str] = ...) -> None: ...

class SetStoreCardResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
