package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// A generator expression is usually consumed where it stands, so the
// mapper makes it the list it would produce. One over an endless iterator
// (itertools.count(), cycle()) has no such list: it is an iter.Seq whose
// loops yield each element, which islice, next-free for loops and zip
// consume lazily:
//
//	evens := iter.Seq[int](func(yield func(int) bool) {
//		for _, x := range pyrt.NewCount[int](0, 1).All() {
//			if x%2 == 0 {
//				if !yield(x) {
//					return
//				}
//			}
//		}
//	})
//
// Unlike a Python generator, the Seq starts over from a fresh first
// iterable each time it is ranged over; programs consume it once.

// endlessIterators are the library iterators that never end.
var endlessIterators = map[string]bool{"itertools.count": true, "itertools.cycle": true}

// generatorKind is the iterT kind of a generator expression whose first
// clause iterates over values of type src.
func generatorKind(src Type) string {
	if o, ok := src.(*ObjT); ok && endlessIterators[o.Class] {
		return "seq"
	}
	return "generator"
}

// lazyGenerator translates a generator expression of kind seq.
func (c *fnCtx) lazyGenerator(n *ast.GeneratorExp, it *iterT) ir.Expr {
	inner := c.compCtx(n, n.Generators, n.Elt)
	elem := c.m.goType(it.Elem)
	yield := &ir.If{Cond: &ir.Unary{Op: "!", X: ir.CallOf(ir.Id("yield"), inner.exprAs(n.Elt, it.Elem))},
		Then: (&ir.Block{}).Add(&ir.Return{})}
	body := (&ir.Block{}).Add(inner.hoisted...)
	inner.hoisted = nil
	body.Stmts = append(body.Stmts, inner.compLoops(n.Generators, yield).Stmts...)
	lit := &ir.FuncLit{Params: []ir.Param{{Name: "yield", Type: &ir.FuncType{Params: []ir.Param{{Type: elem}}, Results: []ir.Type{ir.Bool}}}}, Body: body}
	return ir.CallOf(&ir.TypeExpr{Type: c.m.goType(it)}, lit)
}

// endlessGenerator reports whether e is a generator expression over an
// endless iterator, or a name bound once to one: consumers that would
// materialise it as a slice must not.
func (m *mapper) endlessGenerator(e ast.Expr) bool {
	if name, ok := e.(*ast.Name); ok {
		sym := m.info.Uses[name]
		if sym == nil || sym.Stores != 1 {
			return false
		}
		as, ok := sym.Def.(*ast.Assign)
		if !ok {
			return false
		}
		e = as.Value
	}
	g, ok := e.(*ast.GeneratorExp)
	return ok && generatorKind(m.info.Types[g.Generators[0].Iter]) == "seq"
}
