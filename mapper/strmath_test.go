package mapper_test

import (
	"strings"
	"testing"
)

// TestStrMathIdioms pins the Go chosen for truth values, `and`/`or` used
// for their value, str methods, math, random and print options.
func TestStrMathIdioms(t *testing.T) {
	cases := []struct {
		src       string
		want, not []string
	}{
		{"def g(name):\n    return name or 'anonymous'\nprint(g(''))\n",
			[]string{`cmp.Or(name, "anonymous")`}, []string{"func()"}},
		{"print(0 and 5, 3 and 5, None or 0, 'x' or 'y')\n",
			[]string{`fmt.Println(0, 5, 0, "x")`}, nil},
		{"def f():\n    return str(len([]))\nprint('a' or f(), f() or 'b', f() or f())\n",
			[]string{`"a", cmp.Or(f(), "b")`, "if v := f(); v != \"\" {\n\t\t\treturn v\n\t\t}\n\t\treturn f()"}, nil},
		{"import threading\ne = threading.Event()\nx = e.wait() and 'done'\nprint(x)\n",
			[]string{"func() any {", "if v := e.Wait(-1); !v {"}, nil},
		{"def f(x):\n    return x or 7\nprint(f(None), f(3))\n",
			[]string{"if pyrt.Truth(x) {", "return x.(int)", "func f(x any) int"}, nil},
		{"for v in [0, '', None, [1]]:\n    if v:\n        print(v)\n",
			[]string{"if pyrt.Truth(v) {"}, []string{"v != nil"}},
		{"print(bool(None))\n",
			[]string{"false"}, nil},
	}
	for _, c := range cases {
		got, diags := translate(t, c.src)
		if diags.HasErrors() {
			t.Errorf("%q: %s", c.src, diags)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q: output lacks %q:\n%s", c.src, w, got)
			}
		}
		for _, w := range c.not {
			if strings.Contains(got, w) {
				t.Errorf("%q: output has %q:\n%s", c.src, w, got)
			}
		}
	}
}

// TestStrMathUnsupported pins the diagnostics for what has no faithful Go.
func TestStrMathUnsupported(t *testing.T) {
	cases := []struct{ src, want string }{
		{"def f():\n    print('x')\nif f():\n    pass\n", "t.py:3:4: unsupported: truth value of a None"},
	}
	for _, c := range cases {
		_, diags := translate(t, c.src)
		if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), c.want) {
			t.Errorf("%q: got diagnostics\n%s\nwant prefix %q", c.src, diags, c.want)
		}
	}
}
