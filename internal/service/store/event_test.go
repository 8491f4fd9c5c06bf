package store_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/testing/protocmp"
	"google.golang.org/protobuf/types/known/timestamppb"

	storev1 "github.com/wxgate/wxgate/gen/go/wxgate/store/v1"
	"github.com/wxgate/wxgate/internal/service/store"
)

// The four event pushes of seed 004, exactly as the seed shows them.
const (
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
)

// event is a StoreEvent with the seed's common header.
func event(e func(*storev1.StoreEvent)) *storev1.StoreEvent {
	ev := &storev1.StoreEvent{
		ToUserName:   "gh_4346ac1514d8",
		FromUserName: "od1P50M-fNQI5Gcq-trm4a7apsU8",
		CreateTime:   timestamppb.New(time.Unix(1488856741, 0)),
	}
	e(ev)
	return ev
}

func TestParseEvent(t *testing.T) {
	tests := []struct {
		name, xml string
		want      *storev1.StoreEvent
	}{
		{"apply_merchant_audit_info", seedApplyMerchantEvent, event(func(e *storev1.StoreEvent) {
			e.Event = &storev1.StoreEvent_ApplyMerchantAuditInfo{ApplyMerchantAuditInfo: &storev1.ApplyMerchantAuditEvent{
				AuditId: 11111, Status: storev1.MerchantAuditStatus_MERCHANT_AUDIT_STATUS_REJECTED, Reason: "xxx",
			}}
		})},
		{"create_map_poi_audit_info", seedCreateMapPoiEvent, event(func(e *storev1.StoreEvent) {
			e.Event = &storev1.StoreEvent_CreateMapPoiAuditInfo{CreateMapPoiAuditInfo: &storev1.CreateMapPoiAuditEvent{
				AuditId: 11111, Status: storev1.MapPoiAuditStatus_MAP_POI_AUDIT_STATUS_REJECTED, MapPoiId: "xxx",
				Name: "xxx", Address: "xxx", Latitude: "xxx", Longitude: "xxx", ShRemark: "xxx",
			}}
		})},
		{"add_store_audit_info", seedAddStoreEvent, event(func(e *storev1.StoreEvent) {
			e.Event = &storev1.StoreEvent_AddStoreAuditInfo{AddStoreAuditInfo: &storev1.AddStoreAuditEvent{
				AuditId: 11111, Status: storev1.StoreStatus_STORE_STATUS_REJECTED, Reason: "xxx",
				IsUpgrade: storev1.AddStoreKind_ADD_STORE_KIND_UNSPECIFIED, // the seed's 3 is none of 0 and 1
				Poiid:     12344,
			}}
		})},
		{"modify_store_audit_info", seedModifyStoreEvent, event(func(e *storev1.StoreEvent) {
			e.Event = &storev1.StoreEvent_ModifyStoreAuditInfo{ModifyStoreAuditInfo: &storev1.ModifyStoreAuditEvent{
				AuditId: 11111, Status: storev1.StoreStatus_STORE_STATUS_REJECTED, Reason: "xxx",
			}}
		})},
		{"map poi approved is status 0", `<xml><MsgType>event</MsgType><Event>create_map_poi_audit_info</Event><audit_id>42160</audit_id><status>0</status><map_poi_id>2880741500279549033</map_poi_id></xml>`,
			&storev1.StoreEvent{CreateTime: timestamppb.New(time.Unix(0, 0)), Event: &storev1.StoreEvent_CreateMapPoiAuditInfo{CreateMapPoiAuditInfo: &storev1.CreateMapPoiAuditEvent{
				AuditId: 42160, Status: storev1.MapPoiAuditStatus_MAP_POI_AUDIT_STATUS_APPROVED, MapPoiId: "2880741500279549033",
			}}}},
		{"missing status is unspecified", `<xml><MsgType>event</MsgType><Event>create_map_poi_audit_info</Event><audit_id>1</audit_id></xml>`,
			&storev1.StoreEvent{CreateTime: timestamppb.New(time.Unix(0, 0)), Event: &storev1.StoreEvent_CreateMapPoiAuditInfo{CreateMapPoiAuditInfo: &storev1.CreateMapPoiAuditEvent{
				AuditId: 1,
			}}}},
		{"new store approved", `<xml><MsgType>event</MsgType><Event>add_store_audit_info</Event><audit_id>7</audit_id><status>1</status><is_upgrade>0</is_upgrade><poiid>472671857</poiid></xml>`,
			&storev1.StoreEvent{CreateTime: timestamppb.New(time.Unix(0, 0)), Event: &storev1.StoreEvent_AddStoreAuditInfo{AddStoreAuditInfo: &storev1.AddStoreAuditEvent{
				AuditId: 7, Status: storev1.StoreStatus_STORE_STATUS_APPROVED, IsUpgrade: storev1.AddStoreKind_ADD_STORE_KIND_NEW, Poiid: 472671857,
			}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := store.ParseEvent([]byte(tt.xml))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, protocmp.Transform()); diff != "" {
				t.Errorf("event (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseEventRejects(t *testing.T) {
	for _, tt := range []struct {
		name, xml string
		notStore  bool // ErrNotStoreEvent rather than a parse error
	}{
		{"another event", `<xml><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event></xml>`, true},
		{"a text message", `<xml><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content></xml>`, true},
		{"not XML", `{"event":"add_store_audit_info"}`, false},
		{"another root", `<event><MsgType>event</MsgType><Event>add_store_audit_info</Event></event>`, false},
		{"audit_id not a number", `<xml><MsgType>event</MsgType><Event>add_store_audit_info</Event><audit_id>x</audit_id></xml>`, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := store.ParseEvent([]byte(tt.xml))
			if err == nil {
				t.Fatalf("parsed %v, want an error", ev)
			}
			if got := errors.Is(err, store.ErrNotStoreEvent); got != tt.notStore {
				t.Errorf("error %v: ErrNotStoreEvent %v, want %v", err, got, tt.notStore)
			}
		})
	}
}
