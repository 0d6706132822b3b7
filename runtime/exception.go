package runtime

import (
	"fmt"
	"io"
	"strings"
)

// ExcType is a Python exception class. Classes form a single-inheritance
// tree rooted at BaseException; user classes (`class MyError(Exception)`)
// are made with NewExcType.
type ExcType struct {
	Name string
	Base *ExcType
}

// NewExcType declares a Python exception class name deriving from base.
func NewExcType(name string, base *ExcType) *ExcType {
	return &ExcType{Name: name, Base: base}
}

// IsSubclass reports whether t is cls or derives from it, as Python's
// issubclass does.
func (t *ExcType) IsSubclass(cls *ExcType) bool {
	for c := t; c != nil; c = c.Base {
		if c == cls {
			return true
		}
	}
	return false
}

// The built-in exception classes that translated programs raise or catch.
var (
	BaseException      = &ExcType{Name: "BaseException"}
	SystemExit         = NewExcType("SystemExit", BaseException)
	KeyboardInterrupt  = NewExcType("KeyboardInterrupt", BaseException)
	Exception          = NewExcType("Exception", BaseException)
	ArithmeticError    = NewExcType("ArithmeticError", Exception)
	ZeroDivisionError  = NewExcType("ZeroDivisionError", ArithmeticError)
	OverflowError      = NewExcType("OverflowError", ArithmeticError)
	AssertionError     = NewExcType("AssertionError", Exception)
	AttributeError     = NewExcType("AttributeError", Exception)
	LookupError        = NewExcType("LookupError", Exception)
	IndexError         = NewExcType("IndexError", LookupError)
	KeyError           = NewExcType("KeyError", LookupError)
	NameError          = NewExcType("NameError", Exception)
	OSError            = NewExcType("OSError", Exception)
	TimeoutError       = NewExcType("TimeoutError", OSError)
	RuntimeError       = NewExcType("RuntimeError", Exception)
	NotImplementedErr  = NewExcType("NotImplementedError", RuntimeError)
	StopIteration      = NewExcType("StopIteration", Exception)
	TypeError          = NewExcType("TypeError", Exception)
	ValueError         = NewExcType("ValueError", Exception)
	BrokenBarrierError = NewExcType("BrokenBarrierError", RuntimeError)
	QueueEmpty         = NewExcType("Empty", Exception) // queue.Empty
	QueueFull          = NewExcType("Full", Exception)  // queue.Full
	CancelledError     = NewExcType("CancelledError", Exception)
	FuturesTimeout     = NewExcType("TimeoutError", TimeoutError) // concurrent.futures.TimeoutError
)

// Exc is a raised Python exception. Translated code raises it with panic and
// catches it with recover; it also satisfies error, so code that prefers Go's
// error values can return it.
type Exc struct {
	Type *ExcType
	// Args are the constructor arguments, as e.args in Python.
	Args []any
	// Self is the object of a user exception class with attributes or
	// methods (a Go struct embedding this *Exc); nil for other classes.
	// When it has a String method (the class's __str__), str(e) is that.
	Self any
	// Cause is the exception of `raise ... from cause`, e.__cause__.
	Cause *Exc
	// Context is the exception being handled when e was raised inside an
	// except clause, e.__context__; Suppress is set by `raise ... from`,
	// which shows the cause (or, from None, nothing) instead.
	Context  *Exc
	Suppress bool
}

// NewExc builds an exception of class t with the given arguments.
func NewExc(t *ExcType, args ...any) *Exc { return &Exc{Type: t, Args: args} }

// Raise panics with a new exception of class t, as `raise t(args...)`.
func Raise(t *ExcType, args ...any) { panic(NewExc(t, args...)) }

// Error returns str(e), as Python's str() of an exception does: the single
// argument's str, the repr of the args tuple when there are several, and ""
// when there are none. KeyError, as in CPython, shows its key's repr.
func (e *Exc) Error() string {
	if s, ok := e.Self.(fmt.Stringer); ok {
		return s.String()
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.Type.IsSubclass(KeyError) {
			return Repr(e.Args[0])
		}
		return Str(e.Args[0])
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = Repr(a)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// IsInstance reports whether the exception is an instance of cls (or a subclass), as
// `except cls:` matches.
func (e *Exc) IsInstance(cls *ExcType) bool { return e.Type.IsSubclass(cls) }

// Line returns the last line of CPython's report of the exception:
// "ValueError: bad value", or just "ValueError" when str(e) is empty.
func (e *Exc) Line() string {
	if msg := e.Error(); msg != "" {
		return e.Type.Name + ": " + msg
	}
	return e.Type.Name
}

// AsExc converts a value recovered from a panic into a Python exception: an
// *Exc stays as it is, a Go runtime error becomes the exception CPython would
// raise for the same fault (an index out of range is an IndexError, an
// integer division by zero a ZeroDivisionError), and anything else becomes a
// RuntimeError carrying its text.
func AsExc(v any) *Exc {
	switch x := v.(type) {
	case *Exc:
		return x
	case error:
		msg := x.Error()
		switch {
		case strings.Contains(msg, "index out of range"):
			return NewExc(IndexError, "list index out of range")
		case strings.Contains(msg, "integer divide by zero"):
			return NewExc(ZeroDivisionError, "integer division or modulo by zero")
		}
		return NewExc(RuntimeError, msg)
	}
	return NewExc(RuntimeError, fmt.Sprint(v))
}

// WriteTraceback writes CPython's report of an uncaught exception:
// "Traceback (most recent call last):" and the exception line. Python's stack
// frames are not reproduced: the translated program has Go frames, not
// Python ones.
func WriteTraceback(w io.Writer, e *Exc) {
	switch {
	case e.Cause != nil:
		WriteTraceback(w, e.Cause)
		fmt.Fprint(w, "\nThe above exception was the direct cause of the following exception:\n\n")
	case e.Context != nil && !e.Suppress:
		WriteTraceback(w, e.Context)
		fmt.Fprint(w, "\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	fmt.Fprintf(w, "Traceback (most recent call last):\n%s\n", e.Line())
}

// Repr returns repr(e) as CPython writes it: the class name and the repr of
// the args tuple, ValueError('bad value'), ValueError() or KeyError('k', 1).
func (e *Exc) Repr() string {
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = Repr(a)
	}
	return e.Type.Name + "(" + strings.Join(parts, ", ") + ")"
}
