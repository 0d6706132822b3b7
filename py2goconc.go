// Package py2goconc translates Python programs that use threads, queues and
// pools into idiomatic Go. Translate wires the three stages: parser (Python
// source to AST with positions), mapper (names, types and idioms to a
// Go-shaped IR) and emit (IR to gofmt'd Go). The CLI in cmd/py2goconc and
// the corpus harness call it; it does no I/O of its own except WriteModule,
// which lays out a batch of translated programs as a buildable module.
package py2goconc

import (
	"github.com/py2goconc/py2goconc/emit"
	"github.com/py2goconc/py2goconc/mapper"
	"github.com/py2goconc/py2goconc/parser"
)

// Options tunes a translation. The zero value is the default.
type Options struct{}

// Translate turns one Python file into Go source. It returns the Go source
// only when there are no error diagnostics; notes may accompany a success.
func Translate(filename string, src []byte, opts Options) ([]byte, parser.Diagnostics) {
	f, diags := parser.Parse(filename, src)
	if diags.HasErrors() {
		return nil, diags
	}
	out, mdiags := mapper.Map(f)
	diags = append(diags, mdiags...)
	if diags.HasErrors() {
		return nil, diags
	}
	goSrc, err := emit.File(out)
	if err != nil {
		diags = append(diags, parser.NewDiagnostic(filename, src, 1, 1, parser.Error, err.Error()))
		return nil, diags
	}
	return goSrc, diags
}
