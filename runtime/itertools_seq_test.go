package runtime

import (
	"slices"
	"testing"
)

// TestIsliceSeq takes slices of an endless sequence and checks that only
// the needed values are pulled from it.
func TestIsliceSeq(t *testing.T) {
	pulled := 0
	evens := func(yield func(int) bool) {
		for _, x := range NewCount(0, 1).All() {
			if x%2 == 0 {
				pulled++
				if !yield(x) {
					return
				}
			}
		}
	}
	if got := IsliceSeq(evens, 0, 5, 1); !slices.Equal(got, []int{0, 2, 4, 6, 8}) {
		t.Errorf("islice(evens, 5) = %v", got)
	}
	if pulled != 5 {
		t.Errorf("pulled %d values, want 5", pulled)
	}
	if got := IsliceSeq(evens, 1, 7, 2); !slices.Equal(got, []int{2, 6, 10}) {
		t.Errorf("islice(evens, 1, 7, 2) = %v", got)
	}
}
