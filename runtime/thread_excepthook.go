package runtime

import "sync"

// ExceptHookArgs is threading.ExceptHookArgs: what the hook learns about an
// exception that escaped a thread's run. Python's exc_traceback has no
// counterpart.
type ExceptHookArgs struct {
	ExcType  *ExcType
	ExcValue *Exc
	Thread   *Thread
}

var exceptHook = struct {
	sync.Mutex
	fn func(ExceptHookArgs)
}{}

// SetExceptHook replaces threading.excepthook; nil restores the default.
func SetExceptHook(hook func(ExceptHookArgs)) {
	exceptHook.Lock()
	defer exceptHook.Unlock()
	exceptHook.fn = hook
}

// DefaultExceptHook is threading.__excepthook__: it ignores SystemExit and
// otherwise writes CPython's report to stderr,
//
//	Exception in thread Thread-1 (work):
//	Traceback (most recent call last):
//	ValueError: bad
func DefaultExceptHook(args ExceptHookArgs) {
	if args.ExcType != nil && args.ExcType.IsSubclass(SystemExit) {
		return
	}
	name := Str(GetIdent())
	if args.Thread != nil {
		name = args.Thread.Name()
	}
	writeReport("Exception in thread " + name + ":\n" + tracebackText(args.ExcValue))
}

// invokeExceptHook calls the current hook for an exception that escaped a
// thread; an exception escaping the hook itself is reported as CPython
// reports it.
func invokeExceptHook(args ExceptHookArgs) {
	exceptHook.Lock()
	hook := exceptHook.fn
	exceptHook.Unlock()
	if hook == nil {
		hook = DefaultExceptHook
	}
	defer func() {
		if r := recover(); r != nil {
			writeReport("Exception in threading.excepthook:\n" + tracebackText(AsExc(r)))
		}
	}()
	hook(args)
}
