package runtime

import "testing"

func TestSetOperators(t *testing.T) {
	a, b := NewSet(2, 3, 4), NewSet(3, 5)
	cases := []struct {
		name string
		got  Set[int]
		want string
	}{
		{"union", a.Union(b), "{2, 3, 4, 5}"},
		{"intersection", a.Intersection(b), "{3}"},
		{"difference", a.Difference(b), "{2, 4}"},
		{"symmetric difference", a.SymmetricDifference(b), "{2, 4, 5}"},
		{"empty intersection", a.Intersection(NewSet(9)), "set()"},
	}
	for _, tc := range cases {
		if s := Repr(tc.got); s != tc.want {
			t.Errorf("%s = %s, want %s", tc.name, s, tc.want)
		}
	}
	if Repr(a) != "{2, 3, 4}" || Repr(b) != "{3, 5}" {
		t.Errorf("operands changed: %s %s", Repr(a), Repr(b))
	}
}
