package store

import (
	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	"github.com/wxgate/wxgate/internal/enummap"
)

// categoryLevels: get_merchant_category's level.
var categoryLevels = enummap.Map[storev1.CategoryLevel, int]{
	storev1.CategoryLevel_CATEGORY_LEVEL_ROOT:   0,
	storev1.CategoryLevel_CATEGORY_LEVEL_FIRST:  1,
	storev1.CategoryLevel_CATEGORY_LEVEL_SECOND: 2,
}

// sensitiveTypes: get_merchant_category's sensitive_type.
var sensitiveTypes = enummap.Map[storev1.SensitiveType, int]{
	storev1.SensitiveType_SENSITIVE_TYPE_NONE:                   0,
	storev1.SensitiveType_SENSITIVE_TYPE_QUALIFICATION_REQUIRED: 1,
}

// merchantAuditStatuses: get_merchant_audit_info's and apply_merchant_audit_info's
// status.
var merchantAuditStatuses = enummap.Map[storev1.MerchantAuditStatus, int]{
	storev1.MerchantAuditStatus_MERCHANT_AUDIT_STATUS_NOT_SUBMITTED: 0,
	storev1.MerchantAuditStatus_MERCHANT_AUDIT_STATUS_APPROVED:      1,
	storev1.MerchantAuditStatus_MERCHANT_AUDIT_STATUS_UNDER_REVIEW:  2,
	storev1.MerchantAuditStatus_MERCHANT_AUDIT_STATUS_REJECTED:      3,
	storev1.MerchantAuditStatus_MERCHANT_AUDIT_STATUS_ADMIN_REFUSED: 4,
}

// storeStatuses: the status of get_store_info, get_store_list, add_store_audit_info
// and modify_store_audit_info.
var storeStatuses = enummap.Map[storev1.StoreStatus, int]{
	storev1.StoreStatus_STORE_STATUS_APPROVED:     1,
	storev1.StoreStatus_STORE_STATUS_UNDER_REVIEW: 2,
	storev1.StoreStatus_STORE_STATUS_REJECTED:     3,
}

// upgradeStatuses: getpoilist's upgrade_status.
var upgradeStatuses = enummap.Map[storev1.UpgradeStatus, int]{
	storev1.UpgradeStatus_UPGRADE_STATUS_PENDING:     0,
	storev1.UpgradeStatus_UPGRADE_STATUS_FAILED:      1,
	storev1.UpgradeStatus_UPGRADE_STATUS_IN_PROGRESS: 2,
	storev1.UpgradeStatus_UPGRADE_STATUS_SUCCEEDED:   3,
	storev1.UpgradeStatus_UPGRADE_STATUS_FORBIDDEN:   4,
}

// mapPoiAuditStatuses: create_map_poi_audit_info's status, where 0 is success.
var mapPoiAuditStatuses = enummap.Map[storev1.MapPoiAuditStatus, int]{
	storev1.MapPoiAuditStatus_MAP_POI_AUDIT_STATUS_APPROVED: 0,
	storev1.MapPoiAuditStatus_MAP_POI_AUDIT_STATUS_REJECTED: 1,
}

// addStoreKinds: add_store_audit_info's is_upgrade.
var addStoreKinds = enummap.Map[storev1.AddStoreKind, int]{
	storev1.AddStoreKind_ADD_STORE_KIND_NEW:     0,
	storev1.AddStoreKind_ADD_STORE_KIND_UPGRADE: 1,
}
