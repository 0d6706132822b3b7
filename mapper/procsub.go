package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Subclasses of multiprocessing.Process. The struct embeds *pyrt.Process,
// whose target runs run() on a copy of the object: a child process works
// on a copy of the parent's memory, so what run() assigns to self stays in
// the child, as in Python. The copy is shallow, so attributes that are not
// plain values (lists, dicts, objects) would be shared with the parent; a
// class with such attributes is a diagnostic, as is a run() that changes a
// module global.

// processBase reports whether the class derives from
// multiprocessing.Process.
func (c *Class) processBase() bool {
	for k := c; k != nil; k = k.Base {
		if k.BaseLib == processClass {
			return true
		}
	}
	return false
}

// markProcessSubclasses records multiprocessing.Process bases.
func (m *mapper) markProcessSubclasses() {
	for _, cls := range m.classes {
		if len(cls.Def.Bases) == 1 && qualifiedName(m, m.module, cls.Def.Bases[0]) == processClass {
			cls.BaseLib = processClass
			m.usesRuntimeThreads = true // pyrt.Main joins processes still running at exit
		}
	}
}

// processAttrType types the Process attributes an instance inherits.
func (m *mapper) processAttrType(inst *InstanceT, attr string) (Type, bool) {
	if !inst.Class.processBase() {
		return nil, false
	}
	lc := libClasses[processClass]
	if p, ok := lc.props[attr]; ok {
		return p.typ, true
	}
	if h := attrTypeHooks[processClass+"."+attr]; h != nil {
		return h(m, nil, nil), true
	}
	if _, ok := lc.methods[attr]; ok {
		return &methodT{Recv: inst, Name: attr}, true
	}
	return nil, false
}

// processAttr translates an inherited Process attribute read.
func (c *fnCtx) processAttr(inst *InstanceT, n *ast.Attribute) (ir.Expr, bool) {
	if !inst.Class.processBase() {
		return nil, false
	}
	if p, ok := libClasses[processClass].props[string(n.Attr)]; ok {
		return ir.CallOf(ir.Sel(c.expr(n.Value), p.getter)), true
	}
	if string(n.Attr) == "exitcode" {
		return ir.CallOf(ir.Q(ir.Runtime, "ProcessExitCode"), ir.Sel(c.expr(n.Value), "Process")), true
	}
	return nil, false
}

// processInit builds the embedded process: its target runs run() on a copy
// of the object, with the name given to super().__init__(name=...).
func (m *mapper) processInit(c *fnCtx, cls *Class, init *Function, self string) ir.Stmt {
	var name ir.Expr = ir.L("")
	for _, call := range m.takeSuperInits(init) {
		if nm := keyword(call, "name"); nm != nil {
			name = c.exprAs(nm, StrT)
		}
		for _, kw := range call.Keywords {
			if string(kw.Arg) != "name" {
				m.errorf(kw.Value, "unsupported: Process.__init__ argument %s in a subclass", kw.Arg)
			}
		}
	}
	for _, f := range cls.Fields {
		if !isBasic(f.Type) {
			m.errorf(cls.Def, "unsupported: Process subclass %s with attribute %s of type %s: the child's copy would share it with the parent", cls.Name, f.Name, f.Type)
		}
	}
	run := cls.method("run")
	body := &ir.Block{}
	if run != nil {
		if !c.childIsolated(run.Def, run) {
			return &ir.ExprStmt{X: &ir.Nil{}}
		}
		body.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id("child")}, Tok: ":=", Rhs: []ir.Expr{&ir.Unary{Op: "*", X: ir.Id(self)}}})
		body.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id("child"), "run"))})
	}
	return &ir.Assign{Lhs: []ir.Expr{ir.Sel(ir.Id(self), "Process")}, Tok: "=", Rhs: []ir.Expr{ir.CallOf(ir.Q(ir.Runtime, "NewProcess"), &ir.FuncLit{Body: body}, name)}}
}
