package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Attributes of exception values. Every raised exception is a *pyrt.Exc;
// what else it has depends on its class, which only an except clause
// knows: inside `except ValidationError as e:` the loads of e are typed as
// exceptions of that class, so e.field is the field of the class's struct
// (excclass.go) and e.describe() its method. Every exception has
// __cause__ (set by raise ... from); errno, strerror and filename are
// OSError's, filled in by the runtime's file functions.

// excClassOfLoad is the exception class with a struct that the load n of
// an except clause's name is known to hold, or nil.
func (m *mapper) excClassOfLoad(n *ast.Name) *Class {
	if m.excLoads == nil {
		m.excLoads = map[*ast.Name]*Class{}
		m.findExcHandlers(m.file.Module.Body)
	}
	return m.excLoads[n]
}

// findExcHandlers marks the loads of the name each except clause binds
// when the clause names one exception class with a struct. An inner
// clause binding the same name is visited later and overrides.
func (m *mapper) findExcHandlers(body []ast.Stmt) {
	for _, st := range body {
		switch n := st.(type) {
		case *ast.FunctionDef:
			m.findExcHandlers(n.Body)
		case *ast.ClassDef:
			m.findExcHandlers(n.Body)
		case *ast.Try:
			for _, h := range n.Handlers {
				if cls := m.handlerExcStruct(h); cls != nil {
					for _, inner := range h.Body {
						m.markExcLoads(string(h.Name), inner, cls)
					}
				}
				if h.Name != "" {
					m.findExcInstanceTests(string(h.Name), h.Body)
				}
			}
		}
		for _, blk := range childBlocks(st) {
			m.findExcHandlers(blk)
		}
	}
}

// findExcInstanceTests marks the loads of name inside `if isinstance(name,
// X):` in an except clause's body with X's struct class: except
// AppError as e: if isinstance(e, QuotaError): e.used.
func (m *mapper) findExcInstanceTests(name string, body []ast.Stmt) {
	for _, st := range body {
		if ifs, ok := st.(*ast.If); ok {
			if cls := m.isinstanceExcStruct(ifs.Test, name); cls != nil {
				for _, inner := range ifs.Body {
					m.markExcLoads(name, inner, cls)
				}
			}
		}
		switch st.(type) {
		case *ast.FunctionDef, *ast.ClassDef:
			continue
		}
		for _, blk := range childBlocks(st) {
			m.findExcInstanceTests(name, blk)
		}
	}
}

// isinstanceExcStruct is X's struct class for the test isinstance(name, X).
func (m *mapper) isinstanceExcStruct(test ast.Expr, name string) *Class {
	call, ok := test.(*ast.Call)
	if !ok || len(call.Args) != 2 {
		return nil
	}
	if fn, ok := call.Func.(*ast.Name); !ok || string(fn.Id) != "isinstance" || m.lookup(m.module, "isinstance") != nil {
		return nil
	}
	if x, ok := call.Args[0].(*ast.Name); !ok || string(x.Id) != name {
		return nil
	}
	return m.excStructNamed(call.Args[1])
}

// excStructNamed is the struct class of the exception class e names.
func (m *mapper) excStructNamed(e ast.Expr) *Class {
	nm, ok := e.(*ast.Name)
	if !ok {
		return nil
	}
	sym := m.lookup(m.module, string(nm.Id))
	if sym == nil || sym.Kind != ClassSym || sym.Class.Exc == nil {
		return nil
	}
	return sym.Class.excStruct()
}

// handlerExcStruct is the struct class of the one exception class an
// except clause with a name catches.
func (m *mapper) handlerExcStruct(h *ast.ExceptHandler) *Class {
	if h.Name == "" {
		return nil
	}
	return m.excStructNamed(h.ExprType)
}

func (m *mapper) markExcLoads(name string, st ast.Stmt, cls *Class) {
	switch st.(type) {
	case *ast.FunctionDef, *ast.ClassDef:
		return
	}
	stmtExprs(st, func(e ast.Expr) {
		walkExpr(e, func(x ast.Expr) {
			if n, ok := x.(*ast.Name); ok && string(n.Id) == name && n.Ctx == ast.Load {
				m.excLoads[n] = cls
			}
		})
	})
	for _, blk := range childBlocks(st) {
		for _, inner := range blk {
			m.markExcLoads(name, inner, cls)
		}
	}
}

// narrowExcLoad types the load n of an exception variable: with its class
// inside an except clause that names one.
func (m *mapper) narrowExcLoad(n *ast.Name, t Type) Type {
	if _, ok := t.(*ExcT); ok {
		if cls := m.excClassOfLoad(n); cls != nil {
			return &ExcT{Class: cls}
		}
	}
	return t
}

// excAttrType types e.attr for an exception e.
func (m *mapper) excAttrType(o *ExcT, attr string) (Type, bool) {
	switch attr {
	case "__cause__":
		return &ExcT{}, true
	case "errno":
		return IntT, true
	case "strerror", "filename":
		return StrT, true
	}
	if o.Class == nil {
		return nil, false
	}
	if f := o.Class.field(attr); f != nil {
		return f.Type, true
	}
	if mt := o.Class.method(attr); mt != nil && mt.kind() == instanceMethod {
		return &boundT{Recv: &InstanceT{Class: o.Class}, Fn: mt}, true
	}
	// Not set yet in this inference pass: __init__ may be typed later.
	return Unknown, true
}

// excAttr translates e.attr for an exception e.
func (c *fnCtx) excAttr(n *ast.Attribute) (ir.Expr, bool) {
	o, ok := c.m.info.Types[n.Value].(*ExcT)
	if !ok {
		return nil, false
	}
	switch attr := string(n.Attr); attr {
	case "__cause__":
		return ir.Sel(c.expr(n.Value), "Cause"), true
	case "errno", "strerror", "filename":
		return ir.CallOf(ir.Sel(c.expr(n.Value), upperFirst(attr))), true
	}
	if o.Class == nil {
		return nil, false
	}
	if f := o.Class.field(string(n.Attr)); f != nil {
		return ir.Sel(c.excObject(n.Value, o.Class), f.GoName), true
	}
	return nil, false
}

// excObject translates an exception of a class with a struct as that
// struct: e.Self.(*ValidationError).
func (c *fnCtx) excObject(e ast.Expr, cls *Class) ir.Expr {
	return &ir.TypeAssert{X: ir.Sel(c.expr(e), "Self"), Type: &ir.Pointer{Elem: &ir.Named{Name: cls.GoName}}}
}

// excMethodRecv is the receiver of a method call on an exception of a
// class with a struct.
func (c *fnCtx) excMethodRecv(e ast.Expr) (ir.Expr, bool) {
	if o, ok := c.m.info.Types[e].(*ExcT); ok && o.Class != nil {
		return c.excObject(e, o.Class), true
	}
	return nil, false
}

// raiseFrom translates the exception of `raise x from cause`:
// x.WithCause(cause), x.WithCause(nil) for `from None`. Without from,
// inside an except clause, the handled exception is x's context, which an
// uncaught x reports first: x.WithContext(e).
func (c *fnCtx) raiseFrom(n *ast.Raise, x ir.Expr) ir.Expr {
	if n.Cause == nil {
		if nm, ok := n.Exc.(*ast.Name); c.excVar == "" || (ok && c.m.info.Uses[nm] != nil && c.m.info.Uses[nm].GoName == c.excVar) {
			return x
		}
		return ir.CallOf(ir.Sel(x, "WithContext"), ir.Id(c.excVar))
	}
	if isNone(n.Cause) {
		return ir.CallOf(ir.Sel(x, "WithCause"), &ir.Nil{})
	}
	if _, ok := c.m.info.Types[n.Cause].(*ExcT); !ok {
		c.m.errorf(n.Cause, "unsupported: raise ... from a %s; the cause must be an exception value", c.m.info.Types[n.Cause])
		return x
	}
	return ir.CallOf(ir.Sel(x, "WithCause"), c.expr(n.Cause))
}
