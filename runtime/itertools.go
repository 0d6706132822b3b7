package runtime

import (
	"iter"
	"sync"
)

// The itertools iterators that tutorials use as shared counters and
// round-robin pickers, and the finite helpers as slices.
//
// Kept from CPython 3.11: count(start, step) and cycle(items) produce the
// same values; next() on them is atomic (CPython's GIL makes next(count())
// a thread-safe id source, and programs rely on it); islice's start, stop
// and step; product's order.
// Dropped: islice, chain and product return finished slices instead of lazy
// iterators (the programs consume them once, with list() or a for loop);
// cycle keeps its own copy of the items rather than saving them lazily.

// Counting is itertools.count(start, step).
type Counting[T Number] struct {
	mu         sync.Mutex
	next, step T
}

// NewCount returns count(start, step).
func NewCount[T Number](start, step T) *Counting[T] { return &Counting[T]{next: start, step: step} }

// Next returns next(c).
func (c *Counting[T]) Next() T {
	c.mu.Lock()
	defer c.mu.Unlock()
	v := c.next
	c.next += c.step
	return v
}

// All iterates forever over the following values.
func (c *Counting[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := 0; yield(i, c.Next()); i++ {
		}
	}
}

// Cycle is itertools.cycle(items).
type Cycle[T any] struct {
	mu    sync.Mutex
	items []T
	pos   int
}

// NewCycle returns cycle(items).
func NewCycle[T any](items []T) *Cycle[T] {
	return &Cycle[T]{items: append([]T(nil), items...)}
}

// Next returns next(c); an empty cycle raises StopIteration.
func (c *Cycle[T]) Next() T {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.items) == 0 {
		panic(NewExc(StopIteration))
	}
	v := c.items[c.pos]
	c.pos = (c.pos + 1) % len(c.items)
	return v
}

// All iterates forever over the following values (not at all when empty).
func (c *Cycle[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		if len(c.items) == 0 {
			return
		}
		for i := 0; yield(i, c.Next()); i++ {
		}
	}
}

// Islice returns list(islice(seq, start, stop, step)); stop < 0 is None.
func Islice[T any](seq iter.Seq2[int, T], start, stop, step int) []T {
	if start < 0 || step <= 0 {
		panic(NewExc(ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
	}
	out := []T{}
	if stop >= 0 && stop <= start {
		return out
	}
	i := 0
	for _, v := range seq {
		if i >= start && (i-start)%step == 0 {
			out = append(out, v)
		}
		i++
		if stop >= 0 && i >= stop {
			break
		}
	}
	return out
}

// Product2 returns list(product(a, b)).
func Product2[A, B any](a []A, b []B) []Tuple2[A, B] {
	out := make([]Tuple2[A, B], 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, Tuple2[A, B]{x, y})
		}
	}
	return out
}
