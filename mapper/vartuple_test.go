package mapper_test

import (
	"strings"
	"testing"
)

const totalOf = "def total(xs: tuple[int, ...]) -> int:\n    s = 0\n    for x in xs:\n        s += x\n    return s\n"

// TestVarTupleParam pins a tuple[T, ...] parameter as a pyrt.SeqTuple,
// with the tuples of several lengths the calls pass converted to it.
func TestVarTupleParam(t *testing.T) {
	got, diags := translate(t, totalOf+"t = (5, 6, 7)\nprint(total((1, 2)), total(()), total(t), total(xs=(3,)))\n")
	if diags.HasErrors() {
		t.Fatalf("%s", diags)
	}
	checkGo(t, got, []string{"func total(xs pyrt.SeqTuple[int]) int {", "total(pyrt.SeqTuple[int]{1, 2})", "total(pyrt.SeqTuple[int]{})",
		"total(pyrt.SeqTuple[int]{t.V0, t.V1, t.V2})", "total(pyrt.SeqTuple[int]{3})"}, nil)
}

// TestVarTupleParamUnsupported pins the diagnostic at the annotation when
// the tuples passed have items of several types.
func TestVarTupleParamUnsupported(t *testing.T) {
	_, diags := translate(t, totalOf+"print(total((1, 2)), total(('a',)))\n")
	want := "t.py:1:15: unsupported: parameter xs of total receives tuples whose items have no single type"
	if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), want) {
		t.Errorf("got diagnostics\n%s\nwant prefix %q", diags, want)
	}
}
