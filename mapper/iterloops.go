package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// The loops of this file take an already translated body, so that for
// statements and comprehensions share them:
//
//   - strLoop: `for ch in s` over a str;
//   - tupleLoop: a for target that unpacks (`for k, v in d.items()`,
//     `for i, (a, b) in enumerate(pairs)`, `for a, b in zip(xs, ys)`,
//     `for a, b in pairs`).

// strLoop translates `for ch in s` over a str: Python yields one-character
// strings, Go's range yields runes, so the body starts by converting:
//
//	for _, r := range s { ch := string(r); ... }
func (c *fnCtx) strLoop(target, iter ast.Expr, body *ir.Block, b *ir.Block) {
	var define bool
	v := c.loopVar(target, &define)
	loop := &ir.Range{X: c.expr(iter), Body: body}
	if id, ok := v.(*ir.Ident); !ok || id.Name != "_" {
		r := c.names.claim("r")
		tok := "="
		if define {
			tok = ":="
		}
		conv := &ir.Assign{Lhs: []ir.Expr{v}, Tok: tok, Rhs: []ir.Expr{ir.CallOf(&ir.TypeExpr{Type: ir.String}, ir.Id(r))}}
		loop.Key, loop.Value, loop.Define = ir.Id("_"), ir.Id(r), true
		loop.Body = &ir.Block{Stmts: append([]ir.Stmt{conv}, body.Stmts...)}
	}
	b.Add(loop)
}

// bindTarget appends to binds the assignments that give a for target (a
// name or nested tuples of names) the parts of val, a Go expression of
// Python type t that is cheap to repeat (an identifier or field chain).
// It reports false (after a diagnostic) for targets it cannot unpack.
func (c *fnCtx) bindTarget(target ast.Expr, val ir.Expr, t Type, binds *ir.Block) bool {
	switch n := target.(type) {
	case *ast.Name:
		sym := c.m.info.Uses[n]
		if sym == nil || c.plan.reads[sym] == 0 || sym.GoName == "_" {
			return true
		}
		tok := "="
		if c.plan.define[n] {
			tok = ":="
		}
		binds.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(sym.GoName)}, Tok: tok, Rhs: []ir.Expr{val}})
		return true
	case *ast.Tuple, *ast.List:
		elts := targetElts(target)
		tt, ok := t.(*TupleT)
		if tv := tupleView(t); tv != nil {
			tt, ok = tv, true // a named tuple unpacks by its fields
		}
		if !ok || len(tt.Elems) != len(elts) {
			c.m.errorf(target, "unsupported: unpacking a %s into %d names in a for target", t, len(elts))
			return false
		}
		for i, e := range elts {
			if !c.bindTarget(e, ir.Sel(val, tupleField(t, i)), tt.Elems[i], binds) {
				return false
			}
		}
		return true
	}
	c.m.errorf(target, "unsupported: a for target that is not a name or a tuple of names")
	return false
}

func targetElts(target ast.Expr) []ast.Expr {
	switch t := target.(type) {
	case *ast.Tuple:
		return t.Elts
	case *ast.List:
		return t.Elts
	}
	return nil
}

// bindsAnything reports whether target binds a name the code reads.
func (c *fnCtx) bindsAnything(target ast.Expr) bool {
	found := false
	walkExpr(target, func(e ast.Expr) {
		if n, ok := e.(*ast.Name); ok {
			if sym := c.m.info.Uses[n]; sym != nil && c.plan.reads[sym] > 0 && sym.GoName != "_" {
				found = true
			}
		}
	})
	return found
}

// rangeValue returns the Go variable a range loop binds for target: the
// target's own variable for a plain name, else a fresh one whose parts
// bindTarget unpacks at the top of the body (binds).
func (c *fnCtx) rangeValue(target ast.Expr, t Type, binds *ir.Block, define *bool) (ir.Expr, bool) {
	if _, ok := target.(*ast.Name); ok {
		return c.loopVar(target, define), true
	}
	if !c.bindsAnything(target) {
		return ir.Id("_"), true
	}
	tmp := c.names.claim("p")
	for c.targetBindsGo(target, tmp) {
		// The element's variable must not be shadowed by a name the
		// target declares from it (for p, n in pairs: p := p.V0).
		tmp = c.names.claim("pair")
	}
	*define = true
	return ir.Id(tmp), c.bindTarget(target, ir.Id(tmp), t, binds)
}

// targetBindsGo reports whether an unpacking target binds a variable whose
// Go name is name.
func (c *fnCtx) targetBindsGo(target ast.Expr, name string) bool {
	found := false
	walkExpr(target, func(e ast.Expr) {
		if n, ok := e.(*ast.Name); ok {
			if sym := c.m.info.Uses[n]; sym != nil && sym.GoName == name {
				found = true
			}
		}
	})
	return found
}

// tupleLoop translates a loop whose target unpacks, around body.
func (c *fnCtx) tupleLoop(target, iter ast.Expr, body *ir.Block, b *ir.Block) {
	elts := targetElts(target)
	if call, ok := iter.(*ast.Call); ok {
		if a, ok := call.Func.(*ast.Attribute); ok && string(a.Attr) == "items" && len(elts) == 2 && len(call.Args) == 0 {
			if dt, isDict := c.m.info.Types[a.Value].(*DictT); isDict {
				c.itemsLoop(elts, dt, c.dictRange(c.expr(a.Value), dt), body, b)
				return
			}
		}
		if lf, ok := c.m.info.Types[call.Func].(*LibFuncT); ok {
			switch lf.Name {
			case "builtins.enumerate":
				c.enumerateInto(target, call, body, b)
				return
			case "builtins.zip":
				c.zipLoop(target, call, body, b)
				return
			}
		}
	}
	it := c.m.info.Types[iter]
	binds := &ir.Block{}
	var define bool
	v, ok := c.rangeValue(target, elemType(it), binds, &define)
	if !ok {
		return
	}
	var x ir.Expr
	switch t := it.(type) {
	case *ListT:
		x = c.expr(iter)
	case *SetT:
		x = ir.CallOf(ir.Sel(c.expr(iter), "Items"))
	case *iterT:
		if t.Kind == "seq" {
			x = c.expr(iter)
			b.Add(&ir.Range{Key: v, Define: define, X: x, Body: prepend(binds, body)})
			return
		}
		x = c.asSlice(iter)
	}
	if x == nil {
		if _, p := protocolOf(it); p != nil {
			x = ir.CallOf(ir.Sel(c.expr(iter), "All"))
			b.Add(&ir.Range{Key: v, Define: define, X: x, Body: prepend(binds, body)})
			return
		}
		c.m.errorf(target, "unsupported: unpacking in a for target over a %s", it)
		return
	}
	b.Add(&ir.Range{Key: ir.Id("_"), Value: v, Define: define, X: x, Body: prepend(binds, body)})
}

// prepend returns body with binds' statements first.
func prepend(binds, body *ir.Block) *ir.Block {
	if len(binds.Stmts) == 0 {
		return body
	}
	return &ir.Block{Stmts: append(append([]ir.Stmt(nil), binds.Stmts...), body.Stmts...)}
}

// itemsLoop is `for k, v in d.items()`: Go's two-variable range over the
// map.
func (c *fnCtx) itemsLoop(elts []ast.Expr, dt *DictT, m ir.Expr, body *ir.Block, b *ir.Block) {
	binds := &ir.Block{}
	var d1, d2 bool
	k, ok1 := c.rangeValue(elts[0], dt.Key, binds, &d1)
	v, ok2 := c.rangeValue(elts[1], dt.Val, binds, &d2)
	if !ok1 || !ok2 {
		return
	}
	b.Add(&ir.Range{Key: k, Value: v, Define: d1 || d2, X: m, Body: prepend(binds, body)})
}

// enumerateInto is `for i, x in enumerate(xs[, start])` with any target
// shape for x.
func (c *fnCtx) enumerateInto(target ast.Expr, call *ast.Call, body *ir.Block, b *ir.Block) {
	elts := targetElts(target)
	start := argOrKeyword(call, 1, "start")
	if len(elts) != 2 || len(call.Args) == 0 || len(call.Args) > 2 {
		c.m.errorf(target, "unsupported: enumerate loop without `for i, x in enumerate(xs)`")
		return
	}
	src := call.Args[0]
	x := c.asSlice(src)
	if x == nil {
		c.m.errorf(src, "unsupported: enumerate over a %s", c.m.info.Types[src])
		return
	}
	binds := &ir.Block{}
	var d1, d2 bool
	v, ok := c.rangeValue(elts[1], elemType(c.m.info.Types[src]), binds, &d2)
	if !ok {
		return
	}
	var k ir.Expr
	if start == nil {
		k = c.loopVar(elts[0], &d1)
	} else {
		idx := c.names.claim("j")
		k, d1 = ir.Id(idx), true
		if !c.bindTarget(elts[0], &ir.Binary{X: ir.Id(idx), Op: "+", Y: c.exprAs(start, IntT)}, IntT, binds) {
			return
		}
		if len(binds.Stmts) == 0 {
			k = ir.Id("_")
		}
	}
	b.Add(&ir.Range{Key: k, Value: v, Define: d1 || d2, X: x, Body: prepend(binds, body)})
}

// zipLoop is `for a, b in zip(xs, ys)`: an index loop over the shortest
// list, reading each list at the index. An itertools.count() argument (an
// endless iterator) takes its next value on each round.
func (c *fnCtx) zipLoop(target ast.Expr, call *ast.Call, body *ir.Block, b *ir.Block) {
	elts := targetElts(target)
	if len(elts) != len(call.Args) || len(call.Keywords) > 0 {
		c.m.errorf(target, "unsupported: zip loop whose target does not name one value per iterable")
		return
	}
	idx := c.names.claim("i")
	binds := &ir.Block{}
	var lens []ir.Expr
	for i, a := range call.Args {
		at := c.m.info.Types[a]
		if o, ok := at.(*ObjT); ok && o.Class == "itertools.count" {
			src := c.hoist(a, b)
			if !c.bindTarget(elts[i], ir.CallOf(ir.Sel(src, "Next")), orUnknown(o.Elem), binds) {
				return
			}
			continue
		}
		if c.m.endlessGenerator(a) {
			c.m.errorf(a, "unsupported: zip over a generator of an endless iterator; bound it with itertools.islice first")
			return
		}
		x := c.asSlice(a)
		if x == nil {
			c.m.errorf(a, "unsupported: zip over a %s; make it a list first", at)
			return
		}
		src := c.hoistExpr(x, a, b)
		lens = append(lens, ir.CallOf(ir.Id("len"), src))
		if !c.bindTarget(elts[i], &ir.Index{X: src, Index: ir.Id(idx)}, elemType(at), binds) {
			return
		}
	}
	if len(lens) == 0 {
		c.m.errorf(call, "unsupported: zip of endless iterators only")
		return
	}
	n := lens[0]
	if len(lens) > 1 {
		n = ir.CallOf(ir.Id("min"), lens...)
	}
	b.Add(&ir.Range{Key: ir.Id(idx), Define: true, X: n, Body: prepend(binds, body)})
}

// hoist evaluates e once before the loop unless it is a plain name.
func (c *fnCtx) hoist(e ast.Expr, b *ir.Block) ir.Expr {
	return c.hoistExpr(c.expr(e), e, b)
}

func (c *fnCtx) hoistExpr(x ir.Expr, e ast.Expr, b *ir.Block) ir.Expr {
	if _, ok := e.(*ast.Name); ok {
		return x
	}
	tmp := c.names.claim("xs")
	b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(tmp)}, Tok: ":=", Rhs: []ir.Expr{x}})
	return ir.Id(tmp)
}
