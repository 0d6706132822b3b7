package runtime

import (
	"slices"
	"testing"
)

// Map over several slices pairs items by position and stops at the
// shortest, keeping input order.
func TestMapSeveralIterables(t *testing.T) {
	noLeak(t)
	ex := NewThreadPoolExecutor(2, "")
	defer ex.Shutdown(true, false)
	pow := func(b, e int) int { return PowInt(b, e) }
	got := slices.Collect(Map2(ex, pow, []int{2, 3, 4}, []int{5, 2, 1, 99}, -1))
	if !slices.Equal(got, []int{32, 9, 4}) {
		t.Fatalf("Map2 = %v", got)
	}
	join := func(a string, b int, c bool) string { return a + Str(b) + Str(c) }
	got3 := slices.Collect(Map3(ex, join, []string{"a", "b"}, []int{1, 2, 3}, []bool{true, false}, -1))
	if !slices.Equal(got3, []string{"a1True", "b2False"}) {
		t.Fatalf("Map3 = %v", got3)
	}
	if n := len(slices.Collect(Map2(ex, pow, nil, []int{1}, -1))); n != 0 {
		t.Fatalf("Map2 over an empty slice yielded %d results", n)
	}
}
