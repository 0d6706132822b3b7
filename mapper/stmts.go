package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

func (c *fnCtx) exprStmt(e ast.Expr, b *ir.Block) {
	if c.staticRaiseStmt(e, b) {
		return
	}
	if call, ok := e.(*ast.Call); ok {
		if c.callStmt(call, b) {
			return
		}
		b.Add(&ir.ExprStmt{X: c.expr(call)})
		return
	}
	switch e.(type) {
	case *ast.Str, *ast.NameConstant, *ast.Num, *ast.Name:
		return // a constant or name alone has no effect (docstrings, lambda: None)
	}
	b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id("_")}, Tok: "=", Rhs: []ir.Expr{c.expr(e)}})
}

func (c *fnCtx) assign(n *ast.Assign, b *ir.Block) {
	for _, t := range n.Targets {
		if len(targetElts(t)) == 0 && isDisplay(t) {
			c.m.errorf(t, "unsupported: unpacking into no names; drop the assignment")
			return
		}
	}
	if c.threadAssign(n, b) {
		return
	}
	if len(n.Targets) != 1 {
		// a = b = value: evaluate once, store in order.
		tmp := c.names.claim("v")
		b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(tmp)}, Tok: ":=", Rhs: []ir.Expr{c.expr(n.Value)}})
		for _, t := range n.Targets {
			b.Add(&ir.Assign{Lhs: []ir.Expr{c.target(t)}, Tok: "=", Rhs: []ir.Expr{ir.Id(tmp)}})
		}
		return
	}
	c.store(n.Targets[0], n.Value, b)
}

// store writes `target = value` (or := where the plan declares the
// variable here).
func (c *fnCtx) store(target ast.Expr, value ast.Expr, b *ir.Block) {
	switch t := target.(type) {
	case *ast.Name:
		sym := c.m.info.Uses[t]
		if sym == nil {
			c.m.errorf(t, "cannot resolve %s", t.Id)
			return
		}
		if !c.storable(t, sym) {
			return
		}
		if sym.Declared && sym.Global {
			if _, isLock := sym.Type.(*LockT); isLock {
				return // var lock sync.Mutex is ready to use
			}
		}
		if sym.ByRef {
			b.Add(c.byRefRebind(sym, value))
			return
		}
		rhs := c.exprAs(value, sym.Type)
		if c.plan.reads[sym] == 0 && !sym.Global && sym.Scope == c.s && sym.Kind == VarSym {
			// Never read: Go rejects an unused variable.
			b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id("_")}, Tok: "=", Rhs: []ir.Expr{rhs}})
			return
		}
		if c.plan.define[t] {
			if c.plan.reads[sym] == 0 {
				b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id("_")}, Tok: "=", Rhs: []ir.Expr{rhs}})
				return
			}
			if needsVarDecl(value, sym.Type) {
				b.Add(&ir.VarStmt{Name: sym.GoName, Type: c.m.goType(sym.Type), Value: rhs})
				return
			}
			b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(sym.GoName)}, Tok: ":=", Rhs: []ir.Expr{rhs}})
			return
		}
		b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(sym.GoName)}, Tok: "=", Rhs: []ir.Expr{rhs}})
	case *ast.Tuple, *ast.List:
		c.unpack(target, value, b)
	case *ast.Subscript:
		if c.dictSetItem(t, func() ir.Expr { return c.exprAs(value, c.m.info.Types[target]) }, b) {
			return
		}
		if sl, ok := t.Slice.(*ast.Slice); ok {
			c.sliceStore(t, sl, value, b)
			return
		}
		if c.protoSetItem(t, func(Type) ir.Expr { return c.exprAs(value, c.m.info.Types[target]) }, b) {
			return
		}
		want := c.m.info.Types[target]
		b.Add(&ir.Assign{Lhs: []ir.Expr{c.target(target)}, Tok: "=", Rhs: []ir.Expr{c.exprAs(value, want)}})
	case *ast.Attribute:
		if c.m.isExceptHookTarget(c.s, t) {
			c.storeExceptHook(value, b)
			return
		}
		if lt, ok := c.m.info.Types[t.Value].(*LocalT); ok {
			at := lt.Info.types[string(t.Attr)]
			b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(ir.Sel(c.expr(t.Value), goFieldName(string(t.Attr))), "Set"), c.exprAs(value, at))})
			return
		}
		isField := false
		var want Type = c.m.info.Types[target]
		if inst := instanceType(c.m.info.Types[t.Value]); inst != nil && inst.Class.field(string(t.Attr)) != nil {
			isField = true
			want = inst.Class.field(string(t.Attr)).Type // the field's settled type, not the store's
		}
		if lc, _ := c.objClass(c.m.info.Types[t.Value]); lc != nil && !isField {
			p, ok := lc.props[string(t.Attr)]
			if !ok || p.setter == "" {
				c.m.errorf(t, "unsupported: assigning %s", t.Attr)
				return
			}
			b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Sel(c.expr(t.Value), p.setter), c.exprAs(value, p.typ))})
			return
		}
		b.Add(&ir.Assign{Lhs: []ir.Expr{c.target(target)}, Tok: "=", Rhs: []ir.Expr{c.exprAs(value, want)}})
	default:
		want := c.m.info.Types[target]
		b.Add(&ir.Assign{Lhs: []ir.Expr{c.target(target)}, Tok: "=", Rhs: []ir.Expr{c.exprAs(value, want)}})
	}
}

// needsVarDecl reports whether `x := value` would give x the wrong Go type,
// as `x := nil` or an empty literal whose element type comes from later.
func needsVarDecl(value ast.Expr, t Type) bool {
	switch v := value.(type) {
	case *ast.NameConstant:
		return true
	case *ast.List:
		return len(v.Elts) == 0
	case *ast.Dict:
		return len(v.Keys) == 0
	}
	_, opt := t.(*OptionalT)
	return opt || t == AnyT
}

func (c *fnCtx) unpack(target ast.Expr, value ast.Expr, b *ir.Block) {
	var elts []ast.Expr
	switch t := target.(type) {
	case *ast.Tuple:
		elts = t.Elts
	case *ast.List:
		elts = t.Elts
	}
	if starIndex(elts) >= 0 {
		c.starUnpack(elts, value, b)
		return
	}
	if tv, ok := value.(*ast.Tuple); ok && len(tv.Elts) == len(elts) {
		// a, b = b, a: Go's parallel assignment has Python's meaning.
		lhs := make([]ir.Expr, len(elts))
		rhs := make([]ir.Expr, len(elts))
		define := true
		for i, e := range elts {
			lhs[i] = c.target(e)
			rhs[i] = c.exprAs(tv.Elts[i], c.m.info.Types[e])
			if n, ok := e.(*ast.Name); !ok || !c.plan.define[n] {
				define = false
			}
		}
		tok := "="
		if define {
			tok = ":="
		}
		b.Add(&ir.Assign{Lhs: lhs, Tok: tok, Rhs: rhs})
		return
	}
	tmp := c.names.claim("t")
	b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(tmp)}, Tok: ":=", Rhs: []ir.Expr{c.expr(value)}})
	vt := c.m.info.Types[value]
	for i, e := range elts {
		var src ir.Expr
		if _, ok := vt.(*TupleT); ok || tupleView(vt) != nil {
			src = ir.Sel(ir.Id(tmp), tupleField(vt, i))
		} else {
			src = &ir.Index{X: ir.Id(tmp), Index: ir.L(i)}
		}
		tok := "="
		if n, ok := e.(*ast.Name); ok && c.plan.define[n] {
			tok = ":="
		}
		b.Add(&ir.Assign{Lhs: []ir.Expr{c.target(e)}, Tok: tok, Rhs: []ir.Expr{src}})
	}
}

// storable reports whether a name can be assigned to: a Go function, type
// or import cannot, so a Python name that is also one of those is a
// diagnostic.
func (c *fnCtx) storable(t *ast.Name, sym *Symbol) bool {
	if sym.Kind != VarSym && sym.Kind != ParamSym {
		c.m.errorf(t, "unsupported: assigning to %s, which also names a function, class or module; use another name", t.Id)
		return false
	}
	return true
}

// target translates an assignment target.
func (c *fnCtx) target(e ast.Expr) ir.Expr {
	switch t := e.(type) {
	case *ast.Name:
		if sym := c.m.info.Uses[t]; sym != nil {
			if !c.storable(t, sym) {
				return ir.Id("_")
			}
			if sym.ByRef {
				return &ir.Unary{Op: "*", X: ir.Id(sym.GoName)}
			}
			return ir.Id(sym.GoName)
		}
	case *ast.Subscript:
		if dt, ok := c.m.info.Types[t.Value].(*DictT); ok {
			if orderedDict(dt) {
				c.m.errorf(t, "unsupported: an item of an insertion-ordered dict as an assignment target here")
			}
			return &ir.Index{X: c.expr(t.Value), Index: c.exprAs(indexExpr(t), dt.Key)}
		}
		if o, p := protocolOf(c.m.info.Types[t.Value]); p != nil && p.ref && p.item != nil {
			// The item's storage: *d.Ref(k) = append(*d.Ref(k), v).
			key, _ := p.item(o)
			return &ir.Unary{Op: "*", X: ir.CallOf(ir.Sel(c.expr(t.Value), "Ref"), c.exprAs(indexExpr(t), key))}
		}
	}
	return c.expr(e)
}

func (c *fnCtx) augAssign(n *ast.AugAssign, b *ir.Block) {
	tt := c.m.info.Types[n.Target]
	vt := c.m.info.Types[n.Value]
	if s, ok := n.Target.(*ast.Subscript); ok {
		if c.dictSetItem(s, func() ir.Expr { return c.binop(n.Op, n.Target, n.Value, tt) }, b) {
			return
		}
		if c.protoSetItem(s, func(Type) ir.Expr { return c.binop(n.Op, n.Target, n.Value, tt) }, b) {
			return
		}
	}
	lhs := c.target(n.Target)
	if n.Op == ast.Add || n.Op == ast.Sub {
		if num, ok := n.Value.(*ast.Num); ok && tt == IntT {
			if v, ok := intConst(num); ok && v == 1 {
				b.Add(&ir.IncDec{X: lhs, Inc: n.Op == ast.Add})
				return
			}
		}
	}
	if c.checkedAugInt(n, lhs, tt, b) {
		return
	}
	if op, ok := simpleAugOps[n.Op]; ok && (sameType(tt, vt) || (tt == FloatT && vt == IntT)) && !(n.Op == ast.Mult && tt == StrT) && tt != NumT {
		b.Add(&ir.Assign{Lhs: []ir.Expr{lhs}, Tok: op, Rhs: []ir.Expr{c.exprAs(n.Value, tt)}})
		return
	}
	val := c.binop(n.Op, n.Target, n.Value, tt)
	b.Add(&ir.Assign{Lhs: []ir.Expr{lhs}, Tok: "=", Rhs: []ir.Expr{val}})
}

var simpleAugOps = map[ast.OperatorNumber]string{
	ast.Add: "+=", ast.Sub: "-=", ast.Mult: "*=",
	ast.BitOr: "|=", ast.BitAnd: "&=", ast.BitXor: "^=",
}

func (c *fnCtx) ifStmt(n *ast.If) *ir.If {
	s := &ir.If{Cond: c.cond(n.Test), Then: c.block(n.Body)}
	switch {
	case len(n.Orelse) == 1:
		if elif, ok := n.Orelse[0].(*ast.If); ok {
			s.Else = c.ifStmt(elif)
			return s
		}
		s.Else = c.block(n.Orelse)
	case len(n.Orelse) > 1:
		s.Else = c.block(n.Orelse)
	}
	return s
}

func (c *fnCtx) whileStmt(n *ast.While, b *ir.Block) {
	if c.takeElse(n, n.Orelse) {
		c.loopElse(n, n.Orelse, func(lb *ir.Block) { c.whileStmt(n, lb) }, b)
		return
	}
	c.loops++
	loop := &ir.For{Body: c.block(n.Body)}
	c.loops--
	if !isTrueConst(n.Test) {
		loop.Cond = c.cond(n.Test)
	}
	b.Add(loop)
}

func (c *fnCtx) returnStmt(n *ast.Return, b *ir.Block) {
	if c.tryRet != nil {
		c.tryBodyReturn(n, b)
		return
	}
	if len(c.held) > 0 && n.Value != nil && c.fn != nil && c.fn.Returns {
		// Evaluate the result while the locks are still held.
		tmp := c.names.claim("result")
		b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(tmp)}, Tok: ":=", Rhs: []ir.Expr{c.exprAs(n.Value, c.fn.Ret)}})
		c.releaseFor(b, true)
		b.Add(&ir.Return{Results: []ir.Expr{ir.Id(tmp)}})
		return
	}
	c.releaseFor(b, true)
	if n.Value == nil || c.fn == nil || !c.fn.Returns {
		b.Add(&ir.Return{})
		return
	}
	b.Add(&ir.Return{Results: []ir.Expr{c.exprAs(n.Value, c.fn.Ret)}})
}

func (c *fnCtx) nestedFunc(n *ast.FunctionDef, b *ir.Block) {
	var fn *Function
	for _, f := range c.m.funcs {
		if f.Def == n {
			fn = f
		}
	}
	if fn == nil {
		c.m.errorf(n, "internal error: nested function %s not resolved", n.Name)
		return
	}
	owner := c.s.Syms[string(n.Name)]
	inner := c.m.newFnCtx(fn.Scope, fn, n.Body)
	inner.names = c.names.child()
	fn.GoName = c.names.claim(goIdent(fn.Name))
	if owner != nil {
		owner.GoName = fn.GoName
	}
	inner.bindParams(fn)
	ft := c.m.funcType(fn)
	lit := &ir.FuncLit{Params: ft.Params, Variadic: ft.Variadic, Results: ft.Results, Body: inner.finish(inner.block(n.Body))}
	b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(fn.GoName)}, Tok: ":=", Rhs: []ir.Expr{lit}})
}

func isTrueConst(e ast.Expr) bool {
	switch n := e.(type) {
	case *ast.NameConstant:
		return n.Value.Type().Name == "bool" && isPyTrue(n)
	case *ast.Num:
		v, ok := intConst(n)
		return ok && v != 0
	}
	return false
}
