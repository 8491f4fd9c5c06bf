package main

import (
	"bytes"
	"encoding/hex"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/wxgate/wxgate/internal/callerkey"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

var (
	keyLine    = regexp.MustCompile(`(?m)^(wxg_[a-z2-7]{8}_[a-z2-7]{52})$`)
	digestLine = regexp.MustCompile(`(?m)^      - sha256: ([0-9a-f]{64})  # key id ([a-z2-7]{8}),`)
)

// newKey runs `gateway keys new` and returns the key and the digest line's digest.
func newKey(t *testing.T, args ...string) (key, digest, stdout string) {
	t.Helper()
	var out, stderr bytes.Buffer
	if err := keysCommand(append([]string{"new", "--caller", "orders"}, args...), &out, &stderr); err != nil {
		t.Fatalf("keys new: %v\n%s", err, stderr.String())
	}
	d := digestLine.FindStringSubmatch(out.String())
	if d == nil {
		t.Fatalf("no sha256 config line in:\n%s", out.String())
	}
	if k := keyLine.FindStringSubmatch(out.String()); k != nil {
		key = k[1]
	}
	return key, d[1], out.String()
}

func TestKeysNew(t *testing.T) {
	key, digest, out := newKey(t)
	parsed, err := callerkey.Parse(key)
	if err != nil {
		t.Fatalf("the printed key does not parse: %v\n%s", err, out)
	}
	if d := callerkey.Digest(key); digest != hexOf(d[:]) {
		t.Errorf("the config line's digest is not the key's")
	}
	if !strings.Contains(out, "key id "+parsed.ID) || !strings.Contains(out, "- name: orders") {
		t.Errorf("output:\n%s", out)
	}

	// With --key-file the key goes only to the file, mode 0600.
	path := filepath.Join(t.TempDir(), "orders.key")
	printed, digest, out := newKey(t, "--key-file", path)
	if printed != "" {
		t.Errorf("the key was printed although --key-file was given:\n%s", out)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fileKey := strings.TrimSpace(string(raw))
	if d := callerkey.Digest(fileKey); digest != hexOf(d[:]) {
		t.Error("the key file's key does not match the printed digest")
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v", st.Mode().Perm())
	}
	var stderr bytes.Buffer
	if err := keysCommand([]string{"new", "--caller", "orders", "--key-file", path}, &bytes.Buffer{}, &stderr); err == nil {
		t.Error("keys new overwrote an existing key file")
	}
	if err := keysCommand([]string{"new"}, &bytes.Buffer{}, &stderr); err == nil {
		t.Error("keys new without --caller succeeded")
	}
}

// TestReloadOnSIGHUP: a key made by `gateway keys new`, configured by digest,
// and a second one read from a file, both work; after the config file drops the
// first and the gateway gets SIGHUP, the first is refused and the second works.
func TestReloadOnSIGHUP(t *testing.T) {
	sim, err := wechatsim.Start(wechatsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	oldKey, oldDigest, _ := newKey(t)
	keyPath := filepath.Join(t.TempDir(), "orders.key")
	newKey(t, "--key-file", keyPath)
	raw, _ := os.ReadFile(keyPath)
	second := strings.TrimSpace(string(raw))

	path := filepath.Join(t.TempDir(), "wxgate.yaml")
	writeConfig := func(keys string) {
		t.Helper()
		cfg := "accounts:\n  - name: main\n    app_id: " + sim.AppID() + "\n    app_secret_env: WXGATE_MAIN_SECRET\n    upstream_url: " + sim.URL() + "\n" +
			"callers:\n  - name: orders\n    accounts: [main]\n    allow: [\"wxgate.wifi.v1.WifiService/*\"]\n    keys:\n" + keys
		if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	writeConfig("      - sha256: " + oldDigest + "\n      - key_file: " + keyPath + "\n")
	g := startGateway(t, "--config "+path, "WXGATE_MAIN_SECRET="+sim.AppSecret())
	call := func(key string) int {
		t.Helper()
		req, _ := http.NewRequest("GET", "http://"+g.http+"/v1/wifi/connect-url", nil)
		req.Header.Set("Authorization", "Bearer "+key)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if a, b := call(oldKey), call(second); a != 200 || b != 200 {
		t.Fatalf("both keys during the rotation: HTTP %d, %d\n%s", a, b, g.log())
	}

	writeConfig("      - key_file: " + keyPath + "\n")
	g.cmd.Process.Signal(syscall.SIGHUP)
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(g.log(), "callers reloaded") {
		if time.Now().After(deadline) {
			t.Fatalf("no reload:\n%s", g.log())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if a, b := call(oldKey), call(second); a != http.StatusUnauthorized || b != 200 {
		t.Errorf("after the reload: removed key HTTP %d (want 401), kept key HTTP %d (want 200)", a, b)
	}
	// A config that does not load keeps the callers as they are.
	os.WriteFile(path, []byte("callers: [{name: orders}]\n"), 0o600)
	g.cmd.Process.Signal(syscall.SIGHUP)
	for !strings.Contains(g.log(), "config not reloaded") {
		if time.Now().After(deadline) {
			t.Fatalf("no failed reload:\n%s", g.log())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if b := call(second); b != 200 {
		t.Errorf("after a failed reload: HTTP %d", b)
	}
	g.cmd.Process.Signal(syscall.SIGTERM)
	if err := <-g.exited; err != nil {
		t.Errorf("exit: %v", err)
	}
	for _, k := range []string{oldKey, second} {
		if strings.Contains(g.log(), k) {
			t.Error("a key is in the gateway's log")
		}
	}
}

func hexOf(b []byte) string { return hex.EncodeToString(b) }
