package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// hash(x) of ints, floats, bools, strs, tuples of them, and instances of
// frozen dataclasses and named tuples (whose generated __hash__ hashes the
// tuple of their compared fields) is the runtime's Hash, CPython 3.11's
// algorithm (with PYTHONHASHSEED=0 for strs). Values CPython hashes by
// identity (None, plain objects) or refuses (lists, mutable dataclasses)
// are diagnostics.

func init() {
	libTypeHooks["builtins.hash"] = func(*mapper, *Scope, *ast.Call, []Type) Type { return IntT }
	libCallHooks["builtins.hash"] = hashCall
}

func hashCall(c *fnCtx, n *ast.Call) ir.Expr {
	if len(n.Args) != 1 || len(n.Keywords) > 0 {
		c.m.errorf(n, "hash() takes exactly one argument")
		return &ir.Nil{}
	}
	x := n.Args[0]
	t := c.m.info.Types[x]
	if hashableValue(t) {
		return ir.CallOf(ir.Q(ir.Runtime, "Hash"), c.expr(x))
	}
	inst, ok := t.(*InstanceT)
	if !ok || inst.Class.dc == nil || !(inst.Class.Tuple || (inst.Class.dc.frozen && inst.Class.dc.eq)) {
		c.m.errorf(n, "unsupported: hash() of a %s (CPython hashes it by identity or refuses it); hash a tuple of its values instead", t)
		return &ir.Nil{}
	}
	fields := inst.Class.dc.fields
	if !inst.Class.Tuple {
		fields = inst.Class.dc.compared()
	}
	tt := &TupleT{}
	for _, f := range fields {
		if !hashableValue(f.field.Type) {
			c.m.errorf(n, "unsupported: hash() of a %s whose field %s is a %s", t, f.field.Name, f.field.Type)
			return &ir.Nil{}
		}
		tt.Elems = append(tt.Elems, f.field.Type)
	}
	if len(tt.Elems) > 5 {
		c.m.errorf(n, "unsupported: hash() of a %s of more than five fields", t)
		return &ir.Nil{}
	}
	fieldsOf := func(v ir.Expr) ir.Expr {
		if len(fields) == 0 {
			return &ir.Composite{Type: ir.RT("Tuple")}
		}
		parts := make([]ir.Expr, len(fields))
		for i, f := range fields {
			parts[i] = ir.Sel(v, f.field.GoName)
		}
		return c.tupleOf(tt, parts)
	}
	if _, isName := x.(*ast.Name); isName {
		return ir.CallOf(ir.Q(ir.Runtime, "Hash"), fieldsOf(c.expr(x)))
	}
	// Evaluated once, as the parameter of a function literal that builds
	// the tuple of its fields.
	build := &ir.FuncLit{Params: []ir.Param{{Name: "v", Type: c.m.goType(t)}}, Results: []ir.Type{c.m.goType(tt)},
		Body: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{fieldsOf(ir.Id("v"))}})}
	return ir.CallOf(ir.Q(ir.Runtime, "Hash"), ir.CallOf(build, c.expr(x)))
}

// hashableValue reports whether CPython hashes values of type t by value:
// numbers, strings and tuples of them.
func hashableValue(t Type) bool {
	switch x := t.(type) {
	case *basicType:
		return x == IntT || x == FloatT || x == BoolT || x == StrT
	case *TupleT:
		for _, e := range x.Elems {
			if !hashableValue(e) {
				return false
			}
		}
		return true
	}
	return false
}
