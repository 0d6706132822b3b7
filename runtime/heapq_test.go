package runtime

import (
	"slices"
	"testing"
)

// The expected layouts are CPython 3.11's lists after the same calls.
func TestHeapLayoutMatchesCPython(t *testing.T) {
	nums := []int{9, 4, 7, 1, 8, 2}
	Heapify(nums)
	if want := []int{1, 4, 2, 9, 8, 7}; !slices.Equal(nums, want) {
		t.Errorf("heapify = %v, want %v", nums, want)
	}
	var h []int
	for _, x := range []int{5, 3, 8, 1, 9, 2} {
		HeapPush(&h, x)
	}
	if want := []int{1, 3, 2, 5, 9, 8}; !slices.Equal(h, want) {
		t.Errorf("after pushes = %v, want %v", h, want)
	}
	var popped []int
	for len(h) > 0 {
		popped = append(popped, HeapPop(&h))
	}
	if want := []int{1, 2, 3, 5, 8, 9}; !slices.Equal(popped, want) {
		t.Errorf("pops = %v, want %v", popped, want)
	}
}

func TestHeapOfTuples(t *testing.T) {
	var h []Tuple2[int, string]
	HeapPush(&h, Tuple2[int, string]{V0: 2, V1: "b"})
	HeapPush(&h, Tuple2[int, string]{V0: 1, V1: "z"})
	HeapPush(&h, Tuple2[int, string]{V0: 1, V1: "a"})
	if got := HeapPop(&h); got.V0 != 1 || got.V1 != "a" {
		t.Errorf("pop = %v, want (1, 'a')", got)
	}
}

func TestHeapPopEmptyRaisesIndexError(t *testing.T) {
	defer func() {
		e, ok := recover().(*Exc)
		if !ok || e.Type != IndexError {
			t.Errorf("recovered %v, want IndexError", e)
		}
	}()
	var h []int
	HeapPop(&h)
}

func TestNSmallestNLargest(t *testing.T) {
	xs := []int{9, 4, 7, 1, 8, 2}
	if got := NSmallest[int, int](3, xs, nil); !slices.Equal(got, []int{1, 2, 4}) {
		t.Errorf("nsmallest = %v", got)
	}
	if got := NLargest[int, int](2, xs, nil); !slices.Equal(got, []int{9, 8}) {
		t.Errorf("nlargest = %v", got)
	}
	words := []string{"pear", "fig", "banana", "kiwi"}
	byLen := func(s string) int { return len(s) }
	if got := NSmallest(2, words, byLen); !slices.Equal(got, []string{"fig", "pear"}) {
		t.Errorf("nsmallest key=len = %v, want [fig pear]", got)
	}
	if got := NLargest(3, words, byLen); !slices.Equal(got, []string{"banana", "pear", "kiwi"}) {
		t.Errorf("nlargest key=len = %v, want [banana pear kiwi]", got)
	}
	if !slices.Equal(xs, []int{9, 4, 7, 1, 8, 2}) {
		t.Errorf("the input changed: %v", xs)
	}
}
