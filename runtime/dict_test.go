package runtime

import (
	"fmt"
	"slices"
	"testing"
)

// The expected orders and reprs below follow CPython 3.7+ dict semantics:
// insertion order, a reassigned key keeps its place, a deleted and
// re-inserted key moves to the end.
func TestDictKeepsInsertionOrder(t *testing.T) {
	d := NewDict[string, int]()
	d.Set("b", 1)
	d.Set("a", 2)
	d.Set("c", 3)
	d.Set("b", 10) // keeps its place
	if !d.Delete("a") || d.Delete("a") {
		t.Fatal("Delete reports presence wrongly")
	}
	d.Set("a", 4) // goes last
	if got, want := d.Keys(), []string{"b", "c", "a"}; !slices.Equal(got, want) {
		t.Errorf("Keys() = %v, want %v", got, want)
	}
	if got, want := d.Values(), []int{10, 3, 4}; !slices.Equal(got, want) {
		t.Errorf("Values() = %v, want %v", got, want)
	}
	if got, want := Repr(d.Items()), "[('b', 10), ('c', 3), ('a', 4)]"; got != want {
		t.Errorf("Items() = %s, want %s", got, want)
	}
	if got, want := Repr(d), "{'b': 10, 'c': 3, 'a': 4}"; got != want {
		t.Errorf("Repr = %s, want %s", got, want)
	}
	var seen []string
	for k, v := range d.All() {
		seen = append(seen, fmt.Sprintf("%s %d", k, v))
	}
	if want := []string{"b 10", "c 3", "a 4"}; !slices.Equal(seen, want) {
		t.Errorf("All() = %v, want %v", seen, want)
	}
}

func TestDictOperations(t *testing.T) {
	d := NewDict[string, int]()
	if d.SetDefault("x", 1) != 1 || d.SetDefault("x", 2) != 1 {
		t.Error("SetDefault does not keep the first value")
	}
	if v, ok := d.Get("missing"); ok || v != 0 {
		t.Error("Get of a missing key")
	}
	if !d.Has("x") || d.Has("y") {
		t.Error("Has")
	}
	if d.PopDefault("y", 7) != 7 || d.Pop("x") != 1 || d.Len() != 0 {
		t.Error("Pop/PopDefault")
	}
	_, exc := call(func() int { return d.At("gone") })
	if exc == nil || exc.Line() != "KeyError: 'gone'" {
		t.Errorf("At of a missing key raised %v, want KeyError: 'gone' as CPython reports", exc)
	}
	_, exc = call(func() int { return d.Pop("gone") })
	if exc == nil || !exc.IsInstance(KeyError) {
		t.Errorf("Pop of a missing key raised %v, want KeyError", exc)
	}
	other := NewDict[string, int]()
	other.Set("p", 1)
	other.Set("q", 2)
	d.Set("q", 0)
	d.Update(other)
	if got := Repr(d); got != "{'q': 2, 'p': 1}" {
		t.Errorf("after Update: %s", got)
	}
	c := d.Copy()
	c.Set("z", 9)
	if d.Has("z") || c.Len() != 3 {
		t.Error("Copy shares entries")
	}
	d.Clear()
	if d.Len() != 0 || Repr(d) != "{}" {
		t.Error("Clear")
	}
}

// Many deletions compact the entries without losing order.
func TestDictCompactsAfterDeletes(t *testing.T) {
	d := NewDict[int, int]()
	for i := 0; i < 1000; i++ {
		d.Set(i, i)
	}
	for i := 0; i < 1000; i++ {
		if i%10 != 0 {
			d.Delete(i)
		}
	}
	if len(d.entries) > 2*d.Len()+16 {
		t.Errorf("%d entries kept for %d live keys", len(d.entries), d.Len())
	}
	keys := d.Keys()
	if len(keys) != 100 || !slices.IsSorted(keys) || d.At(990) != 990 {
		t.Errorf("order or lookup lost after compaction: %v", keys[:5])
	}
}

func TestZeroDictIsUsable(t *testing.T) {
	var d Dict[string, int]
	d.Set("a", 1)
	if d.At("a") != 1 {
		t.Error("zero Dict")
	}
}

func ExampleDict() {
	counts := NewDict[string, int]()
	for _, w := range []string{"b", "a", "b"} {
		counts.Set(w, counts.SetDefault(w, 0)+1)
	}
	fmt.Println(Str(counts))
	// Output:
	// {'b': 2, 'a': 1}
}
