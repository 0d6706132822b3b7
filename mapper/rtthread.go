package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Threads whose objects the program inspects (name, ident, is_alive, join
// with a timeout, current_thread()) are the runtime's *pyrt.Thread, which
// keeps CPython's names, numbering and exit semantics.

// newRuntimeThread translates threading.Thread(target=f, args=..., name=,
// daemon=) into pyrt.NewThread(func() { f(args) }, "f", name, daemon).
func (c *fnCtx) newRuntimeThread(n *ast.Call) ir.Expr {
	target := argOrKeyword(n, 1, "target")
	var run ir.Expr = &ir.Nil{}
	targetName := ""
	if target != nil {
		call := c.targetCall(n, target, argOrKeyword(n, 3, "args"), argOrKeyword(n, 4, "kwargs"))
		if call == nil {
			return &ir.Nil{}
		}
		run = runFunc(call)
		if fn := c.m.funcOf(target); fn != nil {
			targetName = fn.Name
		}
		if _, ok := target.(*ast.Lambda); ok {
			targetName = "<lambda>"
		}
		if a, ok := target.(*ast.Attribute); ok {
			targetName = string(a.Attr)
		}
	}
	var name ir.Expr = ir.L("")
	if nm := argOrKeyword(n, 2, "name"); nm != nil {
		name = c.str(nm) // Python takes str(name)
	}
	var daemon ir.Expr = ir.L(false)
	if d := keyword(n, "daemon"); d != nil {
		daemon = c.cond(d)
	}
	return ir.CallOf(ir.Q(ir.Runtime, "NewThread"), run, ir.L(targetName), name, daemon)
}

// targetCall builds the call of a thread or timer target with its args
// tuple and kwargs dict literals.
func (c *fnCtx) targetCall(at ast.Ast, target, args, kwargs ast.Expr) ir.Expr {
	if lam, ok := target.(*ast.Lambda); ok && args == nil && kwargs == nil && (lam.Args == nil || len(lam.Args.Args) == 0) {
		// target=lambda: f(x) runs the lambda's body.
		fl := c.lambda(lam).(*ir.FuncLit)
		return ir.CallOf(fl)
	}
	synth := c.targetSynth(at, target, args, kwargs)
	if synth == nil {
		return nil
	}
	if call := c.directCall(target, synth); call != nil {
		return call
	}
	switch c.m.info.Types[target].(type) {
	case *methodT, *LibFuncT:
		// target=event.wait, target=results.append, target=print: the
		// call itself, as a statement when Go spells it as one.
		blk := &ir.Block{}
		if !c.callStmt(synth, blk) {
			blk.Add(&ir.ExprStmt{X: c.call(synth)})
		}
		return ir.CallOf(&ir.FuncLit{Body: blk})
	}
	c.m.errorf(target, "unsupported: a thread target that is not a function defined in this file")
	return nil
}

// targetSynth builds the call a thread, timer or process makes of its
// target: target(*args, **kwargs) from the args tuple (or list) and kwargs
// dict literals, positioned at at for diagnostics.
func (c *fnCtx) targetSynth(at ast.Ast, target, args, kwargs ast.Expr) *ast.Call {
	synth := &ast.Call{Func: target}
	synth.Lineno, synth.ColOffset = at.GetLineno(), at.GetColOffset()
	if args != nil {
		elems, ok := c.m.spreadArgs(args)
		if !ok {
			c.m.errorf(args, "unsupported: thread args that are not a tuple, a list or a string literal, or a variable holding a tuple")
			return nil
		}
		synth.Args = elems
	}
	if kwargs != nil {
		kws, bad, ok := spreadKwargs(kwargs)
		if !ok {
			c.m.errorf(bad, "unsupported: thread kwargs that are not a dict display with string keys or a dict(key=value) call")
			return nil
		}
		synth.Keywords = kws
	}
	return synth
}

// directCall translates synth when its target is a function or bound
// method of this file, or returns nil.
func (c *fnCtx) directCall(target ast.Expr, synth *ast.Call) *ir.Call {
	switch f := c.m.info.Types[target].(type) {
	case *FuncT:
		return ir.CallOf(c.expr(target), c.args(f.Fn, synth, 0)...)
	case *boundT:
		attr := target.(*ast.Attribute)
		return ir.CallOf(ir.Sel(c.methodRecv(attr.Value, f.Fn), methodGoName(f.Fn)), c.args(f.Fn, synth, 1)...)
	}
	return nil
}

// runFunc is the func() a runtime thread or timer runs for call: the
// function literal itself when call only invokes one (a lambda or method
// body), else a literal wrapping the call.
func runFunc(call ir.Expr) *ir.FuncLit {
	if cl, ok := call.(*ir.Call); ok {
		if fl, ok := cl.Fun.(*ir.FuncLit); ok && len(cl.Args) == 0 {
			return fl
		}
	}
	return &ir.FuncLit{Body: (&ir.Block{}).Add(&ir.ExprStmt{X: call})}
}

// newTimer translates threading.Timer(interval, f, args=...).
func (c *fnCtx) newTimer(n *ast.Call) ir.Expr {
	if len(n.Args) < 2 {
		c.m.errorf(n, "unsupported: Timer without interval and function arguments")
		return &ir.Nil{}
	}
	call := c.targetCall(n, n.Args[1], argOrKeyword(n, 2, "args"), argOrKeyword(n, 3, "kwargs"))
	if call == nil {
		return &ir.Nil{}
	}
	return ir.CallOf(ir.Q(ir.Runtime, "NewTimer"), c.exprAs(n.Args[0], FloatT), runFunc(call))
}
