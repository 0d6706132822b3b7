package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// The set operators |, &, - and ^ between two sets: new sets, made by the
// runtime's Union, Intersection, Difference and SymmetricDifference.

var setOpMethods = map[ast.OperatorNumber]string{
	ast.BitOr: "Union", ast.BitAnd: "Intersection", ast.Sub: "Difference", ast.BitXor: "SymmetricDifference",
}

// setOpType types a set operator: a set of the joined element types.
func setOpType(op ast.OperatorNumber, l, r Type) Type {
	ls, lok := l.(*SetT)
	rs, rok := r.(*SetT)
	if !lok || !rok || setOpMethods[op] == "" {
		return nil
	}
	// frozenset | set is a frozenset, set | frozenset a set.
	return &SetT{Elem: join(ls.Elem, rs.Elem), Frozen: ls.Frozen}
}

// setOperator translates a set operator as a runtime method call.
func (c *fnCtx) setOperator(op ast.OperatorNumber, l, r ast.Expr, result Type) (ir.Expr, bool) {
	st, ok := result.(*SetT)
	if !ok || setOpType(op, c.m.info.Types[l], c.m.info.Types[r]) == nil {
		return nil, false
	}
	return ir.CallOf(ir.Sel(c.setAs(l, st), setOpMethods[op]), c.setAs(r, st)), true
}

// setAs translates the set e as a set of type want: a set and a frozenset
// of the same elements convert into each other (both are Go maps).
func (c *fnCtx) setAs(e ast.Expr, want *SetT) ir.Expr {
	x := c.exprAs(e, want)
	if have, ok := c.m.info.Types[e].(*SetT); ok && have.Frozen != want.Frozen {
		return ir.CallOf(&ir.TypeExpr{Type: c.m.goType(want)}, x)
	}
	return x
}
