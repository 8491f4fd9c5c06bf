package wechatsim

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/wxgate/wxgate/internal/wxcrypt"
)

// Defaults of the push Options (WeChat's own numbers for the first two:
// shared/research/events.md §2.3).
const (
	DefaultPushTimeout = 5 * time.Second
	DefaultPushRetries = 3
	DefaultAuditDelay  = 300 * time.Millisecond
)

// Push modes (消息加解密方式) of a PushTarget.
const (
	ModePlain      = "plain"      // 明文模式
	ModeCompatible = "compatible" // 兼容模式: the plaintext and an <Encrypt>
	ModeSafe       = "safe"       // 安全模式: ciphertext only
)

// PushTarget is where and how the simulator pushes events: a gateway's callback
// URL for one account, with the server configuration (服务器配置) WeChat would hold.
type PushTarget struct {
	URL    string // e.g. http://127.0.0.1:PORT/wechat/callback/default
	Token  string // the server Token
	AESKey string // the EncodingAESKey (43 chars); needed for compatible and safe
	Mode   string // ModePlain (also ""), ModeCompatible or ModeSafe
	// AppID is written into encrypted pushes after the message; default the
	// simulator's AppID().
	AppID string
	// ToUserName is the account's original id (gh_…); default one derived from
	// the AppID, stable across runs.
	ToUserName string
}

// Field is one XML element of a push after the envelope, in order.
type Field struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// PushRecord is one push the simulator made.
type PushRecord struct {
	Event    string `json:"event"`
	From     string `json:"from"`
	Attempts int    `json:"attempts"` // deliveries tried: 1 plus the retries
	Accepted bool   `json:"accepted"` // the last attempt got HTTP 200 with "success" or nothing
	Error    string `json:"error,omitempty"`
}

// pushState is the simulator's side of WeChat's message push (消息推送).
type pushState struct {
	timeout    time.Duration
	retries    int
	auditDelay time.Duration
	transport  *http.Transport
	client     *http.Client

	// ctx ends when the simulator closes, cancelling pending and running pushes;
	// wg counts them (Add with Server.mu held and Server.closed false).
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	// Guarded by Server.mu.
	target  PushTarget
	records []PushRecord
}

func (p *pushState) init(opts Options) {
	p.timeout, p.retries, p.auditDelay = DefaultPushTimeout, DefaultPushRetries, DefaultAuditDelay
	if opts.PushTimeout > 0 {
		p.timeout = opts.PushTimeout
	}
	switch {
	case opts.PushRetries > 0:
		p.retries = opts.PushRetries
	case opts.PushRetries < 0:
		p.retries = 0
	}
	if opts.AuditDelay > 0 {
		p.auditDelay = opts.AuditDelay
	}
	// A connection per attempt, as WeChat drops the connection of an attempt that
	// timed out; nor does an idle connection outlive Close.
	p.transport = &http.Transport{DisableKeepAlives: true}
	p.client = &http.Client{
		Transport: p.transport,
		// A callback answers; it does not redirect WeChat elsewhere.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	p.ctx, p.cancel = context.WithCancel(context.Background())
}

// stop cancels the pushes (Close, after marking the server closed).
func (p *pushState) stop() { p.cancel() }

// wait waits for the cancelled pushes to return (Close).
func (p *pushState) wait() {
	p.wg.Wait()
	p.transport.CloseIdleConnections()
}

// SetPushTarget replaces the push target; the zero PushTarget stops pushes. The
// target is checked when a push is made (Push reports the problem).
func (s *Server) SetPushTarget(t PushTarget) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.push.target = t
}

// Pushes reports the pushes made so far, oldest first: those of Push and those
// the store endpoints make on their own.
func (s *Server) Pushes() []PushRecord {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]PushRecord(nil), s.push.records...)
}

// Push sends one event push now, as WeChat would, from the user (openid) from.
// fields are the XML elements after the envelope (ToUserName, FromUserName,
// CreateTime, MsgType=event, Event=event). Values are CDATA except those of digits
// only, which are bare, WeChat's habit. The query has signature, timestamp and
// nonce, and in compatible and safe mode also openid, encrypt_type=aes and
// msg_signature. The body is the XML (plain), the XML with an <Encrypt> element
// (compatible) or <xml><ToUserName/><Encrypt/></xml> (safe).
//
// Like WeChat, it waits PushTimeout for each answer and sends the very same
// request again, up to PushRetries times, while the answer is not HTTP 200 with
// the body "success" or an empty body. It returns an error after the last
// failure, or when ctx ends or the simulator closes.
func (s *Server) Push(ctx context.Context, from, event string, fields []Field) error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return errors.New("wechatsim: push: the simulator is closed")
	}
	s.push.wg.Add(1)
	s.mu.Unlock()
	defer s.push.wg.Done()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer context.AfterFunc(s.push.ctx, cancel)()
	return s.deliver(ctx, from, event, fields)
}

// pushLater pushes event with fields after AuditDelay, from the account's
// administrator, when a push target is set: an audit that ends a moment after the
// call that started it. mu must be held (it is called by endpoint handlers).
func (s *Server) pushLater(event string, fields ...Field) {
	s.pushLaterFunc(event, func() []Field { return fields })
}

// pushLaterFunc is pushLater with fields decided when the push is due, with mu
// held: nil pushes nothing.
func (s *Server) pushLaterFunc(event string, decide func() []Field) {
	if s.push.target.URL == "" || s.closed {
		return
	}
	s.push.wg.Add(1)
	go func() {
		defer s.push.wg.Done()
		t := time.NewTimer(s.push.auditDelay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-s.push.ctx.Done():
			return
		}
		s.mu.Lock()
		fields := decide()
		s.mu.Unlock()
		if fields != nil {
			_ = s.deliver(s.push.ctx, s.adminOpenID(), event, fields) // recorded in Pushes
		}
	}()
}

// deliver makes one push with its retries and records it.
func (s *Server) deliver(ctx context.Context, from, event string, fields []Field) error {
	s.mu.Lock()
	target := s.push.target
	s.mu.Unlock()
	rec := PushRecord{Event: event, From: from}
	err := func() error {
		u, body, err := s.buildPush(target, from, event, fields)
		if err != nil {
			return err
		}
		var last error
		for rec.Attempts <= s.push.retries {
			rec.Attempts++
			if last = s.attempt(ctx, u, body); last == nil || ctx.Err() != nil {
				break
			}
		}
		if last != nil {
			return fmt.Errorf("wechatsim: push %s to %s: %d attempts, the last: %w", event, target.URL, rec.Attempts, last)
		}
		return nil
	}()
	rec.Accepted = err == nil
	if err != nil {
		rec.Error = err.Error()
	}
	s.mu.Lock()
	if len(s.push.records) >= maxRecorded {
		s.push.records = append(s.push.records[:0], s.push.records[maxRecorded/2:]...)
	}
	s.push.records = append(s.push.records, rec)
	s.mu.Unlock()
	return err
}

// maxAnswer bounds the answer read: "success" is all WeChat expects.
const maxAnswer = 64 << 10

// attempt sends the push once and reports why WeChat would not take the answer.
func (s *Server) attempt(parent context.Context, u string, body []byte) error {
	ctx, cancel := context.WithTimeout(parent, s.push.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "text/xml")
	resp, err := s.push.client.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) && parent.Err() == nil {
			return fmt.Errorf("no answer within %v", s.push.timeout)
		}
		return err
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
	if err != nil {
		return fmt.Errorf("HTTP %d, reading the answer: %w", resp.StatusCode, err)
	}
	if resp.StatusCode != http.StatusOK || (len(answer) != 0 && string(answer) != "success") {
		return fmt.Errorf("HTTP %d %.200q, want 200 with \"success\" or an empty body", resp.StatusCode, answer)
	}
	return nil
}

// xmlNameRE is the element names a push may carry (WeChat's are ASCII words).
var xmlNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.-]*$`)

// envelope is the elements Push writes itself.
var envelope = []string{"ToUserName", "FromUserName", "CreateTime", "MsgType", "Event"}

// buildPush makes the URL and body of one push to t.
func (s *Server) buildPush(t PushTarget, from, event string, fields []Field) (string, []byte, error) {
	if t.URL == "" {
		return "", nil, errors.New("wechatsim: push: no push target (SetPushTarget)")
	}
	u, err := url.Parse(t.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", nil, fmt.Errorf("wechatsim: push target URL %q is not an http(s) URL", t.URL)
	}
	var key wxcrypt.Key
	switch t.Mode {
	case "", ModePlain:
	case ModeCompatible, ModeSafe:
		if key, err = wxcrypt.ParseKey(t.AESKey); err != nil {
			return "", nil, fmt.Errorf("wechatsim: push target in %s mode: %w", t.Mode, err)
		}
	default:
		return "", nil, fmt.Errorf("wechatsim: push target mode %q, want plain, compatible or safe", t.Mode)
	}
	for _, f := range fields {
		if !xmlNameRE.MatchString(f.Name) {
			return "", nil, fmt.Errorf("wechatsim: push field name %q is not an XML element name", f.Name)
		}
		for _, e := range envelope {
			if strings.EqualFold(f.Name, e) {
				return "", nil, fmt.Errorf("wechatsim: push field %q is part of the envelope", f.Name)
			}
		}
	}
	toUser := t.ToUserName
	if toUser == "" {
		toUser = s.originalID()
	}
	now := strconv.FormatInt(s.now().Unix(), 10)
	nonce := strconv.FormatUint(uint64(rand.Uint32()), 10) // WeChat's nonces are digits too

	// The seeds' layout: one element a line.
	var msg bytes.Buffer
	msg.WriteString("<xml>")
	for _, f := range append([]Field{
		{"ToUserName", toUser}, {"FromUserName", from}, {"CreateTime", now}, {"MsgType", "event"}, {"Event", event},
	}, fields...) {
		writeElement(&msg, f)
		msg.WriteByte('\n')
	}

	q := u.Query()
	q.Set("signature", wxcrypt.Signature(t.Token, now, nonce))
	q.Set("timestamp", now)
	q.Set("nonce", nonce)
	var body bytes.Buffer
	if t.Mode == "" || t.Mode == ModePlain {
		body.Write(msg.Bytes())
	} else {
		plain := append(bytes.Clone(msg.Bytes()), "</xml>"...)
		encrypt := wxcrypt.Encrypt(key, plain, cmp.Or(t.AppID, s.appID))
		q.Set("openid", from)
		q.Set("encrypt_type", "aes")
		q.Set("msg_signature", wxcrypt.Signature(t.Token, now, nonce, encrypt))
		if t.Mode == ModeCompatible {
			body.Write(msg.Bytes()) // the plaintext elements, then the ciphertext
		} else {
			body.WriteString("<xml>")
			writeElement(&body, Field{"ToUserName", toUser})
		}
		writeElement(&body, Field{"Encrypt", encrypt})
	}
	body.WriteString("</xml>")
	u.RawQuery = q.Encode()
	return u.String(), body.Bytes(), nil
}

// writeElement writes <name>value</name>: the value bare when it is all digits,
// in CDATA otherwise (a "]]>" in it split across two sections).
func writeElement(b *bytes.Buffer, f Field) {
	b.WriteString("<" + f.Name + ">")
	if isDigits(f.Value) {
		b.WriteString(f.Value)
	} else {
		b.WriteString("<![CDATA[")
		b.WriteString(strings.ReplaceAll(f.Value, "]]>", "]]]]><![CDATA[>"))
		b.WriteString("]]>")
	}
	b.WriteString("</" + f.Name + ">")
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// originalID is the account's original id (原始ID) when the target names none:
// "gh_" and 12 hex digits, stable for an AppID.
func (s *Server) originalID() string {
	sum := sha1.Sum([]byte("gh:" + s.appID))
	return "gh_" + hex.EncodeToString(sum[:6])
}

// adminOpenID is the openid the store audit events come from (the seed's examples
// carry one, od1P50M-…): 28 characters like a real openid, stable for an AppID.
func (s *Server) adminOpenID() string {
	sum := sha1.Sum([]byte("admin:" + s.appID))
	return "o" + base64.RawURLEncoding.EncodeToString(sum[:])[:27]
}

// auditFields is the audit_id, status, reason of the store audit events.
func auditFields(auditID int64, status int, reason string) []Field {
	return []Field{
		{"audit_id", strconv.FormatInt(auditID, 10)},
		{"status", strconv.Itoa(status)},
		{"reason", reason},
	}
}
