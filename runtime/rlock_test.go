package runtime

import (
	"fmt"
	"sync"
	"testing"
)

func TestRLockReentrancy(t *testing.T) {
	noLeak(t)
	r := NewRLock()
	for range 3 {
		if !r.Acquire(true, -1) {
			t.Fatal("owner failed to re-acquire")
		}
	}
	// Another goroutine cannot take it until all three levels are released.
	tryOther := func() bool {
		got := make(chan bool)
		go func() {
			ok := r.Acquire(false, -1)
			if ok {
				r.Release()
			}
			got <- ok
		}()
		return <-got
	}
	r.Release()
	r.Release()
	if tryOther() {
		t.Fatal("other goroutine acquired an RLock still held once")
	}
	r.Release()
	if !tryOther() {
		t.Fatal("other goroutine could not acquire a free RLock")
	}
	raises(t, RuntimeError, "cannot release un-acquired lock", r.Release)
}

// Error messages are CPython 3.11's.
func TestRLockReleaseByNonOwner(t *testing.T) {
	noLeak(t)
	r := NewRLock()
	r.Lock()
	got := make(chan *Exc)
	go func() { got <- catch(r.Release) }()
	if exc := <-got; exc == nil || exc.Line() != "RuntimeError: cannot release un-acquired lock" {
		t.Fatalf("non-owner release raised %v", exc)
	}
	r.Unlock()
	raises(t, ValueError, "can't specify a timeout for a non-blocking call", func() { r.Acquire(false, 1) })
	r.Lock()
	raises(t, ValueError, "can't specify a timeout for a non-blocking call", func() { r.Acquire(false, 1) })
	r.Unlock()
}

func TestRLockTimeoutAgainstOtherOwner(t *testing.T) {
	noLeak(t)
	r := NewRLock()
	r.Lock()
	got := make(chan bool)
	go func() { got <- r.Acquire(true, 0.03) }()
	if <-got {
		t.Fatal("timed acquire against another owner succeeded")
	}
	r.Unlock()
}

func TestRLockMutualExclusionWithNesting(t *testing.T) {
	noLeak(t)
	r := NewRLock()
	counter := 0
	var wg sync.WaitGroup
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				r.Lock()
				r.Lock()
				counter++
				r.Unlock()
				counter++
				r.Unlock()
			}
		}()
	}
	wg.Wait()
	if counter != 1200 {
		t.Fatalf("counter %d, want 1200", counter)
	}
}

func TestRLockSaveRestore(t *testing.T) {
	noLeak(t)
	r := NewRLock()
	r.Lock()
	r.Lock()
	n := r.releaseSave()
	free := make(chan bool)
	go func() {
		ok := r.Acquire(false, -1)
		if ok {
			r.Release()
		}
		free <- ok
	}()
	if !<-free || n != 2 {
		t.Fatalf("after releaseSave: the lock was not free or the count %d is not 2", n)
	}
	r.acquireRestore(n)
	r.Unlock()
	if !r.isOwned() {
		t.Fatal("restored recursion level lost")
	}
	r.Unlock()
	if r.isOwned() {
		t.Fatal("still owned after releasing every level")
	}
}

func ExampleRLock() {
	r := NewRLock()
	var walk func(depth int)
	walk = func(depth int) {
		r.Lock() // a plain Lock would deadlock here
		defer r.Unlock()
		if depth > 0 {
			walk(depth - 1)
		}
	}
	walk(3)
	fmt.Println(r.Acquire(false, -1))
	r.Release()
	// Output: true
}
