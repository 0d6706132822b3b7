package mapper_test

import (
	"strings"
	"testing"
)

// TestLazyGenerator pins a generator expression over an endless iterator
// as an iter.Seq that islice and for loops consume lazily, and the
// diagnostic where a consumer would need all of it.
func TestLazyGenerator(t *testing.T) {
	src := "import itertools\nevens = (x for x in itertools.count() if x % 2 == 0)\nprint(list(itertools.islice(evens, 3)))\n"
	got, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatalf("%s", diags)
	}
	checkGo(t, got, []string{"evens := iter.Seq[int](func(yield func(int) bool) {", "if !yield(x) {", "pyrt.IsliceSeq(evens, 0, 3, 1)"}, []string{"slices.Collect(evens)"})

	_, diags = translate(t, "import itertools\ng = (str(i) for i in itertools.cycle([1]))\nfor a, b in zip(g, [1, 2]):\n    print(a, b)\n")
	if want := "t.py:3:17: unsupported: zip over a generator of an endless iterator"; !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), want) {
		t.Errorf("got diagnostics\n%s\nwant prefix %q", diags, want)
	}
}
