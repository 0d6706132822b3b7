package mapper_test

import (
	"strings"
	"testing"
)

// TestConcurrencyIdioms pins the Go chosen for executors, pools, processes
// and queues: the idiom where Python's behaviour allows it, the runtime
// type where it does not.
func TestConcurrencyIdioms(t *testing.T) {
	cases := []goCase{
		{"executor.map in a with block is a worker pool writing a results slice",
			"from concurrent.futures import ThreadPoolExecutor\ndef sq(n):\n    return n * n\nwith ThreadPoolExecutor(max_workers=2) as ex:\n    rs = ex.map(sq, [1, 2, 3])\nprint(list(rs))\n",
			[]string{"rs = make([]int, len(", "jobs := make(chan int)", "for range 2 {", "wg.Go(func() {", "rs[job] = sq(", "close(jobs)", "wg.Wait()"},
			[]string{"NewThreadPoolExecutor", "var ex"}},
		{"a task that may raise keeps the runtime's lazy map",
			"from concurrent.futures import ThreadPoolExecutor\ndef inv(n):\n    return 1 / n\nwith ThreadPoolExecutor(max_workers=2) as ex:\n    rs = ex.map(inv, [1, 0])\n    for r in rs:\n        print(r)\n",
			[]string{"pyrt.NewThreadPoolExecutor(2, \"\")", "pyrt.Map(ex, inv,", "for r := range rs {", "ex.Shutdown(true, false)"},
			[]string{"jobs"}},
		{"threads queried by the program keep runtime pool workers",
			"import threading\nfrom concurrent.futures import ThreadPoolExecutor\ndef f(n):\n    print(threading.current_thread().name, n)\nwith ThreadPoolExecutor(max_workers=2) as ex:\n    ex.map(f, range(3))\n",
			[]string{"pyrt.NewThreadPoolExecutor"}, []string{"jobs"}},
		{"submit and result keep typed runtime futures",
			"from concurrent.futures import ThreadPoolExecutor\ndef f(a, b):\n    return a + b\nwith ThreadPoolExecutor() as ex:\n    fut = ex.submit(f, 1, 2)\n    print(fut.result())\n",
			[]string{"pyrt.NewThreadPoolExecutor(0, \"\")", "pyrt.Submit(ex, func() int {", "return f(1, 2)", "fut.Result(-1)"},
			[]string{"any"}},
		{"a bounded queue with a None sentinel is a channel closed and ranged over",
			"import queue, threading\nq = queue.Queue(maxsize=2)\ndef prod():\n    for i in range(3):\n        q.put(i)\n    q.put(None)\ndef cons():\n    while True:\n        item = q.get()\n        if item is None:\n            break\n        print(item)\nthreading.Thread(target=prod).start()\ncons()\n",
			[]string{"var q chan int", "q = make(chan int, 2)", "q <- i", "close(q)", "for item := range q {"},
			[]string{"pyrt.NewQueue", "any"}},
		{"an unbounded queue never blocks its put: it stays the runtime queue",
			"import queue\nq = queue.Queue()\nq.put(1)\nprint(q.get())\n",
			[]string{"pyrt.NewQueue[int](0)", "unbounded, so put never blocks"}, []string{"make(chan", " chan "}},
		{"a bounded queue joined with task_done stays the runtime queue",
			"import queue\nq = queue.Queue(2)\nq.put(1)\nq.get()\nq.task_done()\nq.join()\n",
			[]string{"pyrt.NewQueue[int](2)", "q.TaskDone()", "q.Join()"}, []string{"make(chan", " chan ", "WaitGroup"}},
		{"sentinels put in a loop are not a close",
			"import queue\nq = queue.Queue(3)\nfor _ in range(2):\n    q.put(None)\nq.put(1)\nwhile True:\n    x = q.get()\n    if x is None:\n        break\n",
			[]string{"pyrt.NewQueue"}, []string{"close("}},
		{"get with a timeout guarded by queue.Empty is comma-ok",
			"import queue\nq = queue.Queue()\nq.put('a')\ntry:\n    m = q.get(timeout=0.5)\nexcept queue.Empty:\n    print('none')\nelse:\n    print(m)\n",
			[]string{"if item, ok := q.TryGet(0.5); ok {", "m = item", "} else {"}, []string{"pyrt.Try("}},
		{"put_nowait guarded by queue.Full is TryPut",
			"import queue\nq = queue.Queue(1)\nq.put(1)\ntry:\n    q.put_nowait(2)\nexcept queue.Full:\n    print('full')\n",
			[]string{"if !q.TryPut(2, 0) {"}, []string{"pyrt.Try("}},
		{"a negative queue timeout raises ValueError as in Python",
			"import queue\nq = queue.Queue()\nt = -1\nq.put(1)\nprint(q.get(timeout=t))\n",
			[]string{"pyrt.QueueTimeoutArg(true, float64(t))"}, nil},
		{"PriorityQueue orders items as Python does",
			"import queue\npq = queue.PriorityQueue()\npq.put((2, 'b'))\nprint(pq.get())\n",
			[]string{"pyrt.NewOrderedPriorityQueue[pyrt.Tuple2[int, string]](0)"}, nil},
		{"Pool.map in a with block is the worker pool, one worker per CPU by default",
			"from multiprocessing import Pool\ndef sq(n):\n    return n * n\nwith Pool() as p:\n    r = p.map(sq, range(4))\nprint(r)\n",
			[]string{"for range runtime.NumCPU() {"}, nil},
		{"a Process is the runtime's, its args bound in a closure",
			"import multiprocessing\ndef f(x):\n    print(x)\np = multiprocessing.Process(target=f, args=(3,))\np.start()\np.join()\nprint(p.exitcode)\n",
			[]string{"pyrt.NewProcess(func() {", "f(3)", "p.Join(-1)", "pyrt.ProcessExitCode(p)"}, nil},
	}
	runGoCases(t, cases)
}

// TestProcessIsolationIsNotShared checks that a child process changing a
// global its parent would not see changed is refused, with the reason,
// where the target cannot simply start with copies (lib_process_copy.go).
func TestProcessIsolationIsNotShared(t *testing.T) {
	for _, src := range []string{
		"import multiprocessing\nn = 0\ndef f():\n    global n\n    n += 1\np = multiprocessing.Process(target=f)\np.start()\np.join()\nf()\nprint(n)\n",
		"from multiprocessing import Pool\nseen = []\ndef f(x):\n    seen.append(x)\n    return x\nwith Pool(2) as p:\n    p.map(f, [1, 2])\nprint(seen)\n",
	} {
		_, diags := translate(t, src)
		if !diags.HasErrors() || !strings.Contains(diags.String(), "changes only the child's copy in Python") {
			t.Errorf("want a diagnostic about process isolation, got %v for:\n%s", diags, src)
		}
	}
}
