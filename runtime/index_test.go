package runtime

import "testing"

func TestIndexOf(t *testing.T) {
	if i := IndexOf([]int{3, 4, 4}, 4, "x"); i != 1 {
		t.Errorf("IndexOf = %d, want 1", i)
	}
	e := catch(func() { IndexOf([]string{"a"}, "b", "tuple.index(x): x not in tuple") })
	if e == nil || !e.IsInstance(ValueError) || Str(e) != "tuple.index(x): x not in tuple" {
		t.Errorf("missing value raised %v", e)
	}
}

func TestListIndex(t *testing.T) {
	if i := ListIndex([]string{"a", "b"}, "b"); i != 1 {
		t.Errorf("ListIndex = %d, want 1", i)
	}
	e := catch(func() { ListIndex([]string{"a"}, "z") })
	if e == nil || !e.IsInstance(ValueError) || Str(e) != "'z' is not in list" {
		t.Errorf("missing value raised %v", e)
	}
}
