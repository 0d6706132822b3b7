package mapper

import "github.com/go-python/gpython/ast"

// Class hierarchy facts: base classes, method kinds and the questions other
// areas ask about them (isinstance, self offsets of bound methods).

// methodKind tells how a method is bound: through an instance (self), the
// class (cls, @classmethod) or not at all (@staticmethod).
type methodKind int

const (
	instanceMethod methodKind = iota
	classMethod
	staticMethod
)

// kind reads a method's binding from its decorators.
func (fn *Function) kind() methodKind {
	if fn.Class == nil {
		return staticMethod
	}
	if fn.Def == nil {
		return instanceMethod // one the mapper made: a dataclass's __init__
	}
	for _, dec := range fn.Def.DecoratorList {
		if n, ok := dec.(*ast.Name); ok {
			switch string(n.Id) {
			case "staticmethod":
				return staticMethod
			case "classmethod":
				return classMethod
			}
		}
	}
	return instanceMethod
}

// selfOffset is the number of leading parameters a call through an
// instance or the class does not pass: 1 for self or cls, 0 otherwise.
func (fn *Function) selfOffset() int {
	if fn.kind() == staticMethod {
		return 0
	}
	return 1
}

// isSubclass reports whether c is sub or derives from it.
func isSubclass(c, base *Class) bool {
	for k := c; k != nil; k = k.Base {
		if k == base {
			return true
		}
	}
	return false
}

// classFacts links each class to its user-defined base class, so fields and
// methods are found along the chain.
func (m *mapper) classFacts() {
	for _, cls := range m.classes {
		for _, b := range cls.Def.Bases {
			n, ok := b.(*ast.Name)
			if !ok {
				continue
			}
			if sym := m.lookup(m.module, string(n.Id)); sym != nil && sym.Kind == ClassSym && sym.Class != cls {
				cls.Base = sym.Class
			}
		}
	}
	m.linkSubclasses()
	m.markProcessSubclasses()
	m.markLocalSubclasses()
	m.setupNamedTuples()
	m.setupDataclasses()
	m.typeOtherParams()
	m.checkClassDecorators()
}

// checkClassDecorators reports decorators of classes and methods the
// translation does not apply: an ignored decorator would change behaviour.
func (m *mapper) checkClassDecorators() {
	for _, cls := range m.classes {
		for _, dec := range cls.Def.DecoratorList {
			switch m.decoratorName(dec) {
			case "dataclasses.dataclass", "functools.total_ordering":
			default:
				m.errorf(dec, "unsupported class decorator: %s", m.decoratorName(dec))
			}
		}
		for _, fn := range cls.Order {
			for _, dec := range fn.Def.DecoratorList {
				switch m.decoratorName(dec) {
				case "staticmethod", "classmethod", "property":
				default:
					m.errorf(dec, "unsupported method decorator: %s", m.decoratorName(dec))
				}
			}
		}
	}
}

// settleClasses runs after inference: fields live in the class that first
// has them, and base methods must not need dispatch to subclasses.
func (m *mapper) settleClasses() {
	m.hoistFields()
	m.checkDispatch()
	m.checkValueShapes()
	m.checkInstanceAttrs()
}

// nameClassMembers claims the Go names of class variables, static and
// class methods and interfaces before any code refers to them.
func (m *mapper) nameClassMembers() {
	for _, cls := range m.classes {
		for _, v := range cls.ClassVars {
			v.GoName = m.names.claim(lowerFirst(cls.GoName) + upperFirst(goIdent(v.Name)))
		}
		for _, fn := range cls.Order {
			if fn.kind() != instanceMethod {
				fn.GoName = m.names.claim(lowerFirst(cls.GoName) + upperFirst(goIdent(fn.Name)))
			}
		}
		if len(cls.Subs) > 0 && cls.inHierarchy() {
			cls.Iface = m.names.claim(cls.GoName + "Like")
		}
	}
}
