package wifi

import (
	wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"
	"github.com/wxgate/wxgate/internal/enummap"
)

var imgIDs = enummap.Map[wifiv1.QrcodeImage, int]{
	wifiv1.QrcodeImage_QRCODE_IMAGE_PLAIN:  0,
	wifiv1.QrcodeImage_QRCODE_IMAGE_POSTER: 1,
}

var templates = enummap.Map[wifiv1.HomepageTemplate, int]{
	wifiv1.HomepageTemplate_HOMEPAGE_TEMPLATE_DEFAULT:    0,
	wifiv1.HomepageTemplate_HOMEPAGE_TEMPLATE_CUSTOM_URL: 1,
}

var barTypes = enummap.Map[wifiv1.BarType, int]{
	wifiv1.BarType_BAR_TYPE_ACCOUNT_NAME: 0,
	wifiv1.BarType_BAR_TYPE_SHOP_NAME:    1,
}

var protocolTypes = enummap.Map[wifiv1.ProtocolType, int]{
	wifiv1.ProtocolType_PROTOCOL_TYPE_NO_DEVICE:           0,
	wifiv1.ProtocolType_PROTOCOL_TYPE_PROFESSIONAL:        1,
	wifiv1.ProtocolType_PROTOCOL_TYPE_PASSWORD:            4,
	wifiv1.ProtocolType_PROTOCOL_TYPE_PORTAL_SELF_SERVICE: 5,
	wifiv1.ProtocolType_PROTOCOL_TYPE_PORTAL:              31,
}

var couponStatuses = enummap.Map[wifiv1.CouponPutStatus, int]{
	wifiv1.CouponPutStatus_COUPON_PUT_STATUS_ACTIVE:      0,
	wifiv1.CouponPutStatus_COUPON_PUT_STATUS_NOT_STARTED: 1,
	wifiv1.CouponPutStatus_COUPON_PUT_STATUS_EXPIRED:     2,
}
