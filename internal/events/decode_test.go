package events_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/testing/protocmp"
	"google.golang.org/protobuf/types/known/timestamppb"

	eventsv1 "github.com/wxgate/wxgate/gen/go/wxgate/events/v1"
	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	"github.com/wxgate/wxgate/internal/events"
)

// Pushes as WeChat's documents and the SDKs' fixtures show them. The card events
// are WeChat's 卡券事件推送 samples
// (developers.weixin.qq.com/doc/offiaccount/Cards_and_Offer/Coupons_Vouchers_and_Cards_Event_Push_Messages.html),
// as offu/WeRoBot's tests/test_parser.py copies them (without the document's
// "//不通过为card_not_pass_check" note after <Event>, which no push carries).
const (
	// §2.1 (its RefuseReason is card_not_pass_check's).
	cardPassCheck = `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[FromUser]]></FromUserName>
<CreateTime>123456789</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[card_pass_check]]></Event>
<CardId><![CDATA[cardid]]></CardId>
<RefuseReason><![CDATA[非法代制]]></RefuseReason>
</xml>`
	// §2.1.
	cardNotPassCheck = `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[FromUser]]></FromUserName>
<CreateTime>123456789</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[card_not_pass_check]]></Event>
<CardId><![CDATA[cardid]]></CardId>
<RefuseReason><![CDATA[非法代制]]></RefuseReason>
</xml>`
	// §2.2, with the document's spaces around the CDATA sections.
	userGetCard = `<xml>
  <ToUserName> <![CDATA[gh_fc0a06a20993]]> </ToUserName>
  <FromUserName> <![CDATA[oZI8Fj040-be6rlDohc6gkoPOQTQ]]> </FromUserName>
  <CreateTime>1472551036</CreateTime>
  <MsgType> <![CDATA[event]]> </MsgType>
  <Event> <![CDATA[user_get_card]]> </Event>
  <CardId> <![CDATA[pZI8Fjwsy5fVPRBeD78J4RmqVvBc]]> </CardId>
  <IsGiveByFriend>0</IsGiveByFriend>
  <UserCardCode> <![CDATA[226009850808]]> </UserCardCode>
  <FriendUserName> <![CDATA[]]> </FriendUserName>
  <OuterId>0</OuterId>
  <OldUserCardCode> <![CDATA[]]> </OldUserCardCode>
  <OuterStr> <![CDATA[12b]]> </OuterStr>
  <IsRestoreMemberCard>0</IsRestoreMemberCard>
  <IsRecommendByFriend>0</IsRecommendByFriend>
</xml>`
	// A gift taken: the sample with IsGiveByFriend 1, the friend, a scene value and
	// the UnionId and SourceScene of a live log (JeffreySu/WeiXinMPSDK#1106).
	userGetCardGift = `<xml><ToUserName><![CDATA[gh_fc0a06a20993]]></ToUserName><FromUserName><![CDATA[oZI8Fj040-be6rlDohc6gkoPOQTQ]]></FromUserName><CreateTime>1472551036</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[user_get_card]]></Event><CardId><![CDATA[pZI8Fjwsy5fVPRBeD78J4RmqVvBc]]></CardId><IsGiveByFriend>1</IsGiveByFriend><UserCardCode><![CDATA[226009850809]]></UserCardCode><FriendUserName><![CDATA[oZI8Fj0friend6rlDohc6gkoPOQ]]></FriendUserName><OuterId>12</OuterId><OldUserCardCode><![CDATA[226009850808]]></OldUserCardCode><OuterStr><![CDATA[12b]]></OuterStr><IsRestoreMemberCard>1</IsRestoreMemberCard><IsRecommendByFriend>1</IsRecommendByFriend><SourceScene><![CDATA[SOURCE_SCENE_UNKNOW]]></SourceScene><UnionId>o6_bmasdasdsad6_2sgVt7hMZOPfL</UnionId></xml>`
	// §2.3.
	userGiftingCard = `<xml>
<ToUserName><![CDATA[gh_3fcea188bf78]]></ToUserName>
<FromUserName><![CDATA[obLatjjwDolFjRRd3doGIdwNqRXw]]></FromUserName>
<CreateTime>1474181868</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[user_gifting_card]]></Event>
<CardId><![CDATA[pbLatjhU-3pik3d4PsbVzvBxZvJc]]></CardId>
<UserCardCode><![CDATA[297466945104]]></UserCardCode>
<IsReturnBack>0</IsReturnBack>
<FriendUserName><![CDATA[obLatjlNerkb62HtSdQUx66C4NTU]]></FriendUserName>
<IsChatRoom>1</IsChatRoom>
</xml>`
	// §2.4.
	userDelCard = `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[FromUser]]></FromUserName>
<CreateTime>123456789</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[user_del_card]]></Event>
<CardId><![CDATA[cardid]]></CardId>
<UserCardCode><![CDATA[12312312]]></UserCardCode>
</xml>`
	// §2.5.
	userConsumeCard = `<xml>
<ToUserName> <![CDATA[gh_fc0a06a20993]]> </ToUserName>
<FromUserName> <![CDATA[oZI8Fj040-be6rlDohc6gkoPOQTQ]]> </FromUserName>
<CreateTime>1472549042</CreateTime>
<MsgType> <![CDATA[event]]> </MsgType>
<Event> <![CDATA[user_consume_card]]> </Event>
<CardId> <![CDATA[pZI8Fj8y-E8hpvho2d1ZvpGwQBvA]]> </CardId>
<UserCardCode> <![CDATA[452998530302]]> </UserCardCode>
<ConsumeSource> <![CDATA[FROM_API]]> </ConsumeSource>
<LocationName> <![CDATA[]]> </LocationName>
<StaffOpenId> <![CDATA[oZ********nJ3bPJu_Rtjkw4c]]> </StaffOpenId>
<VerifyCode> <![CDATA[]]> </VerifyCode>
<RemarkAmount> <![CDATA[]]> </RemarkAmount>
<OuterStr> <![CDATA[xxxxx]]> </OuterStr>
</xml>`
	// §2.6: Fee and OriginalFee in CDATA, the latter with a space after it.
	userPayFromPayCell = `<xml>
<ToUserName><![CDATA[gh_e2243xxxxxxx]]></ToUserName>
<FromUserName><![CDATA[oo2VNuOUuZGMxxxxxxxx]]></FromUserName>
<CreateTime>1442390947</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[user_pay_from_pay_cell]]></Event>
<CardId><![CDATA[po2VNuCuRo-8sxxxxxxxxxxx]]></CardId>
<UserCardCode><![CDATA[38050000000]]></UserCardCode>
<TransId><![CDATA[10022403432015000000000]]></TransId>
<LocationId>291710000</LocationId>
<Fee><![CDATA[10000]]></Fee>
<OriginalFee><![CDATA[10000]]> </OriginalFee>
</xml>`
	// §2.7.
	userViewCard = `<xml>
<ToUserName> <![CDATA[gh_fcxxxx6a20993]]> </ToUserName>
<FromUserName> <![CDATA[oZI8Fj040-xxxxx6gkoPOQTQ]]> </FromUserName>
<CreateTime>1467811138</CreateTime>
<MsgType> <![CDATA[event]]> </MsgType>
<Event> <![CDATA[user_view_card]]> </Event>
<CardId> <![CDATA[pZI8Fj2ezBbxxxxxT2UbiiWLb7Bg]]> </CardId>
<UserCardCode> <![CDATA[4xxxxxxxx8558]]> </UserCardCode>
<OuterStr> <![CDATA[12b]]> </OuterStr>
</xml>`
	// §2.8.
	userEnterSessionFromCard = `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[FromUser]]></FromUserName>
<CreateTime>123456789</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[user_enter_session_from_card]]></Event>
<CardId><![CDATA[cardid]]></CardId>
<UserCardCode><![CDATA[12312312]]></UserCardCode>
</xml>`
	// §2.9, ModifyBalance made negative (a payment: the sign is unconfirmed, so
	// it is read signed).
	updateMemberCard = `<xml>
<ToUserName><![CDATA[gh_9e1765b5568e]]></ToUserName>
<FromUserName><![CDATA[ojZ8YtyVyr30HheH3CM73y7h4jJE]]></FromUserName>
<CreateTime>1445507140</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[update_member_card]]></Event>
<CardId><![CDATA[pjZ8Ytx-nwvpCRyQneH3Ncmh6N94]]></CardId>
<UserCardCode><![CDATA[485027611252]]></UserCardCode>
<ModifyBonus>3</ModifyBonus>
<ModifyBalance>-150</ModifyBalance>
</xml>`
	// §2.10.
	cardSkuRemind = `<xml>
<ToUserName><![CDATA[gh_2d62d*****0]]></ToUserName>
<FromUserName><![CDATA[oa3LFuBvWb7*********]]></FromUserName>
<CreateTime>1443838506</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[card_sku_remind]]></Event>
<CardId><![CDATA[pa3LFuAh2P65**********]]></CardId>
<Detail><![CDATA[the card's quantity is equal to 0]]></Detail>
</xml>`
	// §2.11: the counts are CDATA numbers.
	cardPayOrder = `<xml>
<ToUserName><![CDATA[gh_7223c83d4be5]]></ToUserName>
<FromUserName><![CDATA[ob5E7s-HoN9tslQY3-0I4qmgluHk]]></FromUserName>
<CreateTime>1453295737</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[card_pay_order]]></Event>
<OrderId><![CDATA[404091456]]></OrderId>
<Status><![CDATA[ORDER_STATUS_FINANCE_SUCC]]></Status>
<CreateOrderTime>1453295737</CreateOrderTime>
<PayFinishTime>0</PayFinishTime>
<Desc><![CDATA[]]></Desc>
<FreeCoinCount><![CDATA[200]]></FreeCoinCount>
<PayCoinCount><![CDATA[0]]></PayCoinCount>
<RefundFreeCoinCount><![CDATA[0]]></RefundFreeCoinCount>
<RefundPayCoinCount><![CDATA[0]]></RefundPayCoinCount>
<OrderType><![CDATA[ORDER_TYPE_SYS_ADD]]></OrderType>
<Memo><![CDATA[开通账户奖励]]></Memo>
<ReceiptInfo><![CDATA[]]></ReceiptInfo>
</xml>`
	// §2.12.
	submitMembercardUserInfo = `<xml>
<ToUserName> <![CDATA[gh_3fcea188bf78]]></ToUserName>
<FromUserName><![CDATA[obLatjlaNQKb8FqOvt1M1x1lIBFE]]></FromUserName>
<CreateTime>1432668700</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[submit_membercard_user_info]]></Event>
<CardId><![CDATA[pbLatjtZ7v1BG_ZnTjbW85GYc_E8]]></CardId>
<UserCardCode><![CDATA[018255396048]]></UserCardCode>
</xml>`

	// WeChat's 连网成功事件推送 sample as published
	// (developers.weixin.qq.com/doc/service/en/WiFi_via_WeChat/Sending_messages_after_connection.html):
	// ShopId, and its values written "![CDATA[…]]" without the "<", so text as is.
	wifiConnectedShopID = `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[FromUser]]></FromUserName>
<CreateTime>123456789</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[WifiConnected]]></Event>
<ConnectTime>0</ConnectTime>
<ExpireTime>0</ExpireTime>
<VendorId>![CDATA[3001224419]]</VendorId>
<ShopId>![CDATA[PlaceId]]</ShopId>
<DeviceNo>![CDATA[DeviceNo]]</DeviceNo>
</xml>`
	// wechatpy tests/test_events.py (test_wifi_connected_event): PlaceId, with a
	// ConnectTime put in.
	wifiConnectedPlaceID = `
        <xml>
        <ToUserName><![CDATA[toUser]]></ToUserName>
        <FromUserName><![CDATA[FromUser]]></FromUserName>
        <CreateTime>123456789</CreateTime>
        <MsgType><![CDATA[event]]></MsgType>
        <Event><![CDATA[WifiConnected]]></Event>
        <ConnectTime>1442401156</ConnectTime>
        <ExpireTime>0</ExpireTime>
        <VendorId><![CDATA[3001224419]]></VendorId>
        <PlaceId><![CDATA[1234]]></PlaceId>
        <DeviceNo><![CDATA[00:1f:7a:ad:5c:a8]]></DeviceNo>
        </xml>`

	// The four store audit pushes of seed 004, as internal/service/store's tests
	// hold them.
	seedApplyMerchantEvent = `<xml>
<ToUserName><![CDATA[gh_4346ac1514d8]]></ToUserName>
<FromUserName><![CDATA[od1P50M-fNQI5Gcq-trm4a7apsU8]]></FromUserName>
<CreateTime>1488856741</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[apply_merchant_audit_info]]></Event>
<audit_id>11111</audit_id>
<status>3</status>
<reason><![CDATA[xxx]]></reason>
</xml>`
	seedCreateMapPoiEvent = `<xml>
<ToUserName><![CDATA[gh_4346ac1514d8]]></ToUserName>
<FromUserName><![CDATA[od1P50M-fNQI5Gcq-trm4a7apsU8]]></FromUserName>
<CreateTime>1488856741</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[create_map_poi_audit_info]]></Event>
<audit_id>11111</audit_id>
<status>1</status>
<map_poi_id><![CDATA[xxx]]></map_poi_id>
<name><![CDATA[xxx]]></name>
<address><![CDATA[xxx]]></address>
<latitude><![CDATA[xxx]]></latitude>
<longitude><![CDATA[xxx]]></longitude>
<sh_remark><![CDATA[xxx]]></sh_remark>
</xml>`
	seedAddStoreEvent = `<xml>
<ToUserName><![CDATA[gh_4346ac1514d8]]></ToUserName>
<FromUserName><![CDATA[od1P50M-fNQI5Gcq-trm4a7apsU8]]></FromUserName>
<CreateTime>1488856741</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[add_store_audit_info]]></Event>
<audit_id>11111</audit_id>
<status>3</status>
<reason><![CDATA[xxx]]></reason>
<is_upgrade>3</is_upgrade>
<poiid>12344</poiid>
</xml>`
	seedModifyStoreEvent = `<xml>
<ToUserName><![CDATA[gh_4346ac1514d8]]></ToUserName>
<FromUserName><![CDATA[od1P50M-fNQI5Gcq-trm4a7apsU8]]></FromUserName>
<CreateTime>1488856741</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[modify_store_audit_info]]></Event>
<audit_id>11111</audit_id>
<status>3</status>
<reason><![CDATA[xxx]]></reason>
</xml>`

	// The plaintext of Tencent's WXBizMsgCrypt Python sample (research §3.6 V4): a
	// text message.
	textMessage = "<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>\n<FromUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></FromUserName>\n<CreateTime>1409735668</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[abcdteT]]></Content>\n<MsgId>6054768590064713728</MsgId>\n</xml>"

	// wechatpy tests/test_events.py (test_scan_code_push_event): a menu event
	// with a nested element.
	scanCodePush = `<xml>
        <ToUserName><![CDATA[gh_e136c6e50636]]></ToUserName>
        <FromUserName><![CDATA[oMgHVjngRipVsoxg6TuX3vz6glDg]]></FromUserName>
        <CreateTime>1408090502</CreateTime>
        <MsgType><![CDATA[event]]></MsgType>
        <Event><![CDATA[scancode_push]]></Event>
        <EventKey><![CDATA[6]]></EventKey>
        <ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType>
        <ScanResult><![CDATA[1]]></ScanResult>
        </ScanCodeInfo>
        </xml>`
)

var received = time.Date(2026, 12, 2, 8, 0, 0, 0, time.UTC)

func decode(t testing.TB, account, xml string) *eventsv1.Event {
	t.Helper()
	ev, err := events.Decode(account, []byte(xml), received)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	return ev
}

func ts(sec int64) *timestamppb.Timestamp { return timestamppb.New(time.Unix(sec, 0)) }

// replace replaces old by new in s, once, failing the test if s has no old.
func replace(t testing.TB, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("no %q in the sample", old)
	}
	return strings.Replace(s, old, new, 1)
}

func TestDecodePayload(t *testing.T) {
	for _, tt := range []struct {
		name, xml string
		want      *eventsv1.Event // its payload only
	}{
		{"card_pass_check", cardPassCheck, &eventsv1.Event{Payload: &eventsv1.Event_CardPassCheck{CardPassCheck: &eventsv1.CardPassCheckEvent{
			CardId: "cardid",
		}}}},
		{"card_not_pass_check", cardNotPassCheck, &eventsv1.Event{Payload: &eventsv1.Event_CardNotPassCheck{CardNotPassCheck: &eventsv1.CardNotPassCheckEvent{
			CardId: "cardid", RefuseReason: "非法代制",
		}}}},
		{"user_get_card", userGetCard, &eventsv1.Event{Payload: &eventsv1.Event_UserGetCard{UserGetCard: &eventsv1.UserGetCardEvent{
			CardId: "pZI8Fjwsy5fVPRBeD78J4RmqVvBc", UserCardCode: "226009850808", OuterStr: "12b",
		}}}},
		{"user_get_card from a friend", userGetCardGift, &eventsv1.Event{Payload: &eventsv1.Event_UserGetCard{UserGetCard: &eventsv1.UserGetCardEvent{
			CardId: "pZI8Fjwsy5fVPRBeD78J4RmqVvBc", UserCardCode: "226009850809", IsGiveByFriend: true,
			FriendUserName: "oZI8Fj0friend6rlDohc6gkoPOQ", OuterId: 12, OldUserCardCode: "226009850808", OuterStr: "12b",
			IsRestoreMemberCard: true, IsRecommendByFriend: true, UnionId: "o6_bmasdasdsad6_2sgVt7hMZOPfL",
		}}}},
		{"user_gifting_card", userGiftingCard, &eventsv1.Event{Payload: &eventsv1.Event_UserGiftingCard{UserGiftingCard: &eventsv1.UserGiftingCardEvent{
			CardId: "pbLatjhU-3pik3d4PsbVzvBxZvJc", UserCardCode: "297466945104",
			FriendUserName: "obLatjlNerkb62HtSdQUx66C4NTU", IsChatRoom: true,
		}}}},
		{"user_del_card", userDelCard, &eventsv1.Event{Payload: &eventsv1.Event_UserDelCard{UserDelCard: &eventsv1.UserDelCardEvent{
			CardId: "cardid", UserCardCode: "12312312",
		}}}},
		{"user_consume_card", userConsumeCard, &eventsv1.Event{Payload: &eventsv1.Event_UserConsumeCard{UserConsumeCard: &eventsv1.UserConsumeCardEvent{
			CardId: "pZI8Fj8y-E8hpvho2d1ZvpGwQBvA", UserCardCode: "452998530302", ConsumeSource: "FROM_API",
			StaffOpenId: "oZ********nJ3bPJu_Rtjkw4c", OuterStr: "xxxxx",
		}}}},
		{"user_pay_from_pay_cell", userPayFromPayCell, &eventsv1.Event{Payload: &eventsv1.Event_UserPayFromPayCell{UserPayFromPayCell: &eventsv1.UserPayFromPayCellEvent{
			CardId: "po2VNuCuRo-8sxxxxxxxxxxx", UserCardCode: "38050000000", TransId: "10022403432015000000000",
			LocationId: 291710000, Fee: 10000, OriginalFee: 10000,
		}}}},
		{"user_view_card", userViewCard, &eventsv1.Event{Payload: &eventsv1.Event_UserViewCard{UserViewCard: &eventsv1.UserViewCardEvent{
			CardId: "pZI8Fj2ezBbxxxxxT2UbiiWLb7Bg", UserCardCode: "4xxxxxxxx8558", OuterStr: "12b",
		}}}},
		{"user_enter_session_from_card", userEnterSessionFromCard, &eventsv1.Event{Payload: &eventsv1.Event_UserEnterSessionFromCard{UserEnterSessionFromCard: &eventsv1.UserEnterSessionFromCardEvent{
			CardId: "cardid", UserCardCode: "12312312",
		}}}},
		{"update_member_card", updateMemberCard, &eventsv1.Event{Payload: &eventsv1.Event_UpdateMemberCard{UpdateMemberCard: &eventsv1.UpdateMemberCardEvent{
			CardId: "pjZ8Ytx-nwvpCRyQneH3Ncmh6N94", UserCardCode: "485027611252", ModifyBonus: 3, ModifyBalance: -150,
		}}}},
		{"card_sku_remind", cardSkuRemind, &eventsv1.Event{Payload: &eventsv1.Event_CardSkuRemind{CardSkuRemind: &eventsv1.CardSkuRemindEvent{
			CardId: "pa3LFuAh2P65**********", Detail: "the card's quantity is equal to 0",
		}}}},
		{"card_pay_order", cardPayOrder, &eventsv1.Event{Payload: &eventsv1.Event_CardPayOrder{CardPayOrder: &eventsv1.CardPayOrderEvent{
			OrderId: "404091456", Status: "ORDER_STATUS_FINANCE_SUCC", CreateOrderTime: ts(1453295737),
			FreeCoinCount: 200, OrderType: "ORDER_TYPE_SYS_ADD", Memo: "开通账户奖励",
		}}}},
		{"submit_membercard_user_info", submitMembercardUserInfo, &eventsv1.Event{Payload: &eventsv1.Event_SubmitMembercardUserInfo{SubmitMembercardUserInfo: &eventsv1.SubmitMembercardUserInfoEvent{
			CardId: "pbLatjtZ7v1BG_ZnTjbW85GYc_E8", UserCardCode: "018255396048",
		}}}},

		{"WifiConnected with ShopId", wifiConnectedShopID, &eventsv1.Event{Payload: &eventsv1.Event_WifiConnected{WifiConnected: &eventsv1.WifiConnectedEvent{
			VendorId: "![CDATA[3001224419]]", ShopId: "![CDATA[PlaceId]]", DeviceNo: "![CDATA[DeviceNo]]",
		}}}},
		{"WifiConnected with PlaceId", wifiConnectedPlaceID, &eventsv1.Event{Payload: &eventsv1.Event_WifiConnected{WifiConnected: &eventsv1.WifiConnectedEvent{
			ConnectTime: ts(1442401156), VendorId: "3001224419", ShopId: "1234", DeviceNo: "00:1f:7a:ad:5c:a8",
		}}}},

		{"apply_merchant_audit_info", seedApplyMerchantEvent, &eventsv1.Event{Payload: &eventsv1.Event_ApplyMerchantAudit{ApplyMerchantAudit: &storev1.ApplyMerchantAuditEvent{
			AuditId: 11111, Status: storev1.MerchantAuditStatus_MERCHANT_AUDIT_STATUS_REJECTED, Reason: "xxx",
		}}}},
		{"create_map_poi_audit_info", seedCreateMapPoiEvent, &eventsv1.Event{Payload: &eventsv1.Event_CreateMapPoiAudit{CreateMapPoiAudit: &storev1.CreateMapPoiAuditEvent{
			AuditId: 11111, Status: storev1.MapPoiAuditStatus_MAP_POI_AUDIT_STATUS_REJECTED, MapPoiId: "xxx",
			Name: "xxx", Address: "xxx", Latitude: "xxx", Longitude: "xxx", ShRemark: "xxx",
		}}}},
		{"add_store_audit_info", seedAddStoreEvent, &eventsv1.Event{Payload: &eventsv1.Event_AddStoreAudit{AddStoreAudit: &storev1.AddStoreAuditEvent{
			AuditId: 11111, Status: storev1.StoreStatus_STORE_STATUS_REJECTED, Reason: "xxx",
			IsUpgrade: storev1.AddStoreKind_ADD_STORE_KIND_UNSPECIFIED, // the seed's 3 is none of 0 and 1
			Poiid:     12344,
		}}}},
		{"modify_store_audit_info", seedModifyStoreEvent, &eventsv1.Event{Payload: &eventsv1.Event_ModifyStoreAudit{ModifyStoreAudit: &storev1.ModifyStoreAuditEvent{
			AuditId: 11111, Status: storev1.StoreStatus_STORE_STATUS_REJECTED, Reason: "xxx",
		}}}},

		// Leniency.
		{"Event in another case", replace(t, userDelCard, "user_del_card", "User_Del_Card"), &eventsv1.Event{Payload: &eventsv1.Event_UserDelCard{UserDelCard: &eventsv1.UserDelCardEvent{
			CardId: "cardid", UserCardCode: "12312312",
		}}}},
		{"WifiConnected in lower case", replace(t, wifiConnectedPlaceID, "WifiConnected", "wificonnected"), &eventsv1.Event{Payload: &eventsv1.Event_WifiConnected{WifiConnected: &eventsv1.WifiConnectedEvent{
			ConnectTime: ts(1442401156), VendorId: "3001224419", ShopId: "1234", DeviceNo: "00:1f:7a:ad:5c:a8",
		}}}},
		{"numbers not numbers are 0", replace(t, replace(t, userPayFromPayCell, "<Fee><![CDATA[10000]]>", "<Fee>100.00"), "<LocationId>291710000", "<LocationId>"), &eventsv1.Event{Payload: &eventsv1.Event_UserPayFromPayCell{UserPayFromPayCell: &eventsv1.UserPayFromPayCellEvent{
			CardId: "po2VNuCuRo-8sxxxxxxxxxxx", UserCardCode: "38050000000", TransId: "10022403432015000000000", OriginalFee: 10000,
		}}}},
		{"a store audit_id not a number", replace(t, seedModifyStoreEvent, "<audit_id>11111", "<audit_id>x"), &eventsv1.Event{Payload: &eventsv1.Event_ModifyStoreAudit{ModifyStoreAudit: &storev1.ModifyStoreAuditEvent{
			Status: storev1.StoreStatus_STORE_STATUS_REJECTED, Reason: "xxx",
		}}}},
		{"a map poi status unreadable is unspecified, not 0 (approved)", replace(t, seedCreateMapPoiEvent, "<status>1", "<status>?"), &eventsv1.Event{Payload: &eventsv1.Event_CreateMapPoiAudit{CreateMapPoiAudit: &storev1.CreateMapPoiAuditEvent{
			AuditId: 11111, MapPoiId: "xxx", Name: "xxx", Address: "xxx", Latitude: "xxx", Longitude: "xxx", ShRemark: "xxx",
		}}}},
		{"card_pay_order with a second CreateTime for CreateOrderTime", replace(t, cardPayOrder, "<CreateOrderTime>1453295737</CreateOrderTime>", "<CreateTime>1453295700</CreateTime>"), &eventsv1.Event{Payload: &eventsv1.Event_CardPayOrder{CardPayOrder: &eventsv1.CardPayOrderEvent{
			OrderId: "404091456", Status: "ORDER_STATUS_FINANCE_SUCC", CreateOrderTime: ts(1453295700),
			FreeCoinCount: 200, OrderType: "ORDER_TYPE_SYS_ADD", Memo: "开通账户奖励",
		}}}},
		{"a time beyond year 9999 is unset", replace(t, cardPayOrder, "<PayFinishTime>0", "<PayFinishTime>99999999999999"), &eventsv1.Event{Payload: &eventsv1.Event_CardPayOrder{CardPayOrder: &eventsv1.CardPayOrderEvent{
			OrderId: "404091456", Status: "ORDER_STATUS_FINANCE_SUCC", CreateOrderTime: ts(1453295737),
			FreeCoinCount: 200, OrderType: "ORDER_TYPE_SYS_ADD", Memo: "开通账户奖励",
		}}}},
		{"flags true and false", replace(t, replace(t, userGiftingCard, "<IsReturnBack>0", "<IsReturnBack>true"), "<IsChatRoom>1", "<IsChatRoom>false"), &eventsv1.Event{Payload: &eventsv1.Event_UserGiftingCard{UserGiftingCard: &eventsv1.UserGiftingCardEvent{
			CardId: "pbLatjhU-3pik3d4PsbVzvBxZvJc", UserCardCode: "297466945104",
			FriendUserName: "obLatjlNerkb62HtSdQUx66C4NTU", IsReturnBack: true,
		}}}},

		// Unknown: every element, the envelope's too.
		{"an event of no type", `<xml><ToUserName><![CDATA[gh_fc0a06a20993]]></ToUserName><FromUserName><![CDATA[oZI8Fj040-be6rlDohc6gkoPOQTQ]]></FromUserName><CreateTime>1472551036</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[some_new_event]]></Event><Foo>1</Foo><Foo>2</Foo><Bar/></xml>`,
			&eventsv1.Event{Payload: &eventsv1.Event_Unknown{Unknown: &eventsv1.UnknownEvent{Fields: map[string]string{
				"ToUserName": "gh_fc0a06a20993", "FromUserName": "oZI8Fj040-be6rlDohc6gkoPOQTQ", "CreateTime": "1472551036",
				"MsgType": "event", "Event": "some_new_event", "Foo": "1", "Bar": "",
			}}}}},
		{"a text message", textMessage, &eventsv1.Event{Payload: &eventsv1.Event_Unknown{Unknown: &eventsv1.UnknownEvent{Fields: map[string]string{
			"ToUserName": "gh_10f6c3c3ac5a", "FromUserName": "oyORnuP8q7ou2gfYjqLzSIWZf0rs", "CreateTime": "1409735668",
			"MsgType": "text", "Content": "abcdteT", "MsgId": "6054768590064713728",
		}}}}},
		{"a menu event with nested elements", scanCodePush, &eventsv1.Event{Payload: &eventsv1.Event_Unknown{Unknown: &eventsv1.UnknownEvent{Fields: map[string]string{
			"ToUserName": "gh_e136c6e50636", "FromUserName": "oMgHVjngRipVsoxg6TuX3vz6glDg", "CreateTime": "1408090502",
			"MsgType": "event", "Event": "scancode_push", "EventKey": "6",
			"ScanCodeInfo": "", "ScanCodeInfo.ScanType": "qrcode", "ScanCodeInfo.ScanResult": "1",
		}}}}},
		{"a card event name as a text message's is no card event", replace(t, userDelCard, "<![CDATA[event]]>", "text"), &eventsv1.Event{Payload: &eventsv1.Event_Unknown{Unknown: &eventsv1.UnknownEvent{Fields: map[string]string{
			"ToUserName": "toUser", "FromUserName": "FromUser", "CreateTime": "123456789",
			"MsgType": "text", "Event": "user_del_card", "CardId": "cardid", "UserCardCode": "12312312",
		}}}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ev := decode(t, "main", tt.xml)
			if diff := cmp.Diff(tt.want, &eventsv1.Event{Payload: ev.Payload}, protocmp.Transform()); diff != "" {
				t.Errorf("payload (-want +got):\n%s", diff)
			}
		})
	}
}

var idPattern = regexp.MustCompile(`^[0-9a-f]{32}$`)

func TestDecodeEnvelope(t *testing.T) {
	for _, tt := range []struct {
		name, xml string
		want      *eventsv1.Event // without id
	}{
		{"a document sample with spaces around its text", userGetCard, &eventsv1.Event{
			Account: "main", ToUserName: "gh_fc0a06a20993", FromUserName: "oZI8Fj040-be6rlDohc6gkoPOQTQ",
			CreateTime: ts(1472551036), MsgType: "event", Event: "user_get_card", ReceiveTime: timestamppb.New(received),
		}},
		{"Event's case as sent", replace(t, wifiConnectedPlaceID, "WifiConnected", "WIFICONNECTED"), &eventsv1.Event{
			Account: "main", ToUserName: "toUser", FromUserName: "FromUser",
			CreateTime: ts(123456789), MsgType: "event", Event: "WIFICONNECTED", ReceiveTime: timestamppb.New(received),
		}},
		{"CreateTime unreadable", replace(t, cardPassCheck, "<CreateTime>123456789", "<CreateTime>soon"), &eventsv1.Event{
			Account: "main", ToUserName: "toUser", FromUserName: "FromUser",
			MsgType: "event", Event: "card_pass_check", ReceiveTime: timestamppb.New(received),
		}},
		{"CreateTime in CDATA", replace(t, cardPassCheck, "<CreateTime>123456789", "<CreateTime><![CDATA[123456789]]>"), &eventsv1.Event{
			Account: "main", ToUserName: "toUser", FromUserName: "FromUser",
			CreateTime: ts(123456789), MsgType: "event", Event: "card_pass_check", ReceiveTime: timestamppb.New(received),
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ev := decode(t, "main", tt.xml)
			if !idPattern.MatchString(ev.GetId()) {
				t.Errorf("id %q, want 32 hex digits", ev.GetId())
			}
			if ev.GetXml() != tt.xml {
				t.Errorf("xml %q, want the push as sent", ev.GetXml())
			}
			got := proto.CloneOf(ev)
			got.Id, got.Xml, got.Payload = "", "", nil
			if diff := cmp.Diff(tt.want, got, protocmp.Transform()); diff != "" {
				t.Errorf("envelope (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDecodeID(t *testing.T) {
	// Reindented: the same elements and text, in other white space, with the
	// CDATA dropped where the text needs none.
	reindented := "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml><ToUserName>gh_fc0a06a20993</ToUserName>\r\n\t<FromUserName>oZI8Fj040-be6rlDohc6gkoPOQTQ</FromUserName><CreateTime> 1472551036 </CreateTime><MsgType>event</MsgType><Event>user_get_card</Event><CardId>pZI8Fjwsy5fVPRBeD78J4RmqVvBc</CardId><IsGiveByFriend>0</IsGiveByFriend><UserCardCode>226009850808</UserCardCode><FriendUserName/><OuterId>0</OuterId><OldUserCardCode></OldUserCardCode><OuterStr>12b</OuterStr><IsRestoreMemberCard>0</IsRestoreMemberCard><IsRecommendByFriend>0</IsRecommendByFriend></xml>\n"
	// The collisions of FromUserName+CreateTime (research §2.4).
	location := `<xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[fromUser]]></FromUserName><CreateTime>123456789</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[LOCATION]]></Event><Latitude>23.137466</Latitude><Longitude>113.352425</Longitude><Precision>119.385040</Precision></xml>`
	mediaCheck := `<xml><ToUserName><![CDATA[gh_38cc49f9733b]]></ToUserName><FromUserName><![CDATA[oH1fu0FdHqpToe2T6gBj0WyB8iS1]]></FromUserName><CreateTime>1593312726</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[wxa_media_check]]></Event><isrisky>0</isrisky><extra_info_json><![CDATA[]]></extra_info_json><appid>wx8f16a5e6dcd95aa6</appid><trace_id>5ef7e98f-0ecc1dd0-26dd4d96</trace_id><status_code>0</status_code></xml>`
	// wechatpy tests/test_events.py (test_template_send_job_finish_event).
	templateSent := `<xml><ToUserName><![CDATA[touser]]></ToUserName><FromUserName><![CDATA[fromuser]]></FromUserName><CreateTime>1395658920</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event><MsgID>200163836</MsgID><Status><![CDATA[success]]></Status></xml>`
	for _, tt := range []struct {
		name                     string
		accountA, a, accountB, b string
		same                     bool
	}{
		{"the same push again", "main", userGetCard, "main", userGetCard, true},
		{"in other white space and indentation", "main", userGetCard, "main", reindented, true},
		{"elements in another order", "main", userDelCard, "main", replace(t, replace(t, userDelCard, "<CardId><![CDATA[cardid]]></CardId>\n", ""), "</xml>", "<CardId>cardid</CardId></xml>"), true},
		{"another account", "main", userGetCard, "other", userGetCard, false},
		{"a batch of cards: one CreateTime, another UserCardCode", "main", userGetCard, "main", replace(t, userGetCard, "226009850808", "226009850809"), false},
		{"LOCATION: one CreateTime, another place", "main", location, "main", replace(t, location, "23.137466", "23.137470"), false},
		{"wxa_media_check: another trace_id only", "main", mediaCheck, "main", replace(t, mediaCheck, "26dd4d96", "26dd4d97"), false},
		{"TEMPLATESENDJOBFINISH: another MsgID", "main", templateSent, "main", replace(t, templateSent, "200163836", "200163837"), false},
		{"text moved from one element to the next", "main", `<xml><MsgType>text</MsgType><A>ab</A><B>c</B></xml>`, "main", `<xml><MsgType>text</MsgType><A>a</A><B>bc</B></xml>`, false},
		{"a repeated name in another order", "main", `<xml><MsgType>text</MsgType><A>1</A><A>2</A></xml>`, "main", `<xml><MsgType>text</MsgType><A>2</A><A>1</A></xml>`, false},
		{"an empty element more", "main", cardPassCheck, "main", replace(t, cardPassCheck, "</xml>", "<Extra/></xml>"), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, b := decode(t, tt.accountA, tt.a).GetId(), decode(t, tt.accountB, tt.b).GetId()
			if (a == b) != tt.same {
				t.Errorf("ids %s and %s: same %v, want %v", a, b, a == b, tt.same)
			}
		})
	}
}

func TestID(t *testing.T) {
	for _, tt := range []struct {
		name string
		a, b []events.Field
	}{
		{"name and text split elsewhere", []events.Field{{Name: "ab", Text: "c"}}, []events.Field{{Name: "a", Text: "bc"}}},
		{"text and the next name", []events.Field{{Name: "a", Text: "b"}, {Name: "c", Text: ""}}, []events.Field{{Name: "a", Text: ""}, {Name: "bc", Text: ""}}},
		{"an empty field more", []events.Field{{Name: "a", Text: "b"}}, []events.Field{{Name: "a", Text: "b"}, {Name: "", Text: ""}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if a, b := events.ID("main", tt.a), events.ID("main", tt.b); a == b {
				t.Errorf("ID(%v) = ID(%v) = %s", tt.a, tt.b, a)
			}
		})
	}
	if events.ID("ma", []events.Field{{Name: "in", Text: "x"}}) == events.ID("", []events.Field{{Name: "main", Text: "x"}}) {
		t.Error("the account runs into the first name")
	}
	fields := []events.Field{{Name: "B", Text: "1"}, {Name: "A", Text: "2"}, {Name: "B", Text: "3"}}
	id := events.ID("main", fields)
	if !idPattern.MatchString(id) {
		t.Errorf("ID = %q, want 32 hex digits", id)
	}
	if fields[0].Name != "B" || fields[1].Name != "A" {
		t.Errorf("ID reordered its argument: %v", fields)
	}
}

func TestDecodeRefuses(t *testing.T) {
	for _, tt := range []struct{ name, xml string }{
		{"empty", ""},
		{"white space", " \n\t"},
		{"not XML", `{"MsgType":"event"}`},
		{"a DOCTYPE", `<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY x "y">]><xml><MsgType>event</MsgType><Event>&x;</Event></xml>`},
		{"a DOCTYPE without entities", `<!DOCTYPE xml><xml><MsgType>event</MsgType></xml>`},
		{"an undeclared entity", `<xml><MsgType>event</MsgType><Event>&x;</Event></xml>`},
		{"another root", `<event><MsgType>event</MsgType><Event>user_del_card</Event></event>`},
		{"a root with a prefix", `<a:xml xmlns:a="urn:a"><MsgType>event</MsgType></a:xml>`},
		{"a second root", `<xml><MsgType>event</MsgType></xml><xml><MsgType>event</MsgType></xml>`},
		{"garbage after </xml>", cardPassCheck + "garbage"},
		{"an element after </xml>", cardPassCheck + "<x/>"},
		{"text before <xml>", "x" + cardPassCheck},
		{"text between the elements", `<xml><MsgType>event</MsgType> //不通过为card_not_pass_check <Event>card_pass_check</Event></xml>`},
		{"truncated", cardPassCheck[:len(cardPassCheck)-3]},
		{"no </xml>", strings.TrimSuffix(cardPassCheck, "</xml>")},
		{"mismatched end tag", `<xml><MsgType>event</Event></xml>`},
		{"nested too deep", `<xml><MsgType>event</MsgType>` + strings.Repeat("<a>", 9) + strings.Repeat("</a>", 9) + `</xml>`},
		{"too many elements", `<xml><MsgType>event</MsgType>` + strings.Repeat("<a>1</a>", 1000) + `</xml>`},
		{"no MsgType", `<xml><Event>card_pass_check</Event><CardId>cardid</CardId></xml>`},
		{"an empty MsgType", `<xml><MsgType><![CDATA[ ]]></MsgType><Event>card_pass_check</Event></xml>`},
		{"MsgType only nested", `<xml><a><MsgType>event</MsgType></a></xml>`},
		{"not UTF-8 in a comment", "<xml><!-- \xff --><MsgType>event</MsgType></xml>"},
		{"another encoding declared", `<?xml version="1.0" encoding="GBK"?><xml><MsgType>event</MsgType></xml>`},
		{"over 1 MiB", `<xml><MsgType>text</MsgType><Content>` + strings.Repeat("x", 1<<20) + `</Content></xml>`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if ev, err := events.Decode("main", []byte(tt.xml), received); err == nil {
				t.Errorf("Decode = %v, want an error", ev)
			}
		})
	}
}

func TestDecodeBounds(t *testing.T) {
	// Just within the bounds: 8 levels below <xml>, 1000 elements.
	deep := `<xml><MsgType>event</MsgType>` + strings.Repeat("<a>", 8) + "x" + strings.Repeat("</a>", 8) + `</xml>`
	ev := decode(t, "main", deep)
	if got := ev.GetUnknown().GetFields()["a.a.a.a.a.a.a.a"]; got != "x" {
		t.Errorf("the deepest field is %q, want x", got)
	}
	decode(t, "main", `<xml><MsgType>event</MsgType>`+strings.Repeat("<a>1</a>", 999)+`</xml>`)
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		cardPassCheck, cardNotPassCheck, userGetCard, userGetCardGift, userGiftingCard, userDelCard, userConsumeCard,
		userPayFromPayCell, userViewCard, userEnterSessionFromCard, updateMemberCard, cardSkuRemind, cardPayOrder,
		submitMembercardUserInfo, wifiConnectedShopID, wifiConnectedPlaceID, seedApplyMerchantEvent,
		seedCreateMapPoiEvent, seedAddStoreEvent, seedModifyStoreEvent, textMessage, scanCodePush,
		`<!DOCTYPE xml><xml/>`, `<xml><a><b><c/></b></a></xml>`, "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ev, err := events.Decode("main", []byte(s), received)
		if err != nil {
			return
		}
		if ev.GetXml() != s {
			t.Fatalf("xml %q, want the input", ev.GetXml())
		}
		if !idPattern.MatchString(ev.GetId()) {
			t.Fatalf("id %q", ev.GetId())
		}
		if ev.GetMsgType() == "" || ev.GetPayload() == nil {
			t.Fatalf("decoded without MsgType or payload: %v", ev)
		}
		// Whatever decodes can be stored and answered over REST.
		if _, err := proto.Marshal(ev); err != nil {
			t.Fatalf("proto.Marshal: %v", err)
		}
		if _, err := protojson.Marshal(ev); err != nil {
			t.Fatalf("protojson.Marshal: %v", err)
		}
		if again, _ := events.Decode("main", []byte(s), received); again.GetId() != ev.GetId() {
			t.Fatalf("ids %s then %s", ev.GetId(), again.GetId())
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	raw := []byte(userGetCard)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := events.Decode("main", raw, received); err != nil {
			b.Fatal(err)
		}
	}
}
