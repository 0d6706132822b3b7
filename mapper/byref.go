package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// A list parameter the function resizes is passed as a pointer (see
// markByRef), so appends reach the caller's list. Python's other uses of
// such a parameter keep their meaning with the pointer itself:
//
//   - `target is None` is a nil pointer (None was passed);
//   - `target = []` rebinds the parameter to a new list, leaving the
//     caller's list alone: the pointer is pointed at the new list;
//   - passing None passes a nil pointer.

// byRefSym returns the by-reference parameter e names, or nil.
func (c *fnCtx) byRefSym(e ast.Expr) *Symbol {
	n, ok := e.(*ast.Name)
	if !ok {
		return nil
	}
	if sym := c.m.info.Uses[n]; sym != nil && sym.ByRef {
		return sym
	}
	return nil
}

// byRefNoneCompare translates `x is None` / `x is not None` (and == / !=)
// on a by-reference parameter as a nil test of the pointer.
func (c *fnCtx) byRefNoneCompare(l ast.Expr, op ast.CmpOp, r ast.Expr) (ir.Expr, bool) {
	if isNone(l) {
		l, r = r, l
	}
	sym := c.byRefSym(l)
	if sym == nil || !isNone(r) {
		return nil, false
	}
	switch op {
	case ast.Is, ast.Eq:
		return &ir.Binary{X: ir.Id(sym.GoName), Op: "==", Y: &ir.Nil{}}, true
	case ast.IsNot, ast.NotEq:
		return &ir.Binary{X: ir.Id(sym.GoName), Op: "!=", Y: &ir.Nil{}}, true
	}
	return nil, false
}

// byRefRebind translates `x = value` on a by-reference parameter: the
// pointer moves to the new list (`x = &[]T{}`, or new(value) for a value
// that is not a composite literal).
func (c *fnCtx) byRefRebind(sym *Symbol, value ast.Expr) ir.Stmt {
	rhs := c.exprAs(value, sym.Type)
	var ptr ir.Expr
	if _, ok := rhs.(*ir.Composite); ok {
		ptr = &ir.Unary{Op: "&", X: rhs}
	} else if isNone(value) {
		ptr = &ir.Nil{}
	} else {
		ptr = ir.CallOf(ir.Id("new"), rhs)
	}
	return &ir.Assign{Lhs: []ir.Expr{ir.Id(sym.GoName)}, Tok: "=", Rhs: []ir.Expr{ptr}}
}
