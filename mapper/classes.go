package mapper

import (
	"strings"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// classDecls translates a class into a struct type whose fields are the
// attributes assigned through self anywhere in the class, a constructor
// newName running __init__, and one method per def (__str__ becomes String,
// so fmt and the runtime print it as Python's str() does).
func (m *mapper) classDecls(cls *Class) []ir.Decl {
	if cls.Exc != nil {
		return m.excClassDecls(cls)
	}
	userBase := cls.Base != nil && len(cls.Def.Bases) == 1 && cls.Base.inHierarchy()
	if len(cls.Def.Bases) > 0 && !userBase && !cls.Tuple && (cls.BaseLib == "" || len(cls.Def.Bases) > 1) {
		m.errorf(cls.Def, "unsupported: class %s with a base class; only user classes, threading.Thread and exceptions are translated as bases", cls.Name)
		return nil
	}
	st := &ir.Struct{}
	if cls.BaseLib == "threading.Thread" {
		st.Fields = append(st.Fields, ir.Field{Type: &ir.Pointer{Elem: ir.RT("Thread")}, Embed: true})
		if cls.ThreadArgs && cls.method("__init__") == nil {
			st.Fields = append(st.Fields, ir.Field{Name: "target", Type: &ir.FuncType{}, Comment: "what Thread.run runs"})
		}
	}
	if cls.BaseLib == processClass {
		st.Fields = append(st.Fields, ir.Field{Type: &ir.Pointer{Elem: ir.RT("Process")}, Embed: true})
	}
	if userBase {
		st.Fields = append(st.Fields, ir.Field{Type: &ir.Named{Name: cls.Base.GoName}, Embed: true})
	}
	if cls.dispatch {
		st.Fields = append(st.Fields, ir.Field{Name: "self", Type: &ir.Named{Name: cls.Iface}, Comment: "the object as Python sees it, for calls subclasses override"})
	}
	for _, f := range cls.Fields {
		st.Fields = append(st.Fields, ir.Field{Name: f.GoName, Type: m.goType(f.Type)})
	}
	decls := []ir.Decl{&ir.TypeDecl{Doc: docComment(cls.GoName, cls.Def.Body), Name: cls.GoName, Type: st}}
	decls = append(decls, m.ifaceDecls(cls)...)
	decls = append(decls, m.classVarDecls(cls)...)
	switch {
	case cls.localBase():
		decls = append(decls, m.localSubclassDecls(cls)...)
	case cls.dc != nil && cls.dc.init != nil:
		decls = append(decls, m.dataclassConstructor(cls))
	case cls.inHierarchy():
		decls = append(decls, m.hierarchyConstructor(cls))
	default:
		decls = append(decls, m.constructor(cls))
	}
	for _, fn := range cls.Order {
		switch {
		case fn.Name == "__init__" && (cls.inHierarchy() || cls.localBase()):
			decls = append(decls, m.methodDecl(cls, fn))
		case fn.Name == "__init__":
		case fn.kind() != instanceMethod:
			decls = append(decls, m.classFuncDecl(fn))
		default:
			decls = append(decls, m.methodDecl(cls, fn))
		}
	}
	if cls.dc != nil {
		decls = append(decls, m.dataclassMethods(cls)...)
	}
	if cls.Methods["__lt__"] != nil || (cls.dc != nil && cls.dc.order) {
		decls = append(decls, m.pyLessDecl(cls))
	}
	return decls
}

func receiverName(cls *Class) string {
	return strings.ToLower(cls.GoName[:1])
}

func (m *mapper) constructor(cls *Class) *ir.FuncDecl {
	fd, self := m.constructorHead(cls)
	init := cls.Methods["__init__"]
	var c *fnCtx
	if init != nil {
		c = m.newFnCtx(init.Scope, init, init.Def.Body)
		c.names.claim(self)
		init.Params[0].GoName = self
		c.bindParams(init)
		ft := m.funcType(init)
		fd.Params, fd.Variadic = ft.Params, ft.Variadic
	}
	if cls.threadBase() && init == nil && cls.ThreadArgs {
		// Thread's own arguments; the target stays for super().run().
		fd.Params = threadSubclassParams()
		fd.Body.Add(&ir.Assign{Lhs: []ir.Expr{ir.Sel(ir.Id(self), "target")}, Tok: "=", Rhs: []ir.Expr{ir.Id("target")}})
		fd.Body.Add(&ir.Assign{Lhs: []ir.Expr{ir.Sel(ir.Id(self), "Thread")}, Tok: "=", Rhs: []ir.Expr{ir.CallOf(ir.Q(ir.Runtime, "NewThread"), ir.Id("target"), ir.Id("targetName"), ir.Id("name"), ir.Id("daemon"))}})
		if cls.method("run") != nil {
			fd.Body.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(self), "SetRun"), ir.Sel(ir.Id(self), "run"))})
		}
	} else if cls.processBase() {
		fd.Body.Add(m.processInit(c, cls, init, self))
	} else if cls.threadBase() {
		// The embedded runtime thread runs the overridden run method.
		fd.Body.Add(&ir.Assign{Lhs: []ir.Expr{ir.Sel(ir.Id(self), "Thread")}, Tok: "=", Rhs: []ir.Expr{m.superThread(c, init)}})
		if cls.method("run") != nil {
			fd.Body.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(self), "SetRun"), ir.Sel(ir.Id(self), "run"))})
		}
	}
	if init != nil {
		body := c.finish(c.block(init.Def.Body))
		fd.Body.Stmts = append(fd.Body.Stmts, body.Stmts...)
	}
	fd.Body.Add(&ir.Return{Results: []ir.Expr{ir.Id(self)}})
	return fd
}

func (m *mapper) methodDecl(cls *Class, fn *Function) *ir.FuncDecl {
	self := receiverName(cls)
	c := m.newFnCtx(fn.Scope, fn, fn.Def.Body)
	c.names.claim(self)
	if len(fn.Params) == 0 {
		m.errorf(fn.Def, "unsupported: method %s without self", fn.Name)
		return &ir.FuncDecl{Name: fn.Name, Body: &ir.Block{}}
	}
	fn.Params[0].GoName = self
	c.bindParams(fn)
	ft := m.funcType(fn)
	return &ir.FuncDecl{
		Doc:      docComment(methodGoName(fn), fn.Def.Body),
		Recv:     &ir.Param{Name: self, Type: recvType(cls)},
		Name:     methodGoName(fn),
		Params:   ft.Params,
		Variadic: ft.Variadic,
		Results:  ft.Results,
		Body:     c.finish(c.block(fn.Def.Body)),
	}
}

// selfParam types a method's first parameter as an instance of its class.
func (r *resolver) selfParam(fn *Function, cls *Class) {
	if len(fn.Params) == 0 {
		return
	}
	switch fn.kind() {
	case instanceMethod:
		fn.Params[0].Type = &InstanceT{Class: cls}
	case classMethod:
		fn.Params[0].Type = &ClassT{Class: cls}
	}
}

var _ = ast.Stmt(nil)

// excClassDecls declares a user exception class as a runtime exception
// type: var MyError = pyrt.NewExcType("MyError", pyrt.Exception).
// A class with methods is also a struct (excclass.go).
func (m *mapper) excClassDecls(cls *Class) []ir.Decl {
	if !m.checkExcClassBody(cls) {
		return nil
	}
	decls := []ir.Decl{m.excClassVar(cls)}
	if cls.excStruct() != nil {
		decls = append(decls, m.excObjectDecls(cls)...)
	}
	return decls
}

// superThread builds the embedded thread from the arguments of the
// super().__init__(...) (or Thread.__init__(self, ...)) call in __init__,
// which is then skipped.
func (m *mapper) superThread(c *fnCtx, init *Function) ir.Expr {
	var name ir.Expr = ir.L("")
	var daemon ir.Expr = ir.L(false)
	for _, call := range m.takeSuperInits(init) {
		if nm := keyword(call, "name"); nm != nil {
			name = c.exprAs(nm, StrT)
		}
		if d := keyword(call, "daemon"); d != nil {
			daemon = c.cond(d)
		}
	}
	return ir.CallOf(ir.Q(ir.Runtime, "NewThread"), &ir.Nil{}, ir.L(""), name, daemon)
}

// takeSuperInits returns the super().__init__(...) calls of init's body
// and marks them skipped: the library base they configure is built in
// the constructor instead.
func (m *mapper) takeSuperInits(init *Function) []*ast.Call {
	if init == nil {
		return nil
	}
	var calls []*ast.Call
	for _, st := range init.Def.Body {
		if call := superInitCall(st); call != nil {
			m.skip[st] = true
			calls = append(calls, call)
		}
	}
	return calls
}

// constructorHead starts newX: the doc, the *X result, `x := &X{}` and
// the class-variable shadows; it returns the receiver's name.
func (m *mapper) constructorHead(cls *Class) (*ir.FuncDecl, string) {
	self := receiverName(cls)
	fd := &ir.FuncDecl{
		Doc:     constructorName(cls) + " mirrors " + cls.Name + "(...).",
		Name:    constructorName(cls),
		Results: []ir.Type{&ir.Pointer{Elem: &ir.Named{Name: cls.GoName}}},
		Body:    &ir.Block{},
	}
	fd.Body.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(self)}, Tok: ":=", Rhs: []ir.Expr{&ir.Unary{Op: "&", X: &ir.Composite{Type: &ir.Named{Name: cls.GoName}}}}})
	fd.Body.Stmts = append(fd.Body.Stmts, m.shadowInits(cls, self)...)
	return fd, self
}

// superInitCall returns the call if st is super().__init__(...) or
// Base.__init__(self, ...).
func superInitCall(st ast.Stmt) *ast.Call {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return nil
	}
	call, ok := es.Value.(*ast.Call)
	if !ok {
		return nil
	}
	attr, ok := call.Func.(*ast.Attribute)
	if !ok || string(attr.Attr) != "__init__" {
		return nil
	}
	switch v := attr.Value.(type) {
	case *ast.Call:
		if n, ok := v.Func.(*ast.Name); ok && string(n.Id) == "super" {
			return call
		}
	case *ast.Name, *ast.Attribute:
		return call
	}
	return nil
}
