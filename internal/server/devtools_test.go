package server_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"
)

// devtools is a headless Chromium (Debian's package; make deps installs it) driven
// over the DevTools protocol on a pipe (--remote-debugging-pipe: commands in on
// fd 3, answers and events out on fd 4, each a JSON message ended by a NUL), with
// one page attached. It records the page's requests, failed loads, uncaught
// exceptions and Content-Security-Policy violations.
type devtools struct {
	t       *testing.T
	cmd     *exec.Cmd
	in      *os.File // our end of fd 3
	session string   // the page's
	done    chan struct{}

	mu       sync.Mutex
	nextID   int
	waiting  map[int]chan cdpMessage
	requests []string // URLs the page asked for
	problems []string // failed loads, exceptions, CSP violations
}

type cdpMessage struct {
	ID        int                       `json:"id,omitempty"`
	Method    string                    `json:"method,omitempty"`
	Params    json.RawMessage           `json:"params,omitempty"`
	Result    json.RawMessage           `json:"result,omitempty"`
	Error     *struct{ Message string } `json:"error,omitempty"`
	SessionID string                    `json:"sessionId,omitempty"`
}

// newDevtools starts Chromium with a blank page until the test ends.
func newDevtools(t *testing.T) *devtools {
	t.Helper()
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatal("chromium is not installed: run `make deps` (apt-get install chromium)")
	}
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	d := &devtools{t: t, in: cmdW, done: make(chan struct{}), waiting: map[int]chan cdpMessage{}}
	d.cmd = exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
		"--remote-debugging-pipe", "--user-data-dir="+t.TempDir(), "about:blank")
	d.cmd.ExtraFiles = []*os.File{cmdR, outW} // fd 3, fd 4
	d.cmd.Stdout, d.cmd.Stderr = &stderr, &stderr
	if err := d.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	cmdR.Close()
	outW.Close() // Chromium's ends: its exit closes fd 4, which ends read
	go d.read(outR)
	t.Cleanup(func() {
		d.send("", "Browser.close", nil) // asks; Kill makes sure
		select {
		case <-d.done:
		case <-time.After(10 * time.Second):
		}
		d.cmd.Process.Kill()
		d.cmd.Wait()
		cmdW.Close()
		<-d.done
		if t.Failed() {
			t.Logf("chromium:\n%s", stderr.String())
		}
	})

	var target struct{ TargetID string }
	d.call("", "Target.createTarget", map[string]any{"url": "about:blank"}, &target)
	var attached struct{ SessionID string }
	d.call("", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached)
	d.session = attached.SessionID
	for _, domain := range []string{"Page", "Runtime", "Network"} {
		d.call(d.session, domain+".enable", nil, nil)
	}
	// Runs before the page's own scripts, outside its CSP: collects the violations.
	d.call(d.session, "Page.addScriptToEvaluateOnNewDocument", map[string]any{"source": `
		window.__csp = [];
		document.addEventListener("securitypolicyviolation",
			(e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));`}, nil)
	return d
}

// read hands answers to their callers and records the events, until fd 4 closes.
func (d *devtools) read(r *os.File) {
	defer close(d.done)
	defer r.Close()
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		raw, err := br.ReadBytes(0)
		if err != nil {
			return
		}
		var m cdpMessage
		if json.Unmarshal(raw[:len(raw)-1], &m) != nil {
			continue
		}
		d.mu.Lock()
		if m.ID != 0 {
			if ch, ok := d.waiting[m.ID]; ok {
				delete(d.waiting, m.ID)
				ch <- m
			}
		} else {
			d.event(m)
		}
		d.mu.Unlock()
	}
}

// event records what the page did; d.mu is held.
func (d *devtools) event(m cdpMessage) {
	switch m.Method {
	case "Network.requestWillBeSent":
		var p struct{ Request struct{ URL string } }
		json.Unmarshal(m.Params, &p)
		d.requests = append(d.requests, p.Request.URL)
	case "Network.loadingFailed":
		var p struct{ ErrorText, BlockedReason string }
		json.Unmarshal(m.Params, &p)
		d.problems = append(d.problems, "load failed: "+p.ErrorText+" "+p.BlockedReason)
	case "Runtime.exceptionThrown":
		d.problems = append(d.problems, "exception: "+string(m.Params))
	}
}

func (d *devtools) send(session, method string, params any) (chan cdpMessage, error) {
	d.mu.Lock()
	d.nextID++
	id := d.nextID
	ch := make(chan cdpMessage, 1)
	d.waiting[id] = ch
	d.mu.Unlock()
	raw, err := json.Marshal(map[string]any{"id": id, "method": method, "params": params, "sessionId": session})
	if err != nil {
		return nil, err
	}
	_, err = d.in.Write(append(raw, 0))
	return ch, err
}

// call sends a command and decodes its result into result (unless nil).
func (d *devtools) call(session, method string, params, result any) {
	d.t.Helper()
	if params == nil {
		params = map[string]any{}
	}
	ch, err := d.send(session, method, params)
	if err != nil {
		d.t.Fatalf("%s: %v", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			d.t.Fatalf("%s: %s", method, m.Error.Message)
		}
		if result != nil {
			if err := json.Unmarshal(m.Result, result); err != nil {
				d.t.Fatalf("%s: %v", method, err)
			}
		}
	case <-d.done:
		d.t.Fatalf("%s: chromium exited", method)
	case <-time.After(30 * time.Second):
		d.t.Fatalf("%s: no answer", method)
	}
}

// navigate opens url in the page.
func (d *devtools) navigate(url string) {
	d.t.Helper()
	var nav struct{ ErrorText string }
	d.call(d.session, "Page.navigate", map[string]any{"url": url}, &nav)
	if nav.ErrorText != "" {
		d.t.Fatalf("navigate %s: %s", url, nav.ErrorText)
	}
}

// eval runs expr in the page (awaiting a promise) and decodes its JSON value into out.
func (d *devtools) eval(expr string, out any) {
	d.t.Helper()
	var res struct {
		Result           struct{ Value json.RawMessage }
		ExceptionDetails *struct {
			Text      string
			Exception struct{ Description string }
		}
	}
	d.call(d.session, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true}, &res)
	if res.ExceptionDetails != nil {
		d.t.Fatalf("%s: %s %s", expr, res.ExceptionDetails.Text, res.ExceptionDetails.Exception.Description)
	}
	if out != nil {
		if err := json.Unmarshal(res.Result.Value, out); err != nil {
			d.t.Fatalf("%s: %v (%s)", expr, err, res.Result.Value)
		}
	}
}

// waitFor evaluates expr until it is true, or fails the test after timeout.
func (d *devtools) waitFor(what, expr string, timeout time.Duration) {
	d.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		var ok bool
		d.eval("Boolean("+expr+")", &ok)
		if ok {
			return
		}
		if time.Now().After(deadline) {
			var html string
			d.eval("document.body ? document.body.innerText.slice(0, 2000) : ''", &html)
			d.t.Fatalf("waited %v for %s; the page shows:\n%s", timeout, what, html)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// seen are the URLs the page asked for, and what went wrong in it.
func (d *devtools) seen() (requests, problems []string) {
	var csp []string
	d.eval("window.__csp || []", &csp)
	d.mu.Lock()
	defer d.mu.Unlock()
	problems = append([]string(nil), d.problems...)
	for _, v := range csp {
		problems = append(problems, "CSP violation: "+v)
	}
	return append([]string(nil), d.requests...), problems
}

// jsString is s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
