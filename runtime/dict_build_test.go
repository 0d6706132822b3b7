package runtime

import (
	"slices"
	"testing"
)

// Expected values follow CPython 3.11: {'b': 1, 'a': 2, 'b': 3} is
// {'b': 3, 'a': 2}; popitem() takes the last inserted pair.
func TestDictOfKeepsFirstPlaceLastValue(t *testing.T) {
	d := DictOf([]string{"b", "a", "b"}, []int{1, 2, 3})
	if got, want := Repr(d), "{'b': 3, 'a': 2}"; got != want {
		t.Errorf("DictOf = %s, want %s", got, want)
	}
	if got := d.GetOr("z", 7); got != 7 {
		t.Errorf("GetOr missing = %d, want 7", got)
	}
	if got := d.GetOr("a", 7); got != 2 {
		t.Errorf("GetOr present = %d, want 2", got)
	}
	items := DictFromItems(d.Items())
	if got := items.PopItem(); got.V0 != "a" || got.V1 != 2 {
		t.Errorf("PopItem = %v, want (a, 2)", got)
	}
	if got, want := items.Keys(), []string{"b"}; !slices.Equal(got, want) {
		t.Errorf("after PopItem keys = %v, want %v", got, want)
	}
}

func TestPopItemOnEmptyRaisesKeyError(t *testing.T) {
	defer func() {
		e, ok := recover().(*Exc)
		if !ok || e.Type != KeyError || e.Args[0] != "popitem(): dictionary is empty" {
			t.Errorf("recovered %v, want KeyError('popitem(): dictionary is empty')", e)
		}
	}()
	NewDict[int, int]().PopItem()
}

func TestMapHelpers(t *testing.T) {
	m := DictFromPairs([]Tuple2[string, int]{{V0: "a", V1: 1}, {V0: "b", V1: 2}})
	if got := SetDefault(m, "a", 9); got != 1 {
		t.Errorf("SetDefault present = %d, want 1", got)
	}
	if got := SetDefault(m, "c", 9); got != 9 || m["c"] != 9 {
		t.Errorf("SetDefault missing = %d (stored %d), want 9", got, m["c"])
	}
	if got := PopKeyOr(m, "zz", -1); got != -1 {
		t.Errorf("PopKeyOr missing = %d, want -1", got)
	}
	if got := PopKey(m, "b"); got != 2 || len(m) != 2 {
		t.Errorf("PopKey = %d leaving %d keys, want 2 leaving 2", got, len(m))
	}
	if got := MapAt(m, "c"); got != 9 {
		t.Errorf("MapAt present = %d, want 9", got)
	}
	DelKey(m, "a")
	for _, f := range []func(){func() { PopKey(m, "a") }, func() { DelKey(m, "a") }, func() { MapAt(m, "a") }} {
		func() {
			defer func() {
				e, ok := recover().(*Exc)
				if !ok || e.Type != KeyError || e.Args[0] != "a" {
					t.Errorf("recovered %v, want KeyError('a')", e)
				}
			}()
			f()
		}()
	}
}
