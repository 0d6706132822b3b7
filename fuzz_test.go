package py2goconc

import (
	"bytes"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzTranslate feeds arbitrary Python to the whole pipeline. Seeded with
// every corpus, suite and testdata input, its seeds run in every go test.
// It checks that translation never panics and never reports an internal
// error, that a successful translation is Go that parses, and that
// translating twice gives the same bytes.
func FuzzTranslate(f *testing.F) {
	var seeds []string
	for _, pattern := range []string{"testdata/*.py", "corpus/*.py", "corpus/suite/*/*.py"} {
		m, _ := filepath.Glob(pattern)
		seeds = append(seeds, m...)
	}
	for _, s := range seeds {
		src, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		out, diags := Translate("fuzz.py", src, Options{})
		for _, d := range diags {
			if strings.Contains(d.Msg, "internal error") {
				t.Fatalf("internal error:\n%s\ninput:\n%s", d, src)
			}
		}
		if diags.HasErrors() {
			if out != nil {
				t.Fatal("output returned along with errors")
			}
			return
		}
		if _, err := parser.ParseFile(token.NewFileSet(), "out.go", out, parser.AllErrors); err != nil {
			t.Fatalf("emitted Go does not parse: %v\n%s", err, out)
		}
		again, _ := Translate("fuzz.py", src, Options{})
		if !bytes.Equal(out, again) {
			t.Fatal("two translations differ")
		}
	})
}
