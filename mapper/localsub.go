package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Subclasses of threading.local. Each thread sees its own instance: the
// struct Context holds one thread's attributes, and ContextLocal, the Go
// type of the Python object, keeps a *Context per thread in a pyrt.Local.
// The first use in a thread runs __init__ with the arguments the object was
// constructed with, as CPython does for a threading.local subclass; the
// creating thread runs it at construction. Reads and calls through the
// object go to the calling thread's instance: ctx.get().add(x).

const localClass = "threading.local"

// localBase reports whether the class derives from threading.local.
func (c *Class) localBase() bool { return c.BaseLib == localClass }

// markLocalSubclasses records threading.local bases.
func (m *mapper) markLocalSubclasses() {
	for _, cls := range m.classes {
		if len(cls.Def.Bases) == 1 && qualifiedName(m, m.module, cls.Def.Bases[0]) == localClass {
			cls.BaseLib = localClass
			// local.__init__ takes no arguments and does nothing.
			for _, call := range m.takeSuperInits(cls.Methods["__init__"]) {
				if len(call.Args) > 0 || len(call.Keywords) > 0 {
					m.errorf(call, "unsupported: arguments to threading.local.__init__")
				}
			}
		}
	}
}

func localTypeName(cls *Class) string { return cls.GoName + "Local" }

// localSubclassDecls declares the per-thread wrapper, its accessor and the
// constructor.
func (m *mapper) localSubclassDecls(cls *Class) []ir.Decl {
	wrapper := &ir.Named{Name: localTypeName(cls)}
	inst := &ir.Pointer{Elem: &ir.Named{Name: cls.GoName}}
	initFn := &ir.FuncType{Params: []ir.Param{{Name: "", Type: inst}}}
	st := &ir.Struct{Fields: []ir.Field{
		{Name: "per", Type: &ir.Pointer{Elem: ir.RT("Local", inst)}},
		{Name: "init", Type: initFn, Comment: "__init__ with the constructor's arguments"},
	}}
	self := "l"
	get := &ir.Block{}
	get.Add(&ir.If{Init: &ir.Assign{Lhs: []ir.Expr{ir.Id("v"), ir.Id("ok")}, Tok: ":=", Rhs: []ir.Expr{ir.CallOf(ir.Sel(ir.Sel(ir.Id(self), "per"), "Get"))}},
		Cond: ir.Id("ok"), Then: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.Id("v")}})})
	get.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id("v")}, Tok: ":=", Rhs: []ir.Expr{&ir.Unary{Op: "&", X: &ir.Composite{Type: &ir.Named{Name: cls.GoName}}}}})
	get.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Sel(ir.Id(self), "per"), "Set"), ir.Id("v"))})
	get.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(self), "init"), ir.Id("v"))})
	get.Add(&ir.Return{Results: []ir.Expr{ir.Id("v")}})

	ctor := &ir.FuncDecl{Doc: constructorName(cls) + " mirrors " + cls.Name + "(...): __init__ runs now for this thread and on first use in each other thread.",
		Name: constructorName(cls), Results: []ir.Type{&ir.Pointer{Elem: wrapper}}, Body: &ir.Block{}}
	var args []ir.Expr
	if init := cls.method("__init__"); init != nil {
		ctor.Params = m.initParams(init)
		for _, p := range ctor.Params {
			args = append(args, ir.Id(p.Name))
		}
	}
	initBody := &ir.Block{}
	if cls.method("__init__") != nil {
		initBody.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id("v"), "init"), args...)})
	}
	lit := &ir.Composite{Type: wrapper, Elts: []ir.Expr{
		&ir.KeyValue{Key: ir.Id("per"), Value: ir.CallOf(&ir.TypeExpr{Type: ir.RT("NewLocal", inst)})},
		&ir.KeyValue{Key: ir.Id("init"), Value: &ir.FuncLit{Params: []ir.Param{{Name: "v", Type: inst}}, Body: initBody}},
	}, Multiline: true}
	ctor.Body.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(self)}, Tok: ":=", Rhs: []ir.Expr{&ir.Unary{Op: "&", X: lit}}})
	ctor.Body.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(self), "get"))})
	ctor.Body.Add(&ir.Return{Results: []ir.Expr{ir.Id(self)}})
	return []ir.Decl{
		&ir.TypeDecl{Doc: localTypeName(cls) + " is a " + cls.Name + " per thread.", Name: localTypeName(cls), Type: st},
		&ir.FuncDecl{Doc: "get returns the calling thread's " + cls.Name + ", running __init__ on its first use there.",
			Recv: &ir.Param{Name: self, Type: &ir.Pointer{Elem: wrapper}}, Name: "get", Results: []ir.Type{inst}, Body: get},
		ctor,
	}
}

// methodRecv translates the receiver of a call of method fn (nil for a
// field read): the calling thread's instance for a threading.local
// subclass, and self.self in a base-class method calling a method a
// subclass overrides.
func (c *fnCtx) methodRecv(e ast.Expr, fn *Function) ir.Expr {
	if x, ok := c.excMethodRecv(e); ok {
		return x
	}
	if fn != nil && c.isSelf(e) && c.fn.Class.dispatch && overriddenBelow(c.fn.Class, fn.Name) != nil {
		return ir.Sel(c.expr(e), "self")
	}
	if inst := instanceType(c.m.info.Types[e]); inst != nil && inst.Class.localBase() && !c.isSelf(e) {
		return ir.CallOf(ir.Sel(c.expr(e), "get"))
	}
	return c.expr(e)
}
