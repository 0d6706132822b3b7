package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// task_done/join as a sync.WaitGroup. The classic worker pattern
//
//	q = queue.Queue()
//	def worker():
//	    while True:
//	        item = q.get()
//	        ...
//	        q.task_done()
//	...
//	for x in xs:
//	    q.put(x)
//	q.join()
//
// counts unfinished work as a WaitGroup does: each put is qWG.Add(1) (made
// before the item is visible to a worker), each task_done qWG.Done() and
// join qWG.Wait(). The queue itself stays what it was (an unbounded queue
// cannot be a channel). The WaitGroup is used only where it cannot be
// misused, which the mapper checks on the source:
//   - the queue is a module variable used only as the receiver of its own
//     methods, and unfinished_tasks is never read (a WaitGroup cannot
//     report its count);
//   - every task_done is a statement of a loop body (directly or in the
//     finally of a try there) that starts with a blocking get of the same
//     queue, and it is the loop's only task_done: so Done never runs more
//     often than items were got, and the counter never goes negative,
//     where Python would raise ValueError;
//   - every join is a module-level statement, and every put is one too or
//     sits in such a loop between the get and the task_done (the count is
//     then above zero): so no Add at zero can race with a Wait, which
//     Go's WaitGroup forbids.

func init() {
	stmtHooks = append(stmtHooks, taskWaitGroupStmt)
}

// queueWaitGroups decides, once, which module queues count with a
// WaitGroup, and names the WaitGroups.
func (m *mapper) queueWaitGroups() map[*Symbol]string {
	if m.taskWGs != nil {
		return m.taskWGs
	}
	m.taskWGs = map[*Symbol]string{}
	for _, name := range sortedKeys(m.module.Syms) {
		sym := m.module.Syms[name]
		o, ok := sym.Type.(*ObjT)
		if !ok || sym.Kind != VarSym {
			continue
		}
		switch o.Class {
		case "queue.Queue", "queue.LifoQueue", "queue.PriorityQueue":
		default:
			continue
		}
		if m.waitGroupFits(sym) {
			m.taskWGs[sym] = m.names.claim(sym.GoName + "WG")
		}
	}
	return m.taskWGs
}

// queueCallOf returns the method name when e is sym.method(...).
func (m *mapper) queueCallOf(e ast.Expr, sym *Symbol) (string, *ast.Call) {
	call, ok := e.(*ast.Call)
	if !ok {
		return "", nil
	}
	attr, ok := call.Func.(*ast.Attribute)
	if !ok {
		return "", nil
	}
	recv, ok := attr.Value.(*ast.Name)
	if !ok || m.info.Uses[recv] != sym {
		return "", nil
	}
	return string(attr.Attr), call
}

// waitGroupFits checks the rules of the file comment for one queue.
func (m *mapper) waitGroupFits(sym *Symbol) bool {
	loads, receivers, taskDones, joins := 0, 0, 0, 0
	ok := true
	for nm, s := range m.info.Uses {
		if s == sym && nm.Ctx == ast.Load {
			loads++
		}
	}
	// paired holds the task_done calls that end a task loop's item and
	// the puts made between its get and its task_done.
	paired := map[*ast.Call]bool{}
	var visit func(body []ast.Stmt, moduleLevel bool)
	visit = func(body []ast.Stmt, moduleLevel bool) {
		for _, st := range body {
			var loopBody []ast.Stmt
			switch n := st.(type) {
			case *ast.While:
				loopBody = n.Body
			case *ast.For:
				loopBody = n.Body
			}
			if get, done, puts := m.taskLoopBody(loopBody, sym); get != nil {
				paired[done] = true
				for _, p := range puts {
					paired[p] = true
				}
			}
			stmtExprs(st, func(e ast.Expr) {
				walkExpr(e, func(x ast.Expr) {
					method, call := m.queueCallOf(x, sym)
					if call == nil {
						return
					}
					receivers++
					es, isStmt := st.(*ast.ExprStmt)
					isStmt = isStmt && es.Value == call
					switch method {
					case "task_done":
						taskDones++
						ok = ok && isStmt && paired[call]
					case "join":
						joins++
						ok = ok && isStmt && moduleLevel
					case "put", "put_nowait":
						ok = ok && isStmt && (moduleLevel || paired[call])
					case "get", "get_nowait", "empty", "qsize", "full":
					default:
						ok = false
					}
				})
			})
			if fd, isDef := st.(*ast.FunctionDef); isDef {
				visit(fd.Body, false)
				continue
			}
			if _, isClass := st.(*ast.ClassDef); isClass {
				ok = false // methods: left to the runtime queue
				continue
			}
			for _, blk := range childBlocks(st) {
				visit(blk, moduleLevel)
			}
		}
	}
	visit(m.file.Module.Body, true)
	return ok && taskDones > 0 && joins > 0 && loads == receivers
}

// taskLoopBody matches a loop body that starts with `x = q.get()` (or a
// bare q.get()) and holds one q.task_done() statement, at its top level or
// in the finally of a top-level try. It returns the get, the task_done and
// the puts to q between them.
func (m *mapper) taskLoopBody(body []ast.Stmt, sym *Symbol) (get, done *ast.Call, puts []*ast.Call) {
	if len(body) < 2 {
		return nil, nil, nil
	}
	var first ast.Expr
	switch st := body[0].(type) {
	case *ast.Assign:
		first = st.Value
	case *ast.ExprStmt:
		first = st.Value
	}
	method, get := m.queueCallOf(first, sym)
	if method != "get" || len(get.Args) > 0 || len(get.Keywords) > 0 {
		return nil, nil, nil
	}
	calls := func(stmts []ast.Stmt, method string) []*ast.Call {
		var out []*ast.Call
		eachStmt(stmts, 0, func(st ast.Stmt, _ int) {
			stmtExprs(st, func(e ast.Expr) {
				walkExpr(e, func(x ast.Expr) {
					if name, call := m.queueCallOf(x, sym); call != nil && name == method {
						out = append(out, call)
					}
				})
			})
		})
		return out
	}
	all := calls(body, "task_done")
	if len(all) != 1 {
		return nil, nil, nil
	}
	for k, st := range body[1:] {
		before := body[1 : k+1]
		switch n := st.(type) {
		case *ast.ExprStmt:
			if name, call := m.queueCallOf(n.Value, sym); call == all[0] && name == "task_done" {
				return get, call, append(calls(before, "put"), calls(before, "put_nowait")...)
			}
		case *ast.Try:
			for _, fin := range n.Finalbody {
				es, ok := fin.(*ast.ExprStmt)
				if !ok {
					continue
				}
				if _, call := m.queueCallOf(es.Value, sym); call == all[0] {
					inside := append(append([]ast.Stmt{}, before...), n.Body...)
					for _, h := range n.Handlers {
						inside = append(inside, h.Body...)
					}
					inside = append(inside, n.Orelse...)
					return get, call, append(calls(inside, "put"), calls(inside, "put_nowait")...)
				}
			}
		}
	}
	return nil, nil, nil
}

// taskWaitGroupStmt translates put (Add then the put), task_done (Done)
// and join (Wait) of a queue that counts with a WaitGroup.
func taskWaitGroupStmt(c *fnCtx, st ast.Stmt, b *ir.Block) bool {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return false
	}
	for sym, wg := range c.m.queueWaitGroups() {
		method, call := c.m.queueCallOf(es.Value, sym)
		if call == nil {
			continue
		}
		switch method {
		case "put", "put_nowait":
			b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(wg), "Add"), ir.L(1))})
			return false // the put itself translates as usual
		case "task_done":
			b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(wg), "Done"))})
			return true
		case "join":
			b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(wg), "Wait"))})
			return true
		}
	}
	return false
}

// taskWaitGroupDecls declares the WaitGroups of queues that count with one.
func (m *mapper) taskWaitGroupDecls() []ir.Decl {
	var out []ir.Decl
	wgs := m.queueWaitGroups()
	for _, name := range sortedKeys(m.module.Syms) {
		sym := m.module.Syms[name]
		if wg, ok := wgs[sym]; ok {
			out = append(out, &ir.VarDecl{
				Doc:  wg + " counts the items put to " + sym.GoName + " and not yet marked done: task_done is Done, join is Wait.",
				Name: wg, Type: waitGroupType,
			})
		}
	}
	return out
}
