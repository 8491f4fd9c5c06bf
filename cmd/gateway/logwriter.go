package main

import (
	"io"
	"sync"
)

// maxLogBuffer bounds the log lines a logWriter holds: past it, writers wait for
// the output to take them, as they would without the buffer.
const maxLogBuffer = 1 << 20

// logWriter takes log lines into a buffer and writes them out from a goroutine of
// its own, many at a time: a call's log line no longer costs a write(2) on the
// call's path, and a burst of calls costs a few. Lines are written in order, as soon
// as the previous batch is out, and every one before Close returns.
type logWriter struct {
	out io.Writer

	mu      sync.Mutex
	cond    *sync.Cond // signalled when a batch is out or the writer closes
	buf     []byte     // lines waiting
	writing bool       // a batch is being written
	closed  bool
	kick    chan struct{} // a batch is waiting
	done    chan struct{} // the goroutine has returned
}

func newLogWriter(out io.Writer) *logWriter {
	w := &logWriter{out: out, kick: make(chan struct{}, 1), done: make(chan struct{})}
	w.cond = sync.NewCond(&w.mu)
	go w.loop()
	return w
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for len(w.buf) >= maxLogBuffer && !w.closed {
		w.cond.Wait()
	}
	if w.closed {
		return w.out.Write(p) // after Close: at once, in order after the rest
	}
	w.buf = append(w.buf, p...)
	select {
	case w.kick <- struct{}{}:
	default:
	}
	return len(p), nil
}

func (w *logWriter) loop() {
	defer close(w.done)
	var batch []byte
	for range w.kick {
		w.mu.Lock()
		batch, w.buf = w.buf, batch[:0]
		w.writing = len(batch) > 0
		w.mu.Unlock()
		if len(batch) > 0 {
			w.out.Write(batch) // nowhere to report a failed log write
		}
		w.mu.Lock()
		w.writing = false
		w.cond.Broadcast()
		w.mu.Unlock()
	}
}

// Close writes out every line taken and makes later writes go straight out.
func (w *logWriter) Close() error {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return nil
	}
	w.closed = true
	for w.writing { // the batch before the rest
		w.cond.Wait()
	}
	if len(w.buf) > 0 {
		w.out.Write(w.buf)
		w.buf = nil
	}
	w.cond.Broadcast()
	w.mu.Unlock()
	close(w.kick)
	<-w.done
	return nil
}
