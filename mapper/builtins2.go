package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// asSlice translates an iterable argument into a Go slice expression: a
// list as it is, a generator expression as the list it would produce,
// range(...) as pyrt.Range. It returns nil for other iterables.
func (c *fnCtx) asSlice(e ast.Expr) ir.Expr {
	if _, p := protocolOf(c.m.info.Types[e]); p != nil {
		return ir.CallOf(ir.Sel(c.expr(e), "List"))
	}
	switch t := c.m.info.Types[e].(type) {
	case *ListT:
		return c.expr(e)
	case *DictT:
		return c.dictKeys(e, t)
	case *iterT:
		if t.Kind == "seq" {
			return ir.CallOf(ir.Q("slices", "Collect"), c.expr(e))
		}
		if x := c.dictViewSlice(e); x != nil {
			return x
		}
		switch n := e.(type) {
		case *ast.GeneratorExp:
			return c.listCompOf(n, n.Elt, n.Generators, &ListT{Elem: t.Elem})
		case *ast.Call:
			if lf, ok := c.m.info.Types[n.Func].(*LibFuncT); ok && lf.Name == "builtins.range" {
				args := make([]ir.Expr, 0, 3)
				switch len(n.Args) {
				case 1:
					args = append(args, ir.L(0), c.exprAs(n.Args[0], IntT), ir.L(1))
				case 2:
					args = append(args, c.exprAs(n.Args[0], IntT), c.exprAs(n.Args[1], IntT), ir.L(1))
				case 3:
					args = append(args, c.exprAs(n.Args[0], IntT), c.exprAs(n.Args[1], IntT), c.exprAs(n.Args[2], IntT))
				default:
					return nil
				}
				return ir.CallOf(ir.Q(ir.Runtime, "Range"), args...)
			}
		}
	}
	return nil
}

func orderedType(t Type) bool { return t == IntT || t == FloatT || t == StrT }

// countIn translates list.count(x).
func (c *fnCtx) countIn(xs ir.Expr, x ast.Expr, lt *ListT) ir.Expr {
	v := c.names.claim("v")
	n := c.names.claim("n")
	body := &ir.Block{}
	body.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(n)}, Tok: ":=", Rhs: []ir.Expr{ir.L(0)}})
	body.Add(&ir.Range{Key: ir.Id("_"), Value: ir.Id(v), Define: true, X: xs, Body: (&ir.Block{}).Add(
		&ir.If{Cond: c.m.equalExpr(lt.Elem, ir.Id(v), c.exprAs(x, lt.Elem)), Then: (&ir.Block{}).Add(&ir.IncDec{X: ir.Id(n), Inc: true})})})
	body.Add(&ir.Return{Results: []ir.Expr{ir.Id(n)}})
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{ir.Int}, Body: body})
}
