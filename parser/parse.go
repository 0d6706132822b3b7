package parser

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// File is a parsed Python source file.
type File struct {
	Name string // file name as given (used in diagnostics)
	Src  []byte // the original source (before any rewrite)
	// Module is gpython's AST with this package's extra nodes spliced in
	// and CPython positions.
	Module *ast.Module

	text []byte // Src without BOM, lone CRs turned into LFs: positions refer to it
}

// Parse parses Python source. It never panics. On errors the returned File
// is nil and the diagnostics (at most 10) say why.
func Parse(filename string, src []byte) (f *File, ds Diagnostics) {
	text := normalise(src)
	defer func() {
		if r := recover(); r != nil {
			f = nil
			ds = Diagnostics{NewDiagnostic(filename, text, 1, 1, Error, fmt.Sprintf("syntax error: internal parser failure: %v", r))}
		}
	}()
	tree, raws := parseText(text, py.ExecMode, true)
	if len(raws) > 0 {
		sort.SliceStable(raws, func(i, j int) bool {
			a, b := raws[i], raws[j]
			return a.line < b.line || a.line == b.line && a.col < b.col
		})
		for i, r := range raws {
			if i == maxDiagnostics {
				break
			}
			ds = append(ds, NewDiagnostic(filename, text, r.line, r.col+1, Error, r.msg))
		}
		return nil, ds
	}
	mod, ok := tree.(*ast.Module)
	if !ok {
		return nil, Diagnostics{NewDiagnostic(filename, text, 1, 1, Error, "syntax error: invalid syntax")}
	}
	return &File{Name: filename, Src: src, Module: mod, text: text}, nil
}

// normalise strips a UTF-8 byte-order mark and turns lone CRs (old Mac line
// ends) into LFs. CRLF stays: gpython handles it without shifting columns.
func normalise(src []byte) []byte {
	text := bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(text, '\r') < 0 {
		return text
	}
	out := append([]byte(nil), text...)
	for i, c := range out {
		if c == '\r' && (i+1 >= len(out) || out[i+1] != '\n') {
			out[i] = '\n'
		}
	}
	return out
}

// Pos returns the position of n: 1-based line, 1-based byte column.
func (f *File) Pos(n ast.Ast) Pos {
	if isNil(n) {
		return Pos{File: f.Name, Line: 1, Col: 1}
	}
	return Pos{File: f.Name, Line: n.GetLineno(), Col: n.GetColOffset() + 1}
}

// Errorf returns an error diagnostic at n.
func (f *File) Errorf(n ast.Ast, format string, args ...any) Diagnostic {
	p := f.Pos(n)
	return NewDiagnostic(f.Name, f.source(), p.Line, p.Col, Error, fmt.Sprintf(format, args...))
}

// Notef returns a note diagnostic at n.
func (f *File) Notef(n ast.Ast, format string, args ...any) Diagnostic {
	p := f.Pos(n)
	return NewDiagnostic(f.Name, f.source(), p.Line, p.Col, Note, fmt.Sprintf(format, args...))
}

func (f *File) source() []byte {
	if f.text == nil {
		return normalise(f.Src)
	}
	return f.text
}

// NewDiagnostic builds a diagnostic at line:col (both 1-based) of src, with
// the source line filled in.
func NewDiagnostic(filename string, src []byte, line, col int, sev Severity, msg string) Diagnostic {
	return Diagnostic{
		Pos:      Pos{File: filename, Line: line, Col: col},
		Severity: sev,
		Msg:      msg,
		Source:   SourceLine(src, line),
	}
}
