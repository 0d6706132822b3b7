package runtime

import (
	"fmt"
	"sync"
	"time"
)

// Thread is a Python threading.Thread backed by a goroutine.
//
// Emitted code uses it only when a program observes what a bare go statement
// lacks: a thread's name, ident, is_alive(), a join with a timeout, the
// report of an uncaught exception with the thread's name, or the wait for
// non-daemon threads at exit. Otherwise a thread becomes `go f()` plus a
// sync.WaitGroup.
//
// Kept from CPython 3.11: default names "Thread-N (target)" numbered by one
// process-wide counter shared with dummy threads; start() only once and
// waiting until the new thread runs; join() errors and timeouts; is_alive();
// daemon inherited from the creating thread and frozen once started; the
// "Exception in thread NAME:" report through a settable excepthook (see
// SetExceptHook), after which the thread ends and the others go on; repr as
// <Thread(name, started daemon ident)>; enumerate() order.
//
// Dropped: Ident and NativeID are goroutine ids (see goid.go) shifted into
// the range of CPython's pthread identifiers (see publicIdent), not OS thread
// ids, and NativeID equals Ident since goroutines move between OS threads;
// args/kwargs are closed over by the target instead of being passed.
//
// Subclassing (`class Worker(Thread)` overriding run) is written as a struct
// embedding *Thread whose run method is installed with SetRun:
//
//	w := &Worker{Thread: pyrt.NewThread(nil, "", "", false)}
//	w.SetRun(w.run)
//	w.SetClassName("Worker") // only if the program prints the thread's repr
//	w.Start()
type Thread struct {
	mu        sync.Mutex
	name      string
	daemon    bool
	run       func()
	className string // Python class shown by String: Thread, Timer, _MainThread, _DummyThread
	kind      threadKind
	ident     int64 // goroutine id once started, 0 before (Python's None)
	state     threadState
	started   chan struct{} // closed once ident is known
	done      chan struct{} // closed when the thread has ended
	// locals is this thread's threading.local storage, keyed by *Local. Only
	// the thread's own goroutine reads or writes it; it is dropped when the
	// thread ends.
	locals map[any]any
}

type threadState int

// threadKind tells the threads the runtime started from the main thread and
// the dummies standing for goroutines it did not start.
type threadKind int

const (
	regularThread threadKind = iota
	mainThread
	dummyThread
)

const (
	threadInitial threadState = iota
	threadStarted
	threadStopped
)

// NewThread creates threading.Thread(target=target, name=name, daemon=...).
// targetName is target's Python __name__ ("worker", "<lambda>"); with an
// empty name the thread is called "Thread-N (targetName)" as CPython 3.11
// names it, or "Thread-N" without a target. daemon true makes a daemon
// thread; false means Python's daemon=None, inheriting the creating thread's
// flag (call SetDaemon(false) for an explicit daemon=False).
func NewThread(target func(), targetName, name string, daemon bool) *Thread {
	if name == "" {
		name = newThreadName("Thread")
		if target != nil && targetName != "" {
			name += " (" + targetName + ")"
		}
	}
	if !daemon {
		daemon = creatorIsDaemon()
	}
	return &Thread{
		name:      name,
		daemon:    daemon,
		run:       target,
		className: "Thread",
		started:   make(chan struct{}),
		done:      make(chan struct{}),
	}
}

// SetRun replaces what Run executes, as a subclass overriding run() does.
// It must be called before Start.
func (t *Thread) SetRun(run func()) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.run = run
}

// SetClassName sets the class name String shows, <Worker(Thread-1, ...)>,
// for a struct standing for a Python subclass of Thread.
func (t *Thread) SetClassName(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.className = name
}

// Run executes the thread's activity in the calling goroutine, as calling
// t.run() directly does in Python.
func (t *Thread) Run() {
	t.mu.Lock()
	run := t.run
	t.mu.Unlock()
	if run != nil {
		run()
	}
}

// Start runs the thread in a new goroutine and returns once it is running,
// as Thread.start() does. A second call raises RuntimeError.
func (t *Thread) Start() {
	t.mu.Lock()
	if t.state != threadInitial {
		t.mu.Unlock()
		Raise(RuntimeError, "threads can only be started once")
	}
	t.state = threadStarted
	t.mu.Unlock()
	registerStarting(t)
	go t.bootstrap()
	<-t.started
}

// bootstrap is the body of the thread's goroutine.
func (t *Thread) bootstrap() {
	id := goid()
	t.mu.Lock()
	t.ident = id
	t.mu.Unlock()
	bindGoroutine(id, t)
	close(t.started)
	defer t.finish()
	t.runReportingExceptions()
}

func (t *Thread) runReportingExceptions() {
	defer func() {
		if r := recover(); r != nil {
			exc := AsExc(r)
			invokeExceptHook(ExceptHookArgs{ExcType: exc.Type, ExcValue: exc, Thread: t})
		}
	}()
	t.Run()
}

// finish unregisters the ended thread, frees its thread-local storage and
// wakes its joiners.
func (t *Thread) finish() {
	unregisterThread(t)
	t.locals = nil
	t.mu.Lock()
	t.state = threadStopped
	t.mu.Unlock()
	close(t.done)
}

// Join waits for the thread to end, as Thread.join(timeout): a negative
// timeout waits for ever (Python's None). Like Python, it returns nothing
// when the timeout expires; ask IsAlive.
func (t *Thread) Join(timeout float64) {
	t.mu.Lock()
	state, ident, kind := t.state, t.ident, t.kind
	t.mu.Unlock()
	if kind == dummyThread {
		// CPython's _DummyThread.join is `assert False, "..."`.
		Raise(AssertionError, "cannot join a dummy thread")
	}
	if state == threadInitial {
		Raise(RuntimeError, "cannot join thread before it is started")
	}
	if ident == goid() {
		Raise(RuntimeError, "cannot join current thread")
	}
	if timeout < 0 {
		<-t.done
		return
	}
	timer := time.NewTimer(seconds(timeout))
	defer timer.Stop()
	select {
	case <-t.done:
	case <-timer.C:
	}
}

// IsAlive reports whether the thread has started and not yet ended.
func (t *Thread) IsAlive() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.state == threadStarted
}

// Name returns the thread's name.
func (t *Thread) Name() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.name
}

// SetName renames the thread, at any time, as assigning t.name does.
func (t *Thread) SetName(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.name = name
}

// Ident returns the thread's identifier, or 0 (Python's None) before it is
// started. It stays the same after the thread ends, and no two live threads
// share one.
func (t *Thread) Ident() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return publicIdent(t.ident)
}

// NativeID returns Thread.native_id. Goroutines have no fixed OS thread, so
// it is the same number as Ident.
func (t *Thread) NativeID() int { return t.Ident() }

// Daemon reports the daemon flag.
func (t *Thread) Daemon() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.daemon
}

// SetDaemon sets the daemon flag; after Start it raises RuntimeError as
// CPython does.
func (t *Thread) SetDaemon(daemon bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.state != threadInitial {
		Raise(RuntimeError, "cannot set daemon status of active thread")
	}
	t.daemon = daemon
}

// String returns the thread's repr: <Thread(Thread-1 (work), started 42)>.
func (t *Thread) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	status := "initial"
	switch t.state {
	case threadStarted:
		status = "started"
	case threadStopped:
		status = "stopped"
	}
	if t.daemon {
		status += " daemon"
	}
	if t.ident != 0 {
		status += fmt.Sprintf(" %d", publicIdent(t.ident))
	}
	return fmt.Sprintf("<%s(%s, %s)>", t.className, t.name, status)
}

// seconds converts a Python timeout in seconds to a Duration.
func seconds(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// IdentOrNone is Thread.ident as Python has it: None (nil) before the
// thread starts, the identifier after.
func (t *Thread) IdentOrNone() any {
	if id := t.Ident(); id != 0 {
		return id
	}
	return nil
}

// NativeIDOrNone is Thread.native_id as Python has it: None before start.
func (t *Thread) NativeIDOrNone() any { return t.IdentOrNone() }
