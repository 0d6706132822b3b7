package mapper_test

import (
	"strings"
	"testing"
)

func TestGenerators(t *testing.T) {
	cases := []goCase{
		{"a generator function returns an iter.Seq and yields through it",
			"def squares(n):\n    for i in range(n):\n        yield i * i\nfor s in squares(3):\n    print(s)\n",
			[]string{"func squares(n int) iter.Seq[int] {", "return func(yield func(int) bool) {", "if !yield(pyrt.MulInt(i, i)) {\n\t\t\t\treturn\n\t\t\t}", "for s := range squares(3) {"}, nil},
		{"a bare return ends the generator",
			"def upto(xs):\n    for x in xs:\n        if x == 'stop':\n            return\n        yield x\nprint(list(upto(['a', 'stop'])))\n",
			[]string{"func upto(xs []string) iter.Seq[string] {", "slices.Collect(upto("}, nil},
		{"next() pulls from the generator",
			"def two():\n    yield 1\n    yield 2\ng = two()\nprint(next(g), next(g))\n",
			[]string{"pyrt.NewIterator(two())", "g.Next()"}, nil},
		{"a method can be a generator",
			"class Bag:\n    def __init__(self):\n        self.xs = [1.5]\n    def each(self):\n        for x in self.xs:\n            yield x\nprint(sum(Bag().each()))\n",
			[]string{"func (b *Bag) each() iter.Seq[float64] {"}, nil},
		{"a yield in a nested function does not make the outer one a generator",
			"def outer():\n    def inner():\n        yield 1\n    return list(inner())\nprint(outer())\n",
			[]string{"func outer() []int {", "inner := func() iter.Seq[int] {"}, nil},
		{"a yield inside a with lock releases it when the consumer stops",
			"import threading\nlock = threading.Lock()\ndef locked(xs):\n    for x in xs:\n        with lock:\n            yield x\nfor v in locked([1, 2]):\n    break\n",
			[]string{"if !yield(x) {\n\t\t\t\tlock.Unlock()\n\t\t\t\treturn"}, nil},
	}
	runGoCases(t, cases)
}

func TestGeneratorsUnsupported(t *testing.T) {
	cases := []struct{ src, want string }{
		{"def g(xs):\n    yield from xs\nprint(list(g([1])))\n",
			"t.py:2:5: unsupported: yield from; loop over the iterable and yield each item"},
		{"def g():\n    yield 1\n    return 5\nprint(list(g()))\n",
			"t.py:3:5: unsupported: return with a value in generator g; yield the value instead"},
		{"def g():\n    try:\n        yield 1\n    except ValueError:\n        pass\nprint(list(g()))\n",
			"t.py:3:9: unsupported: yield inside a try in generator g"},
		{"def g():\n    x = yield 1\n    print(x)\nfor v in g():\n    pass\n",
			"t.py:2:9: unsupported: yield used as a value (generator send)"},
		{"def g():\n    yield\nfor x in g():\n    pass\n",
			"unsupported: generator g yields no value"},
	}
	for _, tc := range cases {
		_, diags := translate(t, tc.src)
		if !strings.Contains(diags.String(), tc.want) {
			t.Errorf("diagnostics %q do not contain %q", diags.String(), tc.want)
		}
	}
}
