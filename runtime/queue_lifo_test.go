package runtime

import (
	"fmt"
	"testing"
)

// CPython 3.11: LifoQueue after put(0), put(1), put(2) gets [2, 1, 0].
func TestLifoQueueOrder(t *testing.T) {
	q := NewLifoQueue[int](0)
	for i := range 3 {
		q.Put(i, true, -1)
	}
	q.Put(3, true, -1)
	if got := q.Get(true, -1); got != 3 {
		t.Fatalf("get = %d, want 3", got)
	}
	q.Put(4, true, -1)
	var got []int
	for !q.Empty() {
		got = append(got, q.Get(true, -1))
	}
	if fmt.Sprint(got) != "[4 2 1 0]" {
		t.Fatalf("order %v, want [4 2 1 0]", got)
	}
}

func TestLifoQueueBounded(t *testing.T) {
	q := NewLifoQueue[int](2)
	q.PutNowait(1)
	q.PutNowait(2)
	queueWantExc(t, QueueFull, "Full", func() { q.PutNowait(3) })
	if !q.Full() || q.GetNowait() != 2 || q.GetNowait() != 1 {
		t.Fatal("bounded LIFO queue misbehaved")
	}
	queueWantExc(t, QueueEmpty, "Empty", func() { q.GetNowait() })
}

func ExampleNewLifoQueue() {
	q := NewLifoQueue[int](0)
	for i := range 3 {
		q.Put(i, true, -1)
	}
	for !q.Empty() {
		fmt.Print(q.Get(true, -1), " ")
	}
	fmt.Println()
	// Output: 2 1 0
}
