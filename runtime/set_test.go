package runtime

import (
	"fmt"
	"math"
	"slices"
	"strconv"
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

// The CPython-recorded repr table covers set order; this covers the empty
// set and the fallback for elements without a reproducible hash.
func TestSetReprFallbacks(t *testing.T) {
	cases := []struct {
		s    fmt.Stringer
		want string
	}{
		{NewSet[int](), "set()"},
		{NewSet[any](nil, 1), "{1, None}"}, // hash(None) is an address: sorted by repr
		{NewSet(math.NaN(), 1.0), "{1.0, nan}"},
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

func TestPyHashMatchesCPython(t *testing.T) {
	var cases []struct {
		V    pyValue `json:"v"`
		Hash string  `json:"hash"`
	}
	loadCases(t, "hash.json", &cases)
	for _, c := range cases {
		v := c.V.goValue(t)
		h, ok := pyHash(v)
		if !ok || strconv.FormatInt(h, 10) != c.Hash {
			t.Errorf("pyHash(%s) = %d, %v; CPython hash %s", Repr(v), h, ok, c.Hash)
		}
	}
}

func ExampleSet() {
	seen := NewSet[string]()
	for _, w := range []string{"b", "a", "b"} {
		seen.Add(w)
	}
	fmt.Println(seen.Len(), Repr(seen), Repr(NewSet(3, 1, 2)))
	// Output:
	// 2 {'a', 'b'} {1, 2, 3}
}
