package runtime

// DivModFloat is Python's divmod(a, b) when either operand is a float: the
// floored quotient and the remainder with the sign of b, computed as CPython
// does (so divmod(7.5, 2) is (3.0, 1.5) and divmod(-0.0, 1) is (-0.0, 0.0)),
// raising ZeroDivisionError("float divmod()") for a zero b.
func DivModFloat(a, b float64) Tuple2[float64, float64] {
	if b == 0 {
		panic(NewExc(ZeroDivisionError, "float divmod()"))
	}
	div, mod := floatDivmod(a, b)
	return Tuple2[float64, float64]{V0: div, V1: mod}
}
