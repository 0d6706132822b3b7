package runtime

import "testing"

func TestFrozenSetReprAndOperators(t *testing.T) {
	a := NewFrozenSet(2)
	cases := []struct{ got, want string }{
		{Repr(a), "frozenset({2})"},
		{Str(a), "frozenset({2})"},
		{Repr(NewFrozenSet[int]()), "frozenset()"},
		{Repr([]any{a}), "[frozenset({2})]"},
		{Repr(a.Union(NewFrozenSet(1))), "frozenset({1, 2})"},
		{Repr(a.Intersection(NewFrozenSet(1))), "frozenset()"},
		{Repr(NewFrozenSet(1, 2).Difference(a)), "frozenset({1})"},
		{Repr(NewFrozenSet(1, 2).SymmetricDifference(NewFrozenSet(2, 3))), "frozenset({1, 3})"},
	}
	for _, tc := range cases {
		if tc.got != tc.want {
			t.Errorf("got %s, want %s", tc.got, tc.want)
		}
	}
	if !a.Has(2) || a.Has(3) || a.Len() != 1 {
		t.Errorf("membership wrong: %v", a)
	}
	if !Equal(NewFrozenSet(1, 2), NewSet(2, 1)) {
		t.Errorf("a frozenset equals the set of the same elements")
	}
}
