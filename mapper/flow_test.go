package mapper_test

import (
	"strings"
	"testing"
)

// TestFlowIdioms pins the Go written for loops with else, comprehensions,
// unpacking loops and by-reference parameters.
func TestFlowIdioms(t *testing.T) {
	cases := []struct {
		name, src string
		want, not []string
	}{
		{"for-else with break sets a flag",
			"def f(n):\n    for d in range(2, n):\n        if n % d == 0:\n            break\n    else:\n        print('prime')\nf(7)\n",
			[]string{"broke := false", "broke = true\n\t\t\tbreak", "if !broke {"}, nil},
		{"while-else without break runs the else after the loop",
			"n = 3\nwhile n > 0:\n    n -= 1\nelse:\n    print('done')\n",
			[]string{"for n > 0 {", "}\n\tfmt.Println(\"done\")"}, []string{"broke"}},
		{"a break of an inner loop does not set the outer flag",
			"for i in range(3):\n    for j in range(3):\n        break\nelse:\n    print('all')\n",
			nil, []string{"broke"}},
		{"iterating a string converts each rune",
			"for ch in 'abc':\n    print(ch)\n",
			[]string{"for _, r := range \"abc\" {", "ch := string(r)"}, nil},
		{"comprehension with two for clauses nests loops",
			"m = [[1, 2], [3]]\nprint([x for row in m for x in row if x > 1])\n",
			[]string{"for _, row := range m {", "for _, x := range row {", "if x > 1 {"}, nil},
		{"set comprehension fills a set",
			"print({x % 3 for x in range(10)})\n",
			[]string{"out := pyrt.NewSet[int]()", "out.Add(x % 3)"}, nil},
		{"dict comprehension over items unpacks",
			"d = {1: 'a'}\nprint({v: k for k, v in d.items()})\n",
			[]string{"for k, v := range d.All() {", "out.Set(v, k)"}, nil},
		{"nested unpacking in an enumerate loop",
			"for i, (a, b) in enumerate([('x', 1)]):\n    print(i, a, b)\n",
			[]string{"for i, p := range", "a := p.V0", "b := p.V1"}, nil},
		{"zip loop indexes the shortest list",
			"xs = [1, 2]\nys = ['a', 'b', 'c']\nfor x, y in zip(xs, ys):\n    print(x, y)\n",
			[]string{"for i := range min(len(xs), len(ys)) {", "x := xs[i]", "y := ys[i]"}, nil},
		{"rebinding a by-reference list parameter moves the pointer",
			"def f(x, t=None):\n    if t is None:\n        t = []\n    t.append(x)\n    return t\nprint(f(1))\n",
			[]string{"if t == nil {", "t = &[]int{}", "f(1, nil)"}, []string{"&nil"}},
		{"an empty list stored in a field takes the field's type",
			"class A:\n    def __init__(self):\n        self.xs = []\n    def add(self, v):\n        self.xs.append(v)\na = A()\na.add('s')\nprint(a.xs)\n",
			[]string{"a.xs = []string{}"}, []string{"[]any"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, diags := translate(t, c.src)
			if diags.HasErrors() {
				t.Fatalf("translation failed:\n%s", diags)
			}
			checkGo(t, got, c.want, c.not)
		})
	}
}

// TestFlowSlicing pins slices, string indexes, del and starred unpacking.
func TestFlowSlicing(t *testing.T) {
	cases := []struct{ src, want string }{
		{"xs = [1, 2, 3]\nprint(xs[::-1])\n", "pyrt.Slice(xs, pyrt.Omit, pyrt.Omit, -1)"},
		{"xs = [1, 2, 3]\nys = xs[:]\nprint(ys)\n", "ys := slices.Clone(xs)"},
		{"s = 'abc'\nprint(s[1:], s[0])\n", "pyrt.SliceStr(s, 1, pyrt.Omit, 1), pyrt.StrAt(s, 0)"},
		{"t = (1, 'a', 2.5)\nprint(t[1:])\n", "pyrt.Tuple2[string, float64]{V0: t.V1, V1: t.V2}"},
		{"xs = [1, 2, 3]\nxs[0:1] = [7, 8]\nprint(xs)\n", "pyrt.SetSlice(&xs, 0, 1, []int{7, 8})"},
		{"xs = [1, 2, 3]\ndel xs[:2]\ndel xs[-1]\nprint(xs)\n", "pyrt.DelSlice(&xs, pyrt.Omit, 2)\n\tpyrt.PopAt(&xs, -1)"},
		{"d = {'a': 1}\ndel d['a']\nprint(d)\n", `d.Pop("a")`},
		{"first, *rest = [1, 2, 3]\nprint(first, rest)\n", "rest = slices.Clone(t[1:])"},
		{"*init, last = 'abc'\nprint(init, last)\n", `strings.Split("abc", "")`},
	}
	for _, c := range cases {
		got, diags := translate(t, c.src)
		if diags.HasErrors() {
			t.Errorf("%q: %s", c.src, diags)
			continue
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("%q: missing %q in:\n%s", c.src, c.want, got)
		}
	}
}

// TestFlowFormatting pins str.format lookups and nested f-string specs.
func TestFlowFormatting(t *testing.T) {
	cases := []struct{ src, want string }{
		{"print('{0[1]} {1[k]}'.format(['x', 'y'], {'k': 'v'}))\n",
			`pyrt.FormatString("{2} {3}", []any{[]string{"x", "y"}, pyrt.DictOf([]string{"k"}, []string{"v"}), []string{"x", "y"}[1], pyrt.DictOf([]string{"k"}, []string{"v"}).At("k")}, nil)`},
		{"print('{} {a[0]}'.format(1, a=[2]))\n", `pyrt.FormatString("{0} {1}", []any{1, []int{2}[0]}`},
		{"v = 2.5\nw = 8\nprint(f'[{v:{w}.2f}]')\n", `pyrt.Format(v, fmt.Sprintf("%d.2f", w))`},
		{"s = 'q'\nprint(f'{s!r:>5}')\n", `pyrt.Format(pyrt.Repr(s), ">5")`},
		{"late = [lambda: i for i in range(3)]\nprint([f() for f in late])\n", "var i int\n\t\tout := []func() int{}\n\t\tfor i = range 3 {"},
		{"print(2 ** -1, 2 ** 3)\n", "math.Pow(2.0, -1.0)), 8)"},
		{"def f(x):\n    def g(y):\n        return x * y\n    return g\nh = f(2)\nprint(h(3))\n", "h := f(2)"},
	}
	for _, c := range cases {
		got, diags := translate(t, c.src)
		if diags.HasErrors() {
			t.Errorf("%q: %s", c.src, diags)
			continue
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("%q: missing %q in:\n%s", c.src, c.want, got)
		}
	}
}

func TestLoopVariableReadOnlyByADroppedThreadName(t *testing.T) {
	src := "import threading\ndef w():\n    pass\nfor i in range(3):\n    threading.Thread(target=w, daemon=True, name=f'w{i}').start()\n"
	got, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if !strings.Contains(got, "for range 3 {") {
		t.Errorf("the unused loop variable is kept:\n%s", got)
	}
}

// TestTupleOperators pins fixed-size tuple operators: concatenation and
// repetition field by field, ordering with cmp.Or, index raising
// ValueError, and len as a constant.
func TestTupleOperators(t *testing.T) {
	src := "p = 3, 4\nprint(p + (5,), p * 2, p.index(4), (1, 2) < (1, 3), len(p))\n"
	out, diags := translate(t, src)
	if diags.HasErrors() {
		t.Fatalf("diagnostics:\n%s", diags)
	}
	checkGo(t, out, []string{
		"pyrt.Tuple3[int, int, int]{V0: p.V0, V1: p.V1, V2: 5}",
		"pyrt.Tuple4[int, int, int, int]{V0: p.V0, V1: p.V1, V2: p.V0, V3: p.V1}",
		`pyrt.IndexOf([]int{p.V0, p.V1}, 4, "tuple.index(x): x not in tuple")`,
		"cmp.Or(cmp.Compare(1, 1), cmp.Compare(2, 3)) < 0",
		", 2)",
	}, nil)
}
