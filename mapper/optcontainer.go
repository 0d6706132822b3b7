package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Optional containers used through their methods. A list, dict or set
// that may be None is a nil slice, map or pointer in Go, the same Go type
// as the container itself. The usual source is a placeholder filled later:
// results = [None] * n, each slot set by a worker thread to a dict, then
// `for partial in results: partial.items()`. A method call or subscript
// on such a value is typed as on the container: Python would raise
// AttributeError or TypeError on a None that is still there; the Go nil
// container reads as empty instead (an ordered dict, a nil *pyrt.Dict,
// panics).

// containerUse reports whether the load n is the receiver of a method
// call or subscript, where an optional container is used as the container.
func (m *mapper) containerUse(n *ast.Name) bool {
	if m.containerUses == nil {
		m.containerUses = map[*ast.Name]bool{}
		eachStmt(m.file.Module.Body, 0, func(st ast.Stmt, _ int) {
			stmtExprs(st, func(e ast.Expr) {
				walkExpr(e, func(x ast.Expr) {
					switch v := x.(type) {
					case *ast.Attribute:
						if nm, ok := v.Value.(*ast.Name); ok {
							m.containerUses[nm] = true
						}
					case *ast.Subscript:
						if nm, ok := v.Value.(*ast.Name); ok && v.Ctx == ast.Load {
							m.containerUses[nm] = true
						}
					}
				})
			})
		})
	}
	return m.containerUses[n]
}

// optionalContainerLoad types the load n of an optional container used
// through a method or subscript as the container.
func (m *mapper) optionalContainerLoad(n *ast.Name, t Type) Type {
	o, ok := t.(*OptionalT)
	if !ok {
		return t
	}
	switch o.Elem.(type) {
	case *ListT, *DictT, *SetT:
		if m.containerUse(n) {
			return o.Elem
		}
	}
	return t
}

// placeholderList translates [None] * n (or [x] * n) stored where lists of
// type want live: the literal takes the element type of the slots it
// fills.
func (c *fnCtx) placeholderList(e ast.Expr, want *ListT) (ir.Expr, bool) {
	bin, ok := e.(*ast.BinOp)
	if !ok || bin.Op != ast.Mult || c.m.info.Types[bin.Right] != IntT {
		return nil, false
	}
	lst, ok := bin.Left.(*ast.List)
	if !ok || len(lst.Elts) == 0 {
		return nil, false
	}
	return ir.CallOf(ir.Q("slices", "Repeat"), c.listLit(lst.Elts, want), c.expr(bin.Right)), true
}
