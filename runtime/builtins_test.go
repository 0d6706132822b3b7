package runtime

import (
	"slices"
	"testing"
)

// Expected values are CPython 3.11's: sum([1, 2, 3]), list(range(5, 0, -2)),
// divmod(-7, 2), [1, 2, 3].pop() and pop(0), {}.get("k", 9).
func TestBuiltins(t *testing.T) {
	if Sum([]int{1, 2, 3}) != 6 || Sum([]float64{0.5, 0.25}) != 0.75 {
		t.Error("Sum")
	}
	if got := Range(5, 0, -2); !slices.Equal(got, []int{5, 3, 1}) {
		t.Errorf("Range = %v", got)
	}
	if got := Range(3, 1, 1); got == nil || len(got) != 0 {
		t.Errorf("empty Range = %#v", got)
	}
	if d := DivMod(-7, 2); d.V0 != -4 || d.V1 != 1 {
		t.Errorf("DivMod = %v", d)
	}
	xs := []int{1, 2, 3}
	if Pop(&xs) != 3 || PopAt(&xs, 0) != 1 || !slices.Equal(xs, []int{2}) {
		t.Errorf("Pop: %v", xs)
	}
	if e := Try(func() { var empty []int; Pop(&empty) }); e == nil || e.Line() != "IndexError: pop from empty list" {
		t.Errorf("Pop empty: %v", e)
	}
	if GetOr(map[string]int{}, "k", 9) != 9 || GetOr(map[string]int{"k": 1}, "k", 9) != 1 {
		t.Error("GetOr")
	}
}

// Names are CPython's type(v).__name__ for None, 3, 2.5, "s", [1], {}, (4, 5), ().
func TestTypeName(t *testing.T) {
	for _, c := range []struct {
		v    any
		want string
	}{{nil, "NoneType"}, {3, "int"}, {2.5, "float"}, {"s", "str"}, {[]int{1}, "list"}, {map[string]int{}, "dict"}, {Tuple2[int, int]{4, 5}, "tuple"}, {Tuple{}, "tuple"}} {
		if got := TypeName(c.v); got != c.want {
			t.Errorf("TypeName(%#v) = %q, want %q", c.v, got, c.want)
		}
	}
}
