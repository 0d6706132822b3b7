package runtime

import "strconv"

// RangeRepr is str(range(start, stop, step)) and its repr, which CPython
// writes without the step when it is 1. A translated range is a []int,
// so the mapper passes the call's own arguments.
func RangeRepr(start, stop, step int) string {
	text := "range(" + strconv.Itoa(start) + ", " + strconv.Itoa(stop)
	if step != 1 {
		text += ", " + strconv.Itoa(step)
	}
	return text + ")"
}
