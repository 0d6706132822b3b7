package mapper_test

import (
	"strings"
	"testing"
)

// TestBuiltinIdioms pins the Go chosen for the builtins that consume
// iterables and for isinstance/issubclass/hasattr: statically typed, with
// the standard library where it has the operation.
func TestBuiltinIdioms(t *testing.T) {
	cases := []struct {
		name, src string
		want, not []string
	}{
		{"sorted of ints is slices.Sorted",
			"xs = [3, 1]\nprint(sorted(xs))\n",
			[]string{"slices.Sorted(slices.Values(xs))"}, []string{"any"}},
		{"sorted of a set reads the map's keys",
			"s = {'b', 'a'}\nprint(sorted(s))\n",
			[]string{"slices.Sorted(maps.Keys(s))"}, []string{"any"}},
		{"sorted of pairs compares field by field",
			"ps = [('a', 2), ('b', 1)]\nprint(sorted(ps))\n",
			[]string{"slices.SortedFunc(", "cmp.Or(cmp.Compare(a.V0, b.V0), cmp.Compare(a.V1, b.V1))"}, []string{"any"}},
		{"sorted with a key lambda and reverse is a stable sort with swapped operands",
			"ps = [('a', 2), ('b', 1)]\nprint(sorted(ps, key=lambda p: p[1], reverse=True))\n",
			[]string{"slices.SortedStableFunc(", "key := func(p pyrt.Tuple2[string, int]) int", "cmp.Compare(key(b), key(a))"}, []string{"any"}},
		{"sorted with key=len and key=str.lower",
			"ws = ['b', 'A']\nprint(sorted(ws, key=len), sorted(ws, key=str.lower))\n",
			[]string{"utf8.RuneCountInString(a)", "strings.ToLower(a)"}, []string{"any"}},
		{"sorted with a key over a set takes the set's iteration order",
			"s = {'bb', 'a'}\nprint(sorted(s, key=len))\n",
			[]string{"slices.SortedStableFunc(slices.Values(s.Items())"}, []string{"any"}},
		{"min with default over an empty iterable",
			"xs = [1]\nxs.pop()\nprint(min(xs, default=0))\n",
			[]string{"if len(xs", "return 0", "slices.Min("}, nil},
		{"len of a str counts code points",
			"s = 'naïve'\nprint(len(s), len('héllo'))\n",
			[]string{"utf8.RuneCountInString(s), 5"}, nil},
		{"a tuple key is computed once per comparison",
			"ps = [('a', 2)]\nprint(sorted(ps, key=lambda p: (p[1], p[0])))\n",
			[]string{"ka, kb := key(a), key(b)", "cmp.Or(cmp.Compare(ka.V0, kb.V0), cmp.Compare(ka.V1, kb.V1))"}, nil},
		{"min of several values is Go's min",
			"print(min(3, 1, 2))\n",
			[]string{"min(3, 1, 2)"}, nil},
		{"sum of a generator of floats",
			"xs = [0.5, 1.5]\nprint(sum(x * 2 for x in xs), sum(xs, 10))\n",
			[]string{"pyrt.Sum(func() []float64", "10.0+pyrt.Sum(xs)"}, []string{"any"}},
		{"list of map with a builtin is a typed function literal",
			"print(list(map(str, [4, 5])))\n",
			[]string{"pyrt.MapList(func(x int) string {", "strconv.Itoa(x)"}, []string{"any"}},
		{"list of zip and enumerate",
			"a = ['x']\nb = [1]\nprint(list(zip(a, b)), list(enumerate(a, start=1)))\n",
			[]string{"pyrt.Zip(a, b)", "pyrt.EnumerateList(a, 1)"}, []string{"any"}},
		{"dict from zip and keywords, set from a list, tuple of a list",
			"a = ['x']\nb = [1]\nprint(dict(zip(a, b)), dict(k=1), set([1, 1]), tuple([1, 2]), ())\n",
			[]string{"pyrt.DictFromItems(pyrt.Zip(a, b))", `pyrt.DictOf([]string{"k"}, []int{1})`, "pyrt.NewSet([]int{1, 1}...)", "pyrt.TupleOf([]int{1, 2})", "pyrt.Tuple{}"}, nil},
		{"list.sort with a key",
			"ws = ['bb', 'a']\nws.sort(key=len, reverse=True)\nprint(ws)\n",
			[]string{"slices.SortStableFunc(ws,", "cmp.Compare(utf8.RuneCountInString(b), utf8.RuneCountInString(a))"}, nil},
		{"set comprehension",
			"xs = [1, 2]\nprint({x % 2 for x in xs})\n",
			[]string{"pyrt.NewSet[int]()", "out.Add(pyrt.Mod(x, 2))"}, nil},
		{"isinstance from a static type is a constant",
			"import queue\nimport threading\nq = queue.LifoQueue()\nprint(isinstance(q, queue.Queue), isinstance(q, threading.Thread), isinstance(3, (str, int)), isinstance(True, int))\n",
			[]string{"pyrt.Str(true), pyrt.Str(false), pyrt.Str(true), pyrt.Str(true)"}, []string{"isinstance"}},
		{"isinstance of a value of type any is a type switch",
			"x = 1\nx = 'a'\nprint(isinstance(x, (int, float)))\n",
			[]string{"switch x.(type) {", "case int, bool, float64:", "return true", "return false"}, nil},
		{"isinstance of a call keeps the call",
			"def f():\n    print('called')\n    return 1\nprint(isinstance(f(), int))\n",
			[]string{"_ = f()", "return true"}, nil},
		{"issubclass of exception classes is tested on the runtime classes",
			"import queue\nprint(issubclass(queue.Full, queue.Empty), issubclass(ValueError, Exception))\n",
			[]string{"pyrt.QueueFull.IsSubclass(pyrt.QueueEmpty)", "pyrt.ValueError.IsSubclass(pyrt.Exception)"}, nil},
		{"hasattr of a library object answers from CPython's attributes",
			"import queue\nq = queue.SimpleQueue()\nprint(hasattr(q, 'put'), hasattr(q, 'task_done'))\n",
			[]string{"pyrt.Str(true), pyrt.Str(false)"}, nil},
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

// TestBuiltinUnsupported checks that builtin calls whose answer or Go the
// mapper cannot know are positioned diagnostics.
func TestBuiltinUnsupported(t *testing.T) {
	cases := []struct{ src, want string }{
		{"x = 1\nx = 'a'\nprint(isinstance(x, list))\n", "t.py:3:7: unsupported: isinstance() of a value of type any"},
		{"class A:\n    pass\nprint(hasattr(A(), 'x'))\n", "t.py:3:7: unsupported: hasattr() whose answer is only known at run time"},
		{"xs = [1]\nprint(sorted(xs, reverse=len(xs) > 0))\n", "t.py:2:26: unsupported: reverse= that is not the constant True or False"},
		{"class A:\n    pass\nprint(sorted([A(), A()]))\n", "t.py:3:7: unsupported: sorting values of type A"},
	}
	for _, c := range cases {
		_, diags := translate(t, c.src)
		if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), c.want) {
			t.Errorf("%q: got diagnostics\n%s\nwant prefix %q", c.src, diags, c.want)
		}
	}
}
