package runtime

import "testing"

func TestRoundIntDigits(t *testing.T) {
	cases := [][3]int{{1234, -2, 1200}, {1250, -2, 1200}, {1350, -2, 1400}, {1251, -2, 1300}, {-1250, -2, -1200},
		{-1251, -2, -1300}, {15, -1, 20}, {25, -1, 20}, {7, 2, 7}, {5, -1, 0}, {123, -19, 0}}
	for _, c := range cases {
		if got := RoundIntDigits(c[0], c[1]); got != c[2] {
			t.Errorf("RoundIntDigits(%d, %d) = %d, want %d", c[0], c[1], got, c[2])
		}
	}
}

func TestPowMod(t *testing.T) {
	cases := [][4]int{{2, 10, 1000, 24}, {3, 4, -5, -4}, {-2, 3, 5, 2}, {3, -1, 7, 5}, {5, 0, 3, 1}}
	for _, c := range cases {
		if got := PowMod(c[0], c[1], c[2]); got != c[3] {
			t.Errorf("PowMod(%d, %d, %d) = %d, want %d", c[0], c[1], c[2], got, c[3])
		}
	}
	if Try(func() { PowMod(2, -1, 4) }) == nil || Try(func() { PowMod(2, 3, 0) }) == nil {
		t.Error("PowMod error cases raised nothing")
	}
}
