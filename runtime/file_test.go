package runtime

import (
	"path/filepath"
	"testing"
)

// Expected values are CPython 3.11's for the same calls.
func TestFileWriteReadAppend(t *testing.T) {
	name := filepath.Join(t.TempDir(), "f.txt")
	f := Open(name, "w")
	if n := f.Write("héllo\n"); n != 6 {
		t.Errorf("write returned %d, want 6 characters", n)
	}
	f.Writelines([]string{"a\n", "b"})
	f.Close()
	f.Close()
	if !f.Closed() {
		t.Error("not closed")
	}
	a := Open(name, "a")
	a.Write("\nc\n")
	a.Close()
	r := Open(name, "r")
	if l := r.Readline(); l != "héllo\n" {
		t.Errorf("readline %q", l)
	}
	if got := Repr(r.Readlines()); got != "['a\\n', 'b\\n', 'c\\n']" {
		t.Errorf("readlines %s", got)
	}
	if l := r.Readline(); l != "" {
		t.Errorf("readline at the end %q", l)
	}
	r.Close()
	if got := Open(name, "r").Read(); got != "héllo\na\nb\nc\n" {
		t.Errorf("read %q", got)
	}
}

func TestFileErrors(t *testing.T) {
	name := filepath.Join(t.TempDir(), "missing.txt")
	raised := func(f func()) (e *Exc) {
		defer func() { e, _ = recover().(*Exc) }()
		f()
		return nil
	}
	if e := raised(func() { Open(name, "r") }); e == nil || e.Line() != "FileNotFoundError: [Errno 2] No such file or directory: '"+name+"'" {
		t.Errorf("open missing: %v", e)
	}
	f := Open(name, "w")
	f.Close()
	if e := raised(func() { f.Write("x") }); e == nil || e.Line() != "ValueError: I/O operation on closed file." {
		t.Errorf("write closed: %v", e)
	}
	if e := raised(func() { Open(name, "x") }); e == nil || !e.IsInstance(FileExistsError) {
		t.Errorf("open x existing: %v", e)
	}
}
