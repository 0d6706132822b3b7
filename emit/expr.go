package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

func exprs(es []ir.Expr) []jen.Code {
	out := make([]jen.Code, len(es))
	for i, e := range es {
		out[i] = expr(e)
	}
	return out
}

func expr(e ir.Expr) *jen.Statement {
	switch e := e.(type) {
	case *ir.Ident:
		return jen.Id(e.Name)
	case *ir.Qual:
		return jen.Qual(e.Pkg, e.Name)
	case *ir.Lit:
		return lit(e.Value)
	case *ir.Nil:
		return jen.Nil()
	case *ir.Call:
		f := expr(e.Fun)
		if len(e.TypeArgs) > 0 {
			f.Types(types(e.TypeArgs)...)
		}
		args := exprs(e.Args)
		if e.Ellipsis && len(args) > 0 {
			args[len(args)-1] = jen.Add(args[len(args)-1]).Op("...")
		}
		return f.Call(args...)
	case *ir.Selector:
		return expr(e.X).Dot(e.Sel)
	case *ir.Index:
		return expr(e.X).Index(expr(e.Index))
	case *ir.SliceExpr:
		lo, hi := jen.Empty(), jen.Empty()
		if e.Lo != nil {
			lo = expr(e.Lo)
		}
		if e.Hi != nil {
			hi = expr(e.Hi)
		}
		return expr(e.X).Index(lo, hi)
	case *ir.Binary:
		return expr(e.X).Op(e.Op).Add(expr(e.Y))
	case *ir.Unary:
		return jen.Op(e.Op).Add(expr(e.X))
	case *ir.Paren:
		return jen.Parens(expr(e.X))
	case *ir.FuncLit:
		return jen.Func().Params(params(e.Params, e.Variadic)...).Add(results(e.Results)).Block(stmts(e.Body)...)
	case *ir.Composite:
		elts := exprs(e.Elts)
		if e.Type == nil {
			// An element of a slice or map literal, its type elided.
			return jen.Values(elts...)
		}
		if e.Multiline {
			return typ(e.Type).ValuesFunc(func(g *jen.Group) {
				for _, x := range elts {
					g.Line().Add(x)
				}
				g.Line()
			})
		}
		return typ(e.Type).Values(elts...)
	case *ir.Spread:
		return expr(e.X).Op("...")
	case *ir.KeyValue:
		return expr(e.Key).Op(":").Add(expr(e.Value))
	case *ir.TypeExpr:
		return typ(e.Type)
	case *ir.TypeAssert:
		return expr(e.X).Assert(typ(e.Type))
	}
	panic(fmt.Sprintf("emit: unknown expression %T", e))
}

// lit renders constants the way a Go programmer writes them: floats always
// with a decimal point or exponent so they stay float64 in := declarations.
func lit(v any) *jen.Statement {
	if f, ok := v.(float64); ok {
		return jen.Op(formatFloatLit(f))
	}
	if r, ok := v.(rune); ok {
		return jen.LitRune(r) // ' ', not int32(32)
	}
	return jen.Lit(v)
}
