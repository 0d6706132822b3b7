package runtime

// Reduce is functools.reduce(f, xs, init).
func Reduce[A, T any](f func(A, T) A, xs []T, init A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

// Reduce1 is functools.reduce(f, xs) without an initial value: it raises
// CPython's TypeError for an empty sequence.
func Reduce1[T any](f func(T, T) T, xs []T) T {
	if len(xs) == 0 {
		panic(NewExc(TypeError, "reduce() of empty iterable with no initial value"))
	}
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = f(acc, x)
	}
	return acc
}
