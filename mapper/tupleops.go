package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Fixed-size tuples are pyrt.TupleN structs, so their operators are built
// field by field: `a + b` is the struct of a's fields then b's, `t * 2`
// repeats the fields, `a < b` compares field by field (cmp.Or), and
// t.index(x) searches the fields as a slice.

// tupleConcatType is the type of a + b for two fixed-size tuples, or nil.
func tupleConcatType(op ast.OperatorNumber, lt, rt Type) Type {
	a, aok := lt.(*TupleT)
	b, bok := rt.(*TupleT)
	if op != ast.Add || !aok || !bok {
		return nil
	}
	return &TupleT{Elems: append(append([]Type(nil), a.Elems...), b.Elems...)}
}

// tupleParts are the Go expressions of a tuple operand's elements: a
// literal's values, or the fields of a name (evaluated once per use, so
// only pure operands qualify). nil when the operand is neither.
func (c *fnCtx) tupleParts(e ast.Expr, t *TupleT) []ir.Expr {
	if lit, ok := e.(*ast.Tuple); ok && len(lit.Elts) == len(t.Elems) {
		out := make([]ir.Expr, len(lit.Elts))
		for i, x := range lit.Elts {
			out[i] = c.exprAs(x, t.Elems[i])
		}
		return out
	}
	if !isPure(e) {
		return nil
	}
	x := c.expr(e)
	out := make([]ir.Expr, len(t.Elems))
	for i := range t.Elems {
		out[i] = ir.Sel(x, tupleField(t, i))
	}
	return out
}

// tupleOf builds a tuple of type t from element expressions.
func (c *fnCtx) tupleOf(t *TupleT, parts []ir.Expr) ir.Expr {
	out := &ir.Composite{Type: c.m.goType(t)}
	for i, p := range parts {
		out.Elts = append(out.Elts, &ir.KeyValue{Key: ir.Id(tupleField(nil, i)), Value: p})
	}
	return out
}

// tupleConcat translates a + b on fixed-size tuples.
func (c *fnCtx) tupleConcat(n *ast.BinOp) (ir.Expr, bool) {
	rt, ok := c.m.info.Types[n].(*TupleT)
	if !ok || tupleConcatType(n.Op, c.m.info.Types[n.Left], c.m.info.Types[n.Right]) == nil {
		return nil, false
	}
	if len(rt.Elems) < 1 || len(rt.Elems) > 5 {
		c.m.errorf(n, "unsupported: a tuple of %d values here", len(rt.Elems))
		return &ir.Nil{}, true
	}
	a := c.tupleParts(n.Left, c.m.info.Types[n.Left].(*TupleT))
	b := c.tupleParts(n.Right, c.m.info.Types[n.Right].(*TupleT))
	if a == nil || b == nil {
		c.m.errorf(n, "unsupported: + on tuples that are not literals or variables; assign them to variables first")
		return &ir.Nil{}, true
	}
	return c.tupleOf(rt, append(a, b...)), true
}

// tupleIndex translates t.index(x) on a tuple whose values share a type.
func (c *fnCtx) tupleIndex(n *ast.Call, recv ast.Expr, t *TupleT) ir.Expr {
	et := elemType(t)
	if et == AnyT || et == Unknown || len(n.Args) != 1 {
		c.m.errorf(n, "unsupported: index() of a tuple whose values have different types")
		return &ir.Nil{}
	}
	parts := c.tupleParts(recv, t)
	if parts == nil {
		c.m.errorf(recv, "unsupported: index() of a tuple that is not a literal or a variable")
		return &ir.Nil{}
	}
	c.m.raises = true
	xs := &ir.Composite{Type: &ir.Slice{Elem: c.m.goType(et)}, Elts: parts}
	return ir.CallOf(ir.Q(ir.Runtime, "IndexOf"), xs, c.exprAs(n.Args[0], et), ir.L("tuple.index(x): x not in tuple"))
}

// tupleOrder translates a < b (and <=, >, >=) on fixed-size tuples of the
// same type.
func (c *fnCtx) tupleOrder(l ast.Expr, op ast.CmpOp, r ast.Expr) (ir.Expr, bool) {
	lt, lok := c.m.info.Types[l].(*TupleT)
	_, rok := c.m.info.Types[r].(*TupleT)
	if !lok || !rok || !sameType(lt, c.m.info.Types[r]) {
		return nil, false
	}
	a, b := c.tupleParts(l, lt), c.tupleParts(r, lt)
	if a == nil || b == nil {
		cmpx := c.compareExpr(lt, c.expr(l), c.expr(r))
		if cmpx == nil {
			return nil, false
		}
		return &ir.Binary{X: cmpx, Op: goCmpOps[op], Y: ir.L(0)}, true
	}
	if len(a) == 0 {
		// () < () and friends: empty tuples are equal.
		return ir.L(op == ast.LtE || op == ast.GtE || op == ast.Eq), true
	}
	// Field by field: the first difference decides, as in Python.
	parts := make([]ir.Expr, len(a))
	for i, et := range lt.Elems {
		if parts[i] = c.compareExpr(et, a[i], b[i]); parts[i] == nil {
			return nil, false
		}
	}
	cmpx := parts[0]
	if len(parts) > 1 {
		cmpx = ir.CallOf(ir.Q("cmp", "Or"), parts...)
	}
	return &ir.Binary{X: cmpx, Op: goCmpOps[op], Y: ir.L(0)}, true
}

// pureTuple reports whether evaluating a tuple operand has no effect: a
// pure expression, or a literal of pure values.
func pureTuple(e ast.Expr) bool {
	if lit, ok := e.(*ast.Tuple); ok {
		for _, x := range lit.Elts {
			if !isPure(x) {
				return false
			}
		}
		return true
	}
	return isPure(e)
}
