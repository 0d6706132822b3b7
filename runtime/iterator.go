package runtime

import "iter"

// Iterator is a Python iterator made from an iter.Seq, for programs that
// call next() on it (next(executor.map(...))): Next is next(it), raising
// StopIteration once the sequence is exhausted, and All continues a for
// loop where the calls to Next stopped.
//
// Kept from CPython: an exception raised while producing an item (a
// task's exception, executor.map's TimeoutError) is raised by the Next
// call that asked for it, and the iterator is finished afterwards. Dropped:
// next(it, default), and sending values into a generator.
//
// An iterator left unfinished keeps the paused sequence (a goroutine of
// iter.Pull) until Stop is called.
type Iterator[T any] struct {
	next func() (T, bool)
	stop func()
}

// NewIterator is iter(seq).
func NewIterator[T any](seq iter.Seq[T]) *Iterator[T] {
	next, stop := iter.Pull(seq)
	return &Iterator[T]{next: next, stop: stop}
}

// Next is next(it).
func (it *Iterator[T]) Next() T {
	v, ok := it.next()
	if !ok {
		panic(NewExc(StopIteration))
	}
	return v
}

// All ranges over the items not yet taken, with their index among them, as
// `for x in it` does after some next(it) calls.
func (it *Iterator[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := 0; ; i++ {
			v, ok := it.next()
			if !ok || !yield(i, v) {
				return
			}
		}
	}
}

// Stop finishes the iterator, releasing the paused sequence.
func (it *Iterator[T]) Stop() { it.stop() }

// List is list(it): the items not yet taken.
func (it *Iterator[T]) List() []T {
	out := []T{}
	for _, v := range it.All() {
		out = append(out, v)
	}
	return out
}
