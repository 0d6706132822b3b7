package mapper

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// This file holds Python's truth values: the Go condition that tests a
// value as `if x:` does, and `and`/`or` used for their value (Python returns
// one of the operands, not a bool).

// truth is the Go condition that holds when x, the translation of e (of
// Python type t), is truthy.
func (c *fnCtx) truth(x ir.Expr, t Type, e ast.Expr) ir.Expr {
	// A constant's truth is known now (bool(0), `if ""`): writing 0 != 0
	// would be a comparison of identical expressions.
	if s, ok := e.(*ast.Str); ok {
		return ir.L(len(s.S) > 0)
	}
	if v, ok := evalConst(e); ok && (v.isFloat || v.i != nil) {
		if v.isFloat {
			return ir.L(v.f != 0)
		}
		return ir.L(v.i.Sign() != 0)
	}
	switch t {
	case BoolT:
		return x
	case IntT:
		return &ir.Binary{X: x, Op: "!=", Y: ir.L(0)}
	case FloatT:
		return &ir.Binary{X: x, Op: "!=", Y: ir.L(0.0)}
	case NumT:
		return ir.CallOf(ir.Sel(x, "Bool"))
	case StrT:
		return &ir.Binary{X: x, Op: "!=", Y: ir.L("")}
	case AnyT:
		return ir.CallOf(ir.Q(ir.Runtime, "Truth"), x)
	case NoneT:
		if isPure(e) {
			return ir.L(false)
		}
	}
	switch tt := t.(type) {
	case *DictT:
		if orderedDict(tt) {
			return &ir.Binary{X: ir.CallOf(ir.Sel(x, "Len")), Op: ">", Y: ir.L(0)}
		}
		return &ir.Binary{X: ir.CallOf(ir.Id("len"), x), Op: ">", Y: ir.L(0)}
	case *ListT, *SetT:
		return &ir.Binary{X: ir.CallOf(ir.Id("len"), x), Op: ">", Y: ir.L(0)}
	case *InstanceT:
		return &ir.Binary{X: x, Op: "!=", Y: &ir.Nil{}}
	case *OptionalT:
		switch tt.Elem.(type) {
		case *InstanceT:
			return &ir.Binary{X: x, Op: "!=", Y: &ir.Nil{}}
		case *DictT:
			if orderedDict(tt.Elem.(*DictT)) {
				// None is a nil *pyrt.Dict here.
				return &ir.Binary{X: &ir.Binary{X: x, Op: "!=", Y: &ir.Nil{}}, Op: "&&", Y: &ir.Binary{X: ir.CallOf(ir.Sel(x, "Len")), Op: ">", Y: ir.L(0)}}
			}
			return &ir.Binary{X: ir.CallOf(ir.Id("len"), x), Op: ">", Y: ir.L(0)}
		case *ListT, *SetT:
			// None is the nil slice or map here, whose len is 0.
			return &ir.Binary{X: ir.CallOf(ir.Id("len"), x), Op: ">", Y: ir.L(0)}
		}
		if _, isAny := c.m.goType(t).(*ir.Basic); isAny {
			return ir.CallOf(ir.Q(ir.Runtime, "Truth"), x)
		}
	}
	if _, p := protocolOf(t); p != nil {
		return &ir.Binary{X: ir.CallOf(ir.Sel(x, "Len")), Op: ">", Y: ir.L(0)}
	}
	c.m.errorf(e, "unsupported: truth value of a %s", t)
	return x
}

// isPure reports whether evaluating e has no effect: a constant, a name or
// an attribute of one. Such an operand may be skipped or evaluated twice.
func isPure(e ast.Expr) bool {
	switch n := e.(type) {
	case *ast.Num, *ast.Str, *ast.NameConstant, *ast.Name:
		return true
	case *ast.Attribute:
		return isPure(n.Value)
	case *ast.UnaryOp:
		return n.Op == ast.USub && isPure(n.Operand)
	}
	return false
}

// constTruth is the truth value of a literal operand, known while
// translating.
func constTruth(e ast.Expr) (truth, ok bool) {
	switch n := e.(type) {
	case *ast.Num:
		switch v := n.N.(type) {
		case py.Int:
			return v != 0, true
		case py.Float:
			return v != 0, true
		}
	case *ast.Str:
		return len(n.S) > 0, true
	case *ast.NameConstant:
		return n.Value == py.True, true
	}
	return false, false
}

// boolOpType is the type of `a or b` / `a and b` used as a value. An `or`
// returns an operand before the last only when it is truthy, so such an
// operand is never None: `opt or default` has the type of default.
func boolOpType(op ast.BoolOpNumber, operands []Type) Type {
	var t Type = Unknown
	last := len(operands) - 1
	for i, ot := range operands {
		if op == ast.Or && i < last {
			ot = withoutNone(ot)
		}
		t = join(t, ot)
	}
	return t
}

// withoutNone is t less its None.
func withoutNone(t Type) Type {
	if t == NoneT {
		return Unknown
	}
	if o, ok := t.(*OptionalT); ok {
		return o.Elem
	}
	return t
}

// boolOpValue translates `a or b or c` / `a and b and c` used as a value
// of type t (the operands' join). Literal operands decide at translation
// time; pure operands of one basic type make cmp.Or; the rest becomes a
// function literal testing each operand once, in order, as Python does.
func (c *fnCtx) boolOpValue(n *ast.BoolOp) ir.Expr {
	return c.boolOpChain(n.Op, n.Values, c.m.info.Types[n])
}

// cmpOr is `a or b` as cmp.Or when every operand is of the result's basic
// type and evaluating the later ones early is harmless.
func (c *fnCtx) cmpOr(op ast.BoolOpNumber, vs []ast.Expr, t Type) ir.Expr {
	if op != ast.Or || (t != StrT && t != IntT && t != FloatT) {
		return nil
	}
	args := make([]ir.Expr, len(vs))
	for i, v := range vs {
		vt := c.m.info.Types[v]
		if vt != t && !(t == FloatT && vt == IntT) || (i > 0 && !isPure(v)) {
			return nil
		}
		args[i] = c.exprAs(v, t)
	}
	return ir.CallOf(ir.Q("cmp", "Or"), args...)
}

// boolOpChain translates the operands vs of op, from the first on.
func (c *fnCtx) boolOpChain(op ast.BoolOpNumber, vs []ast.Expr, t Type) ir.Expr {
	first := vs[0]
	if len(vs) == 1 {
		return c.exprAs(first, t)
	}
	if truth, ok := constTruth(first); ok {
		if truth == (op == ast.Or) {
			return c.exprAs(first, t) // `3 or x`, `0 and x`: the first
		}
		return c.boolOpChain(op, vs[1:], t)
	}
	ft := c.m.info.Types[first]
	if ft == NoneT && isPure(first) {
		if op == ast.Or {
			return c.boolOpChain(op, vs[1:], t)
		}
		return c.exprAs(first, t)
	}
	if x := c.cmpOr(op, vs, t); x != nil {
		return x
	}
	// func() T { if v := first; truth(v) { return v }; return rest }()
	names := c.names.child()
	v := ir.Expr(ir.Id(names.claim("v")))
	var init ir.Stmt
	if isPure(first) {
		v = c.expr(first)
	} else {
		init = &ir.Assign{Lhs: []ir.Expr{v}, Tok: ":=", Rhs: []ir.Expr{c.expr(first)}}
	}
	test := c.truth(v, ft, first)
	if op == ast.And {
		test = &ir.Unary{Op: "!", X: paren(test)}
	}
	kept := c.convertValue(v, ft, t, op == ast.Or)
	if kept == nil {
		c.m.errorf(first, "unsupported: `%s` returning a %s where the result is a %s; use an if statement", boolOpName(op), ft, t)
		return &ir.Nil{}
	}
	body := &ir.Block{}
	body.Add(&ir.If{Init: init, Cond: test, Then: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{kept}})})
	body.Add(&ir.Return{Results: []ir.Expr{c.boolOpChain(op, vs[1:], t)}})
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{c.m.goType(t)}, Body: body})
}

// convertValue turns x, a Go value of Python type from, into one of type
// to; truthy says x is known to be truthy (so not None). It returns nil
// when Go has no faithful conversion.
func (c *fnCtx) convertValue(x ir.Expr, from, to Type, truthy bool) ir.Expr {
	gf, gt := c.m.goType(from), c.m.goType(to)
	switch {
	case sameType(from, to) || gt == ir.Any:
		return x
	case to == FloatT && (from == IntT || from == BoolT):
		return ir.CallOf(&ir.TypeExpr{Type: ir.Float}, x)
	}
	if o, ok := to.(*OptionalT); ok && sameType(o.Elem, from) {
		return x // None is never x here; Go assigns X to X-or-nil
	}
	if o, ok := from.(*OptionalT); ok && truthy && sameType(o.Elem, to) {
		if gf == ir.Any {
			return &ir.TypeAssert{X: x, Type: gt}
		}
		return x
	}
	return nil
}

func boolOpName(op ast.BoolOpNumber) string {
	if op == ast.Or {
		return "or"
	}
	return "and"
}

// boolToInt is int(b) for a bool (Go has no such conversion): 1 or 0.
func (c *fnCtx) boolToInt(b ast.Expr) ir.Expr {
	if truth, ok := constTruth(b); ok {
		if truth {
			return ir.L(1)
		}
		return ir.L(0)
	}
	body := (&ir.Block{}).Add(&ir.If{Cond: c.cond(b), Then: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.L(1)}})})
	body.Add(&ir.Return{Results: []ir.Expr{ir.L(0)}})
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{ir.Int}, Body: body})
}
