package mapper_test

import (
	"strings"
	"testing"
)

func TestContextManager(t *testing.T) {
	const helper = "from contextlib import contextmanager\n@contextmanager\ndef tag(n):\n    print('<')\n    try:\n        yield n * 2\n    finally:\n        print('>')\n"
	got, diags := translate(t, helper+"def f():\n    with tag(1) as v:\n        print(v)\nf()\nwith tag(2) as w:\n    print(w)\n")
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %s", diags)
	}
	for _, want := range []string{
		"func tag(n int) (int, func()) {",
		"return pyrt.MulInt(n, 2), func() {",
		"v, done = tag(1)\n\tdefer done()", // the with ends f: deferred
		"w, done = tag(2)\n\tfmt.Println(w)\n\tdone()",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}

func TestContextManagerUnsupported(t *testing.T) {
	cases := []struct{ src, want string }{
		{"from contextlib import contextmanager\n@contextmanager\ndef two():\n    yield 1\n    yield 2\nwith two() as x:\n    print(x)\n",
			"t.py:3:1: unsupported: contextmanager two"},
		{"from contextlib import contextmanager\n@contextmanager\ndef one():\n    yield 1\nprint(one())\n",
			"t.py:5:7: unsupported: calling contextmanager one outside a with statement"},
		{"from contextlib import contextmanager\n@contextmanager\ndef one():\n    yield 1\n    print('after')\nwith one():\n    raise ValueError('x')\n",
			"t.py:6:6: unsupported: a with body that raises"},
	}
	for _, tc := range cases {
		_, diags := translate(t, tc.src)
		if !strings.Contains(diags.String(), tc.want) {
			t.Errorf("diagnostics %q do not contain %q", diags.String(), tc.want)
		}
	}
}
