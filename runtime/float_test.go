package runtime

import (
	"fmt"
	"math"
	"testing"
)

func TestFormatFloatMatchesCPython(t *testing.T) {
	var cases []struct {
		V    pyValue `json:"v"`
		Repr string  `json:"repr"`
	}
	loadCases(t, "float_repr.json", &cases)
	if len(cases) < 1000 {
		t.Fatalf("only %d recorded floats", len(cases))
	}
	for _, c := range cases {
		f := c.V.goValue(t).(float64)
		if got := FormatFloat(f); got != c.Repr {
			t.Errorf("FormatFloat(%b) = %q, CPython repr %q", f, got, c.Repr)
		}
		if got := Str(f); got != c.Repr {
			t.Errorf("Str(%b) = %q, CPython str %q", f, got, c.Repr)
		}
	}
}

func TestFormatFloatNegativeNaNHasNoSign(t *testing.T) {
	// CPython prints every NaN as nan, whatever its sign bit.
	negNaN := math.Copysign(math.NaN(), -1)
	if got := FormatFloat(negNaN); got != "nan" {
		t.Errorf("FormatFloat(-nan) = %q, want nan", got)
	}
}

func BenchmarkFormatFloat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		FormatFloat(1234.5678 + float64(i))
	}
}

func ExampleFormatFloat() {
	for _, f := range []float64{1, 0.1, 1e-5, 1e16, 100000, 1.0 / 3, math.Inf(-1), math.Copysign(0, -1)} {
		fmt.Println(FormatFloat(f))
	}
	// Output:
	// 1.0
	// 0.1
	// 1e-05
	// 1e+16
	// 100000.0
	// 0.3333333333333333
	// -inf
	// -0.0
}
