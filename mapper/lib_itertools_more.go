package mapper

import (
	"slices"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// The finite itertools beyond islice and chain, as slices the runtime
// builds (runtime/itertools_comb.go): chain.from_iterable of a list of
// lists, product of two or three iterables (or one with repeat=2 or 3),
// permutations and combinations with r of 2 or 3, accumulate (running
// sums) and groupby with or without a key function. A group is a list, not
// an iterator. Other forms are diagnostics naming the member.

func init() {
	attrTypeHooks["itertools.chain.from_iterable"] = func(*mapper, *Scope, *ast.Attribute) Type {
		return &LibFuncT{Name: "itertools.chain.from_iterable"}
	}
	libTypeHooks["itertools.chain.from_iterable"] = func(_ *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		if len(args) != 1 {
			return Unknown
		}
		if inner, ok := elemType(args[0]).(*ListT); ok {
			return &ListT{Elem: inner.Elem}
		}
		return Unknown
	}
	libCallHooks["itertools.chain.from_iterable"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		l, ok := c.m.info.Types[n].(*ListT)
		if !ok || len(n.Keywords) > 0 {
			c.m.errorf(n, "unsupported: itertools.chain.from_iterable other than of a list of lists")
			return &ir.Nil{}
		}
		call := ir.CallOf(ir.Q("slices", "Concat"), c.iterableSlice(n.Args[0], &ListT{Elem: l.Elem}))
		call.Ellipsis = true
		return call
	}

	libTypeHooks["itertools.product"] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		parts := productParts(m, n)
		if parts == nil {
			return &ListT{Elem: Unknown}
		}
		tt := &TupleT{}
		for _, p := range parts {
			tt.Elems = append(tt.Elems, elemType(m.info.Types[p]))
		}
		return &ListT{Elem: tt}
	}
	libCallHooks["itertools.product"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		parts := productParts(c.m, n)
		l, _ := c.m.info.Types[n].(*ListT)
		if parts == nil || l == nil {
			c.m.errorf(n, "unsupported: itertools.product other than of two or three iterables (or one with repeat=2 or 3)")
			return &ir.Nil{}
		}
		tt := l.Elem.(*TupleT)
		fn := ir.Q(ir.Runtime, productFunc(len(parts)))
		if len(n.Args) == 1 {
			// product(xs, repeat=k): xs evaluated once, passed k times.
			xs := c.iterableSlice(n.Args[0], tt.Elems[0])
			if _, isName := n.Args[0].(*ast.Name); isName {
				return ir.CallOf(fn, slices.Repeat([]ir.Expr{xs}, len(parts))...)
			}
			st := c.m.goType(&ListT{Elem: tt.Elems[0]})
			body := (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.CallOf(fn, slices.Repeat([]ir.Expr{ir.Id("xs")}, len(parts))...)}})
			return ir.CallOf(&ir.FuncLit{Params: []ir.Param{{Name: "xs", Type: st}}, Results: []ir.Type{c.m.goType(l)}, Body: body}, xs)
		}
		var args []ir.Expr
		for i, p := range parts {
			args = append(args, c.iterableSlice(p, tt.Elems[i]))
		}
		return ir.CallOf(fn, args...)
	}

	for _, name := range []string{"itertools.permutations", "itertools.combinations"} {
		libTypeHooks[name] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
			r := choose(m, n)
			if r == 0 || len(args) == 0 {
				return &ListT{Elem: Unknown} // the call is diagnosed
			}
			tt := &TupleT{}
			for range r {
				tt.Elems = append(tt.Elems, elemType(args[0]))
			}
			return &ListT{Elem: tt}
		}
		member := name[len("itertools."):]
		goName := map[string]string{"permutations": "Permutations", "combinations": "Combinations"}[member]
		libCallHooks[name] = func(c *fnCtx, n *ast.Call) ir.Expr {
			r := choose(c.m, n)
			if r == 0 {
				c.m.errorf(n, "unsupported: itertools.%s other than with r of 2 or 3 (or of a 2- or 3-element literal)", member)
				return &ir.Nil{}
			}
			elem := c.m.info.Types[n].(*ListT).Elem.(*TupleT).Elems[0]
			return ir.CallOf(ir.Q(ir.Runtime, goName+string(rune('0'+r))), c.iterableSlice(n.Args[0], elem))
		}
	}

	libTypeHooks["itertools.accumulate"] = func(_ *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		if len(args) == 0 {
			return &ListT{Elem: Unknown}
		}
		return &ListT{Elem: elemType(args[0])}
	}
	libCallHooks["itertools.accumulate"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		l, ok := c.m.info.Types[n].(*ListT)
		if !ok || len(n.Args) != 1 || len(n.Keywords) > 0 || (l.Elem != IntT && l.Elem != FloatT && l.Elem != StrT) {
			c.m.errorf(n, "unsupported: itertools.accumulate other than the running sums of numbers or strings (no function, no initial)")
			return &ir.Nil{}
		}
		return ir.CallOf(ir.Q(ir.Runtime, "Accumulate"), c.iterableSlice(n.Args[0], l.Elem))
	}

	libTypeHooks["itertools.groupby"] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		if len(args) == 0 {
			return &ListT{Elem: Unknown}
		}
		elem := elemType(args[0])
		key := elem
		if k := argOrKeyword(n, 1, "key"); k != nil {
			fn := m.funcOf(k)
			if fn == nil {
				return &ListT{Elem: Unknown}
			}
			m.flowArgs(fn, []Type{elem}, nil)
			key = m.result(fn)
		}
		return &ListT{Elem: &TupleT{Elems: []Type{key, &ListT{Elem: elem}}}}
	}
	libCallHooks["itertools.groupby"] = groupBy
}

// productFunc names the runtime's product of n slices.
func productFunc(n int) string { return "Product" + string(rune('0'+n)) }

// productParts lists the iterables product(...) multiplies: its arguments,
// or one argument repeated; nil when the call is not of a supported form.
func productParts(m *mapper, n *ast.Call) []ast.Expr {
	repeat := 1
	for _, kw := range n.Keywords {
		v, ok := intConstExpr(kw.Value)
		if string(kw.Arg) != "repeat" || !ok {
			return nil
		}
		repeat = v
	}
	var parts []ast.Expr
	for range repeat {
		parts = append(parts, n.Args...)
	}
	if len(parts) < 2 || len(parts) > 3 {
		return nil
	}
	return parts
}

// choose is the r of permutations(xs, r) or combinations(xs, r): a
// constant 2 or 3, or the length of a literal when permutations omits it;
// 0 otherwise.
func choose(m *mapper, n *ast.Call) int {
	if len(n.Args) == 0 || len(n.Keywords) > 1 {
		return 0
	}
	r := 0
	if a := argOrKeyword(n, 1, "r"); a != nil {
		v, ok := intConstExpr(a)
		if !ok {
			return 0
		}
		r = v
	} else if m.qualifiedCallName(n) == "itertools.permutations" {
		switch x := n.Args[0].(type) {
		case *ast.List:
			r = len(x.Elts)
		case *ast.Tuple:
			r = len(x.Elts)
		}
	}
	if r != 2 && r != 3 {
		return 0
	}
	return r
}

// intConstExpr is the value of an int literal.
func intConstExpr(e ast.Expr) (int, bool) {
	if num, ok := e.(*ast.Num); ok {
		return intConst(num)
	}
	return 0, false
}

// groupBy translates groupby(xs[, key]): the key function is the program's
// function or lambda, or the identity.
func groupBy(c *fnCtx, n *ast.Call) ir.Expr {
	var tt *TupleT
	if l, ok := c.m.info.Types[n].(*ListT); ok {
		tt, _ = l.Elem.(*TupleT)
	}
	if tt == nil || len(n.Args)+len(n.Keywords) > 2 {
		c.m.errorf(n, "unsupported: itertools.groupby other than of a list or string, with a key function defined in the program")
		return &ir.Nil{}
	}
	elem := tt.Elems[1].(*ListT).Elem
	if !comparableKey(tt.Elems[0]) {
		c.m.errorf(n, "unsupported: itertools.groupby with keys of type %s (Go compares only numbers, strings and tuples of them)", tt.Elems[0])
		return &ir.Nil{}
	}
	var key ir.Expr
	if k := argOrKeyword(n, 1, "key"); k != nil {
		key = c.expr(k)
	} else {
		t := c.m.goType(elem)
		key = &ir.FuncLit{Params: []ir.Param{{Name: "x", Type: t}}, Results: []ir.Type{t},
			Body: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.Id("x")}})}
	}
	return ir.CallOf(ir.Q(ir.Runtime, "GroupBy"), c.iterableSlice(n.Args[0], elem), key)
}

// comparableKey reports whether Go's == compares values of type t as
// Python's does.
func comparableKey(t Type) bool {
	switch x := t.(type) {
	case *basicType:
		return x == IntT || x == FloatT || x == BoolT || x == StrT
	case *TupleT:
		for _, e := range x.Elems {
			if !comparableKey(e) {
				return false
			}
		}
		return true
	}
	return false
}
