package runtime

// NewLifoQueue returns queue.LifoQueue(maxsize): a Queue whose Get returns
// the most recently put item. Everything else (bounds, timeouts, Empty and
// Full, task_done/join) is Queue's; see its doc comment for what is kept and
// dropped.
func NewLifoQueue[T any](maxsize int) *Queue[T] {
	return newQueueWithStore[T](maxsize, &queueLIFO[T]{})
}

// queueLIFO is queue.LifoQueue's order: a stack on a slice.
type queueLIFO[T any] struct {
	items []T
}

func (s *queueLIFO[T]) push(item T) { s.items = append(s.items, item) }

func (s *queueLIFO[T]) pop() T {
	var zero T
	last := len(s.items) - 1
	item := s.items[last]
	s.items[last] = zero // let the garbage collector have it
	s.items = s.items[:last]
	return item
}

func (s *queueLIFO[T]) len() int { return len(s.items) }
