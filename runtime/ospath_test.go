package runtime

import (
	"os"
	"path/filepath"
	"testing"
)

// Expected values are CPython 3.11's posixpath results.
func TestPathFunctions(t *testing.T) {
	cases := []struct{ got, want string }{
		{PathJoin("data", "2024", "report.csv"), "data/2024/report.csv"},
		{PathJoin("a", "/abs", "b"), "/abs/b"},
		{PathJoin("a", ""), "a/"},
		{PathJoin("a/", "b"), "a/b"},
		{PathBasename("data/2024/report.csv"), "report.csv"},
		{PathDirname("data/2024/report.csv"), "data/2024"},
		{PathDirname("/x"), "/"},
		{PathDirname("a//b"), "a"},
		{Repr(PathSplit("data/2024/report.csv")), "('data/2024', 'report.csv')"},
		{Repr(PathSplitext("archive.tar.gz")), "('archive.tar', '.gz')"},
		{Repr(PathSplitext(".bashrc")), "('.bashrc', '')"},
		{Repr(PathSplitext("dir.d/file")), "('dir.d/file', '')"},
		{Repr(PathSplitext("a/..x")), "('a/..x', '')"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestFileSystemFunctions(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "x", "y")
	Makedirs(sub, false)
	Makedirs(sub, true)
	if !PathIsdir(sub) || PathIsfile(sub) || !PathExists(sub) {
		t.Fatal("makedirs did not make the directory")
	}
	f := filepath.Join(dir, "x", "f.txt")
	if err := os.WriteFile(f, []byte("hi"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := Repr(Listdir(filepath.Join(dir, "x"))); got != "['f.txt', 'y']" {
		t.Errorf("listdir %s", got)
	}
	Remove(f)
	Rmdir(sub)
	if PathExists(f) || PathExists(sub) {
		t.Error("remove/rmdir left files")
	}
	func() {
		defer func() {
			e, _ := recover().(*Exc)
			if e == nil || e.Line() != "FileNotFoundError: [Errno 2] No such file or directory: '"+f+"'" {
				t.Errorf("remove of a missing file raised %v", e)
			}
		}()
		Remove(f)
	}()
	func() {
		defer func() {
			e, _ := recover().(*Exc)
			if e == nil || !e.IsInstance(FileExistsError) || !e.IsInstance(OSError) {
				t.Errorf("makedirs of an existing directory raised %v", e)
			}
		}()
		Makedirs(dir, false)
	}()
}
