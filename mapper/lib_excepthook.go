package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// threading.excepthook: `threading.excepthook = hook` installs a Go func
// with pyrt.SetExceptHook (the runtime threads call it for an exception
// that escapes run), and hook's parameter is a pyrt.ExceptHookArgs whose
// exc_type, exc_value and thread are its fields. Assigning
// threading.__excepthook__ back restores CPython's report.

const exceptHookArgs = "threading.ExceptHookArgs"

// excTypeValT is an exception class known only at run time (args.exc_type):
// a *pyrt.ExcType.
type excTypeValT struct{}

func (*excTypeValT) String() string { return "type" }

var exceptHookFields = map[string]struct {
	goName string
	typ    func() Type
}{
	"exc_type":  {"ExcType", func() Type { return &excTypeValT{} }},
	"exc_value": {"ExcValue", func() Type { return &ExcT{} }},
	"thread":    {"Thread", func() Type { return &ThreadT{Group: &ThreadGroup{Queried: true}} }},
}

func init() {
	for attr, f := range exceptHookFields {
		typ, goName := f.typ, f.goName
		attrTypeHooks[exceptHookArgs+"."+attr] = func(*mapper, *Scope, *ast.Attribute) Type { return typ() }
		attrHooks[exceptHookArgs+"."+attr] = func(c *fnCtx, n *ast.Attribute) ir.Expr { return ir.Sel(c.expr(n.Value), goName) }
	}
	goTypeHooks[exceptHookArgs] = func(*mapper, *ObjT) ir.Type { return ir.RT("ExceptHookArgs") }
	attrHooks["threading.__excepthook__"] = func(*fnCtx, *ast.Attribute) ir.Expr {
		return ir.Q(ir.Runtime, "DefaultExceptHook")
	}
}

// isExceptHookTarget reports whether target is threading.excepthook.
func (m *mapper) isExceptHookTarget(s *Scope, target *ast.Attribute) bool {
	mod, ok := m.typeOf(s, target.Value).(*ModuleT)
	return ok && mod.Name == "threading" && string(target.Attr) == "excepthook"
}

// flowExceptHook types the parameter of a function installed as the hook.
func (m *mapper) flowExceptHook(t Type) {
	if f, ok := t.(*FuncT); ok && len(f.Fn.Params) == 1 {
		m.refine(&f.Fn.Params[0].Type, &ObjT{Class: exceptHookArgs})
	}
}

// storeExceptHook translates `threading.excepthook = value`.
func (c *fnCtx) storeExceptHook(value ast.Expr, b *ir.Block) {
	if lf, ok := c.m.info.Types[value].(*LibFuncT); ok && lf.Name == "threading.__excepthook__" {
		b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q(ir.Runtime, "SetExceptHook"), &ir.Nil{})})
		return
	}
	f, ok := c.m.info.Types[value].(*FuncT)
	if !ok || len(f.Fn.Params) != 1 {
		c.m.errorf(value, "unsupported: threading.excepthook set to something other than a function of one parameter defined in this file")
		return
	}
	b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q(ir.Runtime, "SetExceptHook"), c.expr(value))})
}

// libFuncIdentity decides `f is threading.__excepthook__` statically: a
// function defined in this file is never a library function.
func libFuncIdentity(lt, rt Type, op ast.CmpOp) (ir.Expr, bool) {
	_, lLib := lt.(*LibFuncT)
	_, rLib := rt.(*LibFuncT)
	_, lFn := lt.(*FuncT)
	_, rFn := rt.(*FuncT)
	if (lLib && rFn) || (lFn && rLib) {
		return ir.L(op == ast.IsNot), true
	}
	return nil, false
}
