package runtime

import "math/big"

// RoundIntDigits is round(x, ndigits) for an int x: x itself for
// ndigits >= 0, else x rounded to a multiple of 10**-ndigits with ties to
// even, as int.__round__ does (round(1250, -2) is 1200).
func RoundIntDigits(x, ndigits int) int {
	if ndigits >= 0 {
		return x
	}
	if ndigits < -18 {
		return 0 // 10**19 > any int64: every x rounds to 0
	}
	pow := 1
	for range -ndigits {
		pow *= 10
	}
	q, r := FloorDiv(x, pow), Mod(x, pow)
	if 2*r > pow || (2*r == pow && q%2 != 0) {
		q++
	}
	return MulInt(q, pow)
}

// PowMod is pow(a, b, m) for ints: a**b mod m with the sign of m, a
// negative b meaning the modular inverse as in Python 3.8+. It raises
// ValueError for m == 0 and for an inverse that does not exist.
func PowMod(a, b, m int) int {
	if m == 0 {
		panic(NewExc(ValueError, "pow() 3rd argument cannot be 0"))
	}
	bm := big.NewInt(int64(m))
	r := new(big.Int).Exp(big.NewInt(int64(a)), big.NewInt(int64(b)), new(big.Int).Abs(bm))
	if r == nil {
		panic(NewExc(ValueError, "base is not invertible for the given modulus"))
	}
	res := int(r.Int64()) // in [0, |m|)
	if m < 0 && res != 0 {
		res += m
	}
	return res
}
