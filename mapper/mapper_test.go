package mapper_test

import (
	"strings"
	"testing"

	"github.com/py2goconc/py2goconc/emit"
	"github.com/py2goconc/py2goconc/mapper"
	"github.com/py2goconc/py2goconc/parser"
)

func translate(t *testing.T, src string) (string, parser.Diagnostics) {
	t.Helper()
	f, diags := parser.Parse("t.py", []byte(src))
	if diags.HasErrors() {
		t.Fatalf("parse: %s", diags)
	}
	out, mdiags := mapper.Map(f)
	if mdiags.HasErrors() {
		return "", mdiags
	}
	goSrc, err := emit.File(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(goSrc), mdiags
}

// checkGo fails t for each text of want the Go lacks and each text of not
// it holds.
func checkGo(t *testing.T, out string, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("missing %q in:\n%s", w, out)
		}
	}
	for _, n := range not {
		if strings.Contains(out, n) {
			t.Errorf("unexpected %q in:\n%s", n, out)
		}
	}
}

// goCase is one program to translate and the Go text its translation
// must and must not contain.
type goCase struct {
	name, src string
	want, not []string
}

// runGoCases translates each case as a subtest; a translation error fails
// it, and checkGo checks the text.
func runGoCases(t *testing.T, cases []goCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, diags := translate(t, tc.src)
			if diags.HasErrors() {
				t.Fatalf("diagnostics: %s", diags)
			}
			checkGo(t, got, tc.want, tc.not)
		})
	}
}

// TestIdioms pins the mapper's choice of Go for each construct: the text
// that must appear, and the text that must not.
func TestIdioms(t *testing.T) {
	cases := []struct {
		name, src string
		want, not []string
	}{
		{"a free class's result is typed from the variable it is stored in",
			"thread = CustomThread()\nthread.start()\n",
			[]string{"var customThread func() *pyrt.Thread", "thread.Start()"}, nil},
		{"a free class known only by its methods is an interface",
			"latch = CountDownLatch(5)\nlatch.count_down()\nlatch.wait()\n",
			[]string{"type CountDownLatch interface {\n\tcountDown()\n\twait()\n}", "var countDownLatch func(arg1 int) CountDownLatch", "latch.countDown()"}, nil},
		{"thread started and joined is a go statement with a WaitGroup",
			"import threading\ndef f(n):\n    print(n)\nt = threading.Thread(target=f, args=(1,))\nt.start()\nt.join()\n",
			[]string{"var wg sync.WaitGroup", "wg.Add(1)", "go func() {", "defer wg.Done()", "f(1)", "wg.Wait()", "func f(n int)"},
			[]string{"pyrt", "any"}},
		{"list of threads joined in a loop is one group",
			"import threading\ndef f():\n    pass\nts = []\nfor i in range(3):\n    t = threading.Thread(target=f)\n    t.start()\n    ts.append(t)\nfor t in ts:\n    t.join()\n",
			[]string{"for range 3 {", "wg.Wait()"},
			[]string{"ts", "pyrt"}},
		{"unjoined threads are waited for at exit",
			"import threading\ndef f():\n    print('x')\nthreading.Thread(target=f).start()\n",
			[]string{"wg.Wait()\n}"}, nil},
		{"daemon thread is a bare go statement",
			"import threading\ndef f():\n    pass\nt = threading.Thread(target=f, daemon=True)\nt.start()\n",
			[]string{"go f()"}, []string{"WaitGroup"}},
		{"with lock is Lock/Unlock on a sync.Mutex",
			"import threading\nlock = threading.Lock()\nn = 0\ndef f():\n    global n\n    with lock:\n        n += 1\n    print(n)\nf()\n",
			[]string{"var lock sync.Mutex", "lock.Lock()", "n++", "lock.Unlock()", "var n = 0"}, []string{"pyrt"}},
		{"with lock ending a function defers Unlock",
			"import threading\nlock = threading.Lock()\ndef f(x):\n    with lock:\n        print(x)\nf('a')\n",
			[]string{"lock.Lock()\n\tdefer lock.Unlock()"}, nil},
		{"a queried thread is a runtime thread",
			"import threading\ndef f():\n    pass\nt = threading.Thread(target=f, name='w')\nt.start()\nprint(t.name)\nt.join()\n",
			[]string{`pyrt.NewThread(func() {`, `"f", "w", false)`, "t.Name()", "pyrt.Main(run)"}, nil},
		{"sleep durations read like Go",
			"import time\ntime.sleep(0.5)\ntime.sleep(2)\n",
			[]string{"time.Sleep(500 * time.Millisecond)", "time.Sleep(2 * time.Second)"}, nil},
		{"int then float is float64",
			"x = 1\nx = x + 0.5\nprint(x)\n",
			[]string{"x := 1.0", "pyrt.FormatFloat(x)"}, []string{"any"}},
		{"floor division of non-negative values is plain Go",
			"for i in range(10):\n    print(i // 3, i % 3)\n",
			[]string{"i/3", "i%3"}, []string{"FloorDiv"}},
		{"floor division of possibly negative values keeps Python's rounding",
			"def f(a, b):\n    return a // b\nprint(f(-7, 2))\n",
			[]string{"pyrt.FloorDiv(a, b)"}, nil},
		{"try/except is pyrt.Try and a class test",
			"try:\n    raise ValueError('bad')\nexcept ValueError as e:\n    print(e)\n",
			[]string{"if e := pyrt.Try(func() {", "panic(pyrt.NewExc(pyrt.ValueError, \"bad\"))", "e.IsInstance(pyrt.ValueError)"}, nil},
		{"f-string print is Printf",
			"n = 3\nname = 'x'\nprint(f'{name}: {n:>4} {n * 1.5:.2f}')\n",
			[]string{`fmt.Printf("%s: %4d %.2f\n", name, n, float64(n)*1.5)`}, nil},
		{"a list a callee appends to is passed by pointer",
			"def add(xs):\n    xs.append(1)\nitems = []\nadd(items)\nprint(items)\n",
			[]string{"func add(xs *[]int)", "*xs = append(*xs, 1)", "add(&items)"}, nil},
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

// TestUnsupported checks that constructs the mapper cannot translate are
// positioned diagnostics naming them, never Go.
func TestUnsupported(t *testing.T) {
	cases := []struct{ src, want string }{
		{"def f(x):\n    del x\nf(1)\n", "t.py:2:5: unsupported statement: del"},
		{"class A:\n    pass\nclass C:\n    pass\nclass B(A, C):\n    pass\n", "t.py:5:12: unsupported: class B with several base classes"},
		{"import subprocess\nsubprocess.run(['ls'])\n", "t.py:2:1: unsupported call: subprocess.run()"},
		{"def f(a, b):\n    return a\nxs = [1, 2]\nprint(f(*sorted(xs)))\n", "t.py:4:10: unsupported: *sorted(...) of a list into the named parameters of f; Go needs the number of arguments"},
		{"import threading\nclass G:\n    pass\nprint(threading.current_thread() is G())\n", "t.py:4:7: unsupported: `is` between a Thread and a G"},
	}
	for _, c := range cases {
		_, diags := translate(t, c.src)
		if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), c.want) {
			t.Errorf("%q: got diagnostics\n%s\nwant prefix %q", c.src, diags, c.want)
		}
	}
}
