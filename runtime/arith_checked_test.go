package runtime

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestCheckedIntOpsAgainstBig compares AddInt, SubInt and MulInt with
// exact big.Int arithmetic on edge values and seeded random ones: each
// must return the exact result when it fits and raise when it does not.
func TestCheckedIntOpsAgainstBig(t *testing.T) {
	vals := []int{0, 1, -1, 2, -2, 3, math.MaxInt64, math.MinInt64, math.MaxInt64 / 2, math.MinInt64 / 2,
		math.MinInt64/2 - 1, 1 << 31, -(1 << 31), 1 << 32, 3037000499, 3037000500, -3037000500}
	r := rand.New(rand.NewPCG(1, 2))
	for len(vals) < 400 {
		vals = append(vals, int(r.Int64()>>r.IntN(64))*[]int{1, -1}[r.IntN(2)])
	}
	ops := []struct {
		name  string
		fn    func(a, b int) int
		exact func(z, x, y *big.Int) *big.Int
	}{
		{"AddInt", AddInt, (*big.Int).Add},
		{"SubInt", SubInt, (*big.Int).Sub},
		{"MulInt", MulInt, (*big.Int).Mul},
	}
	for _, op := range ops {
		for _, a := range vals[:60] {
			for _, b := range vals {
				want := op.exact(new(big.Int), big.NewInt(int64(a)), big.NewInt(int64(b)))
				got, raised := 0, false
				func() {
					defer func() { raised = recover() != nil }()
					got = op.fn(a, b)
				}()
				if raised == want.IsInt64() || !raised && int64(got) != want.Int64() {
					t.Fatalf("%s(%d, %d) = %d (raised %v), want %s", op.name, a, b, got, raised, want)
				}
			}
		}
	}
}

func TestSumOverflow(t *testing.T) {
	if got := Sum([]int{1, 2, 3}); got != 6 {
		t.Errorf("Sum = %d, want 6", got)
	}
	if got := Sum([]float64{1e308, 1e308}); !math.IsInf(got, 1) {
		t.Errorf("float Sum = %v, want +Inf (floats never raise)", got)
	}
	for _, xs := range [][]int{{math.MaxInt64, 1}, {math.MinInt64, -1}, {math.MaxInt64 / 2, math.MaxInt64 / 2, 2}} {
		func() {
			defer func() {
				if r := recover(); r == nil || r.(*Exc).Type != OverflowError {
					t.Errorf("Sum(%v): got %v, want OverflowError", xs, r)
				}
			}()
			Sum(xs)
		}()
	}
}
