package mapper

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// libArgs matches a call's arguments to a library signature and converts
// them to the runtime's parameters: a timeout of None is -1 (wait forever),
// numbers become float64 seconds.
func (c *fnCtx) libArgs(n *ast.Call, params []libParam, elem Type) []ir.Expr {
	var out []ir.Expr
	for i, p := range params {
		var e ast.Expr
		if i < len(n.Args) {
			e = n.Args[i]
		} else {
			e = keyword(n, p.name)
		}
		if p.kind == "ignore" {
			continue
		}
		if e == nil {
			if !p.hasDef {
				c.m.errorf(n, "missing argument '%s'", p.name)
				out = append(out, &ir.Nil{})
				continue
			}
			out = append(out, c.libDefault(p))
			continue
		}
		out = append(out, c.libArg(e, p, elem))
	}
	if len(n.Args) > len(params) {
		c.m.errorf(n.Args[len(params)], "too many arguments")
	}
	return out
}

func (c *fnCtx) libDefault(p libParam) ir.Expr {
	switch p.kind {
	case "timeout":
		return ir.L(-1)
	case "bool":
		return ir.L(p.def == "True")
	case "int":
		switch p.def {
		case "0":
			return ir.L(0)
		case "1":
			return ir.L(1)
		}
	}
	return &ir.Nil{}
}

func (c *fnCtx) libArg(e ast.Expr, p libParam, elem Type) ir.Expr {
	isNone := func() bool {
		nc, ok := e.(*ast.NameConstant)
		return ok && nc.Value == py.None
	}
	switch p.kind {
	case "timeout":
		if isNone() {
			return ir.L(-1)
		}
		if _, ok := c.m.info.Types[e].(*OptionalT); ok && c.m.goType(c.m.info.Types[e]) == ir.Any {
			return ir.CallOf(ir.Q(ir.Runtime, "OptionalTimeout"), c.expr(e))
		}
		return c.exprAs(e, FloatT)
	case "bool":
		return c.cond(e)
	case "int":
		return c.exprAs(e, IntT)
	case "str":
		return c.exprAs(e, StrT)
	case "elem":
		return c.exprAs(e, elem)
	case "action", "locker", "pred":
		if isNone() {
			return &ir.Nil{}
		}
		if lam, ok := e.(*ast.Lambda); ok && p.kind == "pred" {
			// A predicate's truth value, as Python tests it.
			fn := c.m.lambdas[lam]
			inner := c.innerCtx(fn.Scope, fn)
			body := (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{inner.cond(lam.Body)}})
			return &ir.FuncLit{Results: []ir.Type{ir.Bool}, Body: body}
		}
	}
	return c.expr(e)
}

// objClass returns the library class of a value, if it has one: library
// objects, threads that need the runtime, and locks when the program needs
// runtime locks.
func (c *fnCtx) objClass(t Type) (*libClass, Type) {
	switch x := t.(type) {
	case *ObjT:
		return libClasses[x.Class], x.Elem
	case *ThreadT:
		if x.Group.find().Queried {
			return libClasses["threading.Thread"], nil
		}
	case *LockT:
		if c.m.runtimeLocks {
			return libClasses["threading.Lock"], nil
		}
	case *InstanceT:
		if x.Class.threadBase() {
			return libClasses["threading.Thread"], nil
		}
		if x.Class.processBase() {
			return libClasses[processClass], nil
		}
	}
	return nil, nil
}

// objMethod translates a method call on a library object.
func (c *fnCtx) objMethod(n *ast.Call, recv ast.Expr, lc *libClass, elem Type, name string) (ir.Expr, bool) {
	lm, ok := lc.methods[name]
	if !ok {
		return nil, false
	}
	args := c.libArgs(n, parseParams(lm.params), elem)
	return ir.CallOf(ir.Sel(c.expr(recv), lm.goName), args...), true
}

// objCtor translates the construction of a library object.
func (c *fnCtx) objCtor(n *ast.Call, class string, t Type) ir.Expr {
	if h := libCallHooks[class]; h != nil {
		// The hook reads the constructed type from the call: it is the
		// type of where the object is stored.
		c.m.info.Types[n] = t
		return h(c, n)
	}
	lc := libClasses[class]
	if lc == nil || lc.ctor == "" {
		c.m.errorf(n, "unsupported call: %s()", class)
		return &ir.Nil{}
	}
	var elem Type
	if o, ok := t.(*ObjT); ok {
		elem = o.Elem
	}
	call := &ir.Call{Fun: ir.Q(ir.Runtime, lc.ctor), Args: c.libArgs(n, parseParams(lc.ctorParams), elem)}
	if lc.generic {
		if elem == nil || elem == Unknown {
			elem = AnyT
		}
		call.TypeArgs = []ir.Type{c.m.goType(elem)}
	}
	return call
}
