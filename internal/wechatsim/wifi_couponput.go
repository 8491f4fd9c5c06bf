package wechatsim

import "unicode/utf8"

// couponPut is a card delivery set with bizwifi/couponput/set.
type couponPut struct {
	cardID, describe string
	start, end       int64 // seconds
	quantity         int
}

type couponputSetReq struct {
	ShopID       int64  `json:"shop_id" wx:"required"` // 0: every shop
	CardID       string `json:"card_id" wx:"required"`
	CardDescribe string `json:"card_describe" wx:"required"`
	StartTime    int64  `json:"start_time" wx:"required"`
	EndTime      int64  `json:"end_time" wx:"required"`
	CardQuantity int    `json:"card_quantity"`
}

// validate applies Set_store_card_and_coupon_delivery_information.html: a
// description of at most 18 characters and an end after the start.
func (r *couponputSetReq) validate() error {
	switch {
	case r.CardID == "":
		return wifiError(codeWifiMissingParam, "card_id")
	case r.CardDescribe == "" || utf8.RuneCountInString(r.CardDescribe) > 18:
		return wifiError(codeWifiInvalidParam, "card_describe must be 1 to 18 characters")
	case r.StartTime <= 0 || r.EndTime <= r.StartTime:
		return wifiError(codeWifiInvalidParam, "end_time must be after start_time")
	case r.CardQuantity < 0:
		return wifiError(codeWifiInvalidParam, "card_quantity")
	}
	return nil
}

// couponputSet is POST /bizwifi/couponput/set; shop_id 0 sets the delivery of
// every shop without one of its own.
func (s *Server) couponputSet(req *couponputSetReq) (any, error) {
	c := &couponPut{cardID: req.CardID, describe: req.CardDescribe, start: req.StartTime, end: req.EndTime, quantity: req.CardQuantity}
	if req.ShopID == 0 {
		s.wifi.allShopsCoupon = c
		return okReply(), nil
	}
	sh, err := s.shop(req.ShopID)
	if err != nil {
		return nil, err
	}
	sh.coupon = c
	return okReply(), nil
}

// couponputGet is POST /bizwifi/couponput/get. Its answer names the times
// start_date and end_date (Query_the_store_card_and_coupon_delivery_information.html,
// Senparc WiFiGetCouponPutJsonResult); with no delivery set the card fields are
// empty.
func (s *Server) couponputGet(req *shopIDReq) (any, error) {
	c := s.wifi.allShopsCoupon
	if req.ShopID != 0 {
		sh, err := s.shop(req.ShopID)
		if err != nil {
			return nil, err
		}
		if sh.coupon != nil {
			c = sh.coupon
		}
	}
	data := struct {
		ShopID       int64  `json:"shop_id"`
		CardStatus   int    `json:"card_status"`
		CardID       string `json:"card_id"`
		CardDescribe string `json:"card_describe"`
		StartDate    int64  `json:"start_date"`
		EndDate      int64  `json:"end_date"`
	}{ShopID: req.ShopID}
	if c != nil {
		data.CardID, data.CardDescribe, data.StartDate, data.EndDate = c.cardID, c.describe, c.start, c.end
		data.CardStatus = c.status(s.now().Unix())
	}
	return withData(data), nil
}

// status is card_status at now: 0 delivering, 1 not started, 2 ended.
func (c *couponPut) status(now int64) int {
	switch {
	case now < c.start:
		return 1
	case now > c.end:
		return 2
	}
	return 0
}
