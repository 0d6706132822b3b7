package runtime

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"
)

func (c *Condition) waiting() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.waiters)
}

func TestConditionFIFO(t *testing.T) {
	noLeak(t)
	c := NewCondition(nil)
	woke := make(chan int, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Lock()
			defer c.Unlock()
			c.Wait(-1)
			woke <- i
		}()
		waitUntil(t, "waiter to park", func() bool { return c.waiting() == i+1 })
	}
	var order []int
	for range 3 {
		c.Lock()
		c.Notify(1)
		c.Unlock()
		order = append(order, <-woke)
	}
	wg.Wait()
	if !slices.Equal(order, []int{0, 1, 2}) {
		t.Fatalf("wake order %v, want FIFO", order)
	}
}

func TestConditionWaitTimeoutKeepsRLockLevel(t *testing.T) {
	noLeak(t)
	r := NewRLock()
	c := NewCondition(r)
	r.Lock()
	r.Lock()
	start := time.Now()
	if c.Wait(0.04) {
		t.Fatal("Wait without notify reported a notify")
	}
	if time.Since(start) < 30*time.Millisecond {
		t.Fatal("Wait returned before its timeout")
	}
	if c.waiting() != 0 {
		t.Fatal("timed-out waiter left in the queue")
	}
	r.Unlock()
	if !r.isOwned() {
		t.Fatal("Wait lost the second recursion level")
	}
	r.Unlock()
}

// The notifier can only take the RLock if Wait released every level.
func TestConditionWaitReleasesAllLevels(t *testing.T) {
	noLeak(t)
	c := NewCondition(nil)
	c.Lock()
	c.Lock()
	go func() {
		for c.waiting() != 1 {
			time.Sleep(time.Millisecond)
		}
		c.Lock()
		c.Notify(1)
		c.Unlock()
	}()
	if !c.Wait(5) {
		t.Fatal("Wait timed out although notified")
	}
	c.Unlock()
	c.Unlock()
}

// Error messages are CPython 3.11's.
func TestConditionUnownedErrors(t *testing.T) {
	for _, lock := range []sync.Locker{nil, NewLock(), &sync.Mutex{}} {
		c := NewCondition(lock)
		raises(t, RuntimeError, "cannot wait on un-acquired lock", func() { c.Wait(0) })
		raises(t, RuntimeError, "cannot notify on un-acquired lock", func() { c.Notify(1) })
		raises(t, RuntimeError, "cannot notify on un-acquired lock", c.NotifyAll)
		if !c.Acquire(false, -1) {
			t.Fatalf("%T: non-blocking acquire of a free lock failed", lock)
		}
		c.Notify(1) // owned now: no error, nobody to wake
		c.Release()
		if !c.Acquire(true, -1) {
			t.Fatalf("%T: blocking acquire failed", lock)
		}
		c.Release()
	}
}

func TestConditionWaitForAndNotifyAll(t *testing.T) {
	noLeak(t)
	c := NewCondition(&sync.Mutex{})
	ready := 0
	results := make(chan bool, 4)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Lock()
			defer c.Unlock()
			results <- c.WaitFor(func() bool { return ready == 2 }, 5)
		}()
	}
	waitUntil(t, "waiters to park", func() bool { return c.waiting() == 4 })
	for range 2 {
		c.Lock()
		ready++
		c.NotifyAll()
		c.Unlock()
	}
	wg.Wait()
	close(results)
	for ok := range results {
		if !ok {
			t.Fatal("WaitFor reported false although the predicate held")
		}
	}
}

func TestConditionWaitForTimeout(t *testing.T) {
	noLeak(t)
	c := NewCondition(NewLock())
	c.Lock()
	defer c.Unlock()
	calls := 0
	start := time.Now()
	if c.WaitFor(func() bool { calls++; return false }, 0.05) {
		t.Fatal("WaitFor returned true for a false predicate")
	}
	if elapsed := time.Since(start); elapsed < 40*time.Millisecond || calls < 2 {
		t.Fatalf("WaitFor gave up after %v and %d predicate calls", elapsed, calls)
	}
}

func ExampleCondition() {
	c := NewCondition(nil)
	var items []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.Lock()
		defer c.Unlock()
		c.WaitFor(func() bool { return len(items) > 0 }, -1)
		fmt.Println("consumed", items[0])
	}()
	c.Lock()
	items = append(items, "job")
	c.Notify(1)
	c.Unlock()
	<-done
	// Output: consumed job
}
