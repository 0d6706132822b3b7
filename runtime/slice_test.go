package runtime

import (
	"fmt"
	"slices"
	"testing"
)

func TestSliceMatchesCPython(t *testing.T) {
	letters := []string{"a", "b", "c", "d", "e", "f"}
	cases := []struct {
		lo, hi, step int
		want         string // CPython's result, joined
	}{
		{1, 4, 1, "bcd"}, {Omit, 2, 1, "ab"}, {3, Omit, 1, "def"}, {-2, Omit, 1, "ef"},
		{Omit, Omit, 2, "ace"}, {1, Omit, 2, "bdf"}, {Omit, Omit, -1, "fedcba"},
		{-1, -4, -1, "fed"}, {10, Omit, 1, ""}, {2, 100, 1, "cdef"}, {4, 1, 1, ""},
		{Omit, Omit, -2, "fdb"}, {-100, 2, 1, "ab"}, {5, -100, -2, "fdb"}, {0, 6, 4, "ae"},
	}
	for _, c := range cases {
		got := fmt.Sprint(Slice(letters, c.lo, c.hi, c.step))
		want := fmt.Sprint(slices.Collect(func(yield func(string) bool) {
			for _, r := range c.want {
				if !yield(string(r)) {
					return
				}
			}
		}))
		if got != want {
			t.Errorf("Slice(%d, %d, %d) = %s, want %s", c.lo, c.hi, c.step, got, want)
		}
		if s := SliceStr("abcdef", c.lo, c.hi, c.step); s != c.want {
			t.Errorf("SliceStr(%d, %d, %d) = %q, want %q", c.lo, c.hi, c.step, s, c.want)
		}
	}
}

func TestSliceCopies(t *testing.T) {
	xs := []int{1, 2, 3}
	ys := Slice(xs, Omit, Omit, 1)
	ys[0] = 9
	if xs[0] != 1 {
		t.Fatal("Slice aliases its input")
	}
}

func TestSliceStrCodePoints(t *testing.T) {
	if got := SliceStr("héllo", 1, 3, 1); got != "él" {
		t.Errorf("got %q", got)
	}
	if got := SliceStr("héllo", Omit, Omit, -1); got != "olléh" {
		t.Errorf("got %q", got)
	}
	if got := StrAt("héllo", -4); got != "é" {
		t.Errorf("got %q", got)
	}
	if e := Try(func() { StrAt("ab", 2) }); e == nil || e.Line() != "IndexError: string index out of range" {
		t.Errorf("StrAt out of range: %v", e)
	}
	if e := Try(func() { Slice([]int{1}, Omit, Omit, 0) }); e == nil || e.Line() != "ValueError: slice step cannot be zero" {
		t.Errorf("zero step: %v", e)
	}
}

func TestSetAndDelSlice(t *testing.T) {
	nums := []int{0, 1, 2, 3, 4, 5, 6, 7}
	SetSlice(&nums, 2, 4, []int{20, 30, 40})
	if fmt.Sprint(nums) != "[0 1 20 30 40 4 5 6 7]" {
		t.Errorf("SetSlice: %v", nums)
	}
	DelSlice(&nums, Omit, 3)
	if fmt.Sprint(nums) != "[30 40 4 5 6 7]" {
		t.Errorf("DelSlice: %v", nums)
	}
}

func ExampleSlice() {
	letters := []string{"a", "b", "c", "d"}
	fmt.Println(Slice(letters, Omit, Omit, -1), Slice(letters, 1, Omit, 2), SliceStr("Hello", -3, Omit, 1))
	// Output: [d c b a] [b d] llo
}
