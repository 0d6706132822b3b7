package runtime

import (
	"math"
	"sync"
	"time"
)

// Queue is Python's queue.Queue (and, through NewLifoQueue and
// NewPriorityQueue, queue.LifoQueue and queue.PriorityQueue). Emitted code
// uses it only where a channel cannot express the program: an unbounded queue
// whose put never blocks, qsize/empty/full, task_done/join, get and put with
// timeouts that raise Empty and Full, LIFO and priority order. A bounded queue
// used only with blocking put and get is emitted as a buffered channel instead.
//
// Kept from CPython: the maxsize rule (<= 0 is unbounded), the Empty and Full
// exceptions (raised as panics of *Exc with no arguments, as CPython raises
// them), the timeout rules of get and put (block=False ignores the timeout;
// timeout 0 with block=True fails at once when it cannot proceed), the
// task_done/join counting and its ValueError, and the exact pop order of each
// kind of queue.
//
// Dropped: Python's timeout None is spelled as a negative timeout here, so a
// negative Python timeout must be checked by QueueTimeoutArg before the call.
// Waiting getters and putters are not served in arrival order: every
// waiter wakes and one wins. CPython's Condition wakes waiters in order, but
// a thread that has not waited can still take the item first, so Python
// programs cannot count on the order either. qsize is exact at the instant
// it is read, as in CPython. Queue.shutdown (Python 3.13) is absent.
type Queue[T any] struct {
	maxsize int
	store   queueStore[T]

	mu         sync.Mutex
	unfinished int         // put minus task_done, as CPython's unfinished_tasks
	notEmpty   queueSignal // an item was added
	notFull    queueSignal // an item was removed
	allDone    queueSignal // unfinished dropped to zero
}

// queueStore is the container behind a Queue; it decides the pop order.
// All calls are made with the queue's mutex held.
type queueStore[T any] interface {
	push(item T)
	pop() T
	len() int
}

// NewQueue returns queue.Queue(maxsize): FIFO, unbounded when maxsize <= 0.
func NewQueue[T any](maxsize int) *Queue[T] {
	return newQueueWithStore[T](maxsize, &queueFIFO[T]{})
}

func newQueueWithStore[T any](maxsize int, store queueStore[T]) *Queue[T] {
	return &Queue[T]{maxsize: maxsize, store: store}
}

// Maxsize is the queue's maxsize attribute, as given to the constructor.
func (q *Queue[T]) Maxsize() int { return q.maxsize }

// Put adds item, as q.put(item, block, timeout). With block false, or when
// the queue stays full for timeout seconds, it raises queue.Full. A negative
// timeout waits forever (Python's timeout=None).
func (q *Queue[T]) Put(item T, block bool, timeout float64) {
	if !q.put(item, block, timeout) {
		panic(NewExc(QueueFull))
	}
}

// PutNowait is q.put_nowait(item): Put without blocking.
func (q *Queue[T]) PutNowait(item T) { q.Put(item, false, 0) }

// TryPut is Put with a comma-ok result instead of raising queue.Full: it
// reports whether the item was added within timeout seconds (negative waits
// forever, zero does not wait).
func (q *Queue[T]) TryPut(item T, timeout float64) bool {
	return q.put(item, true, timeout)
}

// Get removes and returns the next item, as q.get(block, timeout). With block
// false, or when the queue stays empty for timeout seconds, it raises
// queue.Empty. A negative timeout waits forever (Python's timeout=None).
func (q *Queue[T]) Get(block bool, timeout float64) T {
	item, ok := q.get(block, timeout)
	if !ok {
		panic(NewExc(QueueEmpty))
	}
	return item
}

// GetNowait is q.get_nowait(): Get without blocking.
func (q *Queue[T]) GetNowait() T { return q.Get(false, 0) }

// TryGet is the comma-ok form of Get for idiomatic emitted code:
//
//	if v, ok := q.TryGet(1.0); !ok { /* except queue.Empty */ }
//
// It waits up to timeout seconds (negative waits forever, zero does not wait).
func (q *Queue[T]) TryGet(timeout float64) (T, bool) {
	return q.get(true, timeout)
}

// Qsize is q.qsize(): the number of items at this instant.
func (q *Queue[T]) Qsize() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.store.len()
}

// Empty is q.empty().
func (q *Queue[T]) Empty() bool { return q.Qsize() == 0 }

// Full is q.full(): always false for an unbounded queue.
func (q *Queue[T]) Full() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.isFull()
}

// TaskDone is q.task_done(): it marks one put item as processed. Calling it
// more often than Put raises ValueError as CPython does.
func (q *Queue[T]) TaskDone() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.unfinished <= 0 {
		panic(NewExc(ValueError, "task_done() called too many times"))
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.allDone.broadcast()
	}
}

// Join is q.join(): it blocks until every item put has been marked done.
func (q *Queue[T]) Join() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.waitFor(func() bool { return q.unfinished == 0 }, &q.allDone, nil)
}

func (q *Queue[T]) isFull() bool { return q.maxsize > 0 && q.store.len() >= q.maxsize }

func (q *Queue[T]) put(item T, block bool, timeout float64) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.isFull() {
		if !block {
			return false
		}
		deadline, stop := queueDeadline(timeout)
		defer stop()
		if !q.waitFor(func() bool { return !q.isFull() }, &q.notFull, deadline) {
			return false
		}
	}
	q.store.push(item)
	q.unfinished++
	q.notEmpty.broadcast()
	return true
}

func (q *Queue[T]) get(block bool, timeout float64) (T, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.store.len() == 0 {
		var zero T
		if !block {
			return zero, false
		}
		deadline, stop := queueDeadline(timeout)
		defer stop()
		if !q.waitFor(func() bool { return q.store.len() > 0 }, &q.notEmpty, deadline) {
			return zero, false
		}
	}
	item := q.store.pop()
	q.notFull.broadcast()
	return item, true
}

// waitFor waits, with q.mu held on entry and on return, until ready() holds
// or deadline fires (a nil deadline never fires). It reports ready().
// sync.Cond cannot time out, so each wait is a select on the signal's
// current channel and the deadline.
func (q *Queue[T]) waitFor(ready func() bool, sig *queueSignal, deadline <-chan time.Time) bool {
	for !ready() {
		changed := sig.channel()
		q.mu.Unlock()
		select {
		case <-changed:
			q.mu.Lock()
		case <-deadline:
			q.mu.Lock()
			return ready()
		}
	}
	return true
}

// queueDeadline turns a Python timeout in seconds into a channel that fires
// when it expires, or nil (never fires) for a negative timeout or one too
// long for a time.Duration (about 292 years), which would otherwise
// overflow into an immediate timeout. The returned stop releases the timer.
// Process.Join and AsyncResult.Wait use it too.
func queueDeadline(timeout float64) (<-chan time.Time, func()) {
	const longestTimeout = float64(math.MaxInt64 / int64(time.Second))
	if timeout < 0 || timeout >= longestTimeout {
		return nil, func() {}
	}
	timer := time.NewTimer(time.Duration(timeout * float64(time.Second)))
	return timer.C, func() { timer.Stop() }
}

// QueueTimeoutArg checks a Python timeout argument that is not None before
// it is passed to Get, Put or TryGet, where a negative timeout means "no
// timeout". As CPython, a negative timeout with block true raises
// ValueError("'timeout' must be a non-negative number"); with block false the
// timeout is ignored. It returns timeout unchanged.
func QueueTimeoutArg(block bool, timeout float64) float64 {
	if block && timeout < 0 {
		panic(NewExc(ValueError, "'timeout' must be a non-negative number"))
	}
	return timeout
}

// queueSignal is a broadcast-only condition whose waits can time out: a
// waiter takes the current channel (with the owning mutex held) and selects
// on it; broadcast closes it, waking every waiter, and the next waiter gets a
// fresh one. The zero value is ready to use.
type queueSignal struct {
	ch chan struct{}
}

func (s *queueSignal) channel() <-chan struct{} {
	if s.ch == nil {
		s.ch = make(chan struct{})
	}
	return s.ch
}

func (s *queueSignal) broadcast() {
	if s.ch != nil {
		close(s.ch)
		s.ch = nil
	}
}

// queueFIFO is queue.Queue's order: a slice whose head advances on pop.
type queueFIFO[T any] struct {
	items []T
	head  int
}

func (s *queueFIFO[T]) push(item T) { s.items = append(s.items, item) }

func (s *queueFIFO[T]) pop() T {
	var zero T
	item := s.items[s.head]
	s.items[s.head] = zero // let the garbage collector have it
	s.head++
	// Reclaim the consumed prefix once it is the larger half, so a long-lived
	// queue does not grow without bound.
	if s.head > len(s.items)/2 {
		n := copy(s.items, s.items[s.head:])
		clear(s.items[n:])
		s.items = s.items[:n]
		s.head = 0
	}
	return item
}

func (s *queueFIFO[T]) len() int { return len(s.items) - s.head }
