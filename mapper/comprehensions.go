package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Comprehensions become immediately called function literals that fill the
// result in loops nested in the order of the for clauses, each clause's
// conditions guarding the loops inside it:
//
//	[x for row in m for x in row if x > 2]
//	func() []int { out := []int{}; for _, row := range m { for _, x := range row { if x > 2 { out = append(out, x) } } }; return out }()
//
// A set comprehension fills a pyrt.Set, a dict comprehension a map.

// listComp translates a list comprehension.
func (c *fnCtx) listComp(n *ast.ListComp) ir.Expr {
	lt, _ := c.m.info.Types[n].(*ListT)
	return c.listCompOf(n, n.Elt, n.Generators, lt)
}

// listCompOf translates a list comprehension or a generator expression
// consumed as a list.
func (c *fnCtx) listCompOf(n ast.Expr, elt ast.Expr, gens []ast.Comprehension, lt *ListT) ir.Expr {
	if lt == nil {
		c.m.errorf(n, "unsupported: a comprehension whose element type is unknown")
		return &ir.Nil{}
	}
	inner := c.compCtx(n, gens, elt)
	out := inner.names.claim("out")
	push := &ir.Assign{Lhs: []ir.Expr{ir.Id(out)}, Tok: "=", Rhs: []ir.Expr{ir.CallOf(ir.Id("append"), ir.Id(out), inner.exprAs(elt, lt.Elem))}}
	return inner.compFunc(out, c.m.goType(lt), &ir.Composite{Type: c.m.goType(lt)}, gens, push)
}

// setComp translates a set comprehension.
func (c *fnCtx) setComp(n *ast.SetComp) ir.Expr {
	st, _ := c.m.info.Types[n].(*SetT)
	if st == nil || st.Elem == Unknown || st.Elem == AnyT {
		c.m.errorf(n, "unsupported: a set comprehension whose element type is unknown")
		return &ir.Nil{}
	}
	inner := c.compCtx(n, n.Generators, n.Elt)
	out := inner.names.claim("out")
	elem := c.m.goType(st.Elem)
	add := &ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(out), "Add"), inner.exprAs(n.Elt, st.Elem))}
	init := &ir.Call{Fun: ir.Q(ir.Runtime, "NewSet"), TypeArgs: []ir.Type{elem}}
	return inner.compFunc(out, c.m.goType(st), init, n.Generators, add)
}

// dictComp translates a dict comprehension.
func (c *fnCtx) dictComp(n *ast.DictComp) ir.Expr {
	dt, _ := c.m.info.Types[n].(*DictT)
	if dt == nil {
		c.m.errorf(n, "unsupported: a dict comprehension whose types are unknown")
		return &ir.Nil{}
	}
	inner := c.compCtx(n, n.Generators, n.Key, n.Value)
	out := inner.names.claim("out")
	if orderedDict(dt) {
		set := &ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Id(out), "Set"), inner.exprAs(n.Key, dt.Key), inner.exprAs(n.Value, dt.Val))}
		return inner.compFunc(out, c.m.goType(dt), c.emptyDict(dt), n.Generators, set)
	}
	set := &ir.Assign{Lhs: []ir.Expr{&ir.Index{X: ir.Id(out), Index: inner.exprAs(n.Key, dt.Key)}}, Tok: "=", Rhs: []ir.Expr{inner.exprAs(n.Value, dt.Val)}}
	return inner.compFunc(out, c.m.goType(dt), &ir.Composite{Type: c.m.goType(dt)}, n.Generators, set)
}

// compCtx is the context of a comprehension's function literal, with its
// loop variables named and declared.
func (c *fnCtx) compCtx(n ast.Expr, gens []ast.Comprehension, elts ...ast.Expr) *fnCtx {
	cs := c.m.compScopes[n]
	inner := c.innerCtx(cs, c.fn)
	uses := append([]ast.Expr(nil), elts...)
	for i, g := range gens {
		uses = append(uses, g.Ifs...)
		if i > 0 {
			uses = append(uses, g.Iter)
		}
	}
	inner.bindCompVars(cs, gens, uses)
	for _, g := range gens {
		inner.markRangeVar(g.Target, g.Iter)
	}
	inner.shareCapturedVars(cs, gens, elts)
	return inner
}

// compFunc wraps the comprehension's loops around store in a function
// literal that declares out (of Go type t, initially init) and returns it.
func (c *fnCtx) compFunc(out string, t ir.Type, init ir.Expr, gens []ast.Comprehension, store ir.Stmt) ir.Expr {
	fb := (&ir.Block{}).Add(c.hoisted...)
	c.hoisted = nil
	fb.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(out)}, Tok: ":=", Rhs: []ir.Expr{init}})
	fb.Stmts = append(fb.Stmts, c.compLoops(gens, store).Stmts...)
	fb.Add(&ir.Return{Results: []ir.Expr{ir.Id(out)}})
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{t}, Body: fb})
}

// compLoops writes the loop of gens[0] (with its conditions) around the
// loops of the remaining clauses, store innermost.
func (c *fnCtx) compLoops(gens []ast.Comprehension, store ir.Stmt) *ir.Block {
	if len(gens) == 0 {
		return (&ir.Block{}).Add(store)
	}
	g := gens[0]
	body := c.compLoops(gens[1:], store)
	if len(g.Ifs) > 0 {
		cond := c.cond(g.Ifs[0])
		for _, x := range g.Ifs[1:] {
			cond = &ir.Binary{X: cond, Op: "&&", Y: c.cond(x)}
		}
		body = (&ir.Block{}).Add(&ir.If{Cond: cond, Then: body})
	}
	lb := &ir.Block{}
	c.forWithBody(&ast.For{Target: g.Target, Iter: g.Iter}, body, lb)
	return lb
}

// bindCompVars names a comprehension's loop variables (unused ones are
// Go's blank identifier) and declares them in their loops.
func (c *fnCtx) bindCompVars(cs *Scope, gens []ast.Comprehension, uses []ast.Expr) {
	for _, sym := range cs.Syms {
		sym.GoName = "_"
		if sym.Name != "_" {
			sym.GoName = c.names.claim(goIdent(sym.Name))
		}
		c.plan.reads[sym] = c.m.usesIn(sym, uses[0], uses[1:])
	}
	for _, g := range gens {
		walkExpr(g.Target, func(e ast.Expr) {
			if name, ok := e.(*ast.Name); ok {
				c.plan.define[name] = true
			}
		})
	}
}

// forWithBody translates a for loop whose body is already translated.
func (c *fnCtx) forWithBody(n *ast.For, body *ir.Block, b *ir.Block) {
	if _, ok := n.Target.(*ast.Name); !ok {
		c.tupleLoop(n.Target, n.Iter, body, b)
		return
	}
	if call, ok := n.Iter.(*ast.Call); ok {
		if lf, ok := c.m.info.Types[call.Func].(*LibFuncT); ok && lf.Name == "builtins.range" && len(call.Args) > 1 && !c.shared[n.Target] {
			c.rangeLoopBody(n.Target, call, body, b)
			return
		}
		if lf, ok := c.m.info.Types[call.Func].(*LibFuncT); ok && lf.Name == "builtins.range" && len(call.Args) == 1 {
			var define bool
			v := c.loopVar(n.Target, &define)
			loop := &ir.Range{X: c.exprAs(call.Args[0], IntT), Body: body}
			if id, ok := v.(*ir.Ident); !ok || id.Name != "_" {
				loop.Key, loop.Define = v, define
			}
			b.Add(loop)
			return
		}
	}
	it := c.m.info.Types[n.Iter]
	if it == StrT {
		c.strLoop(n.Target, n.Iter, body, b)
		return
	}
	var define bool
	v := c.loopVar(n.Target, &define)
	var x ir.Expr
	if tup, ok := n.Iter.(*ast.Tuple); ok {
		// for x in (a, b): a slice literal of the tuple's values, as in
		// for statements.
		x = c.listLit(tup.Elts, &ListT{Elem: elemType(it)})
	} else if x = c.asSlice(n.Iter); x == nil || !c.shared[n.Target] {
		x = c.expr(n.Iter)
	}
	if _, p := protocolOf(it); p != nil {
		x = ir.CallOf(ir.Sel(x, "All"))
	}
	switch t := it.(type) {
	case *SetT:
		x = ir.CallOf(ir.Sel(x, "Items"))
	case *DictT:
		b.Add(&ir.Range{Key: v, Define: define, X: c.dictRange(x, t), Body: body})
		return
	case *iterT:
		if t.Kind == "seq" {
			b.Add(&ir.Range{Key: v, Define: define, X: x, Body: body})
			return
		}
	}
	b.Add(&ir.Range{Key: ir.Id("_"), Value: v, Define: define, X: x, Body: body})
}

// markRangeVar records a loop variable counting up from a non-negative
// start, so that // and % on it stay plain Go operators.
func (c *fnCtx) markRangeVar(target, iter ast.Expr) {
	call, ok := iter.(*ast.Call)
	if !ok {
		return
	}
	lf, ok := c.m.info.Types[call.Func].(*LibFuncT)
	name, isName := target.(*ast.Name)
	if !ok || !isName || lf.Name != "builtins.range" || len(call.Args) == 0 || len(call.Args) > 2 {
		return
	}
	if len(call.Args) == 1 || c.nonNegative(call.Args[0]) {
		c.rangeVars[c.m.info.Uses[name]] = true
	}
	c.noteRangeBound(target, call.Args, true)
}

// shareCapturedVars gives a comprehension variable that a lambda in the
// element captures one Go variable for the whole loop, declared before it:
// Python's closures see the variable, not the value it had when they were
// made, so [lambda: i for i in range(3)] all return 2. (Go 1.22 gives
// each iteration of a := loop its own variable.)
func (c *fnCtx) shareCapturedVars(cs *Scope, gens []ast.Comprehension, elts []ast.Expr) {
	captured := map[*Symbol]bool{}
	for _, e := range elts {
		walkExpr(e, func(x ast.Expr) {
			lam, ok := x.(*ast.Lambda)
			if !ok {
				return
			}
			walkExpr(lam.Body, func(y ast.Expr) {
				if n, ok := y.(*ast.Name); ok {
					if sym := c.m.info.Uses[n]; sym != nil && sym.Scope == cs {
						captured[sym] = true
					}
				}
			})
		})
	}
	for _, g := range gens {
		name, ok := g.Target.(*ast.Name)
		if !ok {
			continue
		}
		sym := c.m.info.Uses[name]
		if sym == nil || !captured[sym] {
			continue
		}
		if c.shared == nil {
			c.shared = map[ast.Expr]bool{}
		}
		c.shared[name] = true
		c.plan.define[name] = false
		c.plan.reads[sym]++
		c.hoisted = append(c.hoisted, &ir.VarStmt{Name: sym.GoName, Type: c.m.goType(sym.Type)})
	}
}
