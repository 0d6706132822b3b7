package runtime

import (
	"math"
	"slices"
)

// Num is a Python number that is an int at some times and a float at
// others: an element of [1, 2.0, 3], a parameter called with 3 at one site
// and 1.5 at another, an attribute set from both. It keeps the run-time
// type Python would see, so 3 prints "3" and 3.0 prints "3.0", and its
// arithmetic follows Python's: int op int stays an int, anything with a
// float is a float, / is always a float.
//
// Translated code uses Num only where the translator cannot decide
// statically; a value that is always an int or always a float stays a Go
// int or float64. Str, Repr, Format, Percent, Compare and Equal accept a
// Num as the int or float it holds.
//
// Dropped: the zero Num is the int 0; Go's == on two Nums compares the
// representation, so Int(1) != Float(1) there and as a map key, where
// Python's 1 == 1.0 (use Equal); ints are 64-bit, and overflow raises
// OverflowError as the runtime's other int arithmetic does.
type Num struct {
	i       int
	f       float64
	isFloat bool
}

// Int is the Python int i as a Num.
func Int(i int) Num { return Num{i: i} }

// Float is the Python float f as a Num.
func Float(f float64) Num { return Num{f: f, isFloat: true} }

// IsFloat reports whether n holds a float.
func (n Num) IsFloat() bool { return n.isFloat }

// Float is float(n).
func (n Num) Float() float64 {
	if n.isFloat {
		return n.f
	}
	return float64(n.i)
}

// Int is int(n): a float truncates toward zero; infinity and NaN raise
// as CPython's int() does.
func (n Num) Int() int {
	if n.isFloat {
		return floatToInt(math.Trunc(n.f))
	}
	return n.i
}

// Value is the int or float64 n holds.
func (n Num) Value() any {
	if n.isFloat {
		return n.f
	}
	return n.i
}

// String is Python's str(n), which for numbers is also repr(n).
func (n Num) String() string {
	if n.isFloat {
		return FormatFloat(n.f)
	}
	return Str(n.i)
}

// PyRepr is repr(n), so that a Num inside a container prints as Python's.
func (n Num) PyRepr() string { return n.String() }

// Bool is Python's truth value of n: not zero.
func (n Num) Bool() bool {
	if n.isFloat {
		return n.f != 0
	}
	return n.i != 0
}

// Add is n + m.
func (n Num) Add(m Num) Num {
	if n.isFloat || m.isFloat {
		return Float(n.Float() + m.Float())
	}
	return Int(AddInt(n.i, m.i))
}

// Sub is n - m.
func (n Num) Sub(m Num) Num {
	if n.isFloat || m.isFloat {
		return Float(n.Float() - m.Float())
	}
	return Int(SubInt(n.i, m.i))
}

// Mul is n * m.
func (n Num) Mul(m Num) Num {
	if n.isFloat || m.isFloat {
		return Float(n.Float() * m.Float())
	}
	return Int(MulInt(n.i, m.i))
}

// TrueDiv is n / m, always a float; division by zero raises
// ZeroDivisionError worded as CPython words it for the operand types.
func (n Num) TrueDiv(m Num) float64 {
	if n.isFloat || m.isFloat {
		return DivFloat(n.Float(), m.Float())
	}
	return Div(float64(n.i), float64(m.i))
}

// FloorDiv is n // m, flooring as Python does.
func (n Num) FloorDiv(m Num) Num {
	if n.isFloat || m.isFloat {
		return Float(FloorDivFloat(n.Float(), m.Float()))
	}
	return Int(FloorDiv(n.i, m.i))
}

// Mod is n % m, with the sign of m as in Python.
func (n Num) Mod(m Num) Num {
	if n.isFloat || m.isFloat {
		return Float(ModFloat(n.Float(), m.Float()))
	}
	return Int(Mod(n.i, m.i))
}

// Pow is n ** m: an int to a non-negative int power is an int, anything
// else a float.
func (n Num) Pow(m Num) Num {
	if !n.isFloat && !m.isFloat && m.i >= 0 {
		return Int(PowInt(n.i, m.i))
	}
	return Float(math.Pow(n.Float(), m.Float()))
}

// Neg is -n.
func (n Num) Neg() Num {
	if n.isFloat {
		return Float(-n.f)
	}
	return Int(SubInt(0, n.i))
}

// Abs is abs(n).
func (n Num) Abs() Num {
	if n.isFloat {
		return Float(math.Abs(n.f))
	}
	if n.i < 0 {
		return n.Neg()
	}
	return n
}

// Cmp compares n and m exactly, as Python compares an int with a float:
// -1, 0 or +1. NaN compares equal to everything, as in Compare.
func (n Num) Cmp(m Num) int {
	switch {
	case !n.isFloat && !m.isFloat:
		return cmpInt(int64(n.i), int64(m.i))
	case n.isFloat && m.isFloat:
		return cmpFloat(n.f, m.f)
	case n.isFloat:
		return -cmpIntFloat(int64(m.i), n.f)
	}
	return cmpIntFloat(int64(n.i), m.f)
}

// Equal is n == m by value (1 == 1.0); NaN equals nothing.
func (n Num) Equal(m Num) bool {
	if (n.isFloat && math.IsNaN(n.f)) || (m.isFloat && math.IsNaN(m.f)) {
		return false
	}
	return n.Cmp(m) == 0
}

// SumNums is sum(xs): the int 0 plus each element in turn, so the result
// is a float as soon as one element is.
func SumNums(xs []Num) Num { return SumNumsFrom(Int(0), xs) }

// SumNumsFrom is sum(xs, start): start plus each element in turn.
func SumNumsFrom(start Num, xs []Num) Num {
	total := start
	for _, x := range xs {
		total = total.Add(x)
	}
	return total
}

// IndexNum is xs.index(x): the first element equal to x by value,
// raising ValueError as CPython's list.index does when there is none.
func IndexNum(xs []Num, x Num) int {
	if i := slices.IndexFunc(xs, x.Equal); i >= 0 {
		return i
	}
	panic(NewExc(ValueError, x.String()+" is not in list"))
}

// classified sorts n for Compare and Equal.
func (n Num) classified() classified {
	return classified{kind: kindNumber, isFloat: n.isFloat, i: int64(n.i), f: n.f}
}
