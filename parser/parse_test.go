package parser

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// TestParseConcurrent checks that Parse keeps no shared state (run with
// -race).
func TestParseConcurrent(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "threads_sample.py"))
	if err != nil {
		t.Fatal(err)
	}
	f, ds := Parse("s.py", src)
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	want := Dump(f.Module)
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				f, ds := Parse("s.py", src)
				if ds.HasErrors() || Dump(f.Module) != want {
					errs <- "concurrent parse differs"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

func TestNewDiagnosticPastEOF(t *testing.T) {
	d := NewDiagnostic("a.py", []byte("x = 1\n"), 3, 1, Error, "boom")
	if d.Source != "" || d.String() != "a.py:3:1: boom\n" {
		t.Errorf("got %q", d.String())
	}
}

func TestFileKeepsOriginalSource(t *testing.T) {
	src := []byte("\xef\xbb\xbfx: int = 1_0\n")
	f, ds := Parse("a.py", src)
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	if string(f.Src) != string(src) || f.Name != "a.py" {
		t.Errorf("File.Src/Name changed: %q %q", f.Src, f.Name)
	}
	ann, ok := f.Module.Body[0].(*AnnAssign)
	if !ok || f.Pos(ann.Value) != (Pos{File: "a.py", Line: 1, Col: 10}) {
		t.Errorf("AnnAssign value position: %+v", f.Pos(ann.Value))
	}
}
