package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Condition.wait_for(predicate) returns the predicate's last value, not a
// bool: `cond.wait_for(lambda: ready)` returns the list. A predicate whose
// value is a bool keeps the method Condition.WaitFor; any other static type
// uses pyrt.WaitForValue, whose predicate returns its value with its
// Python truth.

func init() {
	methodTypeHooks["threading.Condition.wait_for"] = func(m *mapper, s *Scope, n *ast.Call, _ *ObjT, _ []Type) Type {
		return m.predicateResult(n)
	}
	methodCallHooks["threading.Condition.wait_for"] = (*fnCtx).waitFor
}

// predicateResult is the type of the value wait_for's predicate returns.
func (m *mapper) predicateResult(n *ast.Call) Type {
	if f, ok := m.info.Types[argOrKeyword(n, 0, "predicate")].(*FuncT); ok {
		return m.result(f.Fn)
	}
	return BoolT
}

func (c *fnCtx) waitFor(n *ast.Call, recv ast.Expr, _ *ObjT) ir.Expr {
	rt := c.m.predicateResult(n)
	if rt == BoolT {
		x, _ := c.objMethod(n, recv, libClasses["threading.Condition"], nil, "wait_for")
		return x
	}
	pred := argOrKeyword(n, 0, "predicate")
	v := c.names.claim("value")
	if rt == NoneT {
		c.m.errorf(pred, "unsupported: a wait_for predicate that returns None (it would wait forever)")
		return &ir.Nil{}
	}
	truth := c.truth(ir.Id(v), rt, pred)
	value := c.predicateValue(pred)
	if value == nil {
		return &ir.Nil{}
	}
	body := (&ir.Block{}).
		Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(v)}, Tok: ":=", Rhs: []ir.Expr{value}}).
		Add(&ir.Return{Results: []ir.Expr{ir.Id(v), truth}})
	fl := &ir.FuncLit{Results: []ir.Type{c.m.goType(rt), ir.Bool}, Body: body}
	timeout := c.libArgs(n, parseParams("predicate:ignore, timeout=None:timeout"), nil)
	return ir.CallOf(ir.Q(ir.Runtime, "WaitForValue"), append([]ir.Expr{c.expr(recv), fl}, timeout...)...)
}

// predicateValue translates the value a predicate returns: a lambda's
// body, or the call of a function of this file.
func (c *fnCtx) predicateValue(pred ast.Expr) ir.Expr {
	if lam, ok := pred.(*ast.Lambda); ok {
		fn := c.m.lambdas[lam]
		return c.innerCtx(fn.Scope, fn).exprAs(lam.Body, fn.Ret)
	}
	if f, ok := c.m.info.Types[pred].(*FuncT); ok && f.Fn.Def != nil && len(f.Fn.Params) == 0 {
		return ir.CallOf(c.expr(pred))
	}
	c.m.errorf(pred, "unsupported: a wait_for predicate that is not a lambda or a function without parameters")
	return nil
}
