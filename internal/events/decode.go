package events

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"google.golang.org/protobuf/types/known/timestamppb"

	eventsv1 "github.com/wxgate/wxgate/gen/go/wxgate/events/v1"
	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	"github.com/wxgate/wxgate/internal/service/store"
)

// The bounds of a push Decode reads. WeChat's pushes are a few hundred bytes of
// flat elements; the menu events nest two or three levels (SendPicsInfo > PicList >
// item > PicMd5Sum). The size is above any body the receiver accepts, so that it is
// the receiver's limit that answers first.
const (
	maxPushSize     = 1 << 20
	maxPushElements = 1000
	maxPushDepth    = 8 // levels below <xml>
)

// Field is one element of a push: its name, a nested element's under its
// parents' (ScanCodeInfo.ScanType), and its text with the XML white space around
// it trimmed and CDATA unwrapped. An element holding others has its own text, which
// is "" in every push WeChat documents.
type Field struct {
	Name, Text string
}

// Decode decodes one decrypted push (the plaintext XML WeChat sends, an <xml> root
// with flat child elements) into an Event of account, received at received: the
// envelope, the XML byte for byte, the typed payload by Event name, and the stable
// id (ID). A push that is not such XML, or has no MsgType, is an error: one the
// receiver answers 400. Numbers in the push are read leniently (one WeChat sends
// that cannot be read is 0 in the payload, and as sent in the XML), so that no field
// makes a push undeliverable.
func Decode(account string, raw []byte, received time.Time) (*eventsv1.Event, error) {
	fields, err := parsePush(raw)
	if err != nil {
		return nil, err
	}
	p := pushFields(fields)
	msgType := p.str("MsgType")
	if msgType == "" {
		return nil, errors.New("events: push without MsgType")
	}
	ev := &eventsv1.Event{
		Id:           ID(account, fields),
		Account:      account,
		ToUserName:   p.str("ToUserName"),
		FromUserName: p.str("FromUserName"),
		CreateTime:   p.timestamp("CreateTime"), // unset if unreadable: still delivered
		MsgType:      msgType,
		Event:        p.str("Event"),
		ReceiveTime:  timestamppb.New(received),
		Xml:          string(raw),
	}
	setPayload(ev, p)
	return ev, nil
}

// ID is the stable id of a push of account with fields: 32 lowercase hex digits,
// the first 16 bytes of SHA-256 over the account and every field (name and text),
// in a canonical order (by name, then by position for repeated names), each string
// length-prefixed so that ("ab","c") and ("a","bc") differ. WeChat's retries of a
// push are the same push, so they have the same id, whatever their white space;
// while the pushes the official FromUserName+CreateTime rule confuses (§2.4 of the
// research: several user_get_card of one CreateTime with other UserCardCodes,
// LOCATION every 5 s, pushes differing only in trace_id, TEMPLATESENDJOBFINISH's
// MsgID) differ in some field, so in id. Attributes are not fields: WeChat sends
// none.
func ID(account string, fields []Field) string {
	sorted := slices.Clone(fields)
	slices.SortStableFunc(sorted, func(a, b Field) int { return strings.Compare(a.Name, b.Name) })
	n := binary.MaxVarintLen64 + len(account)
	for _, f := range sorted {
		n += 2*binary.MaxVarintLen64 + len(f.Name) + len(f.Text)
	}
	buf := appendPrefixed(make([]byte, 0, n), account)
	for _, f := range sorted {
		buf = appendPrefixed(appendPrefixed(buf, f.Name), f.Text)
	}
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:16])
}

func appendPrefixed(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// parsePush reads the elements of a push in document order, token by token and as
// text: decoding into typed fields would let one unreadable number abort the whole
// push (§4.5 of the research). It refuses what no WeChat push is: a directive (a
// DOCTYPE above all), another root than <xml>, anything but white space, comments
// and processing instructions around the root's elements, elements nested deeper than
// maxPushDepth or more than maxPushElements, and text that is not UTF-8 (it could
// not be stored: proto strings are UTF-8).
func parsePush(raw []byte) ([]Field, error) {
	switch {
	case len(bytes.TrimSpace(raw)) == 0:
		return nil, errors.New("events: empty push")
	case len(raw) > maxPushSize:
		return nil, fmt.Errorf("events: push of %d bytes, over %d", len(raw), maxPushSize)
	case !utf8.Valid(raw):
		// The decoder checks text and names, but not comments.
		return nil, errors.New("events: push is not UTF-8")
	}
	// RawToken rather than Token: names as written (a prefix stays a prefix, no
	// namespace applies), and the end tags' matching is checked below. Strict (the
	// default): no entity but XML's five and character references. Without a
	// CharsetReader, a push declaring an encoding other than UTF-8 is refused.
	d := xml.NewDecoder(bytes.NewReader(raw))
	type open struct {
		raw   xml.Name // as written, to match its end tag
		field int      // its index in fields
		text  []byte
	}
	var (
		fields         []Field
		stack          []open // the elements open below the root
		inRoot, closed bool
	)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			if !closed {
				return nil, errors.New("events: push ends before </xml>")
			}
			return fields, nil
		}
		if err != nil {
			return nil, fmt.Errorf("events: push is not XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case closed:
				return nil, fmt.Errorf("events: element <%s> after </xml>", xmlName(t.Name))
			case !inRoot:
				if t.Name.Space != "" || t.Name.Local != "xml" {
					return nil, fmt.Errorf("events: root <%s>, not <xml>", xmlName(t.Name))
				}
				inRoot = true
				continue
			case len(stack) == maxPushDepth:
				return nil, fmt.Errorf("events: elements nested deeper than %d", maxPushDepth)
			case len(fields) == maxPushElements:
				return nil, fmt.Errorf("events: more than %d elements", maxPushElements)
			}
			name := xmlName(t.Name)
			if len(stack) > 0 {
				name = fields[stack[len(stack)-1].field].Name + "." + name
			}
			fields = append(fields, Field{Name: name})
			// Reuse the text buffer of the last element closed at this depth.
			if len(stack) < cap(stack) {
				stack = stack[:len(stack)+1]
				top := &stack[len(stack)-1]
				top.raw, top.field, top.text = t.Name, len(fields)-1, top.text[:0]
			} else {
				stack = append(stack, open{raw: t.Name, field: len(fields) - 1})
			}
		case xml.EndElement:
			if len(stack) == 0 {
				if !inRoot || closed || t.Name != (xml.Name{Local: "xml"}) {
					return nil, fmt.Errorf("events: unexpected </%s>", xmlName(t.Name))
				}
				closed = true
				continue
			}
			top := &stack[len(stack)-1]
			if t.Name != top.raw {
				return nil, fmt.Errorf("events: <%s> closed by </%s>", xmlName(top.raw), xmlName(t.Name))
			}
			fields[top.field].Text = trimXMLSpace(string(top.text))
			stack = stack[:len(stack)-1]
		case xml.CharData:
			switch {
			case len(stack) > 0:
				top := &stack[len(stack)-1]
				top.text = append(top.text, t...)
			case len(bytes.Trim(t, xmlSpace)) > 0:
				// Directly in <xml> (between its elements) or around it: no field
				// would keep it, so no id would tell two such pushes apart.
				return nil, errors.New("events: text outside the elements of <xml>")
			}
		case xml.Directive:
			return nil, errors.New("events: push with a directive (<!DOCTYPE …>)")
		case xml.Comment, xml.ProcInst:
			// The <?xml …?> declaration, or nothing a push means.
		}
	}
}

func xmlName(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// trimXMLSpace trims XML's white space only: a no-break or ideographic space is
// text.
func trimXMLSpace(s string) string { return strings.Trim(s, xmlSpace) }

const xmlSpace = " \t\r\n"

// pushFields are a push's fields, read by top-level name, the first of each (a
// push repeats none of the names read here).
type pushFields []Field

func (p pushFields) str(name string) string {
	s, _ := p.lookup(name, 0)
	return s
}

// lookup is the text of the nth field named name (from 0), and whether it is there.
func (p pushFields) lookup(name string, nth int) (string, bool) {
	for _, f := range p {
		if f.Name == name {
			if nth == 0 {
				return f.Text, true
			}
			nth--
		}
	}
	return "", false
}

// number is a number, or 0: empty or unreadable (12.5, a placeholder) alike.
func (p pushFields) number(name string) int64 {
	n, _ := strconv.ParseInt(p.str(name), 10, 64)
	return n
}

// optInt is a number that may be missing (nil), where 0 is a value of its own.
// An empty or unreadable one is missing too: better UNSPECIFIED than taken for 0.
func (p pushFields) optInt(name string) *int {
	n, err := strconv.Atoi(p.str(name))
	if err != nil {
		return nil
	}
	return &n
}

// flag is WeChat's 1 (or true) for yes; anything else is no.
func (p pushFields) flag(name string) bool {
	s := p.str(name)
	return s == "1" || strings.EqualFold(s, "true")
}

// timestamp is a time in Unix seconds, unset when 0, unreadable or beyond what a
// Timestamp can hold (year 9999: JSON could not write it).
func (p pushFields) timestamp(name string) *timestamppb.Timestamp {
	return unixTime(p.number(name))
}

func unixTime(sec int64) *timestamppb.Timestamp {
	const maxSeconds = 253402300799 // 9999-12-31T23:59:59Z
	if sec <= 0 || sec > maxSeconds {
		return nil
	}
	return timestamppb.New(time.Unix(sec, 0))
}

// setPayload sets ev's payload by its Event, whose case WeChat varies (SDKs match
// it case-insensitively too); any other event or message is unknown.
func setPayload(ev *eventsv1.Event, p pushFields) {
	if !strings.EqualFold(ev.MsgType, "event") {
		ev.Payload = unknownPayload(p)
		return
	}
	switch name := strings.ToLower(ev.Event); name {
	case "apply_merchant_audit_info", "create_map_poi_audit_info", "add_store_audit_info", "modify_store_audit_info":
		setStoreAudit(ev, name, p)
	case "card_pass_check":
		ev.Payload = &eventsv1.Event_CardPassCheck{CardPassCheck: &eventsv1.CardPassCheckEvent{
			CardId: p.str("CardId"),
		}}
	case "card_not_pass_check":
		ev.Payload = &eventsv1.Event_CardNotPassCheck{CardNotPassCheck: &eventsv1.CardNotPassCheckEvent{
			CardId: p.str("CardId"), RefuseReason: p.str("RefuseReason"),
		}}
	case "user_get_card":
		ev.Payload = &eventsv1.Event_UserGetCard{UserGetCard: &eventsv1.UserGetCardEvent{
			CardId:              p.str("CardId"),
			UserCardCode:        p.str("UserCardCode"),
			IsGiveByFriend:      p.flag("IsGiveByFriend"),
			FriendUserName:      p.str("FriendUserName"),
			OuterId:             p.number("OuterId"),
			OldUserCardCode:     p.str("OldUserCardCode"),
			OuterStr:            p.str("OuterStr"),
			IsRestoreMemberCard: p.flag("IsRestoreMemberCard"),
			IsRecommendByFriend: p.flag("IsRecommendByFriend"),
			UnionId:             p.str("UnionId"),
		}}
	case "user_gifting_card":
		ev.Payload = &eventsv1.Event_UserGiftingCard{UserGiftingCard: &eventsv1.UserGiftingCardEvent{
			CardId:         p.str("CardId"),
			UserCardCode:   p.str("UserCardCode"),
			FriendUserName: p.str("FriendUserName"),
			IsReturnBack:   p.flag("IsReturnBack"),
			IsChatRoom:     p.flag("IsChatRoom"),
		}}
	case "user_del_card":
		ev.Payload = &eventsv1.Event_UserDelCard{UserDelCard: &eventsv1.UserDelCardEvent{
			CardId: p.str("CardId"), UserCardCode: p.str("UserCardCode"),
		}}
	case "user_consume_card":
		ev.Payload = &eventsv1.Event_UserConsumeCard{UserConsumeCard: &eventsv1.UserConsumeCardEvent{
			CardId:        p.str("CardId"),
			UserCardCode:  p.str("UserCardCode"),
			ConsumeSource: p.str("ConsumeSource"),
			LocationName:  p.str("LocationName"),
			StaffOpenId:   p.str("StaffOpenId"),
			VerifyCode:    p.str("VerifyCode"),
			RemarkAmount:  p.str("RemarkAmount"),
			OuterStr:      p.str("OuterStr"),
		}}
	case "user_pay_from_pay_cell":
		ev.Payload = &eventsv1.Event_UserPayFromPayCell{UserPayFromPayCell: &eventsv1.UserPayFromPayCellEvent{
			CardId:       p.str("CardId"),
			UserCardCode: p.str("UserCardCode"),
			TransId:      p.str("TransId"),
			LocationId:   p.number("LocationId"),
			Fee:          p.number("Fee"),
			OriginalFee:  p.number("OriginalFee"),
		}}
	case "user_view_card":
		ev.Payload = &eventsv1.Event_UserViewCard{UserViewCard: &eventsv1.UserViewCardEvent{
			CardId: p.str("CardId"), UserCardCode: p.str("UserCardCode"), OuterStr: p.str("OuterStr"),
		}}
	case "user_enter_session_from_card":
		ev.Payload = &eventsv1.Event_UserEnterSessionFromCard{UserEnterSessionFromCard: &eventsv1.UserEnterSessionFromCardEvent{
			CardId: p.str("CardId"), UserCardCode: p.str("UserCardCode"),
		}}
	case "update_member_card":
		ev.Payload = &eventsv1.Event_UpdateMemberCard{UpdateMemberCard: &eventsv1.UpdateMemberCardEvent{
			CardId:        p.str("CardId"),
			UserCardCode:  p.str("UserCardCode"),
			ModifyBonus:   p.number("ModifyBonus"),
			ModifyBalance: p.number("ModifyBalance"),
		}}
	case "card_sku_remind":
		ev.Payload = &eventsv1.Event_CardSkuRemind{CardSkuRemind: &eventsv1.CardSkuRemindEvent{
			CardId: p.str("CardId"), Detail: p.str("Detail"),
		}}
	case "card_pay_order":
		// Some copies of the document show a second CreateTime where the others
		// have CreateOrderTime; which WeChat sends is unconfirmed, so take either.
		created, ok := p.lookup("CreateOrderTime", 0)
		if !ok {
			created, _ = p.lookup("CreateTime", 1)
		}
		n, _ := strconv.ParseInt(created, 10, 64)
		ev.Payload = &eventsv1.Event_CardPayOrder{CardPayOrder: &eventsv1.CardPayOrderEvent{
			OrderId:             p.str("OrderId"),
			Status:              p.str("Status"),
			CreateOrderTime:     unixTime(n),
			PayFinishTime:       p.timestamp("PayFinishTime"),
			Desc:                p.str("Desc"),
			FreeCoinCount:       p.number("FreeCoinCount"),
			PayCoinCount:        p.number("PayCoinCount"),
			RefundFreeCoinCount: p.number("RefundFreeCoinCount"),
			RefundPayCoinCount:  p.number("RefundPayCoinCount"),
			OrderType:           p.str("OrderType"),
			Memo:                p.str("Memo"),
			ReceiptInfo:         p.str("ReceiptInfo"),
		}}
	case "submit_membercard_user_info":
		ev.Payload = &eventsv1.Event_SubmitMembercardUserInfo{SubmitMembercardUserInfo: &eventsv1.SubmitMembercardUserInfoEvent{
			CardId: p.str("CardId"), UserCardCode: p.str("UserCardCode"),
		}}
	case "wificonnected":
		// WeChat's document names the shop ShopId, every SDK reads PlaceId: which
		// one WeChat sends is unconfirmed, so take the first that has a value.
		shop := p.str("ShopId")
		if shop == "" {
			shop = p.str("PlaceId")
		}
		ev.Payload = &eventsv1.Event_WifiConnected{WifiConnected: &eventsv1.WifiConnectedEvent{
			ConnectTime: p.timestamp("ConnectTime"),
			ExpireTime:  p.number("ExpireTime"),
			VendorId:    p.str("VendorId"),
			ShopId:      shop,
			DeviceNo:    p.str("DeviceNo"),
		}}
	default:
		ev.Payload = unknownPayload(p)
	}
}

// setStoreAudit sets the payload of the store audit event named name (lower case)
// with the store service's mapping; only the reading of the elements is lenient
// here, where ParseEvent's is strict.
func setStoreAudit(ev *eventsv1.Event, name string, p pushFields) {
	se, err := store.AuditEvent(name, store.AuditFields{
		AuditID:   p.number("audit_id"),
		Status:    p.optInt("status"),
		Reason:    p.str("reason"),
		IsUpgrade: p.optInt("is_upgrade"),
		Poiid:     p.number("poiid"),
		MapPoiID:  p.str("map_poi_id"),
		Name:      p.str("name"),
		Address:   p.str("address"),
		Latitude:  p.str("latitude"),
		Longitude: p.str("longitude"),
		ShRemark:  p.str("sh_remark"),
	})
	if err != nil { // not one of the four: setPayload's case and AuditEvent disagree
		ev.Payload = unknownPayload(p)
		return
	}
	switch e := se.GetEvent().(type) {
	case *storev1.StoreEvent_ApplyMerchantAuditInfo:
		ev.Payload = &eventsv1.Event_ApplyMerchantAudit{ApplyMerchantAudit: e.ApplyMerchantAuditInfo}
	case *storev1.StoreEvent_CreateMapPoiAuditInfo:
		ev.Payload = &eventsv1.Event_CreateMapPoiAudit{CreateMapPoiAudit: e.CreateMapPoiAuditInfo}
	case *storev1.StoreEvent_AddStoreAuditInfo:
		ev.Payload = &eventsv1.Event_AddStoreAudit{AddStoreAudit: e.AddStoreAuditInfo}
	case *storev1.StoreEvent_ModifyStoreAuditInfo:
		ev.Payload = &eventsv1.Event_ModifyStoreAudit{ModifyStoreAudit: e.ModifyStoreAuditInfo}
	default:
		ev.Payload = unknownPayload(p)
	}
}

// unknownPayload holds every field of the push, the envelope's too, so that a subscriber
// has the whole push in one map. Of a repeated name (a menu event's pictures:
// SendPicsInfo.PicList.item.PicMd5Sum) the first is kept; Event.xml has them all.
func unknownPayload(p pushFields) *eventsv1.Event_Unknown {
	fields := make(map[string]string, len(p))
	for _, f := range p {
		if _, ok := fields[f.Name]; !ok {
			fields[f.Name] = f.Text
		}
	}
	return &eventsv1.Event_Unknown{Unknown: &eventsv1.UnknownEvent{Fields: fields}}
}
