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
		{"x = 4\nprint(x in range(10), x in range(1, 9, 2), 4 in range(0, 10, 2), x in range(10, 0, -3))\n",
			[]string{"0 <= x && x < 10", "1 <= x && x < 9 && (x-1)%2 == 0", "pyrt.Str(true)", "0 < x && x <= 10 && (x-10)%-3 == 0"}, []string{"pyrt.Range"}},
		{"d = {'a': 1}\nprint(1 in d.values(), 'a' in d.keys(), 1 in d)\n",
			[]string{"slices.Contains(slices.Collect(maps.Values(d)), 1)", "pyrt.Str(false)"}, nil},
		{"print(0.1 + 0.2, 1e308 * 10, -0.0, 10 ** 15 * 1.0, 7 // -2, -7 % -2, 7 % -2, -7 // 2, 2 * 3)\n",
			[]string{"0.30000000000000004", "math.Inf(1)", "math.Copysign(0.0, -1.0)", "1e+15", "-4, -1, -1, -4, 2*3"}, nil},
		{"import math\nprint(math.pow(2, 8), math.log(8, 2), math.gcd(12, 18), math.isclose(0.1, 0.2), math.degrees(1), math.inf)\n",
			[]string{"math.Pow(2.0, 8.0)", "math.Log(8.0)/math.Log(2.0)", "pyrt.GCD(12, 18)", "pyrt.IsClose(0.1, 0.2, 1e-09, 0.0)", "1.0*57.29577951308232", "math.Inf(1)"}, nil},
		{"print(divmod(7.5, 2), divmod(7, 2))\n",
			[]string{"pyrt.DivModFloat(7.5, 2.0)", "pyrt.DivMod(7, 2)"}, nil},
		{"s = 'key: value'\nprint(s.partition(': '), s.find('e', 2), s.rfind('e'), s.isupper(), s.ljust(12, '.'), s.startswith(('k', 'v')))\n",
			[]string{`pyrt.Partition(s, ": ")`, `pyrt.FindFrom(s, "e", 2)`, `pyrt.RFind(s, "e")`, "pyrt.IsUpper(s)", "pyrt.LJust(s, 12, '.')", `strings.HasPrefix(s, "k") || strings.HasPrefix(s, "v")`}, nil},
		{"print('-'.join('ab'))\n",
			[]string{`strings.Join(strings.Split("ab", ""), "-")`}, nil},
		{"def f(n):\n    return 'ab' * n + 'x' * 2 + 'y' * -1\nprint(f(2), (None,) * 3)\n",
			[]string{`strings.Repeat("ab", max(n, 0))`, `strings.Repeat("x", 2)`, `strings.Repeat("y", 0)`, "pyrt.Tuple3[any, any, any]{V0: nil, V1: nil, V2: nil}"}, nil},
		{"import sys\nn = sys.stdout.write('hi\\n')\nsep = ', '\nprint(1, 2, sep=sep, end=None)\nprint(*range(3), sep='-')\nw = sys.stdout if n else sys.stderr\nprint('x', file=w)\n",
			[]string{`n := pyrt.WriteString(os.Stdout, "hi\n")`, `fmt.Printf("%d%s%d\n", 1, sep, 2)`, `fmt.Println(strings.Join(pyrt.Strs(pyrt.Range(0, 3, 1)), "-"))`, "func() *os.File {", `fmt.Fprintln(w, "x")`}, nil},
		{"import random\nrandom.seed(7)\nxs = [1, 2, 3]\nrandom.shuffle(xs)\nprint(random.random(), random.randint(1, 6), random.choice(xs), random.sample(xs, 2))\n",
			[]string{"pyrt.Seed(7)", "pyrt.Shuffle(xs)", "pyrt.Random()", "pyrt.RandInt(1, 6)", "pyrt.Choice(xs)", "pyrt.Sample(xs, 2)"}, []string{"math/rand"}},
		{"import random\nxs = [1, 2, 3]\nprint(random.randint(1, 6), random.sample(xs, 2))\n",
			[]string{"rand.IntN(", "pyrt.Sample(xs, 2)"}, []string{"pyrt.RandInt"}},
		{"x = float('inf')\nprint(f'{x:.2f}')\n",
			[]string{`pyrt.Format(x, ".2f")`}, nil},
		{"x = 2.5\nprint(f'{x:.2f}')\n",
			[]string{`fmt.Printf("%.2f\n", x)`}, nil},
	}
	for _, c := range cases {
		got, diags := translate(t, c.src)
		if diags.HasErrors() {
			t.Errorf("%q: %s", c.src, diags)
			continue
		}
		checkGo(t, got, c.want, c.not)
	}
}

// TestStrMathUnsupported pins the diagnostics for what has no faithful Go.
func TestStrMathUnsupported(t *testing.T) {
	cases := []struct{ src, want string }{
		{"def f():\n    print('x')\nif f():\n    pass\n", "t.py:3:4: unsupported: truth value of a None"},
		{"print(9223372036854775807 + 1)\n", "t.py:1:7: unsupported: integer constant 9223372036854775808 does not fit in 64 bits"},
		{"xs = [1]\nprint(max(*xs))\n", "t.py:2:7: unsupported: * or ** arguments in a call of max()"},
		{"def f():\n    return 'ab'\nprint(f().startswith(('a', 'b')))\n", "t.py:3:7: unsupported: str.startswith of a tuple on a computed string"},
		{"print('ab'.center(5, 'xy'))\n", "t.py:1:22: unsupported: str.center fill that is not a one-character literal"},
		{"def f():\n    return ' '\nprint(1, 2, sep=f())\n", "t.py:3:17: unsupported: print sep= that is a str expression"},
	}
	for _, c := range cases {
		_, diags := translate(t, c.src)
		if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), c.want) {
			t.Errorf("%q: got diagnostics\n%s\nwant prefix %q", c.src, diags, c.want)
		}
	}
}
