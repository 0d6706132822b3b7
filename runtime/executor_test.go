package runtime

import (
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Worker names are CPython 3.11's: "ThreadPoolExecutor-N_M" with N counting
// unnamed executors from 0, or "PREFIX_M".
func TestExecutorWorkerNames(t *testing.T) {
	noLeak(t)
	name := func(ex *Executor) string {
		return Submit(ex, func() string { return CurrentThread().Name() }).Result(5)
	}
	a := NewThreadPoolExecutor(2, "")
	b := NewThreadPoolExecutor(2, "")
	p := NewThreadPoolExecutor(2, "pfx")
	defer a.Shutdown(true, false)
	defer b.Shutdown(true, false)
	defer p.Shutdown(true, false)
	an, bn := name(a), name(b)
	n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(an, "ThreadPoolExecutor-"), "_0"))
	if err != nil || bn != fmt.Sprintf("ThreadPoolExecutor-%d_0", n+1) {
		t.Fatalf("worker names %q and %q", an, bn)
	}
	if got := name(p); got != "pfx_0" {
		t.Fatalf("prefixed worker name %q", got)
	}
}

func TestExecutorDefaultMaxWorkers(t *testing.T) {
	ex := NewThreadPoolExecutor(0, "")
	defer ex.Shutdown(true, false)
	if want := min(32, runtime.NumCPU()+4); ex.MaxWorkers() != want {
		t.Fatalf("default max workers %d, want %d", ex.MaxWorkers(), want)
	}
}

// Workers start lazily: sequential tasks reuse one idle worker, and
// concurrent ones never make more than max_workers.
func TestExecutorWorkerCount(t *testing.T) {
	noLeak(t)
	ex := NewThreadPoolExecutor(3, "count")
	for i := range 5 {
		if got := Submit(ex, func() int { return i * i }).Result(5); got != i*i {
			t.Fatalf("task %d returned %d", i, got)
		}
		// The worker counts itself idle just after setting the result (as
		// in CPython); submitting before that would rightly add a worker.
		waitUntil(t, "worker to become idle", func() bool { return ex.idle.Value() == 1 })
	}
	if n := len(ex.workers()); n != 1 {
		t.Fatalf("%d workers for sequential tasks, want 1", n)
	}
	release := make(chan struct{})
	var mu sync.Mutex
	names := map[string]bool{}
	var fs []*Future[struct{}]
	for range 20 {
		fs = append(fs, Submit(ex, func() struct{} {
			mu.Lock()
			names[CurrentThread().Name()] = true
			mu.Unlock()
			<-release
			return struct{}{}
		}))
	}
	if n := len(ex.workers()); n != 3 {
		t.Fatalf("%d workers with 20 blocked tasks, want 3", n)
	}
	close(release)
	for _, f := range fs {
		f.Result(5)
	}
	ex.Shutdown(true, false)
	if len(names) > 3 {
		t.Fatalf("tasks ran on %d threads: %v", len(names), names)
	}
	for _, w := range ex.workers() {
		if w.IsAlive() {
			t.Fatalf("worker %s alive after Shutdown(wait=True)", w.Name())
		}
	}
}

// Messages are CPython 3.11's.
func TestExecutorShutdown(t *testing.T) {
	noLeak(t)
	ex := NewThreadPoolExecutor(1, "")
	release := make(chan struct{})
	running := make(chan struct{})
	first := Submit(ex, func() int {
		close(running)
		<-release
		return 1
	})
	<-running
	queued := []*Future[int]{Submit(ex, func() int { return 2 }), Submit(ex, func() int { return 3 })}
	ex.Shutdown(false, true)
	raises(t, RuntimeError, "cannot schedule new futures after shutdown", func() { Submit(ex, func() int { return 0 }) })
	for _, f := range queued {
		if !f.Cancelled() {
			t.Fatal("queued future not cancelled by cancel_futures")
		}
	}
	close(release)
	if first.Result(5) != 1 {
		t.Fatal("running task lost")
	}
	ex.Shutdown(true, false)

	interpreterShutdown.Store(true)
	other := NewThreadPoolExecutor(1, "")
	exc := catch(func() { Submit(other, func() int { return 0 }) })
	interpreterShutdown.Store(false)
	if exc == nil || exc.Line() != "RuntimeError: cannot schedule new futures after interpreter shutdown" {
		t.Fatalf("submit during interpreter shutdown raised %v", exc)
	}
	other.Shutdown(true, false)
}

func TestExecutorTaskException(t *testing.T) {
	noLeak(t)
	ex := NewThreadPoolExecutor(2, "")
	defer ex.Shutdown(true, false)
	f := Submit(ex, func() int { Raise(ValueError, "task failed"); return 0 })
	if exc := catch(func() { f.Result(5) }); exc == nil || exc.Line() != "ValueError: task failed" {
		t.Fatalf("Result raised %v", exc)
	}
	g := Submit(ex, func() int { Exit(2); return 0 }) // BaseException is caught too
	if exc := g.Exception(5); exc == nil || !exc.IsInstance(SystemExit) {
		t.Fatalf("SystemExit in a task gave %v", exc)
	}
}

func TestMapOrderExceptionAndTimeout(t *testing.T) {
	noLeak(t)
	ex := NewThreadPoolExecutor(4, "")
	defer ex.Shutdown(true, false)
	square := func(x int) int { return x * x }
	if got := slices.Collect(Map(ex, square, []int{1, 2, 3, 4, 5}, -1)); !slices.Equal(got, []int{1, 4, 9, 16, 25}) {
		t.Fatalf("map results %v", got)
	}
	var before []int
	exc := catch(func() {
		for r := range Map(ex, func(x int) int {
			if x == 3 {
				Raise(KeyError, x)
			}
			return x
		}, []int{1, 2, 3, 4}, -1) {
			before = append(before, r)
		}
	})
	if exc == nil || !exc.IsInstance(KeyError) || !slices.Equal(before, []int{1, 2}) {
		t.Fatalf("map with a failing call: exception %v after %v", exc, before)
	}
	block := make(chan struct{})
	defer close(block)
	exc = catch(func() {
		for range Map(ex, func(int) int { <-block; return 0 }, []int{1}, 0.03) {
		}
	})
	if exc == nil || exc.Line() != "TimeoutError" {
		t.Fatalf("map timeout raised %v", exc)
	}
}

// Leaving a map loop early cancels the calls that have not started. The
// single worker is held in call 2, so calls 3 to 8 are still queued when the
// loop ends.
func TestMapBreakCancels(t *testing.T) {
	noLeak(t)
	ex := NewThreadPoolExecutor(1, "")
	gate := make(chan struct{})
	var mu sync.Mutex
	var ran []int
	for range Map(ex, func(x int) int {
		if x > 1 {
			<-gate
		}
		mu.Lock()
		ran = append(ran, x)
		mu.Unlock()
		return x
	}, []int{1, 2, 3, 4, 5, 6, 7, 8}, -1) {
		break
	}
	close(gate)
	ex.Shutdown(true, false)
	if len(ran) > 2 || ran[0] != 1 {
		t.Fatalf("calls run after breaking out of map: %v", ran)
	}
}

// At program end CPython runs the queued work, stops the workers and exits
// even though the program never called shutdown.
func TestExecutorAtProgramExit(t *testing.T) {
	noLeak(t)
	var results []*Future[int]
	var ex *Executor
	code := withMain(t, func() {
		ex = NewThreadPoolExecutor(2, "")
		for i := range 6 {
			results = append(results, Submit(ex, func() int { return i }))
		}
	})
	if code != 0 {
		t.Fatalf("exit status %d", code)
	}
	for i, f := range results {
		if !f.Done() || f.Result(0) != i {
			t.Fatalf("task %d not run before exit", i)
		}
	}
	for _, w := range ex.workers() {
		if w.IsAlive() || w.Daemon() {
			t.Fatalf("worker %v: alive or daemon", w)
		}
	}
}

func ExampleSubmit() {
	ex := NewThreadPoolExecutor(2, "")
	defer ex.Shutdown(true, false)
	f := Submit(ex, func() int { return 6 * 7 })
	fmt.Println(f.Result(-1))
	// Output: 42
}

func ExampleMap() {
	ex := NewThreadPoolExecutor(3, "")
	defer ex.Shutdown(true, false)
	for r := range Map(ex, func(s string) int { return len(s) }, []string{"a", "bb", "ccc"}, -1) {
		fmt.Println(r)
	}
	// Output:
	// 1
	// 2
	// 3
}
