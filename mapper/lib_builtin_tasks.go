package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Built-in functions mapped over a pool (pool.map(len, words)): the task
// is a function literal calling the built-in on its parameter, translated
// as the call `f(x)` would be anywhere else.

// builtinTask returns the library function name f refers to, or "".
func (m *mapper) builtinTask(f ast.Expr) string {
	if lf, ok := m.info.Types[f].(*LibFuncT); ok {
		return lf.Name
	}
	return ""
}

// builtinTaskCall builds the call f(x) with x a fresh name of type elem,
// typed as the library call.
func (m *mapper) builtinTaskCall(s *Scope, f ast.Expr, elem Type, goName string) (*ast.Call, Type) {
	x := &ast.Name{Id: ast.Identifier(goName)}
	x.Lineno, x.ColOffset = f.GetLineno(), f.GetColOffset()
	m.info.Uses[x] = &Symbol{Name: goName, GoName: goName, Kind: VarSym, Scope: s, Type: elem}
	m.info.Types[x] = elem
	call := &ast.Call{Func: f, Args: []ast.Expr{x}}
	call.Lineno, call.ColOffset = f.GetLineno(), f.GetColOffset()
	t := m.libCallType(s, call, m.builtinTask(f), []Type{elem})
	m.info.Types[call] = t
	return call, t
}

// builtinTaskType is the result type of mapping the built-in f over items
// of type elem.
func (m *mapper) builtinTaskType(s *Scope, f ast.Expr, elem Type) Type {
	_, t := m.builtinTaskCall(s, f, elem, "x")
	return t
}

// builtinTaskFunc translates the built-in f as func(x T) R { return f(x) }.
func (c *fnCtx) builtinTaskFunc(f ast.Expr, elem Type) ir.Expr {
	param := c.names.claim("x")
	call, t := c.m.builtinTaskCall(c.s, f, elem, param)
	body := (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{c.libCall(call, c.m.builtinTask(f))}})
	return &ir.FuncLit{Params: []ir.Param{{Name: param, Type: c.m.goType(elem)}}, Results: []ir.Type{c.m.goType(t)}, Body: body}
}
