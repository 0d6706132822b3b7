package mapper_test

import (
	"strings"
	"testing"
)

// TestReduceLibFuncs pins reduce with operator functions and max/min.
func TestReduceLibFuncs(t *testing.T) {
	src := "import operator\nfrom functools import reduce\n" +
		"print(reduce(operator.mul, range(1, 6)), reduce(operator.add, [], 0), reduce(max, [3, 9]), reduce(operator.add, ['a', 'b']))\n" +
		"print(reduce(operator.sub, [1.5, 2.0]))\n"
	got, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatalf("%s", diags)
	}
	checkGo(t, got, []string{"pyrt.Reduce1(pyrt.MulInt, pyrt.Range(1, 6, 1))", "pyrt.Reduce(pyrt.AddInt, []int{}, 0)",
		"return max(a, b)", "func(a string, b string) string {", "return a - b"}, nil)
	for _, c := range []struct{ src, want string }{
		{"import operator\nfrom functools import reduce\nprint(reduce(operator.add, [1, 2], 0.5))\n", "t.py:3:7: unsupported: functools.reduce(operator.add, ...)"},
		{"import operator\nfrom functools import reduce\nprint(reduce(operator.mul, ['a', 'b']))\n", "t.py:3:7: unsupported: functools.reduce(operator.mul, ...) over values of type str"},
	} {
		_, diags := translate(t, c.src)
		if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), c.want) {
			t.Errorf("%q: got diagnostics\n%s\nwant prefix %q", c.src, diags, c.want)
		}
	}
}
