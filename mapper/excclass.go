package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Exception classes with a body. A class deriving from an exception class
// that only says pass is a runtime exception class and nothing more. One
// with methods (an __init__ storing attributes, a __str__, helpers) is
// also a Go struct embedding the runtime exception, so its attributes keep
// their types:
//
//	var ValidationErrorClass = pyrt.NewExcType("ValidationError", AppError)
//
//	type ValidationError struct {
//		*pyrt.Exc
//		field string
//	}
//
//	func newValidationError(field string, message string) *pyrt.Exc {
//		v := &ValidationError{Exc: pyrt.NewExc(ValidationErrorClass, field, message)}
//		v.Self = v
//		v.SetArgs(fmt.Sprintf("%s: %s", field, message)) // super().__init__(...)
//		v.field = field
//		return v.Exc
//	}
//
// Raised values stay *pyrt.Exc, the one Go type every except clause
// handles; the exception's Self is the struct. In `except ValidationError
// as e:` the loads of e know the class, so e.field reads
// e.Self.(*ValidationError).field, an assertion that cannot fail since
// the clause matched. __str__ becomes the String method the runtime's
// str() of the exception calls. A subclass without methods of such a
// class shares its struct: its constructor runs the base's and sets the
// class.

// excStruct is the class whose Go struct holds the instances of the
// exception class cls: cls itself when it has methods, else its nearest
// user base that has some; nil for a plain runtime exception class.
func (cls *Class) excStruct() *Class {
	for k := cls; k != nil && k.Exc != nil; k = k.Base {
		if len(k.Methods) > 0 {
			return k
		}
	}
	return nil
}

// excVar is the Go name of the runtime class variable of the exception
// class cls.
func (cls *Class) excVar() string {
	if cls.ExcVar != "" {
		return cls.ExcVar
	}
	return cls.GoName
}

// nameExcClasses gives an exception class with a struct of its own a
// second package-level name, XClass, for its runtime class; X names the
// struct.
func (m *mapper) nameExcClasses() {
	for _, cls := range m.classes {
		if cls.Exc != nil && cls.excStruct() == cls {
			cls.ExcVar = m.names.claim(cls.GoName + "Class")
		}
	}
}

// checkExcClassBody reports the statements of an exception class body
// that have no translation: anything but methods, pass and a docstring,
// and methods in a class whose base class has methods too (both would need
// a struct of their own, and an except clause naming the base could not
// reach the subclass's attributes).
func (m *mapper) checkExcClassBody(cls *Class) bool {
	ok := true
	for _, st := range cls.Def.Body {
		switch st.(type) {
		case *ast.Pass, *ast.FunctionDef:
		case *ast.ExprStmt:
			if !isDocstring(st) {
				m.errorf(st, "unsupported: a statement in the body of exception class %s; only methods, pass or a docstring", cls.Name)
				ok = false
			}
		default:
			m.errorf(st, "unsupported: a statement in the body of exception class %s; only methods, pass or a docstring (set attributes in __init__)", cls.Name)
			ok = false
		}
	}
	if len(cls.Methods) > 0 && cls.Base != nil && cls.Base.excStruct() != nil {
		m.errorf(cls.Def, "unsupported: exception class %s with methods deriving from %s, which has methods too; keep the methods in one of them", cls.Name, cls.Base.excStruct().Name)
		ok = false
	}
	return ok
}

// excClassVar declares the runtime class: var X = pyrt.NewExcType("X", Base).
func (m *mapper) excClassVar(cls *Class) ir.Decl {
	c := m.newFnCtx(m.module, nil, nil)
	return &ir.VarDecl{
		Doc:   docComment(cls.excVar(), cls.Def.Body),
		Name:  cls.excVar(),
		Value: ir.CallOf(ir.Q(ir.Runtime, "NewExcType"), ir.L(cls.Name), c.excClassOf(cls.ExcBase)),
	}
}

// excObjectDecls declares the struct, constructor and methods of an
// exception class with methods, or the constructor of a subclass without
// methods sharing its base's struct.
func (m *mapper) excObjectDecls(cls *Class) []ir.Decl {
	owner := cls.excStruct()
	if owner != cls {
		return []ir.Decl{m.excSubConstructor(cls, owner)}
	}
	st := &ir.Struct{Fields: []ir.Field{{Type: excGoType, Embed: true}}}
	for _, f := range cls.Fields {
		st.Fields = append(st.Fields, ir.Field{Name: f.GoName, Type: m.goType(f.Type)})
	}
	decls := []ir.Decl{
		&ir.TypeDecl{Doc: cls.GoName + " is a raised " + cls.Name + ": the runtime exception and the attributes its methods set.", Name: cls.GoName, Type: st},
		m.excConstructor(cls),
	}
	for _, fn := range cls.Order {
		switch {
		case fn.Name == "__init__":
		case fn.kind() != instanceMethod:
			decls = append(decls, m.classFuncDecl(fn))
		default:
			decls = append(decls, m.methodDecl(cls, fn))
		}
	}
	return decls
}

var excGoType = &ir.Pointer{Elem: ir.RT("Exc")}

// excConstructor writes newX: the struct with the runtime exception whose
// args are the call's arguments (as BaseException.__new__ sets them),
// then __init__'s body, where super().__init__(...) sets the args again.
// Without __init__ it takes the arguments as they come.
func (m *mapper) excConstructor(cls *Class) *ir.FuncDecl {
	self := receiverName(cls)
	fd := &ir.FuncDecl{
		Doc:     constructorName(cls) + " mirrors " + cls.Name + "(...).",
		Name:    constructorName(cls),
		Results: []ir.Type{excGoType},
		Body:    &ir.Block{},
	}
	newExc := ir.CallOf(ir.Q(ir.Runtime, "NewExc"), ir.Id(cls.excVar()))
	init := cls.Methods["__init__"]
	var c *fnCtx
	if init != nil {
		c = m.newFnCtx(init.Scope, init, init.Def.Body)
		c.names.claim(self)
		init.Params[0].GoName = self
		c.bindParams(init)
		fd.Params = m.funcType(init).Params
	} else {
		fd.Params, fd.Variadic = []ir.Param{{Name: "args", Type: ir.Any}}, true
	}
	for _, p := range fd.Params {
		newExc.Args = append(newExc.Args, ir.Id(p.Name))
	}
	newExc.Ellipsis = fd.Variadic
	fd.Body.Add(
		&ir.Assign{Lhs: []ir.Expr{ir.Id(self)}, Tok: ":=", Rhs: []ir.Expr{&ir.Unary{Op: "&", X: &ir.Composite{Type: &ir.Named{Name: cls.GoName}, Elts: []ir.Expr{&ir.KeyValue{Key: ir.Id("Exc"), Value: newExc}}}}}},
		&ir.Assign{Lhs: []ir.Expr{ir.Sel(ir.Id(self), "Self")}, Tok: "=", Rhs: []ir.Expr{ir.Id(self)}},
	)
	if init != nil {
		fd.Body.Stmts = append(fd.Body.Stmts, c.finish(c.block(init.Def.Body)).Stmts...)
	}
	fd.Body.Add(&ir.Return{Results: []ir.Expr{ir.Sel(ir.Id(self), "Exc")}})
	return fd
}

// excSubConstructor writes the constructor of a subclass without methods
// of an exception class with some: the base's constructor, then the class.
func (m *mapper) excSubConstructor(cls, owner *Class) *ir.FuncDecl {
	fd := &ir.FuncDecl{
		Doc:     constructorName(cls) + " mirrors " + cls.Name + "(...): a " + owner.Name + " of class " + cls.Name + ".",
		Name:    constructorName(cls),
		Results: []ir.Type{excGoType},
		Body:    &ir.Block{},
	}
	call := ir.CallOf(ir.Id(constructorName(owner)))
	if init := owner.Methods["__init__"]; init != nil {
		fd.Params = m.funcType(init).Params
	} else {
		fd.Params, fd.Variadic = []ir.Param{{Name: "args", Type: ir.Any}}, true
	}
	for _, p := range fd.Params {
		call.Args = append(call.Args, ir.Id(p.Name))
	}
	call.Ellipsis = fd.Variadic
	fd.Body.Add(
		&ir.Assign{Lhs: []ir.Expr{ir.Id("e")}, Tok: ":=", Rhs: []ir.Expr{call}},
		&ir.Assign{Lhs: []ir.Expr{ir.Sel(ir.Id("e"), "Type")}, Tok: "=", Rhs: []ir.Expr{ir.Id(cls.excVar())}},
		&ir.Return{Results: []ir.Expr{ir.Id("e")}},
	)
	return fd
}

// excCallType types calling an exception class: the arguments flow into
// __init__'s parameters when the class (or the base whose struct it
// shares) has one. The value is an exception of no known class: only the
// loads of an except clause's name know theirs (excnarrow.go).
func (m *mapper) excCallType(s *Scope, t *ExcClassT, n *ast.Call, args []Type) Type {
	if t.Class != nil && t.Class.excStruct() != nil {
		if init := t.Class.excStruct().Methods["__init__"]; init != nil {
			m.flowCall(s, init, n, args, 1)
		}
	}
	return &ExcT{}
}

// newExcObject translates calling an exception class with a struct:
// newX(args...).
func (c *fnCtx) newExcObject(n *ast.Call, cls *Class) ir.Expr {
	if init := cls.excStruct().Methods["__init__"]; init != nil {
		return ir.CallOf(ir.Id(constructorName(cls)), c.args(init, n, 1)...)
	}
	var args []ir.Expr
	for _, a := range n.Args {
		args = append(args, c.expr(a))
	}
	return ir.CallOf(ir.Id(constructorName(cls)), args...)
}

func init() {
	stmtHooks = append(stmtHooks, excSuperInit)
}

// excSuperInit translates super().__init__(args...) in the __init__ of an
// exception class with a struct: BaseException.__init__ sets the args.
func excSuperInit(c *fnCtx, st ast.Stmt, b *ir.Block) bool {
	call := superInitCall(st)
	if call == nil || c.fn == nil || c.fn.Name != "__init__" || c.fn.Class == nil || c.fn.Class.Exc == nil || len(c.fn.Params) == 0 {
		return false
	}
	given := call.Args
	if attr := call.Func.(*ast.Attribute); !isSuperCall(attr.Value) {
		// Exception.__init__(self, msg): the arguments after self.
		if len(given) == 0 || !c.isSelf(given[0]) {
			c.m.errorf(call, "unsupported: a base class's __init__ called without self in exception class %s; use super().__init__(...)", c.fn.Class.Name)
			return true
		}
		given = given[1:]
	}
	if len(call.Keywords) > 0 || call.Starargs != nil || call.Kwargs != nil {
		c.m.errorf(call, "unsupported: keyword or unpacked arguments to an exception's super().__init__")
		return true
	}
	set := ir.CallOf(ir.Sel(ir.Id(c.fn.Params[0].GoName), "SetArgs"))
	for _, a := range given {
		set.Args = append(set.Args, c.expr(a))
	}
	b.Add(&ir.ExprStmt{X: set})
	return true
}

// isSuperCall reports whether e is super() without arguments.
func isSuperCall(e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Args) > 0 {
		return false
	}
	n, ok := call.Func.(*ast.Name)
	return ok && string(n.Id) == "super"
}

// bareCall is the call e(), positioned at e, for `raise E`: its
// diagnostics (a missing __init__ argument) point at E.
func bareCall(e ast.Expr) *ast.Call {
	call := &ast.Call{Func: e}
	if nm, ok := e.(*ast.Name); ok {
		call.ExprBase = nm.ExprBase
	}
	return call
}
