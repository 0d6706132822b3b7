package runtime

// The set operators: a | b, a & b, a - b and a ^ b, and the methods of
// the same meaning (union, intersection, difference,
// symmetric_difference). Each returns a new set and leaves its operands
// alone, as Python's do. Kept: the result's elements. Dropped: nothing
// observable; a result prints in CPython's order like any Set.

// Union is s | other.
func (s Set[T]) Union(other Set[T]) Set[T] {
	out := make(Set[T], len(s)+len(other))
	for x := range s {
		out[x] = struct{}{}
	}
	for x := range other {
		out[x] = struct{}{}
	}
	return out
}

// Intersection is s & other.
func (s Set[T]) Intersection(other Set[T]) Set[T] {
	out := Set[T]{}
	for x := range s {
		if _, ok := other[x]; ok {
			out[x] = struct{}{}
		}
	}
	return out
}

// Difference is s - other.
func (s Set[T]) Difference(other Set[T]) Set[T] {
	out := Set[T]{}
	for x := range s {
		if _, ok := other[x]; !ok {
			out[x] = struct{}{}
		}
	}
	return out
}

// SymmetricDifference is s ^ other.
func (s Set[T]) SymmetricDifference(other Set[T]) Set[T] {
	out := s.Difference(other)
	for x := range other {
		if _, ok := s[x]; !ok {
			out[x] = struct{}{}
		}
	}
	return out
}
