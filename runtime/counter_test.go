package runtime

import (
	"strings"
	"testing"
)

// Expected texts are CPython 3.11's for the same operations.
func TestCounter(t *testing.T) {
	c := NewCounter(strings.Fields("the cat and the hat and the bat"))
	if got := Repr(c); got != "Counter({'the': 3, 'and': 2, 'cat': 1, 'hat': 1, 'bat': 1})" {
		t.Errorf("repr %s", got)
	}
	if c.At("the") != 3 || c.At("dog") != 0 || c.Len() != 5 || c.Contains("dog") {
		t.Error("lookups")
	}
	if got := Repr(c.MostCommon(2)); got != "[('the', 3), ('and', 2)]" {
		t.Errorf("most_common(2) %s", got)
	}
	letters := NewCounter(strings.Split("mississippi", ""))
	if got := Repr(letters); got != "Counter({'i': 4, 's': 4, 'p': 2, 'm': 1})" {
		t.Errorf("letters %s", got)
	}
	more := NewCounter([]string{"cat", "dog", "dog"})
	if got := Repr(c.Add(more)); got != "Counter({'the': 3, 'cat': 2, 'and': 2, 'dog': 2, 'hat': 1, 'bat': 1})" {
		t.Errorf("add %s", got)
	}
	if got := Repr(more.Sub(NewCounter([]string{"dog"}))); got != "Counter({'cat': 1, 'dog': 1})" {
		t.Errorf("sub %s", got)
	}
	more.Update([]string{"cat", "cat", "fish"})
	if got := Repr(more); got != "Counter({'cat': 3, 'dog': 2, 'fish': 1})" || more.Total() != 6 {
		t.Errorf("update %s", got)
	}
	if got := Repr(NewCounter(strings.Split("aab", "")).Elements()); got != "['a', 'a', 'b']" {
		t.Errorf("elements %s", got)
	}
	if got := Repr(CounterOf([]Tuple2[string, int]{{"y", 1}, {"x", 3}})); got != "Counter({'x': 3, 'y': 1})" {
		t.Errorf("from pairs %s", got)
	}
	if got := Repr(NewCounter[int](nil)); got != "Counter()" {
		t.Errorf("empty %s", got)
	}
	merged := NewCounter[string](nil)
	merged.UpdateCounter(more)
	if !merged.Equal(more) || merged.Equal(c) {
		t.Error("equal")
	}
}
