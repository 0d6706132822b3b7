package runtime

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// poolEndAfterTest ends a test's pool and waits for its workers.
func poolEndAfterTest(t *testing.T, p *Pool) {
	t.Cleanup(func() {
		p.Terminate()
		p.Join()
	})
}

// CPython 3.11: after five Process objects, Pool(2)'s workers are
// ForkPoolWorker-6 and ForkPoolWorker-7, and a Process made afterwards is
// Process-8: workers share the process counter.
func TestPoolWorkerNamesAndBoundedConcurrency(t *testing.T) {
	queueNoLeak(t)
	base := int(procCounter.Load())
	p := NewPool(2)
	poolEndAfterTest(t, p)
	if next := NewProcess(func() {}, "").Name(); next != "Process-"+strconv.Itoa(base+3) {
		t.Fatalf("process after the pool is %s, want Process-%d", next, base+3)
	}
	var running, maxRunning atomic.Int32
	started := make(chan string)
	release := make(chan struct{})
	task := func() string {
		n := running.Add(1)
		for {
			m := maxRunning.Load()
			if n <= m || maxRunning.CompareAndSwap(m, n) {
				break
			}
		}
		name := CurrentProcessName()
		started <- name
		<-release
		running.Add(-1)
		return name
	}
	var results []*AsyncResult[string]
	for range 5 {
		results = append(results, ApplyAsync(p, task))
	}
	// Both workers take a task and block in it, so the two names differ.
	names := []string{<-started, <-started}
	slices.Sort(names)
	want := []string{"ForkPoolWorker-" + strconv.Itoa(base+1), "ForkPoolWorker-" + strconv.Itoa(base+2)}
	if !slices.Equal(names, want) {
		t.Fatalf("worker names %v, want %v", names, want)
	}
	queueNotYet(t, started, "a third task while two workers are busy")
	close(release)
	for range 3 {
		<-started
	}
	for _, r := range results {
		if name := r.Get(-1); !strings.HasPrefix(name, "ForkPoolWorker-") {
			t.Fatalf("task ran as %q", name)
		}
	}
	if maxRunning.Load() != 2 {
		t.Fatalf("at most %d tasks ran at once, want 2", maxRunning.Load())
	}
}

func TestPoolDefaultSizeIsNumCPU(t *testing.T) {
	queueNoLeak(t)
	p := NewPool(0)
	poolEndAfterTest(t, p)
	if p.Processes() < 1 {
		t.Fatalf("pool has %d processes", p.Processes())
	}
}

func TestPoolMapKeepsOrder(t *testing.T) {
	queueNoLeak(t)
	p := NewPool(3)
	poolEndAfterTest(t, p)
	items := make([]int, 100)
	for i := range items {
		items[i] = i
	}
	got := PoolMap(p, func(x int) int { return x * x }, items)
	for i, v := range got {
		if v != i*i {
			t.Fatalf("result %d = %d, want %d", i, v, i*i)
		}
	}
	if empty := PoolMap(p, func(x int) int { return x }, nil); empty == nil || len(empty) != 0 {
		t.Fatalf("map over nothing = %#v, want an empty list", empty)
	}
	type pair struct{ a, b int }
	sums := PoolStarMap(p, func(t pair) int { return t.a + t.b }, []pair{{1, 2}, {3, 4}})
	if fmt.Sprint(sums) != "[3 7]" { // CPython 3.11: starmap(add, [(1, 2), (3, 4)]) == [3, 7]
		t.Fatalf("starmap = %v", sums)
	}
}

// CPython 3.11, Pool(1).map(f, range(10)) with f(4) raising ValueError("bad
// 4"): f runs on 0 1 2 3 4 6 7 8 9 (chunks of 3; the chunk [3, 4, 5] stops at
// 4) and map raises ValueError: bad 4.
func TestPoolMapChunksAndReraises(t *testing.T) {
	queueNoLeak(t)
	p := NewPool(1)
	poolEndAfterTest(t, p)
	var mu sync.Mutex
	var ran []int
	fn := func(x int) int {
		mu.Lock()
		ran = append(ran, x)
		mu.Unlock()
		if x == 4 {
			Raise(ValueError, "bad "+strconv.Itoa(x))
		}
		return x
	}
	queueWantExc(t, ValueError, "ValueError: bad 4", func() {
		PoolMap(p, fn, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	})
	if fmt.Sprint(ran) != "[0 1 2 3 4 6 7 8 9]" {
		t.Fatalf("tasks ran on %v", ran)
	}
}

func TestPoolChunksize(t *testing.T) {
	// Pool._map_async: divmod(len, 4 * processes), rounded up.
	for _, c := range []struct{ n, processes, want int }{
		{10, 1, 3}, {10, 2, 2}, {8, 2, 1}, {1, 4, 1}, {100, 3, 9},
	} {
		if got := poolChunksize(c.n, c.processes); got != c.want {
			t.Errorf("chunksize(%d items, %d processes) = %d, want %d", c.n, c.processes, got, c.want)
		}
	}
}

// CPython 3.11: get(0.01) on a running task raises
// multiprocessing.context.TimeoutError with no arguments; successful()
// before the end raises ValueError("<multiprocessing.pool.ApplyResult object
// at 0x...> not ready"); a failed task's get raises its exception.
func TestAsyncResult(t *testing.T) {
	queueNoLeak(t)
	p := NewPool(2)
	poolEndAfterTest(t, p)
	release := make(chan struct{})
	slow := ApplyAsync(p, func() int { <-release; return 7 })
	if slow.Ready() {
		t.Fatal("blocked task is ready")
	}
	queueWantExc(t, MultiprocessingTimeout, "TimeoutError", func() { slow.Get(0.01) })
	exc := queueCatch(func() { slow.Successful() })
	if exc == nil || !exc.IsInstance(ValueError) ||
		!strings.HasPrefix(exc.Error(), "<multiprocessing.pool.ApplyResult object at 0x") ||
		!strings.HasSuffix(exc.Error(), "> not ready") {
		t.Fatalf("successful() before the end raised %v", exc)
	}
	slow.Wait(0.01)
	close(release)
	if v := slow.Get(-1); v != 7 || !slow.Successful() {
		t.Fatalf("get = %d, successful %v", v, slow.Successful())
	}
	failing := ApplyAsync(p, func() int { Raise(ValueError, "bad 4"); return 0 })
	failing.Wait(-1)
	if !failing.Ready() || failing.Successful() {
		t.Fatal("failed task: want ready and not successful")
	}
	queueWantExc(t, ValueError, "ValueError: bad 4", func() { failing.Get(-1) })
	divisor := 0
	goPanic := ApplyAsync(p, func() int { return 1 / divisor })
	if exc := queueCatch(func() { goPanic.Get(-1) }); exc == nil || !exc.IsInstance(ZeroDivisionError) {
		t.Fatalf("Go runtime panic in a task gave %v", exc)
	}
	if v := Apply(p, func() string { return "done" }); v != "done" {
		t.Fatalf("apply = %q", v)
	}
	async := MapAsync(p, func(x int) int { return -x }, []int{1, 2, 3}, 1)
	if got := async.Get(-1); fmt.Sprint(got) != "[-1 -2 -3]" || !async.Successful() {
		t.Fatalf("map_async = %v", got)
	}
}

// CPython 3.11 messages: join() before close() raises ValueError("Pool is
// still running"); apply_async and map after close() or terminate() raise
// ValueError("Pool not running").
func TestPoolStates(t *testing.T) {
	queueNoLeak(t)
	p := NewPool(2)
	queueWantExc(t, ValueError, "ValueError: Pool is still running", p.Join)
	queued := ApplyAsync(p, func() int { return 1 })
	p.Close()
	p.Close()
	queueWantExc(t, ValueError, "ValueError: Pool not running", func() { ApplyAsync(p, func() int { return 0 }) })
	queueWantExc(t, ValueError, "ValueError: Pool not running", func() { PoolMap(p, func(x int) int { return x }, []int{1}) })
	queueWantExc(t, ValueError, "ValueError: Pool not running", func() { PoolMap(p, func(x int) int { return x }, nil) })
	p.Join()
	if !queued.Ready() || queued.Get(-1) != 1 {
		t.Fatal("task queued before close did not run")
	}
	p.Terminate()
	queueWantExc(t, ValueError, "ValueError: Pool not running", func() { PoolImap(p, func(x int) int { return x }, []int{1}) })
}

// Terminate drops queued tasks (their results never become ready, as in
// CPython 3.11) and lets the running one finish.
func TestPoolTerminateDropsQueuedTasks(t *testing.T) {
	queueNoLeak(t)
	p := NewPool(1)
	started, release := make(chan struct{}), make(chan struct{})
	running := ApplyAsync(p, func() int { close(started); <-release; return 1 })
	queued := ApplyAsync(p, func() int { return 2 })
	<-started
	p.Terminate()
	close(release)
	p.Join()
	if !running.Ready() || queued.Ready() {
		t.Fatalf("after terminate: running ready %v, queued ready %v", running.Ready(), queued.Ready())
	}
}

// CPython 3.11: list(imap(sq, range(4))) == [0, 1, 4, 9] and
// sorted(imap_unordered(sq, range(4))) == [0, 1, 4, 9].
func TestPoolImap(t *testing.T) {
	queueNoLeak(t)
	p := NewPool(2)
	poolEndAfterTest(t, p)
	square := func(x int) int { return x * x }
	var ordered []int
	for v := range PoolImap(p, square, []int{0, 1, 2, 3}) {
		ordered = append(ordered, v)
	}
	var unordered []int
	for v := range PoolImapUnordered(p, square, []int{0, 1, 2, 3}) {
		unordered = append(unordered, v)
	}
	slices.Sort(unordered)
	if fmt.Sprint(ordered) != "[0 1 4 9]" || fmt.Sprint(unordered) != "[0 1 4 9]" {
		t.Fatalf("imap %v, imap_unordered sorted %v", ordered, unordered)
	}
	failing := func(x int) int {
		if x == 2 {
			Raise(ValueError, "bad 2")
		}
		return x
	}
	var before []int
	queueWantExc(t, ValueError, "ValueError: bad 2", func() {
		for v := range PoolImap(p, failing, []int{0, 1, 2, 3}) {
			before = append(before, v)
		}
	})
	if fmt.Sprint(before) != "[0 1]" {
		t.Fatalf("imap yielded %v before the exception, want [0 1]", before)
	}
	queueWantExc(t, ValueError, "ValueError: bad 2", func() {
		for range PoolImapUnordered(p, failing, []int{0, 1, 2, 3}) {
		}
	})
	for v := range PoolImapUnordered(p, square, []int{5, 6, 7}) {
		if v != 25 && v != 36 && v != 49 {
			t.Fatalf("imap_unordered yielded %d", v)
		}
		break // stopping early must not leave a worker blocked
	}
}

func ExamplePoolMap() {
	p := NewPool(4)
	defer p.Terminate() // as leaving `with Pool(4) as p:`
	squares := PoolMap(p, func(x int) int { return x * x }, []int{1, 2, 3, 4, 5})
	fmt.Println(squares)
	// Output: [1 4 9 16 25]
}

func ExampleApplyAsync() {
	p := NewPool(2)
	result := ApplyAsync(p, func() string { return "computed" })
	fmt.Println(result.Get(-1), result.Successful())
	p.Close()
	p.Join()
	// Output: computed true
}
