package runtime

import (
	"fmt"
	"math"
	"testing"
)

func TestTruth(t *testing.T) {
	var nilInts []int
	var nilPtr *Exc
	cases := []struct {
		v    any
		want bool
	}{
		{nil, false}, {false, false}, {true, true},
		{0, false}, {-3, true}, {0.0, false}, {math.Copysign(0, -1), false}, {math.NaN(), true},
		{"", false}, {"False", true},
		{[]any{}, false}, {nilInts, false}, {[]int{0}, true},
		{map[string]int{}, false}, {map[string]int{"a": 0}, true},
		{NewSet[int](), false}, {NewSet(1), true},
		{Tuple1[int]{0}, true},
		{nilPtr, false}, {&Exc{}, true},
	}
	for _, c := range cases {
		if got := Truth(c.v); got != c.want {
			t.Errorf("Truth(%#v) = %v, want %v", c.v, got, c.want)
		}
	}
}

func ExampleTruth() {
	for _, v := range []any{0, 1, "", "x", []any{}, []int{0}, nil, 0.0} {
		fmt.Print(Truth(v), " ")
	}
	fmt.Println()
	// Output: false true false true false true false false
}
