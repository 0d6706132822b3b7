package runtime

import (
	"fmt"
	"slices"
	"testing"
)

func TestSetOperations(t *testing.T) {
	s := NewSet(3, 1)
	s.Add(2)
	s.Add(2)
	s.Discard(10)
	if s.Len() != 3 || !s.Has(2) || s.Has(10) {
		t.Errorf("membership wrong: %v", s)
	}
	s.Remove(3)
	_, exc := call(func() int { s.Remove(3); return 0 })
	if exc == nil || exc.Line() != "KeyError: 3" {
		t.Errorf("Remove of a missing element raised %v, want KeyError: 3", exc)
	}
	if got := s.Items(); !slices.Equal(got, []int{1, 2}) {
		t.Errorf("Items() = %v", got)
	}
}

// Sets print sorted (see Set); CPython prints these particular sets in the
// same order, since small ints hash to themselves.
func TestSetRepr(t *testing.T) {
	cases := []struct {
		s    fmt.Stringer
		want string
	}{
		{NewSet[int](), "set()"},
		{NewSet(3, 1, 2), "{1, 2, 3}"},
		{NewSet(-1.5, 2.0), "{-1.5, 2.0}"},
		{NewSet(Tuple2[int, string]{2, "a"}, Tuple2[int, string]{1, "b"}), "{(1, 'b'), (2, 'a')}"},
		{NewSet[any](nil, 1), "{1, None}"}, // not orderable: sorted by repr
	}
	for _, c := range cases {
		if got := c.s.String(); got != c.want {
			t.Errorf("set repr = %s, want %s", got, c.want)
		}
		if got := Repr(c.s); got != c.want {
			t.Errorf("Repr(set) = %s, want %s", got, c.want)
		}
	}
}

func ExampleSet() {
	seen := NewSet[string]()
	for _, w := range []string{"b", "a", "b"} {
		seen.Add(w)
	}
	fmt.Println(seen.Len(), Repr(seen))
	// Output:
	// 2 {'a', 'b'}
}
