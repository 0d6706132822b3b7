package runtime

// WaitForValue is Condition.wait_for with a predicate whose value is not a
// bool: pred returns its value and that value's Python truth, and
// WaitForValue returns the last value pred returned (false-like on a
// timeout, as Python returns the falsy value).
func WaitForValue[T any](c *Condition, pred func() (T, bool), timeout float64) T {
	var value T
	c.WaitFor(func() bool {
		var ok bool
		value, ok = pred()
		return ok
	}, timeout)
	return value
}
