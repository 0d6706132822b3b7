package runtime

import "slices"

// IndexOf is list.index and tuple.index: the first position of x in xs. Go's
// slices.Index answers -1 for a missing value; Python raises ValueError
// with the message given (CPython's: "tuple.index(x): x not in tuple").
func IndexOf[T comparable](xs []T, x T, missing string) int {
	if i := slices.Index(xs, x); i >= 0 {
		return i
	}
	panic(NewExc(ValueError, missing))
}

// ListIndex is list.index(x): IndexOf with CPython's "5 is not in list".
func ListIndex[T comparable](xs []T, x T) int {
	if i := slices.Index(xs, x); i >= 0 {
		return i
	}
	panic(NewExc(ValueError, Repr(x)+" is not in list"))
}
