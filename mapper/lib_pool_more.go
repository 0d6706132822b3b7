package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// More of multiprocessing.Pool: apply (apply_async waited for) and starmap
// (map over argument tuples).

func init() {
	methodTypeHooks[poolClass+".apply"] = func(m *mapper, s *Scope, n *ast.Call, recv *ObjT, args []Type) Type {
		if r, ok := applyAsyncType(m, s, n, recv, args).(*ObjT); ok {
			return orUnknown(r.Elem)
		}
		return Unknown
	}
	methodCallHooks[poolClass+".apply"] = poolApplyCall
	methodTypeHooks[poolClass+".starmap"] = starmapType
	methodCallHooks[poolClass+".starmap"] = starmapCall
	for method, goName := range map[string]string{"imap": "PoolImap", "imap_unordered": "PoolImapUnordered"} {
		methodTypeHooks[poolClass+"."+method] = func(m *mapper, s *Scope, n *ast.Call, recv *ObjT, args []Type) Type {
			if l, ok := mapResultType(m, s, n, args).(*ListT); ok {
				return &iterT{Kind: "seq", Elem: l.Elem}
			}
			return Unknown
		}
		methodCallHooks[poolClass+"."+method] = func(c *fnCtx, n *ast.Call, recv ast.Expr, t *ObjT) ir.Expr {
			x := poolMapCall(c, n, recv, t)
			if call, ok := x.(*ir.Call); ok {
				call.Fun = ir.Q(ir.Runtime, goName) // same arguments as PoolMap
			}
			return x
		}
	}
}

// poolApplyCall translates pool.apply(f, (args...)) into
// pyrt.Apply(pool, func() R { return f(args...) }).
func poolApplyCall(c *fnCtx, n *ast.Call, recv ast.Expr, t *ObjT) ir.Expr {
	fn := c.m.funcOf(n.Args[0])
	if fn == nil {
		c.m.errorf(n, "unsupported: apply of a function not defined in this file")
		return &ir.Nil{}
	}
	if !c.childIsolated(n, fn) {
		return &ir.Nil{}
	}
	call := c.targetCall(n, n.Args[0], argOrKeyword(n, 1, "args"), argOrKeyword(n, 2, "kwds"))
	if call == nil {
		return &ir.Nil{}
	}
	return ir.CallOf(ir.Q(ir.Runtime, "Apply"), c.expr(recv), c.thunk(call, c.m.taskResult(fn)))
}

// starmapType flows the fields of starmap(f, tuples)'s items into f's
// parameters.
func starmapType(m *mapper, s *Scope, n *ast.Call, recv *ObjT, args []Type) Type {
	if len(n.Args) != 2 {
		return Unknown
	}
	fn := m.funcOf(n.Args[0])
	if fn == nil {
		return &ListT{Elem: Unknown}
	}
	m.flowArgs(fn, tupleElems(elemType(args[1])), nil)
	return &ListT{Elem: m.taskResult(fn)}
}

// starmapCall translates pool.starmap(f, items) into
// pyrt.PoolStarMap(pool, func(t TupleN) R { return f(t.V0, ...) }, items).
func starmapCall(c *fnCtx, n *ast.Call, recv ast.Expr, t *ObjT) ir.Expr {
	fn := c.m.funcOf(n.Args[0])
	tt, ok := elemType(c.m.info.Types[n.Args[1]]).(*TupleT)
	if fn == nil || !ok || len(tt.Elems) != len(fn.Params) {
		c.m.errorf(n, "unsupported: starmap of a function not defined in this file, or over items that are not tuples of its arguments")
		return &ir.Nil{}
	}
	if !c.childIsolated(n, fn) {
		return &ir.Nil{}
	}
	items := c.sliceOf(n.Args[1])
	if items == nil {
		return &ir.Nil{}
	}
	param := c.names.claim("args")
	var callArgs []ir.Expr
	for i, p := range fn.Params {
		var a ir.Expr = ir.Sel(ir.Id(param), "V"+string(rune('0'+i)))
		if p.Type == FloatT && tt.Elems[i] == IntT {
			a = ir.CallOf(&ir.TypeExpr{Type: ir.Float}, a)
		}
		callArgs = append(callArgs, a)
	}
	ret := c.m.taskResult(fn)
	body := (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.CallOf(c.expr(n.Args[0]), callArgs...)}})
	wrap := &ir.FuncLit{Params: []ir.Param{{Name: param, Type: c.m.goType(tt)}}, Results: []ir.Type{c.m.goType(ret)}, Body: body}
	return ir.CallOf(ir.Q(ir.Runtime, "PoolStarMap"), c.expr(recv), wrap, items)
}
