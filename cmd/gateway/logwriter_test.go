package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// syncBuffer is a bytes.Buffer safe for the writer's goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestLogWriterKeepsEveryLineInOrder: lines written from many goroutines all come
// out whole, each goroutine's in its order, every one by Close; later ones at once.
func TestLogWriterKeepsEveryLineInOrder(t *testing.T) {
	var out syncBuffer
	w := newLogWriter(&out)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 2000 {
				fmt.Fprintf(w, "g%d %05d %s\n", g, i, strings.Repeat("x", 100))
			}
		})
	}
	wg.Wait()
	w.Close()
	fmt.Fprintf(w, "after close\n")
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 8*2000+1 || lines[len(lines)-1] != "after close" {
		t.Fatalf("%d lines, the last %q", len(lines), lines[len(lines)-1])
	}
	next := map[string]int{}
	for _, l := range lines[:len(lines)-1] {
		var g string
		var i int
		if _, err := fmt.Sscanf(l, "%s %d", &g, &i); err != nil || i != next[g] || len(l) != len(g)+7+100 {
			t.Fatalf("line %q out of order or torn (want %s %05d)", l, g, next[g])
		}
		next[g]++
	}
}
