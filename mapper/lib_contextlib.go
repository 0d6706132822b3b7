package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// contextlib.contextmanager turns a generator with one yield into a with
// helper. The two shapes tutorials write are translated:
//
//	@contextmanager                  @contextmanager
//	def f(args):                     def f(args):
//	    setup                            setup
//	    yield value                      try:
//	    after                                yield value
//	                                     finally:
//	                                         cleanup
//
// f becomes a Go function that runs setup and returns the value and a
// function running the rest: `value, done := f(args)`. `with f(args) as v:`
// calls done when the body ends, returns, breaks or (for the finally shape
// only) raises, as the generator would resume; the finally shape defers
// done when the with ends a function. Anything else (several yields, a
// yield inside a loop, except clauses around the yield) is a diagnostic.

const contextManagerName = "contextlib.contextmanager"

// contextManager is the split of a contextmanager generator's body.
type contextManager struct {
	yield   *ast.Yield
	setup   []ast.Stmt // the statements before the yield
	cleanup []ast.Stmt // after it, or the finally body
	finally bool       // cleanup runs when the with body raises too
}

// isContextManager reports whether fn is decorated with contextmanager.
func (m *mapper) isContextManager(fn *Function) bool {
	if fn == nil || fn.Def == nil {
		return false
	}
	for _, dec := range fn.Def.DecoratorList {
		if m.decoratorName(dec) == contextManagerName {
			return true
		}
	}
	return false
}

// yieldType types a yield expression: in a contextmanager, the yielded
// value is what `with f() as v` binds, so it flows into f's result.
func (m *mapper) yieldType(s *Scope, n *ast.Yield) Type {
	if n.Value == nil {
		return NoneT
	}
	t := m.typeOf(s, n.Value)
	if m.isContextManager(s.Fn) {
		s.Fn.Returns = true
		m.flowFuncRet(s.Fn, t)
	} else if m.isGenerator(s.Fn) {
		m.generatorYield(s.Fn, t)
	}
	return NoneT
}

// contextManagerResult is the type `with fn() as v` binds: the yielded
// value's (a generator that falls off its end does not return None to
// the with statement).
func (m *mapper) contextManagerResult(fn *Function) (Type, bool) {
	if !m.isContextManager(fn) {
		return nil, false
	}
	if !fn.Returns {
		// Not typed yet (or a bare yield): Unknown, not None, so the
		// variable of `with fn() as v` does not become optional.
		return Unknown, true
	}
	if o, ok := fn.Ret.(*OptionalT); ok {
		return o.Elem, true
	}
	return fn.Ret, true
}

// splitContextManager finds the shape of fn's body; ok is false (with a
// diagnostic) when it is neither.
func (m *mapper) splitContextManager(fn *Function) (*contextManager, bool) {
	body := fn.Def.Body
	yields := 0
	for _, st := range body {
		countYields(st, &yields)
	}
	bad := func() (*contextManager, bool) {
		m.errorf(fn.Def, "unsupported: contextmanager %s; write setup, then one `yield` (optionally alone in a try with only a finally), then the cleanup", fn.Name)
		return nil, false
	}
	if yields != 1 || containsReturn([][]ast.Stmt{body}) {
		return bad()
	}
	for i, st := range body {
		if y := yieldStmt(st); y != nil {
			return &contextManager{yield: y, setup: body[:i], cleanup: body[i+1:]}, true
		}
		if t, ok := st.(*ast.Try); ok && i == len(body)-1 && len(t.Body) == 1 && len(t.Handlers) == 0 && len(t.Orelse) == 0 {
			if y := yieldStmt(t.Body[0]); y != nil {
				return &contextManager{yield: y, setup: body[:i], cleanup: t.Finalbody, finally: true}, true
			}
		}
	}
	return bad()
}

func yieldStmt(st ast.Stmt) *ast.Yield {
	if es, ok := st.(*ast.ExprStmt); ok {
		if y, ok := es.Value.(*ast.Yield); ok {
			return y
		}
	}
	return nil
}

func countYields(st ast.Stmt, n *int) {
	stmtExprs(st, func(e ast.Expr) {
		walkExpr(e, func(x ast.Expr) {
			if _, ok := x.(*ast.Yield); ok {
				*n++
			}
		})
	})
	for _, b := range childBlocks(st) {
		for _, s := range b {
			countYields(s, n)
		}
	}
}

func init() {
	decoratorHooks[contextManagerName] = contextManagerDecl
	// The yield statement has no Go of its own: the decorator rewrites
	// the whole function around it.
	stmtHooks = append(stmtHooks, func(c *fnCtx, st ast.Stmt, _ *ir.Block) bool {
		return yieldStmt(st) != nil && c.m.isContextManager(c.fn)
	}, contextManagerWith)
}

// contextManagerDecl rewrites a contextmanager's declaration: setup, then
// `return value, func() { cleanup }`.
func contextManagerDecl(m *mapper, fn *Function, _ ast.Expr, decl *ir.FuncDecl) []ir.Decl {
	cm, ok := m.splitContextManager(fn)
	if !ok {
		return nil
	}
	m.checkContextManagerCalls(fn)
	c := m.newFnCtx(fn.Scope, fn, fn.Def.Body)
	c.bindParams(fn)
	body := m.localGroups(fn)
	body.Stmts = append(body.Stmts, c.block(cm.setup).Stmts...)
	done := &ir.FuncLit{Body: c.block(cm.cleanup)}
	doneType := &ir.FuncType{}
	decl.Results = []ir.Type{doneType}
	results := []ir.Expr{done}
	if cm.yield.Value != nil {
		decl.Results = []ir.Type{m.goType(m.result(fn)), doneType}
		results = []ir.Expr{c.exprAs(cm.yield.Value, m.result(fn)), done}
		if cm.sharesList(m, fn) {
			// The with body and the cleanup share the list: a pointer to
			// the variable the cleanup reads.
			decl.Results[0] = &ir.Pointer{Elem: decl.Results[0]}
			results[0] = &ir.Unary{Op: "&", X: results[0]}
		}
	}
	body.Add(&ir.Return{Results: results})
	decl.Body = c.finish(body)
	return nil
}

// checkContextManagerCalls reports calls of the contextmanager fn other
// than as a with statement's context expression.
func (m *mapper) checkContextManagerCalls(fn *Function) {
	inWith := map[ast.Expr]bool{}
	var visit func([]ast.Stmt)
	visit = func(body []ast.Stmt) {
		for _, st := range body {
			if w, ok := st.(*ast.With); ok {
				for _, it := range w.Items {
					inWith[it.ContextExpr] = true
				}
			}
			stmtExprs(st, func(e ast.Expr) {
				walkExpr(e, func(x ast.Expr) {
					if call, ok := x.(*ast.Call); ok && m.funcOf(call.Func) == fn && !inWith[x] {
						m.errorf(call, "unsupported: calling contextmanager %s outside a with statement", fn.Name)
					}
				})
			})
			for _, b := range childBlocks(st) {
				visit(b)
			}
		}
	}
	visit(m.file.Module.Body)
	for _, f := range m.funcs {
		if f.Def != nil {
			visit(f.Def.Body)
		}
	}
}

// contextManagerWith translates a with statement whose context managers
// are all contextmanager calls, outermost first.
func contextManagerWith(c *fnCtx, st ast.Stmt, b *ir.Block) bool {
	w, ok := st.(*ast.With)
	if !ok {
		return false
	}
	var cms []*contextManager
	for _, it := range w.Items {
		call, ok := it.ContextExpr.(*ast.Call)
		if !ok || !c.m.isContextManager(c.m.funcOf(call.Func)) {
			return false
		}
		cm, ok := c.m.splitContextManager(c.m.funcOf(call.Func))
		if !ok {
			return true
		}
		cms = append(cms, cm)
	}
	deferred := ast.Stmt(w) == c.last && c.fn != nil && len(c.held) == 0
	held := len(c.held)
	for i, it := range w.Items {
		cm := cms[i]
		if !cm.finally && containsRaise(w.Body) {
			c.m.errorf(it.ContextExpr, "unsupported: a with body that raises, around a contextmanager without try/finally (its cleanup must not run then)")
			return true
		}
		shared := cm.sharesList(c.m, c.m.funcOf(it.ContextExpr.(*ast.Call).Func))
		if shared && it.OptionalVars != nil && !c.bindsSharedList(it.OptionalVars) {
			c.m.errorf(it.ContextExpr, "unsupported: a contextmanager yielding a list its cleanup reads, bound to a variable assigned elsewhere too; bind it to a name used only in this with statement")
			return true
		}
		done := c.names.claim("done")
		call := c.expr(it.ContextExpr)
		lhs := []ir.Expr{ir.Id(done)}
		if cm.yield.Value != nil {
			v := ir.Expr(ir.Id("_"))
			if it.OptionalVars != nil {
				var define bool
				v = c.loopVar(it.OptionalVars, &define)
				if !define && !isBlank(v) {
					b.Add(&ir.VarStmt{Name: done, Type: &ir.FuncType{}})
					b.Add(&ir.Assign{Lhs: []ir.Expr{v, ir.Id(done)}, Tok: "=", Rhs: []ir.Expr{call}})
					c.pushDone(cm, done, deferred, b)
					continue
				}
			}
			lhs = []ir.Expr{v, ir.Id(done)}
		}
		b.Add(&ir.Assign{Lhs: lhs, Tok: ":=", Rhs: []ir.Expr{call}})
		c.pushDone(cm, done, deferred, b)
	}
	body := c.block(w.Body)
	b.Stmts = append(b.Stmts, body.Stmts...)
	for i := len(c.held) - 1; i >= held; i-- {
		if !endsInJump(w.Body) {
			b.Add(&ir.ExprStmt{X: c.held[i].unlock})
		}
	}
	c.held = c.held[:held]
	return true
}

// pushDone arranges for done() to run when the with ends: deferred when a
// finally cleanup ends the function, else at each exit of the body.
func (c *fnCtx) pushDone(cm *contextManager, done string, deferred bool, b *ir.Block) {
	if cm.finally && deferred {
		b.Add(&ir.Defer{Call: ir.CallOf(ir.Id(done))})
		return
	}
	c.held = append(c.held, heldLock{unlock: ir.CallOf(ir.Id(done)), loop: c.loops})
}

func containsRaise(body []ast.Stmt) bool {
	for _, st := range body {
		if _, ok := st.(*ast.Raise); ok {
			return true
		}
		for _, b := range childBlocks(st) {
			if containsRaise(b) {
				return true
			}
		}
	}
	return false
}

// contextlib.suppress(E, ...) is a try statement whose except clause does
// nothing: `with suppress(KeyError): body` is
// `try: body` / `except KeyError: pass`.
func init() {
	const suppress = "contextlib.suppress"
	libClasses[suppress] = &libClass{goName: "suppress"}
	libTypeHooks[suppress] = func(*mapper, *Scope, *ast.Call, []Type) Type { return &ObjT{Class: suppress} }
	withHooks[suppress] = func(c *fnCtx, n *ast.With, b *ir.Block) {
		call, ok := n.Items[0].ContextExpr.(*ast.Call)
		if !ok || len(call.Args) == 0 || len(call.Keywords) > 0 || n.Items[0].OptionalVars != nil {
			c.m.errorf(n, "unsupported: this use of contextlib.suppress; write `with suppress(Error, ...):`")
			return
		}
		classes := call.Args[0]
		if len(call.Args) > 1 {
			classes = &ast.Tuple{Elts: call.Args}
		}
		pass := &ast.Pass{}
		pass.Lineno, pass.ColOffset = n.Lineno, n.ColOffset
		try := &ast.Try{Body: n.Body, Handlers: []*ast.ExceptHandler{{ExprType: classes, Body: []ast.Stmt{pass}}}}
		try.Lineno, try.ColOffset = n.Lineno, n.ColOffset
		c.tryExcept(try, b)
	}
}

// sharesList reports whether the generator yields a list variable that its
// cleanup reads: Python's with body and cleanup then share one list, which
// appends in the body grow. A Go slice would not be shared, so the
// generator returns a pointer to its variable, and the with statement's
// name holds that pointer (bindsSharedList).
func (cm *contextManager) sharesList(m *mapper, fn *Function) bool {
	name, ok := cm.yield.Value.(*ast.Name)
	if !ok || !isListType(m.result(fn)) {
		return false
	}
	read := false
	for _, st := range cm.cleanup {
		stmtExprs(st, func(e ast.Expr) {
			walkExpr(e, func(x ast.Expr) {
				if n, ok := x.(*ast.Name); ok && n.Id == name.Id {
					read = true
				}
			})
		})
		for _, b := range childBlocks(st) {
			read = read || (&contextManager{yield: cm.yield, cleanup: b}).sharesList(m, fn)
		}
	}
	return read
}
