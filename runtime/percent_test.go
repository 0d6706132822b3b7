package runtime

import (
	"fmt"
	"testing"
)

func TestPercentMatchesCPython(t *testing.T) {
	var cases []struct {
		Fmt  string  `json:"fmt"`
		Args pyValue `json:"args"`
		pyOutcome
	}
	loadCases(t, "percent.json", &cases)
	for _, c := range cases {
		// Emitted code passes a right-hand tuple's elements, or the lone
		// value (here a dict); PercentValue takes the right-hand side whole.
		rhs := c.Args.goValue(t)
		var args []any
		if c.Args.Tuple != nil {
			args = c.Args.items(t, c.Args.Tuple)
		} else {
			args = []any{rhs}
		}
		check(t, fmt.Sprintf("Percent(%q, %#v...)", c.Fmt, args), c.pyOutcome,
			func() string { return Percent(c.Fmt, args...) }, outString)
		check(t, fmt.Sprintf("PercentValue(%q, %#v)", c.Fmt, rhs), c.pyOutcome,
			func() string { return PercentValue(c.Fmt, rhs) }, outString)
	}
}

// A Go map serves %(name)s like a dict, and a tuple passed to Percent as
// one argument stays one value.
func TestPercentMapAndTupleArguments(t *testing.T) {
	if got := Percent("%(n)d items", map[string]int{"n": 3}); got != "3 items" {
		t.Errorf("map argument: got %q", got)
	}
	if got := Percent("%s", Tuple2[int, int]{1, 2}); got != "(1, 2)" {
		t.Errorf("tuple as the one argument: got %q", got)
	}
}

func ExamplePercent() {
	fmt.Println(Percent("%s has %d items costing %.2f", "cart", 3, 9.5))
	fmt.Println(Percent("%-6s|%5.1f|%03d", "ab", 2.25, 7))
	fmt.Println(Percent("%r", "quoted"))
	// Output:
	// cart has 3 items costing 9.50
	// ab    |  2.2|007
	// 'quoted'
}

func ExamplePercentValue() {
	row := Tuple2[string, float64]{"pi", 3.14159}
	fmt.Println(PercentValue("%s=%.2f", row))
	fmt.Println(PercentValue("[%s]", []int{1, 2}))
	// Output:
	// pi=3.14
	// [[1, 2]]
}
