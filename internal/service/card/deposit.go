package card

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	cardv1 "github.com/wxgate/wxgate/gen/go/wxgate/card/v1"
	"github.com/wxgate/wxgate/internal/ratelimit"
	"github.com/wxgate/wxgate/internal/upstream"
)

// How a deposit works (DepositCodes, DepositCodesStream):
//
//  1. The codes are cut into chunks of at most 100 distinct codes. A code repeated
//     within a chunk (within the whole request for DepositCodes) is sent once; its
//     repeats share the fate of the code sent.
//  2. At most window chunks are in flight. Each is sent to code/deposit, whose
//     errcode -1 and failed connections the upstream client retries (deposit is
//     idempotent), and whose local rate limit is waited out, not failed.
//  3. Each chunk is then checked with code/checkcode, even after its deposit failed
//     (part of it may have landed). Only codes in checkcode's exist_code count as
//     deposited; every other code fails with the reason of the deposit's error, or
//     NOT_CONFIRMED when the deposit answered but WeChat does not hold the code, or
//     UNVERIFIED when checkcode itself failed.
//  4. Of the confirmed codes, as many as WeChat reported in duplicate_code (at most
//     all of them) count as duplicates, the rest as deposited by this call.
//  5. An error every further chunk would meet alike (see fatal) stops sending: the
//     chunks not yet sent fail with NOT_SENT. If nothing was confirmed, the call
//     fails with that error.
//
// So succ + duplicate + fail always equals the codes received, and every failure
// is reported with its code, bounded (DepositCodesStream lists at most
// maxStreamFailures; its memory holds the chunks in flight, not the batch).

// Reasons of CodeFailure the gateway gives itself; the others are ErrorInfo reasons
// of the upstream error (WECHAT_<errcode>, UPSTREAM_UNAVAILABLE, …).
const (
	reasonNotConfirmed = "NOT_CONFIRMED"
	reasonUnverified   = "UNVERIFIED"
	reasonNotSent      = "NOT_SENT"
)

// maxStreamFailures bounds the failures DepositCodesStream lists: beyond it they
// are counted only, so that a batch of a million failing codes cannot fill memory.
const maxStreamFailures = 10_000

// occurrence is one code as the caller sent it: pos is its place in the caller's
// sequence (0-based), which orders the failure list.
type occurrence struct {
	code string
	pos  int64
}

// chunk is up to chunkSize distinct codes sent in one code/deposit call, with the
// repeats of those codes that are not sent.
type chunk struct {
	codes   []occurrence // distinct, first occurrences
	repeats []occurrence // later occurrences of codes in codes
}

// failure is a failed occurrence.
type failure struct {
	occurrence
	reason, message string
}

// tally adds up the chunks' outcomes; safe for concurrent use.
type tally struct {
	mu                  sync.Mutex
	received, succ, dup int64
	failed, unlisted    int64
	failures            []failure
	maxListed           int   // -1: no limit
	fatal               error // the first error that stopped the deposit
}

func newTally(maxListed int) *tally { return &tally{maxListed: maxListed} }

func (t *tally) addReceived(n int) {
	t.mu.Lock()
	t.received += int64(n)
	t.mu.Unlock()
}

func (t *tally) add(succ, dup int64, fails []failure) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.succ += succ
	t.dup += dup
	t.failed += int64(len(fails))
	for _, f := range fails {
		if t.maxListed >= 0 && len(t.failures) >= t.maxListed {
			t.unlisted++
			continue
		}
		t.failures = append(t.failures, f)
	}
}

// stop records err as the error that stops the deposit, unless one is recorded.
func (t *tally) stop(err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.fatal == nil {
		t.fatal = err
	}
}

// stopped returns the error that stopped the deposit, or nil.
func (t *tally) stopped() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.fatal
}

// totals are a deposit's final figures.
type totals struct {
	received, succ, dup, failed, unlisted int64
	fails                                 []*cardv1.CodeFailure // in the caller's order
}

// result is the tally's totals once every chunk is done; the error is the one that
// stopped the deposit when nothing was confirmed (the call then fails with it).
func (t *tally) result() (totals, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.fatal != nil && t.succ+t.dup == 0 {
		return totals{}, t.fatal
	}
	slices.SortFunc(t.failures, func(a, b failure) int { return cmp.Compare(a.pos, b.pos) })
	fails := make([]*cardv1.CodeFailure, len(t.failures))
	for i, f := range t.failures {
		fails[i] = &cardv1.CodeFailure{Code: f.code, Reason: f.reason, Message: f.message}
	}
	return totals{t.received, t.succ, t.dup, t.failed, t.unlisted, fails}, nil
}

// depositor deposits the chunks of one call.
type depositor struct {
	client *upstream.Client
	cardID string
	tally  *tally
}

// run deposits every chunk received from chunks with window workers, until chunks
// is closed or ctx ends. It returns only ctx's error: every other failure is a
// code's, in the tally.
func (d *depositor) run(ctx context.Context, window int, chunks <-chan chunk) error {
	g, gctx := errgroup.WithContext(ctx)
	for range window {
		g.Go(func() error {
			for ch := range chunks {
				if err := d.deposit(gctx, ch); err != nil {
					return err
				}
			}
			return nil
		})
	}
	return g.Wait()
}

// deposit deposits and verifies one chunk and adds its outcome to the tally. It
// fails only when ctx ended.
func (d *depositor) deposit(ctx context.Context, ch chunk) error {
	if err := d.tally.stopped(); err != nil {
		d.tally.add(0, 0, ch.fail(reasonNotSent, "not sent after an earlier error: "+message(err)))
		return nil
	}
	sent := ch.sent()
	var answer wireDeposit
	depositErr := callPaced(ctx, d.client, apiCodeDeposit, wireCodes{CardID: d.cardID, Code: sent}, &answer)
	// Checked even after a failed deposit: part of it may have landed (an attempt
	// whose answer was lost), and only checkcode can tell.
	exist, checkErr := checkChunk(ctx, d.client, d.cardID, sent)
	if ctx.Err() != nil {
		return contextError(ctx)
	}
	for _, err := range []error{depositErr, checkErr} {
		if fatal(err) {
			d.tally.stop(err)
		}
	}
	d.tally.add(ch.verdict(answer, depositErr, exist, checkErr))
	return nil
}

// wireDeposit is code/deposit's answer, as far as the gateway reads it.
type wireDeposit struct {
	DuplicateCode looseCount `json:"duplicate_code"`
	FailCode      looseCount `json:"fail_code"`
}

// sent is the codes of the chunk sent to WeChat.
func (ch chunk) sent() []string {
	codes := make([]string, len(ch.codes))
	for i, o := range ch.codes {
		codes[i] = o.code
	}
	return codes
}

// verdict is the chunk's outcome from the deposit's answer or error and from
// checkcode's answer (exist) or error. A code fails for the deposit's error if
// there was one, else as UNVERIFIED when checkcode failed, else as NOT_CONFIRMED.
func (ch chunk) verdict(answer wireDeposit, depositErr error, exist []bool, checkErr error) (succ, dup int64, fails []failure) {
	reason := reasonNotConfirmed
	msg := fmt.Sprintf("WeChat does not hold the code after the deposit (its answer counted %d failed)", answer.FailCode)
	switch {
	case depositErr != nil:
		reason, msg = reasonOf(depositErr), message(depositErr)
	case checkErr != nil:
		reason, msg = reasonUnverified, "checkcode failed, the deposit is not confirmed: "+message(checkErr)
	}
	if checkErr != nil {
		return 0, 0, ch.fail(reason, msg)
	}
	return ch.outcome(exist, int64(answer.DuplicateCode), reason, msg)
}

// fail is every occurrence of the chunk failing for one reason.
func (ch chunk) fail(reason, msg string) []failure {
	fails := make([]failure, 0, len(ch.codes)+len(ch.repeats))
	for _, o := range slices.Concat(ch.codes, ch.repeats) {
		fails = append(fails, failure{o, reason, msg})
	}
	return fails
}

// outcome splits the chunk by checkcode's answer (exist, one flag per code sent):
// confirmed codes are deposited, or duplicates as far as WeChat counted them; a
// repeat is a duplicate of a confirmed code or fails with it; the rest fail.
func (ch chunk) outcome(exist []bool, wechatDups int64, reason, msg string) (succ, dup int64, fails []failure) {
	held := make(map[string]bool, len(ch.codes))
	for i, o := range ch.codes {
		held[o.code] = exist[i]
		if exist[i] {
			succ++
		} else {
			fails = append(fails, failure{o, reason, msg})
		}
	}
	dup = min(wechatDups, succ)
	succ -= dup
	for _, o := range ch.repeats {
		if held[o.code] {
			dup++
		} else {
			fails = append(fails, failure{o, reason, msg})
		}
	}
	return succ, dup, fails
}

// fatal says err would fail every further chunk alike, so that sending more only
// spends quota: an unknown card, an API the account may not use, a spent quota, a
// refused credential. Transient errors (UNAVAILABLE) and a chunk's own bad input
// (INVALID_ARGUMENT) are not.
func fatal(err error) bool {
	if err == nil {
		return false
	}
	switch status.Code(err) {
	case codes.NotFound, codes.PermissionDenied, codes.FailedPrecondition, codes.ResourceExhausted, codes.Unauthenticated:
		return true
	}
	return false
}

// callPaced is c.Call that waits out the local rate limit (not the daily quota)
// instead of failing: a bulk deposit should go at the pace the limit allows.
func callPaced(ctx context.Context, c *upstream.Client, api upstream.API, in, out any) error {
	for {
		if err := ctx.Err(); err != nil {
			return contextError(ctx)
		}
		err := c.Call(ctx, api, in, out)
		var rl *ratelimit.Error
		if !errors.As(err, &rl) || rl.Reason != ratelimit.ReasonRate {
			return err
		}
		wait := rl.RetryAfter + time.Duration(rand.Int64N(int64(10*time.Millisecond))) // spread the window's workers
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return contextError(ctx)
		}
	}
}

// contextError is ctx's end as a status: DEADLINE_EXCEEDED or CANCELED.
func contextError(ctx context.Context) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return status.Error(codes.DeadlineExceeded, "deadline exceeded while depositing codes")
	}
	return status.Error(codes.Canceled, "canceled while depositing codes")
}

// reasonOf is err's ErrorInfo reason (WECHAT_-1, UPSTREAM_UNAVAILABLE, …), or its
// gRPC code's name.
func reasonOf(err error) string {
	st := status.Convert(err)
	for _, d := range st.Details() {
		if info, ok := d.(*errdetails.ErrorInfo); ok && info.GetReason() != "" {
			return info.GetReason()
		}
	}
	return st.Code().String()
}

// message is err's status message.
func message(err error) string { return status.Convert(err).Message() }
