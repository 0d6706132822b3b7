package runtime

// NewOrderedPriorityQueue returns queue.PriorityQueue(maxsize) for items
// ordered as Python's < orders them (Compare): numbers, strings, tuples and
// lists of them, instances of classes defining __lt__. It is
// NewPriorityQueue with Compare as less, for translated programs whose
// items are not a single Go ordered type.
func NewOrderedPriorityQueue[T any](maxsize int) *Queue[T] {
	return NewPriorityQueue[T](maxsize, func(a, b T) bool { return Compare(a, b) < 0 })
}

// UnfinishedTasks is q.unfinished_tasks: the items put and not yet marked
// done with TaskDone.
func (q *Queue[T]) UnfinishedTasks() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.unfinished
}
