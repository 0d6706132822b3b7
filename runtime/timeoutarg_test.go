package runtime

import "testing"

// TestOptionalTimeout checks the None, int and float forms of a timeout
// held as any.
func TestOptionalTimeout(t *testing.T) {
	cases := []struct {
		in   any
		want float64
	}{{nil, -1}, {5, 5}, {0.25, 0.25}}
	for _, tc := range cases {
		if got := OptionalTimeout(tc.in); got != tc.want {
			t.Errorf("OptionalTimeout(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
