package runtime

import "testing"

func TestParseIntBase(t *testing.T) {
	cases := []struct {
		s    string
		base int
		want int
	}{
		{"ff", 16, 255}, {"0xff", 16, 255}, {" -0XfF ", 16, -255}, {"101", 2, 5}, {"0b101", 0, 5},
		{"0o17", 0, 15}, {"17", 8, 15}, {"z", 36, 35}, {"1_000", 10, 1000}, {"0x_1f", 16, 31}, {"0", 0, 0}, {"00", 0, 0},
	}
	for _, c := range cases {
		if got := ParseIntBase(c.s, c.base); got != c.want {
			t.Errorf("ParseIntBase(%q, %d) = %d, want %d", c.s, c.base, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		base int
	}{{"12", 2}, {"0x1f", 10}, {"010", 0}, {"", 16}, {"1__0", 10}, {"_1", 10}, {"0b", 0}} {
		if exc := Try(func() { ParseIntBase(c.s, c.base) }); exc == nil {
			t.Errorf("ParseIntBase(%q, %d) raised nothing", c.s, c.base)
		}
	}
	if exc := Try(func() { ParseIntBase("zz", 16) }); exc == nil || exc.Error() != "invalid literal for int() with base 16: 'zz'" {
		t.Errorf("message: %v", exc)
	}
}
