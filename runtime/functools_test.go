package runtime

import "testing"

// Expected values are CPython 3.11's for the same calls.
func TestReduce(t *testing.T) {
	if got := Reduce1(func(a, b int) int { return a + b }, []int{1, 2, 3, 4}); got != 10 {
		t.Errorf("sum %d", got)
	}
	if got := Reduce(func(acc int, w string) int { return acc + len(w) }, []string{"ab", "cde"}, 0); got != 5 {
		t.Errorf("lengths %d", got)
	}
	defer func() {
		e, _ := recover().(*Exc)
		if e == nil || e.Line() != "TypeError: reduce() of empty iterable with no initial value" {
			t.Errorf("empty reduce raised %v", e)
		}
	}()
	Reduce1(func(a, b int) int { return a * b }, nil)
}
