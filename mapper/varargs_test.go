package mapper_test

import (
	"strings"
	"testing"
)

// TestStarParams pins the Go of *args, keyword-only and **kwargs
// parameters and of star arguments at call sites.
func TestStarParams(t *testing.T) {
	cases := []struct {
		name, src string
		want, not []string
	}{
		{"*args is a Go variadic of the join of the extra arguments",
			"def total(*numbers):\n    return sum(numbers)\nprint(total(1, 2), total(), total(3))\n",
			[]string{"func total(numbers ...int) int", "total(1, 2), total(), total(3)"}, nil},
		{"a *args tuple prints as a tuple and is named tuple",
			"def f(*args):\n    print(args, type(args).__name__)\nf(1)\n",
			[]string{"pyrt.Str(pyrt.TupleOf(args))", `"tuple"`}, nil},
		{"a list spread into *args is passed on with ...",
			"def f(*args):\n    return len(args)\nxs = [1, 2]\nprint(f(*xs))\n",
			[]string{"f(xs...)"}, nil},
		{"positional arguments before a spread list are joined into one slice",
			"def f(*args):\n    return len(args)\nxs = [1, 2]\nprint(f(0, *xs))\n",
			[]string{"f(append([]int{0}, xs...)...)"}, nil},
		{"a tuple display spread fills named parameters",
			"def f(a, b):\n    return a + b\nprint(f(*(1, 2)))\n",
			[]string{"f(1, 2)"}, nil},
		{"keywords that match no parameter make the **kwargs dict, in call order",
			"def f(name, **opts):\n    print(name, opts)\nf('a', z=1, y=2)\n",
			[]string{`pyrt.DictOf([]string{"z", "y"}, []int{1, 2})`, "func f(name string, opts *pyrt.Dict[string, int])"}, nil},
		{"a **kwargs dict nobody iterates is a map",
			"def f(**opts):\n    return opts['a']\nprint(f(a=1))\n",
			[]string{`map[string]int{"a": 1}`}, nil},
		{"a dict display spread becomes keywords",
			"def f(a, b=2):\n    return a * b\nprint(f(**{'a': 3}))\n",
			[]string{"f(3, 2)"}, nil},
		{"a dict variable spread into **kwargs is copied",
			"def f(**opts):\n    print(opts)\nd = {'a': 1}\nf(**d)\n",
			[]string{"f(d.Copy())"}, nil},
		{"keyword-only parameters take keywords and defaults",
			"def f(a, *rest, sep='-', end):\n    return sep.join(rest) + end\nprint(f(1, 'x', 'y', end='!'))\n",
			[]string{`f(1, "-", "!", "x", "y")`, "func f(a int, sep string, end string, rest ...string) string"}, nil},
		{"(first,) + rest concatenates into a new slice",
			"def f(first, *rest):\n    return len((first,) + rest)\nprint(f(1, 2))\n",
			[]string{"slices.Concat([]int{first}, rest)"}, nil},
		{"forwarding *args and **kwargs binds each named parameter at run time",
			"def g(a, b=0):\n    return a + b\ndef w(*args, **kwargs):\n    return g(*args, **kwargs)\nprint(w(1, b=2))\n",
			[]string{"if len(args) > 0 {\n\t\t\treturn args[0]", `kwargs.Get("b"); ok`, "return 0", `"g() missing 1 required positional argument: 'a'"`,
				`pyrt.CheckForward("g", len(args), 1, 2, kwargs.Keys(), []string{"a", "b"}, 0, false)`}, nil},
		{"a thread target with **kwargs gets its extra keywords as the dict",
			"import threading\ndef f(n, **kw):\n    print(n, kw)\nt = threading.Thread(target=f, args=(1,), kwargs={'x': 2})\nt.start()\nt.join()\n",
			[]string{`f(1, pyrt.DictOf([]string{"x"}, []int{2}))`}, nil},
		{"msg % args formats with the *args tuple",
			"def log(msg, *args):\n    print(msg % args)\nlog('%d-%d', 1, 2)\n",
			[]string{"pyrt.PercentValue(msg, pyrt.TupleOf(args))"}, nil},
		{"a constructor takes the __init__'s *args as its variadic",
			"class Box:\n    def __init__(self, *items):\n        self.items = list(items)\nb = Box(1, 2)\nprint(b.items)\n",
			[]string{"func newBox(items ...int) *Box", "newBox(1, 2)"}, nil},
		{"a nested function with *args is a variadic function literal",
			"def outer():\n    def inner(*xs):\n        return len(xs)\n    return inner(1, 2)\nprint(outer())\n",
			[]string{"inner := func(xs ...int) int"}, nil},
		{"a *args read but never given extra arguments holds values of type any",
			"def f(*a):\n    return a[0]\nprint(f())\n",
			[]string{"func f(a ...any) any"}, nil},
		{"a, b = zip(*rows) transposes with the runtime",
			"pairs = [(1, 'a'), (2, 'b')]\nnums, chars = zip(*pairs)\nprint(nums, chars)\n",
			[]string{"pyrt.Unzip2(pairs)", "pyrt.TupleOf(nums)"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, diags := translate(t, c.src)
			if diags.HasErrors() {
				t.Fatalf("diagnostics:\n%s", diags)
			}
			checkGo(t, out, c.want, c.not)
		})
	}
}

// TestStarUnsupported pins the diagnostics of the star forms that have no
// static Go: each names the construct and the way around it.
func TestStarUnsupported(t *testing.T) {
	cases := []struct{ src, want string }{
		{"def f(a, b):\n    return a\nprint(f(*sorted([1, 2])))\n", "t.py:3:10: unsupported: *sorted(...) of a list into the named parameters of f; Go needs the number of arguments"},
		{"def f(a, **kw):\n    return a\nd = {'a': 1}\nprint(f(**d))\n", "t.py:4:11: unsupported: **d may fill parameter 'a' of f as well as its **kw"},
		{"def f(**kw):\n    return kw\nd = {'a': 1}\nprint(f(b=2, **d))\n", "t.py:4:16: unsupported: **d together with other extra keywords of f; merge them into one dict first"},
		{"f = lambda *a: a\nprint(f(1))\n", "t.py:1:5: unsupported: *, ** or keyword-only parameters of a lambda; write a def"},
		{"def f(a):\n    return a\nprint(f(1, 2))\n", "t.py:3:12: too many arguments to f"},
		{"def f(**kw):\n    return kw\nprint(f(1))\n", "t.py:3:9: too many arguments to f"},
		{"def f(a, **kw):\n    return a\nprint(f(1, a=2))\n", "t.py:3:14: f() got multiple values for argument 'a'"},
		{"import functools\ndef f(*a):\n    return a\ng = functools.partial(f, 1)\nprint(g(2))\n", "t.py:4:5: unsupported: functools.partial other than of a function defined in the program"},
		{"class A:\n    def __init__(self, *xs):\n        self.n = len(xs)\nclass B(A):\n    pass\nprint(B(1).n, A().n)\n", "t.py:2:5: unsupported: *, ** or keyword-only parameters in __init__ of a class with subclasses"},
		{"rows = [[1, 2]]\na, b = zip(*rows)\n", "t.py:2:8: unsupported: zip(*x) other than a, b = zip(*rows)"},
	}
	for _, c := range cases {
		_, diags := translate(t, c.src)
		if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), c.want) {
			t.Errorf("%q: got diagnostics\n%s\nwant prefix %q", c.src, diags, c.want)
		}
	}
}
