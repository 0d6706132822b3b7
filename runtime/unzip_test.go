package runtime

import (
	"slices"
	"testing"
)

func TestUnzipTransposesRows(t *testing.T) {
	got := Unzip2([]Tuple2[int, string]{{1, "a"}, {2, "b"}})
	if !slices.Equal(got.V0, []int{1, 2}) || !slices.Equal(got.V1, []string{"a", "b"}) {
		t.Fatalf("Unzip2 = %v", got)
	}
	three := Unzip3([]Tuple3[int, int, int]{{1, 2, 3}})
	if !slices.Equal(three.V2, []int{3}) {
		t.Fatalf("Unzip3 = %v", three)
	}
}

func TestUnzipOfNoRowsRaisesValueError(t *testing.T) {
	e := Try(func() { Unzip2([]Tuple2[int, int]{}) })
	if e == nil || e.Line() != "ValueError: not enough values to unpack (expected 2, got 0)" {
		t.Fatalf("got %v", e)
	}
}
