package runtime

import (
	"math"
	"unicode/utf8"
)

// Python's slicing of lists, tuples and strings: xs[lo:hi:step].
//
// Kept: negative bounds count from the end, bounds out of range clamp
// (letters[10:] is empty, never a panic), a negative step walks backwards,
// a missing bound is Omit, and the result is a new slice (Python slicing
// copies, Go slicing aliases). Strings are sliced by code point as Python
// does; an ASCII string is sliced by bytes, which is the same thing.
// Dropped: slice objects and __getitem__; a zero step panics with
// ValueError("slice step cannot be zero") as CPython raises it.

// Omit stands for a bound left out of a slice (xs[:3], xs[::-1]).
const Omit = math.MinInt

// sliceIndices is CPython's PySlice_AdjustIndices: the start, the step
// and the number of elements a slice selects from a sequence of length n.
func sliceIndices(n, lo, hi, step int) (start, count int) {
	if step == 0 {
		panic(NewExc(ValueError, "slice step cannot be zero"))
	}
	adjust := func(i, def, low, high int) int {
		if i == Omit {
			return def
		}
		if i < 0 {
			i += n
			if i < 0 {
				return low
			}
		} else if i >= n {
			return high
		}
		return i
	}
	if step > 0 {
		start, stop := adjust(lo, 0, 0, n), adjust(hi, n, 0, n)
		if stop > start {
			count = (stop - start + step - 1) / step
		}
		return start, count
	}
	start, stop := adjust(lo, n-1, -1, n-1), adjust(hi, -1, -1, n-1)
	if start > stop {
		count = (start - stop - step - 1) / -step
	}
	return start, count
}

// Slice returns xs[lo:hi:step] as a new slice.
func Slice[S ~[]E, E any](xs S, lo, hi, step int) S {
	start, count := sliceIndices(len(xs), lo, hi, step)
	out := make(S, count)
	for i := range count {
		out[i] = xs[start+i*step]
	}
	return out
}

// SliceStr returns s[lo:hi:step], indexing code points.
func SliceStr(s string, lo, hi, step int) string {
	if isASCII(s) {
		start, count := sliceIndices(len(s), lo, hi, step)
		if step == 1 {
			return s[start : start+count]
		}
		out := make([]byte, count)
		for i := range count {
			out[i] = s[start+i*step]
		}
		return string(out)
	}
	return string(Slice([]rune(s), lo, hi, step))
}

// StrAt returns s[i], the one-character string at code point i (negative
// i counts from the end); out of range it raises IndexError.
func StrAt(s string, i int) string {
	if isASCII(s) {
		if i < 0 {
			i += len(s)
		}
		if i < 0 || i >= len(s) {
			panic(NewExc(IndexError, "string index out of range"))
		}
		return s[i : i+1]
	}
	rs := []rune(s)
	if i < 0 {
		i += len(rs)
	}
	if i < 0 || i >= len(rs) {
		panic(NewExc(IndexError, "string index out of range"))
	}
	return string(rs[i])
}

// SetSlice is xs[lo:hi] = vals: the selected elements are replaced by vals,
// which may be of another length.
func SetSlice[S ~[]E, E any](xs *S, lo, hi int, vals S) {
	start, count := sliceIndices(len(*xs), lo, hi, 1)
	out := make(S, 0, len(*xs)-count+len(vals))
	out = append(out, (*xs)[:start]...)
	out = append(out, vals...)
	*xs = append(out, (*xs)[start+count:]...)
}

// DelSlice is del xs[lo:hi].
func DelSlice[S ~[]E, E any](xs *S, lo, hi int) {
	SetSlice(xs, lo, hi, nil)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
