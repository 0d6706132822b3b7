package runtime

import (
	"fmt"
	"iter"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Executor is concurrent.futures.ThreadPoolExecutor. Emitted code uses a
// fixed set of goroutines reading a channel when a program only maps work
// over a pool; this type serves programs that observe the pool: futures,
// worker thread names, as_completed, shutdown with cancel_futures, the
// errors after shutdown.
//
// Kept from CPython 3.11: max_workers defaulting to min(32, cpu count + 4);
// workers are runtime Threads named "ThreadPoolExecutor-N_M" (N counting
// executors made without a prefix, from 0) or "PREFIX_M", M counting from 0;
// workers are started lazily, one per submit while no worker is idle, never
// more than max_workers; work runs in submission order; shutdown(wait,
// cancel_futures) and the RuntimeErrors "cannot schedule new futures after
// shutdown" and "... after interpreter shutdown"; at program exit (Main)
// queued work still runs and the workers then end, before the wait for
// non-daemon threads; map submits everything at once, yields results in
// input order, raises the first exception when its result is reached, and
// cancels what is left when iteration stops early.
//
// Dropped: initializer/initargs and BrokenThreadPool; an explicit
// max_workers=0 (a ValueError in CPython) means the default here, as any
// value <= 0 does; map over several iterables (the caller zips them).
type Executor struct {
	maxWorkers int
	prefix     string
	queue      workQueue
	idle       *Semaphore // counts workers waiting for work

	mu       sync.Mutex // guards threads and shutdown
	threads  []*Thread
	shutdown bool
}

// executorCounter numbers executors created without a name prefix.
var executorCounter atomic.Int64

// interpreterShutdown is set by the threading atexit hook at program end.
var interpreterShutdown atomic.Bool

// liveExecutors are the executors whose workers the exit hook must stop.
var liveExecutors = struct {
	sync.Mutex
	set map[*Executor]bool
	// hooked is whether stopExecutorsAtExit is registered; it unregisters
	// itself by running, and is registered again for a later executor.
	hooked bool
}{set: map[*Executor]bool{}}

// NewThreadPoolExecutor returns ThreadPoolExecutor(max_workers,
// thread_name_prefix); maxWorkers <= 0 means the default and namePrefix ""
// means "ThreadPoolExecutor-N".
func NewThreadPoolExecutor(maxWorkers int, namePrefix string) *Executor {
	if maxWorkers <= 0 {
		maxWorkers = min(32, runtime.NumCPU()+4)
	}
	if namePrefix == "" {
		namePrefix = fmt.Sprintf("ThreadPoolExecutor-%d", executorCounter.Add(1)-1)
	}
	ex := &Executor{maxWorkers: maxWorkers, prefix: namePrefix, idle: NewSemaphore(0)}
	ex.queue.init()
	liveExecutors.Lock()
	liveExecutors.set[ex] = true
	if !liveExecutors.hooked {
		liveExecutors.hooked = true
		registerThreadingAtexit(stopExecutorsAtExit)
	}
	liveExecutors.Unlock()
	return ex
}

// stopExecutorsAtExit is CPython's concurrent.futures.thread._python_exit:
// it forbids new work, tells every worker to end once the queue is drained
// and waits for them.
func stopExecutorsAtExit() {
	interpreterShutdown.Store(true)
	liveExecutors.Lock()
	var all []*Executor
	for ex := range liveExecutors.set {
		all = append(all, ex)
	}
	clear(liveExecutors.set)
	liveExecutors.hooked = false
	liveExecutors.Unlock()
	for _, ex := range all {
		ex.queue.put(nil)
	}
	for _, ex := range all {
		for _, t := range ex.workers() {
			t.Join(-1)
		}
	}
}

// MaxWorkers returns the pool's max_workers.
func (ex *Executor) MaxWorkers() int { return ex.maxWorkers }

func (ex *Executor) workers() []*Thread {
	ex.mu.Lock()
	defer ex.mu.Unlock()
	return append([]*Thread(nil), ex.threads...)
}

// Submit schedules fn on ex and returns its Future, as executor.submit(fn).
// (A function, because Go methods cannot have type parameters.)
func Submit[T any](ex *Executor, fn func() T) *Future[T] {
	ex.mu.Lock()
	defer ex.mu.Unlock()
	if ex.shutdown {
		Raise(RuntimeError, "cannot schedule new futures after shutdown")
	}
	if interpreterShutdown.Load() {
		Raise(RuntimeError, "cannot schedule new futures after interpreter shutdown")
	}
	f := NewFuture[T]()
	ex.queue.put(&workItem{run: func() { runWorkItem(f, fn) }, cancel: func() { f.Cancel() }})
	ex.adjustThreadCount()
	return f
}

// runWorkItem runs fn for f unless f was cancelled, storing its result or
// exception.
func runWorkItem[T any](f *Future[T], fn func() T) {
	if !f.setRunning() {
		return
	}
	var result T
	exc := callCatching(func() { result = fn() })
	if exc != nil {
		f.SetException(exc)
		return
	}
	f.SetResult(result)
}

// adjustThreadCount starts a worker unless one is idle or the pool is full;
// ex.mu is held.
func (ex *Executor) adjustThreadCount() {
	if ex.idle.Acquire(false, -1) {
		return
	}
	if len(ex.threads) < ex.maxWorkers {
		name := fmt.Sprintf("%s_%d", ex.prefix, len(ex.threads))
		t := NewThread(ex.work, "", name, false)
		t.Start()
		ex.threads = append(ex.threads, t)
	}
}

// work is a worker thread's loop; a nil item is the signal to check for
// shutdown, passed on so that every worker sees it.
func (ex *Executor) work() {
	for {
		item := ex.queue.get()
		if item != nil {
			item.run()
			ex.idle.Release(1)
			continue
		}
		ex.mu.Lock()
		stop := ex.shutdown || interpreterShutdown.Load()
		ex.mu.Unlock()
		if stop {
			ex.queue.put(nil)
			return
		}
	}
}

// Shutdown is executor.shutdown(wait, cancel_futures): no new work is
// accepted; with cancelFutures the queued work is cancelled; with wait it
// returns once every worker has ended.
func (ex *Executor) Shutdown(wait bool, cancelFutures bool) {
	ex.mu.Lock()
	ex.shutdown = true
	if cancelFutures {
		for {
			item, ok := ex.queue.getNoWait()
			if !ok {
				break
			}
			if item != nil {
				item.cancel()
			}
		}
	}
	ex.queue.put(nil)
	ex.mu.Unlock()
	if wait {
		for _, t := range ex.workers() {
			t.Join(-1)
		}
		liveExecutors.Lock()
		delete(liveExecutors.set, ex)
		liveExecutors.Unlock()
	}
}

// Map is executor.map(fn, items, timeout=...): it submits every call now
// and returns an iterator over the results in input order. A call's
// exception is raised when its result is reached; the timeout (negative:
// none) counts from the call to Map and raises TimeoutError; stopping the
// iteration early, or an exception, cancels the calls not yet started.
// Collect it with slices.Collect for list(executor.map(...)).
func Map[T, R any](ex *Executor, fn func(T) R, items []T, timeout float64) iter.Seq[R] {
	var deadline time.Time
	if timeout >= 0 {
		deadline = time.Now().Add(seconds(timeout))
	}
	fs := make([]*Future[R], len(items))
	for i, item := range items {
		fs[i] = Submit(ex, func() R { return fn(item) })
	}
	return func(yield func(R) bool) {
		next := 0
		defer func() {
			for _, f := range fs[next:] {
				f.Cancel()
			}
		}()
		for next < len(fs) {
			f := fs[next]
			next++
			wait := -1.0
			if timeout >= 0 {
				wait = max(0, time.Until(deadline).Seconds())
			}
			result := resultOrCancel(f, wait)
			if !yield(result) {
				return
			}
		}
	}
}

// resultOrCancel is CPython's _result_or_cancel: the result, cancelling the
// future if waiting for it fails.
func resultOrCancel[T any](f *Future[T], timeout float64) T {
	defer f.Cancel()
	return f.Result(timeout)
}

// callCatching runs fn and returns the exception it raised, or nil: a
// Python `except BaseException`.
func callCatching(fn func()) (exc *Exc) {
	defer func() {
		if r := recover(); r != nil {
			exc = AsExc(r)
		}
	}()
	fn()
	return nil
}

// workItem is one submitted call, type-erased for the queue.
type workItem struct {
	run    func()
	cancel func()
}

// workQueue is the pool's unbounded FIFO (CPython's queue.SimpleQueue).
type workQueue struct {
	mu       sync.Mutex
	nonEmpty *sync.Cond
	items    []*workItem
}

func (q *workQueue) init() { q.nonEmpty = sync.NewCond(&q.mu) }

func (q *workQueue) put(item *workItem) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.items = append(q.items, item)
	q.nonEmpty.Signal()
}

func (q *workQueue) get() *workItem {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.nonEmpty.Wait()
	}
	item := q.items[0]
	q.items = q.items[1:]
	return item
}

func (q *workQueue) getNoWait() (*workItem, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 {
		return nil, false
	}
	item := q.items[0]
	q.items = q.items[1:]
	return item, true
}
