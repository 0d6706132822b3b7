package runtime

import (
	"math"
	"strconv"
)

// FormatFloat returns CPython's repr(f) (and str(f), which is the same since
// Python 3.1): the shortest digit string that reads back as f, written in
// positional notation when the decimal exponent is in [-4, 16) and in
// scientific notation otherwise, with a two-digit minimum exponent. A float
// with an integral value keeps a ".0" so that it still reads as a float:
//
//	1.0  0.1  1e-05  100000.0  1e+16  1.2345678901234568e+16  inf  -inf  nan  -0.0
//
// Kept: every digit and the choice of notation, which are exact because Go's
// shortest formatting and CPython's repr both print the shortest string that
// round-trips. Dropped: nothing for float64; Go float32 values are widened
// to float64 first, as Python has no single-precision float.
func FormatFloat(f float64) string {
	var buf [32]byte
	return string(appendFloatRepr(buf[:0], f))
}

// appendFloatRepr appends FormatFloat(f) to dst; the formatting code for
// containers and format specs shares it to avoid an intermediate string.
func appendFloatRepr(dst []byte, f float64) []byte {
	switch {
	case math.IsInf(f, 1):
		return append(dst, "inf"...)
	case math.IsInf(f, -1):
		return append(dst, "-inf"...)
	case math.IsNaN(f):
		return append(dst, "nan"...)
	}
	var scratch [32]byte
	digits, exp, neg := shortestDigits(scratch[:0], f, -1)
	if neg {
		dst = append(dst, '-')
	}
	// CPython's repr switches to scientific notation when the exponent is
	// below -4 or at least 16 (float_repr_style 'r').
	if exp < -4 || exp >= 16 {
		return appendScientific(dst, digits, exp, false)
	}
	return appendPositional(dst, digits, exp, 1)
}

// shortestDigits returns the significant decimal digits of |f| (no leading
// zeros, at least one digit), the decimal exponent of the first digit and
// the sign. prec < 0 asks for the shortest round-trip digits, otherwise
// prec+1 correctly rounded significant digits.
func shortestDigits(dst []byte, f float64, prec int) (digits []byte, exp int, neg bool) {
	neg = math.Signbit(f)
	if neg {
		f = -f
	}
	// 'e' formatting gives d.ddddde±XX; split it into digits and exponent.
	s := strconv.AppendFloat(dst, f, 'e', prec, 64)
	ePos := len(s) - 1
	for s[ePos] != 'e' {
		ePos--
	}
	exp, _ = strconv.Atoi(string(s[ePos+1:]))
	// Drop the '.' in place by moving the first digit over it.
	if ePos > 1 {
		s[1] = s[0]
		return s[1:ePos], exp, neg
	}
	return s[:1], exp, neg
}

// appendScientific writes digits d.ddd followed by e±XX. A lone digit gets
// no decimal point unless alt (Python's '#' flag) asks for one.
func appendScientific(dst, digits []byte, exp int, alt bool) []byte {
	dst = append(dst, digits[0])
	if len(digits) > 1 || alt {
		dst = append(dst, '.')
		dst = append(dst, digits[1:]...)
	}
	dst = append(dst, 'e')
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return strconv.AppendInt(dst, int64(exp), 10)
}

// appendPositional writes digits with the decimal point placed after the
// digit of exponent exp, padding with zeros on either side and keeping at
// least minFrac digits after the point (0 means "no point when integral").
func appendPositional(dst, digits []byte, exp, minFrac int) []byte {
	if exp < 0 {
		dst = append(dst, '0', '.')
		for i := 0; i < -exp-1; i++ {
			dst = append(dst, '0')
		}
		dst = append(dst, digits...)
		for frac := -exp - 1 + len(digits); frac < minFrac; frac++ {
			dst = append(dst, '0')
		}
		return dst
	}
	intLen := exp + 1
	if len(digits) <= intLen {
		dst = append(dst, digits...)
		for i := len(digits); i < intLen; i++ {
			dst = append(dst, '0')
		}
		if minFrac > 0 {
			dst = append(dst, '.')
			for i := 0; i < minFrac; i++ {
				dst = append(dst, '0')
			}
		}
		return dst
	}
	dst = append(dst, digits[:intLen]...)
	dst = append(dst, '.')
	dst = append(dst, digits[intLen:]...)
	for frac := len(digits) - intLen; frac < minFrac; frac++ {
		dst = append(dst, '0')
	}
	return dst
}
