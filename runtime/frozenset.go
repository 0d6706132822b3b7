package runtime

// FrozenSet is a Python frozenset: a set that is never changed after it
// is made. It is a Go map like Set, so `for x := range s` and len(s) work,
// and it compares and orders as a set. Kept: repr frozenset({1, 2}) in
// CPython's element order (as Set's), frozenset() when empty, the
// operators returning frozensets. Dropped: hashing (a frozenset is not a
// dict key or set element here).
type FrozenSet[T comparable] map[T]struct{}

// NewFrozenSet returns the frozenset of items, as frozenset(items).
func NewFrozenSet[T comparable](items ...T) FrozenSet[T] {
	return FrozenSet[T](NewSet(items...))
}

// Has reports whether x is in s (x in s).
func (s FrozenSet[T]) Has(x T) bool { return Set[T](s).Has(x) }

// Len returns len(s).
func (s FrozenSet[T]) Len() int { return len(s) }

// Items returns the elements in CPython's order, as Set.Items does.
func (s FrozenSet[T]) Items() []T { return Set[T](s).Items() }

// PyRepr returns repr(s): frozenset({1, 2}), or frozenset() when empty.
func (s FrozenSet[T]) PyRepr() string { return string(s.appendReprTo(nil, &reprState{})) }

func (s FrozenSet[T]) appendReprTo(dst []byte, st *reprState) []byte {
	if len(s) == 0 {
		return append(dst, "frozenset()"...)
	}
	dst = append(dst, "frozenset("...)
	dst = Set[T](s).appendReprTo(dst, st)
	return append(dst, ')')
}

// String returns str(s), which for a frozenset is its repr.
func (s FrozenSet[T]) String() string { return s.PyRepr() }

// Union is s | other.
func (s FrozenSet[T]) Union(other FrozenSet[T]) FrozenSet[T] {
	return FrozenSet[T](Set[T](s).Union(Set[T](other)))
}

// Intersection is s & other.
func (s FrozenSet[T]) Intersection(other FrozenSet[T]) FrozenSet[T] {
	return FrozenSet[T](Set[T](s).Intersection(Set[T](other)))
}

// Difference is s - other.
func (s FrozenSet[T]) Difference(other FrozenSet[T]) FrozenSet[T] {
	return FrozenSet[T](Set[T](s).Difference(Set[T](other)))
}

// SymmetricDifference is s ^ other.
func (s FrozenSet[T]) SymmetricDifference(other FrozenSet[T]) FrozenSet[T] {
	return FrozenSet[T](Set[T](s).SymmetricDifference(Set[T](other)))
}
