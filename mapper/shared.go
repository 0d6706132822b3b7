package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// CPython's GIL makes each single operation on a shared list, dict or
// counter atomic; Go has no such lock, so the same program would race. The
// mapper finds the module globals that functions running in threads write,
// and guards each statement that touches one of them outside a `with lock:`
// with a mutex of its own (resultsMu for results): the Go spelling of what
// the GIL did implicitly.

// markShared computes the functions that run in threads and the globals
// they write.
func (m *mapper) markShared() {
	m.threadFns = map[*Function]bool{}
	var reach func(fn *Function)
	reach = func(fn *Function) {
		if fn == nil || fn.Def == nil || m.threadFns[fn] {
			return
		}
		m.threadFns[fn] = true
		m.eachCall(fn.Def.Body, func(call *ast.Call) {
			if callee := m.funcOf(call.Func); callee != nil {
				reach(callee)
			}
		})
	}
	for call := range m.info.Threads {
		if t := argOrKeyword(call, 1, "target"); t != nil {
			reach(m.funcOf(t))
		}
	}
	for _, fn := range m.funcs {
		if fn.Class != nil && fn.Class.threadBase() && fn.Name == "run" {
			reach(fn)
		}
	}
	for fn := range m.threadFns {
		m.globalsWritten(fn.Def.Body, fn.Scope)
	}
	m.sharedFacts()
}

func (m *mapper) eachCall(body []ast.Stmt, f func(*ast.Call)) {
	for _, st := range body {
		stmtExprs(st, func(e ast.Expr) {
			walkExpr(e, func(x ast.Expr) {
				if call, ok := x.(*ast.Call); ok {
					f(call)
				}
			})
		})
		for _, b := range childBlocks(st) {
			m.eachCall(b, f)
		}
	}
}

// globalsWritten marks the module globals a thread function stores to or
// mutates in place.
func (m *mapper) globalsWritten(body []ast.Stmt, s *Scope) {
	for _, st := range body {
		m.storedNames(st, s, func(sym *Symbol, objMethod bool) {
			if objMethod || sym.Scope != m.module || sym.Kind != VarSym || !sym.Global {
				return
			}
			if _, isLock := sym.Type.(*LockT); !isLock {
				sym.Shared = true
			}
		})
		for _, b := range childBlocks(st) {
			m.globalsWritten(b, s)
		}
	}
}

var mutators = map[string]bool{
	"append": true, "extend": true, "insert": true, "pop": true, "remove": true, "clear": true,
	"add": true, "discard": true, "update": true, "setdefault": true, "sort": true, "reverse": true,
}

// guardShared wraps a simple statement that touches shared globals, in a
// thread function or in code that runs while threads do, in their guards
// (sharedreads.go); a while or if statement gets its test guarded.
func (c *fnCtx) guardShared(st ast.Stmt, b *ir.Block) bool {
	inThread := c.fn != nil && c.m.threadFns[c.fn]
	if !inThread && !c.m.concurrent[st] || len(c.held) > 0 || c.locked > 0 {
		return false
	}
	switch st.(type) {
	case *ast.Assign, *ast.AugAssign, *ast.ExprStmt, *ast.While, *ast.If:
	default:
		return false
	}
	var syms []*Symbol
	seen := map[*Symbol]bool{}
	stmtExprs(st, func(e ast.Expr) {
		walkExpr(e, func(x ast.Expr) {
			if n, ok := x.(*ast.Name); ok {
				if sym := c.m.info.Uses[n]; sym != nil && sym.Shared && !seen[sym] {
					seen[sym] = true
					syms = append(syms, sym)
				}
			}
		})
	})
	if len(syms) == 0 {
		return false
	}
	if c.guardedByProgramLock(syms) && c.callsLocker(st) {
		// The callee takes locks itself: holding one of the program's
		// locks around the call could deadlock, Go locks not being
		// reentrant.
		return false
	}
	if c.guardTest(st, syms, b) {
		return true
	}
	locks := c.guardLocks(syms)
	inner := &ir.Block{}
	raisedBefore := c.m.raises
	c.m.raises = false
	c.locked++
	c.stmt(st, inner)
	c.locked--
	mayRaise := (c.m.raises || c.callsRaiser(st)) && c.recovers(inThread)
	c.m.raises = c.m.raises || raisedBefore
	guarded := &ir.Block{}
	for _, l := range locks {
		guarded.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(l, "Lock"))})
	}
	if mayRaise {
		// A Python exception is a Go panic: the mutexes must be released
		// while it unwinds, or the threads that go on would block on them.
		for i := len(locks) - 1; i >= 0; i-- {
			guarded.Add(&ir.Defer{Call: ir.CallOf(ir.Sel(locks[i], "Unlock"))})
		}
		guarded.Stmts = append(guarded.Stmts, inner.Stmts...)
		b.Add(&ir.ExprStmt{X: ir.CallOf(&ir.FuncLit{Body: guarded})})
		return true
	}
	guarded.Stmts = append(guarded.Stmts, inner.Stmts...)
	for i := len(locks) - 1; i >= 0; i-- {
		guarded.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(locks[i], "Unlock"))})
	}
	b.Stmts = append(b.Stmts, guarded.Stmts...)
	return true
}

// recovers reports whether an exception raised here may be recovered while
// the program goes on: in a try body, in a runtime thread (whose
// exception is reported and the other threads continue) or in main (whose
// exception is reported after the threads end).
func (c *fnCtx) recovers(inThread bool) bool {
	if c.tryRet != nil || len(c.tryOuter) > 0 || !inThread {
		return true
	}
	if c.fn.Class != nil && c.fn.Class.threadBase() {
		return true
	}
	for call, g := range c.m.info.Threads {
		if g.find().Queried && c.m.funcOf(argOrKeyword(call, 1, "target")) == c.fn {
			return true
		}
	}
	return false
}

// guardedByProgramLock reports whether one of syms is guarded by a lock of
// the program rather than by a mutex of its own.
func (c *fnCtx) guardedByProgramLock(syms []*Symbol) bool {
	for _, sym := range syms {
		if c.m.guard[sym] != nil {
			return true
		}
	}
	return false
}

// callsLocker reports whether st calls a function of this file that
// takes a lock (a with statement or an acquire call).
func (c *fnCtx) callsLocker(st ast.Stmt) bool {
	found := false
	stmtExprs(st, func(e ast.Expr) {
		walkExpr(e, func(x ast.Expr) {
			call, ok := x.(*ast.Call)
			if !ok {
				return
			}
			fn := c.m.funcOf(call.Func)
			if fn != nil && c.m.reaches(fn, map[*Function]bool{}, func(s ast.Stmt, call *ast.Call) bool {
				if _, isWith := s.(*ast.With); isWith && call == nil {
					return true
				}
				if call != nil {
					if a, ok := call.Func.(*ast.Attribute); ok && string(a.Attr) == "acquire" {
						return true
					}
				}
				return false
			}) {
				found = true
			}
		})
	})
	return found
}

// callsRaiser reports whether st calls a function of this file that may
// raise.
func (c *fnCtx) callsRaiser(st ast.Stmt) bool {
	found := false
	stmtExprs(st, func(e ast.Expr) {
		walkExpr(e, func(x ast.Expr) {
			if call, ok := x.(*ast.Call); ok {
				if fn := c.m.funcOf(call.Func); fn != nil && c.m.mayRaise(fn, map[*Function]bool{}) {
					found = true
				}
			}
		})
	})
	return found
}

// sharedMu names the mutex guarding a shared global.
func (m *mapper) sharedMu(sym *Symbol) string {
	if sym.MuName == "" {
		sym.MuName = m.names.claim(sym.GoName + "Mu")
	}
	return sym.MuName
}

// sharedDecls declares the mutexes of shared globals.
func (m *mapper) sharedDecls() []ir.Decl {
	var out []ir.Decl
	for _, sym := range m.globalsInOrder() {
		if sym.MuName != "" {
			out = append(out, &ir.VarDecl{
				Doc:  sym.MuName + " guards " + sym.GoName + ", which threads change (the GIL made each change atomic in Python).",
				Name: sym.MuName,
				Type: &ir.Named{Pkg: "sync", Name: "Mutex"},
			})
		}
	}
	return out
}
