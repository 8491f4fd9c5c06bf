package card_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	cardv1 "github.com/wxgate/wxgate/gen/go/wxgate/card/v1"
	"github.com/wxgate/wxgate/internal/gatewaytest"
	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/service/card"
	"github.com/wxgate/wxgate/internal/wechatsim"
)

// answer is what DepositCodes and DepositCodesStream answer alike.
type answer struct {
	codeCount, succ, dup, fail, unlisted int64
	failList                             []*cardv1.CodeFailure
}

// depositFunc deposits codes into a card one way or the other.
type depositFunc func(t *testing.T, h *harness, cardID string, codes []string) (answer, error)

// depositUnary is DepositCodes.
func depositUnary(t *testing.T, h *harness, cardID string, codes []string) (answer, error) {
	t.Helper()
	r, err := h.card.DepositCodes(h.Ctx(""), &cardv1.DepositCodesRequest{CardId: cardID, Code: codes})
	if err != nil {
		return answer{}, err
	}
	return answer{r.GetCodeCount(), r.GetSuccCode(), r.GetDuplicateCode(), r.GetFailCode(), 0, r.GetFailList()}, nil
}

// depositStream is DepositCodesStream, perMessage codes a message.
func depositStream(perMessage int) depositFunc {
	return func(t *testing.T, h *harness, cardID string, codes []string) (answer, error) {
		t.Helper()
		stream, err := h.card.DepositCodesStream(h.Ctx(""))
		if err != nil {
			t.Fatal(err)
		}
		for part := range slices.Chunk(codes, perMessage) {
			if err := stream.Send(&cardv1.DepositCodesStreamRequest{CardId: cardID, Code: part}); err != nil {
				break // the server ended the stream: CloseAndRecv says why
			}
		}
		r, err := stream.CloseAndRecv()
		if err != nil {
			return answer{}, err
		}
		return answer{r.GetCodeCount(), r.GetSuccCode(), r.GetDuplicateCode(), r.GetFailCode(), r.GetUnlistedFailCode(), r.GetFailList()}, nil
	}
}

var depositWays = []struct {
	name    string
	deposit depositFunc
}{
	{"unary", depositUnary},
	{"stream", depositStream(37)}, // messages that do not line up with chunks
}

// codesOf makes n codes prefix000…
func codesOf(prefix string, from, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%03d", prefix, from+i)
	}
	return out
}

// assertAccounted checks the guarantees of a deposit against the simulator's
// state: every code sent is counted once; every failed occurrence is listed (up to
// the unlisted ones); a failed code is not in WeChat (unless checkcode could not
// tell), and every code not failed is.
func assertAccounted(t *testing.T, h *harness, cardID string, sent []string, a answer) {
	t.Helper()
	if a.codeCount != int64(len(sent)) {
		t.Errorf("code_count = %d, want %d", a.codeCount, len(sent))
	}
	if a.succ+a.dup+a.fail != a.codeCount {
		t.Errorf("succ %d + duplicate %d + fail %d != code_count %d", a.succ, a.dup, a.fail, a.codeCount)
	}
	if int64(len(a.failList))+a.unlisted != a.fail {
		t.Errorf("%d listed + %d unlisted failures, fail_code %d", len(a.failList), a.unlisted, a.fail)
	}
	held := map[string]bool{}
	for _, c := range h.Sim.CardCodes(cardID) {
		held[c] = true
	}
	failed := map[string]bool{}
	for _, f := range a.failList {
		failed[f.GetCode()] = true
		// An UNVERIFIED code may have landed: checkcode could not say, so it is not
		// counted deposited either way (sending it again is harmless).
		if held[f.GetCode()] && f.GetReason() != "UNVERIFIED" {
			t.Errorf("code %s reported failed (%s) but WeChat holds it", f.GetCode(), f.GetReason())
		}
		if f.GetReason() == "" || f.GetMessage() == "" {
			t.Errorf("failure without a reason: %v", f)
		}
	}
	if a.unlisted == 0 {
		for _, c := range sent {
			if !failed[c] && !held[c] {
				t.Errorf("code %s counted deposited but WeChat does not hold it", c)
			}
		}
	}
}

// TestDepositAccountsForEveryCode: 250 codes, 10 of them in WeChat already and 10
// given twice, one chunk failing for good (errcode -1 on every attempt) and one
// failing once (retried): every code ends deposited, duplicate, or failed with
// its reason, and WeChat holds exactly the codes not reported failed.
func TestDepositAccountsForEveryCode(t *testing.T) {
	for _, way := range depositWays {
		t.Run(way.name, func(t *testing.T) {
			h := start(t)
			known := codesOf("K", 0, 10)
			if _, err := depositUnary(t, h, cardDeposit, known); err != nil {
				t.Fatal(err)
			}
			h.Sim.ResetRequests()
			// K000-K009, N000-N229, then N000-N009 again: 250 codes, 240 distinct. The
			// chunks are K000…N089, N090…N189 and N190…N229 (+ the repeats).
			sent := slices.Concat(known, codesOf("N", 0, 230), codesOf("N", 0, 10))
			h.Sim.Inject("/card/code/deposit", wechatsim.Fault{Errcode: -1, BodyContains: `"N150"`})           // every attempt
			h.Sim.Inject("/card/code/deposit", wechatsim.Fault{Errcode: -1, BodyContains: `"N200"`, Times: 1}) // once

			a, err := way.deposit(t, h, cardDeposit, sent)
			if err != nil {
				t.Fatal(err)
			}
			assertAccounted(t, h, cardDeposit, sent, a)
			if a.succ != 130 || a.dup != 20 || a.fail != 100 {
				t.Errorf("succ %d, duplicate %d, fail %d; want 130, 20, 100", a.succ, a.dup, a.fail)
			}
			var failedCodes []string
			for _, f := range a.failList {
				failedCodes = append(failedCodes, f.GetCode())
				if f.GetReason() != "WECHAT_-1" {
					t.Errorf("%s failed for %s %q, want WECHAT_-1", f.GetCode(), f.GetReason(), f.GetMessage())
				}
			}
			if want := codesOf("N", 90, 100); !slices.Equal(failedCodes, want) {
				t.Errorf("failed codes %v, want N090…N189 in order", failedCodes)
			}
			assertChunked(t, h, 1+4+2) // the failing chunk is tried 4 times, the flaky one twice
		})
	}
}

// assertChunked checks that WeChat got wantDeposits deposits, none over 100 codes,
// and one checkcode per chunk.
func assertChunked(t *testing.T, h *harness, wantDeposits int) {
	t.Helper()
	deposits := h.Sim.RequestsTo("/card/code/deposit")
	if len(deposits) != wantDeposits {
		t.Errorf("%d deposit calls, want %d", len(deposits), wantDeposits)
	}
	for _, path := range []string{"/card/code/deposit", "/card/code/checkcode"} {
		for _, r := range h.Sim.RequestsTo(path) {
			var body struct{ Code []string }
			if err := json.Unmarshal(r.Body, &body); err != nil || len(body.Code) == 0 || len(body.Code) > 100 {
				t.Errorf("%s with %d codes (%v)", path, len(body.Code), err)
			}
		}
	}
	if n := len(h.Sim.RequestsTo("/card/code/checkcode")); n != 3 {
		t.Errorf("%d checkcode calls, want one per chunk (3)", n)
	}
}

// TestDepositFailureReasons: a code is counted deposited only when checkcode
// confirms it. The chunk of 100 codes holding X050 meets each fault below; the
// other 50 codes are deposited.
func TestDepositFailureReasons(t *testing.T) {
	tests := []struct {
		name       string
		path       string
		fault      wechatsim.Fault
		wantReason string
		wantMsg    string
	}{
		{"deposit answered ok, codes not stored", "/card/code/deposit",
			wechatsim.Fault{Body: `{"errcode":0,"errmsg":"ok","succ_code":100,"duplicate_code":0,"fail_code":0}`},
			"NOT_CONFIRMED", "does not hold"},
		{"deposit answered a list of failed codes", "/card/code/deposit",
			wechatsim.Fault{Body: `{"errcode":0,"errmsg":"ok","succ_code":[],"duplicate_code":[],"fail_code":["X000","X001"]}`},
			"NOT_CONFIRMED", "counted 2 failed"},
		{"deposit refused the chunk", "/card/code/deposit", wechatsim.Fault{Errcode: 40056}, "WECHAT_40056", "40056"},
		{"deposit unreachable", "/card/code/deposit", wechatsim.Fault{HTTPStatus: 502}, "UPSTREAM_UNAVAILABLE", "502"},
		{"checkcode failed", "/card/code/checkcode", wechatsim.Fault{Errcode: 40097}, "UNVERIFIED", "checkcode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t)
			tt.fault.BodyContains = `"X050"`
			h.Sim.Inject(tt.path, tt.fault)
			sent := codesOf("X", 0, 150)
			a, err := depositUnary(t, h, cardDeposit, sent)
			if err != nil {
				t.Fatal(err)
			}
			assertAccounted(t, h, cardDeposit, sent, a)
			if a.succ != 50 || a.dup != 0 || a.fail != 100 {
				t.Errorf("succ %d, duplicate %d, fail %d; want 50, 0, 100", a.succ, a.dup, a.fail)
			}
			for _, f := range a.failList {
				if f.GetReason() != tt.wantReason || !strings.Contains(f.GetMessage(), tt.wantMsg) {
					t.Fatalf("%v, want reason %s with %q", f, tt.wantReason, tt.wantMsg)
				}
			}
		})
	}
}

// TestDepositStopsOnFatalError: an unknown card fails every chunk alike: at most
// one chunk per worker is sent (and checked), and with nothing deposited the call
// fails with WeChat's error.
func TestDepositStopsOnFatalError(t *testing.T) {
	for _, way := range depositWays {
		t.Run(way.name, func(t *testing.T) {
			h := start(t)
			_, err := way.deposit(t, h, "pUnknownCard0000000000000000", codesOf("F", 0, 2000))
			gatewaytest.AssertStatus(t, err, codes.NotFound, "WECHAT_40073")
			if n := len(h.Sim.RequestsTo("/card/code/deposit")); n > card.DefaultWindow {
				t.Errorf("%d deposit calls after a fatal error, want at most %d", n, card.DefaultWindow)
			}
			if n := len(h.Sim.RequestsTo("/card/code/checkcode")); n > card.DefaultWindow {
				t.Errorf("%d checkcode calls after a fatal error, want at most %d", n, card.DefaultWindow)
			}
		})
	}
}

// TestDepositPartlyStopped: a quota error part way stops the deposit; what was
// deposited before is reported, the rest fails (the chunk that met the error with
// WECHAT_45009, the chunks not sent with NOT_SENT).
func TestDepositPartlyStopped(t *testing.T) {
	for _, way := range depositWays {
		t.Run(way.name, func(t *testing.T) {
			h := start(t)
			sent := codesOf("Q", 0, 1500)
			h.Sim.Inject("/card/code/deposit", wechatsim.Fault{Errcode: 45009, BodyContains: `"Q1050"`})
			a, err := way.deposit(t, h, cardDeposit, sent)
			if err != nil {
				t.Fatal(err)
			}
			assertAccounted(t, h, cardDeposit, sent, a)
			if a.succ == 0 || a.fail < 100 {
				t.Errorf("succ %d, fail %d: want some of each", a.succ, a.fail)
			}
			for _, f := range a.failList {
				if f.GetReason() != "WECHAT_45009" && f.GetReason() != "NOT_SENT" {
					t.Errorf("%v: want WECHAT_45009 or NOT_SENT", f)
				}
			}
		})
	}
}

// TestDepositStreamListsAtMost10000Failures: a stream whose every chunk fails lists
// the first 10,000 failures and counts the rest.
func TestDepositStreamListsAtMost10000Failures(t *testing.T) {
	h := start(t)
	h.Sim.Inject("/card/code/deposit", wechatsim.Fault{Errcode: 40056}) // invalid code: a chunk's own error, not retried
	sent := make([]string, 10_250)
	for i := range sent {
		sent[i] = fmt.Sprintf("L%05d", i)
	}
	a, err := depositStream(1000)(t, h, cardDeposit, sent)
	if err != nil {
		t.Fatal(err)
	}
	if a.codeCount != 10_250 || a.fail != 10_250 || len(a.failList) != 10_000 || a.unlisted != 250 {
		t.Errorf("code_count %d, fail %d, listed %d, unlisted %d", a.codeCount, a.fail, len(a.failList), a.unlisted)
	}
	assertAccounted(t, h, cardDeposit, sent, a)
}

// TestDepositStreamRepeatsAcrossChunks: a code sent again in a later chunk of a
// stream reaches WeChat again and is counted by WeChat's duplicate filter.
func TestDepositStreamRepeatsAcrossChunks(t *testing.T) {
	h := start(t)
	sent := slices.Concat(codesOf("R", 0, 150), codesOf("R", 0, 20), codesOf("R", 0, 5))
	a, err := depositStream(1000)(t, h, cardDeposit, sent)
	if err != nil {
		t.Fatal(err)
	}
	assertAccounted(t, h, cardDeposit, sent, a)
	if a.succ != 150 || a.dup != 25 || a.fail != 0 {
		t.Errorf("succ %d, duplicate %d, fail %d; want 150, 25, 0", a.succ, a.dup, a.fail)
	}
}

// TestDepositStopsWithTheCaller: when the caller's deadline ends, the deposit stops
// (DEADLINE_EXCEEDED), and its workers with it: no goroutine is left behind and
// WeChat gets no further call.
func TestDepositStopsWithTheCaller(t *testing.T) {
	h := start(t)
	h.Sim.Inject("/card/code/deposit", wechatsim.Fault{Latency: time.Second})
	for _, stream := range []bool{false, true} {
		ctx, cancel := context.WithTimeout(h.Ctx(""), 200*time.Millisecond)
		var err error
		if stream {
			err = streamUntilDone(ctx, h, codesOf("D", 0, 5000))
		} else {
			_, err = h.card.DepositCodes(ctx, &cardv1.DepositCodesRequest{CardId: cardDeposit, Code: codesOf("D", 0, 5000)})
		}
		cancel()
		if status.Code(err) != codes.DeadlineExceeded {
			t.Errorf("stream %v: %v, want DEADLINE_EXCEEDED", stream, err)
		}
	}
	calls := len(h.Sim.RequestsTo("/card/code/deposit"))
	if calls > 2*card.DefaultWindow {
		t.Errorf("%d deposit calls: more than one window each", calls)
	}
	// The workers end with the call. (Idle HTTP connections of the pools stay, so
	// the goroutines are told apart by the service's frames on their stacks.)
	deadline := time.Now().Add(10 * time.Second)
	for serviceGoroutines() != "" && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if left := serviceGoroutines(); left != "" {
		t.Errorf("goroutines of the card service left after the calls ended:\n%s", left)
	}
	if n := len(h.Sim.RequestsTo("/card/code/deposit")); n != calls {
		t.Errorf("WeChat got %d more deposit calls after the calls ended", n-calls)
	}
}

// serviceGoroutines returns the stacks of goroutines running the card service's
// code, empty when there are none.
func serviceGoroutines() string {
	buf := make([]byte, 4<<20)
	var left []string
	for g := range strings.SplitSeq(string(buf[:runtime.Stack(buf, true)]), "\n\n") {
		if strings.Contains(g, "wxgate/internal/service/card.") {
			left = append(left, g)
		}
	}
	return strings.Join(left, "\n\n")
}

// streamUntilDone streams codes until the server ends the call.
func streamUntilDone(ctx context.Context, h *harness, codes []string) error {
	stream, err := h.card.DepositCodesStream(ctx)
	if err != nil {
		return err
	}
	for part := range slices.Chunk(codes, 1000) {
		if err := stream.Send(&cardv1.DepositCodesStreamRequest{CardId: cardDeposit, Code: part}); err != nil {
			if err == io.EOF {
				break
			}
			return err
		}
	}
	_, err = stream.CloseAndRecv()
	return err
}

// TestDepositPacedByTheLocalRateLimit: a bulk deposit waits for the local rate
// limit instead of failing its chunks; the daily quota, which no wait refills,
// stops it like any quota.
func TestDepositPacedByTheLocalRateLimit(t *testing.T) {
	t.Run("rate", func(t *testing.T) {
		h := start(t, gatewaytest.WithLimits(map[string]ratelimit.Limit{
			"default": {}, "/card/code/deposit": {QPS: 10, Burst: 1},
		}))
		// The gateway's clock stands still in tests: move it while the call waits.
		done := make(chan struct{})
		defer close(done)
		go func() {
			for {
				select {
				case <-done:
					return
				case <-time.After(10 * time.Millisecond):
					h.Clock.Advance(100 * time.Millisecond)
				}
			}
		}()
		sent := codesOf("P", 0, 500)
		a, err := depositUnary(t, h, cardDeposit, sent)
		if err != nil {
			t.Fatal(err)
		}
		assertAccounted(t, h, cardDeposit, sent, a)
		if a.succ != 500 {
			t.Errorf("succ %d, want all 500 deposited at the limit's pace: %v", a.succ, a.failList)
		}
	})
	t.Run("daily", func(t *testing.T) {
		h := start(t, gatewaytest.WithLimits(map[string]ratelimit.Limit{
			"default": {}, "/card/code/deposit": {Daily: 1},
		}))
		sent := codesOf("P", 0, 500)
		a, err := depositUnary(t, h, cardDeposit, sent)
		if err != nil {
			t.Fatal(err)
		}
		assertAccounted(t, h, cardDeposit, sent, a)
		if a.succ != 100 || a.fail != 400 {
			t.Errorf("succ %d, fail %d; want one chunk in", a.succ, a.fail)
		}
		for _, f := range a.failList {
			if f.GetReason() != "LOCAL_DAILY_QUOTA" && f.GetReason() != "NOT_SENT" {
				t.Errorf("%v, want LOCAL_DAILY_QUOTA or NOT_SENT", f)
			}
		}
	})
}
