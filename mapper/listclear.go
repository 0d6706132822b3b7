package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// listClear translates the statement xs.clear() on a list to xs = xs[:0]:
// the slice becomes empty but keeps its backing array, so later appends
// reuse the memory the way CPython's list keeps its allocation.
func (c *fnCtx) listClear(recv ast.Expr, b *ir.Block) bool {
	x := c.target(recv)
	b.Add(&ir.Assign{Lhs: []ir.Expr{x}, Tok: "=", Rhs: []ir.Expr{emptiedList(x)}})
	return true
}

// emptiedList is the empty slice that clear() leaves of cur.
func emptiedList(cur ir.Expr) ir.Expr {
	return &ir.SliceExpr{X: cur, Hi: ir.L(0)}
}
