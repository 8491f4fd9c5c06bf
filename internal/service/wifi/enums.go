package wifi

import wifiv1 "github.com/wxgate/wxgate/gen/go/wxgate/wifi/v1"

// enumMap pairs proto enum values with WeChat's magic numbers. Requests reach the
// service validated (no UNSPECIFIED where a value is required), so wechat never sees
// an unknown value; answers with a number WeChat added later map to UNSPECIFIED.
type enumMap[E comparable] map[E]int

func (m enumMap[E]) wechat(e E) int { return m[e] }

func (m enumMap[E]) proto(n int) E {
	for e, v := range m {
		if v == n {
			return e
		}
	}
	var zero E
	return zero
}

var imgIDs = enumMap[wifiv1.QrcodeImage]{
	wifiv1.QrcodeImage_QRCODE_IMAGE_PLAIN:  0,
	wifiv1.QrcodeImage_QRCODE_IMAGE_POSTER: 1,
}

var templates = enumMap[wifiv1.HomepageTemplate]{
	wifiv1.HomepageTemplate_HOMEPAGE_TEMPLATE_DEFAULT:    0,
	wifiv1.HomepageTemplate_HOMEPAGE_TEMPLATE_CUSTOM_URL: 1,
}

var barTypes = enumMap[wifiv1.BarType]{
	wifiv1.BarType_BAR_TYPE_ACCOUNT_NAME: 0,
	wifiv1.BarType_BAR_TYPE_SHOP_NAME:    1,
}
