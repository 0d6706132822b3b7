package runtime

import "iter"

// Map2 is executor.map(fn, xs, ys, timeout=...): fn is called with the
// items of xs and ys side by side, and the calls stop at the shorter
// slice, as Python's map over several iterables stops at the shortest.
// Everything else is Map's.
func Map2[A, B, R any](ex *Executor, fn func(A, B) R, xs []A, ys []B, timeout float64) iter.Seq[R] {
	n := min(len(xs), len(ys))
	return Map(ex, func(i int) R { return fn(xs[i], ys[i]) }, indexes(n), timeout)
}

// Map3 is Map2 for three iterables.
func Map3[A, B, C, R any](ex *Executor, fn func(A, B, C) R, xs []A, ys []B, zs []C, timeout float64) iter.Seq[R] {
	n := min(len(xs), len(ys), len(zs))
	return Map(ex, func(i int) R { return fn(xs[i], ys[i], zs[i]) }, indexes(n), timeout)
}

// indexes returns 0, 1, ..., n-1.
func indexes(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}
