package mapper_test

import (
	"strings"
	"testing"
)

// TestClasses pins the Go chosen for class constructs: inheritance,
// class variables, static and class methods, annotations.
func TestClasses(t *testing.T) {
	cases := []struct {
		name, src string
		want, not []string
	}{
		{"a subclass embeds its base and super() is the embedded struct",
			"class A:\n    def __init__(self, n):\n        self.n = n\n    def f(self):\n        return self.n\nclass B(A):\n    def __init__(self):\n        super().__init__(2)\n    def f(self):\n        return super().f() + 1\nprint(B().f())\n",
			[]string{"type B struct {\n\tA\n}", "b.A.init(2)", "return b.A.f() + 1", "func (a *A) init(n int)", "type ALike interface"},
			[]string{"any"}},
		{"a list of base and subclass instances holds the interface",
			"class A:\n    def f(self):\n        return 1\nclass B(A):\n    def f(self):\n        return 2\nfor x in [A(), B()]:\n    print(x.f())\n",
			[]string{"[]ALike{newA(), newB()}", "f() int\n\tasA() *A"}, []string{"any"}},
		{"fields of a base reached through the interface use the accessor",
			"class A:\n    def __init__(self):\n        self.n = 1\nclass B(A):\n    pass\nxs = [A(), B()]\nprint(xs[1].n)\n",
			[]string{"xs[1].asA().n", "func newB() *B {\n\tb := &B{}\n\tb.init()"}, nil},
		{"an overriding method gets its base's parameter types",
			"class A:\n    def f(self, x):\n        return x\nclass B(A):\n    def f(self, x):\n        return x * 2\nprint(A().f('a'), B().f('b'))\n",
			[]string{"func (a *A) f(x string) string", "func (b *B) f(x string) string"}, []string{"any"}},
		{"class variables are package variables read through class and instances",
			"class W:\n    count = 0\n    def __init__(self):\n        W.count += 1\n    def get(self):\n        return self.count\nw = W()\nprint(W.count, w.get())\n",
			[]string{"var wCount = 0", "wCount++", "return wCount"}, []string{"any"}},
		{"an instance assignment shadows a class variable from construction on",
			"class W:\n    kind = 'a'\nw = W()\nv = W()\nv.kind = 'b'\nprint(w.kind, v.kind)\n",
			[]string{"w.kind = wKind"}, nil},
		{"static and class methods are package functions",
			"class T:\n    n = 0\n    @classmethod\n    def count(cls):\n        return cls.n\n    @staticmethod\n    def twice(x):\n        return x * 2\nprint(T.count(), T.twice(3))\n",
			[]string{"func tCount() int", "func tTwice(x int) int", "tCount(), tTwice(3)"}, []string{"cls"}},
		{"a bound method as a thread target does not type self from args",
			"import threading\nclass A:\n    def __init__(self):\n        self.lock = threading.Lock()\n        self.n = 0\n    def add(self, k):\n        with self.lock:\n            self.n += k\na = A()\nt = threading.Thread(target=a.add, args=(2,))\nt.start()\nt.join()\nprint(a.n)\n",
			[]string{"a.lock.Lock()", "func (a *A) add(k int)"}, []string{"any"}},
		{"annotations type parameters, results and variables",
			"from typing import Dict, List, Optional\ndef f(xs: List[int]) -> Optional[int]:\n    return None\nd: Dict[str, float] = {}\ny: list[str] = []\nz: int | None = None\nprint(f([]), d, y, z)\n",
			[]string{"func f(xs []int) any", "pyrt.NewDict[string, float64]()", "[]string{}"}, nil},
		{"an explicit Any keeps a None default apart from an empty list",
			"from typing import Any\ndef show(extra: Any = None):\n    return repr(extra)\nprint(show(), show([1]))\n",
			[]string{"func show(extra any) string"}, nil},
		{"a dataclass is a struct with a constructor, repr and eq",
			"from dataclasses import dataclass, field\n@dataclass\nclass P:\n    name: str\n    tags: list[str] = field(default_factory=list)\n    n: int = 0\np = P('a')\np.tags.append('x')\nprint(p, p == P('a', ['x']))\n",
			[]string{"func newP(name string, tags []string, n int) *P", `newP("a", []string{}, 0)`, "Sprintf(\"P(name=%s, tags=%s, n=%d)\"", "func (p *P) eq(o *P) bool", "pyrt.Equal(p.tags, o.tags)", "p.eq(newP("},
			[]string{"any"}},
		{"order=True compares fields in turn and sorts through PyLess",
			"from dataclasses import dataclass, field\n@dataclass(order=True)\nclass J:\n    pri: int\n    name: str = field(compare=False)\nprint(J(1, 'a') < J(2, 'b'))\n",
			[]string{"if j.pri != o.pri {\n\t\treturn j.pri < o.pri\n\t}", "func (j *J) PyLess(other any) bool", "newJ(1, \"a\").lt(newJ(2, \"b\"))"},
			[]string{"j.name != o.name"}},
		{"__post_init__ runs at the end of the generated constructor",
			"from dataclasses import dataclass\n@dataclass\nclass T:\n    title: str\n    def __post_init__(self):\n        self.title = self.title + '!'\nprint(T('a'))\n",
			[]string{"t.postInit()\n\treturn t", "func (t *T) postInit()"}, nil},
		{"__lt__ reflects for > and total_ordering derives <=",
			"from functools import total_ordering\n@total_ordering\nclass V:\n    def __init__(self, n):\n        self.n = n\n    def __eq__(self, other):\n        return self.n == other.n\n    def __lt__(self, other):\n        return self.n < other.n\na, b = V(1), V(2)\nprint(a > b, a <= b, a == b)\n",
			[]string{"b.lt(a)", "a.lt(b) || a.eq(b)", "func (v *V) lt(other *V) bool"}, nil},
		{"a property reads as a call of its getter",
			"class C:\n    def __init__(self):\n        self.n = 2\n    @property\n    def double(self):\n        return self.n * 2\nprint(C().double)\n",
			[]string{"newC().double()"}, nil},
		{"attributes of an optional instance read through the pointer",
			"class C:\n    def __init__(self):\n        self.n = 2\ndef f(x):\n    return C() if x else None\nc = f(1)\nif c is not None:\n    print(c.n)\n",
			[]string{"c.n"}, nil},
		{"a namedtuple is a struct used by value, indexed, unpacked and replaced",
			"from collections import namedtuple\nPoint = namedtuple('Point', ['x', 'y'])\np = Point(3, 4)\nx, y = p\nq = p._replace(y=5)\nprint(p, p[1], x + y, p == (3, 4), q, Point._fields)\n",
			[]string{"func newPoint(x int, y int) Point", "return Point{x: x, y: y}", "p.y", "x = t.x", "r.y = 5", "p == Point{x: 3, y: 4}", `pyrt.Tuple2[string, string]{V0: "x", V1: "y"}`, "func (p Point) PyRepr() string"},
			[]string{"*Point", "[]any", " any\n"}},
		{"namedtuple defaults fill the rightmost fields",
			"from collections import namedtuple\nC = namedtuple('C', 'host port', defaults=[8080])\nprint(C('h'))\n",
			[]string{`newC("h", 8080)`}, nil},
		{"a typing.NamedTuple class keeps its methods with value receivers",
			"from typing import NamedTuple\nclass M(NamedTuple):\n    v: float\n    unit: str = 'C'\n    def f(self):\n        return self.v * 2\nprint(M(1.5).f(), M(2.0) < M(3.0))\n",
			[]string{"func (m M) f() float64", "func (m M) lt(o M) bool", `newM(1.5, "C").f()`}, []string{"*M"}},
		{"type(x).__name__ of a value whose class has subclasses is decided at run time",
			"class A:\n    pass\nclass B(A):\n    pass\nfor x in [A(), B()]:\n    print(type(x).__name__)\n",
			[]string{"switch x.(type) {", "case *B:\n\t\t\t\treturn \"B\""}, nil},
		{"a Thread subclass without __init__ takes Thread's arguments and super().run() runs the target",
			"import threading\ndef job(x):\n    print(x)\nclass L(threading.Thread):\n    def run(self):\n        super().run()\nt = L(target=job, args=(2,), name='n')\nt.start()\nt.join()\n",
			[]string{"func newL(target func(), targetName string, name string, daemon bool) *L", "if l.target != nil {\n\t\tl.target()\n\t}", `newL(func() {`, "func job(x int)"}, []string{"any"}},
		{"a Process subclass runs run() on a copy of the object",
			"import multiprocessing\nclass C(multiprocessing.Process):\n    def __init__(self, n):\n        super().__init__()\n        self.n = n\n    def run(self):\n        self.n += 1\nc = C(1)\nc.start()\nc.join()\nprint(c.n, c.exitcode)\n",
			[]string{"*pyrt.Process", "child := *c\n\t\tchild.run()", "pyrt.ProcessExitCode(c.Process)"}, []string{"super", " any"}},
		{"a threading.local subclass keeps one instance per thread, initialised on first use",
			"import threading\nclass C(threading.local):\n    def __init__(self, d):\n        super().__init__()\n        self.v = [d]\n    def add(self, x):\n        self.v.append(x)\nc = C('a')\nc.add('b')\nprint(c.v)\n",
			[]string{"per  *pyrt.Local[*C]", "func (l *CLocal) get() *C", "c.get().add(\"b\")", "c.get().v", "v.init(d)"}, []string{"super", " any"}},
		{"annotations fill only what the values leave unknown",
			"rate: float = 2\ndef scale(x: float, k: float) -> float:\n    return x * k\ndef unused(xs: list[str]) -> int:\n    return len(xs)\nprint(scale(rate, 3), type(rate).__name__, scale.__annotations__['return'].__name__)\n",
			[]string{"rate := 2", "func scale(x int, k int) int", "func unused(xs []string) int", `"int", "float"`}, []string{"float64"}},
		{"`in` over a list of instances with __eq__ compares with eq",
			"from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\nps = [P(1), P(2)]\nprint(P(2) in ps)\n",
			[]string{"slices.ContainsFunc(ps, func(v *P) bool {\n\t\treturn v.eq(newP(2))\n\t})"}, nil},
		{"a base method calling a method a subclass overrides goes through the whole object",
			"class A:\n    def f(self):\n        return self.g() + self.h()\n    def g(self):\n        return 1\n    def h(self):\n        return 10\nclass B(A):\n    def g(self):\n        return 2\nclass C(B):\n    pass\nprint(A().f(), B().f(), C().f())\n",
			[]string{"self ALike", "return pyrt.AddInt(a.self.g(), a.h())", "a.self = a", "c.B.A.self = c"}, []string{"b.self"}},
		{"isinstance of a polymorphic value asserts the subclass's interface or pointer",
			"class A:\n    pass\nclass B(A):\n    pass\nclass C(B):\n    pass\nfor x in [A(), B(), C()]:\n    print(isinstance(x, B), isinstance(x, (C, A)))\n",
			[]string{"_, ok := x.(BLike)", "_, ok := x.(*C)"}, nil},
		{"self passed out of a base-class method is the whole object",
			"reg = []\nclass A:\n    def __init__(self):\n        reg.append(self)\nclass B(A):\n    pass\nA()\nB()\nprint(len(reg))\n",
			[]string{"reg = append(reg, a.self)", "b.A.self = b"}, []string{"append(reg, a)"}},
		{"a dataclass's eq compares a list of dataclasses with their eq",
			"from dataclasses import dataclass, field\n@dataclass\nclass I:\n    n: int\n@dataclass\nclass O:\n    items: list[I] = field(default_factory=list)\nprint(O([I(1)]) == O([I(1)]))\n",
			[]string{"slices.EqualFunc(o.items, other.items, func(x *I, y *I) bool {\n\t\treturn x.eq(y)\n\t})"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, diags := translate(t, tc.src)
			if diags.HasErrors() {
				t.Fatalf("diagnostics: %s", diags)
			}
			checkGo(t, out, tc.want, tc.not)
		})
	}
}

// TestClassDiagnostics pins what cannot be translated faithfully.
func TestClassDiagnostics(t *testing.T) {
	cases := []struct{ src, want string }{
		{"class W:\n    k = 1\nw = W()\nw.k = 2\nW.k = 3\n",
			"t.py:2:5: unsupported: k is assigned both through the class and through instances"},
		{"class A:\n    @functools.cache\n    def f(self):\n        return 1\n",
			"t.py:2:6: unsupported method decorator"},
		{"import functools\n@functools.lru_cache\nclass A:\n    pass\n",
			"t.py:2:2: unsupported class decorator: functools.lru_cache"},
		{"from dataclasses import dataclass\n@dataclass(slots=True)\nclass A:\n    x: int\n",
			"t.py:2:18: unsupported: @dataclass(slots=...)"},
		{"import multiprocessing\nclass C(multiprocessing.Process):\n    def __init__(self):\n        super().__init__()\n        self.items = []\n    def run(self):\n        self.items.append(1)\nC().start()\n",
			"t.py:2:1: unsupported: Process subclass C with attribute items"},
		{"class A:\n    def f(self):\n        return 1\nclass B(A):\n    def f(self, x=2):\n        return x\nprint(B().f())\n",
			"t.py:5:5: unsupported: B.f overrides A.f with different parameters"},
		{"class A:\n    n = 1\nclass B(A):\n    n = 2\nprint(B.n)\n",
			"t.py:4:5: unsupported: class variable n redefined in subclass B"},
		{"from collections import namedtuple\nP = namedtuple('P', 'x y')\np = P(1, 2)\np.x = 3\n",
			"t.py:4:1: can't set attribute x of named tuple P"},
		{"class A:\n    pass\nclass B(A):\n    def __init__(self):\n        self.x = 1\nfor v in [A(), B()]:\n    print(v.x)\n",
			"t.py:7:11: unsupported attribute x of A: the class does not set it"},
		{"class A:\n    pass\nprint(A() < A())\n",
			"t.py:3:7: unsupported: comparing A with A: the class defines no __lt__"},
	}
	for _, tc := range cases {
		_, diags := translate(t, tc.src)
		if !strings.HasPrefix(diags.String(), tc.want) {
			t.Errorf("%q: got diagnostics\n%s\nwant prefix %q", tc.src, diags, tc.want)
		}
	}
}
