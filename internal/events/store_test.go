package events

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	eventsv1 "github.com/wxgate/wxgate/gen/go/wxgate/events/v1"
	"github.com/wxgate/wxgate/internal/redistest"
)

// The stores' contract, run against the memory store and a real redis-server.

const visibility = 300 * time.Millisecond

func storeOptions() Options {
	return Options{Retention: time.Hour, Visibility: visibility, MaxEvents: 1000, MaxGroups: 4}
}

type storeKind struct {
	name string
	open func(t *testing.T, o Options) Store
}

func storeKinds() []storeKind {
	return []storeKind{
		{"memory", func(_ *testing.T, o Options) Store { return NewMemory(o) }},
		{"redis", func(t *testing.T, o Options) Store {
			srv := redistest.Start(t)
			blocking := redis.NewClient(&redis.Options{Addr: srv.Addr(), PoolSize: 8})
			t.Cleanup(func() { blocking.Close() })
			return NewRedis(srv.Client(), blocking, "test:", o)
		}},
	}
}

func testEvent(account, event string, n int) *eventsv1.Event {
	h := sha256.Sum256([]byte(fmt.Sprint(account, event, n)))
	return &eventsv1.Event{Id: hex.EncodeToString(h[:16]), Account: account, MsgType: "event", Event: event, FromUserName: fmt.Sprint("user", n)}
}

func ids(ds []Delivery) []string {
	out := []string{}
	for _, d := range ds {
		out = append(out, d.Event.GetId())
	}
	sort.Strings(out)
	return out
}

func eventIDs(evs ...*eventsv1.Event) []string {
	out := []string{}
	for _, e := range evs {
		out = append(out, e.GetId())
	}
	sort.Strings(out)
	return out
}

func mustAppend(t *testing.T, st Store, evs ...*eventsv1.Event) {
	t.Helper()
	for _, ev := range evs {
		if _, err := st.Append(context.Background(), ev); err != nil {
			t.Fatalf("Append: %v", err)
		}
	}
}

// drain reads g as member until a read answers none.
func drain(t *testing.T, st Store, g Group, member string) []Delivery {
	t.Helper()
	var out []Delivery
	for {
		ds, err := st.Next(context.Background(), g, member, 10, 50*time.Millisecond)
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		if len(ds) == 0 {
			return out
		}
		out = append(out, ds...)
	}
}

func TestStoreDeduplicates(t *testing.T) {
	for _, k := range storeKinds() {
		t.Run(k.name, func(t *testing.T) {
			st := k.open(t, storeOptions())
			ev := testEvent("main", "user_get_card", 1)
			for i, want := range []bool{true, false, false} {
				fresh, err := st.Append(context.Background(), ev)
				if err != nil || fresh != want {
					t.Fatalf("Append #%d = %v, %v; want %v", i+1, fresh, err, want)
				}
			}
			got := drain(t, st, NewGroup("c", "g", "main", nil), "m1")
			if len(got) != 1 || got[0].Count != 1 {
				t.Fatalf("deliveries = %+v, want the event once", got)
			}
		})
	}
}

func TestStoreGroups(t *testing.T) {
	for _, k := range storeKinds() {
		t.Run(k.name, func(t *testing.T) {
			st := k.open(t, storeOptions())
			var evs []*eventsv1.Event
			for i := range 20 {
				evs = append(evs, testEvent("main", "user_get_card", i))
			}
			mustAppend(t, st, evs...)
			mustAppend(t, st, testEvent("other", "user_get_card", 99))
			want := eventIDs(evs...)

			// Two groups each get every event of the account.
			for _, name := range []string{"billing", "crm"} {
				if got := ids(drain(t, st, NewGroup("c", name, "main", nil), "m")); !slices.Equal(got, want) {
					t.Errorf("group %s got %d events, want the account's %d", name, len(got), len(want))
				}
			}
			// Two members of one group share them, each event to one.
			g := NewGroup("c", "shared", "main", nil)
			var a, b []Delivery
			for {
				da, err := st.Next(context.Background(), g, "a", 3, 20*time.Millisecond)
				if err != nil {
					t.Fatal(err)
				}
				db, err := st.Next(context.Background(), g, "b", 3, 20*time.Millisecond)
				if err != nil {
					t.Fatal(err)
				}
				a, b = append(a, da...), append(b, db...)
				if len(da)+len(db) == 0 {
					break
				}
			}
			if len(a) == 0 || len(b) == 0 {
				t.Errorf("members got %d and %d events: both should get some", len(a), len(b))
			}
			if got := ids(append(a, b...)); !slices.Equal(got, want) {
				t.Errorf("members together got %v, want each event once: %v", got, want)
			}
			// Another caller's group of the same name is its own.
			if got := drain(t, st, NewGroup("other-caller", "shared", "main", nil), "m"); len(got) != len(want) {
				t.Errorf("another caller's group got %d events, want %d", len(got), len(want))
			}
		})
	}
}

func TestStoreRedeliversUnacknowledged(t *testing.T) {
	for _, k := range storeKinds() {
		t.Run(k.name, func(t *testing.T) {
			st := k.open(t, storeOptions())
			acked, lost := testEvent("main", "user_get_card", 1), testEvent("main", "user_get_card", 2)
			mustAppend(t, st, acked, lost)
			g := NewGroup("c", "g", "main", nil)
			first := drain(t, st, g, "m1")
			if len(first) != 2 {
				t.Fatalf("first read: %d events, want 2", len(first))
			}
			n, err := st.Ack(context.Background(), "c", "g", "main", []string{acked.GetId(), "ffffffffffffffffffffffffffffffff"})
			if err != nil || n != 1 {
				t.Fatalf("Ack = %d, %v; want 1 outstanding", n, err)
			}
			st.Leave(context.Background(), g, "m1") // it disconnected without acknowledging the other
			// Before the visibility timeout nobody gets it again...
			if got := drain(t, st, g, "m2"); len(got) != 0 {
				t.Fatalf("read before the timeout: %v", ids(got))
			}
			// ...after it, another member does, as a redelivery.
			var again []Delivery
			deadline := time.Now().Add(5 * time.Second)
			for len(again) == 0 && time.Now().Before(deadline) {
				again, err = st.Next(context.Background(), g, "m2", 10, visibility)
				if err != nil {
					t.Fatal(err)
				}
			}
			if len(again) != 1 || again[0].Event.GetId() != lost.GetId() || again[0].Count != 2 {
				t.Fatalf("redelivery = %+v, want the unacknowledged event with count 2", again)
			}
			if n, _ := st.Ack(context.Background(), "c", "g", "main", []string{lost.GetId()}); n != 1 {
				t.Fatalf("Ack of the redelivery = %d, want 1", n)
			}
			time.Sleep(2 * visibility)
			if got := drain(t, st, g, "m3"); len(got) != 0 {
				t.Fatalf("after acknowledgement: %v", ids(got))
			}
		})
	}
}

func TestStoreEventTypes(t *testing.T) {
	for _, k := range storeKinds() {
		t.Run(k.name, func(t *testing.T) {
			st := k.open(t, storeOptions())
			wifi, card := testEvent("main", "WifiConnected", 1), testEvent("main", "user_get_card", 2)
			mustAppend(t, st, wifi, card)
			// Types match regardless of case, and a group per types set.
			if got := ids(drain(t, st, NewGroup("c", "g", "main", []string{"wificonnected"}), "m")); !slices.Equal(got, eventIDs(wifi)) {
				t.Errorf("wifi group got %v", got)
			}
			if got := ids(drain(t, st, NewGroup("c", "g", "main", []string{"user_get_card"}), "m")); !slices.Equal(got, eventIDs(card)) {
				t.Errorf("card group got %v", got)
			}
			evs, next, err := st.List(context.Background(), "main", []string{"WIFICONNECTED"}, "", 10)
			if err != nil || next != "" || len(evs) != 1 || evs[0].GetId() != wifi.GetId() {
				t.Errorf("List(WifiConnected) = %v, %q, %v", eventIDs(evs...), next, err)
			}
		})
	}
}

func TestStoreList(t *testing.T) {
	for _, k := range storeKinds() {
		t.Run(k.name, func(t *testing.T) {
			st := k.open(t, storeOptions())
			var want []string
			for i := range 25 {
				ev := testEvent("main", "user_del_card", i)
				want = append(want, ev.GetId())
				mustAppend(t, st, ev)
			}
			var got []string
			pos := ""
			for pages := 0; ; pages++ {
				if pages > 10 {
					t.Fatal("List does not end")
				}
				evs, next, err := st.List(context.Background(), "main", nil, pos, 10)
				if err != nil {
					t.Fatal(err)
				}
				for _, e := range evs {
					got = append(got, e.GetId())
				}
				if next == "" {
					break
				}
				pos = next
			}
			if !slices.Equal(got, want) {
				t.Errorf("List pages = %d events in that order, want the 25 in the order received", len(got))
			}
			if evs, next, err := st.List(context.Background(), "nobody", nil, "", 10); err != nil || len(evs) != 0 || next != "" {
				t.Errorf("List of an account with no events = %d, %q, %v", len(evs), next, err)
			}
		})
	}
}

func TestStoreBoundsGroups(t *testing.T) {
	for _, k := range storeKinds() {
		t.Run(k.name, func(t *testing.T) {
			st := k.open(t, storeOptions())
			for i := range 4 {
				if _, err := st.Next(context.Background(), NewGroup("c", fmt.Sprint("g", i), "main", nil), "m", 1, time.Millisecond); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := st.Next(context.Background(), NewGroup("c", "one-too-many", "main", nil), "m", 1, time.Millisecond); !errors.Is(err, ErrTooManyGroups) {
				t.Fatalf("fifth group: %v, want ErrTooManyGroups", err)
			}
		})
	}
}

func TestMemoryStoreIsBounded(t *testing.T) {
	o := storeOptions()
	o.MaxEvents = 3
	st := NewMemory(o)
	g := NewGroup("c", "g", "main", nil)
	if _, err := st.Next(context.Background(), g, "m", 1, time.Millisecond); err != nil { // the group exists
		t.Fatal(err)
	}
	mustAppend(t, st, testEvent("main", "e", 1), testEvent("main", "e", 2), testEvent("main", "e", 3))
	// Every event is still needed by the group: the push is refused, none dropped.
	if _, err := st.Append(context.Background(), testEvent("main", "e", 4)); !errors.Is(err, ErrFull) {
		t.Fatalf("Append past max_events = %v, want ErrFull", err)
	}
	// Delivered and acknowledged, the oldest makes room.
	ds, _ := st.Next(context.Background(), g, "m", 1, time.Millisecond)
	if _, err := st.Ack(context.Background(), "c", "g", "main", ids(ds)); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Append(context.Background(), testEvent("main", "e", 4)); err != nil {
		t.Fatalf("Append after acknowledgement: %v", err)
	}
}

func TestMemoryStoreRetention(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	o := storeOptions()
	o.Now = func() time.Time { return now }
	st := NewMemory(o)
	old := testEvent("main", "e", 1)
	mustAppend(t, st, old)
	now = now.Add(o.Retention + time.Second)
	mustAppend(t, st, testEvent("main", "e", 2))
	evs, _, _ := st.List(context.Background(), "main", nil, "", 10)
	if len(evs) != 1 || evs[0].GetId() == old.GetId() {
		t.Fatalf("after the retention: %v, want only the new event", eventIDs(evs...))
	}
	// The old id is forgotten with the event: WeChat's push of it is new again.
	if fresh, _ := st.Append(context.Background(), old); !fresh {
		t.Fatal("an event past the retention is still a duplicate")
	}
}
