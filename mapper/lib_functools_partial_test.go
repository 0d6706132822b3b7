package mapper_test

import (
	"strings"
	"testing"
)

// TestPartialAttributes pins p.func, p.args and p.keywords of a partial
// with constant bound values, and partial(int, base=N).
func TestPartialAttributes(t *testing.T) {
	src := "from functools import partial\ndef f(a, b, c=1):\n    return a + b + c\n" +
		"p = partial(f, 2, c=3)\nprint(p(1), p.func.__name__, p.args, p.keywords, p.func(1, 2))\n" +
		"q = partial(int, base=16)\nprint(q('ff'))\n"
	got, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatalf("%s", diags)
	}
	checkGo(t, got, []string{`"f", pyrt.Str(pyrt.Tuple1[int]{V0: 2})`, `[]string{"c"}, []int{3}`, "f(1, 2, 1)",
		"pyrt.ParseIntBase(text, base)", "}(16)"}, nil)
}

// TestPartialAttributesUnsupported pins the diagnostics of p.args and
// p.keywords when a bound value is computed: the partial evaluated it once.
func TestPartialAttributesUnsupported(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"from functools import partial\ndef f(a, b):\n    return a + b\nx = 2\np = partial(f, x)\nprint(p.args)\n", "t.py:6:7: unsupported: .args of a partial whose bound values are not constants"},
		{"from functools import partial\ndef f(a, b):\n    return a + b\nx = 2\np = partial(f, b=x)\nprint(p.keywords)\n", "t.py:6:7: unsupported: .keywords of a partial whose bound values are not constants"},
	} {
		_, diags := translate(t, c.src)
		if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), c.want) {
			t.Errorf("%q: got diagnostics\n%s\nwant prefix %q", c.src, diags, c.want)
		}
	}
}
