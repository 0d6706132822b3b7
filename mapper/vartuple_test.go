package mapper_test

import (
	"strings"
	"testing"
)

// TestVarTupleParam pins the diagnostic for a tuple[T, ...] parameter
// passed tuples of several lengths, and its absence for one length.
func TestVarTupleParam(t *testing.T) {
	f := "def total(xs: tuple[int, ...]) -> int:\n    s = 0\n    for x in xs:\n        s += x\n    return s\n"
	_, diags := translate(t, f+"print(total((1, 2)), total(()))\n")
	want := "t.py:1:15: unsupported: parameter xs of total receives tuples of different lengths"
	if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), want) {
		t.Errorf("got diagnostics\n%s\nwant prefix %q", diags, want)
	}
	if _, diags := translate(t, f+"print(total((1, 2)), total((3, 4)))\n"); diags.HasErrors() {
		t.Errorf("one tuple length: %s", diags)
	}
}
