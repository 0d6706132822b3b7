package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

func stmts(b *ir.Block) []jen.Code {
	if b == nil {
		return nil
	}
	out := make([]jen.Code, 0, len(b.Stmts))
	for _, s := range b.Stmts {
		out = append(out, stmt(s))
	}
	return out
}

func stmt(s ir.Stmt) jen.Code {
	switch s := s.(type) {
	case *ir.Block:
		return jen.Block(stmts(s)...)
	case *ir.ExprStmt:
		return expr(s.X)
	case *ir.Assign:
		return jen.List(exprs(s.Lhs)...).Op(s.Tok).List(exprs(s.Rhs)...)
	case *ir.VarStmt:
		v := jen.Var().Id(s.Name)
		if s.Type != nil {
			v.Add(typ(s.Type))
		}
		if s.Value != nil {
			v.Op("=").Add(expr(s.Value))
		}
		return v
	case *ir.IncDec:
		if s.Inc {
			return expr(s.X).Op("++")
		}
		return expr(s.X).Op("--")
	case *ir.If:
		return ifStmt(s)
	case *ir.For:
		return label(s.Label, forStmt(s))
	case *ir.Range:
		return label(s.Label, rangeStmt(s))
	case *ir.Return:
		return jen.Return(exprs(s.Results)...)
	case *ir.Go:
		return jen.Go().Add(expr(s.Call))
	case *ir.Defer:
		return jen.Defer().Add(expr(s.Call))
	case *ir.Branch:
		st := jen.Id(s.Tok)
		if s.Label != "" {
			st.Id(s.Label)
		}
		return st
	case *ir.Labeled:
		return label(s.Label, stmt(s.Stmt))
	case *ir.Send:
		return expr(s.Ch).Op("<-").Add(expr(s.Value))
	case *ir.Select:
		return selectStmt(s)
	case *ir.Switch:
		return switchStmt(s)
	case *ir.TypeSwitch:
		return typeSwitch(s)
	case *ir.Comment:
		return jen.Comment(s.Text)
	}
	panic(fmt.Sprintf("emit: unknown statement %T", s))
}

func label(name string, c jen.Code) jen.Code {
	if name == "" {
		return c
	}
	return jen.Id(name).Op(":").Line().Add(c)
}

func ifStmt(s *ir.If) *jen.Statement {
	var cond []jen.Code
	if s.Init != nil {
		cond = append(cond, stmt(s.Init))
	}
	cond = append(cond, headerExpr(s.Cond))
	st := jen.If(cond...).Block(stmts(s.Then)...)
	switch e := s.Else.(type) {
	case nil:
	case *ir.If:
		st.Else().Add(ifStmt(e))
	case *ir.Block:
		st.Else().Block(stmts(e)...)
	default:
		panic(fmt.Sprintf("emit: bad else %T", e))
	}
	return st
}

func forStmt(s *ir.For) *jen.Statement {
	if s.Init == nil && s.Post == nil {
		if s.Cond == nil {
			return jen.For().Block(stmts(s.Body)...)
		}
		return jen.For(headerExpr(s.Cond)).Block(stmts(s.Body)...)
	}
	opt := func(st ir.Stmt) jen.Code {
		if st == nil {
			return jen.Empty()
		}
		return stmt(st)
	}
	var cond jen.Code = jen.Empty()
	if s.Cond != nil {
		cond = headerExpr(s.Cond)
	}
	return jen.For(opt(s.Init), cond, opt(s.Post)).Block(stmts(s.Body)...)
}

// isBlank reports an absent or blank range variable.
func isBlank(x ir.Expr) bool {
	id, ok := x.(*ir.Ident)
	return x == nil || ok && id.Name == "_"
}

func rangeStmt(s *ir.Range) *jen.Statement {
	var head *jen.Statement
	switch {
	case isBlank(s.Key) && isBlank(s.Value):
		// for _, _ := range x does not compile; for range x is the Go.
		head = jen.Range().Add(headerExpr(s.X))
	default:
		key := jen.Id("_")
		if s.Key != nil {
			key = expr(s.Key)
		}
		lhs := jen.List(key)
		if s.Value != nil {
			lhs = jen.List(key, expr(s.Value))
		}
		op := "="
		if s.Define {
			op = ":="
		}
		head = lhs.Op(op).Range().Add(headerExpr(s.X))
	}
	return jen.For(head).Block(stmts(s.Body)...)
}

func selectStmt(s *ir.Select) *jen.Statement {
	return jen.Select().BlockFunc(func(g *jen.Group) {
		for _, c := range s.Cases {
			if c.Comm == nil {
				g.Default().Block(stmts(c.Body)...)
			} else {
				g.Case(stmt(c.Comm)).Block(stmts(c.Body)...)
			}
		}
	})
}

func switchStmt(s *ir.Switch) *jen.Statement {
	head := jen.Switch()
	if s.Tag != nil {
		head = jen.Switch(headerExpr(s.Tag))
	}
	return head.BlockFunc(func(g *jen.Group) {
		for _, c := range s.Cases {
			if c.List == nil {
				g.Default().Block(stmts(c.Body)...)
			} else {
				g.Case(exprs(c.List)...).Block(stmts(c.Body)...)
			}
		}
	})
}

func typeSwitch(s *ir.TypeSwitch) *jen.Statement {
	head := headerExpr(s.X).Assert(jen.Type())
	if s.Bind != "" {
		head = jen.Id(s.Bind).Op(":=").Add(head)
	}
	return jen.Switch(head).BlockFunc(func(g *jen.Group) {
		for _, c := range s.Cases {
			if c.Types == nil {
				g.Default().Block(stmts(c.Body)...)
			} else {
				g.Case(types(c.Types)...).Block(stmts(c.Body)...)
			}
		}
	})
}

// headerExpr emits an expression of an if, for, range or switch header. A
// composite literal there must be in parentheses: `if T{} != x {` parses
// T{ as the start of the block.
func headerExpr(e ir.Expr) *jen.Statement { return expr(parenLiterals(e)) }

// parenLiterals wraps the composite literals that are not already inside
// parentheses (a call's arguments, a Paren) in a Paren.
func parenLiterals(e ir.Expr) ir.Expr {
	switch x := e.(type) {
	case *ir.Composite:
		return &ir.Paren{X: x}
	case *ir.Binary:
		return &ir.Binary{X: parenLiterals(x.X), Op: x.Op, Y: parenLiterals(x.Y)}
	case *ir.Unary:
		return &ir.Unary{Op: x.Op, X: parenLiterals(x.X)}
	case *ir.Selector:
		return &ir.Selector{X: parenLiterals(x.X), Sel: x.Sel}
	case *ir.Index:
		return &ir.Index{X: parenLiterals(x.X), Index: x.Index}
	case *ir.SliceExpr:
		return &ir.SliceExpr{X: parenLiterals(x.X), Lo: x.Lo, Hi: x.Hi}
	case *ir.TypeAssert:
		return &ir.TypeAssert{X: parenLiterals(x.X), Type: x.Type}
	case *ir.Call:
		return &ir.Call{Fun: parenLiterals(x.Fun), TypeArgs: x.TypeArgs, Args: x.Args, Ellipsis: x.Ellipsis}
	}
	return e
}
