package runtime

import (
	"strconv"
	"strings"
)

// ParseIntBase is Python's int(s, base) for base 0 or 2..36: surrounding
// whitespace, a sign, underscores between digits and, where the base
// allows it, a 0x/0o/0b prefix (base 0 reads the base from the prefix).
// Anything else raises ValueError("invalid literal for int() with base
// N: 's'"), and a value beyond 64 bits OverflowError.
func ParseIntBase(s string, base int) int {
	if base != 0 && (base < 2 || base > 36) {
		panic(NewExc(ValueError, "int() base must be >= 2 and <= 36, or 0"))
	}
	bad := func() {
		panic(NewExc(ValueError, "invalid literal for int() with base "+strconv.Itoa(base)+": "+Repr(s)))
	}
	t := strings.TrimFunc(s, IsPySpace)
	sign := ""
	if t != "" && (t[0] == '+' || t[0] == '-') {
		sign, t = t[:1], t[1:]
	}
	digits, b := t, base
	if len(t) >= 2 && t[0] == '0' {
		prefixes := map[byte]int{'x': 16, 'X': 16, 'o': 8, 'O': 8, 'b': 2, 'B': 2}
		if pb, ok := prefixes[t[1]]; ok && (base == 0 || base == pb) {
			digits, b = strings.TrimPrefix(t[2:], "_"), pb
		}
	}
	if b == 0 {
		b = 10
		if strings.Trim(digits, "0_") != "" && digits[0] == '0' {
			bad() // base 0 rejects leading zeros: int("010", 0)
		}
	}
	if digits == "" || digits[0] == '_' || strings.HasSuffix(digits, "_") || strings.Contains(digits, "__") {
		bad()
	}
	n, err := strconv.ParseInt(sign+strings.ReplaceAll(digits, "_", ""), b, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			raiseIntOverflow()
		}
		bad()
	}
	return int(n)
}
