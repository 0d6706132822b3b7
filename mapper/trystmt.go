package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Python exceptions are Go panics carrying a *pyrt.Exc. A try statement
// runs its body through pyrt.Try, which recovers the exception; the except
// clauses are ordinary Go code testing it, so return, break and continue in
// them mean what they meant in Python. An exception no clause matches is
// re-raised with panic.

// excClassExpr translates an exception class reference.
func (c *fnCtx) excClassExpr(e ast.Expr) ir.Expr {
	t, ok := c.m.info.Types[e].(*ExcClassT)
	if !ok {
		c.m.errorf(e, "unsupported: except clause naming something that is not an exception class")
		return &ir.Nil{}
	}
	return c.excClassValue(e, t)
}

// excClassValue translates e, an exception class of type t: a variable
// holding one of several classes is read, a known class named.
func (c *fnCtx) excClassValue(e ast.Expr, t *ExcClassT) ir.Expr {
	if t.Name == "" {
		return c.expr(e)
	}
	return c.excClassOf(t)
}

func (c *fnCtx) excClassOf(t *ExcClassT) ir.Expr {
	if t.Class != nil {
		return ir.Id(t.Class.excVar())
	}
	if g, ok := libExceptions[t.Name]; ok {
		return ir.Q(ir.Runtime, g)
	}
	name := t.Name
	if i := indexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	return ir.Q(ir.Runtime, builtinExceptions[name])
}

// newExc translates calling an exception class: pyrt.NewExc(cls, args...).
func (c *fnCtx) newExc(n *ast.Call, t *ExcClassT) ir.Expr {
	if t.Class != nil && t.Class.excStruct() != nil {
		return c.newExcObject(n, t.Class)
	}
	args := []ir.Expr{c.excClassValue(n.Func, t)}
	for _, a := range n.Args {
		args = append(args, c.expr(a))
	}
	return ir.CallOf(ir.Q(ir.Runtime, "NewExc"), args...)
}

func (c *fnCtx) raiseStmt(n *ast.Raise, b *ir.Block) {
	if n.Exc == nil {
		if c.excVar == "" {
			c.m.errorf(n, "unsupported: bare raise outside an except clause")
			return
		}
		b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Id("panic"), ir.Id(c.excVar))})
		return
	}
	var x ir.Expr
	switch t := c.m.info.Types[n.Exc].(type) {
	case *ExcClassT:
		if t.Class != nil && t.Class.excStruct() != nil {
			x = c.newExcObject(bareCall(n.Exc), t.Class) // raise E: E()
		} else {
			x = ir.CallOf(ir.Q(ir.Runtime, "NewExc"), c.excClassValue(n.Exc, t))
		}
	case *ExcT:
		x = c.expr(n.Exc)
	default:
		c.m.errorf(n.Exc, "unsupported: raising a %s", c.m.info.Types[n.Exc])
		return
	}
	x = c.raiseFrom(n, x)
	c.releaseFor(b, true)
	b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Id("panic"), x)})
}

func (c *fnCtx) tryStmt(n *ast.Try, b *ir.Block) {
	for _, h := range n.Handlers {
		if tup, ok := h.ExprType.(*ast.Tuple); ok && len(tup.Elts) == 0 {
			c.m.errorf(h.ExprType, "unsupported: except () catches nothing; remove the clause")
			return
		}
	}
	if len(n.Finalbody) > 0 {
		c.tryFinally(n, b)
		return
	}
	c.tryExcept(n, b)
}

// tryExcept writes
//
//	if e := pyrt.Try(func() { body }); e != nil { handlers } else { orelse }
func (c *fnCtx) tryExcept(n *ast.Try, b *ir.Block) {
	name := "e"
	for _, h := range n.Handlers {
		if h.Name != "" {
			if sym := c.lookupExcVar(string(h.Name)); sym != nil {
				name = sym.GoName
			}
			break
		}
	}
	ret := c.startTryBody()
	ret.always = c.tryAlwaysReturns(n)
	body := c.block(n.Body)
	c.endTryBody(ret)
	try := ir.CallOf(ir.Q(ir.Runtime, "Try"), &ir.FuncLit{Body: body})
	if len(n.Handlers) == 0 {
		b.Add(&ir.ExprStmt{X: try})
	} else {
		outer := c.excVar
		c.excVar = name
		handlers := c.handlers(n.Handlers, name)
		c.excVar = outer
		st := &ir.If{
			Init: &ir.Assign{Lhs: []ir.Expr{ir.Id(name)}, Tok: ":=", Rhs: []ir.Expr{try}},
			Cond: &ir.Binary{X: ir.Id(name), Op: "!=", Y: &ir.Nil{}},
			Then: handlers,
		}
		if len(n.Orelse) > 0 {
			st.Else = c.block(n.Orelse)
		}
		b.Add(st)
	}
	c.afterTryBody(ret, b)
}

// tryAlwaysReturns reports whether code after the try statement n is
// reached only when its body returned: n ends the function, its body ends
// with return and every except clause ends with return or raise. Go then
// needs the return written without a condition, as a terminating
// statement.
func (c *fnCtx) tryAlwaysReturns(n *ast.Try) bool {
	if ast.Stmt(n) != c.last || c.fn == nil || len(n.Orelse) > 0 || len(n.Handlers) == 0 || len(n.Body) == 0 {
		return false
	}
	if _, ok := n.Body[len(n.Body)-1].(*ast.Return); !ok {
		return false
	}
	for _, h := range n.Handlers {
		if !leaves(h.Body) {
			return false
		}
	}
	return true
}

func (c *fnCtx) lookupExcVar(name string) *Symbol {
	sym := c.m.lookup(c.s, name)
	if sym != nil && sym.GoName == "" {
		sym.GoName = c.names.claim(goIdent(name))
	}
	return sym
}

// handlers translates the except clauses into the body of the if.
func (c *fnCtx) handlers(hs []*ast.ExceptHandler, name string) *ir.Block {
	out := &ir.Block{}
	sw := &ir.Switch{}
	for _, h := range hs {
		if h.Name != "" {
			if sym := c.lookupExcVar(string(h.Name)); sym != nil && sym.GoName != name {
				c.m.errorf(h, "unsupported: except clauses binding different names; use one name")
			}
		}
		body := c.block(h.Body)
		if h.ExprType == nil || c.catchesAll(h.ExprType) {
			sw.Cases = append(sw.Cases, ir.SwitchCase{Body: body})
			break
		}
		var conds []ir.Expr
		classes := []ast.Expr{h.ExprType}
		if tup, ok := h.ExprType.(*ast.Tuple); ok {
			classes = tup.Elts
		}
		var cond ir.Expr
		for _, cls := range classes {
			x := ir.CallOf(ir.Sel(ir.Id(name), "IsInstance"), c.excClassExpr(cls))
			if cond == nil {
				cond = x
			} else {
				cond = &ir.Binary{X: cond, Op: "||", Y: x}
			}
		}
		conds = append(conds, cond)
		sw.Cases = append(sw.Cases, ir.SwitchCase{List: conds, Body: body})
	}
	if last := sw.Cases[len(sw.Cases)-1]; last.List != nil {
		reraise := (&ir.Block{}).Add(&ir.ExprStmt{X: ir.CallOf(ir.Id("panic"), ir.Id(name))})
		sw.Cases = append(sw.Cases, ir.SwitchCase{Body: reraise})
	}
	if len(sw.Cases) == 1 {
		return sw.Cases[0].Body
	}
	if len(sw.Cases) == 2 && sw.Cases[1].List == nil && len(sw.Cases[0].List) == 1 {
		// One clause: if !e.IsInstance(X) { panic(e) } then the handler.
		out.Add(&ir.If{Cond: &ir.Unary{Op: "!", X: sw.Cases[0].List[0]}, Then: sw.Cases[1].Body})
		out.Stmts = append(out.Stmts, sw.Cases[0].Body.Stmts...)
		return out
	}
	return out.Add(&ir.Switch{Cases: sw.Cases})
}

// catchesAll reports whether an except clause names Exception or
// BaseException, which every translated exception matches.
func (c *fnCtx) catchesAll(e ast.Expr) bool {
	t, ok := c.m.info.Types[e].(*ExcClassT)
	return ok && t.Class == nil && (t.Name == "Exception" || t.Name == "BaseException")
}

// tryFinally runs the finally body on every way out. At the end of a
// function it is deferred; elsewhere the try runs in a function literal
// whose deferred call is the finally body.
func (c *fnCtx) tryFinally(n *ast.Try, b *ir.Block) {
	inner := &ir.Block{}
	if len(n.Handlers) > 0 || len(n.Orelse) > 0 {
		c.tryExcept(&ast.Try{StmtBase: n.StmtBase, Body: n.Body, Handlers: n.Handlers, Orelse: n.Orelse}, inner)
	} else {
		inner = c.block(n.Body)
	}
	fin := c.block(n.Finalbody)
	var deferred ir.Expr
	if len(fin.Stmts) == 1 {
		if es, ok := fin.Stmts[0].(*ir.ExprStmt); ok {
			if call, ok := es.X.(*ir.Call); ok {
				deferred = call
			}
		}
	}
	if deferred == nil {
		deferred = ir.CallOf(&ir.FuncLit{Body: fin})
	}
	if ast.Stmt(n) == c.last && c.fn != nil {
		b.Add(&ir.Defer{Call: deferred})
		b.Stmts = append(b.Stmts, inner.Stmts...)
		return
	}
	if jumps(n.Body) || jumpsIn(n.Handlers) {
		c.m.errorf(n, "unsupported: return, break or continue inside try ... finally that is not at the end of a function")
		return
	}
	body := (&ir.Block{}).Add(&ir.Defer{Call: deferred})
	body.Stmts = append(body.Stmts, inner.Stmts...)
	b.Add(&ir.ExprStmt{X: ir.CallOf(&ir.FuncLit{Body: body})})
}

func jumpsIn(hs []*ast.ExceptHandler) bool {
	for _, h := range hs {
		if jumps(h.Body) {
			return true
		}
	}
	return false
}

// jumps reports whether a body contains return, break or continue outside
// nested functions and loops (for break/continue).
func jumps(body []ast.Stmt) bool {
	for _, st := range body {
		switch n := st.(type) {
		case *ast.Return, *ast.Break, *ast.Continue:
			return true
		case *ast.For, *ast.While:
			if containsReturn(childBlocks(n)) {
				return true
			}
		case *ast.FunctionDef, *ast.ClassDef:
		default:
			for _, b := range childBlocks(n) {
				if jumps(b) {
					return true
				}
			}
		}
	}
	return false
}

func containsReturn(blocks [][]ast.Stmt) bool {
	for _, b := range blocks {
		for _, st := range b {
			if _, ok := st.(*ast.Return); ok {
				return true
			}
			if containsReturn(childBlocks(st)) {
				return true
			}
		}
	}
	return false
}

// tryReturn carries a return out of the function literal a try body runs
// in: the body stores the result and a flag, and the code after the try
// returns.
type tryReturn struct {
	done, value string
	used        bool
	loops       int
	// always is set when the code after the try runs only after a return
	// in the body (tryAlwaysReturns): no flag is needed.
	always bool
}

func (c *fnCtx) startTryBody() *tryReturn {
	outer := c.tryRet
	r := &tryReturn{loops: c.loops}
	c.tryRet = r
	c.tryOuter = append(c.tryOuter, outer)
	c.tryHeld = append(c.tryHeld, c.held)
	c.held = nil
	c.loopsAtTry = append(c.loopsAtTry, c.loops)
	return r
}

func (c *fnCtx) endTryBody(r *tryReturn) {
	c.tryRet = c.tryOuter[len(c.tryOuter)-1]
	c.tryOuter = c.tryOuter[:len(c.tryOuter)-1]
	c.held = c.tryHeld[len(c.tryHeld)-1]
	c.tryHeld = c.tryHeld[:len(c.tryHeld)-1]
	c.loopsAtTry = c.loopsAtTry[:len(c.loopsAtTry)-1]
}

func (c *fnCtx) afterTryBody(r *tryReturn, b *ir.Block) {
	if !r.used {
		return
	}
	var results []ir.Expr
	if r.value != "" {
		results = []ir.Expr{ir.Id(r.value)}
	}
	c.releaseFor(b, true)
	if r.always {
		b.Add(&ir.Return{Results: results})
		return
	}
	b.Add(&ir.If{Cond: ir.Id(r.done), Then: (&ir.Block{}).Add(&ir.Return{Results: results})})
}

// tryBodyReturn translates a return inside a try body.
func (c *fnCtx) tryBodyReturn(n *ast.Return, b *ir.Block) {
	r := c.tryRet
	if !r.used {
		r.used = true
		if !r.always {
			r.done = c.names.claim("returned")
		}
		if n.Value != nil && c.fn != nil && c.fn.Returns {
			r.value = c.names.claim("result")
		}
		// The declarations go before the try: hoist them by prepending
		// to the enclosing block later is not possible here, so declare
		// them at the start of the function body via decls.
		if !r.always {
			c.hoisted = append(c.hoisted, &ir.VarStmt{Name: r.done, Type: ir.Bool})
		}
		if r.value != "" {
			c.hoisted = append(c.hoisted, &ir.VarStmt{Name: r.value, Type: c.m.goType(c.fn.Ret)})
		}
	}
	if r.value != "" && n.Value != nil {
		b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(r.value)}, Tok: "=", Rhs: []ir.Expr{c.exprAs(n.Value, c.fn.Ret)}})
	}
	c.releaseFor(b, true)
	if !r.always {
		b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(r.done)}, Tok: "=", Rhs: []ir.Expr{ir.L(true)}})
	}
	b.Add(&ir.Return{})
}
