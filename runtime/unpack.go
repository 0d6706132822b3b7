package runtime

import "fmt"

// UnpackAtLeast checks a starred unpacking (first, *rest = xs) of n values
// into want plain names, raising CPython's ValueError when there are too
// few.
func UnpackAtLeast(n, want int) {
	if n < want {
		panic(NewExc(ValueError, fmt.Sprintf("not enough values to unpack (expected at least %d, got %d)", want, n)))
	}
}
