package runtime

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestLockAcquireRelease(t *testing.T) {
	l := NewLock()
	if l.Locked() || !l.Acquire(true, -1) || !l.Locked() {
		t.Fatal("first acquire failed")
	}
	if l.Acquire(false, -1) {
		t.Fatal("non-blocking acquire of a held lock succeeded")
	}
	l.Release()
	if l.Locked() || !l.TryLock() {
		t.Fatal("lock not free after release")
	}
	l.Unlock()
}

func TestLockTimeout(t *testing.T) {
	l := NewLock()
	l.Lock()
	start := time.Now()
	if l.Acquire(true, 0.05) {
		t.Fatal("timed acquire of a held lock succeeded")
	}
	if elapsed := time.Since(start); elapsed < 40*time.Millisecond {
		t.Fatalf("timed acquire gave up after %v", elapsed)
	}
	if l.Acquire(true, 0) {
		t.Fatal("zero-timeout acquire of a held lock succeeded")
	}
	l.Unlock()
	if !l.Acquire(true, 0) {
		t.Fatal("zero-timeout acquire of a free lock failed")
	}
}

// A Python Lock may be released by a thread that did not acquire it.
func TestLockReleasedByAnotherThread(t *testing.T) {
	noLeak(t)
	l := NewLock()
	l.Lock()
	released := make(chan struct{})
	go func() {
		l.Release()
		close(released)
	}()
	if !l.Acquire(true, 5) {
		t.Fatal("acquire after release elsewhere failed")
	}
	<-released
}

// Error messages are CPython 3.11's.
func TestLockErrors(t *testing.T) {
	l := NewLock()
	raises(t, RuntimeError, "release unlocked lock", l.Release)
	raises(t, ValueError, "can't specify a timeout for a non-blocking call", func() { l.Acquire(false, 1) })
	raises(t, ValueError, "timeout value must be positive", func() { l.Acquire(true, -2) })
}

func TestLockMutualExclusion(t *testing.T) {
	noLeak(t)
	var l sync.Locker = NewLock()
	counter := 0
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				l.Lock()
				counter++
				l.Unlock()
			}
		}()
	}
	wg.Wait()
	if counter != 1600 {
		t.Fatalf("counter %d, want 1600", counter)
	}
}

func ExampleLock() {
	l := NewLock()
	fmt.Println(l.Acquire(true, -1), l.Locked())
	fmt.Println(l.Acquire(false, -1))
	l.Release()
	fmt.Println(l.Locked())
	// Output:
	// true true
	// false
	// false
}
