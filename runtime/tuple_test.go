package runtime

import (
	"fmt"
	"testing"
)

// Tuples are comparable structs, so they work as map and Set keys.
func TestTuplesAreKeys(t *testing.T) {
	seen := NewSet[Tuple2[int, string]]()
	seen.Add(Tuple2[int, string]{1, "a"})
	seen.Add(Tuple2[int, string]{1, "a"})
	if seen.Len() != 1 || !seen.Has(Tuple2[int, string]{1, "a"}) {
		t.Errorf("tuple keys not deduplicated: %v", seen)
	}
}

func ExampleTuple2() {
	pair := Tuple2[string, int]{"x", 1}
	fmt.Println(Str(pair), Repr(Tuple1[string]{"only"}), Repr(Tuple{}))
	// Output:
	// ('x', 1) ('only',) ()
}
