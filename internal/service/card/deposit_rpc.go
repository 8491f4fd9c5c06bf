package card

import (
	"context"
	"errors"
	"io"

	"golang.org/x/sync/errgroup"

	cardv1 "github.com/wxgate/wxgate/gen/go/wxgate/card/v1"
	"github.com/wxgate/wxgate/internal/badrequest"
)

func (s *Server) DepositCodes(ctx context.Context, req *cardv1.DepositCodesRequest) (*cardv1.DepositCodesResponse, error) {
	c, err := s.accounts.Pick(ctx)
	if err != nil {
		return nil, err
	}
	t := newTally(-1) // the request holds every code already: listing them all costs no more
	t.addReceived(len(req.GetCode()))
	d := &depositor{client: c, cardID: req.GetCardId(), tally: t}
	chunks := chunksOf(req.GetCode())
	err = d.feed(ctx, s.window, func(_ context.Context, send func(chunk) bool) error {
		for _, ch := range chunks {
			if !send(ch) {
				break
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	r, err := t.result()
	if err != nil {
		return nil, err
	}
	return &cardv1.DepositCodesResponse{
		CodeCount: r.received, SuccCode: r.succ, DuplicateCode: r.dup, FailCode: r.failed, FailList: r.fails,
	}, nil
}

// chunksOf cuts a request's codes into chunks of distinct codes in the request's
// order; a repeated code joins the chunk of its first occurrence as a repeat.
func chunksOf(codes []string) []chunk {
	var chunks []chunk
	at := make(map[string]int, len(codes)) // code → its chunk; as big as the request
	for i, code := range codes {
		o := occurrence{code: code, pos: int64(i)}
		if c, ok := at[code]; ok {
			chunks[c].repeats = append(chunks[c].repeats, o)
			continue
		}
		if len(chunks) == 0 || len(chunks[len(chunks)-1].codes) == chunkSize {
			chunks = append(chunks, chunk{codes: make([]occurrence, 0, chunkSize)})
		}
		last := len(chunks) - 1
		at[code] = last
		chunks[last].codes = append(chunks[last].codes, o)
	}
	return chunks
}

func (s *Server) DepositCodesStream(stream cardv1.CardService_DepositCodesStreamServer) error {
	ctx := stream.Context()
	first, err := stream.Recv()
	if errors.Is(err, io.EOF) {
		return badrequest.Field("code", "the stream held no codes")
	}
	if err != nil {
		return err
	}
	c, err := s.accounts.Pick(ctx)
	if err != nil {
		return err
	}
	t := newTally(maxStreamFailures)
	d := &depositor{client: c, cardID: first.GetCardId(), tally: t}
	err = d.feed(ctx, s.window, func(_ context.Context, send func(chunk) bool) error {
		return receiveChunks(stream, first, t, send)
	})
	if err != nil {
		return err
	}
	r, err := t.result()
	if err != nil {
		return err
	}
	return stream.SendAndClose(&cardv1.DepositCodesStreamResponse{
		CodeCount: r.received, SuccCode: r.succ, DuplicateCode: r.dup, FailCode: r.failed, FailList: r.fails,
		UnlistedFailCode: r.unlisted,
	})
}

// receiveChunks reads the stream, first message included, and sends its codes on
// in chunks as they fill, so that only the chunk being filled is held here. It
// stops when the stream ends (the last, partial chunk is sent) or send refuses.
func receiveChunks(stream cardv1.CardService_DepositCodesStreamServer, first *cardv1.DepositCodesStreamRequest, t *tally, send func(chunk) bool) error {
	var b chunker
	for msg := first; ; {
		if msg.GetCardId() != first.GetCardId() {
			return badrequest.Fieldf("card_id", "every message of the stream must name card %q, got %q", first.GetCardId(), msg.GetCardId())
		}
		t.addReceived(len(msg.GetCode()))
		for _, code := range msg.GetCode() {
			if ch, full := b.add(code); full && !send(ch) {
				return nil
			}
		}
		var err error
		msg, err = stream.Recv()
		if errors.Is(err, io.EOF) {
			if ch, ok := b.flush(); ok {
				send(ch)
			}
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// chunker fills chunks from a stream of codes: a code repeated within the chunk
// being filled is a repeat, not sent twice.
type chunker struct {
	cur  chunk
	seen map[string]struct{} // the codes of cur, at most chunkSize
	pos  int64
}

// add adds code; when it fills the chunk, the chunk is returned and a new one begun.
func (b *chunker) add(code string) (chunk, bool) {
	if b.seen == nil {
		b.seen = make(map[string]struct{}, chunkSize)
	}
	o := occurrence{code: code, pos: b.pos}
	b.pos++
	if _, ok := b.seen[code]; ok {
		b.cur.repeats = append(b.cur.repeats, o)
		return chunk{}, false
	}
	b.seen[code] = struct{}{}
	b.cur.codes = append(b.cur.codes, o)
	if len(b.cur.codes) < chunkSize {
		return chunk{}, false
	}
	return b.flush()
}

// flush returns the chunk being filled, if it holds any code, and begins a new one.
func (b *chunker) flush() (chunk, bool) {
	full := b.cur
	b.cur = chunk{}
	clear(b.seen)
	return full, len(full.codes) > 0
}

// feed runs produce, which sends chunks, and deposits them with window workers
// until produce returns and every chunk sent is done. The first error ends both
// sides: produce's (a bad message) or the caller's context ending.
func (d *depositor) feed(ctx context.Context, window int, produce func(ctx context.Context, send func(chunk) bool) error) error {
	g, gctx := errgroup.WithContext(ctx)
	chunks := make(chan chunk) // unbuffered: a chunk waits in its producer for a free worker
	g.Go(func() error {
		defer close(chunks)
		return produce(gctx, func(ch chunk) bool {
			select {
			case chunks <- ch:
				return true
			case <-gctx.Done():
				return false
			}
		})
	})
	g.Go(func() error { return d.run(gctx, window, chunks) })
	return g.Wait()
}
