package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Arithmetic on a value of several types. Where an operand of +, - or * is
// typed any (a parameter called with an int at one site and a str at
// another), Go has no operator for it: the runtime's DynAdd, DynSub and
// DynMul apply Python's rules to what the value holds at run time, and
// raise TypeError as CPython would for a combination it rejects.

var dynOps = map[ast.OperatorNumber]string{ast.Add: "DynAdd", ast.Sub: "DynSub", ast.Mult: "DynMul"}

// dynBinop translates l op r when an operand is typed any.
func (c *fnCtx) dynBinop(op ast.OperatorNumber, l, r ast.Expr) (ir.Expr, bool) {
	fn, ok := dynOps[op]
	lt, rt := c.m.info.Types[l], c.m.info.Types[r]
	if !ok || !severalTypes(lt) && !severalTypes(rt) || !dynOperand(lt) || !dynOperand(rt) {
		return nil, false
	}
	c.m.raises = true
	return ir.CallOf(ir.Q(ir.Runtime, fn), c.exprAs(l, AnyT), c.exprAs(r, AnyT)), true
}

// dynOperand reports whether a value of type t can be an operand of the
// runtime's dynamic arithmetic.
func dynOperand(t Type) bool {
	switch t {
	case AnyT, IntT, FloatT, BoolT, StrT, NumT:
		return true
	}
	// Several types or None: None raises TypeError as in CPython.
	o, ok := t.(*OptionalT)
	return ok && o.Elem == AnyT
}

// severalTypes reports a value typed any, with or without None.
func severalTypes(t Type) bool {
	if o, ok := t.(*OptionalT); ok {
		return o.Elem == AnyT
	}
	return t == AnyT
}
