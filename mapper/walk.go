package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/parser"
)

// subExprs calls f on each direct child expression of e, in source order.
func subExprs(e ast.Expr, f func(ast.Expr)) {
	each := func(es []ast.Expr) {
		for _, x := range es {
			if x != nil {
				f(x)
			}
		}
	}
	gens := func(gs []ast.Comprehension) {
		for _, g := range gs {
			f(g.Iter)
			f(g.Target)
			each(g.Ifs)
		}
	}
	switch n := e.(type) {
	case *ast.BoolOp:
		each(n.Values)
	case *ast.BinOp:
		f(n.Left)
		f(n.Right)
	case *ast.UnaryOp:
		f(n.Operand)
	case *ast.Lambda:
		if n.Args != nil {
			each(n.Args.Defaults)
		}
		f(n.Body)
	case *ast.IfExp:
		f(n.Body)
		f(n.Test)
		f(n.Orelse)
	case *ast.Dict:
		for i := range n.Keys {
			f(n.Keys[i])
			f(n.Values[i])
		}
	case *ast.Set:
		each(n.Elts)
	case *ast.ListComp:
		gens(n.Generators)
		f(n.Elt)
	case *ast.SetComp:
		gens(n.Generators)
		f(n.Elt)
	case *ast.GeneratorExp:
		gens(n.Generators)
		f(n.Elt)
	case *ast.DictComp:
		gens(n.Generators)
		f(n.Key)
		f(n.Value)
	case *ast.Yield:
		if n.Value != nil {
			f(n.Value)
		}
	case *ast.Compare:
		f(n.Left)
		each(n.Comparators)
	case *ast.Call:
		f(n.Func)
		each(n.Args)
		for _, kw := range n.Keywords {
			f(kw.Value)
		}
		if n.Starargs != nil {
			f(n.Starargs)
		}
		if n.Kwargs != nil {
			f(n.Kwargs)
		}
	case *ast.Attribute:
		f(n.Value)
	case *ast.Subscript:
		f(n.Value)
		switch s := n.Slice.(type) {
		case *ast.Index:
			f(s.Value)
		case *ast.Slice:
			each([]ast.Expr{s.Lower, s.Upper, s.Step})
		}
	case *ast.Starred:
		f(n.Value)
	case *ast.List:
		each(n.Elts)
	case *ast.Tuple:
		each(n.Elts)
	case *parser.JoinedStr:
		for _, v := range n.Values {
			if fv, ok := v.(*parser.FormattedValue); ok {
				f(fv.Value)
				if fv.FormatSpec != nil {
					f(fv.FormatSpec)
				}
			}
		}
	}
}

// walkExpr calls f on e and every expression below it, pre-order.
func walkExpr(e ast.Expr, f func(ast.Expr)) {
	if e == nil {
		return
	}
	f(e)
	subExprs(e, func(c ast.Expr) { walkExpr(c, f) })
}

// stmtExprs calls f on the expressions a statement holds directly (not
// those of nested statement bodies).
func stmtExprs(st ast.Stmt, f func(ast.Expr)) {
	opt := func(e ast.Expr) {
		if e != nil {
			f(e)
		}
	}
	switch n := st.(type) {
	case *ast.ExprStmt:
		f(n.Value)
	case *ast.Assign:
		for _, t := range n.Targets {
			f(t)
		}
		f(n.Value)
	case *parser.AnnAssign:
		f(n.Target)
		opt(n.Value)
	case *ast.AugAssign:
		f(n.Target)
		f(n.Value)
	case *ast.For:
		f(n.Target)
		f(n.Iter)
	case *ast.While:
		f(n.Test)
	case *ast.If:
		f(n.Test)
	case *ast.With:
		for _, it := range n.Items {
			f(it.ContextExpr)
			opt(it.OptionalVars)
		}
	case *ast.Return:
		opt(n.Value)
	case *ast.Raise:
		opt(n.Exc)
		opt(n.Cause)
	case *ast.Assert:
		f(n.Test)
		opt(n.Msg)
	case *ast.Delete:
		for _, t := range n.Targets {
			f(t)
		}
	case *ast.FunctionDef:
		if n.Args != nil {
			for _, d := range n.Args.Defaults {
				f(d)
			}
		}
	}
}

// childBlocks returns the statement lists nested directly in st.
func childBlocks(st ast.Stmt) [][]ast.Stmt {
	switch n := st.(type) {
	case *ast.For:
		return [][]ast.Stmt{n.Body, n.Orelse}
	case *ast.While:
		return [][]ast.Stmt{n.Body, n.Orelse}
	case *ast.If:
		return [][]ast.Stmt{n.Body, n.Orelse}
	case *ast.With:
		return [][]ast.Stmt{n.Body}
	case *ast.Try:
		out := [][]ast.Stmt{n.Body}
		for _, h := range n.Handlers {
			out = append(out, h.Body)
		}
		return append(out, n.Orelse, n.Finalbody)
	}
	return nil
}
