package store

import (
	"encoding/xml"
	"errors"
	"fmt"
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
)

// ErrNotStoreEvent is ParseEvent's answer to a well-formed message that is not one
// of the four store audit events: another event, or not an event at all.
var ErrNotStoreEvent = errors.New("not a store audit event")

// AuditFields holds the elements of the four store audit events (seed 004); each
// event uses some of them. Status and IsUpgrade are pointers because 0 is a meaning
// of its own (create_map_poi_audit_info's success, is_upgrade's new store), not to
// be confused with a missing element.
type AuditFields struct {
	AuditID   int64  `xml:"audit_id"`
	Status    *int   `xml:"status"`
	Reason    string `xml:"reason"`
	IsUpgrade *int   `xml:"is_upgrade"`
	Poiid     int64  `xml:"poiid"`
	MapPoiID  string `xml:"map_poi_id"`
	Name      string `xml:"name"`
	Address   string `xml:"address"`
	Latitude  string `xml:"latitude"`
	Longitude string `xml:"longitude"`
	ShRemark  string `xml:"sh_remark"`
}

// eventXML is a store audit event as ParseEvent reads it: strictly, one number it
// cannot read fails the whole event.
type eventXML struct {
	XMLName      xml.Name `xml:"xml"`
	ToUserName   string   `xml:"ToUserName"`
	FromUserName string   `xml:"FromUserName"`
	CreateTime   int64    `xml:"CreateTime"`
	MsgType      string   `xml:"MsgType"`
	Event        string   `xml:"Event"`
	AuditFields
}

// ParseEvent parses a store audit event pushed by WeChat, in its plain-text XML form
// (after decryption, for accounts in safe mode): apply_merchant_audit_info,
// create_map_poi_audit_info, add_store_audit_info or modify_store_audit_info. Any
// other well-formed message is ErrNotStoreEvent. Status values the seed does not
// define become the enums' UNSPECIFIED.
func ParseEvent(data []byte) (*storev1.StoreEvent, error) {
	var x eventXML
	if err := xml.Unmarshal(data, &x); err != nil {
		return nil, fmt.Errorf("store event: %w", err)
	}
	if x.MsgType != "event" {
		return nil, fmt.Errorf("%w: MsgType %q", ErrNotStoreEvent, x.MsgType)
	}
	ev, err := AuditEvent(x.Event, x.AuditFields)
	if err != nil {
		return nil, err
	}
	ev.ToUserName = x.ToUserName
	ev.FromUserName = x.FromUserName
	ev.CreateTime = timestamppb.New(time.Unix(x.CreateTime, 0))
	return ev, nil
}

// AuditEvent maps the fields of the store audit event named event (as WeChat
// spells it: apply_merchant_audit_info …) to its typed form, a StoreEvent without
// its header (ToUserName, FromUserName, CreateTime); any other name is
// ErrNotStoreEvent. It is ParseEvent's mapping, shared with the event gateway
// (internal/events), which reads the elements itself, leniently.
func AuditEvent(event string, f AuditFields) (*storev1.StoreEvent, error) {
	ev := &storev1.StoreEvent{}
	switch event {
	case "apply_merchant_audit_info":
		ev.Event = &storev1.StoreEvent_ApplyMerchantAuditInfo{ApplyMerchantAuditInfo: &storev1.ApplyMerchantAuditEvent{
			AuditId: f.AuditID, Status: enumOf(merchantAuditStatuses.Proto, f.Status), Reason: f.Reason,
		}}
	case "create_map_poi_audit_info":
		ev.Event = &storev1.StoreEvent_CreateMapPoiAuditInfo{CreateMapPoiAuditInfo: &storev1.CreateMapPoiAuditEvent{
			AuditId: f.AuditID, Status: enumOf(mapPoiAuditStatuses.Proto, f.Status), MapPoiId: f.MapPoiID,
			Name: f.Name, Address: f.Address, Latitude: f.Latitude, Longitude: f.Longitude, ShRemark: f.ShRemark,
		}}
	case "add_store_audit_info":
		ev.Event = &storev1.StoreEvent_AddStoreAuditInfo{AddStoreAuditInfo: &storev1.AddStoreAuditEvent{
			AuditId: f.AuditID, Status: enumOf(storeStatuses.Proto, f.Status), Reason: f.Reason,
			IsUpgrade: enumOf(addStoreKinds.Proto, f.IsUpgrade), Poiid: f.Poiid,
		}}
	case "modify_store_audit_info":
		ev.Event = &storev1.StoreEvent_ModifyStoreAuditInfo{ModifyStoreAuditInfo: &storev1.ModifyStoreAuditEvent{
			AuditId: f.AuditID, Status: enumOf(storeStatuses.Proto, f.Status), Reason: f.Reason,
		}}
	default:
		return nil, fmt.Errorf("%w: Event %q", ErrNotStoreEvent, event)
	}
	return ev, nil
}

// enumOf maps an optional wire value; a missing one is the enum's UNSPECIFIED.
func enumOf[E any](proto func(int) E, v *int) E {
	if v == nil {
		var zero E
		return zero
	}
	return proto(*v)
}
