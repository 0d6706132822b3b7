package runtime

import "unicode/utf8"

// Python's iterable builtins that Go's slices package has no counterpart
// for (zip, enumerate, map, filter, iterating a str), materialised as
// slices: the translator uses them where a program turns the iterable into
// a list, tuple, set or dict, or passes it to sorted(), min() or max().
// Kept: Python's order and lengths (zip stops at the shortest input).
// Dropped: laziness; each helper builds its whole result at once, which a
// program can only tell by side effects in the mapped function, and those
// happen in the same order.

// Chars is list(s): the characters (code points) of s as strings.
func Chars(s string) []string {
	out := make([]string, 0, utf8.RuneCountInString(s))
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

// Zip is list(zip(a, b)).
func Zip[A, B any](a []A, b []B) []Tuple2[A, B] {
	n := min(len(a), len(b))
	out := make([]Tuple2[A, B], n)
	for i := range n {
		out[i] = Tuple2[A, B]{V0: a[i], V1: b[i]}
	}
	return out
}

// Zip3 is list(zip(a, b, c)).
func Zip3[A, B, C any](a []A, b []B, c []C) []Tuple3[A, B, C] {
	n := min(len(a), len(b), len(c))
	out := make([]Tuple3[A, B, C], n)
	for i := range n {
		out[i] = Tuple3[A, B, C]{V0: a[i], V1: b[i], V2: c[i]}
	}
	return out
}

// EnumerateList is list(enumerate(xs, start)).
func EnumerateList[T any](xs []T, start int) []Tuple2[int, T] {
	out := make([]Tuple2[int, T], len(xs))
	for i, x := range xs {
		out[i] = Tuple2[int, T]{V0: start + i, V1: x}
	}
	return out
}

// MapList is list(map(f, xs)).
func MapList[T, R any](f func(T) R, xs []T) []R {
	out := make([]R, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// FilterList is list(filter(pred, xs)).
func FilterList[T any](pred func(T) bool, xs []T) []T {
	out := []T{}
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

// DictFromPairs is dict(pairs) for a list of key/value pairs: a later pair
// replaces an earlier one with the same key, as in Python.
func DictFromPairs[K comparable, V any](pairs []Tuple2[K, V]) map[K]V {
	out := make(map[K]V, len(pairs))
	for _, p := range pairs {
		out[p.V0] = p.V1
	}
	return out
}

// Reversed is list(reversed(xs)): a reversed copy.
func Reversed[T any](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}

// MapItems is the (key, value) pairs of m in no particular order: what
// sorted(d.items()) sorts.
func MapItems[K comparable, V any](m map[K]V) []Tuple2[K, V] {
	out := make([]Tuple2[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Tuple2[K, V]{V0: k, V1: v})
	}
	return out
}

// TupleOf is tuple(xs) for a tuple whose length is only known at run time.
func TupleOf[T any](xs []T) Tuple {
	out := make(Tuple, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// SumOptional is sum(xs) over a list typed int | None (or float | None):
// the numbers' sum, raising CPython's TypeError when an element is None.
func SumOptional[T Number](xs []any) T {
	var total T
	for _, x := range xs {
		v, ok := x.(T)
		if !ok {
			panic(NewExc(TypeError, "unsupported operand type(s) for +: '"+TypeName(total)+"' and '"+TypeName(x)+"'"))
		}
		total += v
	}
	return total
}
