package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// A thread that is only started and joined has no Go value: its start is a
// go statement tracked by its group's sync.WaitGroup, its join the group's
// Wait. These functions recognise that idiom.

// threadAssign handles `t = Thread(...)` and `threads = []` for such
// threads: nothing is emitted, the creation call is remembered for start().
func (c *fnCtx) threadAssign(n *ast.Assign, b *ir.Block) bool {
	if len(n.Targets) != 1 {
		return false
	}
	switch t := n.Targets[0].(type) {
	case *ast.Name:
		sym := c.m.info.Uses[t]
		if sym == nil || !c.elided(sym) {
			return false
		}
		if call, ok := n.Value.(*ast.Call); ok {
			c.threadCall[sym] = call
			return true
		}
		if l, ok := n.Value.(*ast.List); ok && len(l.Elts) == 0 {
			return true
		}
		c.m.errorf(n.Value, "unsupported: this use of a thread object; start threads where they are created")
		return true
	case *ast.Attribute:
		if th, ok := c.m.info.Types[t.Value].(*ThreadT); ok && !th.Group.find().Queried && string(t.Attr) == "daemon" {
			return true // recorded on the group during inference
		}
	}
	return false
}

func (c *fnCtx) threadMethod(n *ast.Call, recv ast.Expr, t *ThreadT, name string, b *ir.Block) bool {
	g := t.Group.find()
	if g.Queried {
		c.m.errorf(n, "unsupported: a thread queried with %s() needs the runtime thread type, not yet available", name)
		return true
	}
	switch name {
	case "start":
		var create *ast.Call
		switch r := recv.(type) {
		case *ast.Name:
			create = c.threadCall[c.m.info.Uses[r]]
		case *ast.Call:
			create = r
		}
		if create == nil {
			c.m.errorf(n, "unsupported: starting a thread whose creation is not in the same function body")
			return true
		}
		c.startThread(g, create, b)
	case "join":
		if len(n.Args) > 0 || len(n.Keywords) > 0 {
			c.m.errorf(n, "unsupported: join with a timeout needs the runtime thread type, not yet available")
			return true
		}
		b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(g.GoName), "Wait"))})
	case "setDaemon":
		// recorded on the group during inference
	default:
		c.m.errorf(n, "unsupported thread method %s()", name)
	}
	return true
}

// startThread writes the go statement for Thread(target=f, args=...,
// kwargs=...).start().
func (c *fnCtx) startThread(g *ThreadGroup, create *ast.Call, b *ir.Block) {
	target := keyword(create, "target")
	if target == nil && len(create.Args) > 1 {
		target = create.Args[1]
	}
	if target == nil {
		c.m.errorf(create, "unsupported: a Thread without a target; subclassing Thread needs the runtime thread type")
		return
	}
	if lam, ok := target.(*ast.Lambda); ok && keyword(create, "args") == nil {
		// target=lambda: ... runs the lambda's body in the goroutine.
		fl, ok := c.lambda(lam).(*ir.FuncLit)
		if !ok || len(fl.Params) > 0 {
			c.m.errorf(target, "unsupported: a lambda target with parameters")
			return
		}
		c.goBody(g, fl.Body, b)
		return
	}
	synth := c.targetSynth(create, target, keyword(create, "args"), keyword(create, "kwargs"))
	if synth == nil {
		return
	}
	call := c.directCall(target, synth)
	if call == nil {
		// A method of a library value or a builtin: its call, made in
		// the goroutine.
		other := c.targetCall(create, target, keyword(create, "args"), keyword(create, "kwargs"))
		if other != nil {
			c.goBody(g, runFunc(other).Body, b)
		}
		return
	}
	if g.Daemon && !g.Joined {
		// Daemon threads are abandoned at exit: a bare go statement, whose
		// arguments Go evaluates now, as Python evaluates args= now.
		b.Add(&ir.Go{Call: call})
		return
	}
	c.pinArgs(call, synth, b)
	c.goBody(g, (&ir.Block{}).Add(&ir.ExprStmt{X: call}), b)
}

// goBody starts a goroutine running body, tracked by the group's
// WaitGroup unless the group is daemonic.
func (c *fnCtx) goBody(g *ThreadGroup, body *ir.Block, b *ir.Block) {
	if g.Daemon && !g.Joined {
		b.Add(&ir.Go{Call: ir.CallOf(&ir.FuncLit{Body: body})})
		return
	}
	wg := ir.Id(g.GoName)
	b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(wg, "Add"), ir.L(1))})
	full := (&ir.Block{}).Add(&ir.Defer{Call: ir.CallOf(ir.Sel(wg, "Done"))})
	full.Stmts = append(full.Stmts, body.Stmts...)
	b.Add(&ir.Go{Call: ir.CallOf(&ir.FuncLit{Body: full})})
}

// pinArgs evaluates a thread's arguments before the go statement when the
// goroutine could otherwise see a later value: Python evaluates args= when
// the Thread is created. Constants, per-iteration loop variables and
// variables assigned once are captured as they are.
func (c *fnCtx) pinArgs(call *ir.Call, synth *ast.Call, b *ir.Block) {
	exprs := append([]ast.Expr(nil), synth.Args...)
	for _, kw := range synth.Keywords {
		exprs = append(exprs, kw.Value)
	}
	if fn := c.m.funcOf(synth.Func); fn != nil && needsBinding(fn, synth) {
		c.pinBoundArgs(call, synth, b) // its Go arguments are not in call order
		return
	}
	for i, a := range call.Args {
		if i >= len(exprs) || c.stable(exprs[i]) {
			continue
		}
		tmp := c.names.claim("arg")
		b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(tmp)}, Tok: ":=", Rhs: []ir.Expr{a}})
		call.Args[i] = ir.Id(tmp)
	}
}

func (c *fnCtx) stable(e ast.Expr) bool {
	switch n := e.(type) {
	case *ast.Num, *ast.Str, *ast.NameConstant:
		return true
	case *ast.Name:
		sym := c.m.info.Uses[n]
		if sym == nil {
			return true
		}
		switch sym.Kind {
		case FuncSym, ClassSym, ImportSym:
			return true
		case ParamSym:
			return sym.Stores == 0
		}
		return sym.Stores <= 1 && !sym.Global
	case *ast.Tuple:
		for _, x := range n.Elts {
			if !c.stable(x) {
				return false
			}
		}
		return true
	}
	return false
}

// threadLoop handles `for t in threads: t.join()`: the group's Wait.
func (c *fnCtx) threadLoop(n *ast.For, b *ir.Block) bool {
	lt, ok := c.m.info.Types[n.Iter].(*ListT)
	if !ok {
		return false
	}
	th, ok := lt.Elem.(*ThreadT)
	if !ok || th.Group.find().Queried {
		return false
	}
	g := th.Group.find()
	for _, st := range n.Body {
		es, ok := st.(*ast.ExprStmt)
		call, ok2 := es.Value.(*ast.Call)
		if !ok || !ok2 {
			c.m.errorf(st, "unsupported: a loop over threads that does more than join them")
			return true
		}
		attr, ok := call.Func.(*ast.Attribute)
		if !ok || string(attr.Attr) != "join" || len(call.Args) > 0 {
			c.m.errorf(st, "unsupported: a loop over threads that does more than join them")
			return true
		}
	}
	b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(g.GoName), "Wait"))})
	return true
}

// withStmt translates `with lock:` as Lock and Unlock around the body, or
// Lock and a deferred Unlock when the with ends the function.
func (c *fnCtx) withStmt(n *ast.With, b *ir.Block) {
	if len(n.Items) != 1 {
		c.m.errorf(n, "unsupported: with several context managers; nest the with statements")
		return
	}
	it := n.Items[0]
	if o, ok := c.m.info.Types[it.ContextExpr].(*ObjT); ok {
		if h := withHooks[o.Class]; h != nil {
			h(c, n, b)
			return
		}
	}
	lockLike := false
	if lc, _ := c.objClass(c.m.info.Types[it.ContextExpr]); lc != nil && lc.locker {
		lockLike = true
	}
	if _, ok := c.m.info.Types[it.ContextExpr].(*LockT); ok {
		lockLike = true
	}
	if it.OptionalVars != nil {
		lockLike = false
	}
	switch {
	case lockLike:
		lock := c.expr(it.ContextExpr)
		b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(lock, "Lock"))})
		unlock := ir.CallOf(ir.Sel(lock, "Unlock"))
		if ast.Stmt(n) == c.last && c.fn != nil && len(c.held) == 0 {
			// The with ends the function: Unlock is deferred.
			b.Add(&ir.Defer{Call: unlock})
			c.locked++
			b.Stmts = append(b.Stmts, c.block(n.Body).Stmts...)
			c.locked--
			return
		}
		c.held = append(c.held, heldLock{unlock: unlock, loop: c.loops})
		body := c.block(n.Body)
		c.held = c.held[:len(c.held)-1]
		b.Stmts = append(b.Stmts, body.Stmts...)
		if !endsInJump(n.Body) {
			b.Add(&ir.ExprStmt{X: unlock})
		}
		return
	}
	c.m.errorf(it.ContextExpr, "unsupported context manager: %s", c.m.info.Types[it.ContextExpr])
}

// endsInJump reports whether a body always ends in return, break,
// continue or raise, so nothing after it runs.
func endsInJump(body []ast.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	switch n := body[len(body)-1].(type) {
	case *ast.Return, *ast.Break, *ast.Continue, *ast.Raise:
		return true
	case *ast.If:
		return endsInJump(n.Body) && endsInJump(n.Orelse)
	}
	return false
}
