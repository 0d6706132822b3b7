package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// `is` between lists, dicts or sets asks whether two names hold the same
// object. Go slices and maps are values without an identity to compare
// (two empty slices even share one address), and comparing contents
// would answer a different question: Task().tags is Task().tags is False
// in Python although both are []. So only `x is x` is translated (a
// constant); anything else is a diagnostic.

// containerIdentity translates `l is r` / `l is not r` on containers.
func (c *fnCtx) containerIdentity(l, r ast.Expr, lt, rt Type, op ast.CmpOp) (ir.Expr, bool) {
	// Two exception classes known by name are the same class or not now
	// (concurrent.futures.TimeoutError is TimeoutError in 3.11).
	if lc, ok := lt.(*ExcClassT); ok && isPure(l) && isPure(r) {
		if rc, ok := rt.(*ExcClassT); ok && lc.Class == nil && rc.Class == nil {
			x, xok := c.expr(l).(*ir.Qual)
			y, yok := c.expr(r).(*ir.Qual)
			if xok && yok {
				return ir.L((*x == *y) == (op == ast.Is)), true
			}
		}
	}
	if !isMutableContainer(lt) || !isMutableContainer(rt) {
		return nil, false // None tests and the like are translated elsewhere
	}
	ln, lok := l.(*ast.Name)
	rn, rok := r.(*ast.Name)
	if lok && rok && ln.Id == rn.Id {
		return ir.L(op == ast.Is), true
	}
	c.m.errorf(l, "unsupported: `is` between a %s and a %s: Go slices and maps have no identity to compare; compare contents with == or keep track of which object is which", lt, rt)
	return ir.L(false), true
}

func isMutableContainer(t Type) bool {
	switch t.(type) {
	case *ListT, *DictT, *SetT:
		return true
	}
	return false
}
