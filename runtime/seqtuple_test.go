package runtime

import "testing"

// TestSeqTuple checks that a SeqTuple prints, compares and hashes as the
// Python tuple of its items.
func TestSeqTuple(t *testing.T) {
	for _, c := range []struct {
		v    SeqTuple[int]
		want string
	}{{SeqTuple[int]{}, "()"}, {SeqTuple[int]{1}, "(1,)"}, {SeqTuple[int]{1, 3}, "(1, 3)"}} {
		if got := Str(c.v); got != c.want {
			t.Errorf("Str(%v) = %q, want %q", []int(c.v), got, c.want)
		}
	}
	if got := Repr([]SeqTuple[string]{{"a"}}); got != "[('a',)]" {
		t.Errorf("nested repr = %s", got)
	}
	if Compare(SeqTuple[int]{1, 2}, SeqTuple[int]{1, 3}) >= 0 {
		t.Errorf("(1, 2) must order before (1, 3)")
	}
	if Hash(SeqTuple[int]{1, 2}) != Hash(Tuple2[int, int]{V0: 1, V1: 2}) {
		t.Errorf("hash((1, 2)) differs between tuple types")
	}
}
