package runtime

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"
)

// Future is concurrent.futures.Future holding a result of type T. Emitted
// code uses a channel when a program only submits work and reads each
// result once; this type serves programs that observe what a channel lacks:
// done()/running()/cancel(), result or exception with a timeout, an
// exception re-raised in the reader, done callbacks, as_completed and wait.
//
// Futures of different result types that meet in one as_completed or wait
// call are typed Future[any]; the translator uses any only then.
//
// Kept from CPython 3.11: the states pending, running, cancelled and
// finished; cancel() succeeding only while pending; result() re-raising the
// task's exception, raising CancelledError for a cancelled future and
// concurrent.futures.TimeoutError (no message) on timeout; exception();
// callbacks run once, in order, in the thread that completes the future, or
// at once in the caller when already done, with an exception in a callback
// reported as "exception calling callback for <Future ...>" plus a
// traceback and otherwise ignored; the repr <Future at 0x... state=finished
// returned int>.
//
// Dropped: CPython tells as_completed and wait about a cancelled future only
// when an executor picks up its work item, so a future cancelled by
// cancel() or shutdown(cancel_futures=True) can leave them waiting for
// ever; here a cancelled future counts as done at once. The type name in
// the repr is derived from the Go type of the result.
type Future[T any] struct {
	mu        sync.Mutex
	state     futureState
	result    T
	exc       *Exc
	done      chan struct{} // closed when cancelled or finished
	callbacks []func(*Future[T])
	waiters   []chan *Future[T] // AsCompleted and Wait calls to tell about completion
}

type futureState int

const (
	futurePending futureState = iota
	futureRunning
	futureCancelled
	futureFinished
)

var futureStateNames = [...]string{"pending", "running", "cancelled", "finished"}

// NewFuture returns a pending Future, as concurrent.futures.Future().
func NewFuture[T any]() *Future[T] { return &Future[T]{done: make(chan struct{})} }

// Done reports whether the future finished or was cancelled.
func (f *Future[T]) Done() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state == futureCancelled || f.state == futureFinished
}

// Running reports whether the call is executing.
func (f *Future[T]) Running() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state == futureRunning
}

// Cancelled reports whether the future was cancelled.
func (f *Future[T]) Cancelled() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state == futureCancelled
}

// Cancel cancels a pending future and reports whether the future is
// cancelled; a running or finished one cannot be.
func (f *Future[T]) Cancel() bool {
	f.mu.Lock()
	switch f.state {
	case futureRunning, futureFinished:
		f.mu.Unlock()
		return false
	case futureCancelled:
		f.mu.Unlock()
		return true
	}
	f.state = futureCancelled
	f.completeLocked()
	return true
}

// Result waits up to timeout seconds (negative: for ever) and returns the
// result, or raises the call's exception, CancelledError or TimeoutError.
func (f *Future[T]) Result(timeout float64) T {
	f.await(timeout)
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.exc != nil {
		panic(f.exc)
	}
	return f.result
}

// Exception waits like Result and returns the call's exception, or nil if it
// returned normally.
func (f *Future[T]) Exception(timeout float64) *Exc {
	f.await(timeout)
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.exc
}

// await waits for completion and raises CancelledError or TimeoutError.
func (f *Future[T]) await(timeout float64) {
	select {
	case <-f.done:
	default:
		if timeout < 0 {
			<-f.done
			break
		}
		timer := time.NewTimer(seconds(timeout))
		defer timer.Stop()
		select {
		case <-f.done:
		case <-timer.C:
			Raise(FuturesTimeout)
		}
	}
	if f.Cancelled() {
		Raise(CancelledError)
	}
}

// AddDoneCallback arranges for fn(f) to run when f completes, or runs it now
// if f is done.
func (f *Future[T]) AddDoneCallback(fn func(*Future[T])) {
	f.mu.Lock()
	if f.state != futureCancelled && f.state != futureFinished {
		f.callbacks = append(f.callbacks, fn)
		f.mu.Unlock()
		return
	}
	f.mu.Unlock()
	f.runCallback(fn)
}

// SetResult completes the future with v, as Future.set_result; completing a
// done future raises InvalidStateError with CPython's message.
func (f *Future[T]) SetResult(v T) {
	f.mu.Lock()
	if f.state == futureCancelled || f.state == futureFinished {
		f.raiseInvalidStateLocked()
	}
	f.result = v
	f.state = futureFinished
	f.completeLocked()
}

// SetException completes the future with exc, as Future.set_exception.
func (f *Future[T]) SetException(exc *Exc) {
	f.mu.Lock()
	if f.state == futureCancelled || f.state == futureFinished {
		f.raiseInvalidStateLocked()
	}
	f.exc = exc
	f.state = futureFinished
	f.completeLocked()
}

// raiseInvalidStateLocked raises CPython's error for completing a done
// future; f.mu is held on entry and released.
func (f *Future[T]) raiseInvalidStateLocked() {
	msg := strings.ToUpper(futureStateNames[f.state]) + ": " + f.reprLocked()
	f.mu.Unlock()
	Raise(InvalidStateError, msg)
}

// InvalidStateError is concurrent.futures.InvalidStateError, raised when a
// done future is completed again.
var InvalidStateError = NewExcType("InvalidStateError", Exception)

// setRunning moves a pending future to running and reports true, or reports
// false for a cancelled one (set_running_or_notify_cancel).
func (f *Future[T]) setRunning() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state == futureCancelled {
		return false
	}
	f.state = futureRunning
	return true
}

// completeLocked wakes everything waiting for the future, which f.mu guards
// on entry; it unlocks f.mu and then runs the callbacks.
func (f *Future[T]) completeLocked() {
	close(f.done)
	for _, w := range f.waiters {
		w <- f
	}
	callbacks := f.callbacks
	f.callbacks = nil
	f.mu.Unlock()
	for _, fn := range callbacks {
		f.runCallback(fn)
	}
}

// runCallback runs one done callback, reporting an exception it raises as
// CPython's futures logger does.
func (f *Future[T]) runCallback(fn func(*Future[T])) {
	defer func() {
		if r := recover(); r != nil {
			writeReport("exception calling callback for " + f.String() + "\n" + tracebackText(AsExc(r)))
		}
	}()
	fn(f)
}

// addWaiter registers ch to receive f once it completes; it reports false,
// registering nothing, when f is already done.
func (f *Future[T]) addWaiter(ch chan *Future[T]) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state == futureCancelled || f.state == futureFinished {
		return false
	}
	f.waiters = append(f.waiters, ch)
	return true
}

func (f *Future[T]) removeWaiter(ch chan *Future[T]) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, w := range f.waiters {
		if w == ch {
			f.waiters = append(f.waiters[:i], f.waiters[i+1:]...)
			return
		}
	}
}

// String returns the future's repr. It must not be called with f.mu held.
func (f *Future[T]) String() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.reprLocked()
}

func (f *Future[T]) reprLocked() string {
	s := fmt.Sprintf("<Future at %p state=%s", f, futureStateNames[f.state])
	if f.state == futureFinished {
		if f.exc != nil {
			s += " raised " + f.exc.Type.Name
		} else {
			s += " returned " + pythonTypeName(f.result)
		}
	}
	return s + ">"
}

// pythonTypeName names the Python type a Go value stands for in translated
// code, for reprs that show a type.
func pythonTypeName(v any) string {
	if v == nil {
		return "NoneType"
	}
	switch x := v.(type) {
	case *Exc:
		return x.Type.Name
	case *Thread:
		return "Thread"
	}
	switch k := reflect.TypeOf(v).Kind(); k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "int"
	case reflect.Float32, reflect.Float64:
		return "float"
	case reflect.Complex64, reflect.Complex128:
		return "complex"
	case reflect.String:
		return "str"
	case reflect.Bool:
		return "bool"
	case reflect.Slice, reflect.Array:
		return "list"
	case reflect.Map:
		return "dict"
	case reflect.Func:
		return "function"
	case reflect.Struct:
		if reflect.TypeOf(v).NumField() == 0 {
			return "NoneType" // struct{} is the result of a call returning None
		}
		if name := reflect.TypeOf(v).Name(); name != "" {
			return name
		}
	case reflect.Pointer:
		if e := reflect.TypeOf(v).Elem(); e.Name() != "" {
			return e.Name()
		}
	}
	return "object"
}
