package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Comparisons between instances of user classes. `a == b` is the class's
// __eq__ (a.eq(b)) or, without one, identity as in Python; `a < b` is
// __lt__ (a.lt(b)), with Python's reflection (a > b is b.lt(a) when only
// __lt__ exists) and functools.total_ordering's derived operators. A class
// that orders its instances also gets PyLess(other any) bool, the method
// the runtime's Compare (behind sorted, min and max) looks for.

// dunderMethods names the Go methods of Python's special methods.
var dunderMethods = map[string]string{
	"__init__": "init", "__post_init__": "postInit",
	"__eq__": "eq", "__lt__": "lt", "__le__": "le", "__gt__": "gt", "__ge__": "ge",
	"__hash__": "hash",
}

// reflected gives the operator Python tries on the right operand when the
// left one does not define it.
var reflected = map[ast.CmpOp]ast.CmpOp{ast.Lt: ast.Gt, ast.Gt: ast.Lt, ast.LtE: ast.GtE, ast.GtE: ast.LtE}

var cmpDunders = map[ast.CmpOp]string{ast.Lt: "__lt__", ast.Gt: "__gt__", ast.LtE: "__le__", ast.GtE: "__ge__", ast.Eq: "__eq__"}

// typeOtherParams types the other parameter of comparison methods as an
// instance of the class, as Python code means it.
func (m *mapper) typeOtherParams() {
	for _, cls := range m.classes {
		for _, name := range cmpDunders {
			if fn := cls.Methods[name]; fn != nil && len(fn.Params) == 2 {
				m.refine(&fn.Params[1].Type, &InstanceT{Class: cls})
			}
		}
	}
}

// instanceCompare translates l op r when l is a user class instance; ok is
// false for other operands.
func (c *fnCtx) instanceCompare(l ast.Expr, op ast.CmpOp, r ast.Expr) (ir.Expr, bool) {
	lt, lok := c.m.info.Types[l].(*InstanceT)
	rt, rok := c.m.info.Types[r].(*InstanceT)
	if lok && lt.Class.Tuple && (op == ast.Eq || op == ast.NotEq) {
		// p == (3, 4): the tuple as a value of p's type.
		if lit, ok := c.tupleLiteralAs(r, lt.Class); ok {
			var x ir.Expr = &ir.Binary{X: c.expr(l), Op: "==", Y: lit}
			if op == ast.NotEq {
				x = &ir.Binary{X: c.expr(l), Op: "!=", Y: lit}
			}
			return x, true
		}
	}
	if !lok || !rok || op == ast.Is || op == ast.IsNot || op == ast.In || op == ast.NotIn {
		return nil, false
	}
	if op == ast.Eq || op == ast.NotEq {
		var x ir.Expr
		if c.hasCmp(lt.Class, "__eq__") {
			x = ir.CallOf(ir.Sel(c.expr(l), "eq"), c.exprAs(r, lt))
		} else {
			x = &ir.Binary{X: c.expr(l), Op: "==", Y: c.expr(r)}
			if op == ast.NotEq {
				return &ir.Binary{X: c.expr(l), Op: "!=", Y: c.expr(r)}, true
			}
		}
		if op == ast.NotEq {
			x = &ir.Unary{Op: "!", X: x}
		}
		return x, true
	}
	if c.hasCmp(lt.Class, cmpDunders[op]) {
		return ir.CallOf(ir.Sel(c.expr(l), dunderMethods[cmpDunders[op]]), c.exprAs(r, lt)), true
	}
	if rop := reflected[op]; c.hasCmp(rt.Class, cmpDunders[rop]) {
		return ir.CallOf(ir.Sel(c.expr(r), dunderMethods[cmpDunders[rop]]), c.exprAs(l, rt)), true
	}
	if totalOrdering(c.m, lt.Class) && c.hasCmp(lt.Class, "__lt__") && c.hasCmp(lt.Class, "__eq__") {
		// total_ordering from __lt__ and __eq__: a <= b is a < b or a == b.
		lx, rx := c.expr(l), c.exprAs(r, lt)
		less := func(a, b ir.Expr) ir.Expr { return ir.CallOf(ir.Sel(a, "lt"), b) }
		eq := ir.CallOf(ir.Sel(lx, "eq"), rx)
		switch op {
		case ast.LtE:
			return &ir.Binary{X: less(lx, rx), Op: "||", Y: eq}, true
		case ast.Gt:
			return &ir.Binary{X: &ir.Unary{Op: "!", X: less(lx, rx)}, Op: "&&", Y: &ir.Unary{Op: "!", X: eq}}, true
		case ast.GtE:
			return &ir.Unary{Op: "!", X: less(lx, rx)}, true
		}
	}
	c.m.errorf(l, "unsupported: comparing %s with %s: the class defines no %s", lt, rt, cmpDunders[op])
	return ir.L(false), true
}

// hasCmp reports whether instances of cls answer the comparison method:
// written in the class or generated for a dataclass.
func (c *fnCtx) hasCmp(cls *Class, dunder string) bool {
	if cls.method(dunder) != nil {
		return true
	}
	dc := dataclassOf(c.m, cls)
	if dc == nil {
		return false
	}
	if dunder == "__eq__" {
		return dc.eq
	}
	return dc.order
}

// totalOrdering reports whether the class is decorated with
// functools.total_ordering.
func totalOrdering(m *mapper, cls *Class) bool {
	for _, dec := range cls.Def.DecoratorList {
		if m.decoratorName(dec) == "functools.total_ordering" {
			return true
		}
	}
	return false
}

// pyLessDecl gives a class that defines __lt__ (or a dataclass with
// order=True) the runtime's ordering hook.
func (m *mapper) pyLessDecl(cls *Class) ir.Decl {
	self := receiverName(cls)
	other := &ir.TypeAssert{X: ir.Id("other"), Type: instanceGoType(cls)}
	return &ir.FuncDecl{
		Doc:     "PyLess is " + cls.Name + ".__lt__ for the runtime's ordering (sorted, min, max).",
		Recv:    &ir.Param{Name: self, Type: recvType(cls)},
		Name:    "PyLess",
		Params:  []ir.Param{{Name: "other", Type: ir.Any}},
		Results: []ir.Type{ir.Bool},
		Body:    (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.CallOf(ir.Sel(ir.Id(self), "lt"), other)}}),
	}
}

// instanceContains translates `x in xs` for a list of instances whose class
// defines __eq__: each element's eq, as Python's `in` compares (identity
// first, which eq of the same object also gives for well-behaved classes).
func (c *fnCtx) instanceContains(container, x ast.Expr) (ir.Expr, bool) {
	lt, ok := c.m.info.Types[container].(*ListT)
	if !ok {
		return nil, false
	}
	inst, ok := lt.Elem.(*InstanceT)
	if !ok || !c.hasCmp(inst.Class, "__eq__") {
		return nil, false
	}
	v := c.names.claim("v")
	pred := &ir.FuncLit{Params: []ir.Param{{Name: v, Type: c.m.goType(inst)}}, Results: []ir.Type{ir.Bool},
		Body: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.CallOf(ir.Sel(ir.Id(v), "eq"), c.exprAs(x, inst))}})}
	return ir.CallOf(ir.Q("slices", "ContainsFunc"), c.expr(container), pred), true
}

// ordered reports whether instances of the class have an order: __lt__
// written in the class, or generated (dataclass order=True, named tuples).
// Such classes have PyLess, which the runtime's Compare uses.
func (c *Class) ordered() bool {
	return c.method("__lt__") != nil || (c.dc != nil && c.dc.order)
}

// equalExpr is Python's a == b for values of static type t: Go's == for
// plain values and instances without __eq__ (identity), eq for instances
// with one, element by element for lists of them, the runtime's Equal for
// the other containers.
func (m *mapper) equalExpr(t Type, a, b ir.Expr) ir.Expr {
	switch x := t.(type) {
	case *InstanceT:
		if x.Class.method("__eq__") != nil || (x.Class.dc != nil && x.Class.dc.eq) {
			return ir.CallOf(ir.Sel(a, "eq"), b)
		}
		return &ir.Binary{X: a, Op: "==", Y: b}
	case *ListT:
		if inst, ok := x.Elem.(*InstanceT); ok {
			et := m.goType(inst)
			pred := &ir.FuncLit{Params: []ir.Param{{Name: "x", Type: et}, {Name: "y", Type: et}}, Results: []ir.Type{ir.Bool},
				Body: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{m.equalExpr(inst, ir.Id("x"), ir.Id("y"))}})}
			return ir.CallOf(ir.Q("slices", "EqualFunc"), a, b, pred)
		}
	}
	if isBasic(t) {
		return &ir.Binary{X: a, Op: "==", Y: b}
	}
	if t == NumT {
		return ir.CallOf(ir.Sel(a, "Equal"), b)
	}
	return ir.CallOf(ir.Q(ir.Runtime, "Equal"), a, b)
}
