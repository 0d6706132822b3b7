package parser

import "github.com/go-python/gpython/ast"

// The node types below are the Python 3.6+ nodes that gpython's 3.4 grammar
// lacks. They embed gpython's base structs, so they satisfy ast.Expr and
// ast.Stmt and carry positions like every other node. gpython's ast.Walk does
// not know them: use this package's Inspect instead.

// JoinedStr is an f-string (CPython's ast.JoinedStr). Values holds *ast.Str
// constants and *FormattedValue fields in source order. Following CPython
// 3.11, the JoinedStr, its constants and its FormattedValues carry the
// position of the string group's first literal; only the field expressions
// carry their own positions.
type JoinedStr struct {
	ast.ExprBase
	Values []ast.Expr
}

// FormattedValue is one `{expr!c:spec}` field of an f-string.
type FormattedValue struct {
	ast.ExprBase
	Value ast.Expr
	// Conversion is -1 (none), 's', 'r' or 'a', as in CPython.
	Conversion int
	// FormatSpec is nil when the field has no ':'.
	FormatSpec *JoinedStr
}

// AnnAssign is an annotated assignment `target: annotation [= value]`
// (CPython's ast.AnnAssign). Value is nil for a bare `x: int`.
type AnnAssign struct {
	ast.StmtBase
	Target     ast.Expr
	Annotation ast.Expr
	Value      ast.Expr
	// Simple is true when Target is a plain name, not parenthesised.
	Simple bool
}
