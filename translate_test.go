package py2goconc

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden translates every testdata/*.py and compares the Go with its
// .go.golden file; -update rewrites them (review the diff).
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/*.py")
	if len(inputs) == 0 {
		t.Fatal("no testdata inputs")
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got, diags := Translate(filepath.Base(in), src, Options{})
			if diags.HasErrors() {
				t.Fatalf("translation failed:\n%s", diags)
			}
			golden := strings.TrimSuffix(in, ".py") + ".go.golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("missing golden (run go test -update): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("translation differs from %s (run go test -update and review):\n%s", golden, got)
			}
		})
	}
}

// TestGoldensHaveInputs fails on a golden file whose input was removed.
func TestGoldensHaveInputs(t *testing.T) {
	goldens, _ := filepath.Glob("testdata/*.go.golden")
	for _, g := range goldens {
		if _, err := os.Stat(strings.TrimSuffix(g, ".go.golden") + ".py"); err != nil {
			t.Errorf("%s has no input", g)
		}
	}
}

// TestDeterministic translates each input twice: same bytes.
func TestDeterministic(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/*.py")
	for _, in := range inputs {
		src, _ := os.ReadFile(in)
		a, _ := Translate(in, src, Options{})
		b, _ := Translate(in, src, Options{})
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two translations differ", in)
		}
	}
}

func BenchmarkTranslate(b *testing.B) {
	src, err := os.ReadFile("testdata/thread_synchronization.py")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, diags := Translate("thread_synchronization.py", src, Options{}); diags.HasErrors() {
			b.Fatal(diags)
		}
	}
}
