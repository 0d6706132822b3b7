package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Concatenating a *args tuple (a ListT marked Args, varargs.go) with
// another tuple: (first,) + rest is a tuple of the join of the elements,
// a new Go slice.

// argsTupleConcatType types t1 + t2 when either side is a *args tuple.
func argsTupleConcatType(op ast.OperatorNumber, l, r Type) (Type, bool) {
	if op != ast.Add || (!isArgsTuple(l) && !isArgsTuple(r)) {
		return nil, false
	}
	el, okl := tupleElemJoin(l)
	er, okr := tupleElemJoin(r)
	if !okl || !okr {
		return nil, false
	}
	return &ListT{Elem: join(el, er), Args: true}, true
}

func isArgsTuple(t Type) bool {
	lt, ok := t.(*ListT)
	return ok && lt.Args
}

// tupleElemJoin is the join of a tuple's element types.
func tupleElemJoin(t Type) (Type, bool) {
	switch x := t.(type) {
	case *ListT:
		return x.Elem, x.Args
	case *TupleT:
		var el Type = Unknown
		for _, e := range x.Elems {
			el = join(el, e)
		}
		return el, true
	}
	return nil, false
}

// argsTupleConcat translates the concatenation typed above with
// slices.Concat; a fixed tuple operand must be a tuple display, whose
// elements become a slice literal.
func (c *fnCtx) argsTupleConcat(op ast.OperatorNumber, l, r ast.Expr, result Type) (ir.Expr, bool) {
	rt, ok := result.(*ListT)
	if op != ast.Add || !ok || !rt.Args {
		return nil, false
	}
	side := func(e ast.Expr) ir.Expr {
		if isArgsTuple(c.m.info.Types[e]) {
			return c.expr(e)
		}
		tup, ok := e.(*ast.Tuple)
		if !ok {
			c.m.errorf(e, "unsupported: a tuple variable concatenated with a *args tuple; write the tuple display itself")
			return &ir.Nil{}
		}
		lit := &ir.Composite{Type: &ir.Slice{Elem: c.m.goType(rt.Elem)}}
		for _, x := range tup.Elts {
			lit.Elts = append(lit.Elts, c.exprAs(x, rt.Elem))
		}
		return lit
	}
	return ir.CallOf(ir.Q("slices", "Concat"), side(l), side(r)), true
}
