package runtime

// Local is threading.local for a value of type T: each thread sees its own
// value. Go has no goroutine-local storage; a program whose Python source
// reads and writes a threading.local gets this type, with T a struct of the
// attributes it uses (or a map when they vary).
//
// Design: the values live in the current Thread (see CurrentThread), in a
// map keyed by the Local, which only that thread's goroutine touches, so
// Get and Set take no lock beyond the registry lookup that finds the thread
// (one goroutine-identity lookup, see goid.go). When a runtime Thread ends,
// its map is dropped, so its values become garbage then, as CPython frees a
// thread's local dict when the thread dies.
//
// Kept from CPython 3.11: per-thread values; a thread that never set the
// value does not see another's (Python raises AttributeError: Get reports
// false); values released at thread end.
//
// Dropped: a threading.local subclass's __init__ re-run in each thread
// (emitted code sets the initial value itself); values set by a goroutine
// the runtime did not start live as long as its dummy thread, that is for
// the rest of the run (see current.go).
type Local[T any] struct {
	_ byte // non-zero size, so that distinct Locals are distinct map keys
}

// NewLocal returns a threading.local holding no value in any thread.
func NewLocal[T any]() *Local[T] { return &Local[T]{} }

// Get returns the calling thread's value and whether it has one.
func (l *Local[T]) Get() (T, bool) {
	th := CurrentThread()
	v, ok := th.locals[l]
	if !ok {
		var zero T
		return zero, false
	}
	return v.(T), true
}

// Set stores the calling thread's value.
func (l *Local[T]) Set(v T) {
	th := CurrentThread()
	if th.locals == nil {
		th.locals = map[any]any{}
	}
	th.locals[l] = v
}

// Delete removes the calling thread's value, as `del local.attr`.
func (l *Local[T]) Delete() {
	delete(CurrentThread().locals, l)
}

// Attr returns the calling thread's value of a threading.local attribute
// named name, raising AttributeError("'_thread._local' object has no
// attribute 'name'") when this thread never set it, as CPython does.
func (l *Local[T]) Attr(name string) T {
	v, ok := l.Get()
	if !ok {
		panic(NewExc(AttributeError, "'_thread._local' object has no attribute '"+name+"'"))
	}
	return v
}

// Has is hasattr() on the attribute: whether this thread set it.
func (l *Local[T]) Has() bool {
	_, ok := l.Get()
	return ok
}
