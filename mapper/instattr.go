package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Attribute reads on class instances that are not plain field selections
// of a pointer: optional instances, properties, named tuple members,
// inherited Process attributes, f.__annotations__[k].__name__.

// instanceType is the class instance a value of type t holds: t itself, or
// the instance of an optional one (Go's nil pointer stands for None).
func instanceType(t Type) *InstanceT {
	switch x := t.(type) {
	case *InstanceT:
		return x
	case *OptionalT:
		if inst, ok := x.Elem.(*InstanceT); ok {
			return inst
		}
	}
	return nil
}

// instanceAttrType types the attributes of instances that are not plain
// field reads: properties (the getter's result).
func (m *mapper) instanceAttrType(inst *InstanceT, attr string) (Type, bool) {
	if f := inst.Class.field(attr); f != nil {
		return f.Type, true
	}
	if inst.Class.method(attr) == nil {
		if t, ok := m.processAttrType(inst, attr); ok {
			return t, true
		}
	}
	if inst.Class.Tuple {
		switch attr {
		case "_fields":
			return fieldsType(inst.Class), true
		case "_replace":
			return &replaceT{Inst: inst}, true
		case "_asdict", "_make", "count", "index":
			return &methodT{Recv: inst, Name: attr}, true
		}
	}
	if fn := inst.Class.method(attr); fn != nil && fn.isProperty() {
		return m.result(fn), true
	}
	return nil, false
}

// instanceAttr translates inst.field (through the interface accessor when
// the class has subclasses) and inst.prop (a call of the getter).
func (c *fnCtx) instanceAttr(n *ast.Attribute) (ir.Expr, bool) {
	if name, ok := c.m.annotationName(c.s, n.Value); ok && string(n.Attr) == "__name__" {
		return ir.L(name), true
	}
	inst := instanceType(c.m.info.Types[n.Value])
	if inst == nil {
		return nil, false
	}
	if f := inst.Class.field(string(n.Attr)); f != nil {
		return ir.Sel(c.instanceRef(n.Value, inst.Class), f.GoName), true
	}
	if inst.Class.Tuple && string(n.Attr) == "_fields" {
		return c.fieldsExpr(inst.Class), true
	}
	if inst.Class.method(string(n.Attr)) == nil {
		if x, ok := c.processAttr(inst, n); ok {
			return x, true
		}
	}
	if fn := inst.Class.method(string(n.Attr)); fn != nil && fn.isProperty() {
		return ir.CallOf(ir.Sel(c.expr(n.Value), methodGoName(fn))), true
	}
	return nil, false
}

// isProperty reports a @property getter.
func (fn *Function) isProperty() bool {
	if fn.Def == nil {
		return false
	}
	for _, dec := range fn.Def.DecoratorList {
		if n, ok := dec.(*ast.Name); ok && string(n.Id) == "property" {
			return true
		}
	}
	return false
}
