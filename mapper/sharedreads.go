package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Reads of shared globals. A global that thread functions write (Shared,
// see shared.go) races with every access made while those threads run, not
// only with the other writes: main polling `while len(results) < 2` reads
// what the workers append. Two facts extend markShared:
//
//   - the guard of each shared global: the lock every thread write of it
//     is made under (`with cond: woken.append(i)` makes cond the guard of
//     woken), else the global's own mutex, so readers take the same lock
//     as the writers;
//   - the statements that run while threads may be running: in each
//     function that is not itself a thread target, those after a start()
//     and before the join() that ends the last thread started. Statements
//     after that join are ordered by it (a WaitGroup Wait or Thread.Join)
//     and need no lock.

// sharedFacts computes the guards and the concurrent statements.
func (m *mapper) sharedFacts() {
	m.guard = map[*Symbol]*Symbol{}
	m.concurrent = map[ast.Stmt]bool{}
	unguarded := map[*Symbol]bool{}
	for fn := range m.threadFns {
		m.writeGuards(fn.Def.Body, fn.Scope, nil, unguarded)
	}
	for sym := range unguarded {
		delete(m.guard, sym)
	}
	m.markConcurrent(m.file.Module.Body, false)
	for _, fn := range m.funcs {
		if fn.Def != nil && !m.threadFns[fn] {
			m.markConcurrent(fn.Def.Body, false)
		}
	}
}

// writeGuards records, for each write of a shared global in body, the lock
// held around it (lock, nil for none); a global written under two
// different locks, or under none, keeps its own mutex.
func (m *mapper) writeGuards(body []ast.Stmt, s *Scope, lock *Symbol, unguarded map[*Symbol]bool) {
	for _, st := range body {
		inner := lock
		if w, ok := st.(*ast.With); ok && len(w.Items) == 1 {
			if l := m.lockGlobal(s, w.Items[0].ContextExpr); l != nil {
				inner = l
			}
		}
		m.writtenGlobals(st, s, func(sym *Symbol) {
			switch g, seen := m.guard[sym]; {
			case lock == nil:
				unguarded[sym] = true
			case !seen:
				m.guard[sym] = lock
			case g != lock:
				unguarded[sym] = true
			}
		})
		for _, b := range childBlocks(st) {
			m.writeGuards(b, s, inner, unguarded)
		}
	}
}

// lockGlobal returns the module-level lock, rlock or condition e names,
// if it is one.
func (m *mapper) lockGlobal(s *Scope, e ast.Expr) *Symbol {
	n, ok := e.(*ast.Name)
	if !ok {
		return nil
	}
	sym := m.lookup(s, string(n.Id))
	if sym == nil || sym.Scope != m.module || !sym.Global {
		return nil
	}
	switch t := sym.Type.(type) {
	case *LockT:
		return sym
	case *ObjT:
		// A semaphore lets several holders in: it excludes nobody.
		if lc := libClasses[t.Class]; lc != nil && lc.locker && lc.goName != "Semaphore" {
			return sym
		}
	}
	return nil
}

// writtenGlobals calls f for each shared global the simple statement st
// stores to or mutates in place.
func (m *mapper) writtenGlobals(st ast.Stmt, s *Scope, f func(*Symbol)) {
	m.storedNames(st, s, func(sym *Symbol, _ bool) {
		if sym.Shared {
			f(sym)
		}
	})
}

// storedNames calls f for each name the simple statement st stores to, or
// mutates in place through subscripts or a mutating method; objMethod is
// set when the mutation is a method of a library object (whose methods
// are atomic, as under the GIL).
func (m *mapper) storedNames(st ast.Stmt, s *Scope, f func(sym *Symbol, objMethod bool)) {
	target := func(e ast.Expr, objMethod bool) {
		for {
			switch x := e.(type) {
			case *ast.Subscript:
				e = x.Value
				continue
			case *ast.Name:
				if sym := m.lookup(s, string(x.Id)); sym != nil {
					f(sym, objMethod)
				}
			}
			return
		}
	}
	switch n := st.(type) {
	case *ast.Assign:
		for _, t := range n.Targets {
			target(t, false)
		}
	case *ast.AugAssign:
		target(n.Target, false)
	case *ast.ExprStmt:
		if call, ok := n.Value.(*ast.Call); ok {
			if a, ok := call.Func.(*ast.Attribute); ok && mutators[string(a.Attr)] {
				_, isObj := m.info.Types[a.Value].(*ObjT)
				target(a.Value, isObj)
			}
		}
	}
}

// markConcurrent marks the statements of body that may run while threads
// started before them run; running says whether threads run on entry.
func (m *mapper) markConcurrent(body []ast.Stmt, running bool) bool {
	for i, st := range body {
		if running {
			m.concurrent[st] = true
		}
		for _, b := range childBlocks(st) {
			m.markConcurrent(b, running)
		}
		if m.stmtCalls(st, m.isStart) {
			running = true
		}
		if running && m.stmtCalls(st, m.isJoin) && (i+1 == len(body) || !m.stmtCalls(body[i+1], m.isJoin)) {
			// A run of join statements ends with the last of them.
			running = false
		}
	}
	return running
}

// stmtCalls reports whether st, including the blocks nested in it,
// contains a call satisfying hit.
func (m *mapper) stmtCalls(st ast.Stmt, hit func(*ast.Call) bool) bool {
	found := false
	m.eachCall([]ast.Stmt{st}, func(call *ast.Call) {
		if hit(call) {
			found = true
		}
	})
	return found
}

// isStart reports whether call starts a thread or a timer.
func (m *mapper) isStart(call *ast.Call) bool {
	a, ok := call.Func.(*ast.Attribute)
	if !ok || string(a.Attr) != "start" {
		return false
	}
	switch t := m.info.Types[a.Value].(type) {
	case *ThreadT:
		return true
	case *ObjT:
		return t.Class == "threading.Timer"
	case *InstanceT:
		return t.Class.threadBase()
	}
	return false
}

// isJoin reports whether call waits for a thread to end, join() without a
// timeout, or for a queue's tasks to be done.
func (m *mapper) isJoin(call *ast.Call) bool {
	a, ok := call.Func.(*ast.Attribute)
	if !ok || string(a.Attr) != "join" || len(call.Args) > 0 || len(call.Keywords) > 0 {
		return false
	}
	switch t := m.info.Types[a.Value].(type) {
	case *ThreadT:
		return true
	case *InstanceT:
		return t.Class.threadBase()
	case *ObjT:
		// queue.join() returns once every item's task_done() was called,
		// which orders what the workers did before it.
		return libClasses[t.Class] != nil && libClasses[t.Class].methods["task_done"].goName != ""
	}
	return false
}

// guardExpr is the lock that guards a shared global: its guard lock or
// its own mutex.
func (c *fnCtx) guardExpr(sym *Symbol) (key string, lock ir.Expr) {
	if g := c.m.guard[sym]; g != nil {
		return g.GoName, ir.Id(g.GoName)
	}
	mu := c.m.sharedMu(sym)
	return mu, ir.Id(mu)
}

// guardTest translates a while or if statement whose test reads shared
// globals outside any lock: the test is evaluated under their locks into
// a variable, which the loop or branch then tests.
func (c *fnCtx) guardTest(st ast.Stmt, syms []*Symbol, b *ir.Block) bool {
	switch n := st.(type) {
	case *ast.While:
		tmp := &ir.Block{}
		c.whileStmt(n, tmp)
		loop, ok := lastStmt(tmp).(*ir.For)
		if !ok || loop.Cond == nil {
			b.Stmts = append(b.Stmts, tmp.Stmts...)
			return true
		}
		more := c.names.claim("more")
		head := c.lockedEval(syms, more, loop.Cond)
		head.Add(&ir.If{Cond: &ir.Unary{Op: "!", X: ir.Id(more)}, Then: (&ir.Block{}).Add(&ir.Branch{Tok: "break"})})
		loop.Cond = nil
		loop.Body.Stmts = append(head.Stmts, loop.Body.Stmts...)
		b.Stmts = append(b.Stmts, tmp.Stmts...)
		return true
	case *ast.If:
		s := c.ifStmt(n)
		ok := c.names.claim("ok")
		b.Stmts = append(b.Stmts, c.lockedEval(syms, ok, s.Cond).Stmts...)
		s.Cond = ir.Id(ok)
		b.Add(s)
		return true
	}
	return false
}

// lockedEval assigns x to a new variable name under the guards of syms.
func (c *fnCtx) lockedEval(syms []*Symbol, name string, x ir.Expr) *ir.Block {
	out := &ir.Block{}
	locks := c.guardLocks(syms)
	for _, l := range locks {
		out.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(l, "Lock"))})
	}
	out.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(name)}, Tok: ":=", Rhs: []ir.Expr{x}})
	for i := len(locks) - 1; i >= 0; i-- {
		out.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(locks[i], "Unlock"))})
	}
	return out
}

// guardLocks lists the distinct locks guarding syms, in order.
func (c *fnCtx) guardLocks(syms []*Symbol) []ir.Expr {
	var out []ir.Expr
	seen := map[string]bool{}
	for _, sym := range syms {
		key, l := c.guardExpr(sym)
		if !seen[key] {
			seen[key] = true
			out = append(out, l)
		}
	}
	return out
}

func lastStmt(b *ir.Block) ir.Stmt {
	if len(b.Stmts) == 0 {
		return nil
	}
	return b.Stmts[len(b.Stmts)-1]
}

// bodyMayRaise reports whether module code may end in an exception: it
// has a raise statement or calls a function of this file that may raise.
func (m *mapper) bodyMayRaise(body []ast.Stmt) bool {
	for _, st := range body {
		switch st.(type) {
		case *ast.Raise:
			return true
		case *ast.FunctionDef, *ast.ClassDef:
			continue
		}
		if m.stmtCalls(st, func(call *ast.Call) bool {
			fn := m.funcOf(call.Func)
			return fn != nil && m.mayRaise(fn, map[*Function]bool{})
		}) {
			return true
		}
		if m.bodyMayRaise(flatten(childBlocks(st))) {
			return true
		}
	}
	return false
}

func flatten(blocks [][]ast.Stmt) []ast.Stmt {
	var out []ast.Stmt
	for _, b := range blocks {
		out = append(out, b...)
	}
	return out
}
