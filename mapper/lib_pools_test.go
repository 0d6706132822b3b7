package mapper_test

import (
	"strings"
	"testing"
)

// TestPoolsIdioms pins the Go of futures, queue and process constructs
// added beside the worker pool: text that must appear and text that must
// not.
func TestPoolsIdioms(t *testing.T) {
	cases := []struct {
		name, src string
		want, not []string
	}{
		{"enumerate over as_completed counts with a variable of its own",
			"from concurrent.futures import ThreadPoolExecutor, as_completed\ndef f(x):\n    return x\nwith ThreadPoolExecutor(2) as ex:\n    fs = [ex.submit(f, i) for i in range(3)]\n    for i, fut in enumerate(as_completed(fs), 1):\n        print(i, fut.result())\n",
			[]string{"n := 1", "for fut := range pyrt.AsCompleted(", "i := n", "n++"}, []string{"for i, fut := range"}},
		{"map over two iterables is Map2 with the function itself",
			"from concurrent.futures import ThreadPoolExecutor\ndef add(a, b):\n    return a + b\nwith ThreadPoolExecutor(2) as ex:\n    print(list(ex.map(add, [1, 2], [3, 4, 5])))\n",
			[]string{"pyrt.Map2(ex, add, []int{1, 2}, []int{3, 4, 5}, -1.0)"}, nil},
		{"map of a built-in over two iterables wraps it in a literal",
			"from concurrent.futures import ThreadPoolExecutor\nwith ThreadPoolExecutor(2) as ex:\n    print(list(ex.map(pow, [2], [3])))\n",
			[]string{"pyrt.Map2(ex, func(x int, y int) int {", "return pyrt.PowInt(x, y)"}, nil},
		{"a function taking two parameters mapped over three iterables is refused",
			"from concurrent.futures import ThreadPoolExecutor\ndef add(a, b):\n    return a + b\nwith ThreadPoolExecutor(2) as ex:\n    print(list(ex.map(add, [1], [2], [3])))\n",
			[]string{"!add takes 2 parameters but executor.map passes 3 items at a time"}, nil},
		{"next() on a stored map result pulls from an Iterator",
			"from concurrent.futures import ThreadPoolExecutor\ndef f(x):\n    return x\nwith ThreadPoolExecutor(2) as ex:\n    it = ex.map(f, [1, 2])\n    print(next(it))\n",
			[]string{"it := pyrt.NewIterator(pyrt.Map(ex, f, []int{1, 2}, -1.0))", "it.Next()"}, nil},
		{"a map result only looped over stays an iter.Seq",
			"from concurrent.futures import ThreadPoolExecutor\ndef f(x):\n    return x\nwith ThreadPoolExecutor(2) as ex:\n    it = ex.map(f, [1, 2])\n    for v in it:\n        print(v)\n",
			[]string{"for _, v := range it {"}, []string{"NewIterator"}},
		{"str.upper submitted is the method call on the argument",
			"from concurrent.futures import ThreadPoolExecutor\nwith ThreadPoolExecutor(2) as ex:\n    print(ex.submit(str.upper, 'a').result())\n",
			[]string{"return strings.ToUpper(\"a\")"}, nil},
		{"a None sentinel check narrows the item to int",
			"import queue\nq = queue.Queue()\nq.put(1)\nq.put(None)\nwhile True:\n    x = q.get()\n    if x is None:\n        break\n    print(x * 2)\n",
			[]string{"pyrt.MulInt(x.(int), 2)"}, nil},
		{"an assignment ends the narrowing",
			"def f(x, y):\n    if x is None:\n        return\n    print(x + 1)\n    x = y\n    print(x)\nf(None, None)\nf(1, 2)\n",
			[]string{"x.(int) + 1", "x = y"}, []string{"(x.(int))"}},
		{"current_process() kept in a variable is a ProcessView",
			"import multiprocessing\nme = multiprocessing.current_process()\nprint(me.name, me.pid)\n",
			[]string{"me := pyrt.CurrentProcess()", "me.Name()", "me.Pid()"}, nil},
		{"a Process target changing globals starts with copies of them",
			"import multiprocessing\nn = 0\nlog = {'a': 1}\ndef child():\n    global n\n    n += 1\n    log['b'] = 2\n    print(n, log)\nif __name__ == '__main__':\n    p = multiprocessing.Process(target=child)\n    p.start()\n    p.join()\n    print(n, log)\n",
			[]string{"n, log := n, maps.Clone(log)"}, nil},
		{"a target also called in the parent is refused",
			"import multiprocessing\nn = 0\ndef child():\n    global n\n    n += 1\nif __name__ == '__main__':\n    p = multiprocessing.Process(target=child)\n    p.start()\n    p.join()\n    child()\n    print(n)\n",
			[]string{"!child changes the global n in a child process"}, nil},
		{"a target whose helper reads the global is refused",
			"import multiprocessing\nn = 0\ndef show():\n    print(n)\ndef child():\n    global n\n    n += 1\n    show()\nif __name__ == '__main__':\n    p = multiprocessing.Process(target=child)\n    p.start()\n    p.join()\n",
			[]string{"!child changes the global n in a child process"}, nil},
		{"a global the parent changes again is refused",
			"import multiprocessing\nn = 0\ndef child():\n    global n\n    n += 1\nif __name__ == '__main__':\n    p = multiprocessing.Process(target=child)\n    p.start()\n    n = 5\n    p.join()\n",
			[]string{"!child changes the global n in a child process"}, nil},
		{"os.getpid outside multiprocessing is os.Getpid",
			"import os\nprint(os.getpid() > 0)\n",
			[]string{"os.Getpid()"}, []string{"CurrentProcessPid"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, diags := translate(t, c.src)
			for _, w := range c.want {
				if msg, isDiag := strings.CutPrefix(w, "!"); isDiag {
					if !strings.Contains(diags.String(), msg) {
						t.Errorf("diagnostics %q lack %q", diags.String(), msg)
					}
					continue
				}
				if !strings.Contains(out, w) {
					t.Errorf("missing %q (diagnostics %v) in:\n%s", w, diags, out)
				}
			}
			for _, n := range c.not {
				if strings.Contains(out, n) {
					t.Errorf("unexpected %q in:\n%s", n, out)
				}
			}
		})
	}
}
