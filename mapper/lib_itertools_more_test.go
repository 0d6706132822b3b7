package mapper_test

import (
	"strings"
	"testing"
)

// TestItertoolsMore pins the Go of chain.from_iterable, product with
// repeat, permutations, combinations, accumulate and groupby.
func TestItertoolsMore(t *testing.T) {
	src := "import itertools\nxs = [1, 2, 3]\n" +
		"print(list(itertools.chain.from_iterable([[1], [2, 3]])))\n" +
		"print(list(itertools.product(xs, repeat=2)), list(itertools.product(range(2), repeat=3)), list(itertools.product(xs, 'ab', xs)))\n" +
		"print(list(itertools.permutations(xs, 2)), list(itertools.combinations('abc', 3)), list(itertools.permutations((1, 2))))\n" +
		"print(list(itertools.accumulate(xs)))\n" +
		"for k, g in itertools.groupby(xs, key=lambda x: x % 2):\n    print(k, list(g))\n" +
		"for k, g in itertools.groupby('aab'):\n    print(k, len(g))\n"
	got, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatalf("%s", diags)
	}
	checkGo(t, got, []string{
		"slices.Concat([][]int{[]int{1}, []int{2, 3}}...)",
		"pyrt.Product2(xs, xs)", "func(xs []int) []pyrt.Tuple3[int, int, int] {", "pyrt.Product3(xs, strings.Split(\"ab\", \"\"), xs)",
		"pyrt.Permutations2(xs)", `pyrt.Combinations3(strings.Split("abc", ""))`, "pyrt.Permutations2([]int{1, 2})",
		"pyrt.Accumulate(xs)", "pyrt.GroupBy(xs, func(x int) int {", "pyrt.GroupBy(strings.Split(\"aab\", \"\"), func(x string) string {",
	}, nil)
}

// TestItertoolsMoreUnsupported pins the diagnostics of the forms left out.
func TestItertoolsMoreUnsupported(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"import itertools\nprint(list(itertools.combinations([1, 2, 3, 4], 4)))\n", "t.py:2:12: unsupported: itertools.combinations other than with r of 2 or 3"},
		{"import itertools\nprint(list(itertools.product([1], repeat=4)))\n", "t.py:2:12: unsupported: itertools.product other than of two or three iterables"},
		{"import itertools, operator\nprint(list(itertools.accumulate([1, 2], operator.mul)))\n", "t.py:2:12: unsupported: itertools.accumulate other than the running sums"},
	} {
		_, diags := translate(t, c.src)
		if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), c.want) {
			t.Errorf("%q: got diagnostics\n%s\nwant prefix %q", c.src, diags, c.want)
		}
	}
}
