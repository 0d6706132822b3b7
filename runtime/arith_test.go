package runtime

import (
	"encoding/json"
	"fmt"
	"math"
	"testing"
)

func TestArithmeticMatchesCPython(t *testing.T) {
	var cases []struct {
		Op string  `json:"op"`
		A  pyValue `json:"a"`
		B  pyValue `json:"b"`
		pyOutcome
	}
	loadCases(t, "arith.json", &cases)
	intOps := map[string]func(a, b int) int{
		"FloorDiv": FloorDiv, "Mod": Mod, "AddInt": AddInt, "SubInt": SubInt,
		"MulInt": MulInt, "PowInt": PowInt,
	}
	floatOps := map[string]func(a, b float64) float64{
		"FloorDivFloat": FloorDivFloat, "ModFloat": ModFloat, "DivFloat": DivFloat, "Div": Div,
	}
	// Floats compare by repr so that NaN matches NaN and -0.0 differs
	// from 0.0.
	wantFloat := func(raw json.RawMessage) string { return FormatFloat(decodeOut(t, raw).(float64)) }
	wantInt := func(raw json.RawMessage) int { return decodeOut(t, raw).(int) }
	for _, c := range cases {
		a := c.A.goValue(t)
		label := fmt.Sprintf("%s(%v)", c.Op, a)
		if c.Op != "RoundInt" {
			label = fmt.Sprintf("%s(%v, %v)", c.Op, a, c.B.goValue(t))
		}
		switch {
		case intOps[c.Op] != nil:
			f, b := intOps[c.Op], c.B.goValue(t).(int)
			check(t, label, c.pyOutcome, func() int { return f(a.(int), b) }, wantInt)
		case floatOps[c.Op] != nil:
			f, b := floatOps[c.Op], c.B.goValue(t).(float64)
			check(t, label, c.pyOutcome, func() string { return FormatFloat(f(a.(float64), b)) }, wantFloat)
		case c.Op == "Round":
			n := c.B.goValue(t).(int)
			check(t, label, c.pyOutcome, func() string { return FormatFloat(Round(a.(float64), n)) }, wantFloat)
		case c.Op == "RoundInt":
			check(t, label, c.pyOutcome, func() int { return RoundInt(a.(float64)) }, wantInt)
		default:
			t.Fatalf("unknown recorded operation %q", c.Op)
		}
	}
}

// decodeOut decodes a recorded non-string result value.
func decodeOut(t *testing.T, raw json.RawMessage) any {
	var v pyValue
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("recorded result %s: %v", raw, err)
	}
	return v.goValue(t)
}

func TestPowIntRejectsNegativeExponent(t *testing.T) {
	if _, exc := call(func() int { return PowInt(2, -1) }); exc == nil || !exc.IsInstance(ValueError) {
		t.Fatalf("PowInt(2, -1): got %v, want ValueError", exc)
	}
}

func ExampleFloorDiv() {
	fmt.Println(FloorDiv(-7, 2), Mod(-7, 2), ModFloat(-7, 2), Round(2.675, 2), RoundInt(2.5))
	defer func() { fmt.Println(AsExc(recover()).Line()) }()
	FloorDiv(1, 0)
	// Output:
	// -4 1 1 2.67 2
	// ZeroDivisionError: integer division or modulo by zero
}

func ExampleMulInt() {
	defer func() { fmt.Println(AsExc(recover()).Line()) }()
	MulInt(math.MaxInt64, 2)
	// Output:
	// OverflowError: integer overflow: result does not fit in 64 bits; py2goconc ints are 64-bit
}

// The expected texts are CPython 3.11's: int(" 42 "), int("1_000"),
// int("x1") and float("2.5"), float("abc").
func TestParseIntFloat(t *testing.T) {
	if got := ParseInt(" 42 \n"); got != 42 {
		t.Errorf("ParseInt = %d", got)
	}
	if got := ParseInt("1_000"); got != 1000 {
		t.Errorf("ParseInt(1_000) = %d", got)
	}
	if e := Try(func() { ParseInt("x1") }); e == nil || e.Line() != "ValueError: invalid literal for int() with base 10: 'x1'" {
		t.Errorf("ParseInt(x1): %v", e)
	}
	if got := ParseFloat(" 2.5"); got != 2.5 {
		t.Errorf("ParseFloat = %v", got)
	}
	if e := Try(func() { ParseFloat("abc") }); e == nil || e.Line() != "ValueError: could not convert string to float: 'abc'" {
		t.Errorf("ParseFloat(abc): %v", e)
	}
}
