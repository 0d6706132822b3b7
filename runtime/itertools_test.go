package runtime

import (
	"slices"
	"sync"
	"testing"
)

// Expected texts are CPython 3.11's for the same calls.
func TestCountAndIslice(t *testing.T) {
	ids := NewCount(1, 1)
	if a, b, c := ids.Next(), ids.Next(), ids.Next(); a != 1 || b != 2 || c != 3 {
		t.Errorf("count: %d %d %d", a, b, c)
	}
	if got := Repr(Islice(NewCount(10, 5).All(), 0, 4, 1)); got != "[10, 15, 20, 25]" {
		t.Errorf("islice(count(10, 5), 4) = %s", got)
	}
	if got := Repr(Islice(slices.All([]string{"a", "b", "c", "d", "e", "f", "g", "h"}), 2, 7, 2)); got != "['c', 'e', 'g']" {
		t.Errorf("islice('abcdefgh', 2, 7, 2) = %s", got)
	}
	halves := NewCount(0.5, 0.25)
	if got := Repr([]float64{halves.Next(), halves.Next(), halves.Next()}); got != "[0.5, 0.75, 1.0]" {
		t.Errorf("count(0.5, 0.25) = %s", got)
	}
}

func TestCountIsAtomic(t *testing.T) {
	ids := NewCount(0, 1)
	var wg sync.WaitGroup
	seen := make([][]int, 4)
	for w := range seen {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				seen[w] = append(seen[w], ids.Next())
			}
		}()
	}
	wg.Wait()
	all := slices.Concat(seen...)
	slices.Sort(all)
	for i, v := range all {
		if v != i {
			t.Fatalf("ids not unique and dense at %d: %d", i, v)
		}
	}
}

func TestCycleAndProduct(t *testing.T) {
	c := NewCycle([]string{"w1", "w2", "w3"})
	var got []string
	for range 5 {
		got = append(got, c.Next())
	}
	if Repr(got) != "['w1', 'w2', 'w3', 'w1', 'w2']" {
		t.Errorf("cycle %s", Repr(got))
	}
	if s := Repr(Islice(NewCycle([]string{"A", "B"}).All(), 0, 5, 1)); s != "['A', 'B', 'A', 'B', 'A']" {
		t.Errorf("islice(cycle('AB'), 5) = %s", s)
	}
	if s := Repr(Product2([]string{"a", "b"}, []int{0, 1})); s != "[('a', 0), ('a', 1), ('b', 0), ('b', 1)]" {
		t.Errorf("product %s", s)
	}
}
