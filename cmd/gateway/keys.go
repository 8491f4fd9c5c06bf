package main

import (
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/wxgate/wxgate/internal/callerkey"
)

const keysUsage = `usage: gateway keys <command> [flags]

commands:
  new      make a new caller key and print the config lines for it
           (gateway keys new --help for its flags)
`

// keysCommand runs "gateway keys …".
func keysCommand(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, keysUsage)
		return flag.ErrHelp
	}
	switch args[0] {
	case "new":
		return keysNew(args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stderr, keysUsage)
		return nil
	}
	fmt.Fprint(stderr, keysUsage)
	return fmt.Errorf("keys: unknown command %q", args[0])
}

// keysNew makes a key. The key is shown once, here; the configuration gets only its
// digest. With --key-file the key goes to that file (mode 0600) instead of the
// terminal, for a secret store or a Kubernetes Secret.
func keysNew(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("keys new", flag.ContinueOnError)
	fs.SetOutput(stderr)
	caller := fs.String("caller", "", "the caller's `name`, as in the callers: section (required)")
	keyFile := fs.String("key-file", "", "write the key to this new `file` (mode 0600) instead of printing it")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *caller == "" {
		fs.Usage()
		return fmt.Errorf("keys new: --caller is required")
	}
	key, id := callerkey.New()
	digest := callerkey.Digest(key)
	if *keyFile != "" {
		f, err := os.OpenFile(*keyFile, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return fmt.Errorf("keys new: %w", err)
		}
		_, err = fmt.Fprintln(f, key)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("keys new: %w", err)
		}
		fmt.Fprintf(stdout, "# The key %s%s_… for caller %q is in %s: give it to the caller (it sends\n# \"authorization: Bearer <key>\"), then delete the file.\n", callerkey.Prefix, id, *caller, *keyFile)
	} else {
		fmt.Fprintf(stdout, "# The key for caller %q, shown only this once: give it to the caller, which sends\n# \"authorization: Bearer <key>\". The gateway keeps only its digest.\n%s\n\n", *caller, key)
	}
	fmt.Fprintf(stdout, `# Config lines for the gateway (add the key to the caller's keys: list to rotate):
callers:
  - name: %s
    keys:
      - sha256: %s  # key id %s, made %s
    accounts: []   # the accounts it may act for
    allow: []      # e.g. "wxgate.card.v1.CardService/*"
`, *caller, hex.EncodeToString(digest[:]), id, time.Now().UTC().Format("2006-01-02"))
	return nil
}
