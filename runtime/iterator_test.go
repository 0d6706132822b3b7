package runtime

import (
	"slices"
	"testing"
)

func TestIteratorNextThenLoop(t *testing.T) {
	noLeak(t)
	it := NewIterator(slices.Values([]string{"a", "b", "c"}))
	if got := it.Next(); got != "a" {
		t.Fatalf("first Next = %q", got)
	}
	var rest []string
	for _, v := range it.All() {
		rest = append(rest, v)
	}
	if !slices.Equal(rest, []string{"b", "c"}) {
		t.Fatalf("loop after Next saw %q", rest)
	}
	exc := callCatching(func() { it.Next() })
	if exc == nil || exc.Type != StopIteration {
		t.Fatalf("Next on an exhausted iterator raised %v, want StopIteration", exc)
	}
}

// A timeout while waiting for a mapped result is raised by the Next call,
// and the iterator is finished afterwards.
func TestIteratorRaisesMapTimeout(t *testing.T) {
	noLeak(t)
	ex := NewThreadPoolExecutor(2, "")
	defer ex.Shutdown(true, false)
	release := NewEvent()
	it := NewIterator(Map(ex, func(x int) int {
		if x == 1 {
			release.Wait(-1)
		}
		return x
	}, []int{0, 1}, 0.2))
	if got := it.Next(); got != 0 {
		t.Fatalf("first result %d", got)
	}
	exc := callCatching(func() { it.Next() })
	release.Set()
	if exc == nil || !exc.IsInstance(TimeoutError) {
		t.Fatalf("late result raised %v, want TimeoutError", exc.Line())
	}
	if exc := callCatching(func() { it.Next() }); exc == nil || exc.Type != StopIteration {
		t.Fatalf("Next after the timeout raised %v, want StopIteration", exc)
	}
}

func TestIteratorStopReleasesSequence(t *testing.T) {
	noLeak(t)
	it := NewIterator(slices.Values([]int{1, 2, 3}))
	it.Next()
	it.Stop()
	if exc := callCatching(func() { it.Next() }); exc == nil || exc.Type != StopIteration {
		t.Fatalf("Next after Stop raised %v, want StopIteration", exc)
	}
}
