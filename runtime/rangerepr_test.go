package runtime

import "testing"

func TestRangeReprOmitsAStepOfOne(t *testing.T) {
	cases := map[string]string{
		RangeRepr(0, 5, 1):   "range(0, 5)",
		RangeRepr(10, 0, -3): "range(10, 0, -3)",
		RangeRepr(-2, -2, 2): "range(-2, -2, 2)",
	}
	for got, want := range cases {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}
