package runtime

import (
	"math"
	"testing"
)

func TestGCD(t *testing.T) {
	cases := [][3]int{{12, 18, 6}, {-12, 18, 6}, {0, 0, 0}, {0, 5, 5}, {7, 0, 7}, {17, 5, 1}}
	for _, c := range cases {
		if got := GCD(c[0], c[1]); got != c[2] {
			t.Errorf("GCD(%d, %d) = %d, want %d", c[0], c[1], got, c[2])
		}
	}
}

func TestFactorial(t *testing.T) {
	want := 1
	for n := 0; n <= 20; n++ {
		if n > 1 {
			want *= n
		}
		if got := Factorial(n); got != want {
			t.Errorf("Factorial(%d) = %d, want %d", n, got, want)
		}
	}
	for _, n := range []int{-1, 21} {
		exc := Try(func() { Factorial(n) })
		if exc == nil {
			t.Errorf("Factorial(%d) raised nothing", n)
		}
	}
}

func TestIsClose(t *testing.T) {
	inf := math.Inf(1)
	cases := []struct {
		a, b, rel, abs float64
		want           bool
	}{
		{0.1 + 0.2, 0.3, 1e-9, 0, true},
		{1, 1.1, 1e-9, 0, false},
		{1, 1.1, 0.1, 0, true},
		{0, 1e-10, 1e-9, 0, false},
		{0, 1e-10, 1e-9, 1e-9, true},
		{inf, inf, 1e-9, 0, true},
		{inf, 1e308, 1, 0, false},
		{math.NaN(), math.NaN(), 1e-9, 0, false},
	}
	for _, c := range cases {
		if got := IsClose(c.a, c.b, c.rel, c.abs); got != c.want {
			t.Errorf("IsClose(%v, %v, %v, %v) = %v, want %v", c.a, c.b, c.rel, c.abs, got, c.want)
		}
	}
}

func TestLog10(t *testing.T) {
	for k := -10; k <= 22; k++ {
		x := math.Pow(10, float64(k))
		if got := Log10(x); got != float64(k) {
			t.Errorf("Log10(1e%d) = %v, want %d", k, got, k)
		}
	}
	if got := Log10(2); math.Abs(got-0.3010299956639812) > 1e-16 {
		t.Errorf("Log10(2) = %v", got)
	}
	if got := Log10(0); !math.IsInf(got, -1) {
		t.Errorf("Log10(0) = %v, want -Inf", got)
	}
}
