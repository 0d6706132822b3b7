package runtime

import (
	"math"
	"testing"
)

func TestDivModFloat(t *testing.T) {
	cases := []struct{ a, b, div, mod float64 }{
		{7.5, 2, 3, 1.5}, {-7.5, 2, -4, 0.5}, {7.5, -2, -4, -0.5}, {1, 0.1, 9, 0.09999999999999995},
	}
	for _, c := range cases {
		got := DivModFloat(c.a, c.b)
		if got.V0 != c.div || got.V1 != c.mod {
			t.Errorf("DivModFloat(%v, %v) = %v, want (%v, %v)", c.a, c.b, got, c.div, c.mod)
		}
	}
	if got := DivModFloat(math.Copysign(0, -1), 1); !math.Signbit(got.V0) || math.Signbit(got.V1) {
		t.Errorf("DivModFloat(-0.0, 1) = %v, want (-0.0, 0.0)", got)
	}
	if exc := Try(func() { DivModFloat(1, 0) }); exc == nil || exc.Error() != "float divmod()" {
		t.Errorf("DivModFloat(1, 0) raised %v", exc)
	}
}
