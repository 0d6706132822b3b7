package runtime

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestQueueFIFOOrderAndSizes(t *testing.T) {
	q := NewQueue[int](3)
	if !q.Empty() || q.Full() || q.Qsize() != 0 {
		t.Fatalf("new queue: empty=%v full=%v qsize=%d", q.Empty(), q.Full(), q.Qsize())
	}
	for i := range 3 {
		q.Put(i, true, -1)
	}
	if q.Empty() || !q.Full() || q.Qsize() != 3 {
		t.Fatalf("filled queue: empty=%v full=%v qsize=%d", q.Empty(), q.Full(), q.Qsize())
	}
	for want := range 3 {
		if got := q.Get(true, -1); got != want {
			t.Fatalf("get = %d, want %d", got, want)
		}
	}
}

// CPython 3.11: Queue(-3).full() and Queue(0).full() are False and put never
// blocks; maxsize keeps the value given.
func TestQueueNonPositiveMaxsizeIsUnbounded(t *testing.T) {
	for _, maxsize := range []int{0, -3} {
		q := NewQueue[int](maxsize)
		for i := range 1000 {
			q.PutNowait(i)
		}
		if q.Full() || q.Qsize() != 1000 || q.Maxsize() != maxsize {
			t.Fatalf("maxsize %d: full=%v qsize=%d maxsize=%d", maxsize, q.Full(), q.Qsize(), q.Maxsize())
		}
		for want := range 1000 {
			if got := q.GetNowait(); got != want {
				t.Fatalf("get = %d, want %d", got, want)
			}
		}
	}
}

// CPython 3.11: get on an empty queue with block=False (whatever the
// timeout, even negative) or with timeout=0 raises Empty with no arguments,
// printed "Empty" after the module; put on a full queue raises Full likewise.
func TestQueueRaisesEmptyAndFullWithoutWaiting(t *testing.T) {
	q := NewQueue[string](1)
	queueWantExc(t, QueueEmpty, "Empty", func() { q.GetNowait() })
	queueWantExc(t, QueueEmpty, "Empty", func() { q.Get(false, -1) })
	queueWantExc(t, QueueEmpty, "Empty", func() { q.Get(true, 0) })
	q.Put("a", true, -1)
	queueWantExc(t, QueueFull, "Full", func() { q.PutNowait("b") })
	queueWantExc(t, QueueFull, "Full", func() { q.Put("b", false, -1) })
	queueWantExc(t, QueueFull, "Full", func() { q.Put("b", true, 0) })
	if exc := queueCatch(func() { q.GetNowait() }); exc != nil || q.Qsize() != 0 {
		t.Fatalf("get after failed puts: %v, qsize %d", exc, q.Qsize())
	}
}

func TestQueueTimeoutsExpire(t *testing.T) {
	q := NewQueue[int](1)
	const timeout = 0.05
	start := time.Now()
	queueWantExc(t, QueueEmpty, "Empty", func() { q.Get(true, timeout) })
	if waited := time.Since(start); waited < 50*time.Millisecond {
		t.Fatalf("get gave up after %v, want >= 50ms", waited)
	}
	if _, ok := q.TryGet(timeout); ok {
		t.Fatal("TryGet on an empty queue succeeded")
	}
	q.Put(1, true, -1)
	start = time.Now()
	queueWantExc(t, QueueFull, "Full", func() { q.Put(2, true, timeout) })
	if waited := time.Since(start); waited < 50*time.Millisecond {
		t.Fatalf("put gave up after %v, want >= 50ms", waited)
	}
	if q.TryPut(2, 0) {
		t.Fatal("TryPut on a full queue succeeded")
	}
	if v, ok := q.TryGet(0); !ok || v != 1 {
		t.Fatalf("TryGet = %d, %v; want 1, true", v, ok)
	}
}

func TestQueueBlockedGetWakesOnPut(t *testing.T) {
	queueNoLeak(t)
	q := NewQueue[int](0)
	got := make(chan int)
	go func() { got <- q.Get(true, -1) }()
	queueNotYet(t, got, "get on an empty queue")
	q.Put(42, true, -1)
	if v := <-got; v != 42 {
		t.Fatalf("get = %d, want 42", v)
	}
}

func TestQueueGetWithTimeoutSucceedsWhenPutArrives(t *testing.T) {
	queueNoLeak(t)
	q := NewQueue[int](0)
	type result struct {
		v  int
		ok bool
	}
	got := make(chan result)
	go func() {
		v, ok := q.TryGet(30) // far longer than the test runs
		got <- result{v, ok}
	}()
	queueNotYet(t, got, "TryGet on an empty queue")
	q.Put(7, true, -1)
	if r := <-got; !r.ok || r.v != 7 {
		t.Fatalf("TryGet = %d, %v; want 7, true", r.v, r.ok)
	}
}

func TestQueueBlockedPutWakesOnGet(t *testing.T) {
	queueNoLeak(t)
	q := NewQueue[int](1)
	q.Put(1, true, -1)
	done := make(chan struct{})
	go func() {
		q.Put(2, true, 30)
		close(done)
	}()
	queueNotYet(t, done, "put on a full queue")
	if v := q.Get(true, -1); v != 1 {
		t.Fatalf("get = %d, want 1", v)
	}
	<-done
	if v := q.Get(true, -1); v != 2 {
		t.Fatalf("get = %d, want 2", v)
	}
}

// CPython 3.11: task_done() without a matching put raises
// ValueError('task_done() called too many times').
func TestQueueTaskDoneAndJoin(t *testing.T) {
	queueNoLeak(t)
	q := NewQueue[int](0)
	q.Join() // nothing put: returns at once
	for i := range 3 {
		q.Put(i, true, -1)
	}
	joined := make(chan struct{})
	go func() {
		q.Join()
		close(joined)
	}()
	for range 3 {
		q.Get(true, -1)
		queueNotYet(t, joined, "join before every task_done")
		q.TaskDone()
	}
	<-joined
	queueWantExc(t, ValueError, "ValueError: task_done() called too many times", q.TaskDone)
}

// CPython 3.11: q.get(timeout=-1) and q.put(x, timeout=-1) raise
// ValueError("'timeout' must be a non-negative number"); with block=False
// the timeout is not checked.
func TestQueueTimeoutArg(t *testing.T) {
	queueWantExc(t, ValueError, "ValueError: 'timeout' must be a non-negative number",
		func() { QueueTimeoutArg(true, -1) })
	for _, c := range []struct {
		block   bool
		timeout float64
	}{{false, -1}, {true, 0}, {true, 2.5}} {
		if got := QueueTimeoutArg(c.block, c.timeout); got != c.timeout {
			t.Fatalf("QueueTimeoutArg(%v, %v) = %v", c.block, c.timeout, got)
		}
	}
}

// Many producers and consumers through a small bounded queue: every item
// arrives exactly once, and join returns once all are marked done.
func TestQueueConcurrentProducersAndConsumers(t *testing.T) {
	queueNoLeak(t)
	const producers, consumers, perProducer = 4, 3, 500
	q := NewQueue[int](5)
	var wg sync.WaitGroup
	for p := range producers {
		wg.Go(func() {
			for i := range perProducer {
				q.Put(p*perProducer+i, true, -1)
			}
		})
	}
	seen := make([][]int, consumers)
	var consumersDone sync.WaitGroup
	for c := range consumers {
		consumersDone.Go(func() {
			for {
				v := q.Get(true, -1)
				if v < 0 {
					q.TaskDone()
					return
				}
				seen[c] = append(seen[c], v)
				q.TaskDone()
			}
		})
	}
	wg.Wait()
	q.Join()
	for range consumers {
		q.Put(-1, true, -1)
	}
	consumersDone.Wait()
	count := make(map[int]int)
	for _, s := range seen {
		for _, v := range s {
			count[v]++
		}
	}
	if len(count) != producers*perProducer {
		t.Fatalf("received %d distinct items, want %d", len(count), producers*perProducer)
	}
	for v, n := range count {
		if n != 1 {
			t.Fatalf("item %d received %d times", v, n)
		}
	}
}

func ExampleQueue() {
	q := NewQueue[string](0)
	q.Put("first", true, -1)
	q.Put("second", true, -1)
	fmt.Println(q.Qsize(), q.Get(true, -1), q.Get(true, -1))
	if _, ok := q.TryGet(0.01); !ok {
		fmt.Println("empty")
	}
	// Output:
	// 2 first second
	// empty
}

func ExampleQueue_Join() {
	q := NewQueue[int](0)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			item := q.Get(true, -1)
			if item < 0 {
				q.TaskDone()
				return
			}
			fmt.Println("working on", item)
			q.TaskDone()
		}
	}()
	for i := range 3 {
		q.Put(i, true, -1)
	}
	q.Join()
	fmt.Println("all work completed")
	q.Put(-1, true, -1)
	<-done
	// Output:
	// working on 0
	// working on 1
	// working on 2
	// all work completed
}

// A timeout too long for time.Duration must wait, not overflow into an
// immediate timeout.
func TestQueueHugeTimeoutWaits(t *testing.T) {
	queueNoLeak(t)
	q := NewQueue[int](0)
	got := make(chan bool)
	go func() {
		_, ok := q.TryGet(1e300)
		got <- ok
	}()
	queueNotYet(t, got, "TryGet with a huge timeout")
	q.Put(1, true, -1)
	if !<-got {
		t.Fatal("TryGet with a huge timeout failed")
	}
}
