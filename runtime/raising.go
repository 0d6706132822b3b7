package runtime

// Raising raises a new exception of class t with the given arguments where
// an expression of type T stands: the translation of an operation whose
// operand types make it fail whatever their values ("x" + 1 is a
// TypeError, None.upper() an AttributeError), which CPython only reports
// when the operation runs. It never returns.
func Raising[T any](t *ExcType, args ...any) T {
	panic(NewExc(t, args...))
}
