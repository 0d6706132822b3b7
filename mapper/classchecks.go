package mapper

import (
	"strings"

	"github.com/go-python/gpython/ast"
)

// Checks after inference of what the Go shapes of classes cannot keep;
// each is a positioned diagnostic rather than Go that behaves otherwise.

// checkOverrides reports what Go's static dispatch cannot keep: an
// overriding method whose parameters differ from the base method's (the
// interface needs one signature), and a class variable a subclass
// redefines (base methods would read the base's).
func (m *mapper) checkOverrides() {
	for _, cls := range m.classes {
		if cls.Base == nil || !cls.inHierarchy() {
			continue
		}
		for _, fn := range cls.Order {
			bm := cls.Base.method(fn.Name)
			if bm == nil || fn.Name == "__init__" || fn.Def == nil || bm.Def == nil {
				continue
			}
			if fn.kind() != bm.kind() || len(fn.Params) != len(bm.Params) {
				m.errorf(fn.Def, "unsupported: %s.%s overrides %s.%s with different parameters", cls.Name, fn.Name, bm.Class.Name, bm.Name)
			}
		}
		for _, v := range cls.ClassVars {
			if cls.Base.classVar(v.Name) != nil {
				m.errorf(v.Def, "unsupported: class variable %s redefined in subclass %s (methods of the base would read the base's)", v.Name, cls.Name)
			}
		}
	}
}

// checkValueShapes reports what the value shapes of some classes cannot
// keep: assigning a named tuple's field (Python raises AttributeError; a Go
// struct value would change), and self leaving a method of a
// threading.local subclass (the Go object is the per-thread wrapper).
func (m *mapper) checkValueShapes() {
	check := func(s *Scope, body []ast.Stmt) {
		var visit func([]ast.Stmt)
		visit = func(body []ast.Stmt) {
			for _, st := range body {
				var targets []ast.Expr
				switch n := st.(type) {
				case *ast.Assign:
					targets = n.Targets
				case *ast.AugAssign:
					targets = []ast.Expr{n.Target}
				}
				for _, t := range targets {
					if a, ok := t.(*ast.Attribute); ok {
						if inst := instanceType(m.info.Types[a.Value]); inst != nil && inst.Class.Tuple {
							m.errorf(a, "can't set attribute %s of named tuple %s (Python raises AttributeError)", a.Attr, inst.Class.Name)
						}
					}
				}
				for _, b := range childBlocks(st) {
					visit(b)
				}
			}
		}
		visit(body)
	}
	check(m.module, m.file.Module.Body)
	for _, fn := range m.funcs {
		check(fn.Scope, fn.Def.Body)
	}
	for _, cls := range m.classes {
		if !cls.localBase() {
			continue
		}
		for _, fn := range cls.Order {
			if fn.kind() != instanceMethod || len(fn.Params) == 0 {
				continue
			}
			probe := &Class{}
			m.markSelfValues(probe, fn.Params[0], fn.Def.Body)
			for n := range probe.selfValues {
				m.errorf(n, "unsupported: self used as a value in a method of threading.local subclass %s", cls.Name)
			}
		}
	}
}

// checkInstanceAttrs reports reads of attributes an instance's static class
// does not have (set only on a subclass, or never): Python finds them at
// run time, Go cannot.
func (m *mapper) checkInstanceAttrs() {
	check := func(body []ast.Stmt) {
		walkStmts(body, func(e ast.Expr) {
			a, ok := e.(*ast.Attribute)
			if !ok {
				return
			}
			inst := instanceType(m.info.Types[a.Value])
			if inst == nil || inst.Class.threadBase() || inst.Class.Exc != nil {
				return
			}
			if _, ok := m.instanceAttrType(inst, string(a.Attr)); ok {
				return
			}
			name := string(a.Attr)
			if inst.Class.method(name) != nil || inst.Class.classVar(name) != nil || strings.HasPrefix(name, "__") {
				return
			}
			m.errorf(a, "unsupported attribute %s of %s: the class does not set it (a subclass may); Go needs it on the class", name, inst.Class.Name)
		})
	}
	check(m.file.Module.Body)
	for _, fn := range m.funcs {
		check(fn.Def.Body)
	}
}
