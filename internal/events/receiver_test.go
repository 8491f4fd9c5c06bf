package events

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/wxgate/wxgate/internal/config"
	"github.com/wxgate/wxgate/internal/wxcrypt"
)

// The official safe-mode example (research V3: the third-party platform's
// 消息推送 page), received as WeChat sent it: both signatures, pad 22, the
// platform's app id.
const (
	v3Query   = "signature=cc0c594499c1634947d5b502f158ee518947db27&timestamp=1715943329&nonce=1590219412&openid=o9AgO5Kd5ggOC-bXrbNODIiE3bGY&encrypt_type=aes&msg_signature=6c12a4205838198b8fa631b3220723bb07f1015c"
	v3Encrypt = "D7yzvUNAL930rd28wf21s4hvXhz0L6Uit/p2Di6C5DHyYGpEgdBRnKjBec34JwoQXicwaZC7fOVihW80F4VtsdvE//1vr7oAbqjDv8KenVp+ajKYpJnyQ4zMRhIC+a31fCVOMC03FfzV/QuC94kBP55a+Za3sJgvAn+ZbsNqZI5DkyuzkhQN8OBqCzFhizGmy0xpM0MEA4agpvE+RuNO1rhHTtuJB5yltw1FiYzecSXJ+y/D2r81VkRn2eYjh2ltsoyfbDR7Is6ookXIFxTfyeNyeHxMeT4KN5WpCDmSbTcUYrbBUlkGLJ9n/rU8YOywma6G7aTb7KZKOqCxgfoUlYEZPk4FUL/TK7ShriFDMVCLyjQJ15Ob++agDWtcxhfUfe6HIoIpRW8mKNBQiY/Jd1svvuskA1wLef1RTtzKfMpagSCX/laZINmdnX4zrF6kIaR9P4xQrWXbsTFHTYe0Mg=="
	v3Plain   = "<xml><ToUserName><![CDATA[gh_97417a04a28d]]></ToUserName>\n<FromUserName><![CDATA[o9AgO5Kd5ggOC-bXrbNODIiE3bGY]]></FromUserName>\n<CreateTime>1715943329</CreateTime>\n<MsgType><![CDATA[event]]></MsgType>\n<Event><![CDATA[debug_demo]]></Event>\n<debug_str><![CDATA[hello world]]></debug_str>\n</xml>"
)

func v3Receiver(t *testing.T, keys ...string) (*Receiver, *Memory) {
	t.Helper()
	var ks []wxcrypt.Key
	for _, k := range keys {
		key, err := wxcrypt.ParseKey(k)
		if err != nil {
			t.Fatal(err)
		}
		ks = append(ks, key)
	}
	st := NewMemory(Options{Retention: time.Hour, Visibility: time.Second, MaxEvents: 10, MaxGroups: 1})
	r := NewReceiver(ReceiverOptions{
		Endpoints: []Endpoint{{Account: "main", AppID: "wx134c8103faa5a59e", Token: "AAAAA", Keys: ks, Mode: config.PushSafe}},
		Store:     st, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Window: 5 * time.Minute, MaxBody: 64 << 10,
		Now: func() time.Time { return time.Unix(1715943329, 0).Add(2 * time.Second) },
	})
	return r, st
}

func post(r http.Handler, query, body string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	r.ServeHTTP(w, httptest.NewRequest("POST", "/wechat/callback/main?"+query, strings.NewReader(body)))
	return w
}

func TestReceiverOfficialSafeModeExample(t *testing.T) {
	const zeroKey = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	body := "<xml><ToUserName><![CDATA[gh_97417a04a28d]]></ToUserName><Encrypt><![CDATA[" + v3Encrypt + "]]></Encrypt></xml>"
	for _, c := range []struct {
		name string
		keys []string
	}{
		{"current key", []string{zeroKey}},
		{"previous key, during a rotation", []string{"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", zeroKey}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, st := v3Receiver(t, c.keys...)
			if w := post(r, v3Query, body); w.Code != 200 || w.Body.String() != "success" {
				t.Fatalf("push = %d %q", w.Code, w.Body)
			}
			evs, _, _ := st.List(context.Background(), "main", nil, "", 10)
			if len(evs) != 1 {
				t.Fatalf("%d events stored", len(evs))
			}
			ev := evs[0]
			if ev.GetXml() != v3Plain || ev.GetEvent() != "debug_demo" || ev.GetFromUserName() != "o9AgO5Kd5ggOC-bXrbNODIiE3bGY" ||
				ev.GetCreateTime().GetSeconds() != 1715943329 || ev.GetUnknown().GetFields()["debug_str"] != "hello world" {
				t.Errorf("event = %v", ev)
			}
			// WeChat's retry is the same event.
			if w := post(r, v3Query, body); w.Code != 200 || w.Body.String() != "success" {
				t.Fatalf("retry = %d %q", w.Code, w.Body)
			}
			if evs, _, _ := st.List(context.Background(), "main", nil, "", 10); len(evs) != 1 {
				t.Errorf("%d events after the retry, want 1", len(evs))
			}
		})
	}
}

// FuzzReceiver: no request body or query makes the receiver panic, and none that
// it answers success for is stored twice.
func FuzzReceiver(f *testing.F) {
	f.Add(v3Query, "<xml><ToUserName><![CDATA[gh_97417a04a28d]]></ToUserName><Encrypt><![CDATA["+v3Encrypt+"]]></Encrypt></xml>")
	f.Add(v3Query, "<xml><Encrypt>"+v3Encrypt[:64]+"</Encrypt></xml>")
	f.Add("signature=x&timestamp=1&nonce=2", "<!DOCTYPE x><xml/>")
	f.Fuzz(func(t *testing.T, query, body string) {
		r, _ := v3Receiver(t, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
		w := httptest.NewRecorder()
		req, err := http.NewRequest("POST", "/wechat/callback/main?"+query, strings.NewReader(body))
		if err != nil {
			return
		}
		r.ServeHTTP(w, req)
		if w.Code != 200 && w.Code < 400 {
			t.Fatalf("status %d", w.Code)
		}
	})
}
