package runtime

import "slices"

// heapq: a binary min-heap kept in a plain slice, ordered as Python's <
// orders values (Compare).
//
// Kept from CPython 3.11: the exact sift algorithm of Lib/heapq.py, so the
// slice holds the same layout as Python's list after each call (heap[0] and
// printing the heap agree); heappop of an empty heap raises
// IndexError('index out of range'); nsmallest and nlargest return what
// sorted(iterable, key=key)[:n] and sorted(..., reverse=True)[:n] return,
// ties in input order. Dropped: the merge, heapreplace and heappushpop
// helpers.

// HeapPush is heapq.heappush(heap, item).
func HeapPush[T any](heap *[]T, item T) {
	*heap = append(*heap, item)
	siftDown(*heap, 0, len(*heap)-1)
}

// HeapPop is heapq.heappop(heap): it removes and returns the smallest item.
func HeapPop[T any](heap *[]T) T {
	h := *heap
	if len(h) == 0 {
		panic(NewExc(IndexError, "index out of range"))
	}
	last := h[len(h)-1]
	var zero T
	h[len(h)-1] = zero // let the popped value be collected
	h = h[:len(h)-1]
	*heap = h
	if len(h) == 0 {
		return last
	}
	top := h[0]
	h[0] = last
	siftUp(h, 0)
	return top
}

// Heapify is heapq.heapify(xs): it rearranges xs into a heap in place.
func Heapify[T any](xs []T) {
	for i := len(xs)/2 - 1; i >= 0; i-- {
		siftUp(xs, i)
	}
}

func less[T any](a, b T) bool { return Compare(a, b) < 0 }

// siftDown is heapq._siftdown: the item at pos moves up towards start.
func siftDown[T any](h []T, start, pos int) {
	item := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		if !less(item, h[parent]) {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = item
}

// siftUp is heapq._siftup: the smaller child moves up until a leaf, then
// the item sifts down from there (Floyd's variant, as CPython does it).
func siftUp[T any](h []T, pos int) {
	start, item := pos, h[pos]
	child := 2*pos + 1
	for child < len(h) {
		if right := child + 1; right < len(h) && !less(h[child], h[right]) {
			child = right
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	siftDown(h, start, pos)
}

// NSmallest is heapq.nsmallest(n, xs, key=key); a nil key orders the
// items themselves.
func NSmallest[T, K any](n int, xs []T, key func(T) K) []T {
	return firstSorted(n, xs, key, false)
}

// NLargest is heapq.nlargest(n, xs, key=key); a nil key orders the items
// themselves.
func NLargest[T, K any](n int, xs []T, key func(T) K) []T {
	return firstSorted(n, xs, key, true)
}

func firstSorted[T, K any](n int, xs []T, key func(T) K, largest bool) []T {
	out := slices.Clone(xs)
	slices.SortStableFunc(out, func(a, b T) int {
		var c int
		if key != nil {
			c = Compare(key(a), key(b))
		} else {
			c = Compare(a, b)
		}
		if largest {
			return -c
		}
		return c
	})
	if n < 0 {
		n = 0
	}
	return out[:min(n, len(out))]
}
