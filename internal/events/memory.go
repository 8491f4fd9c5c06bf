package events

import (
	"context"
	"strconv"
	"sync"
	"time"

	eventsv1 "github.com/wxgate/wxgate/gen/go/wxgate/events/v1"
)

// Memory is the store of one replica: bounded by MaxEvents and the retention, and
// lost when the process ends.
type Memory struct {
	opts Options

	mu       sync.Mutex
	accounts map[string]*memLog // by account (configured accounts only: the receiver's)
	wake     chan struct{}      // closed, and replaced, when an event is appended
	closed   bool
}

type memLog struct {
	entries []memEntry        // by seq; entries[0] has seq first
	first   uint64            // seq of entries[0] (the next seq when empty)
	byID    map[string]uint64 // event id → seq
	groups  map[string]*memGroup
}

type memEntry struct {
	seq uint64
	at  time.Time // received
	typ string
	ev  *eventsv1.Event
}

type memGroup struct {
	g       Group
	next    uint64 // the first seq the group has not looked at
	pending map[string]*memPending
}

type memPending struct {
	seq    uint64
	member string
	due    time.Time // handed out again from then on
	count  int
}

// NewMemory returns an empty memory store.
func NewMemory(o Options) *Memory {
	return &Memory{opts: o, accounts: map[string]*memLog{}, wake: make(chan struct{})}
}

func (m *Memory) log(account string) *memLog {
	l := m.accounts[account]
	if l == nil {
		l = &memLog{byID: map[string]uint64{}, groups: map[string]*memGroup{}}
		m.accounts[account] = l
	}
	return l
}

// Append implements Store.
func (m *Memory) Append(_ context.Context, ev *eventsv1.Event) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return false, ErrClosed
	}
	now := m.opts.now()
	l := m.log(ev.GetAccount())
	l.trim(now.Add(-m.opts.Retention))
	if _, ok := l.byID[ev.GetId()]; ok {
		return false, nil
	}
	if m.total() >= m.opts.MaxEvents && !m.evictOne() {
		return false, ErrFull
	}
	seq := l.first + uint64(len(l.entries))
	l.entries = append(l.entries, memEntry{seq: seq, at: now, typ: typeOf(ev), ev: ev})
	l.byID[ev.GetId()] = seq
	close(m.wake)
	m.wake = make(chan struct{})
	return true, nil
}

func (m *Memory) total() int {
	n := 0
	for _, l := range m.accounts {
		n += len(l.entries)
	}
	return n
}

// evictOne drops the oldest event of an account that no group still needs (every
// group has looked past it and holds no delivery of it), to make room.
func (m *Memory) evictOne() bool {
	for _, l := range m.accounts {
		if len(l.entries) == 0 {
			continue
		}
		e := l.entries[0]
		needed := false
		for _, g := range l.groups {
			if g.next <= e.seq || g.pending[e.ev.GetId()] != nil {
				needed = true
				break
			}
		}
		if !needed {
			l.drop(1)
			return true
		}
	}
	return false
}

// trim drops the events received before cutoff (the retention), delivered or not.
func (l *memLog) trim(cutoff time.Time) {
	n := 0
	for n < len(l.entries) && l.entries[n].at.Before(cutoff) {
		n++
	}
	l.drop(n)
}

func (l *memLog) drop(n int) {
	if n == 0 {
		return
	}
	for _, e := range l.entries[:n] {
		delete(l.byID, e.ev.GetId())
		for _, g := range l.groups {
			delete(g.pending, e.ev.GetId())
		}
	}
	// Reslice, and copy only once the dropped prefix outweighs what is kept:
	// dropping one event at a time from a full store stays O(1) amortised.
	l.entries = l.entries[n:]
	if cap(l.entries) > 2*len(l.entries)+1024 {
		l.entries = append([]memEntry(nil), l.entries...)
	}
	l.first += uint64(n)
	for _, g := range l.groups {
		g.next = max(g.next, l.first)
	}
}

func (l *memLog) entry(seq uint64) (memEntry, bool) {
	if seq < l.first || seq >= l.first+uint64(len(l.entries)) {
		return memEntry{}, false
	}
	return l.entries[seq-l.first], true
}

// group finds or makes g; a new group begins with the oldest event retained.
func (m *Memory) group(l *memLog, g Group) (*memGroup, error) {
	key := g.key()
	if mg := l.groups[key]; mg != nil {
		return mg, nil
	}
	if len(l.groups) >= m.opts.MaxGroups {
		return nil, ErrTooManyGroups
	}
	mg := &memGroup{g: g, next: l.first, pending: map[string]*memPending{}}
	l.groups[key] = mg
	return mg, nil
}

// Next implements Store.
func (m *Memory) Next(ctx context.Context, g Group, member string, maxEvents int, wait time.Duration) ([]Delivery, error) {
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for {
		m.mu.Lock()
		if m.closed {
			m.mu.Unlock()
			return nil, nil
		}
		out, due, err := m.take(g, member, maxEvents)
		wake := m.wake
		m.mu.Unlock()
		if err != nil || len(out) > 0 {
			return out, err
		}
		var redeliver <-chan time.Time
		var t *time.Timer
		if !due.IsZero() {
			t = time.NewTimer(max(due.Sub(m.opts.now()), time.Millisecond))
			redeliver = t.C
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-timer.C:
			return nil, nil
		case <-wake:
		case <-redeliver:
		}
		if t != nil {
			t.Stop()
		}
	}
}

// take hands out what is due and new; with nothing, it answers when the earliest
// outstanding delivery falls due (zero: none).
func (m *Memory) take(g Group, member string, maxEvents int) ([]Delivery, time.Time, error) {
	now := m.opts.now()
	l := m.log(g.Account)
	l.trim(now.Add(-m.opts.Retention))
	mg, err := m.group(l, g)
	if err != nil {
		return nil, time.Time{}, err
	}
	var out []Delivery
	var earliest time.Time
	for id, p := range mg.pending {
		if len(out) == maxEvents {
			break
		}
		if p.due.After(now) {
			if earliest.IsZero() || p.due.Before(earliest) {
				earliest = p.due
			}
			continue
		}
		e, ok := l.entry(p.seq)
		if !ok {
			delete(mg.pending, id)
			continue
		}
		p.member, p.due, p.count = member, now.Add(m.opts.Visibility), p.count+1
		out = append(out, Delivery{Event: e.ev, Count: p.count})
	}
	for len(out) < maxEvents {
		e, ok := l.entry(mg.next)
		if !ok {
			break
		}
		mg.next++
		if !g.takes(e.typ) {
			continue
		}
		mg.pending[e.ev.GetId()] = &memPending{seq: e.seq, member: member, due: now.Add(m.opts.Visibility), count: 1}
		out = append(out, Delivery{Event: e.ev, Count: 1})
	}
	return out, earliest, nil
}

// Ack implements Store.
func (m *Memory) Ack(_ context.Context, caller, group, account string, ids []string) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	l := m.accounts[account]
	if l == nil {
		return 0, nil
	}
	n := 0
	for _, mg := range l.groups {
		if mg.g.Caller != caller || mg.g.Name != group {
			continue
		}
		for _, id := range ids {
			if _, ok := mg.pending[id]; ok {
				delete(mg.pending, id)
				n++
			}
		}
	}
	return n, nil
}

// List implements Store; positions are sequence numbers.
func (m *Memory) List(_ context.Context, account string, types []string, after string, maxEvents int) ([]*eventsv1.Event, string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	l := m.log(account)
	l.trim(m.opts.now().Add(-m.opts.Retention))
	seq := l.first
	if after != "" {
		p, err := strconv.ParseUint(after, 10, 64)
		if err != nil {
			return nil, "", err
		}
		seq = max(p+1, l.first)
	}
	g := Group{types: normalTypes(types)}
	var out []*eventsv1.Event
	for scanned := 0; len(out) < maxEvents && scanned < scanLimit(maxEvents); scanned++ {
		e, ok := l.entry(seq)
		if !ok {
			return out, "", nil
		}
		if g.takes(e.typ) {
			out = append(out, e.ev)
		}
		seq++
	}
	if _, more := l.entry(seq); !more {
		return out, "", nil
	}
	return out, strconv.FormatUint(seq-1, 10), nil
}

// scanLimit bounds the events one List call looks at to fill a page of max.
func scanLimit(maxEvents int) int { return 10 * maxEvents }

// Leave implements Store: a member's deliveries time out on their own.
func (m *Memory) Leave(context.Context, Group, string) {}

// Close implements Store: waiting Next calls answer none.
func (m *Memory) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.closed {
		m.closed = true
		close(m.wake)
	}
	return nil
}
