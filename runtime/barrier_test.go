package runtime

import (
	"fmt"
	"slices"
	"sync"
	"testing"
)

// waitAll runs Wait on n goroutines and returns each one's index or
// exception, in goroutine order.
func waitAll(b *Barrier, n int, timeout float64) ([]int, []*Exc) {
	indices := make([]int, n)
	excs := make([]*Exc, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			indices[i] = -1
			excs[i] = catch(func() { indices[i] = b.Wait(timeout) })
		}()
	}
	wg.Wait()
	return indices, excs
}

func TestBarrierIndicesActionAndReuse(t *testing.T) {
	noLeak(t)
	var mu sync.Mutex
	actions := 0
	b := NewBarrier(3, func() {
		mu.Lock()
		actions++
		mu.Unlock()
	}, -1)
	for round := 1; round <= 3; round++ {
		indices, excs := waitAll(b, 3, 5)
		slices.Sort(indices)
		if !slices.Equal(indices, []int{0, 1, 2}) || slices.ContainsFunc(excs, func(e *Exc) bool { return e != nil }) {
			t.Fatalf("round %d: indices %v exceptions %v", round, indices, excs)
		}
		if actions != round {
			t.Fatalf("round %d: action ran %d times", round, actions)
		}
	}
	if b.Parties() != 3 || b.NWaiting() != 0 || b.Broken() {
		t.Fatalf("after rounds: parties %d waiting %d broken %v", b.Parties(), b.NWaiting(), b.Broken())
	}
}

// The first thread to arrive gets index 0, the last parties-1, as in CPython.
func TestBarrierArrivalOrder(t *testing.T) {
	noLeak(t)
	b := NewBarrier(3, nil, -1)
	got := make([]int, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = b.Wait(5)
		}()
		if i < 2 {
			waitUntil(t, "arrival", func() bool { return b.NWaiting() == i+1 })
		}
	}
	wg.Wait()
	if !slices.Equal(got, []int{0, 1, 2}) {
		t.Fatalf("indices by arrival %v, want [0 1 2]", got)
	}
}

func TestBarrierTimeoutBreaks(t *testing.T) {
	noLeak(t)
	b := NewBarrier(2, nil, 0.03) // the default timeout applies
	if exc := catch(func() { b.Wait(-1) }); exc == nil || exc.Line() != "BrokenBarrierError" {
		t.Fatalf("timed-out wait raised %v", exc)
	}
	if !b.Broken() {
		t.Fatal("timeout did not break the barrier")
	}
	raises(t, BrokenBarrierError, "", func() { b.Wait(1) })
	b.Reset()
	if b.Broken() {
		t.Fatal("Reset did not repair the barrier")
	}
	if _, excs := waitAll(b, 2, 5); excs[0] != nil || excs[1] != nil {
		t.Fatalf("after reset: %v", excs)
	}
}

func TestBarrierAbortAndResetWakeWaiters(t *testing.T) {
	noLeak(t)
	for _, how := range []string{"abort", "reset"} {
		b := NewBarrier(3, nil, -1)
		got := make(chan *Exc, 2)
		for range 2 {
			go func() { got <- catch(func() { b.Wait(5) }) }()
		}
		waitUntil(t, "two waiters", func() bool { return b.NWaiting() == 2 })
		if how == "abort" {
			b.Abort()
		} else {
			b.Reset()
		}
		for range 2 {
			if exc := <-got; exc == nil || !exc.IsInstance(BrokenBarrierError) {
				t.Fatalf("%s: waiter got %v", how, exc)
			}
		}
		if b.Broken() != (how == "abort") {
			t.Fatalf("%s: broken %v", how, b.Broken())
		}
	}
}

func TestBarrierActionException(t *testing.T) {
	noLeak(t)
	b := NewBarrier(3, func() { Raise(ValueError, "action failed") }, -1)
	_, excs := waitAll(b, 3, 5)
	var lines []string
	for _, e := range excs {
		lines = append(lines, e.Line())
	}
	slices.Sort(lines)
	want := []string{"BrokenBarrierError", "BrokenBarrierError", "ValueError: action failed"}
	if !slices.Equal(lines, want) || !b.Broken() {
		t.Fatalf("exceptions %q broken %v", lines, b.Broken())
	}
}

func ExampleBarrier() {
	b := NewBarrier(2, func() { fmt.Println("both arrived") }, -1)
	done := make(chan int)
	go func() { done <- b.Wait(-1) }()
	mine := b.Wait(-1)
	fmt.Println(mine + <-done)
	// Output:
	// both arrived
	// 1
}
