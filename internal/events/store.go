// Package events receives the pushes WeChat sends to the accounts' callback URLs
// and keeps them for the internal services that subscribe to them: the callback
// receiver (verify, decrypt, decode, store, then answer success), the stores
// (memory for one replica, Redis Streams for several) and their consumer groups.
// It knows nothing of the typed services nor of the upstream client.
package events

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"slices"
	"strings"
	"time"

	eventsv1 "github.com/wxgate/wxgate/gen/go/wxgate/events/v1"
)

// Store keeps events for their retention and hands them out by consumer group.
type Store interface {
	// Append stores ev, unless the store already holds an event with its id (a
	// WeChat retry): fresh says which. Only a nil error means ev is stored.
	Append(ctx context.Context, ev *eventsv1.Event) (fresh bool, err error)
	// Next hands member (one Subscribe stream) of g up to max events: first those
	// whose delivery to any member timed out, then those the group has not had.
	// With none, it waits up to wait for one, then answers none.
	Next(ctx context.Context, g Group, member string, max int, wait time.Duration) ([]Delivery, error)
	// Ack acknowledges ids for every group of the caller named group on account,
	// and answers how many were outstanding deliveries.
	Ack(ctx context.Context, caller, group, account string, ids []string) (int, error)
	// List answers up to max retained events of account of the given types (all
	// when empty), oldest first, after position after ("": the oldest), and the
	// position to continue from ("" at the end). It may answer fewer than max
	// events and a position (it bounds what one call scans).
	List(ctx context.Context, account string, types []string, after string, max int) ([]*eventsv1.Event, string, error)
	// Leave says member has gone; its outstanding deliveries are handed out again
	// when they time out.
	Leave(ctx context.Context, g Group, member string)
	Close() error
}

// Delivery is an event handed to a member of a group.
type Delivery struct {
	Event *eventsv1.Event
	// Count is how many times the group has handed it out, this time included.
	Count int
}

// Group is a consumer group: its caller's name, its name, its account and the
// event types it takes (a group is one per all four, so that members asking for
// other types never take each other's events).
type Group struct {
	Caller  string
	Name    string
	Account string
	types   []string // lower case, sorted, unique; empty: all
}

// NewGroup makes the group of caller named name on account, for the event types
// (WeChat's Event names, matched regardless of case; none: all).
func NewGroup(caller, name, account string, types []string) Group {
	return Group{Caller: caller, Name: name, Account: account, types: normalTypes(types)}
}

// Types are the group's event types, lower case and sorted (empty: all).
func (g Group) Types() []string { return g.types }

// takes says whether the group takes events of type typ (lower case).
func (g Group) takes(typ string) bool {
	if len(g.types) == 0 {
		return true
	}
	_, ok := slices.BinarySearch(g.types, typ)
	return ok
}

// key names the group in its account's store: caller and name (the prefix Ack
// looks for), then a digest of the types.
func (g Group) key() string {
	return groupPrefix(g.Caller, g.Name) + typesDigest(g.types)
}

// groupPrefix is the part of a group's key that AckEvents names.
func groupPrefix(caller, name string) string { return caller + "/" + name + "/" }

func typesDigest(types []string) string {
	if len(types) == 0 {
		return "all"
	}
	h := sha256.Sum256([]byte(strings.Join(types, "\x00")))
	return hex.EncodeToString(h[:6])
}

func normalTypes(types []string) []string {
	out := make([]string, 0, len(types))
	for _, t := range types {
		out = append(out, strings.ToLower(t))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// typeOf is an event's type as the stores match it.
func typeOf(ev *eventsv1.Event) string {
	if ev.GetMsgType() != "event" && ev.GetEvent() == "" {
		return strings.ToLower(ev.GetMsgType()) // a user message: its MsgType
	}
	return strings.ToLower(ev.GetEvent())
}

// NewMember names one member of a group (a Subscribe stream, a replica's
// webhook forwarder): prefix and 16 random hex digits.
func NewMember(prefix string) string {
	var b [8]byte
	rand.Read(b[:])
	return prefix + hex.EncodeToString(b[:])
}

// Errors of the stores.
var (
	// ErrFull: the memory store is at events.max_events and every event in it is
	// still needed by a group.
	ErrFull = errors.New("events: the store is full of events not yet delivered")
	// ErrTooManyGroups: the account has events.max_groups groups.
	ErrTooManyGroups = errors.New("events: too many consumer groups for the account")
	// ErrClosed: the store was closed (the gateway is stopping).
	ErrClosed = errors.New("events: the store is closed")
)

// Options configure a store.
type Options struct {
	Retention  time.Duration
	Visibility time.Duration
	MaxEvents  int // memory only
	MaxGroups  int
	Now        func() time.Time // nil: time.Now
}

func (o Options) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}
