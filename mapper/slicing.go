package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Slicing keeps Python's meaning: bounds that are out of range clamp,
// negative ones count from the end, steps may be negative, and the result
// is a copy. Lists and strings go through pyrt.Slice / pyrt.SliceStr
// (strings index code points); a tuple sliced with constant bounds is a
// new tuple of the selected fields; xs[:] is slices.Clone. A str index is
// pyrt.StrAt (a one-character string, IndexError out of range).

// sliceExpr translates n, a subscript whose Slice is an *ast.Slice.
func (c *fnCtx) sliceExpr(n *ast.Subscript, s *ast.Slice, x ir.Expr) ir.Expr {
	vt := c.m.info.Types[n.Value]
	if tt, ok := vt.(*TupleT); ok {
		idx, ok := constSliceIndexes(len(tt.Elems), s)
		rt, _ := c.m.info.Types[n].(*TupleT)
		if !ok || rt == nil {
			c.m.errorf(n, "unsupported: a tuple slice whose bounds are not constants, or that is empty")
			return x
		}
		out := &ir.Composite{Type: c.m.goType(rt)}
		for i, j := range idx {
			out.Elts = append(out.Elts, &ir.KeyValue{Key: ir.Id(tupleField(nil, i)), Value: ir.Sel(x, tupleField(nil, j))})
		}
		return out
	}
	bound := func(e ast.Expr) ir.Expr {
		if e == nil || isNone(e) {
			return ir.Q(ir.Runtime, "Omit")
		}
		return c.exprAs(e, IntT)
	}
	step := ir.Expr(ir.L(1))
	if s.Step != nil && !isNone(s.Step) {
		step = c.exprAs(s.Step, IntT)
	}
	if vt == StrT {
		return ir.CallOf(ir.Q(ir.Runtime, "SliceStr"), x, bound(s.Lower), bound(s.Upper), step)
	}
	if _, ok := vt.(*ListT); !ok {
		c.m.errorf(n, "unsupported: slicing a %s", vt)
		return x
	}
	if s.Lower == nil && s.Upper == nil && s.Step == nil {
		return ir.CallOf(ir.Q("slices", "Clone"), x)
	}
	return ir.CallOf(ir.Q(ir.Runtime, "Slice"), x, bound(s.Lower), bound(s.Upper), step)
}

// constSliceIndexes returns the indexes a slice with constant (or
// omitted) bounds selects from a sequence of length n.
func constSliceIndexes(n int, s *ast.Slice) ([]int, bool) {
	get := func(e ast.Expr, def int) (int, bool) {
		if e == nil || isNone(e) {
			return def, true
		}
		if num, ok := e.(*ast.Num); ok {
			return intConst(num)
		}
		if k, ok := negConst(e); ok {
			return -k, true
		}
		return 0, false
	}
	step, ok := get(s.Step, 1)
	if !ok || step == 0 {
		return nil, false
	}
	const omit = -1 << 62
	lo, ok1 := get(s.Lower, omit)
	hi, ok2 := get(s.Upper, omit)
	if !ok1 || !ok2 {
		return nil, false
	}
	var idx []int
	start, count := pySliceIndices(n, lo, hi, step, omit)
	for i := range count {
		idx = append(idx, start+i*step)
	}
	return idx, true
}

// pySliceIndices mirrors pyrt's sliceIndices (CPython's
// PySlice_AdjustIndices) for slices the mapper resolves statically.
func pySliceIndices(n, lo, hi, step, omit int) (start, count int) {
	adjust := func(i, def, low, high int) int {
		switch {
		case i == omit:
			return def
		case i < 0:
			if i += n; i < 0 {
				return low
			}
		case i >= n:
			return high
		}
		return i
	}
	if step > 0 {
		start, stop := adjust(lo, 0, 0, n), adjust(hi, n, 0, n)
		if stop > start {
			count = (stop - start + step - 1) / step
		}
		return start, count
	}
	start, stop := adjust(lo, n-1, -1, n-1), adjust(hi, -1, -1, n-1)
	if start > stop {
		count = (start - stop - step - 1) / -step
	}
	return start, count
}

// tupleSliceType is the type of a tuple sliced with constant bounds.
func tupleSliceType(tt *TupleT, s *ast.Slice) Type {
	idx, ok := constSliceIndexes(len(tt.Elems), s)
	if !ok || len(idx) == 0 {
		return Unknown
	}
	elems := make([]Type, len(idx))
	for i, j := range idx {
		elems[i] = tt.Elems[j]
	}
	return &TupleT{Elems: elems}
}

// sliceStore translates xs[lo:hi] = values on a list.
func (c *fnCtx) sliceStore(t *ast.Subscript, s *ast.Slice, value ast.Expr, b *ir.Block) {
	lt, ok := c.m.info.Types[t.Value].(*ListT)
	if !ok || (s.Step != nil && !isNone(s.Step)) {
		c.m.errorf(t, "unsupported: slice assignment other than list[lo:hi] = values")
		return
	}
	b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q(ir.Runtime, "SetSlice"), c.addrOf(t.Value), c.sliceBound0(s.Lower), c.sliceBound0(s.Upper), c.exprAs(value, lt))})
}

func (c *fnCtx) sliceBound0(e ast.Expr) ir.Expr {
	if e == nil || isNone(e) {
		return ir.Q(ir.Runtime, "Omit")
	}
	return c.exprAs(e, IntT)
}

// addrOf is &x for a list variable (x itself for a by-reference parameter,
// which is already a pointer).
func (c *fnCtx) addrOf(e ast.Expr) ir.Expr {
	if sym := c.byRefSym(e); sym != nil {
		return ir.Id(sym.GoName)
	}
	return &ir.Unary{Op: "&", X: c.expr(e)}
}

// deleteStmt translates del of dict keys, list items and list slices.
func (c *fnCtx) deleteStmt(n *ast.Delete, b *ir.Block) {
	for _, t := range n.Targets {
		sub, ok := t.(*ast.Subscript)
		if !ok {
			what := "an attribute"
			if _, isName := t.(*ast.Name); isName {
				what = "a variable (Go cannot unbind a name)"
			}
			c.m.errorf(n, "unsupported statement: del of %s; only dict keys, list items and list slices are deleted", what)
			continue
		}
		switch c.m.info.Types[sub.Value].(type) {
		case *DictT:
			c.dictDelete(sub, b)
			continue
		case *ListT:
			if s, ok := sub.Slice.(*ast.Slice); ok && (s.Step == nil || isNone(s.Step)) {
				b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q(ir.Runtime, "DelSlice"), c.addrOf(sub.Value), c.sliceBound0(s.Lower), c.sliceBound0(s.Upper))})
				continue
			}
			if ix, ok := sub.Slice.(*ast.Index); ok {
				// list.pop's removal, with its negative indexes.
				b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q(ir.Runtime, "PopAt"), c.addrOf(sub.Value), c.exprAs(ix.Value, IntT))})
				continue
			}
		}
		c.m.errorf(t, "unsupported statement: del of a %s item", c.m.info.Types[sub.Value])
	}
}
