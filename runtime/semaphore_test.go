package runtime

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestSemaphoreCounts(t *testing.T) {
	s := NewSemaphore(2)
	got := []bool{s.Acquire(false, -1), s.Acquire(false, -1), s.Acquire(false, -1)}
	if !got[0] || !got[1] || got[2] {
		t.Fatalf("three non-blocking acquires on a semaphore of 2 gave %v", got)
	}
	s.Release(3) // an unbounded semaphore may grow past its start
	if s.Value() != 3 {
		t.Fatalf("value %d after Release(3), want 3", s.Value())
	}
}

func TestSemaphoreTimeout(t *testing.T) {
	s := NewSemaphore(0)
	start := time.Now()
	if s.Acquire(true, 0.04) {
		t.Fatal("acquire of an empty semaphore succeeded")
	}
	if time.Since(start) < 30*time.Millisecond {
		t.Fatal("acquire gave up before its timeout")
	}
}

// Error messages are CPython 3.11's.
func TestSemaphoreErrors(t *testing.T) {
	b := NewBoundedSemaphore(1)
	raises(t, ValueError, "Semaphore released too many times", func() { b.Release(1) })
	if b.Value() != 1 {
		t.Fatalf("failed release changed the value to %d", b.Value())
	}
	raises(t, ValueError, "n must be one or more", func() { b.Release(0) })
	raises(t, ValueError, "semaphore initial value must be >= 0", func() { NewSemaphore(-1) })
	raises(t, ValueError, "can't specify a timeout for a non-blocking call", func() { b.Acquire(false, 2) })
	b.Lock()
	if b.Value() != 0 {
		t.Fatalf("value %d while held", b.Value())
	}
	b.Unlock()
}

func TestSemaphoreBoundsConcurrency(t *testing.T) {
	noLeak(t)
	s := NewBoundedSemaphore(3)
	var mu sync.Mutex
	inside, most := 0, 0
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				s.Lock()
				mu.Lock()
				inside++
				most = max(most, inside)
				mu.Unlock()
				time.Sleep(100 * time.Microsecond)
				mu.Lock()
				inside--
				mu.Unlock()
				s.Unlock()
			}
		}()
	}
	wg.Wait()
	if most > 3 || most < 1 || s.Value() != 3 {
		t.Fatalf("at most %d inside (limit 3), final value %d", most, s.Value())
	}
}

func TestSemaphoreReleaseWakesWaiters(t *testing.T) {
	noLeak(t)
	s := NewSemaphore(0)
	got := make(chan bool, 2)
	for range 2 {
		go func() { got <- s.Acquire(true, 5) }()
	}
	s.Release(2)
	for range 2 {
		if !<-got {
			t.Fatal("a waiter was not woken by Release(2)")
		}
	}
}

func ExampleNewBoundedSemaphore() {
	pool := NewBoundedSemaphore(1)
	pool.Lock()
	fmt.Println(pool.Value())
	pool.Unlock()
	exc := catch(func() { pool.Release(1) })
	fmt.Println(exc.Line())
	// Output:
	// 0
	// ValueError: Semaphore released too many times
}
