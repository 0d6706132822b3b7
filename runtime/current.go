package runtime

import (
	"strconv"
	"sync"
)

// The thread registry: which goroutine runs which Thread, and the live
// threads in the order threading.enumerate() lists them.
//
// Kept from CPython 3.11: the main goroutine is a Thread named "MainThread";
// a goroutine the runtime did not start gets a daemon "Dummy-N" Thread the
// first time it asks for its thread, numbered by the counter that also
// numbers "Thread-N"; enumerate() lists the main thread first and then the
// others in the order they were started.
//
// Dropped: CPython forgets a dummy thread when its OS thread ends; Go cannot
// observe the end of a goroutine it did not start, so a dummy stays listed
// (and its storage kept) for the rest of the run. Translated programs only
// meet dummies when a plain go statement's goroutine asks for its thread.
var registry = struct {
	mu      sync.Mutex
	byGoid  map[int64]*Thread
	alive   []*Thread // enumerate order
	counter int       // last N used in "Thread-N" / "Dummy-N"
	main    *Thread
}{byGoid: map[int64]*Thread{}}

func init() {
	// Package initialisation runs on the main goroutine.
	bindMainThread(newMainThread(), goid())
}

// newMainThread returns a running Thread named "MainThread", not yet bound
// to a goroutine.
func newMainThread() *Thread {
	main := &Thread{
		name:      "MainThread",
		className: "_MainThread",
		kind:      mainThread,
		state:     threadStarted,
		started:   make(chan struct{}),
		done:      make(chan struct{}),
	}
	close(main.started)
	return main
}

// bindMainThread makes main the Thread of goroutine id, first in enumerate.
func bindMainThread(main *Thread, id int64) {
	main.mu.Lock()
	main.ident = id
	main.mu.Unlock()
	registry.mu.Lock()
	defer registry.mu.Unlock()
	if old := registry.main; old != nil {
		delete(registry.byGoid, old.ident)
		registry.alive = removeThread(registry.alive, old)
	}
	registry.main = main
	registry.byGoid[id] = main
	registry.alive = append([]*Thread{main}, registry.alive...)
}

// newThreadName returns "kind-N" with the next number of CPython's shared
// counter.
func newThreadName(kind string) string {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	registry.counter++
	return kind + "-" + strconv.Itoa(registry.counter)
}

// registerStarting lists t among the live threads when Start is called.
func registerStarting(t *Thread) {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	registry.alive = append(registry.alive, t)
}

// bindGoroutine records that goroutine id runs t.
func bindGoroutine(id int64, t *Thread) {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	registry.byGoid[id] = t
}

// unregisterThread forgets an ended thread.
func unregisterThread(t *Thread) {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	delete(registry.byGoid, t.ident)
	registry.alive = removeThread(registry.alive, t)
}

func removeThread(list []*Thread, t *Thread) []*Thread {
	for i, x := range list {
		if x == t {
			return append(list[:i:i], list[i+1:]...)
		}
	}
	return list
}

// lookupThread returns the Thread of goroutine id, or nil.
func lookupThread(id int64) *Thread {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	return registry.byGoid[id]
}

// creatorIsDaemon reports the daemon flag a new thread inherits: the
// creating thread's, and true for a goroutine the runtime did not start (a
// dummy thread in CPython is a daemon).
func creatorIsDaemon() bool {
	if t := lookupThread(goid()); t != nil {
		return t.Daemon()
	}
	return true
}

// CurrentThread returns threading.current_thread(): the Thread running the
// calling goroutine, MainThread for the main goroutine (or the one running
// Main), and a new dummy thread for a goroutine the runtime did not start.
func CurrentThread() *Thread {
	id := goid()
	registry.mu.Lock()
	defer registry.mu.Unlock()
	if t := registry.byGoid[id]; t != nil {
		return t
	}
	registry.counter++
	dummy := &Thread{
		name:      "Dummy-" + strconv.Itoa(registry.counter),
		className: "_DummyThread",
		kind:      dummyThread,
		daemon:    true,
		ident:     id,
		state:     threadStarted,
		started:   make(chan struct{}),
		done:      make(chan struct{}),
	}
	close(dummy.started)
	registry.byGoid[id] = dummy
	registry.alive = append(registry.alive, dummy)
	return dummy
}

// MainThread returns threading.main_thread().
func MainThread() *Thread {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	return registry.main
}

// Enumerate returns threading.enumerate(): the live threads, main thread
// first, then in start order.
func Enumerate() []*Thread {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	return append([]*Thread(nil), registry.alive...)
}

// ActiveCount returns threading.active_count().
func ActiveCount() int {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	return len(registry.alive)
}

// GetIdent returns threading.get_ident() for the calling goroutine without
// creating a dummy thread.
func GetIdent() int { return publicIdent(goid()) }

// identBase shifts goroutine ids into the range of the identifiers CPython
// shows on Linux (pthread_t addresses such as 140499279148736), so output
// and programs that tell identifiers by their size see the same kind of
// number. Two threads' identifiers still differ exactly when their
// goroutines differ.
const identBase = 1 << 47

// publicIdent is the identifier Python code sees for goroutine id, 0
// (None) for no goroutine.
func publicIdent(id int64) int {
	if id == 0 {
		return 0
	}
	return int(identBase + id)
}

// GetNativeID returns threading.get_native_id(); see Thread.NativeID.
func GetNativeID() int { return GetIdent() }
