// Package silenceper tests wxgate's WeChat-compatible pass-through ("compat") with
// the real, unmodified Go SDK github.com/silenceper/wechat/v2 (officialaccount),
// pointed at the gateway the way it supports: util.SetURIModifier replacing
// https://api.weixin.qq.com, AppSecret = the caller's wxgate key, a memory cache.
//
// It is its own Go module (so the gateway's go.mod never depends on the SDK), and
// starts `gateway sim` and `gateway serve` itself. Run it from the repository root:
//
//	cd interop/silenceper && go test -race -count=1 ./...
//
// which builds ../../cmd/gateway into a temporary directory, or with a built binary:
//
//	make build && cd interop/silenceper && WXGATE_GATEWAY=$PWD/../../bin/gateway go test -race -count=1 ./...
//
// (GOFLAGS=-mod=mod is not needed: go.sum is complete). WXGATE_INTEROP_LOG=1
// prints the gateway's log at the end; a failure always does.
//
// silenceper v2.1.10's officialaccount has no Wi-Fi (bizwifi), card or store (wxa)
// API: the tests cover what it has that the simulator serves — the token (GET
// /cgi-bin/token and POST /cgi-bin/stable_token), temporary media upload and
// download (/cgi-bin/media/upload, /cgi-bin/media/get), the JS-SDK ticket behind
// js.GetConfig (/cgi-bin/ticket/getticket) and the OAuth code exchange
// (/sns/oauth2/access_token).
package silenceper

import (
	"bytes"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/silenceper/wechat/v2"
	"github.com/silenceper/wechat/v2/cache"
	"github.com/silenceper/wechat/v2/credential"
	"github.com/silenceper/wechat/v2/officialaccount"
	"github.com/silenceper/wechat/v2/officialaccount/config"
	"github.com/silenceper/wechat/v2/officialaccount/material"
	"github.com/silenceper/wechat/v2/util"
)

// newOA is an official account client as a silenceper user writes it: the account's
// app id, the caller's wxgate key as its AppSecret, its own memory cache (the token
// cache key is per app id: two callers of one account must not share a cache).
func newOA(t *testing.T, key string, stable bool) (*officialaccount.OfficialAccount, cache.Cache) {
	t.Helper()
	mem := cache.NewMemory()
	oa := wechat.NewWechat().GetOfficialAccount(&config.Config{
		AppID: env.appID, AppSecret: key, Cache: mem, UseStableAK: stable,
	})
	return oa, mem
}

// errcode is the WeChat errcode in an error of silenceper's: a *util.CommonError, or
// the "errcode=N" its fmt.Errorf messages carry.
func errcode(t *testing.T, err error) int {
	t.Helper()
	if err == nil {
		t.Fatalf("want an error with an errcode, got none")
	}
	var ce *util.CommonError
	if errors.As(err, &ce) {
		return int(ce.ErrCode)
	}
	m := regexp.MustCompile(`errcode=(-?\d+)`).FindStringSubmatch(err.Error())
	if m == nil {
		t.Fatalf("silenceper's error carries no errcode: %v", err)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// png is a small file to upload (the simulator keeps its bytes).
var png = append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte("wxgate-silenceper "), 200)...)

// sdkToken is the token oa holds, fetched from wxgate if it has none, once the
// gateway has logged the fetch (a log line may trail its answer by a moment).
func sdkToken(t *testing.T, oa *officialaccount.OfficialAccount, caller string) string {
	t.Helper()
	before := sdkTokenFetches(caller)
	tok, err := oa.GetAccessToken()
	if err != nil {
		t.Fatalf("caller %s: GetAccessToken: %v", caller, err)
	}
	if !strings.HasPrefix(tok, "wxgt1.") {
		t.Fatalf("caller %s: silenceper holds %q, want an SDK token wxgt1.…", caller, tok)
	}
	deadline := time.Now().Add(5 * time.Second)
	for sdkTokenFetches(caller) < before+1 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	return tok
}

func first(v []string) string {
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

// TestTokenFromGateway: silenceper fetches its token from wxgate (GET /cgi-bin/token,
// or POST /cgi-bin/stable_token with UseStableAK), gets an SDK token, never the real
// one, and its calls reach WeChat with the real one.
func TestTokenFromGateway(t *testing.T) {
	for _, stable := range []bool{false, true} {
		name, path := "token", "/cgi-bin/token"
		if stable {
			name, path = "stable_token", "/cgi-bin/stable_token"
		}
		t.Run(name, func(t *testing.T) {
			fetches := countPassThrough("sdk", path)
			oa, _ := newOA(t, env.sdkKey, stable)
			tok, err := oa.GetAccessToken()
			if err != nil {
				t.Fatalf("GetAccessToken: %v", err)
			}
			if !strings.HasPrefix(tok, "wxgt1.") {
				t.Errorf("silenceper holds %q, want an SDK token wxgt1.…", tok)
			}
			if got := waitPassThrough(t, "sdk", path, fetches+1); got.Errcode != 0 {
				t.Errorf("the token fetch was logged with errcode %d", got.Errcode)
			}

			// A call with it: the JS-SDK config, whose ticket comes through the
			// pass-through (GET /cgi-bin/ticket/getticket?access_token=…&type=jsapi).
			tickets := countPassThrough("sdk", "/cgi-bin/ticket/getticket")
			cfg, err := oa.GetJs().GetConfig("https://shop.example.com/page")
			if err != nil {
				t.Fatalf("js.GetConfig: %v", err)
			}
			if cfg.AppID != env.appID || len(cfg.Signature) != 40 {
				t.Errorf("js.GetConfig = %+v", cfg)
			}
			if got := waitPassThrough(t, "sdk", "/cgi-bin/ticket/getticket", tickets+1); got.Errcode != 0 {
				t.Errorf("the ticket fetch was logged with errcode %d", got.Errcode)
			}
			s := stats(t)
			if slices.Contains(s.Tokens, tok) {
				t.Errorf("silenceper's token %q is a real access_token", tok)
			}
			// The simulator answers only access_tokens it issued (it checks each
			// request's, and records the request without it): the ticket came, so
			// wxgate sent a real one in place of silenceper's.
			if n := len(simRequests(t, "/cgi-bin/ticket/getticket")); n == 0 {
				t.Errorf("the simulator got no ticket request")
			}
			// silenceper's secret, the caller key, is not the account's: the
			// simulator would refuse it at its token endpoint (40125); wxgate
			// answered the token endpoint itself and fetched the real token with the
			// account's secret.
			if again, _ := oa.GetAccessToken(); again != tok {
				t.Errorf("the cached token changed: %q then %q", tok, again)
			}
			if n := countPassThrough("sdk", path) - fetches; n != 1 {
				t.Errorf("silenceper fetched its token %d times from wxgate, want 1", n)
			}
		})
	}
}

// TestMediaUploadDownload: material.MediaUpload (a file path) and
// MediaUploadFromReader go through POST /cgi-bin/media/upload (multipart "media");
// GetMediaURL's URL, fetched with silenceper's own util.HTTPGet (which applies the
// URI modifier), downloads the same bytes through GET /cgi-bin/media/get.
func TestMediaUploadDownload(t *testing.T) {
	oa, _ := newOA(t, env.sdkKey, false)
	m := oa.GetMaterial()
	ups, dls := countPassThrough("sdk", "/cgi-bin/media/upload"), countPassThrough("sdk", "/cgi-bin/media/get")
	file := filepath.Join(t.TempDir(), "pixel.png")
	if err := os.WriteFile(file, png, 0o600); err != nil {
		t.Fatal(err)
	}
	uploads := []func() (material.Media, error){
		func() (material.Media, error) { return m.MediaUpload(material.MediaTypeImage, file) },
		func() (material.Media, error) {
			return m.MediaUploadFromReader(material.MediaTypeImage, "pixel.png", bytes.NewReader(png))
		},
	}
	for i, upload := range uploads {
		media, err := upload()
		if err != nil {
			t.Fatalf("upload %d: %v", i, err)
		}
		if media.MediaID == "" || media.Type != material.MediaTypeImage || media.CreatedAt == 0 {
			t.Fatalf("upload %d = %+v", i, media)
		}
		up := waitPassThrough(t, "sdk", "/cgi-bin/media/upload", ups+i+1)
		if up.Errcode != 0 {
			t.Errorf("upload %d logged errcode %d", i, up.Errcode)
		}

		mediaURL, err := m.GetMediaURL(media.MediaID)
		if err != nil {
			t.Fatal(err)
		}
		// The URL carries silenceper's SDK token and WeChat's host: only a client
		// with the URI modifier (util's) reaches wxgate with it.
		if !strings.HasPrefix(mediaURL, compatHost+"/cgi-bin/media/get?access_token=wxgt1.") {
			t.Errorf("GetMediaURL = %q", mediaURL)
		}
		got, err := util.HTTPGet(mediaURL)
		if err != nil {
			t.Fatalf("download %d: %v", i, err)
		}
		if !bytes.Equal(got, png) {
			t.Fatalf("download %d: %d bytes %.40q, want the %d uploaded", i, len(got), got, len(png))
		}
		if dl := waitPassThrough(t, "sdk", "/cgi-bin/media/get", dls+i+1); dl.Errcode != 0 {
			t.Errorf("download %d logged errcode %d", i, dl.Errcode)
		}
	}

	// Not an SDK call, a check of what WxJava and others read and silenceper's
	// util.HTTPGet drops: the file's headers come through the pass-through as WeChat
	// sent them.
	media, err := m.MediaUploadFromReader(material.MediaTypeImage, "pixel.png", bytes.NewReader(png))
	if err != nil {
		t.Fatal(err)
	}
	mediaURL, _ := m.GetMediaURL(media.MediaID)
	resp, err := controlClient.Get(strings.Replace(mediaURL, compatHost, env.compat, 1))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if ct, cd := resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"); resp.StatusCode != http.StatusOK ||
		ct != "image/jpeg" && ct != "image/png" || !strings.Contains(cd, "pixel.png") {
		t.Errorf("media/get through wxgate: %s, Content-Type %q, Content-Disposition %q", resp.Status, ct, cd)
	}
}

// TestOAuthCodeExchange: oauth.GetUserAccessToken sends the AppSecret it has (the
// caller's key) to /sns/oauth2/access_token; wxgate puts the account's secret in its
// place, and the user's OAuth token comes back.
func TestOAuthCodeExchange(t *testing.T) {
	oa, _ := newOA(t, env.sdkKey, false)
	res, err := oa.GetOauth().GetUserAccessToken("code42")
	if err != nil {
		t.Fatalf("GetUserAccessToken: %v", err)
	}
	if !strings.HasPrefix(res.AccessToken, "user-") || res.OpenID != "ocode42" || res.RefreshToken == "" {
		t.Errorf("GetUserAccessToken = %+v", res)
	}
	// The simulator checks appid and secret against the account's (40125
	// otherwise): the answer shows wxgate swapped the caller key for the secret.
}

// TestTokenRotation: WeChat revokes the real token (another holder fetched one);
// wxgate refreshes it once and retries, silenceper's call succeeds with the SDK
// token it holds, and fetches no other.
func TestTokenRotation(t *testing.T) {
	oa, _ := newOA(t, env.sdkKey, false)
	m := oa.GetMaterial()
	tok := sdkToken(t, oa, "sdk")
	ups := countPassThrough("sdk", "/cgi-bin/media/upload")
	if _, err := m.MediaUploadFromReader(material.MediaTypeImage, "a.png", bytes.NewReader(png)); err != nil {
		t.Fatal(err)
	}
	sdkFetches := sdkTokenFetches("sdk")
	for rotation := 1; rotation <= 2; rotation++ {
		before, sent := stats(t), len(simRequests(t, "/cgi-bin/media/upload"))
		invalidateTokens(t)
		media, err := m.MediaUploadFromReader(material.MediaTypeImage, "a.png", bytes.NewReader(png))
		if err != nil {
			t.Fatalf("rotation %d: the call after the rotation failed: %v", rotation, err)
		}
		if media.MediaID == "" {
			t.Fatalf("rotation %d: %+v", rotation, media)
		}
		after := stats(t)
		if d := after.TokenFetches - before.TokenFetches; d != 1 {
			t.Errorf("rotation %d: %d real token fetches, want exactly 1", rotation, d)
		}
		if d := len(simRequests(t, "/cgi-bin/media/upload")) - sent; d != 2 {
			t.Errorf("rotation %d: WeChat got the upload %d times, want 2 (refused with the revoked token, then the retry)", rotation, d)
		}
		if slices.Contains(after.Tokens, tok) {
			t.Errorf("silenceper's token is a real one")
		}
	}
	if again, _ := oa.GetAccessToken(); again != tok {
		t.Errorf("silenceper's token changed across rotations: %q then %q", tok, again)
	}
	waitPassThrough(t, "sdk", "/cgi-bin/media/upload", ups+3)
	if n := sdkTokenFetches("sdk") - sdkFetches; n != 0 {
		t.Errorf("silenceper fetched its token %d more times from wxgate, want 0 (its SDK token stays valid)", n)
	}
}

// TestPersistent40001: WeChat refuses the real token twice running; wxgate refreshes
// once, retries once, then answers -1 (system busy), which silenceper surfaces as
// its error — no refresh loop, neither in wxgate nor in the SDK.
func TestPersistent40001(t *testing.T) {
	oa, _ := newOA(t, env.sdkKey, false)
	m := oa.GetMaterial()
	sdkToken(t, oa, "sdk")
	sdkFetches := sdkTokenFetches("sdk")
	before, sent := stats(t), len(simRequests(t, "/cgi-bin/media/upload"))
	logged := countPassThrough("sdk", "/cgi-bin/media/upload")
	inject(t, "/cgi-bin/media/upload", 40001, 2)
	start := time.Now()
	_, err := m.MediaUploadFromReader(material.MediaTypeImage, "a.png", bytes.NewReader(png))
	if code := errcode(t, err); code != -1 {
		t.Fatalf("MediaUploadFromReader under a persistent 40001: errcode %d (%v), want -1", code, err)
	}
	t.Logf("silenceper's error: %v (after %v)", err, time.Since(start).Round(time.Millisecond))
	after := stats(t)
	if d := after.TokenFetches - before.TokenFetches; d != 1 {
		t.Errorf("%d real token fetches, want exactly 1 (one refresh)", d)
	}
	if d := len(simRequests(t, "/cgi-bin/media/upload")) - sent; d != 2 {
		t.Errorf("WeChat got the upload %d times, want 2 (the call and one retry)", d)
	}
	if got := waitPassThrough(t, "sdk", "/cgi-bin/media/upload", logged+1); got.Errcode != -1 {
		t.Errorf("the gateway logged errcode %d, want -1", got.Errcode)
	}
	// The fault spent, the same client works again, still with its SDK token.
	if _, err := m.MediaUploadFromReader(material.MediaTypeImage, "a.png", bytes.NewReader(png)); err != nil {
		t.Fatalf("the call after the fault: %v", err)
	}
	waitPassThrough(t, "sdk", "/cgi-bin/media/upload", logged+2)
	if n := sdkTokenFetches("sdk") - sdkFetches; n != 0 {
		t.Errorf("silenceper fetched its token %d more times from wxgate, want 0", n)
	}
	if d := stats(t).TokenFetches - after.TokenFetches; d != 0 {
		t.Errorf("%d more real token fetches after the fault, want 0", d)
	}
}

// TestUnknownToken: a token wxgate never issued (here forged into silenceper's
// cache) is answered 40001 without reaching WeChat; silenceper surfaces it (it
// refreshes on nothing), and once its cache entry is gone it fetches a new one
// from wxgate.
func TestUnknownToken(t *testing.T) {
	oa, mem := newOA(t, env.sdkKey, false)
	cacheKey := credential.CacheKeyOfficialAccountPrefix + "_access_token_" + env.appID
	if err := mem.Set(cacheKey, "wxgt1.forged", time.Hour); err != nil {
		t.Fatal(err)
	}
	before, sent := stats(t), len(simRequests(t, "/cgi-bin/media/upload"))
	_, err := oa.GetMaterial().MediaUploadFromReader(material.MediaTypeImage, "a.png", bytes.NewReader(png))
	if code := errcode(t, err); code != 40001 {
		t.Fatalf("a forged token: errcode %d (%v), want 40001", code, err)
	}
	if s := stats(t); s.TokenFetches != before.TokenFetches || len(simRequests(t, "/cgi-bin/media/upload")) != sent {
		t.Errorf("a forged token reached WeChat or made a token fetch")
	}
	fetches, ups := sdkTokenFetches("sdk"), countPassThrough("sdk", "/cgi-bin/media/upload")
	mem.Delete(cacheKey)
	if _, err := oa.GetMaterial().MediaUploadFromReader(material.MediaTypeImage, "a.png", bytes.NewReader(png)); err != nil {
		t.Fatalf("after a new token: %v", err)
	}
	waitPassThrough(t, "sdk", "/cgi-bin/media/upload", ups+1)
	if n := sdkTokenFetches("sdk") - fetches; n != 1 {
		t.Errorf("%d token fetches from wxgate, want 1", n)
	}
}

// limitedUploads are caller limited's uploads so far in this gateway run.
var limitedUploads int

// TestRefusals: WeChat-shaped refusals silenceper understands (its errors carry the
// errcode): a wrong secret at the token endpoint (40125), a path outside the
// caller's rules (48001), and past the caller's quota share (45009), none of which
// reach WeChat.
func TestRefusals(t *testing.T) {
	t.Run("wrong secret", func(t *testing.T) {
		oa, _ := newOA(t, "not-a-wxgate-key", false)
		_, err := oa.GetAccessToken()
		if code := errcode(t, err); code != 40125 {
			t.Errorf("GetAccessToken with a wrong secret: errcode %d (%v), want 40125", code, err)
		}
	})

	oa, _ := newOA(t, env.limitedKey, false)
	fetches := sdkTokenFetches("limited")
	sdkToken(t, oa, "limited") // /cgi-bin/token is in its rules

	t.Run("path outside the rules", func(t *testing.T) {
		tickets, logged := len(simRequests(t, "/cgi-bin/ticket/getticket")), countPassThrough("limited", "/cgi-bin/ticket/getticket")
		_, err := oa.GetJs().GetConfig("https://shop.example.com/page")
		if code := errcode(t, err); code != 48001 {
			t.Fatalf("js.GetConfig for caller limited: errcode %d (%v), want 48001", code, err)
		}
		t.Logf("silenceper's error: %v", err)
		if got := waitPassThrough(t, "limited", "/cgi-bin/ticket/getticket", logged+1); got.Errcode != 48001 {
			t.Errorf("logged errcode %d, want 48001", got.Errcode)
		}
		if n := len(simRequests(t, "/cgi-bin/ticket/getticket")); n != tickets {
			t.Errorf("a refused call reached WeChat")
		}
	})

	t.Run("past the quota share", func(t *testing.T) {
		m := oa.GetMaterial()
		uploads, logged := len(simRequests(t, "/cgi-bin/media/upload")), countPassThrough("limited", "/cgi-bin/media/upload")
		// Its share is 2 a day, for the whole gateway run (go test -count=N runs
		// this N times against the one gateway).
		within := max(0, 2-limitedUploads)
		for i := 1; i <= within; i++ {
			if _, err := m.MediaUploadFromReader(material.MediaTypeImage, "q.png", bytes.NewReader(png)); err != nil {
				t.Fatalf("upload %d within the share: %v", i, err)
			}
			limitedUploads++
		}
		_, err := m.MediaUploadFromReader(material.MediaTypeImage, "q.png", bytes.NewReader(png))
		if code := errcode(t, err); code != 45009 {
			t.Fatalf("upload %d, past the share: errcode %d (%v), want 45009", within+1, code, err)
		}
		t.Logf("silenceper's error: %v", err)
		if got := waitPassThrough(t, "limited", "/cgi-bin/media/upload", logged+within+1); got.Errcode != 45009 {
			t.Errorf("logged errcode %d, want 45009", got.Errcode)
		}
		if n := len(simRequests(t, "/cgi-bin/media/upload")) - uploads; n != within {
			t.Errorf("WeChat got %d uploads of caller limited, want %d", n, within)
		}
		// The share is the caller's: caller sdk still uploads.
		sdk, _ := newOA(t, env.sdkKey, false)
		if _, err := sdk.GetMaterial().MediaUploadFromReader(material.MediaTypeImage, "q.png", bytes.NewReader(png)); err != nil {
			t.Errorf("caller sdk after limited's share is spent: %v", err)
		}
	})

	if n := sdkTokenFetches("limited") - fetches; n != 1 {
		t.Errorf("caller limited fetched its token %d times from wxgate, want 1", n)
	}
}
