package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
	"github.com/py2goconc/py2goconc/parser"
)

// Class variables and class-level functions. A class variable is one
// package-level Go variable (workerCount for Worker.count), read through the
// class or through any instance. An instance that assigns the same name
// gets its own field, initialised from the class variable when the
// constructor runs; that matches Python as long as the class variable does
// not change after instances exist, so a name assigned both ways is a
// diagnostic. @staticmethod and @classmethod functions become package
// functions (ticketDescribe): the class object has no Go value.

// inferClassBodies types class variables from the values the class body
// assigns.
func (m *mapper) inferClassBodies() {
	m.unifyOverrides()
	m.inferDataclasses()
	for _, cls := range m.classes {
		for _, st := range cls.Def.Body {
			switch n := st.(type) {
			case *ast.Assign:
				t := m.typeOf(m.module, n.Value)
				for _, tg := range n.Targets {
					if v := cls.ownVar(tg); v != nil {
						m.refine(&v.Type, t)
					}
				}
			case *parser.AnnAssign:
				v := cls.ownVar(n.Target)
				if v == nil {
					continue
				}
				if ann := m.annotationType(m.module, n.Annotation); ann != nil {
					m.refine(&v.Type, ann)
				}
				if n.Value != nil {
					m.refine(&v.Type, m.typeOf(m.module, n.Value))
				}
			}
		}
	}
}

// ownVar is the class variable a class-body target names, or nil.
func (c *Class) ownVar(target ast.Expr) *Symbol {
	n, ok := target.(*ast.Name)
	if !ok {
		return nil
	}
	for _, v := range c.ClassVars {
		if v.Name == string(n.Id) {
			return v
		}
	}
	return nil
}

// classVar finds a class variable along the base chain.
func (c *Class) classVar(name string) *Symbol {
	for k := c; k != nil; k = k.Base {
		for _, v := range k.ClassVars {
			if v.Name == name {
				return v
			}
		}
	}
	return nil
}

// flowClassVar records a store through the class (Worker.count = v).
func (m *mapper) flowClassVar(cls *Class, n *ast.Attribute, t Type) {
	v := cls.classVar(string(n.Attr))
	if v == nil {
		m.errorf(n, "unsupported: creating class attribute %s.%s outside the class body", cls.Name, n.Attr)
		return
	}
	m.refine(&v.Type, t)
	v.Stores++
}

// classVarDecls declares a class's variables with the values the class body
// gives them.
func (m *mapper) classVarDecls(cls *Class) []ir.Decl {
	var decls []ir.Decl
	c := m.newFnCtx(m.module, nil, nil)
	for _, st := range cls.Def.Body {
		var value ast.Expr
		var targets []ast.Expr
		switch n := st.(type) {
		case *ast.Assign:
			value, targets = n.Value, n.Targets
		case *parser.AnnAssign:
			value, targets = n.Value, []ast.Expr{n.Target}
		}
		for _, tg := range targets {
			v := cls.ownVar(tg)
			if v == nil {
				continue
			}
			if f := cls.fieldIx[v.Name]; f != nil && v.Stores > 0 {
				m.errorf(tg, "unsupported: %s is assigned both through the class and through instances", v.Name)
			}
			d := &ir.VarDecl{Name: v.GoName, Type: m.goType(v.Type)}
			if value != nil {
				d.Value = c.exprAs(value, v.Type)
				if vt := m.info.Types[value]; sameType(vt, v.Type) && isBasic(vt) {
					d.Type = nil // var workerCount = 0: the literal says it
				}
			}
			decls = append(decls, d)
		}
	}
	return decls
}

// shadowInits gives each field that shadows a class variable the class
// variable's value, first thing in the constructor, as Python's lookup
// would find it until the instance assigns its own.
func (m *mapper) shadowInits(cls *Class, self string) []ir.Stmt {
	var out []ir.Stmt
	for _, f := range cls.Fields {
		if v := cls.classVar(f.Name); v != nil && v.GoName != "" {
			out = append(out, &ir.Assign{Lhs: []ir.Expr{ir.Sel(ir.Id(self), f.GoName)}, Tok: "=", Rhs: []ir.Expr{ir.Id(v.GoName)}})
		}
	}
	return out
}

// classAttr translates Cls.name: a class variable, or a static or class
// method as its package function.
func (c *fnCtx) classAttr(cls *Class, n *ast.Attribute) ir.Expr {
	if cls.Tuple && string(n.Attr) == "_fields" {
		return c.fieldsExpr(cls)
	}
	if v := cls.classVar(string(n.Attr)); v != nil {
		return ir.Id(v.GoName)
	}
	if fn := cls.method(string(n.Attr)); fn != nil && fn.kind() != instanceMethod {
		return ir.Id(classFuncName(fn))
	}
	c.m.errorf(n, "unsupported attribute of class %s: %s", cls.Name, n.Attr)
	return &ir.Nil{}
}

// classFuncName names the package function of a static or class method.
func classFuncName(fn *Function) string {
	if fn.GoName == "" {
		fn.GoName = lowerFirst(fn.Class.GoName) + upperFirst(goIdent(fn.Name))
	}
	return fn.GoName
}

// classFuncDecl declares a static or class method as a package function;
// a class method's cls parameter has no Go counterpart.
func (m *mapper) classFuncDecl(fn *Function) *ir.FuncDecl {
	c := m.newFnCtx(fn.Scope, fn, fn.Def.Body)
	c.bindParams(fn)
	ft := m.funcType(fn)
	name := classFuncName(fn)
	return &ir.FuncDecl{
		Doc:     docComment(name, fn.Def.Body),
		Name:    name,
		Params:  ft.Params,
		Results: ft.Results,
		Body:    c.finish(c.block(fn.Def.Body)),
	}
}

// classCallSkip is the number of parameters a call through the class does
// not pass: cls for a class method.
func (fn *Function) classCallSkip() int {
	if fn.kind() == classMethod {
		return 1
	}
	return 0
}

func isBasic(t Type) bool {
	return t == IntT || t == FloatT || t == StrT || t == BoolT
}
