package runtime

// NewPriorityQueue returns queue.PriorityQueue(maxsize): a Queue whose Get
// returns the smallest item under less, which the translator builds from
// Python's ordering of the item type (for tuples, element-wise comparison).
//
// Kept: the exact pop order of CPython, including among items that compare
// equal (for example objects whose __lt__ looks only at a priority field).
// CPython's heapq is not a stable sort, so reproducing its order means
// running the same algorithm: the store below is heappush and heappop
// (_siftdown and _siftup) of Lib/heapq.py and of the C accelerator _heapq
// that CPython actually uses, calling less exactly where they evaluate "<".
//
// A panic in less (a translated __lt__ that raises) reaches the caller of
// Put or Get with the queue still usable, as the exception does in CPython.
// Dropped: the TypeError from comparing unorderable items, which the Go
// types rule out.
func NewPriorityQueue[T any](maxsize int, less func(a, b T) bool) *Queue[T] {
	return newQueueWithStore[T](maxsize, &queueHeap[T]{less: less})
}

// queueHeap is a binary min-heap in a slice, laid out as heapq's list.
type queueHeap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h *queueHeap[T]) len() int { return len(h.items) }

// push is heapq.heappush: append, then move the new item up.
func (h *queueHeap[T]) push(item T) {
	h.items = append(h.items, item)
	h.siftDown(0, len(h.items)-1)
}

// pop is heapq.heappop: the last item replaces the root, then moves down.
func (h *queueHeap[T]) pop() T {
	var zero T
	last := len(h.items) - 1
	lastItem := h.items[last]
	h.items[last] = zero // let the garbage collector have it
	h.items = h.items[:last]
	if last == 0 {
		return lastItem
	}
	top := h.items[0]
	h.items[0] = lastItem
	h.siftUp(0)
	return top
}

// siftDown is heapq._siftdown: the item at pos moves towards the root
// (startpos) while it is less than its parent. Like the C accelerator it
// swaps at each step, so a panic in less leaves the heap a permutation of
// its items, never a duplicate with one item lost.
func (h *queueHeap[T]) siftDown(startpos, pos int) {
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		if !h.less(h.items[pos], h.items[parentpos]) {
			break
		}
		h.items[pos], h.items[parentpos] = h.items[parentpos], h.items[pos]
		pos = parentpos
	}
}

// siftUp is heapq._siftup: the smaller child moves up until a leaf is
// reached, then the displaced item is sifted back down to its place. heapq
// does it this way (fewer comparisons than stopping early), and the order of
// equal items depends on it.
func (h *queueHeap[T]) siftUp(pos int) {
	endpos := len(h.items)
	startpos := pos
	for childpos := 2*pos + 1; childpos < endpos; childpos = 2*pos + 1 {
		if rightpos := childpos + 1; rightpos < endpos && !h.less(h.items[childpos], h.items[rightpos]) {
			childpos = rightpos
		}
		h.items[pos], h.items[childpos] = h.items[childpos], h.items[pos]
		pos = childpos
	}
	h.siftDown(startpos, pos)
}
