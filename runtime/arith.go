package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

const intOverflowMsg = "integer overflow: result does not fit in 64 bits; py2goconc ints are 64-bit"

func raiseIntOverflow() { panic(NewExc(OverflowError, intOverflowMsg)) }

// FloorDiv returns a // b for ints. It belongs to the arithmetic helpers,
// which give Python's semantics where Go's operators differ: floor division
// and modulo round toward negative infinity (Go truncates toward zero),
// division by zero raises ZeroDivisionError with CPython's message (Go
// panics or yields Inf), and round() rounds halves to even.
//
// Dropped: Python ints are unbounded, py2goconc ints are Go's 64-bit int.
// The checked operations (AddInt, SubInt, MulInt, PowInt, and FloorDiv of
// the most negative int by -1) raise OverflowError where CPython would
// simply produce a bigger number; the mapper emits them only where it cannot
// prove that the result fits.
func FloorDiv(a, b int) int {
	if b == 0 {
		panic(NewExc(ZeroDivisionError, "integer division or modulo by zero"))
	}
	if b == -1 {
		if a == math.MinInt {
			raiseIntOverflow()
		}
		return -a
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// Mod returns a % b for ints: the result has the sign of b.
func Mod(a, b int) int {
	if b == 0 {
		panic(NewExc(ZeroDivisionError, "integer modulo by zero"))
	}
	if b == -1 {
		return 0
	}
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m
}

// floatDivmod is CPython's float_divmod: the remainder takes b's sign and
// the quotient is the floor of the exact quotient, corrected for the
// rounding of (a - mod) / b.
func floatDivmod(a, b float64) (div, mod float64) {
	mod = math.Mod(a, b)
	div = (a - mod) / b
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
			div -= 1
		}
	} else {
		mod = math.Copysign(0, b)
	}
	if div != 0 {
		floor := math.Floor(div)
		if div-floor > 0.5 {
			floor++
		}
		div = floor
	} else {
		div = math.Copysign(0, a/b)
	}
	return div, mod
}

// FloorDivFloat returns a // b for floats.
func FloorDivFloat(a, b float64) float64 {
	if b == 0 {
		panic(NewExc(ZeroDivisionError, "float floor division by zero"))
	}
	div, _ := floatDivmod(a, b)
	return div
}

// ModFloat returns a % b for floats: the result has the sign of b.
func ModFloat(a, b float64) float64 {
	if b == 0 {
		panic(NewExc(ZeroDivisionError, "float modulo"))
	}
	_, mod := floatDivmod(a, b)
	return mod
}

// Div returns a / b where Python's operands were ints (true division),
// raising ZeroDivisionError("division by zero") as CPython 3.11 does.
func Div(a, b float64) float64 {
	if b == 0 {
		panic(NewExc(ZeroDivisionError, "division by zero"))
	}
	return a / b
}

// DivFloat returns a / b where a Python operand was a float; CPython words
// the error "float division by zero" then.
func DivFloat(a, b float64) float64 {
	if b == 0 {
		panic(NewExc(ZeroDivisionError, "float division by zero"))
	}
	return a / b
}

// AddInt returns a + b, raising OverflowError when it does not fit in 64
// bits.
func AddInt(a, b int) int {
	s := a + b
	if (a >= 0) == (b >= 0) && (s >= 0) != (a >= 0) {
		raiseIntOverflow()
	}
	return s
}

// SubInt returns a - b, raising OverflowError when it does not fit.
func SubInt(a, b int) int {
	d := a - b
	if (a >= 0) != (b >= 0) && (d >= 0) != (a >= 0) {
		raiseIntOverflow()
	}
	return d
}

// MulInt returns a * b, raising OverflowError when it does not fit. The
// signed 128-bit product's high word is the unsigned one minus b when a is
// negative and minus a when b is: the result fits when that word is only
// the sign extension of the low one. (Small enough for Go to inline.)
func MulInt(a, b int) int {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	hi -= uint64(a>>63&b) + uint64(b>>63&a)
	if hi != uint64(int64(lo)>>63) {
		raiseIntOverflow()
	}
	return int(lo)
}

// absUint is |a| as an unsigned number (defined for the most negative int).
func absUint(a int) uint64 {
	if a < 0 {
		return uint64(-(a + 1)) + 1
	}
	return uint64(a)
}

// PowInt returns a ** b for ints with b >= 0, raising OverflowError when the
// result does not fit in 64 bits. A negative exponent makes a float in
// Python; the mapper emits math.Pow for it, so PowInt raises ValueError
// rather than guess.
func PowInt(a, b int) int {
	if b < 0 {
		panic(NewExc(ValueError, "PowInt: negative exponent; Python's result is a float (use math.Pow)"))
	}
	result := 1
	for b > 0 {
		if b&1 == 1 {
			result = MulInt(result, a)
		}
		b >>= 1
		if b > 0 {
			a = MulInt(a, a)
		}
	}
	return result
}

// Round returns round(x, ndigits): x rounded to ndigits decimal places (or
// to a multiple of 10**-ndigits when ndigits is negative), halves going to
// the even neighbour, decided on x's exact binary value, as CPython does:
// round(2.675, 2) is 2.67 because 2.675 is stored as 2.67499999....
func Round(x float64, ndigits int) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return x
	}
	// CPython's bounds (NDIGITS_MAX and NDIGITS_MIN in floatobject.c):
	// beyond them every double is already exact, or rounds to zero.
	const ndigitsMax, ndigitsMin = 323, -308
	var r float64
	if ndigits >= 0 {
		if ndigits > ndigitsMax {
			return x
		}
		// strconv rounds the exact binary value half-to-even, as CPython's
		// dtoa-based round does.
		r, _ = strconv.ParseFloat(strconv.FormatFloat(x, 'f', ndigits, 64), 64)
	} else {
		if ndigits < ndigitsMin {
			return math.Copysign(0, x)
		}
		unit := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil))
		q := new(big.Rat).Quo(new(big.Rat).SetFloat64(x), unit)
		n := roundRatHalfEven(q)
		r, _ = new(big.Rat).Mul(new(big.Rat).SetInt(n), unit).Float64()
	}
	if math.IsInf(r, 0) {
		panic(NewExc(OverflowError, "rounded value too large to represent"))
	}
	return math.Copysign(r, x) // keep the sign of a result that rounds to zero
}

// roundRatHalfEven rounds q to the nearest integer, halves to even.
func roundRatHalfEven(q *big.Rat) *big.Int {
	num, den := q.Num(), q.Denom()
	quo, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	twice := new(big.Int).Mul(new(big.Int).Abs(rem), big.NewInt(2))
	c := twice.Cmp(den)
	if c > 0 || (c == 0 && quo.Bit(0) == 1) {
		if num.Sign() < 0 {
			quo.Sub(quo, big.NewInt(1))
		} else {
			quo.Add(quo, big.NewInt(1))
		}
	}
	return quo
}

// RoundInt returns round(x) with no ndigits: the nearest int, halves to
// even (round(2.5) == 2). Infinity raises OverflowError and NaN ValueError
// with CPython's messages; a result beyond 64 bits raises OverflowError.
func RoundInt(x float64) int {
	return floatToInt(math.RoundToEven(x))
}

// floatToInt converts an integral float to int the way int(x) fails.
func floatToInt(x float64) int {
	switch {
	case math.IsInf(x, 0):
		panic(NewExc(OverflowError, "cannot convert float infinity to integer"))
	case math.IsNaN(x):
		panic(NewExc(ValueError, "cannot convert float NaN to integer"))
	case x >= 1<<63 || x < -(1<<63):
		raiseIntOverflow()
	}
	return int(x)
}

// ParseInt is Python's int(s) for a string: surrounding whitespace and
// underscores between digits are allowed, anything else raises
// ValueError("invalid literal for int() with base 10: 's'").
func ParseInt(s string) int {
	t := strings.TrimFunc(s, IsPySpace)
	clean := strings.ReplaceAll(t, "_", "")
	n, err := strconv.Atoi(clean)
	if err != nil || t == "" || strings.HasPrefix(t, "_") || strings.HasSuffix(t, "_") || strings.Contains(t, "__") {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			panic(NewExc(OverflowError, "integer overflow: result does not fit in 64 bits; py2goconc ints are 64-bit"))
		}
		panic(NewExc(ValueError, "invalid literal for int() with base 10: "+Repr(s)))
	}
	return n
}

// ParseFloat is Python's float(s) for a string, raising
// ValueError("could not convert string to float: 's'").
func ParseFloat(s string) float64 {
	t := strings.TrimFunc(s, IsPySpace)
	switch strings.ToLower(strings.TrimLeft(t, "+-")) {
	case "inf", "infinity", "nan":
	default:
		if strings.ContainsAny(t, "xXpP") {
			t = "!"
		}
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			panic(NewExc(ValueError, "could not convert string to float: "+Repr(s)))
		}
	}
	return f
}
