package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"buf.build/go/protovalidate"

	portalv1 "github.com/wxgate/wxgate/gen/go/wxgate/portal/v1"
	"github.com/wxgate/wxgate/internal/portal"
)

const portalUsage = `usage: gateway portal <command> [flags]

commands:
  sign     compute a Wi-Fi portal sign and connect link offline (seed 001), to check
           what a router sends (gateway portal sign --help for its flags)
`

// portalCommand runs "gateway portal …": tools for field engineers that need no
// running gateway and no WeChat account.
func portalCommand(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, portalUsage)
		return flag.ErrHelp
	}
	switch args[0] {
	case "sign":
		return portalSign(args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stderr, portalUsage)
		return nil
	}
	fmt.Fprint(stderr, portalUsage)
	return fmt.Errorf("portal: unknown command %q", args[0])
}

// portalSign computes the sign of seed 001 from flags and a key file and prints the
// sign, the timestamp and the connect link. The key is read from a file, never a
// flag, so that it stays out of shell history and process listings; it is never
// printed.
func portalSign(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("portal sign", flag.ContinueOnError)
	fs.SetOutput(stderr)
	appID := fs.String("app-id", "", "the Official Account's app `id` (appId)")
	shopID := fs.Int64("shop-id", 0, "the shop `id` (shopId)")
	authURL := fs.String("auth-url", "", "the authentication server's `URL`, not URL-encoded (authUrl)")
	mac := fs.String("mac", "", "the `MAC` address that is signed, e.g. aa:bb:cc:dd:ee:ff")
	ssid := fs.String("ssid", "", "the network's `SSID`")
	extend := fs.String("extend", "", "the extend `parameter`: letters and digits, at most 300")
	timestamp := fs.Int64("timestamp", 0, "the timestamp in `milliseconds` since the Unix epoch (default now)")
	keyFile := fs.String("key-file", "", "`file` holding the shop's portal secret key (secretkey)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		// Not echoed: a key pasted as an argument must not be printed back.
		return fmt.Errorf("portal sign: %d unexpected arguments (the key is read from --key-file)", fs.NArg())
	}
	if *appID == "" {
		return errors.New("portal sign: --app-id is required")
	}
	if *keyFile == "" {
		return errors.New("portal sign: --key-file is required")
	}
	if *timestamp == 0 {
		*timestamp = time.Now().UnixMilli()
	}
	// The gateway's own rules (portal.proto), so that the tool signs only what the
	// gateway would.
	req := &portalv1.SignRequest{ShopId: *shopID, AuthUrl: *authURL, Extend: *extend, Mac: *mac, Ssid: *ssid, Timestamp: *timestamp}
	if err := flagErrors(protovalidate.Validate(req)); err != nil {
		return err
	}
	raw, err := os.ReadFile(*keyFile)
	if err != nil {
		return fmt.Errorf("portal sign: --key-file: %w", err)
	}
	key := portal.Secret(strings.TrimSpace(string(raw)))
	if key == "" {
		return fmt.Errorf("portal sign: --key-file %s is empty", *keyFile)
	}

	p := portal.Params{AppID: *appID, Extend: *extend, Timestamp: *timestamp, ShopID: *shopID, AuthURL: *authURL, MAC: *mac, SSID: *ssid}
	sign := portal.Sign(p, key.Reveal())
	fmt.Fprintf(stdout, "sign: %s\ntimestamp: %d\nconnect_url: %s\n", sign, p.Timestamp, portal.ConnectURL(p, sign))
	return nil
}

// flagErrors turns protovalidate's violations into messages naming the flags.
func flagErrors(err error) error {
	var verr *protovalidate.ValidationError
	if !errors.As(err, &verr) {
		return err
	}
	msgs := make([]string, len(verr.Violations))
	for i, v := range verr.Violations {
		field := protovalidate.FieldPathString(v.Proto.GetField())
		msgs[i] = "--" + strings.ReplaceAll(field, "_", "-") + ": " + v.Proto.GetMessage()
	}
	return fmt.Errorf("portal sign: %s", strings.Join(msgs, "; "))
}
