package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Sequence repetition: s * n on strings and tuples. A count below zero
// repeats zero times in Python, where strings.Repeat panics.

// repeatCount is n for strings.Repeat: as is when it cannot be negative,
// else max(n, 0).
func (c *fnCtx) repeatCount(n ast.Expr) ir.Expr {
	if v, ok := signedIntConst(n); ok {
		return ir.L(max(v, 0))
	}
	if c.nonNegative(n) {
		return c.expr(n)
	}
	return ir.CallOf(ir.Id("max"), c.expr(n), ir.L(0))
}

// strRepeat is s * n or n * s.
func (c *fnCtx) strRepeat(s, n ast.Expr) ir.Expr {
	return ir.CallOf(ir.Q("strings", "Repeat"), c.expr(s), c.repeatCount(n))
}

// tupleRepeat splits t * k or k * t into the tuple and a literal count.
func tupleRepeat(op ast.OperatorNumber, l, r ast.Expr, lt, rt Type) (tup *TupleT, side ast.Expr, k int, ok bool) {
	if op != ast.Mult {
		return nil, nil, 0, false
	}
	if t, isTup := lt.(*TupleT); isTup {
		k, ok = signedIntConst(r)
		return t, l, max(k, 0), ok
	}
	if t, isTup := rt.(*TupleT); isTup {
		k, ok = signedIntConst(l)
		return t, r, max(k, 0), ok
	}
	return nil, nil, 0, false
}

// tupleRepeatType is the type of (a, b) * 3: a tuple of the elements
// repeated, or nil when n is not a repeated tuple.
func tupleRepeatType(n *ast.BinOp, lt, rt Type) Type {
	t, _, k, ok := tupleRepeat(n.Op, n.Left, n.Right, lt, rt)
	if !ok || k == 0 {
		return nil
	}
	elems := make([]Type, 0, len(t.Elems)*k)
	for range k {
		elems = append(elems, t.Elems...)
	}
	return &TupleT{Elems: elems}
}

// tupleRepeatLit translates (a, b) * 3 written with a literal tuple of
// pure values: the tuple's literal with the values repeated.
func (c *fnCtx) tupleRepeatLit(n *ast.BinOp) (ir.Expr, bool) {
	_, side, _, ok := tupleRepeat(n.Op, n.Left, n.Right, c.m.info.Types[n.Left], c.m.info.Types[n.Right])
	if !ok {
		return nil, false
	}
	rt, _ := c.m.info.Types[n].(*TupleT)
	lit, isLit := side.(*ast.Tuple)
	if st, ok := c.m.info.Types[side].(*TupleT); ok && !isLit && isPure(side) && rt != nil && len(rt.Elems) >= 1 && len(rt.Elems) <= 5 {
		// t * 2 of a tuple variable: its fields repeated.
		parts := c.tupleParts(side, st)
		out := make([]ir.Expr, len(rt.Elems))
		for i := range out {
			out[i] = parts[i%len(parts)]
		}
		return c.tupleOf(rt, out), true
	}
	if rt == nil || !isLit || len(rt.Elems) > 5 {
		c.m.errorf(n, "unsupported: repeating a tuple other than a literal into 1 to 5 values")
		return &ir.Nil{}, true
	}
	out := &ir.Composite{Type: c.m.goType(rt)}
	for i := range rt.Elems {
		e := lit.Elts[i%len(lit.Elts)]
		if !isPure(e) {
			c.m.errorf(e, "unsupported: repeating a tuple of computed values; assign them to variables first")
			return &ir.Nil{}, true
		}
		out.Elts = append(out.Elts, &ir.KeyValue{Key: ir.Id("V" + string(rune('0'+i))), Value: c.exprAs(e, rt.Elems[i])})
	}
	return out, true
}
