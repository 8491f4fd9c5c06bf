package main

import (
	"bytes"
	"errors"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The worked vector (seed 001's formula, checked with Python's hashlib).
var portalVector = []string{
	"--app-id", "wx0123456789abcdef",
	"--extend", "abc123",
	"--timestamp", "1700000000000",
	"--shop-id", "429620",
	"--auth-url", "http://192.168.1.1/auth.html?t=abc&s=123",
	"--mac", "aa:bb:cc:dd:ee:ff",
	"--ssid", "WX123",
}

const portalVectorKey = "3f8a1c9d2e7b4a60"

func keyFile(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "shop.key")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestPortalSignVector(t *testing.T) {
	var stdout, stderr bytes.Buffer
	args := append(portalVector, "--key-file", keyFile(t, portalVectorKey+"\n"))
	if err := portalSign(args, &stdout, &stderr); err != nil {
		t.Fatalf("portalSign: %v\n%s", err, stderr.String())
	}
	want := "sign: e59bccfee9b43fc7e22aee894c0e0328\n" +
		"timestamp: 1700000000000\n" +
		"connect_url: weixin://connectToFreeWifi/?apKey=_p33beta&appId=wx0123456789abcdef&shopId=429620" +
		"&authUrl=http%3A%2F%2F192.168.1.1%2Fauth.html%3Ft%3Dabc%26s%3D123&extend=abc123&timestamp=1700000000000" +
		"&sign=e59bccfee9b43fc7e22aee894c0e0328\n"
	if stdout.String() != want {
		t.Errorf("output =\n%s\nwant\n%s", stdout.String(), want)
	}
	if strings.Contains(stdout.String()+stderr.String(), portalVectorKey) {
		t.Error("the key was printed")
	}
}

// TestPortalSignThroughRun checks the sub-command is reachable from the command line.
func TestPortalSignThroughRun(t *testing.T) {
	var stderr bytes.Buffer
	if err := run([]string{"portal", "sign", "--help"}, func(string) string { return "" }, &stderr); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("gateway portal sign --help = %v", err)
	}
	if !strings.Contains(stderr.String(), "-key-file") {
		t.Errorf("help does not list --key-file:\n%s", stderr.String())
	}
	stderr.Reset()
	if err := run([]string{"portal", "nope"}, func(string) string { return "" }, &stderr); err == nil {
		t.Error("gateway portal nope succeeded")
	}
}

func TestPortalSignDefaultTimestamp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	var args []string
	for i := 0; i < len(portalVector); i += 2 {
		if portalVector[i] != "--timestamp" {
			args = append(args, portalVector[i], portalVector[i+1])
		}
	}
	before := time.Now().UnixMilli()
	if err := portalSign(append(args, "--key-file", keyFile(t, portalVectorKey)), &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	after := time.Now().UnixMilli()
	var link string
	var ts int64
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		k, v, _ := strings.Cut(line, ": ")
		switch k {
		case "timestamp":
			ts, _ = strconv.ParseInt(v, 10, 64)
		case "connect_url":
			link = v
		}
	}
	if ts < before || ts > after {
		t.Errorf("timestamp %d is not now (%d–%d)", ts, before, after)
	}
	u, err := url.Parse(link)
	if err != nil || u.Query().Get("timestamp") != strconv.FormatInt(ts, 10) || u.Query().Get("authUrl") != "http://192.168.1.1/auth.html?t=abc&s=123" {
		t.Errorf("connect_url %q does not carry the inputs (%v)", link, err)
	}
}

func TestPortalSignErrors(t *testing.T) {
	good := keyFile(t, portalVectorKey)
	set := func(flag, value string) []string {
		var args []string
		for i := 0; i < len(portalVector); i += 2 {
			if portalVector[i] != flag {
				args = append(args, portalVector[i], portalVector[i+1])
			}
		}
		if value != "" {
			args = append(args, flag, value)
		}
		return args
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no key file", portalVector, "--key-file is required"},
		{"missing key file", append(set("", ""), "--key-file", "/nonexistent/key"), "--key-file"},
		{"empty key file", append(set("", ""), "--key-file", keyFile(t, " \n")), "is empty"},
		{"no app id", append(set("--app-id", ""), "--key-file", good), "--app-id is required"},
		{"bad extend", append(set("--extend", "abc-123"), "--key-file", good), "--extend"},
		{"bad mac", append(set("--mac", "zz:bb:cc:dd:ee:ff"), "--key-file", good), "--mac"},
		{"no ssid", append(set("--ssid", ""), "--key-file", good), "--ssid"},
		{"ftp auth url", append(set("--auth-url", "ftp://192.168.1.1/x"), "--key-file", good), "--auth-url"},
		{"no shop id", append(set("--shop-id", ""), "--key-file", good), "--shop-id"},
		{"key as an argument", append(set("", ""), "--key-file", good, portalVectorKey), "unexpected arguments"},
		{"unknown flag", append(set("", ""), "--key", portalVectorKey), "-key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := portalSign(tt.args, &stdout, &stderr)
			if err == nil || !strings.Contains(err.Error()+stderr.String(), tt.want) {
				t.Errorf("portalSign = %v (stderr %q), want an error containing %q", err, stderr.String(), tt.want)
			}
			if stdout.Len() != 0 {
				t.Errorf("printed %q on error", stdout.String())
			}
			if strings.Contains(err.Error()+stdout.String()+stderr.String(), portalVectorKey) {
				t.Error("the key was printed")
			}
		})
	}
}
