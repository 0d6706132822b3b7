package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// multiprocessing: Process and Pool run on goroutines (the runtime's
// *pyrt.Process and *pyrt.Pool keep CPython's names, exit codes and pool
// rules). A child process works on a copy of the parent's memory, so a
// target that changes a module global would, as a goroutine, change the
// parent's value too: such a target starts with copies of those globals
// where that is faithful (lib_process_copy.go); other such programs are
// refused with a diagnostic rather than translated into Go that shares what
// Python kept apart.

const (
	processClass     = "multiprocessing.Process"
	poolClass        = "multiprocessing.Pool"
	asyncResultClass = "multiprocessing.AsyncResult"
)

func init() {
	libClasses[processClass] = &libClass{goName: "Process", methods: map[string]libMethod{
		"start": {"Start", "", nil}, "join": {"Join", "timeout=None:timeout", nil}, "is_alive": {"IsAlive", "", BoolT},
	}, props: map[string]libProp{
		"name": {"Name", "SetName", StrT}, "daemon": {"Daemon", "SetDaemon", BoolT}, "pid": {"Pid", "", IntT},
	}}
	libClasses[poolClass] = &libClass{goName: "Pool", methods: map[string]libMethod{
		"close": {"Close", "", nil}, "join": {"Join", "", nil}, "terminate": {"Terminate", "", nil},
	}}
	libClasses[asyncResultClass] = &libClass{goName: "AsyncResult", generic: true, methods: map[string]libMethod{
		"get": {"Get", "timeout=None:timeout", elemRet}, "ready": {"Ready", "", BoolT},
		"successful": {"Successful", "", BoolT}, "wait": {"Wait", "timeout=None:timeout", nil},
	}}
	libTypeHooks[processClass] = processType
	libCallHooks[processClass] = newProcess
	attrTypeHooks[processClass+".exitcode"] = func(*mapper, *Scope, *ast.Attribute) Type { return &OptionalT{Elem: IntT} }
	attrHooks[processClass+".exitcode"] = func(c *fnCtx, n *ast.Attribute) ir.Expr {
		return ir.CallOf(ir.Q(ir.Runtime, "ProcessExitCode"), c.expr(n.Value))
	}
	libTypeHooks[poolClass] = func(*mapper, *Scope, *ast.Call, []Type) Type { return &ObjT{Class: poolClass} }
	libCallHooks[poolClass] = newPool
	methodTypeHooks[poolClass+".map"] = func(m *mapper, s *Scope, n *ast.Call, recv *ObjT, args []Type) Type {
		return mapResultType(m, s, n, args)
	}
	methodCallHooks[poolClass+".map"] = poolMapCall
	methodTypeHooks[poolClass+".apply_async"] = applyAsyncType
	methodCallHooks[poolClass+".apply_async"] = applyAsyncCall
	withHooks[poolClass] = poolWith
	libTypeHooks["multiprocessing.cpu_count"] = func(*mapper, *Scope, *ast.Call, []Type) Type { return IntT }
	libCallHooks["multiprocessing.cpu_count"] = func(*fnCtx, *ast.Call) ir.Expr { return ir.CallOf(ir.Q("runtime", "NumCPU")) }
}

// processType flows Process(target=f, args=(...), kwargs={...}) into f.
func processType(m *mapper, s *Scope, n *ast.Call, args []Type) Type {
	if target := argOrKeyword(n, 1, "target"); target != nil {
		if fn := m.funcOf(target); fn != nil {
			var targs []Type
			if a := argOrKeyword(n, 3, "args"); a != nil {
				targs = tupleElems(m.info.Types[a])
			}
			kwargs := map[string]Type{}
			if kw, ok := argOrKeyword(n, 4, "kwargs").(*ast.Dict); ok {
				for i, k := range kw.Keys {
					if ks, ok := k.(*ast.Str); ok {
						kwargs[string(ks.S)] = m.info.Types[kw.Values[i]]
					}
				}
			}
			m.flowArgs(fn, targs, kwargs)
			if a, ok := argOrKeyword(n, 3, "args").(*ast.Tuple); ok {
				// A queue the child puts to learns its items here too.
				for i, e := range a.Elts {
					if i < len(fn.Params) {
						m.flowBack(s, e, fn.Params[i])
					}
				}
			}
		}
	}
	// pyrt.Main joins processes still running at exit, as CPython does.
	m.usesRuntimeThreads = true
	return &ObjT{Class: processClass}
}

// newProcess translates Process(target=f, args=..., name=...) into
// pyrt.NewProcess(func() { f(args...) }, name).
func newProcess(c *fnCtx, n *ast.Call) ir.Expr {
	target := argOrKeyword(n, 1, "target")
	if target == nil {
		c.m.errorf(n, "unsupported: a Process without a target; subclassing Process is not translated")
		return &ir.Nil{}
	}
	if fn := c.m.funcOf(target); fn != nil && !c.childIsolated(n, fn) {
		return &ir.Nil{}
	}
	call := c.targetCall(n, target, argOrKeyword(n, 3, "args"), argOrKeyword(n, 4, "kwargs"))
	if call == nil {
		return &ir.Nil{}
	}
	run := &ir.FuncLit{Body: (&ir.Block{}).Add(&ir.ExprStmt{X: call})}
	var name ir.Expr = ir.L("")
	if nm := argOrKeyword(n, 2, "name"); nm != nil && !isNoneConst(nm) {
		name = c.exprAs(nm, StrT)
		if o, ok := c.m.info.Types[nm].(*OptionalT); ok && o.Elem == StrT {
			name = ir.CallOf(ir.Q(ir.Runtime, "ProcessNameArg"), name) // None: the default name
		}
	}
	return ir.CallOf(ir.Q(ir.Runtime, "NewProcess"), run, name)
}

// childIsolated reports whether fn, run in a child process, leaves module
// globals alone; if not it reports why the program is refused.
func (c *fnCtx) childIsolated(at ast.Ast, fn *Function) bool {
	if fn.Def == nil || c.m.childCopies(fn) != nil {
		return true
	}
	if name := c.m.mutatedGlobal(fn.Def.Body); name != "" {
		c.m.errorf(at, "unsupported: %s changes the global %s in a child process, which changes only the child's copy in Python; "+
			"goroutines share memory, so the parent would see the change. Send the value back through a multiprocessing.Queue or a Pool result", fn.Name, name)
		return false
	}
	return true
}

// mutatedGlobal returns the name of a module variable that body assigns or
// changes in place (append, item assignment...), or "".
func (m *mapper) mutatedGlobal(body []ast.Stmt) string {
	var first string
	m.eachGlobalMutation(body, func(sym *Symbol) bool {
		first = sym.Name
		return false
	})
	return first
}

// eachGlobalMutation calls f with the module variable of each statement in
// body (nested blocks included, nested functions not) that assigns one or
// changes one in place, in order, until f returns false.
func (m *mapper) eachGlobalMutation(body []ast.Stmt, f func(*Symbol) bool) bool {
	global := func(e ast.Expr) *Symbol {
		for {
			switch x := e.(type) {
			case *ast.Attribute:
				e = x.Value
				continue
			case *ast.Subscript:
				e = x.Value
				continue
			case *ast.Name:
				if sym := m.info.Uses[x]; sym != nil && sym.Kind == VarSym && sym.Scope == m.module {
					return sym
				}
			}
			return nil
		}
	}
	for _, st := range body {
		var targets []ast.Expr
		switch n := st.(type) {
		case *ast.Assign:
			targets = n.Targets
		case *ast.AugAssign:
			targets = []ast.Expr{n.Target}
		case *ast.ExprStmt:
			if call, ok := n.Value.(*ast.Call); ok {
				if attr, ok := call.Func.(*ast.Attribute); ok && inPlaceMethods[string(attr.Attr)] {
					targets = []ast.Expr{attr.Value}
				}
			}
		}
		for _, t := range targets {
			if sym := global(t); sym != nil && !f(sym) {
				return false
			}
		}
		for _, blk := range childBlocks(st) {
			if !m.eachGlobalMutation(blk, f) {
				return false
			}
		}
	}
	return true
}

// inPlaceMethods are the list, dict and set methods that change their
// receiver.
var inPlaceMethods = map[string]bool{
	"append": true, "extend": true, "insert": true, "pop": true, "remove": true, "clear": true,
	"sort": true, "reverse": true, "update": true, "setdefault": true, "popitem": true, "add": true,
	"discard": true,
}

// newPool translates Pool(processes=None).
func newPool(c *fnCtx, n *ast.Call) ir.Expr {
	var procs ir.Expr = ir.L(0)
	if p := argOrKeyword(n, 0, "processes"); p != nil && !isNoneConst(p) {
		procs = c.exprAs(p, IntT)
		if !positiveConst(p) {
			procs = ir.CallOf(ir.Q(ir.Runtime, "PoolProcessesArg"), procs)
		}
	}
	return ir.CallOf(ir.Q(ir.Runtime, "NewPool"), procs)
}

// poolMapCall translates pool.map(f, xs) into pyrt.PoolMap(pool, f, xs).
func poolMapCall(c *fnCtx, n *ast.Call, recv ast.Expr, t *ObjT) ir.Expr {
	if len(n.Args) != 2 {
		c.m.errorf(n, "unsupported: Pool.map with these arguments")
		return &ir.Nil{}
	}
	fn := c.m.funcOf(n.Args[0])
	if fn == nil && c.m.builtinTask(n.Args[0]) == "" {
		c.m.errorf(n.Args[0], "unsupported: a mapped function that is not defined in this file")
		return &ir.Nil{}
	}
	if fn != nil && !c.childIsolated(n, fn) {
		return &ir.Nil{}
	}
	items := c.sliceOf(n.Args[1])
	if items == nil {
		return &ir.Nil{}
	}
	var f ir.Expr
	if fn == nil {
		f = c.builtinTaskFunc(n.Args[0], elemType(c.m.info.Types[n.Args[1]]))
	} else {
		f = c.expr(n.Args[0])
	}
	return ir.CallOf(ir.Q(ir.Runtime, "PoolMap"), c.expr(recv), f, items)
}

// applyAsyncType flows apply_async(f, args=(...), kwds={...}) into f.
func applyAsyncType(m *mapper, s *Scope, n *ast.Call, recv *ObjT, args []Type) Type {
	if len(n.Args) == 0 {
		return Unknown
	}
	fn := m.funcOf(n.Args[0])
	if fn == nil {
		return &ObjT{Class: asyncResultClass, Elem: Unknown}
	}
	var targs []Type
	if a := argOrKeyword(n, 1, "args"); a != nil {
		targs = tupleElems(m.info.Types[a])
	}
	m.flowArgs(fn, targs, nil)
	return &ObjT{Class: asyncResultClass, Elem: m.taskResult(fn)}
}

// applyAsyncCall translates pool.apply_async(f, (args...)) into
// pyrt.ApplyAsync(pool, func() R { return f(args...) }).
func applyAsyncCall(c *fnCtx, n *ast.Call, recv ast.Expr, t *ObjT) ir.Expr {
	res, _ := c.m.info.Types[n].(*ObjT)
	fn := c.m.funcOf(n.Args[0])
	if res == nil || fn == nil {
		c.m.errorf(n, "unsupported: apply_async of a function not defined in this file")
		return &ir.Nil{}
	}
	if !c.childIsolated(n, fn) {
		return &ir.Nil{}
	}
	call := c.targetCall(n, n.Args[0], argOrKeyword(n, 1, "args"), argOrKeyword(n, 2, "kwds"))
	if call == nil {
		return &ir.Nil{}
	}
	return ir.CallOf(ir.Q(ir.Runtime, "ApplyAsync"), c.expr(recv), c.thunk(call, res.Elem))
}

// poolWith translates `with Pool(n) as pool:`: the worker-pool idiom when
// the body only maps, else the runtime pool, terminated when the block
// ends as Pool.__exit__ does.
func poolWith(c *fnCtx, n *ast.With, b *ir.Block) {
	if c.m.poolOnlyMaps(n) {
		for _, st := range n.Body {
			if call := poolMapStmt(st); call != nil {
				if fn := c.m.funcOf(call.Args[0]); fn != nil && !c.childIsolated(call, fn) {
					return
				}
			}
		}
		c.mapPoolBody(n, b)
		return
	}
	c.managedObject(n, b, "Terminate")
}

// managedObject translates `with Ctor(...) as name:` for objects whose
// __exit__ is one method call: name := Ctor(...); body; name.Exit().
func (c *fnCtx) managedObject(n *ast.With, b *ir.Block, exit string, exitArgs ...ir.Expr) {
	it := n.Items[0]
	var obj ir.Expr
	switch v := it.OptionalVars.(type) {
	case *ast.Name:
		c.store(v, it.ContextExpr, b)
		obj = ir.Id(c.m.info.Uses[v].GoName)
	case nil:
		tmp := c.names.claim("obj")
		b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(tmp)}, Tok: ":=", Rhs: []ir.Expr{c.expr(it.ContextExpr)}})
		obj = ir.Id(tmp)
	default:
		c.m.errorf(it.OptionalVars, "unsupported: with ... as a target that is not a name")
		return
	}
	body := c.block(n.Body)
	b.Stmts = append(b.Stmts, body.Stmts...)
	b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(obj, exit), exitArgs...)})
}
