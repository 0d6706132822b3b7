package runtime

import (
	"math"
	"slices"
	"testing"
)

// The expectations are what CPython 3.11 prints for the same expressions.

func TestNumArithmeticKeepsPythonTypes(t *testing.T) {
	cases := []struct {
		name string
		got  Num
		want string
	}{
		{"1 + 2", Int(1).Add(Int(2)), "3"},
		{"1 + 2.0", Int(1).Add(Float(2)), "3.0"},
		{"2.5 - 1", Float(2.5).Sub(Int(1)), "1.5"},
		{"3 * 4", Int(3).Mul(Int(4)), "12"},
		{"3 * 0.5", Int(3).Mul(Float(0.5)), "1.5"},
		{"-7 // 2", Int(-7).FloorDiv(Int(2)), "-4"},
		{"7 // 2.0", Int(7).FloorDiv(Float(2)), "3.0"},
		{"-7 % 3", Int(-7).Mod(Int(3)), "2"},
		{"7 % 2.5", Int(7).Mod(Float(2.5)), "2.0"},
		{"2 ** 10", Int(2).Pow(Int(10)), "1024"},
		{"2 ** -1", Int(2).Pow(Int(-1)), "0.5"},
		{"4 ** 0.5", Int(4).Pow(Float(0.5)), "2.0"},
		{"-(3)", Int(3).Neg(), "-3"},
		{"-(0.0)", Float(0).Neg(), "-0.0"},
		{"abs(-3)", Int(-3).Abs(), "3"},
		{"abs(-2.5)", Float(-2.5).Abs(), "2.5"},
		{"sum([1, 2.0, 3])", SumNums([]Num{Int(1), Float(2), Int(3)}), "6.0"},
		{"sum([1, 2, 3])", SumNums([]Num{Int(1), Int(2), Int(3)}), "6"},
		{"sum([])", SumNums(nil), "0"},
		{"sum([1, 2], 0.5)", SumNumsFrom(Float(0.5), []Num{Int(1), Int(2)}), "3.5"},
		{"zero value", Num{}, "0"},
	}
	for _, c := range cases {
		if s := c.got.String(); s != c.want {
			t.Errorf("%s = %s, want %s", c.name, s, c.want)
		}
	}
}

func TestNumTrueDivAndConversions(t *testing.T) {
	if got := Int(7).TrueDiv(Int(2)); got != 3.5 {
		t.Errorf("7 / 2 = %v, want 3.5", got)
	}
	if got := Int(-7).Int(); got != -7 {
		t.Errorf("int(-7) = %d", got)
	}
	if got := Float(-7.9).Int(); got != -7 {
		t.Errorf("int(-7.9) = %d, want -7", got)
	}
	if got := Int(7).Float(); got != 7 {
		t.Errorf("float(7) = %v", got)
	}
	if Int(0).Bool() || Float(0).Bool() || !Float(0.1).Bool() || !Int(-1).Bool() {
		t.Error("truth values of 0, 0.0, 0.1, -1 are False, False, True, True")
	}
	if v, ok := Int(3).Value().(int); !ok || v != 3 {
		t.Errorf("Int(3).Value() = %#v, want int 3", Int(3).Value())
	}
	if v, ok := Float(3).Value().(float64); !ok || v != 3 {
		t.Errorf("Float(3).Value() = %#v, want float64 3", Float(3).Value())
	}
}

func TestNumErrorsAreCPythons(t *testing.T) {
	cases := []struct {
		name string
		run  func()
		want string
	}{
		{"1 / 0", func() { Int(1).TrueDiv(Int(0)) }, "ZeroDivisionError: division by zero"},
		{"1 / 0.0", func() { Int(1).TrueDiv(Float(0)) }, "ZeroDivisionError: float division by zero"},
		{"1 // 0", func() { Int(1).FloorDiv(Int(0)) }, "ZeroDivisionError: integer division or modulo by zero"},
		{"int(inf)", func() { Float(math.Inf(1)).Int() }, "OverflowError: cannot convert float infinity to integer"},
	}
	for _, c := range cases {
		got := func() (msg string) {
			defer func() {
				if e, ok := recover().(*Exc); ok {
					msg = e.Type.Name + ": " + e.Error()
				}
			}()
			c.run()
			return "no exception"
		}()
		if got != c.want {
			t.Errorf("%s raised %q, want %q", c.name, got, c.want)
		}
	}
}

func TestNumComparesExactly(t *testing.T) {
	big := 1<<53 + 1
	cases := []struct {
		a, b Num
		want int
	}{
		{Int(1), Float(1), 0},
		{Int(3), Float(3.5), -1},
		{Float(14.9), Int(15), -1},
		{Int(big), Float(float64(big)), 1}, // 2**53+1 > float(2**53+1) == 2**53
		{Int(-5), Int(0), -1},
		{Float(2), Float(0.5), 1},
	}
	for _, c := range cases {
		if got := c.a.Cmp(c.b); got != c.want {
			t.Errorf("Cmp(%v, %v) = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := Compare(c.a, c.b); got != c.want {
			t.Errorf("Compare(%v, %v) = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := c.a.Equal(c.b); got != (c.want == 0) {
			t.Errorf("%v == %v is %v", c.a, c.b, got)
		}
	}
	if Float(math.NaN()).Equal(Float(math.NaN())) {
		t.Error("nan == nan must be False")
	}
	if !Equal(Int(2), 2.0) || Equal(Int(2), 3) {
		t.Error("Equal must compare a Num with plain numbers by value")
	}
	xs := []Num{Int(1), Float(2), Int(3), Float(3)}
	if m := slices.MaxFunc(xs, Num.Cmp); m.String() != "3" {
		t.Errorf("max([1, 2.0, 3, 3.0]) = %s, want the first maximum 3", m)
	}
	if m := slices.MinFunc(xs, Num.Cmp); m.String() != "1" {
		t.Errorf("min = %s, want 1", m)
	}
}

func TestNumPrintsThroughTheFormattingPaths(t *testing.T) {
	xs := []Num{Int(1), Float(2), Int(-3)}
	cases := []struct{ got, want string }{
		{Str(Int(6)), "6"},
		{Str(Float(6)), "6.0"},
		{Repr(xs), "[1, 2.0, -3]"},
		{Repr(Tuple2[Num, string]{Float(0.5), "coffee"}), "(0.5, 'coffee')"},
		{Format(Int(3), ""), "3"},
		{Format(Int(3), ">4"), "   3"},
		{Format(Float(3), ".2f"), "3.00"},
		{Format(Int(3), ".2f"), "3.00"},
		{Percent("%d %s %.1f", Float(2.7), Int(4), Int(1)), "2 4 1.0"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
