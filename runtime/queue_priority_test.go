package runtime

import (
	"fmt"
	"testing"
)

type queueTestJob struct {
	priority, label int
}

// Items that compare equal must come out in CPython's order, which heapq's
// algorithm fixes. Expected order recorded with CPython 3.11.7 running:
//
//	class Job:
//	    def __init__(self, p, label): self.p, self.label = p, label
//	    def __lt__(self, other): return self.p < other.p
//	q = queue.PriorityQueue(); out = []
//	for i in range(40):
//	    q.put(Job((i * 7) % 5, i))
//	    if i % 3 == 2: out.append(q.get().label)
//	while not q.empty(): out.append(q.get().label)
//	print(out)
func TestPriorityQueueTieOrderMatchesCPython(t *testing.T) {
	const cpython = "[0 5 3 10 8 15 20 13 25 18 30 35 23 38 28 33 21 16 1 36 31 6 26 11 19 9 29 34 39 4 14 24 2 32 22 37 7 27 17 12]"
	q := NewPriorityQueue(0, func(a, b queueTestJob) bool { return a.priority < b.priority })
	var out []int
	for i := range 40 {
		q.Put(queueTestJob{(i * 7) % 5, i}, true, -1)
		if i%3 == 2 {
			out = append(out, q.Get(true, -1).label)
		}
	}
	for !q.Empty() {
		out = append(out, q.Get(true, -1).label)
	}
	if got := fmt.Sprint(out); got != cpython {
		t.Fatalf("order\n%s\nwant (CPython)\n%s", got, cpython)
	}
}

// With a total order the queue is a sort: check it against many inputs.
func TestPriorityQueueSortsDistinctItems(t *testing.T) {
	q := NewPriorityQueue(0, func(a, b int) bool { return a < b })
	const n = 500
	for i := range n {
		q.Put((i*7919)%n, true, -1) // a permutation of 0..n-1
	}
	for want := range n {
		if got := q.Get(true, -1); got != want {
			t.Fatalf("get = %d, want %d", got, want)
		}
	}
}

func TestPriorityQueueBounded(t *testing.T) {
	q := NewPriorityQueue(1, func(a, b int) bool { return a < b })
	q.PutNowait(5)
	queueWantExc(t, QueueFull, "Full", func() { q.PutNowait(1) })
}

func ExampleNewPriorityQueue() {
	type task struct {
		priority int
		name     string
	}
	// Python's tuple ordering: by priority, then by name.
	less := func(a, b task) bool {
		if a.priority != b.priority {
			return a.priority < b.priority
		}
		return a.name < b.name
	}
	q := NewPriorityQueue(0, less)
	q.Put(task{2, "code"}, true, -1)
	q.Put(task{1, "eat"}, true, -1)
	q.Put(task{2, "bed"}, true, -1)
	for !q.Empty() {
		fmt.Println(q.Get(true, -1).name)
	}
	// Output:
	// eat
	// bed
	// code
}

// A raising comparison (a translated __lt__) reaches the caller, and the
// queue keeps every item it held. CPython 3.11, after four puts and a put
// whose __lt__ raises TypeError: qsize() == 5, unfinished_tasks == 4.
func TestPriorityQueueSurvivesPanickingLess(t *testing.T) {
	const poison = 99
	q := NewPriorityQueue(0, func(a, b int) bool {
		if a == poison || b == poison {
			Raise(TypeError, "cannot compare")
		}
		return a < b
	})
	for _, v := range []int{5, 3, 8, 1} {
		q.Put(v, true, -1)
	}
	queueWantExc(t, TypeError, "TypeError: cannot compare", func() { q.Put(poison, true, -1) })
	// As in CPython, the item stays in the heap; it is a leaf that the
	// following gets never compare with smaller items above it.
	held := make(map[int]bool)
	for _, v := range q.store.(*queueHeap[int]).items {
		held[v] = true
	}
	for _, v := range []int{1, 3, 5, 8, poison} {
		if !held[v] {
			t.Fatalf("heap lost %d: %v", v, q.store.(*queueHeap[int]).items)
		}
	}
	if q.Qsize() != 5 || q.unfinished != 4 {
		t.Fatalf("qsize %d, unfinished tasks %d; want 5, 4", q.Qsize(), q.unfinished)
	}
}
