package mapper_test

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/emit"
	"github.com/py2goconc/py2goconc/mapper"
	"github.com/py2goconc/py2goconc/parser"
)

// TestNumTypeIdioms pins where a value that is an int at some times and a
// float at others becomes a pyrt.Num, and where it stays a plain Go int or
// float64.
func TestNumTypeIdioms(t *testing.T) {
	cases := []struct {
		name, src string
		want, not []string
	}{
		{"a list literal mixing ints and floats keeps each element's type",
			"xs = [1, 2.0, 3]\nprint(sum(xs), max(xs), min(xs), xs)\n",
			[]string{"xs := []pyrt.Num{pyrt.Int(1), pyrt.Float(2.0), pyrt.Int(3)}", "pyrt.SumNums(xs)",
				"slices.MaxFunc(xs, pyrt.Num.Cmp)", "slices.MinFunc(xs, pyrt.Num.Cmp)"},
			[]string{"float64"}},
		{"a parameter fed an int by one call and a float by its default",
			"def wait(timeout=1.5):\n    return f'timeout {timeout}'\nprint(wait(), wait(3))\n",
			[]string{"func wait(timeout pyrt.Num) string", `fmt.Sprintf("timeout %v", timeout)`, "wait(pyrt.Float(1.5))", "wait(pyrt.Int(3))"},
			nil},
		{"an attribute set from an int in one instance and a float in another",
			"class Box:\n    def __init__(self, w, h):\n        self.w = w\n        self.h = h\n    def area(self):\n        return self.w * self.h\nfor b in [Box(2, 3), Box(1.5, 2)]:\n    print(b.area(), b.w == b.h)\n",
			[]string{"w pyrt.Num", "h int", "return b.w.Mul(pyrt.Int(b.h))", "b.w.Equal(pyrt.Int(b.h))", "func (b *Box) area() pyrt.Num"},
			nil},
		{"a comparison with a constant on the left reads from the number's side",
			"def f(t):\n    return 0 <= t < 15\nprint(f(3), f(2.5))\n",
			[]string{"t.Cmp(pyrt.Int(0)) >= 0 && t.Cmp(pyrt.Int(15)) < 0"}, nil},
		{"arithmetic with a known float is a float; / is always one",
			"def f(x):\n    return x\na = f(1)\nb = f(2.5)\nprint(a + 0.5, a / 2, a // 2, -a, abs(b), int(b), float(a))\n",
			[]string{"a.Float()+0.5", "pyrt.FormatFloat(a.TrueDiv(pyrt.Int(2)))", "a.FloorDiv(pyrt.Int(2))", "a.Neg()", "b.Abs()", "b.Int()", "pyrt.FormatFloat(a.Float())"},
			nil},
		{"an accumulator started at an int constant stays a float64",
			"total = 0\nfor p in [1.5, 2.5]:\n    total += p\nprint(total)\n",
			[]string{"total := 0.0", "total += p"}, []string{"pyrt.Num"}},
		{"a variable rebound from ints to a float in a loop body is a Num",
			"for i in range(2):\n    v = i\n    print(v)\n    v = v + 0.5\n    print(v)\n",
			[]string{"v := pyrt.Int(i)", "v = pyrt.Float(v.Float() + 0.5)"}, nil},
		{"a variable rebound from ints to a float in straight-line code becomes two",
			"total = 0\nfor x in [1, 2]:\n    total += x\nprint(total)\ntotal = total / 4\nprint(total)\ntotal *= 2\n",
			[]string{"total := 0", "fmt.Println(total)", "total2 := float64(total) / 4.0", "pyrt.FormatFloat(total2)", "total2 *= 2.0"}, []string{"pyrt.Num"}},
		{"an augmented rebinding splits too, and the new name avoids the names in the source",
			"def f():\n    x = 2\n    x **= 5\n    x /= 4\n    return x\nx2 = f()\nprint(x2)\n",
			[]string{"x := 2", "x = pyrt.PowInt(x, 5)", "x3 := float64(x) / 4.0", "return x3"}, []string{"pyrt.Num"}},
		{"an int constant printed before the rebinding splits a float64 variable",
			"count = 1\nprint(count)\ncount = count / 2\nprint(count)\n",
			[]string{"count := 1", "count2 := float64(count) / 2.0"}, nil},
		{"an int read only by the rebinding itself stays one float64",
			"x = 1\nx = x + 0.5\nprint(x)\n",
			[]string{"x := 1.0"}, []string{"x2"}},
		{"no split when a function reads the variable",
			"level = 1\nprint(level)\nlevel = level / 2\ndef show():\n    print(level)\nshow()\n",
			[]string{"var level"}, []string{"level2"}},
		{"no split when a lambda mentions the variable",
			"n = 3\nprint(n)\nn = n * 0.5\nshow = lambda: n\nprint(show())\n",
			nil, []string{"n2"}},
		{"an attribute accumulating floats from an int constant stays a float64",
			"class A:\n    def __init__(self):\n        self.balance = 0\n    def add(self, x):\n        self.balance += x\na = A()\na.add(2.5)\nprint(a.balance)\n",
			[]string{"balance float64"}, []string{"pyrt.Num"}},
		{"sum with a start adds the start first; a float start makes a float64",
			"xs = [1, 2.5]\nprint(sum(xs, 10), sum(xs, 0.0))\n",
			[]string{"pyrt.SumNumsFrom(pyrt.Int(10), xs)", "pyrt.FormatFloat(pyrt.SumNumsFrom(pyrt.Float(0.0), xs).Float())"}, nil},
		{"sum of floats stays a float64",
			"print(sum([0.1, 0.2]))\n",
			[]string{"pyrt.FormatFloat(pyrt.Sum([]float64{0.1, 0.2}))"}, []string{"pyrt.Num"}},
		{"a tuple priority that is an int or a float orders with Cmp",
			"pairs = [(2, 'a'), (0.5, 'b')]\npairs.sort()\nprint(pairs)\n",
			[]string{"cmp.Or(a.V0.Cmp(b.V0), cmp.Compare(a.V1, b.V1))", "V0: pyrt.Float(0.5)"}, nil},
		{"membership, isinstance and truth test by value",
			"xs = [1, 2.5]\nfor x in xs:\n    if x and isinstance(x, int):\n        print(1.0 in xs, xs.index(x))\n",
			[]string{"slices.ContainsFunc(xs, pyrt.Float(1.0).Equal)", "pyrt.IndexNum(xs, x)", "x.Bool() && !x.IsFloat()"}, nil},
		{"a format spec with a precision formats the float value with Go's verb",
			"for s in [9.5, 10]:\n    print(f'{s:6.2f}')\n",
			[]string{`fmt.Printf("%6.2f\n", s.Float())`}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, diags := translate(t, c.src)
			if diags.HasErrors() {
				t.Fatalf("unexpected diagnostics: %s", diags)
			}
			checkGo(t, out, c.want, c.not)
		})
	}
}

// TestNumTypeDiagnostics pins the int-or-float uses that are reported.
func TestNumTypeDiagnostics(t *testing.T) {
	_, diags := translate(t, "xs = [1, 2.5]\nprint(xs[xs[0]])\n")
	if got := diags.String(); !strings.Contains(got, "t.py:2:10") || !strings.Contains(got, "convert it with int()") {
		t.Errorf("an int-or-float list index must be reported at it, got %q", got)
	}
}

// TestNumSplitLeavesTheCallersASTAlone checks that splitting an
// int-then-float variable maps a fresh parse, not the File it was given.
func TestNumSplitLeavesTheCallersASTAlone(t *testing.T) {
	src := "total = 1\nprint(total)\ntotal = total / 2\nprint(total)\n"
	f, diags := parser.Parse("t.py", []byte(src))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	out, mdiags := mapper.Map(f)
	if mdiags.HasErrors() || out == nil {
		t.Fatalf("map: %s", mdiags)
	}
	goSrc, err := emit.File(out)
	if err != nil {
		t.Fatal(err)
	}
	checkGo(t, string(goSrc), []string{"total2 := float64(total) / 2.0"}, nil)
	assign := f.Module.Body[2].(*ast.Assign)
	if name := assign.Targets[0].(*ast.Name); name.Id != "total" {
		t.Errorf("the caller's AST was renamed: target is %q", name.Id)
	}
}
