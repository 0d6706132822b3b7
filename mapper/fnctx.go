package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// fnCtx is the state of translating one Go function body.
type fnCtx struct {
	m     *mapper
	s     *Scope
	fn    *Function // nil for main
	plan  *declPlan
	names *namer
	// last is the statement ending the function body, for `defer`.
	last ast.Stmt
	// threadCall maps a thread variable to the creation call its next
	// start() runs.
	threadCall map[*Symbol]*ast.Call
	// rangeVars are loop variables counting up from a non-negative start.
	rangeVars map[*Symbol]bool
	// held lists the locks taken by enclosing `with` statements, so that
	// break, continue and return release them as Python's with does.
	held []heldLock
	// shared marks comprehension targets that are one variable for the
	// whole loop (closures capture them).
	shared map[ast.Expr]bool
	// elseHandled is the loop whose else clause loopElse is translating.
	elseHandled ast.Stmt
	// loops counts the enclosing loops.
	loops int
	// locked counts enclosing with-lock statements (held or deferred).
	locked int
	// excVar is the Go name of the exception an except clause handles,
	// for a bare raise.
	excVar string
	// tryRet is set while translating a try body (a function literal).
	tryRet     *tryReturn
	tryOuter   []*tryReturn
	tryHeld    [][]heldLock
	loopsAtTry []int
	// hoisted are declarations the body needs at its start.
	hoisted []ir.Stmt
	// writingStmt is set while a stream write is translated as a
	// statement (Go's Fprint returns two values Python's write does not).
	writingStmt bool
}

type heldLock struct {
	unlock ir.Expr
	loop   int
}

// releaseFor emits the unlocks a jump out of the current loop (or, for a
// return, out of the function) must do, innermost first.
func (c *fnCtx) releaseFor(b *ir.Block, ret bool) {
	for i := len(c.held) - 1; i >= 0; i-- {
		h := c.held[i]
		if !ret && h.loop < c.loops {
			break
		}
		b.Add(&ir.ExprStmt{X: h.unlock})
	}
}

func (m *mapper) newFnCtx(s *Scope, fn *Function, body []ast.Stmt) *fnCtx {
	c := &fnCtx{m: m, s: s, fn: fn, names: m.names.child(), threadCall: map[*Symbol]*ast.Call{}, rangeVars: map[*Symbol]bool{}}
	c.plan = m.planDecls(s, body)
	if len(body) > 0 {
		c.last = body[len(body)-1]
	}
	for _, name := range sortedKeys(s.Syms) {
		sym := s.Syms[name]
		if sym.Kind == VarSym && !sym.Global && sym.GoName == "" {
			if sym.Name == "_" {
				sym.GoName = "_"
				continue
			}
			sym.GoName = c.names.claim(goIdent(sym.Name))
		}
	}
	return c
}

func (c *fnCtx) bindParams(fn *Function) {
	for i, p := range fn.Params {
		if i < fn.selfOffset() {
			continue
		}
		p.GoName = c.names.claim(goIdent(p.Name))
	}
	for _, p := range []*Symbol{fn.Kwarg, fn.Vararg} {
		if p != nil {
			p.GoName = c.names.claim(goIdent(p.Name))
		}
	}
}

// block translates a statement list into a Go block.
func (c *fnCtx) block(body []ast.Stmt) *ir.Block {
	b := &ir.Block{}
	for i, st := range body {
		if (i == 0 && isDocstring(st)) || c.m.skip[st] {
			continue
		}
		for _, sym := range c.plan.before[st] {
			if c.elided(sym) || c.plan.reads[sym] == 0 {
				continue
			}
			t := c.m.goType(sym.Type)
			if sym.ByRef {
				t = &ir.Pointer{Elem: t} // a with name sharing a contextmanager's list
			}
			b.Add(&ir.VarStmt{Name: sym.GoName, Type: t})
		}
		c.stmt(st, b)
	}
	return b
}

func isDocstring(st ast.Stmt) bool {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return false
	}
	_, ok = es.Value.(*ast.Str)
	return ok
}

// elided reports whether a variable has no Go counterpart: thread handles
// that are only started and joined live on as a sync.WaitGroup.
func (c *fnCtx) elided(sym *Symbol) bool {
	for _, h := range elideHooks {
		if h(c.m, sym) {
			return true
		}
	}
	switch t := sym.Type.(type) {
	case *ThreadT:
		return !t.Group.find().Queried
	case *ListT:
		if th, ok := t.Elem.(*ThreadT); ok {
			return !th.Group.find().Queried
		}
	}
	return false
}

func (c *fnCtx) stmt(st ast.Stmt, b *ir.Block) {
	c.warnDeprecated(st, b)
	if c.guardShared(st, b) {
		return
	}
	for _, h := range stmtHooks {
		if h(c, st, b) {
			return
		}
	}
	switch n := st.(type) {
	case *ast.ExprStmt:
		c.exprStmt(n.Value, b)
	case *ast.Assign:
		c.assign(n, b)
	case *ast.AugAssign:
		c.augAssign(n, b)
	case *ast.If:
		b.Add(c.ifStmt(n))
	case *ast.While:
		c.whileStmt(n, b)
	case *ast.For:
		c.forStmt(n, b)
	case *ast.With:
		c.withStmt(n, b)
	case *ast.Return:
		c.returnStmt(n, b)
	case *ast.Break, *ast.Continue:
		if c.tryRet != nil && c.loops == c.tryRet.loops {
			c.m.errorf(st, "unsupported: break or continue inside a try body; set a flag and test it after the try")
			return
		}
		tok := "break"
		if _, ok := st.(*ast.Continue); ok {
			tok = "continue"
		}
		c.releaseFor(b, false)
		b.Add(&ir.Branch{Tok: tok})
	case *ast.Raise:
		c.raiseStmt(n, b)
	case *ast.Try:
		c.tryStmt(n, b)
	case *ast.Delete:
		c.deleteStmt(n, b)
	case *ast.Pass, *ast.Global, *ast.Nonlocal:
	case *ast.Import, *ast.ImportFrom:
	case *ast.FunctionDef:
		c.nestedFunc(n, b)
	default:
		c.m.errorf(st, "unsupported statement: %s", stmtName(st))
	}
}

func stmtName(st ast.Stmt) string {
	switch st.(type) {
	case *ast.Try:
		return "try"
	case *ast.Raise:
		return "raise"
	case *ast.ClassDef:
		return "class definition inside a function"
	case *ast.Delete:
		return "del"
	case *ast.Assert:
		return "assert"
	}
	return st.Type().Name
}

// finish prepends the declarations hoisted while translating body.
func (c *fnCtx) finish(body *ir.Block) *ir.Block {
	out := body
	if len(c.hoisted) > 0 {
		out = &ir.Block{Stmts: append(append([]ir.Stmt(nil), c.hoisted...), body.Stmts...)}
		c.hoisted = nil
	}
	c.orderBlock(out)
	if c.m.isGenerator(c.fn) {
		return c.generatorBody(out)
	}
	return out
}
