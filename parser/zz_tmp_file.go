package parser

// TEMPORARY until the parser branch lands: minimal Parse over gpython.

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/go-python/gpython/ast"
	gp "github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
)

type File struct {
	Name   string
	Src    []byte
	Module *ast.Module
}

func Parse(filename string, src []byte) (*File, Diagnostics) {
	mod, err := gp.Parse(bytes.NewReader(src), filename, py.ExecMode)
	if err != nil {
		var exc *py.Exception
		line, col := 1, 1
		msg := err.Error()
		if errors.As(err, &exc) {
			if l, ok := exc.Dict["lineno"].(py.Int); ok {
				line = int(l)
			}
			if c, ok := exc.Dict["offset"].(py.Int); ok {
				col = int(c) + 1
			}
			if a, ok := exc.Args.(py.Tuple); ok && len(a) > 0 {
				msg = fmt.Sprint(a[0])
			}
		}
		return nil, Diagnostics{NewDiagnostic(filename, src, line, col, Error, "syntax error: "+msg)}
	}
	return &File{Name: filename, Src: src, Module: mod.(*ast.Module)}, nil
}

func (f *File) Pos(n ast.Ast) Pos {
	return Pos{File: f.Name, Line: n.GetLineno(), Col: n.GetColOffset() + 1}
}

func (f *File) Errorf(n ast.Ast, format string, args ...any) Diagnostic {
	p := f.Pos(n)
	return NewDiagnostic(f.Name, f.Src, p.Line, p.Col, Error, fmt.Sprintf(format, args...))
}

func (f *File) Notef(n ast.Ast, format string, args ...any) Diagnostic {
	p := f.Pos(n)
	return NewDiagnostic(f.Name, f.Src, p.Line, p.Col, Note, fmt.Sprintf(format, args...))
}

func NewDiagnostic(filename string, src []byte, line, col int, sev Severity, msg string) Diagnostic {
	return Diagnostic{Pos: Pos{File: filename, Line: line, Col: col}, Severity: sev, Msg: msg, Source: SourceLine(src, line)}
}
