package runtime

import (
	"sync"
	"testing"
)

// Expected texts are CPython 3.11's for the same operations.
func TestDequeOperations(t *testing.T) {
	d := NewDeque[int](nil, -1)
	d.Append(1)
	d.Append(2)
	d.Appendleft(0)
	if got := Repr(d); got != "deque([0, 1, 2])" || d.Len() != 3 || d.At(0) != 0 || d.At(-1) != 2 {
		t.Fatalf("got %s", got)
	}
	d.Extend([]int{3, 4})
	d.Extendleft([]int{-1, -2})
	if got := Str(d); got != "deque([-2, -1, 0, 1, 2, 3, 4])" {
		t.Fatalf("got %s", got)
	}
	if p, l := d.Pop(), d.Popleft(); p != 4 || l != -2 {
		t.Fatalf("pop %d popleft %d", p, l)
	}
	d.Rotate(2)
	if got := Repr(d); got != "deque([2, 3, -1, 0, 1])" {
		t.Fatalf("rotate(2): %s", got)
	}
	d.Rotate(-1)
	if got := Repr(d); got != "deque([3, -1, 0, 1, 2])" || !d.Contains(3) || d.Contains(9) {
		t.Fatalf("rotate(-1): %s", got)
	}
}

func TestDequeMaxlen(t *testing.T) {
	d := NewDeque[int](nil, 3)
	for _, x := range []int{10, 11, 12, 13, 14} {
		d.Append(x)
	}
	d.Appendleft(0)
	if got := Repr(d); got != "deque([0, 12, 13], maxlen=3)" {
		t.Fatalf("got %s", got)
	}
	s := NewDeque([]string{"l1", "l2", "l3", "l4"}, 2)
	if got := Repr(s); got != "deque(['l3', 'l4'], maxlen=2)" {
		t.Fatalf("got %s", got)
	}
}

func TestDequeEmptyPop(t *testing.T) {
	defer func() {
		e, ok := recover().(*Exc)
		if !ok || e.Line() != "IndexError: pop from an empty deque" {
			t.Fatalf("recovered %v", e)
		}
	}()
	NewDeque[string](nil, -1).Popleft()
}

// CPython documents deque appends and pops as thread-safe; producers and
// consumers share one without a lock.
func TestDequeConcurrentAppendPop(t *testing.T) {
	d := NewDeque[int](nil, -1)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 250 {
				d.Append(w*1000 + i)
			}
		}()
	}
	wg.Wait()
	seen := map[int]bool{}
	for d.Len() > 0 {
		seen[d.Popleft()] = true
	}
	if len(seen) != 1000 {
		t.Errorf("%d distinct items, want 1000", len(seen))
	}
}
