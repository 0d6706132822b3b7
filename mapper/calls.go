package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// callStmt translates calls that are statements in Go (print, thread start
// and join, lock acquire and release, list.append); it reports whether it
// handled the call.
func (c *fnCtx) callStmt(n *ast.Call, b *ir.Block) bool {
	switch f := c.m.info.Types[n.Func].(type) {
	case *LibFuncT:
		if f.Name == "builtins.print" {
			b.Add(c.print(n))
			return true
		}
		if h := libStmtHooks[f.Name]; h != nil {
			if !c.m.hookArgsOK(f.Name, n) {
				return true
			}
			return h(c, n, b)
		}
		if f.Name == "sys.setswitchinterval" {
			b.Add(&ir.Comment{Text: "Go's scheduler is preemptive and has no switch interval; the value is only kept for getswitchinterval."})
			b.Add(&ir.ExprStmt{X: c.libCall(n, f.Name)})
			return true
		}
		if c.randomStmt(n, f.Name, b) {
			return true
		}
		if f.Name == "random.shuffle" && len(n.Args) == 1 {
			xs := c.expr(n.Args[0])
			swap := &ir.FuncLit{Params: []ir.Param{{Name: "i", Type: ir.Int}, {Name: "j", Type: ir.Int}},
				Body: (&ir.Block{}).Add(&ir.Assign{Lhs: []ir.Expr{&ir.Index{X: xs, Index: ir.Id("i")}, &ir.Index{X: xs, Index: ir.Id("j")}}, Tok: "=",
					Rhs: []ir.Expr{&ir.Index{X: xs, Index: ir.Id("j")}, &ir.Index{X: xs, Index: ir.Id("i")}}})}
			b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q("math/rand/v2", "Shuffle"), ir.CallOf(ir.Id("len"), xs), swap)})
			return true
		}
		if f.Name == "random.seed" {
			// A seed other than an int (randomStmt handles those): CPython
			// hashes it with SHA-512, which the runtime does not reproduce.
			b.Add(&ir.Comment{Text: "random.seed(...): Go's random numbers differ from CPython's for a seed that is not an int."})
			return true
		}
	case *methodT:
		return c.methodStmt(n, f, b)
	}
	return false
}

func (c *fnCtx) methodStmt(n *ast.Call, f *methodT, b *ir.Block) bool {
	attr, ok := n.Func.(*ast.Attribute)
	if !ok {
		// A method value reached through an expression (`(+x.m)()`).
		c.m.errorf(n.Func, "unsupported: calling the method %s through an expression; call it directly as x.%s(...)", f, f.Name)
		return true
	}
	recv := attr.Value
	if !c.m.checkMethodArity(n, f) {
		return true
	}
	if fo, ok := f.Recv.(*freeObjT); ok {
		args := fo.methods[f.Name]
		call := &ir.Call{Fun: ir.Sel(c.expr(recv), goFieldName(f.Name))}
		for i, a := range n.Args {
			if i < len(args) {
				call.Args = append(call.Args, c.exprAs(a, args[i]))
			}
		}
		b.Add(&ir.ExprStmt{X: call})
		return true
	}
	if lf, ok := f.Recv.(*LibFuncT); ok && (lf.Name == "sys.stdout" || lf.Name == "sys.stderr") && f.Name == "write" {
		c.writingStmt = true
		b.Add(&ir.ExprStmt{X: c.methodCall(n, f)})
		c.writingStmt = false
		return true
	}
	if o, ok := f.Recv.(*ObjT); ok {
		if h := methodCallHooks[o.Class+"."+f.Name]; h != nil {
			if !c.m.hookArgsOK(o.Class+"."+f.Name, n) {
				return true
			}
			if x := h(c, n, recv, o); x != nil {
				b.Add(&ir.ExprStmt{X: x})
			}
			return true
		}
	}
	if lc, elem := c.objClass(f.Recv); lc != nil {
		if x, ok := c.objMethod(n, recv, lc, elem, f.Name); ok {
			b.Add(&ir.ExprStmt{X: x})
			return true
		}
		c.m.errorf(n, "unsupported method: %s.%s()", f.Recv, f.Name)
		return true
	}
	switch rt := f.Recv.(type) {
	case *ThreadT:
		return c.threadMethod(n, recv, rt, f.Name, b)
	case *ListT:
		if upd := c.listUpdate(n, rt, f.Name); upd != nil && c.dictItemListUpdate(recv, upd, b) {
			return true
		}
		switch f.Name {
		case "append":
			if th, ok := rt.Elem.(*ThreadT); ok && !th.Group.find().Queried {
				return true // the group's WaitGroup tracks the thread
			}
			x := c.target(recv)
			b.Add(&ir.Assign{Lhs: []ir.Expr{x}, Tok: "=", Rhs: []ir.Expr{ir.CallOf(ir.Id("append"), x, c.exprAs(n.Args[0], rt.Elem))}})
			return true
		case "insert":
			x := c.target(recv)
			b.Add(&ir.Assign{Lhs: []ir.Expr{x}, Tok: "=", Rhs: []ir.Expr{ir.CallOf(ir.Q("slices", "Insert"), x, c.exprAs(n.Args[0], IntT), c.exprAs(n.Args[1], rt.Elem))}})
			return true
		case "sort":
			return c.listSort(n, recv, rt, b)
		case "reverse":
			b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q("slices", "Reverse"), c.expr(recv))})
			return true
		case "extend":
			x := c.target(recv)
			b.Add(&ir.Assign{Lhs: []ir.Expr{x}, Tok: "=", Rhs: []ir.Expr{&ir.Call{Fun: ir.Id("append"), Args: []ir.Expr{x, c.expr(n.Args[0])}, Ellipsis: true}}})
			return true
		case "clear":
			return c.listClear(recv, b)
		}
	case *SetT:
		switch f.Name {
		case "add", "discard", "remove":
			b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(c.expr(recv), upperFirst(f.Name)), c.exprAs(n.Args[0], rt.Elem))})
			return true
		}
	case *LockT:
		switch f.Name {
		case "acquire":
			if len(n.Args) == 0 && len(n.Keywords) == 0 {
				b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(c.expr(recv), "Lock"))})
				return true
			}
		case "release":
			b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(c.expr(recv), "Unlock"))})
			return true
		}
	}
	return false
}

// call translates a call used as a value.
func (c *fnCtx) call(n *ast.Call) ir.Expr {
	switch f := c.m.info.Types[n.Func].(type) {
	case *FuncT:
		return c.pullIfIterator(n, ir.CallOf(c.expr(n.Func), c.args(f.Fn, n, f.Fn.classCallSkip())...))
	case *boundT:
		attr := n.Func.(*ast.Attribute)
		if f.Fn.kind() != instanceMethod {
			return c.pullIfIterator(n, ir.CallOf(ir.Id(classFuncName(f.Fn)), c.args(f.Fn, n, f.Fn.selfOffset())...))
		}
		return c.pullIfIterator(n, ir.CallOf(ir.Sel(c.methodRecv(attr.Value, f.Fn), methodGoName(f.Fn)), c.args(f.Fn, n, 1)...))
	case *ClassT:
		if f.Class.threadBase() && f.Class.method("__init__") == nil {
			return c.threadSubclassCall(f.Class, n)
		}
		args := []ir.Expr(nil)
		if init := f.Class.method("__init__"); init != nil {
			args = c.args(init, n, 1)
		}
		return ir.CallOf(ir.Id(constructorName(f.Class)), args...)
	case *LibFuncT:
		return c.libCall(n, f.Name)
	case *methodT:
		return c.methodCall(n, f)
	case *ExcClassT:
		return c.newExc(n, f)
	case *replaceT:
		return c.tupleReplace(n, f)
	case *superRunT:
		return c.superRun(n, f)
	}
	c.m.errorf(n, "unsupported call of %s", c.m.info.Types[n.Func])
	return &ir.Nil{}
}

// args matches a call's positional and keyword arguments to fn's
// parameters, filling defaults, since Go has neither.
func (c *fnCtx) args(fn *Function, n *ast.Call, skip int) []ir.Expr {
	if needsBinding(fn, n) {
		return c.starArgs(fn, n, skip)
	}
	params, defaults := fn.callParams(skip)
	out := make([]ir.Expr, len(params))
	for i, a := range n.Args {
		if i >= len(params) {
			c.m.errorf(a, "too many arguments to %s", fn.Name)
			break
		}
		out[i] = c.argFor(a, params[i])
	}
	for _, kw := range n.Keywords {
		found := false
		for i, p := range params {
			if p.Name == string(kw.Arg) {
				out[i] = c.argFor(kw.Value, p)
				found = true
			}
		}
		if !found {
			c.m.errorf(kw.Value, "%s() got an unexpected keyword argument '%s'", fn.Name, kw.Arg)
		}
	}
	for i := range out {
		if out[i] == nil {
			if defaults[i] == nil {
				c.m.errorf(n, "%s() missing argument '%s'", fn.Name, params[i].Name)
				out[i] = &ir.Nil{}
				continue
			}
			out[i] = c.argFor(defaults[i], params[i])
		}
	}
	return out
}

func methodGoName(fn *Function) string {
	switch fn.Name {
	case "__str__":
		return "String"
	case "__repr__":
		return "PyRepr"
	}
	if name, ok := dunderMethods[fn.Name]; ok {
		return name
	}
	return goIdent(fn.Name)
}

func constructorName(c *Class) string { return "new" + upperFirst(c.GoName) }

// argFor translates an argument for parameter p; a list the callee resizes
// is passed by pointer.
func (c *fnCtx) argFor(a ast.Expr, p *Symbol) ir.Expr {
	if x, ok := c.seqTupleArg(a, p.Type); ok {
		return x
	}
	if !p.ByRef {
		return c.exprAs(a, p.Type)
	}
	if isNone(a) {
		return &ir.Nil{}
	}
	if n, ok := a.(*ast.Name); ok {
		if sym := c.m.info.Uses[n]; sym != nil && sym.ByRef {
			return ir.Id(sym.GoName)
		}
	}
	return &ir.Unary{Op: "&", X: c.exprAs(a, p.Type)}
}
