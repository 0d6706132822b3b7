package runtime

import (
	"fmt"
	"slices"
	"testing"
)

// The helpers give what CPython's list(...) of the same call gives.
func TestIterables(t *testing.T) {
	checks := []struct {
		got  any
		want string
	}{
		{Chars("añb"), "['a', 'ñ', 'b']"},
		{Zip([]string{"a", "b", "c"}, []int{1, 2}), "[('a', 1), ('b', 2)]"},
		{Zip3([]int{1}, []string{"x"}, []bool{true}), "[(1, 'x', True)]"},
		{EnumerateList([]string{"a", "b"}, 1), "[(1, 'a'), (2, 'b')]"},
		{MapList(func(n int) int { return n * n }, []int{2, 3}), "[4, 9]"},
		{FilterList(func(n int) bool { return n%2 == 0 }, []int{1, 2, 3, 4}), "[2, 4]"},
		{FilterList(func(int) bool { return false }, []int{1}), "[]"},
		{Reversed([]int{1, 2, 3}), "[3, 2, 1]"},
		{TupleOf([]int{1, 2}), "(1, 2)"},
		{TupleOf([]int{}), "()"},
	}
	for _, c := range checks {
		if got := Repr(c.got); got != c.want {
			t.Errorf("Repr(%#v) = %s, want %s", c.got, got, c.want)
		}
	}
	// A later pair replaces an earlier one, as dict([...]) does.
	d := DictFromPairs([]Tuple2[string, int]{{"a", 1}, {"b", 2}, {"a", 3}})
	if len(d) != 2 || d["a"] != 3 || d["b"] != 2 {
		t.Errorf("DictFromPairs = %v", d)
	}
	items := MapItems(map[string]int{"x": 1, "y": 2})
	slices.SortFunc(items, func(a, b Tuple2[string, int]) int { return Compare(a, b) })
	if Repr(items) != "[('x', 1), ('y', 2)]" {
		t.Errorf("MapItems = %s", Repr(items))
	}
}

func TestSumOptional(t *testing.T) {
	if got := SumOptional[int]([]any{1, 2, 3}); got != 6 {
		t.Errorf("SumOptional = %d, want 6", got)
	}
	defer func() {
		e := AsExc(recover())
		if e.Line() != "TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'" {
			t.Errorf("got %s", e.Line())
		}
	}()
	SumOptional[int]([]any{1, nil})
}

func ExampleZip() {
	fmt.Println(Repr(Zip([]string{"ann", "bob"}, []int{90, 75})))
	// Output: [('ann', 90), ('bob', 75)]
}
