package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

// A Go run sees its own Python file in its working directory, as CPython's
// run of X.py in X.py's directory does.
func TestGoRunDirHoldsTheProgramFile(t *testing.T) {
	srcDir, work := t.TempDir(), t.TempDir()
	py := filepath.Join(srcDir, "007_x.py")
	if err := os.WriteFile(py, []byte("print(1)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	runDir, err := goRunDir(work, &Example{Program: "plain_007_x", Path: py})
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(runDir, "007_x.py"))
	if err != nil || string(got) != "print(1)\n" {
		t.Errorf("run dir copy = %q, %v; want the program's source", got, err)
	}
	if filepath.Dir(runDir) != work {
		t.Errorf("run dir %s is not under %s", runDir, work)
	}
}
