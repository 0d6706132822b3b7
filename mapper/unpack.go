package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Starred assignment targets: `first, *rest = xs` and `*init, last = s`.
// The names before the star take the first values, those after it the
// last ones, and the starred name a new list of what is between. A list
// (or a str, split into its characters) shorter than the plain names
// raises CPython's ValueError through pyrt.UnpackAtLeast; a tuple's length
// is known, so its parts are picked statically.

// starIndex returns the position of the starred target in elts, or -1.
func starIndex(elts []ast.Expr) int {
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			return i
		}
	}
	return -1
}

// flowStarUnpack types the targets of a starred unpacking of a value of
// type t; it reports false when elts has no star.
func (m *mapper) flowStarUnpack(s *Scope, elts []ast.Expr, t Type) bool {
	star := starIndex(elts)
	if star < 0 {
		return false
	}
	after := len(elts) - star - 1
	for i, e := range elts {
		var et Type = elemType(t)
		tt, isTuple := t.(*TupleT)
		switch {
		case i == star:
			if isTuple {
				et = Unknown
				for j := star; j < len(tt.Elems)-after; j++ {
					et = join(et, tt.Elems[j])
				}
			}
			m.flowTarget(s, e.(*ast.Starred).Value, &ListT{Elem: et})
			continue
		case isTuple && i < star && i < len(tt.Elems):
			et = tt.Elems[i]
		case isTuple && i > star && len(tt.Elems)-(len(elts)-i) >= 0:
			et = tt.Elems[len(tt.Elems)-(len(elts)-i)]
		}
		m.flowTarget(s, e, et)
	}
	return true
}

// starUnpack translates an assignment whose target list has a star.
func (c *fnCtx) starUnpack(elts []ast.Expr, value ast.Expr, b *ir.Block) {
	star := starIndex(elts)
	after := len(elts) - star - 1
	vt := c.m.info.Types[value]
	restName := elts[star].(*ast.Starred).Value
	var restType *ListT
	if n, ok := restName.(*ast.Name); ok && c.m.info.Uses[n] != nil {
		restType, _ = c.m.info.Uses[n].Type.(*ListT)
	}
	if restType == nil {
		c.m.errorf(elts[star], "unsupported: a starred target whose type is unknown")
		return
	}
	tmp := c.names.claim("t")
	var x ir.Expr
	switch vt.(type) {
	case *TupleT, *ListT:
		x = c.expr(value)
	default:
		if vt != StrT {
			c.m.errorf(value, "unsupported: starred unpacking of a %s", vt)
			return
		}
		// A str unpacks into its characters.
		x = ir.CallOf(ir.Q("strings", "Split"), c.expr(value), ir.L(""))
	}
	b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(tmp)}, Tok: ":=", Rhs: []ir.Expr{x}})
	store := func(target ast.Expr, rhs ir.Expr) {
		tok := "="
		if n, ok := target.(*ast.Name); ok && c.plan.define[n] {
			if sym := c.m.info.Uses[n]; sym != nil && c.plan.reads[sym] == 0 {
				b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id("_")}, Tok: "=", Rhs: []ir.Expr{rhs}})
				return
			}
			tok = ":="
		}
		b.Add(&ir.Assign{Lhs: []ir.Expr{c.target(target)}, Tok: tok, Rhs: []ir.Expr{rhs}})
	}
	if tt, ok := vt.(*TupleT); ok {
		if len(tt.Elems) < len(elts)-1 {
			c.m.errorf(value, "not enough values to unpack (expected at least %d, got %d)", len(elts)-1, len(tt.Elems))
			return
		}
		rest := &ir.Composite{Type: c.m.goType(restType)}
		for j := star; j < len(tt.Elems)-after; j++ {
			rest.Elts = append(rest.Elts, ir.Sel(ir.Id(tmp), tupleField(tt, j)))
		}
		for i, e := range elts {
			switch {
			case i < star:
				store(e, ir.Sel(ir.Id(tmp), tupleField(tt, i)))
			case i == star:
				store(restName, rest)
			default:
				store(e, ir.Sel(ir.Id(tmp), tupleField(tt, len(tt.Elems)-(len(elts)-i))))
			}
		}
		return
	}
	n := ir.CallOf(ir.Id("len"), ir.Id(tmp))
	b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q(ir.Runtime, "UnpackAtLeast"), n, ir.L(len(elts)-1))})
	for i, e := range elts {
		switch {
		case i < star:
			store(e, &ir.Index{X: ir.Id(tmp), Index: ir.L(i)})
		case i == star:
			var hi ir.Expr
			if after > 0 {
				hi = &ir.Binary{X: n, Op: "-", Y: ir.L(after)}
			}
			store(restName, ir.CallOf(ir.Q("slices", "Clone"), &ir.SliceExpr{X: ir.Id(tmp), Lo: ir.L(star), Hi: hi}))
		default:
			store(e, &ir.Index{X: ir.Id(tmp), Index: &ir.Binary{X: n, Op: "-", Y: ir.L(len(elts) - i)}})
		}
	}
}
