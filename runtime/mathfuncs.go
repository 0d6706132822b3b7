package runtime

import "math"

// This file holds the math-module functions Go's math package lacks or
// computes differently from CPython. Kept: CPython's results and its
// exceptions for factorial. Dropped: Python's unbounded ints (a factorial
// or gcd beyond int64 raises OverflowError instead).

// GCD is math.gcd(a, b): the greatest common divisor of |a| and |b|, and 0
// when both are 0.
func GCD(a, b int) int {
	a, b = absInt(a), absInt(b)
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func absInt(a int) int {
	if a < 0 {
		if a == math.MinInt {
			raiseIntOverflow()
		}
		return -a
	}
	return a
}

// Factorial is math.factorial(n), raising ValueError for a negative n as
// CPython does, and OverflowError past 20! (the largest int64 factorial).
func Factorial(n int) int {
	if n < 0 {
		panic(NewExc(ValueError, "factorial() not defined for negative values"))
	}
	f := 1
	for i := 2; i <= n; i++ {
		f = MulInt(f, i)
	}
	return f
}

// IsClose is math.isclose(a, b, rel_tol=relTol, abs_tol=absTol), with
// CPython's rules: equal values (infinities included) are close, an
// infinity is close to nothing else, and negative tolerances raise
// ValueError.
func IsClose(a, b, relTol, absTol float64) bool {
	if relTol < 0 || absTol < 0 {
		panic(NewExc(ValueError, "tolerances must be non-negative"))
	}
	if a == b {
		return true
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	diff := math.Abs(b - a)
	return diff <= math.Abs(relTol*b) || diff <= math.Abs(relTol*a) || diff <= absTol
}

// Log10 is math.log10(x). Go's math.Log10 can miss exact powers of ten by
// one unit in the last place (Log10(1e15) is 14.999999999999998), where
// CPython, using the C library, returns 15.0; this returns the exact
// exponent for them and math.Log10 otherwise.
func Log10(x float64) float64 {
	y := math.Log10(x)
	if k := math.Round(y); x > 0 && !math.IsInf(x, 0) && math.Abs(y-k) < 1e-9 && math.Pow(10, k) == x {
		return k
	}
	return y
}
