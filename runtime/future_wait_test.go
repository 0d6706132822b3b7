package runtime

import (
	"fmt"
	"slices"
	"testing"
)

func (f *Future[T]) waiterCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.waiters)
}

func TestAsCompletedOrder(t *testing.T) {
	noLeak(t)
	fs := []*Future[int]{NewFuture[int](), NewFuture[int](), NewFuture[int](), NewFuture[int]()}
	fs[3].SetResult(3) // already done: yielded first
	var got []int
	for f := range AsCompleted(append(fs, fs[0]), 5) {
		got = append(got, f.Result(0))
		// Complete the next one only after the previous was yielded, so
		// the completion order is fixed: 2, 0, 1.
		switch len(got) {
		case 1:
			go fs[2].SetResult(2)
		case 2:
			go fs[0].SetResult(0)
		case 3:
			go fs[1].SetResult(1)
		}
	}
	if !slices.Equal(got, []int{3, 2, 0, 1}) {
		t.Fatalf("completion order %v, want [3 2 0 1]", got)
	}
	for _, f := range fs {
		if f.waiterCount() != 0 {
			t.Fatal("AsCompleted left a waiter installed")
		}
	}
}

// The message is CPython 3.11's: "1 (of 2) futures unfinished".
func TestAsCompletedTimeoutAndBreak(t *testing.T) {
	done, never := NewFuture[int](), NewFuture[int]()
	done.SetResult(1)
	var seen []*Future[int]
	exc := catch(func() {
		for f := range AsCompleted([]*Future[int]{never, done}, 0.03) {
			seen = append(seen, f)
		}
	})
	if exc == nil || exc.Line() != "TimeoutError: 1 (of 2) futures unfinished" || len(seen) != 1 || seen[0] != done {
		t.Fatalf("timeout: exception %v, yielded %v", exc, seen)
	}
	for range AsCompleted([]*Future[int]{never, done}, -1) {
		break
	}
	if never.waiterCount() != 0 {
		t.Fatal("breaking out of AsCompleted left a waiter installed")
	}
}

func TestWaitReturnWhen(t *testing.T) {
	noLeak(t)
	a, b, c := NewFuture[int](), NewFuture[int](), NewFuture[int]()
	fs := []*Future[int]{a, b, c}

	done, notDone := Wait(fs, 0.02, AllCompleted)
	if len(done) != 0 || len(notDone) != 3 {
		t.Fatalf("timed-out wait: done %d not done %d", len(done), len(notDone))
	}
	go b.SetResult(1)
	done, notDone = Wait(fs, 5, FirstCompleted)
	if !slices.Equal(done, []*Future[int]{b}) || !slices.Equal(notDone, []*Future[int]{a, c}) {
		t.Fatalf("FIRST_COMPLETED: done %v not done %v", done, notDone)
	}
	// FIRST_EXCEPTION ignores normal results and cancellations.
	go func() {
		a.Cancel()
		c.SetException(NewExc(ValueError))
	}()
	done, notDone = Wait(fs, 5, FirstException)
	if len(done) != 3 || len(notDone) != 0 {
		t.Fatalf("FIRST_EXCEPTION: done %v not done %v", done, notDone)
	}
	// A satisfied condition returns at once.
	d := NewFuture[int]()
	done, _ = Wait([]*Future[int]{c, d}, -1, FirstException)
	if !slices.Equal(done, []*Future[int]{c}) {
		t.Fatalf("FIRST_EXCEPTION with an exception present: done %v", done)
	}
	raises(t, ValueError, "Invalid return condition: "+Repr("SOME"), func() { Wait(fs, 0, "SOME") })
	if d.waiterCount() != 0 {
		t.Fatal("Wait left a waiter installed")
	}
}

func ExampleAsCompleted() {
	slow, fast := NewFuture[string](), NewFuture[string]()
	fast.SetResult("fast")
	for f := range AsCompleted([]*Future[string]{slow, fast}, -1) {
		fmt.Println(f.Result(0))
		if f == fast {
			go slow.SetResult("slow")
		}
	}
	// Output:
	// fast
	// slow
}
