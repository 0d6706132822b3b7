package runtime

import (
	"fmt"
	"testing"
)

// The wanted texts are CPython 3.11's reprs of the same calls.
func TestCombinatorics(t *testing.T) {
	for _, c := range []struct {
		name string
		got  any
		want string
	}{
		{"permutations([1, 2, 3], 2)", Permutations2([]int{1, 2, 3}), "[(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)]"},
		{"permutations('ab', 3)", Permutations3([]string{"a", "b"}), "[]"},
		{"permutations('abc', 3)", Permutations3([]string{"a", "b", "c"}), "[('a', 'b', 'c'), ('a', 'c', 'b'), ('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')]"},
		{"combinations('abcd', 2)", Combinations2([]string{"a", "b", "c", "d"}), "[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]"},
		{"combinations(range(4), 3)", Combinations3([]int{0, 1, 2, 3}), "[(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)]"},
		{"product([1], 'ab', [True])", Product3([]int{1}, []string{"a", "b"}, []bool{true}), "[(1, 'a', True), (1, 'b', True)]"},
		{"accumulate([1, 2, 3, 4])", Accumulate([]int{1, 2, 3, 4}), "[1, 3, 6, 10]"},
		{"accumulate([])", Accumulate([]float64{}), "[]"},
		{"groupby('aaabcc')", GroupBy([]string{"a", "a", "a", "b", "c", "c"}, func(s string) string { return s }), "[('a', ['a', 'a', 'a']), ('b', ['b']), ('c', ['c', 'c'])]"},
		{"groupby([1, 3, 2, 4, 5], odd)", GroupBy([]int{1, 3, 2, 4, 5}, func(n int) bool { return n%2 == 1 }), "[(True, [1, 3]), (False, [2, 4]), (True, [5])]"},
	} {
		if got := Repr(c.got); got != c.want {
			t.Errorf("%s = %s, want %s", c.name, got, c.want)
		}
	}
	if got := fmt.Sprint(len(GroupBy([]int{}, func(n int) int { return n }))); got != "0" {
		t.Errorf("groupby([]) has %s groups", got)
	}
}
