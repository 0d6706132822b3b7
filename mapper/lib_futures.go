package mapper

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// concurrent.futures: ThreadPoolExecutor (and ProcessPoolExecutor, whose
// "processes" are goroutines too), Future, as_completed.
//
// A `with ThreadPoolExecutor(n) as ex:` whose only use of ex is ex.map(f,
// xs) over a list or a range, as a statement or stored into a name, becomes
// a fixed set of n goroutines reading a jobs channel and writing a results
// slice (see lib_futures_pool.go). Every other use keeps the runtime's
// *pyrt.Executor and *pyrt.Future, which carry what Go's primitives lack:
// worker thread names, result(timeout), cancel, done callbacks.

const (
	executorClass = "concurrent.futures.ThreadPoolExecutor"
	futureClass   = "concurrent.futures.Future"
)

func init() {
	libClasses[executorClass] = &libClass{goName: "Executor", methods: map[string]libMethod{
		"shutdown": {"Shutdown", "wait=True:bool, cancel_futures=False:bool", nil},
	}}
	libClasses[futureClass] = &libClass{goName: "Future", generic: true, methods: map[string]libMethod{
		"result": {"Result", "timeout=None:timeout", elemRet}, "done": {"Done", "", BoolT},
		"running": {"Running", "", BoolT}, "cancel": {"Cancel", "", BoolT}, "cancelled": {"Cancelled", "", BoolT},
		"exception": {"Exception", "timeout=None:timeout", &ExcT{}},
	}}
	for _, ctor := range []string{executorClass, "concurrent.futures.ProcessPoolExecutor"} {
		libTypeHooks[ctor] = func(*mapper, *Scope, *ast.Call, []Type) Type { return &ObjT{Class: executorClass} }
		libCallHooks[ctor] = newExecutor
	}
	methodTypeHooks[executorClass+".submit"] = submitType
	methodTypeHooks[executorClass+".map"] = executorMapType
	methodTypeHooks[futureClass+".add_done_callback"] = addDoneCallbackType
	methodTypeHooks[futureClass+".result"] = futureResultType
	methodCallHooks[executorClass+".submit"] = submitCall
	methodCallHooks[executorClass+".map"] = executorMapCall
	methodCallHooks[futureClass+".add_done_callback"] = addDoneCallbackCall
	libTypeHooks["concurrent.futures.as_completed"] = asCompletedType
	libCallHooks["concurrent.futures.as_completed"] = asCompletedCall
	withHooks[executorClass] = executorWith
	libTypeHooks["concurrent.futures.wait"] = waitType
	libCallHooks["concurrent.futures.wait"] = waitCall
	for py, goName := range returnWhenConsts {
		attrTypeHooks["concurrent.futures."+py] = func(*mapper, *Scope, *ast.Attribute) Type { return StrT }
		attrHooks["concurrent.futures."+py] = func(*fnCtx, *ast.Attribute) ir.Expr { return ir.Q(ir.Runtime, goName) }
	}
	// `import concurrent.futures` binds concurrent; its futures attribute
	// is the module.
	attrTypeHooks["concurrent.futures"] = func(*mapper, *Scope, *ast.Attribute) Type { return &ModuleT{Name: "concurrent.futures"} }
}

// newExecutor translates ThreadPoolExecutor(max_workers=None,
// thread_name_prefix=”): None and a missing count are 0, the runtime's
// spelling of CPython's default.
func newExecutor(c *fnCtx, n *ast.Call) ir.Expr {
	var workers ir.Expr = ir.L(0)
	if w := argOrKeyword(n, 0, "max_workers"); w != nil && !isNoneConst(w) {
		workers = c.exprAs(w, IntT)
		if !positiveConst(w) {
			workers = ir.CallOf(ir.Q(ir.Runtime, "MaxWorkersArg"), workers)
		}
	}
	var prefix ir.Expr = ir.L("")
	if p := argOrKeyword(n, 1, "thread_name_prefix"); p != nil {
		prefix = c.exprAs(p, StrT)
	}
	return ir.CallOf(ir.Q(ir.Runtime, "NewThreadPoolExecutor"), workers, prefix)
}

// positiveConst reports whether e is an int literal greater than zero.
func positiveConst(e ast.Expr) bool {
	num, ok := e.(*ast.Num)
	if !ok {
		return false
	}
	v, ok := intConst(num)
	return ok && v > 0
}

func isNoneConst(e ast.Expr) bool {
	nc, ok := e.(*ast.NameConstant)
	return ok && nc.Value == py.None
}

// submitType flows submit(f, *args, **kwargs)'s arguments into f and types
// the result as a Future of f's result.
func submitType(m *mapper, s *Scope, n *ast.Call, recv *ObjT, args []Type) Type {
	if len(n.Args) == 0 {
		return Unknown
	}
	fn := m.funcOf(n.Args[0])
	if fn == nil {
		// A library callable (time.sleep, event.wait): the task is the call
		// submit would make, typed as any call is.
		return m.submittedFuture(n, m.typeOf(s, m.taskCallOf(n)))
	}
	kwargs := map[string]Type{}
	for _, kw := range n.Keywords {
		kwargs[string(kw.Arg)] = m.info.Types[kw.Value]
	}
	m.flowArgs(fn, args[1:], kwargs)
	return m.submittedFuture(n, m.taskResult(fn))
}

// submittedFuture is the type of the future submit call n makes for a
// task of result type r: Future[r], or the type of the future variable it
// is stored in when that is wider (see lib_futures_mixed.go).
func (m *mapper) submittedFuture(n *ast.Call, r Type) Type {
	if t := m.futureTargetElem(n); t != nil && t != Unknown {
		r = join(r, t)
	}
	return &ObjT{Class: futureClass, Elem: r}
}

// submitCall translates ex.submit(f, args...) into pyrt.Submit(ex, func() R
// { return f(args...) }).
func submitCall(c *fnCtx, n *ast.Call, recv ast.Expr, t *ObjT) ir.Expr {
	fut, _ := c.m.info.Types[n].(*ObjT)
	if len(n.Args) == 0 || fut == nil {
		c.m.errorf(n, "unsupported: submit without a function")
		return &ir.Nil{}
	}
	synth := c.m.taskCallOf(n)
	var call ir.Expr
	var own Type // the task's own result type
	if fn := c.m.funcOf(n.Args[0]); fn != nil {
		call = c.userCall(synth)
		own = c.m.taskResult(fn)
	} else {
		own = c.m.typeOf(c.s, synth)
		call = c.expr(synth)
	}
	if call == nil {
		return &ir.Nil{}
	}
	elem := fut.Elem
	if t := c.m.futureTargetElem(n); t != nil && t != Unknown {
		elem = t // a future met by others of another result type
	}
	task := c.thunk(call, elem)
	if noValue(own) && !noValue(elem) {
		// A task without a result in a future of a wider type: it
		// returns nil, Python's None.
		task.Body = &ir.Block{Stmts: []ir.Stmt{&ir.ExprStmt{X: call}, &ir.Return{Results: []ir.Expr{&ir.Nil{}}}}}
	}
	if cl, ok := call.(*ir.Call); ok && len(cl.Args) == 0 {
		// The lambda's own result type must be the future's (basic types
		// are shared values, so == compares them).
		if fl, ok := cl.Fun.(*ir.FuncLit); ok && len(fl.Params) == 0 && len(fl.Results) == 1 && fl.Results[0] == task.Results[0] {
			task = fl // submit(lambda: ...) runs the lambda itself
		}
	}
	return ir.CallOf(ir.Q(ir.Runtime, "Submit"), c.expr(recv), task)
}

// futureResultType is the type of future.result(): a task without a
// result gives None, typed any so that the wait for it is kept where it is
// printed.
func futureResultType(m *mapper, s *Scope, n *ast.Call, recv *ObjT, args []Type) Type {
	if recv.Elem == NoneT {
		return AnyT
	}
	return orUnknown(recv.Elem)
}

// taskCall is the call submit(f, args..., kw=...) makes: f(args..., kw=...).
func taskCall(n *ast.Call) *ast.Call {
	synth := &ast.Call{Func: n.Args[0], Args: n.Args[1:], Keywords: n.Keywords}
	synth.Lineno, synth.ColOffset = n.Lineno, n.ColOffset
	return synth
}

// userCall translates a call of a user function (or bound method) built
// from a library call's arguments.
func (c *fnCtx) userCall(synth *ast.Call) ir.Expr {
	switch f := c.m.info.Types[synth.Func].(type) {
	case *FuncT:
		return ir.CallOf(c.expr(synth.Func), c.args(f.Fn, synth, 0)...)
	case *boundT:
		attr := synth.Func.(*ast.Attribute)
		return ir.CallOf(ir.Sel(c.expr(attr.Value), methodGoName(f.Fn)), c.args(f.Fn, synth, 1)...)
	}
	c.m.errorf(synth.Func, "unsupported: a task that is not a function defined in this file")
	return nil
}

// noValue reports whether a call of result type t has no Go value.
func noValue(t Type) bool { return t == NoneT || t == Unknown || t == nil }

// thunk wraps a call in func() R { return call }; a call without a result
// returns nil, Python's None.
func (c *fnCtx) thunk(call ir.Expr, ret Type) *ir.FuncLit {
	rt := c.m.goType(orUnknown(ret))
	body := &ir.Block{}
	if ret == NoneT || ret == Unknown || ret == nil {
		body.Add(&ir.ExprStmt{X: call}, &ir.Return{Results: []ir.Expr{&ir.Nil{}}})
	} else {
		body.Add(&ir.Return{Results: []ir.Expr{call}})
	}
	return &ir.FuncLit{Results: []ir.Type{rt}, Body: body}
}

// executorMapType types ex.map(f, xs): the list of f's results in a
// worker pool, else an iterator that yields them in input order as they
// are reached, raising a task's exception there, as Python's does.
func executorMapType(m *mapper, s *Scope, n *ast.Call, recv *ObjT, args []Type) Type {
	t := m.multiMapType(s, n, args)
	if t == nil {
		t = mapResultType(m, s, n, args)
	}
	if l, ok := t.(*ListT); ok && !m.mapInPool(n) {
		return m.pullIfNexted(n, &iterT{Kind: "seq", Elem: l.Elem})
	}
	return t
}

// mapResultType flows map(f, xs)'s items into f and types the results as
// a list.
func mapResultType(m *mapper, s *Scope, n *ast.Call, args []Type) Type {
	if len(n.Args) < 2 {
		return Unknown
	}
	fn := m.funcOf(n.Args[0])
	if fn == nil {
		if m.builtinTask(n.Args[0]) != "" && len(args) == 2 {
			return &ListT{Elem: m.builtinTaskType(s, n.Args[0], elemType(args[1]))}
		}
		return &ListT{Elem: Unknown}
	}
	elems := make([]Type, len(args)-1)
	for i, a := range args[1:] {
		elems[i] = elemType(a)
	}
	m.flowArgs(fn, elems, nil)
	return &ListT{Elem: m.taskResult(fn)}
}

// executorMapCall is the runtime form of ex.map(f, xs, timeout=t):
// pyrt.Map(ex, f, xs, t), an iter.Seq.
func executorMapCall(c *fnCtx, n *ast.Call, recv ast.Expr, t *ObjT) ir.Expr {
	return c.pullIfIterator(n, executorMapSeq(c, n, recv))
}

// executorMapSeq is pyrt.Map(ex, f, xs, t), an iter.Seq.
func executorMapSeq(c *fnCtx, n *ast.Call, recv ast.Expr) ir.Expr {
	fn := c.m.funcOf(n.Args[0]) // hookMinArgs guarantees the function and an iterable
	if fn == nil && c.m.builtinTask(n.Args[0]) == "" {
		c.m.errorf(n.Args[0], "unsupported: a mapped function that is not defined in this file")
		return &ir.Nil{}
	}
	var timeout ir.Expr = ir.L(-1.0)
	if to := keyword(n, "timeout"); to != nil && !isNoneConst(to) {
		timeout = c.exprAs(to, FloatT)
	}
	if len(n.Args) > 2 {
		return c.multiMapCall(n, recv, timeout)
	}
	if fn != nil && len(fn.Params) != 1 {
		c.m.errorf(n.Args[0], "unsupported: %s takes %d parameters but executor.map passes one item at a time", fn.Name, len(fn.Params))
		return &ir.Nil{}
	}
	items := c.sliceOf(n.Args[1])
	if items == nil {
		return &ir.Nil{}
	}
	if fn == nil {
		f := c.builtinTaskFunc(n.Args[0], elemType(c.m.info.Types[n.Args[1]]))
		return ir.CallOf(ir.Q(ir.Runtime, "Map"), c.expr(recv), f, items, timeout)
	}
	var f ir.Expr = c.expr(n.Args[0])
	if r := c.m.taskResult(fn); r == NoneT || r == Unknown {
		// A function without a result maps to None.
		param := c.names.claim("x")
		call := ir.CallOf(f, ir.Id(param))
		f = &ir.FuncLit{Params: []ir.Param{{Name: param, Type: c.m.goType(fn.Params[0].Type)}}, Results: []ir.Type{ir.Any},
			Body: (&ir.Block{}).Add(&ir.ExprStmt{X: call}, &ir.Return{Results: []ir.Expr{&ir.Nil{}}})}
	}
	return ir.CallOf(ir.Q(ir.Runtime, "Map"), c.expr(recv), f, items, timeout)
}

// sliceOf translates an iterable argument as a Go slice.
func (c *fnCtx) sliceOf(e ast.Expr) ir.Expr {
	if x := c.asSlice(e); x != nil {
		return x
	}
	if c.m.info.Types[e] == StrT {
		// A string's items are its characters.
		return ir.CallOf(ir.Q("strings", "Split"), c.expr(e), ir.L(""))
	}
	c.m.errorf(e, "unsupported: mapping over a %s; make it a list", c.m.info.Types[e])
	return nil
}

// addDoneCallbackType flows the future into the callback's parameter.
func addDoneCallbackType(m *mapper, s *Scope, n *ast.Call, recv *ObjT, args []Type) Type {
	if len(n.Args) == 1 {
		if fn := m.funcOf(n.Args[0]); fn != nil {
			m.flowArgs(fn, []Type{recv}, nil)
		}
	}
	return NoneT
}

func addDoneCallbackCall(c *fnCtx, n *ast.Call, recv ast.Expr, t *ObjT) ir.Expr {
	if len(n.Args) != 1 {
		c.m.errorf(n, "add_done_callback takes one function")
		return &ir.Nil{}
	}
	return ir.CallOf(ir.Sel(c.expr(recv), "AddDoneCallback"), c.expr(n.Args[0]))
}

// asCompletedType types as_completed(fs) as an iterator of fs's futures,
// which a for loop ranges over as they complete.
func asCompletedType(m *mapper, s *Scope, n *ast.Call, args []Type) Type {
	if len(args) == 0 {
		return Unknown
	}
	if _, ok := args[0].(*DictT); ok {
		return &iterT{Kind: "seq", Elem: elemType(args[0])}
	}
	return &iterT{Kind: "seq", Elem: m.unifyFutures(s, n.Args[0])}
}

func asCompletedCall(c *fnCtx, n *ast.Call) ir.Expr {
	if len(n.Args) == 0 {
		c.m.errorf(n, "as_completed expects the futures")
		return &ir.Nil{}
	}
	fs := c.expr(n.Args[0])
	if dt, ok := c.m.info.Types[n.Args[0]].(*DictT); ok {
		fs = c.dictKeys(n.Args[0], dt) // the keys of a dict of futures
	}
	var timeout ir.Expr = ir.L(-1.0)
	if to := argOrKeyword(n, 1, "timeout"); to != nil && !isNoneConst(to) {
		timeout = c.exprAs(to, FloatT)
	}
	if !c.sameFutureTypes(n.Args[0]) {
		return &ir.Nil{}
	}
	return ir.CallOf(ir.Q(ir.Runtime, "AsCompleted"), fs, timeout)
}

// executorWith translates `with ThreadPoolExecutor(...) as ex:`: the worker
// pool idiom when the body only maps work, otherwise the runtime executor
// shut down (waiting for its work) when the block ends, as __exit__ does.
func executorWith(c *fnCtx, n *ast.With, b *ir.Block) {
	if c.m.poolOnlyMaps(n) {
		c.mapPoolBody(n, b)
		return
	}
	c.managedObject(n, b, "Shutdown", ir.L(true), ir.L(false))
}

// taskResult is the result type of a function run as a task. Until
// inference has seen the function's return statements its result is
// Unknown rather than None, so that a task's None never joins the real
// result type.
func (m *mapper) taskResult(fn *Function) Type {
	if fn.Def != nil && !fn.Returns && returnsValue(fn.Def.Body) {
		return Unknown
	}
	return m.result(fn)
}

// returnsValue reports whether body has a `return value` statement outside
// nested functions.
func returnsValue(body []ast.Stmt) bool {
	for _, st := range body {
		if r, ok := st.(*ast.Return); ok && r.Value != nil {
			return true
		}
		for _, blk := range childBlocks(st) {
			if returnsValue(blk) {
				return true
			}
		}
	}
	return false
}

// returnWhenConsts are wait's return_when values and their runtime names.
var returnWhenConsts = map[string]string{
	"FIRST_COMPLETED": "FirstCompleted", "FIRST_EXCEPTION": "FirstException", "ALL_COMPLETED": "AllCompleted",
}

// waitType types wait(fs) as the pair (done, not_done) of future lists.
func waitType(m *mapper, s *Scope, n *ast.Call, args []Type) Type {
	if len(args) == 0 {
		return Unknown
	}
	fs := &ListT{Elem: m.unifyFutures(s, n.Args[0])}
	return &TupleT{Elems: []Type{fs, fs}}
}

// waitCall translates wait(fs, timeout=None, return_when=ALL_COMPLETED)
// into pyrt.WaitPair(fs, timeout, returnWhen).
func waitCall(c *fnCtx, n *ast.Call) ir.Expr {
	if len(n.Args) == 0 {
		c.m.errorf(n, "wait expects the futures")
		return &ir.Nil{}
	}
	var timeout ir.Expr = ir.L(-1.0)
	if to := argOrKeyword(n, 1, "timeout"); to != nil && !isNoneConst(to) {
		timeout = c.exprAs(to, FloatT)
	}
	var when ir.Expr = ir.Q(ir.Runtime, "AllCompleted")
	if w := argOrKeyword(n, 2, "return_when"); w != nil {
		when = c.returnWhen(w)
	}
	if !c.sameFutureTypes(n.Args[0]) {
		return &ir.Nil{}
	}
	return ir.CallOf(ir.Q(ir.Runtime, "WaitPair"), c.expr(n.Args[0]), timeout, when)
}

// sameFutureTypes reports whether the futures of a list literal share one
// result type, as the Go slice of them needs; if not it says so.
func (c *fnCtx) sameFutureTypes(e ast.Expr) bool {
	var elts []ast.Expr
	switch l := e.(type) {
	case *ast.List:
		elts = l.Elts
	case *ast.BinOp:
		return c.sameFutureTypes(l.Left) && c.sameFutureTypes(l.Right)
	}
	for _, x := range elts[min(1, len(elts)):] {
		if !sameType(c.m.info.Types[x], c.m.info.Types[elts[0]]) {
			c.m.errorf(x, "unsupported: futures of different result types (%s, %s) waited on together", c.m.info.Types[elts[0]], c.m.info.Types[x])
			return false
		}
	}
	return true
}

// returnWhen translates a return_when argument: the imported constant
// (FIRST_COMPLETED, cf.FIRST_COMPLETED) is the runtime's constant.
func (c *fnCtx) returnWhen(e ast.Expr) ir.Expr {
	if lf, ok := c.m.info.Types[e].(*LibFuncT); ok {
		for py, goName := range returnWhenConsts {
			if lf.Name == "concurrent.futures."+py {
				return ir.Q(ir.Runtime, goName)
			}
		}
	}
	return c.exprAs(e, StrT)
}
