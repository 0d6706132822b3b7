package mapper_test

import "testing"

// TestSetOperatorsFrozensetFromkeys pins the set operators, frozenset and
// dict.fromkeys.
func TestSetOperatorsFrozensetFromkeys(t *testing.T) {
	cases := []goCase{
		{"set operators are runtime methods",
			"a = {1, 2}\nb = {2, 3}\nprint(a | b, a & b, a - b, a ^ b)\n",
			[]string{"a.Union(b)", "a.Intersection(b)", "a.Difference(b)", "a.SymmetricDifference(b)"}, []string{"any"}},
		{"frozenset is its own Go type and converts a set operand",
			"fs = frozenset([1, 2])\nprint(fs | {3}, 1 in fs)\n",
			[]string{"fs := pyrt.NewFrozenSet([]int{1, 2}...)", "fs.Union(pyrt.FrozenSet[int](pyrt.NewSet[int](3)))", "fs.Has(1)"}, nil},
		{"dict.fromkeys keeps the order it is printed in",
			"d = dict.fromkeys(['a', 'b'], 0)\nprint(d)\n",
			[]string{`pyrt.DictFromKeys([]string{"a", "b"}, 0)`}, nil},
		{"a dict stored among values of several types keeps its order",
			"d = {'n': 1, 'flags': {'on': True, 'off': False}}\nprint(d)\n",
			[]string{`pyrt.DictOf([]string{"on", "off"}, []bool{true, false})`}, nil},
	}
	runGoCases(t, cases)
}
