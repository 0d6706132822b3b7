package runtime

import (
	"fmt"
	"testing"
)

// CPython 3.11: SimpleQueue.get(block=False) and get(timeout=0) on an empty
// queue raise Empty with no arguments.
func TestSimpleQueue(t *testing.T) {
	q := NewSimpleQueue[int]()
	queueWantExc(t, QueueEmpty, "Empty", func() { q.GetNowait() })
	queueWantExc(t, QueueEmpty, "Empty", func() { q.Get(true, 0) })
	for i := range 100 {
		q.Put(i)
	}
	q.PutNowait(100)
	if q.Empty() || q.Qsize() != 101 {
		t.Fatalf("empty=%v qsize=%d", q.Empty(), q.Qsize())
	}
	for want := range 101 {
		if got := q.Get(true, -1); got != want {
			t.Fatalf("get = %d, want %d", got, want)
		}
	}
	if _, ok := q.TryGet(0.01); ok {
		t.Fatal("TryGet on an empty queue succeeded")
	}
}

func TestSimpleQueueBlockedGetWakesOnPut(t *testing.T) {
	queueNoLeak(t)
	q := NewSimpleQueue[string]()
	got := make(chan string)
	go func() { got <- q.Get(true, -1) }()
	queueNotYet(t, got, "get on an empty queue")
	q.Put("x")
	if v := <-got; v != "x" {
		t.Fatalf("get = %q", v)
	}
}

func ExampleSimpleQueue() {
	q := NewSimpleQueue[string]()
	q.Put("a")
	q.Put("b")
	fmt.Println(q.GetNowait(), q.GetNowait(), q.Empty())
	// Output: a b true
}
