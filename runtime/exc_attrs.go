package runtime

// Attributes of raised exceptions beyond args: the cause of `raise X from
// Y`, the context of an exception raised while another is handled, and
// errno, strerror and filename of the OSErrors file functions
// raise.
//
// Kept from CPython 3.11: an OSError from a file function has args
// (errno, strerror), its str is "[Errno 2] No such file or directory:
// 'name'", and its repr FileNotFoundError(2, 'No such file or directory').
// Dropped: an OSError raised by the program itself has no errno, strerror
// or filename here: they read 0 and "" where CPython gives None.

// WithCause sets e.__cause__, as `raise e from cause` does, and returns e.
// A nil cause is `raise e from None`: no cause, and no context shown.
func (e *Exc) WithCause(cause *Exc) *Exc {
	e.Cause = cause
	e.Suppress = true
	return e
}

// WithContext sets e.__context__ to the exception being handled, as
// raising e inside an except clause does, and returns e. An exception
// keeps the first context it got, and is never its own context.
func (e *Exc) WithContext(handled *Exc) *Exc {
	if e.Context == nil && handled != e {
		e.Context = handled
	}
	return e
}

// osErrorAttrs is the Self of an OSError raised by a file function.
type osErrorAttrs struct {
	errno    int
	strerror string
	filename string
}

// String is str(e): "[Errno 2] No such file or directory: 'name'".
func (a *osErrorAttrs) String() string {
	return "[Errno " + itoa(a.errno) + "] " + a.strerror + ": " + Repr(a.filename)
}

// newOSError builds the OSError of class t that CPython raises for a
// failed system call on filename.
func newOSError(t *ExcType, errno int, strerror, filename string) *Exc {
	e := NewExc(t, errno, strerror)
	e.Self = &osErrorAttrs{errno: errno, strerror: strerror, filename: filename}
	return e
}

// Errno is e.errno: the error number of an OSError from a file function,
// else 0.
func (e *Exc) Errno() int {
	if a, ok := e.Self.(*osErrorAttrs); ok {
		return a.errno
	}
	return 0
}

// Strerror is e.strerror: the system's text for Errno, else "".
func (e *Exc) Strerror() string {
	if a, ok := e.Self.(*osErrorAttrs); ok {
		return a.strerror
	}
	return ""
}

// Filename is e.filename: the path a file function failed on, else "".
func (e *Exc) Filename() string {
	if a, ok := e.Self.(*osErrorAttrs); ok {
		return a.filename
	}
	return ""
}

// SetArgs sets e.args, as BaseException.__init__(self, *args) does when a
// user exception class's __init__ calls super().__init__(...).
func (e *Exc) SetArgs(args ...any) { e.Args = args }
