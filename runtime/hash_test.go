package runtime

import (
	"math"
	"testing"
)

// TestHash checks Hash against CPython 3.11's hash() (64-bit,
// PYTHONHASHSEED=0), and that an unhashable value raises TypeError.
func TestHash(t *testing.T) {
	for _, c := range []struct {
		v    any
		want int
	}{
		{1, 1}, {-1, -2}, {1<<61 - 1, 0}, {math.MinInt64, -4}, {true, 1},
		{52.5, 1152921504606847028}, {-0.1, -230584300921369408}, {1.0, 1}, {math.Inf(1), 314159},
		{Tuple2[float64, float64]{V0: 52.5, V1: 13.4}, -1200718350541182972},
		{Tuple2[int, Tuple2[int, float64]]{V0: 1, V1: Tuple2[int, float64]{V0: 2, V1: 3.5}}, -9148893311433065316},
		{Tuple{}, 5740354900026072187}, {"abc", -4594863902769663758}, {"é", 6047309291227476195},
	} {
		if got := Hash(c.v); got != c.want {
			t.Errorf("Hash(%#v) = %d, want %d", c.v, got, c.want)
		}
	}
	if e := Try(func() { Hash([]int{1}) }); e == nil || !e.IsInstance(TypeError) {
		t.Errorf("Hash of a list: got %v, want a TypeError", e)
	}
}
