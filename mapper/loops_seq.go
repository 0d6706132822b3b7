package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// rangesOneValue reports whether Go's range over a value of type t yields
// the element as its only iteration variable (an iter.Seq such as
// as_completed's result), so enumerate over it needs a counter of its own.
func rangesOneValue(t Type) bool {
	it, ok := t.(*iterT)
	return ok && it.Kind == "seq"
}

// enumerateSeqLoop translates `for i, x in enumerate(seq[, start])` where
// seq ranges with one variable:
//
//	n := start
//	for x := range seq {
//		i := n
//		n++
//		...
//	}
//
// The counter moves on at the top of the body so a continue cannot skip it.
func (c *fnCtx) enumerateSeqLoop(n *ast.For, call *ast.Call, tup *ast.Tuple, b *ir.Block) {
	var d1, d2 bool
	k := c.loopVar(tup.Elts[0], &d1)
	v := c.loopVar(tup.Elts[1], &d2)
	var start ir.Expr = ir.L(0)
	if s := argOrKeyword(call, 1, "start"); s != nil {
		start = c.exprAs(s, IntT)
	}
	x := c.expr(call.Args[0])
	body := &ir.Block{}
	if id, ok := k.(*ir.Ident); ok && id.Name != "_" {
		counter := c.names.claim("n")
		b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(counter)}, Tok: ":=", Rhs: []ir.Expr{start}})
		tok := "="
		if d1 {
			tok = ":="
		}
		body.Add(&ir.Assign{Lhs: []ir.Expr{k}, Tok: tok, Rhs: []ir.Expr{ir.Id(counter)}})
		body.Add(&ir.IncDec{X: ir.Id(counter), Inc: true})
	}
	body.Stmts = append(body.Stmts, c.block(n.Body).Stmts...)
	b.Add(&ir.Range{Key: v, Define: d2, X: x, Body: body})
}
