package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// forStmt translates `for target in iterable`. range(...) becomes a counting
// loop (or Go 1.22's `for i := range n`), lists and strings a range loop,
// enumerate and zip index loops; a loop that only joins a list of threads is
// the group's Wait.
func (c *fnCtx) forStmt(n *ast.For, b *ir.Block) {
	if c.takeElse(n, n.Orelse) {
		c.loopElse(n, n.Orelse, func(lb *ir.Block) { c.forStmt(n, lb) }, b)
		return
	}
	if c.threadLoop(n, b) {
		return
	}
	c.loops++
	defer func() { c.loops-- }()
	if c.unsupportedLibCall(n.Iter) {
		return
	}
	if call, ok := n.Iter.(*ast.Call); ok {
		if lf, ok := c.m.info.Types[call.Func].(*LibFuncT); ok {
			switch lf.Name {
			case "builtins.range":
				c.rangeLoop(n, call, b)
				return
			case "builtins.enumerate":
				c.enumerateLoop(n, call, b)
				return
			}
		}
	}
	if tup, ok := n.Target.(*ast.Tuple); ok {
		c.unpackLoop(n, tup, b)
		return
	}
	it := c.m.info.Types[n.Iter]
	iter := c.expr
	if tup, ok := n.Iter.(*ast.Tuple); ok {
		// for x in (a, b, c): a slice literal of the tuple's values.
		lt := &ListT{Elem: elemType(it)}
		it = lt
		iter = func(ast.Expr) ir.Expr { return c.listLit(tup.Elts, lt) }
	}
	loop := &ir.Range{X: iter(n.Iter), Body: c.block(n.Body)}
	if _, p := protocolOf(it); p != nil {
		loop.X = ir.CallOf(ir.Sel(loop.X, "All"))
	}
	switch x := it.(type) {
	case *SetT:
		// Items follows CPython's set iteration order.
		loop.X = ir.CallOf(ir.Sel(loop.X, "Items"))
		loop.Key = ir.Id("_")
		loop.Value = c.loopVar(n.Target, &loop.Define)
	case *DictT:
		loop.X = c.dictRange(loop.X, x)
		loop.Key = c.loopVar(n.Target, &loop.Define)
	case *iterT:
		if x.Kind == "seq" { // an iter.Seq: one loop variable
			loop.Key = c.loopVar(n.Target, &loop.Define)
			break
		}
		loop.Key = ir.Id("_")
		loop.Value = c.loopVar(n.Target, &loop.Define)
	default:
		if it == StrT {
			c.strLoop(n.Target, n.Iter, loop.Body, b)
			return
		}
		if !rangeable(it) {
			c.m.errorf(n.Iter, "unsupported: iterating over a %s (no single iterable Go type)", it)
			return
		}
		loop.Key = ir.Id("_")
		loop.Value = c.loopVar(n.Target, &loop.Define)
	}
	if isBlank(loop.Key) && isBlank(loop.Value) {
		loop.Key, loop.Value, loop.Define = nil, nil, false // for range xs
	}
	b.Add(loop)
}

func isBlank(x ir.Expr) bool {
	id, ok := x.(*ir.Ident)
	return ok && id.Name == "_"
}

// loopVar translates a loop target; define reports whether the loop
// declares it (it is not used after the loop).
func (c *fnCtx) loopVar(t ast.Expr, define *bool) ir.Expr {
	name, ok := t.(*ast.Name)
	if !ok {
		c.m.errorf(t, "unsupported: unpacking in a for target here")
		return ir.Id("_")
	}
	sym := c.m.info.Uses[name]
	if sym == nil || !c.storable(name, sym) {
		return ir.Id("_")
	}
	*define = c.plan.define[name]
	if *define && c.plan.reads[sym] == 0 {
		return ir.Id("_")
	}
	return ir.Id(sym.GoName)
}

func (c *fnCtx) rangeLoop(n *ast.For, call *ast.Call, b *ir.Block) {
	args := call.Args
	if len(args) == 0 || len(args) > 3 || len(call.Keywords) > 0 {
		c.m.errorf(call, "range expects 1 to 3 positional arguments")
		return
	}
	if name, ok := n.Target.(*ast.Name); ok && (len(args) == 1 || c.nonNegative(args[0])) && len(args) < 3 {
		c.rangeVars[c.m.info.Uses[name]] = true
	}
	c.noteRangeBound(n.Target, args, false)
	c.rangeLoopBody(n.Target, call, c.block(n.Body), b)
}

// rangeLoopBody writes the counting loop of `for target in range(...)`
// around an already translated body.
func (c *fnCtx) rangeLoopBody(target ast.Expr, call *ast.Call, body *ir.Block, b *ir.Block) {
	var define bool
	v := c.loopVar(target, &define)
	args := call.Args
	if len(args) == 1 && define {
		// Go 1.22: for i := range n
		loop := &ir.Range{X: c.exprAs(args[0], IntT), Body: body}
		if id, ok := v.(*ir.Ident); ok && id.Name != "_" && irMentions(body, id.Name) {
			loop.Key, loop.Define = v, true
		}
		b.Add(loop)
		return
	}
	start, stop, step := ir.Expr(ir.L(0)), ir.Expr(nil), ir.Expr(ir.L(1))
	switch len(args) {
	case 1:
		stop = c.exprAs(args[0], IntT)
	case 2:
		start, stop = c.exprAs(args[0], IntT), c.exprAs(args[1], IntT)
	case 3:
		start, stop, step = c.exprAs(args[0], IntT), c.exprAs(args[1], IntT), c.exprAs(args[2], IntT)
	default:
		c.m.errorf(call, "range expects 1 to 3 arguments")
		return
	}
	tok := "="
	if define {
		tok = ":="
	}
	cmp := "<"
	var post ir.Stmt = &ir.IncDec{X: v, Inc: true}
	if len(args) == 3 {
		neg := false
		if u, ok := args[2].(*ast.UnaryOp); ok && u.Op == ast.USub {
			neg = true
		}
		if num, ok := args[2].(*ast.Num); ok {
			if k, ok := intConst(num); ok && k < 0 {
				neg = true
			}
		}
		if neg {
			cmp = ">"
		}
		post = &ir.Assign{Lhs: []ir.Expr{v}, Tok: "+=", Rhs: []ir.Expr{step}}
	}
	b.Add(&ir.For{
		Init: &ir.Assign{Lhs: []ir.Expr{v}, Tok: tok, Rhs: []ir.Expr{start}},
		Cond: &ir.Binary{X: v, Op: cmp, Y: stop},
		Post: post,
		Body: body,
	})
}

func (c *fnCtx) enumerateLoop(n *ast.For, call *ast.Call, b *ir.Block) {
	tup, ok := n.Target.(*ast.Tuple)
	start := argOrKeyword(call, 1, "start")
	if ok && len(tup.Elts) == 2 {
		if _, isName := tup.Elts[1].(*ast.Name); !isName {
			c.enumerateInto(tup, call, c.block(n.Body), b)
			return
		}
	}
	if !ok || len(tup.Elts) != 2 || len(call.Args) == 0 || len(call.Args) > 2 {
		c.m.errorf(n, "unsupported: enumerate loop without `for i, x in enumerate(xs)`")
		return
	}
	if rangesOneValue(c.m.info.Types[call.Args[0]]) {
		c.enumerateSeqLoop(n, call, tup, b)
		return
	}
	var d1, d2 bool
	k := c.loopVar(tup.Elts[0], &d1)
	v := c.loopVar(tup.Elts[1], &d2)
	if start == nil {
		b.Add(&ir.Range{Key: k, Value: v, Define: d1 || d2, X: c.indexedRange(call.Args[0]), Body: c.block(n.Body)})
		return
	}
	// enumerate(xs, start): the index counts from start.
	idx := c.names.claim("j")
	body := &ir.Block{}
	if id, ok := k.(*ir.Ident); !ok || id.Name != "_" {
		tok := "="
		if d1 {
			tok = ":="
		}
		body.Add(&ir.Assign{Lhs: []ir.Expr{k}, Tok: tok, Rhs: []ir.Expr{&ir.Binary{X: ir.Id(idx), Op: "+", Y: c.exprAs(start, IntT)}}})
	} else {
		idx = "_"
	}
	body.Stmts = append(body.Stmts, c.block(n.Body).Stmts...)
	b.Add(&ir.Range{Key: ir.Id(idx), Value: v, Define: true, X: c.indexedRange(call.Args[0]), Body: body})
}

// unpackLoop translates a for loop whose target unpacks (see tupleLoop).
func (c *fnCtx) unpackLoop(n *ast.For, tup *ast.Tuple, b *ir.Block) {
	c.tupleLoop(tup, n.Iter, c.block(n.Body), b)
}

// rangeable reports whether a value of type t can be the operand of a Go
// range loop as the default case translates it (a slice or a runtime
// container): not a value typed any, a number or an optional.
func rangeable(t Type) bool {
	switch t.(type) {
	case *ListT, *TupleT, *VarTupleT, *ObjT:
		return true
	}
	_, p := protocolOf(t)
	return p != nil
}
