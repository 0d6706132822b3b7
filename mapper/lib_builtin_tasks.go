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
	if method, ok := m.unboundMethod(f); ok {
		return unboundMethodPrefix + method
	}
	if lf, ok := m.info.Types[f].(*LibFuncT); ok {
		return lf.Name
	}
	return ""
}

// builtinTaskCall builds the call f(x) with x a fresh name of type elem,
// typed as the library call.
func (m *mapper) builtinTaskCall(s *Scope, f ast.Expr, elem Type, goName string) (*ast.Call, Type) {
	return m.builtinTaskCallN(s, f, []Type{elem}, []string{goName})
}

// builtinTaskCallN builds the call f(x, y...) with fresh names of the
// given types (the method call x.M(y...) for f = str.M), typed as that
// call.
func (m *mapper) builtinTaskCallN(s *Scope, f ast.Expr, elems []Type, goNames []string) (*ast.Call, Type) {
	params := make([]ast.Expr, len(elems))
	for i, elem := range elems {
		x := &ast.Name{Id: ast.Identifier(goNames[i])}
		x.Lineno, x.ColOffset = f.GetLineno(), f.GetColOffset()
		m.info.Uses[x] = &Symbol{Name: goNames[i], GoName: goNames[i], Kind: VarSym, Scope: s, Type: elem}
		m.info.Types[x] = elem
		params[i] = x
	}
	if method, ok := m.unboundMethod(f); ok {
		// Typed from the receiver's type: x is no name of any scope.
		call := methodCallOn(f, params[0], method, params[1:], nil)
		mt := &methodT{Recv: elems[0], Name: method}
		m.info.Types[call.Func] = mt
		t := m.methodCallType(s, call, mt, elems[1:])
		m.info.Types[call] = t
		return call, t
	}
	call := &ast.Call{Func: f, Args: params}
	call.Lineno, call.ColOffset = f.GetLineno(), f.GetColOffset()
	t := m.libCallType(s, call, m.builtinTask(f), elems)
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
	return c.builtinTaskFuncN(f, []Type{elem})
}

// builtinTaskFuncN translates the built-in f taking one argument per
// element type as func(x T, y U...) R { return f(x, y...) }.
func (c *fnCtx) builtinTaskFuncN(f ast.Expr, elems []Type) ir.Expr {
	names := taskParamNames(len(elems))
	for i := range names {
		names[i] = c.names.claim(names[i])
	}
	call, t := c.m.builtinTaskCallN(c.s, f, elems, names)
	var result ir.Expr
	if _, ok := c.m.unboundMethod(f); ok {
		result = c.expr(call)
	} else {
		result = c.libCall(call, c.m.builtinTask(f))
	}
	params := make([]ir.Param, len(elems))
	for i, elem := range elems {
		params[i] = ir.Param{Name: names[i], Type: c.m.goType(elem)}
	}
	body := (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{result}})
	return &ir.FuncLit{Params: params, Results: []ir.Type{c.m.goType(t)}, Body: body}
}
