package parser

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/go-python/gpython/ast"
)

// FuzzParse checks that Parse never panics, is deterministic, and that a
// tree without errors can be walked and dumped, with every statement and
// expression at a real line.
func FuzzParse(f *testing.F) {
	inputs := testInputs(f)
	names := make([]string, 0, len(inputs))
	for name := range inputs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		f.Add(inputs[name])
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		f1, ds1 := Parse("fuzz.py", src)
		f2, ds2 := Parse("fuzz.py", src)
		if ds1.String() != ds2.String() {
			t.Fatalf("diagnostics differ between runs:\n%s\n%s", ds1, ds2)
		}
		if len(ds1) > maxDiagnostics {
			t.Fatalf("%d diagnostics, cap is %d", len(ds1), maxDiagnostics)
		}
		if ds1.HasErrors() {
			if f1 != nil {
				t.Fatal("errors but a file was returned")
			}
			return
		}
		if f1 == nil {
			t.Fatal("no errors and no file")
		}
		if d1, d2 := Dump(f1.Module), Dump(f2.Module); d1 != d2 {
			t.Fatalf("dumps differ between runs:\n%s\n%s", d1, d2)
		}
		Inspect(f1.Module, func(n ast.Ast) bool {
			switch n.(type) {
			case ast.Stmt, ast.Expr:
				if n.GetLineno() < 1 {
					t.Fatalf("%T at line %d in %s", n, n.GetLineno(), Dump(f1.Module))
				}
			}
			_ = f1.Pos(n)
			return true
		})
	})
}

func BenchmarkParse(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "threads_sample.py"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, ds := Parse("threads_sample.py", src); ds.HasErrors() {
			b.Fatal(ds)
		}
	}
}
