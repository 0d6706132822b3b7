package runtime

import "fmt"

// multiprocessing's exception classes: ProcessError and the TimeoutError that
// AsyncResult.Get raises (multiprocessing.TimeoutError, distinct from the
// built-in TimeoutError).
var (
	ProcessError           = NewExcType("ProcessError", Exception)
	MultiprocessingTimeout = NewExcType("TimeoutError", ProcessError)
)

// AsyncResult is multiprocessing.pool.AsyncResult (ApplyResult, MapResult):
// the pending result of ApplyAsync or MapAsync.
//
// Kept: get with a timeout raising multiprocessing.TimeoutError, the task's
// exception raised again by get, ready, successful and its ValueError while
// not ready, wait with a timeout. Dropped: the object address in the "not
// ready" message is the Go pointer, not CPython's id.
type AsyncResult[R any] struct {
	kind  string        // CPython's class name, for the "not ready" message
	done  chan struct{} // closed once value or exc is set
	value R
	exc   *Exc
}

func newAsyncResult[R any](kind string) *AsyncResult[R] {
	return &AsyncResult[R]{kind: kind, done: make(chan struct{})}
}

// set records the outcome; it is called exactly once.
func (r *AsyncResult[R]) set(value R, exc *Exc) {
	r.value, r.exc = value, exc
	close(r.done)
}

// Ready is r.ready(): whether the task has ended.
func (r *AsyncResult[R]) Ready() bool {
	select {
	case <-r.done:
		return true
	default:
		return false
	}
}

// Wait is r.wait(timeout): it waits until the task ends or timeout seconds
// pass (negative waits forever).
func (r *AsyncResult[R]) Wait(timeout float64) {
	deadline, stop := queueDeadline(timeout)
	defer stop()
	select {
	case <-r.done:
	case <-deadline:
	}
}

// Get is r.get(timeout): the task's result, its exception raised again, or
// multiprocessing.TimeoutError when it has not ended within timeout seconds
// (negative waits forever).
func (r *AsyncResult[R]) Get(timeout float64) R {
	r.Wait(timeout)
	if !r.Ready() {
		panic(NewExc(MultiprocessingTimeout))
	}
	if r.exc != nil {
		panic(r.exc)
	}
	return r.value
}

// Successful is r.successful(): whether the task ended without an
// exception; before it ends, ValueError as in CPython.
func (r *AsyncResult[R]) Successful() bool {
	if !r.Ready() {
		panic(NewExc(ValueError, fmt.Sprintf("<multiprocessing.pool.%s object at %p> not ready", r.kind, r)))
	}
	return r.exc == nil
}

// ApplyAsync is pool.apply_async(fn, args): fn runs on a worker (the
// translator closes over the arguments).
func ApplyAsync[R any](p *Pool, fn func() R) *AsyncResult[R] {
	r := newAsyncResult[R]("ApplyResult")
	p.submit(func() { r.set(poolCall(fn)) })
	return r
}

// Apply is pool.apply(fn, args): ApplyAsync and wait for the result.
func Apply[R any](p *Pool, fn func() R) R { return ApplyAsync(p, fn).Get(-1) }
