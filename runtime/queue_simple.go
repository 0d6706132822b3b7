package runtime

// SimpleQueue is Python's queue.SimpleQueue: an unbounded FIFO queue whose
// put never blocks, without task_done/join, maxsize or full.
//
// Kept: FIFO order, get's block and timeout rules and its queue.Empty (as
// Queue.Get), qsize and empty. CPython's put accepts and ignores block and
// timeout; here Put takes only the item, so the translator drops those
// arguments. Dropped: CPython's guarantee that put is reentrant from signal
// handlers and __del__ methods, which has no meaning in Go.
type SimpleQueue[T any] struct {
	queue *Queue[T] // unbounded; its task counter is never read
}

// NewSimpleQueue returns queue.SimpleQueue().
func NewSimpleQueue[T any]() *SimpleQueue[T] {
	return &SimpleQueue[T]{queue: NewQueue[T](0)}
}

// Put is q.put(item): it never blocks.
func (q *SimpleQueue[T]) Put(item T) { q.queue.Put(item, true, -1) }

// PutNowait is q.put_nowait(item), the same as Put.
func (q *SimpleQueue[T]) PutNowait(item T) { q.queue.Put(item, true, -1) }

// Get is q.get(block, timeout); see Queue.Get.
func (q *SimpleQueue[T]) Get(block bool, timeout float64) T {
	return q.queue.Get(block, timeout)
}

// GetNowait is q.get_nowait().
func (q *SimpleQueue[T]) GetNowait() T { return q.queue.GetNowait() }

// TryGet is the comma-ok form of Get; see Queue.TryGet.
func (q *SimpleQueue[T]) TryGet(timeout float64) (T, bool) { return q.queue.TryGet(timeout) }

// Qsize is q.qsize().
func (q *SimpleQueue[T]) Qsize() int { return q.queue.Qsize() }

// Empty is q.empty().
func (q *SimpleQueue[T]) Empty() bool { return q.queue.Empty() }
