package runtime

import (
	"iter"
	"strings"
	"sync"
)

// Deque is a collections.deque of T.
//
// Kept from CPython 3.11: append/appendleft/extend/extendleft/pop/popleft/
// rotate/clear; maxlen dropping items from the opposite end; IndexError
// "pop from an empty deque" and "deque index out of range"; negative
// indexes; repr deque([1, 2]) and deque([1], maxlen=3).
// Each method is atomic, as CPython documents deque's appends and pops to
// be thread-safe (tutorials share a deque between threads without a lock).
// Dropped: iteration sees a snapshot where CPython raises RuntimeError
// for a deque mutated during iteration; items live in a slice, so
// appendleft and popleft move the others.
type Deque[T any] struct {
	mu     sync.Mutex
	items  []T
	maxlen int // -1: unbounded
}

// NewDeque returns deque(items, maxlen); maxlen < 0 is None.
func NewDeque[T any](items []T, maxlen int) *Deque[T] {
	d := &Deque[T]{maxlen: maxlen}
	d.Extend(items)
	return d
}

// Maxlen returns maxlen, -1 for None.
func (d *Deque[T]) Maxlen() int { return d.maxlen }

// Len returns len(d).
func (d *Deque[T]) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.items)
}

// Append adds x on the right, dropping the leftmost item when full.
func (d *Deque[T]) Append(x T) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && len(d.items) == d.maxlen {
		d.items = d.items[1:]
	}
	d.items = append(d.items, x)
}

// Appendleft adds x on the left, dropping the rightmost item when full.
func (d *Deque[T]) Appendleft(x T) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && len(d.items) == d.maxlen {
		d.items = d.items[:len(d.items)-1]
	}
	d.items = append([]T{x}, d.items...)
}

// Extend appends the items in order.
func (d *Deque[T]) Extend(items []T) {
	for _, x := range items {
		d.Append(x)
	}
}

// Extendleft appendlefts the items in order (so they end up reversed).
func (d *Deque[T]) Extendleft(items []T) {
	for _, x := range items {
		d.Appendleft(x)
	}
}

// Pop removes and returns the rightmost item.
func (d *Deque[T]) Pop() T {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.items) == 0 {
		panic(NewExc(IndexError, "pop from an empty deque"))
	}
	x := d.items[len(d.items)-1]
	d.items = d.items[:len(d.items)-1]
	return x
}

// Popleft removes and returns the leftmost item.
func (d *Deque[T]) Popleft() T {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.items) == 0 {
		panic(NewExc(IndexError, "pop from an empty deque"))
	}
	x := d.items[0]
	var zero T
	d.items[0] = zero
	d.items = d.items[1:]
	return x
}

// Rotate rotates n steps to the right (left when n < 0).
func (d *Deque[T]) Rotate(n int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	size := len(d.items)
	if size == 0 {
		return
	}
	n = ((n % size) + size) % size
	d.items = append(append([]T(nil), d.items[size-n:]...), d.items[:size-n]...)
}

// Clear removes all items.
func (d *Deque[T]) Clear() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.items = nil
}

// At returns d[i]; negative i counts from the right.
func (d *Deque[T]) At(i int) T {
	d.mu.Lock()
	defer d.mu.Unlock()
	if i < 0 {
		i += len(d.items)
	}
	if i < 0 || i >= len(d.items) {
		panic(NewExc(IndexError, "deque index out of range"))
	}
	return d.items[i]
}

// Contains reports whether x == some item, by Python equality.
func (d *Deque[T]) Contains(x T) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, y := range d.items {
		if Equal(x, y) {
			return true
		}
	}
	return false
}

// List returns list(d), a new slice.
func (d *Deque[T]) List() []T {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]T{}, d.items...)
}

// All iterates over the items from left to right.
func (d *Deque[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range d.List() {
			if !yield(i, x) {
				return
			}
		}
	}
}

// PyRepr returns repr(d).
func (d *Deque[T]) PyRepr() string {
	var b strings.Builder
	b.WriteString("deque(")
	b.WriteString(Repr(d.List()))
	if d.maxlen >= 0 {
		b.WriteString(", maxlen=" + Str(d.maxlen))
	}
	b.WriteString(")")
	return b.String()
}

// OptionalLen returns n as a Python int, or nil (None) when n < 0: a
// deque's maxlen.
func OptionalLen(n int) any {
	if n < 0 {
		return nil
	}
	return n
}

// Equal reports d == o: the same items in the same order (maxlen is not
// compared, as in CPython).
func (d *Deque[T]) Equal(o *Deque[T]) bool {
	a, b := d.List(), o.List()
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}
