package runtime

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
)

func TestCompareMatchesCPython(t *testing.T) {
	var cases []struct {
		A  pyValue `json:"a"`
		B  pyValue `json:"b"`
		Eq bool    `json:"eq"`
		pyOutcome
	}
	loadCases(t, "compare.json", &cases)
	wantInt := func(raw json.RawMessage) int { return decodeOut(t, raw).(int) }
	for _, c := range cases {
		a, b := c.A.goValue(t), c.B.goValue(t)
		check(t, fmt.Sprintf("Compare(%s, %s)", Repr(a), Repr(b)), c.pyOutcome,
			func() int { return Compare(a, b) }, wantInt)
		if got := Equal(a, b); got != c.Eq {
			t.Errorf("Equal(%s, %s) = %v, CPython == gives %v", Repr(a), Repr(b), got, c.Eq)
		}
	}
}

type job struct{ priority int }

func (j *job) PyLess(other any) bool { return j.priority < other.(*job).priority }

func TestCompareUsesPyLess(t *testing.T) {
	a, b := &job{1}, &job{2}
	if Compare(a, b) != -1 || Compare(b, a) != 1 || Compare(a, &job{1}) != 0 {
		t.Error("Compare does not follow PyLess")
	}
	// Tuples holding instances order by the instances when the first
	// elements tie, as PriorityQueue entries do.
	x, y := Tuple2[int, *job]{1, b}, Tuple2[int, *job]{1, a}
	if Compare(x, y) != 1 {
		t.Error("Compare of tuples does not reach PyLess")
	}
}

func ExampleCompare() {
	items := []any{3, 1.5, true, -2}
	slices.SortFunc(items, Compare)
	fmt.Println(Repr(items))
	defer func() { fmt.Println(AsExc(recover()).Line()) }()
	Compare("a", 1)
	// Output:
	// [-2, True, 1.5, 3]
	// TypeError: '<' not supported between instances of 'str' and 'int'
}
