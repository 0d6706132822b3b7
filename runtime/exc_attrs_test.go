package runtime

import (
	"path/filepath"
	"strings"
	"testing"
)

// userExc is what a translated exception class with a __str__ looks like:
// a struct embedding the runtime exception.
type userExc struct {
	*Exc
	used, limit int
}

func (u *userExc) String() string { return "quota " + itoa(u.used) + "/" + itoa(u.limit) }

func TestUserExceptionStrIsItsStringMethod(t *testing.T) {
	cls := NewExcType("QuotaError", Exception)
	u := &userExc{Exc: NewExc(cls, 12, 10), used: 12, limit: 10}
	u.Self = u
	if got := u.Exc.Error(); got != "quota 12/10" {
		t.Errorf("str(e) = %q", got)
	}
	// repr ignores __str__, as CPython's BaseException.__repr__ does.
	if got := Repr(u.Exc); got != "QuotaError(12, 10)" {
		t.Errorf("repr(e) = %q", got)
	}
	if got := u.Exc.Line(); got != "QuotaError: quota 12/10" {
		t.Errorf("traceback line = %q", got)
	}
}

func TestTracebackShowsTheCauseFirst(t *testing.T) {
	e := NewExc(RuntimeError, "outer").WithCause(NewExc(KeyError, "x"))
	var sb strings.Builder
	WriteTraceback(&sb, e)
	want := "Traceback (most recent call last):\nKeyError: 'x'\n\n" +
		"The above exception was the direct cause of the following exception:\n\n" +
		"Traceback (most recent call last):\nRuntimeError: outer\n"
	if sb.String() != want {
		t.Errorf("got %q, want %q", sb.String(), want)
	}
	if Repr(e.Cause) != "KeyError('x')" {
		t.Errorf("repr(e.__cause__) = %q", Repr(e.Cause))
	}
}

func TestOSErrorAttributesOfAFailedOpen(t *testing.T) {
	name := filepath.Join(t.TempDir(), "missing.txt")
	e := Try(func() { Open(name, "r") })
	if e == nil || !e.IsInstance(FileNotFoundError) {
		t.Fatalf("got %v, want FileNotFoundError", e)
	}
	if e.Errno() != 2 || e.Strerror() != "No such file or directory" || e.Filename() != name {
		t.Errorf("errno, strerror, filename = %d, %q, %q", e.Errno(), e.Strerror(), e.Filename())
	}
	if got := Repr(e); got != "FileNotFoundError(2, 'No such file or directory')" {
		t.Errorf("repr = %q", got)
	}
	if got := Repr(Tuple(e.Args)); got != "(2, 'No such file or directory')" {
		t.Errorf("args = %q", got)
	}
}

func TestOSErrorAttributesOfOtherExceptionsAreZero(t *testing.T) {
	e := NewExc(OSError, "custom")
	if e.Errno() != 0 || e.Strerror() != "" || e.Filename() != "" {
		t.Errorf("errno, strerror, filename = %d, %q, %q", e.Errno(), e.Strerror(), e.Filename())
	}
	e.SetArgs("a", 1)
	if e.Error() != "('a', 1)" {
		t.Errorf("str = %q", e.Error())
	}
}

func TestTracebackShowsTheHandledExceptionFirst(t *testing.T) {
	handled := NewExc(KeyError, "x")
	e := NewExc(ValueError, "bad").WithContext(handled)
	var sb strings.Builder
	WriteTraceback(&sb, e)
	want := "Traceback (most recent call last):\nKeyError: 'x'\n\n" +
		"During handling of the above exception, another exception occurred:\n\n" +
		"Traceback (most recent call last):\nValueError: bad\n"
	if sb.String() != want {
		t.Errorf("got %q, want %q", sb.String(), want)
	}
	if handled.WithContext(handled).Context != nil {
		t.Errorf("an exception re-raised in its own handler is its own context")
	}
	sb.Reset()
	WriteTraceback(&sb, NewExc(ValueError, "quiet").WithContext(handled).WithCause(nil))
	if got := sb.String(); got != "Traceback (most recent call last):\nValueError: quiet\n" {
		t.Errorf("raise from None shows %q", got)
	}
}
