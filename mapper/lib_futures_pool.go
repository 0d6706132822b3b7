package mapper

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// The worker-pool idiom for `with ThreadPoolExecutor(n) as ex:` blocks
// that only call ex.map(f, xs): n goroutines range over a jobs channel,
// writing f's results into a slice by index, so results keep input order
// and never more than n tasks run at once. Leaving the with block waits for
// the work, so collecting every result before the next statement keeps the
// block's meaning. The runtime executor is kept when the program can see
// the difference: worker thread names, a task that raises (map re-raises
// it where the result is read), a timeout, other executor methods.

// poolOnlyMaps reports whether the with body uses its executor only for
// ex.map(f, xs) statements or `name = ex.map(f, xs)` assignments.
func (m *mapper) poolOnlyMaps(n *ast.With) bool {
	it := n.Items[0]
	name, ok := it.OptionalVars.(*ast.Name)
	if !ok || m.threadsQueried() {
		return false
	}
	sym := m.info.Uses[name]
	if sym == nil || sym.Global {
		return false
	}
	if ctor, ok := it.ContextExpr.(*ast.Call); !ok || !workerCountIdiomatic(ctor) {
		return false
	}
	maps := 0
	for _, st := range n.Body {
		call := poolMapStmt(st)
		if call == nil {
			continue
		}
		recv, ok := call.Func.(*ast.Attribute).Value.(*ast.Name)
		if !ok || m.info.Uses[recv] != sym {
			continue
		}
		if !m.idiomaticMap(call) || mayRaise(n.Body) {
			return false
		}
		maps++
	}
	uses := 0
	for nm, s := range m.info.Uses {
		if s == sym && nm != name {
			uses++
		}
	}
	return maps > 0 && uses == maps
}

// mapInPool reports whether the map call is one a worker pool replaces.
func (m *mapper) mapInPool(call *ast.Call) bool {
	found := false
	eachStmt(m.file.Module.Body, 0, func(st ast.Stmt, _ int) {
		w, ok := st.(*ast.With)
		if !ok || len(w.Items) != 1 {
			return
		}
		for _, inner := range w.Body {
			if poolMapStmt(inner) == call && m.poolOnlyMaps(w) {
				found = true
			}
		}
	})
	return found
}

// workerCountIdiomatic reports whether the pool's worker count is the
// default or a positive constant: any other value may be one CPython
// rejects with ValueError, which the runtime constructors check.
func workerCountIdiomatic(ctor *ast.Call) bool {
	w := argOrKeyword(ctor, 0, "max_workers")
	if w == nil {
		w = keyword(ctor, "processes")
	}
	return w == nil || isNoneConst(w) || positiveConst(w)
}

// poolMapStmt returns the x.map(...) call of `x.map(...)` or `v = x.map(...)`.
func poolMapStmt(st ast.Stmt) *ast.Call {
	var e ast.Expr
	switch s := st.(type) {
	case *ast.ExprStmt:
		e = s.Value
	case *ast.Assign:
		if len(s.Targets) != 1 {
			return nil
		}
		if _, ok := s.Targets[0].(*ast.Name); !ok {
			return nil
		}
		e = s.Value
	}
	call, ok := e.(*ast.Call)
	if !ok {
		return nil
	}
	attr, ok := call.Func.(*ast.Attribute)
	if !ok || string(attr.Attr) != "map" {
		return nil
	}
	return call
}

// idiomaticMap reports whether ex.map(f, xs) can be a worker pool: f a
// one-parameter function of this file that raises nothing, xs a list or
// range(n), no timeout.
func (m *mapper) idiomaticMap(call *ast.Call) bool {
	if len(call.Args) != 2 || len(call.Keywords) != 0 || m.pulledByNext(call) {
		return false // next() needs the lazy iterator, not a results slice
	}
	fn := m.funcOf(call.Args[0])
	if fn == nil || fn.Class != nil || len(fn.Params) != 1 || fn.Def == nil || mayRaise(fn.Def.Body) {
		return false
	}
	if _, ok := m.info.Types[call.Args[1]].(*ListT); ok {
		return true
	}
	return isRangeN(m, call.Args[1])
}

func isRangeN(m *mapper, e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Args) != 1 {
		return false
	}
	lf, ok := m.info.Types[call.Func].(*LibFuncT)
	return ok && lf.Name == "builtins.range"
}

// mayRaise reports whether a body contains a raise or an assert, the
// exceptions a task can raise on purpose, or a division by a value that is
// not a non-zero constant, the exception it most often raises by accident.
// A try statement says the program expects exceptions too.
func mayRaise(body []ast.Stmt) bool {
	for _, st := range body {
		switch st.(type) {
		case *ast.Raise, *ast.Assert, *ast.Try:
			return true
		}
		divides := false
		stmtExprs(st, func(e ast.Expr) {
			walkExpr(e, func(x ast.Expr) {
				if b, ok := x.(*ast.BinOp); ok && (b.Op == ast.Div || b.Op == ast.FloorDiv || b.Op == ast.Modulo) {
					if num, ok := b.Right.(*ast.Num); !ok || isZeroNum(num) {
						divides = true
					}
				}
			})
		})
		if divides {
			return true
		}
		for _, blk := range childBlocks(st) {
			if mayRaise(blk) {
				return true
			}
		}
	}
	return false
}

func init() { elideHooks = append(elideHooks, (*mapper).poolExecutorVar) }

// poolExecutorVar reports whether sym is the `as` name of an executor
// that became a worker pool: it has no Go variable.
func (m *mapper) poolExecutorVar(sym *Symbol) bool {
	if o, ok := sym.Type.(*ObjT); !ok || (o.Class != executorClass && o.Class != poolClass) {
		return false
	}
	found := false
	var walk func(body []ast.Stmt)
	walk = func(body []ast.Stmt) {
		for _, st := range body {
			if w, ok := st.(*ast.With); ok && len(w.Items) == 1 {
				if nm, ok := w.Items[0].OptionalVars.(*ast.Name); ok && m.info.Uses[nm] == sym && m.poolOnlyMaps(w) {
					found = true
				}
			}
			if fd, ok := st.(*ast.FunctionDef); ok {
				walk(fd.Body)
			}
			for _, blk := range childBlocks(st) {
				walk(blk)
			}
		}
	}
	walk(m.file.Module.Body)
	return found
}

// threadsQueried reports whether the program inspects threads
// (current_thread() and the like): then pool workers must be runtime
// threads with CPython's names.
func (m *mapper) threadsQueried() bool {
	for _, g := range m.groups {
		if g.find().Queried {
			return true
		}
	}
	return false
}

// mapPoolBody translates the with body, each ex.map as a worker pool.
func (c *fnCtx) mapPoolBody(n *ast.With, b *ir.Block) {
	ctor := n.Items[0].ContextExpr.(*ast.Call)
	workers := c.poolWorkers(ctor)
	for _, st := range n.Body {
		call := poolMapStmt(st)
		if call == nil {
			c.stmt(st, b)
			continue
		}
		var target *ast.Name
		if as, ok := st.(*ast.Assign); ok {
			target = as.Targets[0].(*ast.Name)
		}
		c.workerPool(call, target, workers, b)
	}
}

// poolWorkers is the worker count: max_workers, or CPython's default
// min(32, os.cpu_count() + 4).
func (c *fnCtx) poolWorkers(ctor *ast.Call) ir.Expr {
	if w := argOrKeyword(ctor, 0, "max_workers"); w != nil && !isNoneConst(w) {
		return c.exprAs(w, IntT)
	}
	if w := keyword(ctor, "processes"); w != nil && !isNoneConst(w) {
		return c.exprAs(w, IntT)
	}
	cpus := ir.CallOf(ir.Q("runtime", "NumCPU"))
	if lf, ok := c.m.info.Types[ctor.Func].(*LibFuncT); ok && (lf.Name == "concurrent.futures.ProcessPoolExecutor" || lf.Name == poolClass) {
		return cpus
	}
	return ir.CallOf(ir.Id("min"), ir.L(32), &ir.Binary{X: cpus, Op: "+", Y: ir.L(4)})
}

// workerPool writes:
//
//	jobs := make(chan T)
//	var wg sync.WaitGroup
//	for range workers {
//		wg.Go(func() {
//			for x := range jobs {
//				f(x)            // or results[i] = f(xs[i]) with jobs of indexes
//			}
//		})
//	}
//	for _, x := range xs {
//		jobs <- x
//	}
//	close(jobs)
//	wg.Wait()
func (c *fnCtx) workerPool(call *ast.Call, target *ast.Name, workers ir.Expr, b *ir.Block) {
	fnExpr := c.expr(call.Args[0])
	fn := c.m.funcOf(call.Args[0])
	paramType := c.m.goType(fn.Params[0].Type)
	rangeN := isRangeN(c.m, call.Args[1])
	var items, count ir.Expr
	if rangeN {
		count = c.exprAs(call.Args[1].(*ast.Call).Args[0], IntT)
	} else {
		items = c.expr(call.Args[1])
		if _, ok := call.Args[1].(*ast.Name); !ok {
			tmp := c.names.claim("items")
			b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(tmp)}, Tok: ":=", Rhs: []ir.Expr{items}})
			items = ir.Id(tmp)
		}
		count = ir.CallOf(ir.Id("len"), items)
	}
	var results ir.Expr
	if target != nil {
		sym := c.m.info.Uses[target]
		lt, _ := sym.Type.(*ListT)
		if lt == nil || c.plan.reads[sym] == 0 {
			target = nil
		} else {
			results = ir.Id(sym.GoName)
			mk := ir.CallOf(ir.Id("make"), &ir.TypeExpr{Type: c.m.goType(lt)}, count)
			tok := "="
			if c.plan.define[target] {
				tok = ":="
			}
			b.Add(&ir.Assign{Lhs: []ir.Expr{results}, Tok: tok, Rhs: []ir.Expr{mk}})
		}
	}
	jobs := c.names.claim("jobs")
	wg := c.names.claim("wg")
	job := c.names.claim("job")
	// Jobs are the items themselves when no result is kept, else indexes.
	jobType := paramType
	var arg ir.Expr = ir.Id(job)
	var work ir.Stmt = &ir.ExprStmt{X: ir.CallOf(fnExpr, arg)}
	if target != nil {
		jobType = ir.Int
		if !rangeN {
			arg = &ir.Index{X: items, Index: ir.Id(job)}
		}
		work = &ir.Assign{Lhs: []ir.Expr{&ir.Index{X: results, Index: ir.Id(job)}}, Tok: "=", Rhs: []ir.Expr{ir.CallOf(fnExpr, arg)}}
	}
	b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(jobs)}, Tok: ":=", Rhs: []ir.Expr{ir.CallOf(ir.Id("make"), &ir.TypeExpr{Type: &ir.Chan{Elem: jobType}})}})
	b.Add(&ir.VarStmt{Name: wg, Type: &ir.Named{Pkg: "sync", Name: "WaitGroup"}})
	worker := &ir.FuncLit{Body: (&ir.Block{}).Add(&ir.Range{Key: ir.Id(job), Define: true, X: ir.Id(jobs), Body: (&ir.Block{}).Add(work)})}
	b.Add(&ir.Range{X: workers, Body: (&ir.Block{}).Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(wg), "Go"), worker)})})
	item := c.names.claim("x")
	send := &ir.Range{Key: ir.Id(item), Define: true, X: count, Body: (&ir.Block{}).Add(&ir.Send{Ch: ir.Id(jobs), Value: ir.Id(item)})}
	if target == nil && !rangeN {
		send = &ir.Range{Key: ir.Id("_"), Value: ir.Id(item), Define: true, X: items, Body: send.Body}
	}
	b.Add(send)
	b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Id("close"), ir.Id(jobs))})
	b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(wg), "Wait"))})
}

func isZeroNum(n *ast.Num) bool {
	if v, ok := intConst(n); ok {
		return v == 0
	}
	f, ok := n.N.(py.Float)
	return ok && f == 0
}
