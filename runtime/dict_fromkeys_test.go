package runtime

import "testing"

func TestDictFromKeys(t *testing.T) {
	d := DictFromKeys([]string{"b", "a", "b"}, 0)
	if got := Repr(d); got != "{'b': 0, 'a': 0}" {
		t.Errorf("ordered = %s", got)
	}
	m := MapFromKeys([]int{3, 1}, "x")
	if len(m) != 2 || m[3] != "x" || m[1] != "x" {
		t.Errorf("map = %v", m)
	}
}
