package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// None narrowing: after `if x is None: ... break` (a body that always
// leaves: break, continue, return or raise), inside `if x is not None:`,
// and in the operands after `x is None or` / `x is not None and`, x is not
// None, as a type checker would say. Those loads of x are
// typed as x's type without None, so `n * n` on an int | None works; where
// the optional value is held as any in Go, the load is a type assertion,
// which cannot fail since the check just ran. The region ends at the
// first statement that assigns x again; functions defined inside it are
// left out, since they may run after x changed.

// narrowedUse reports whether the load n is proved not None.
func (m *mapper) narrowedUse(n *ast.Name) bool {
	if m.narrowed == nil {
		m.narrowed = map[*ast.Name]bool{}
		m.findNarrowing(m.file.Module.Body)
	}
	return m.narrowed[n]
}

// narrowType is the type of a load of a name of type t.
func (m *mapper) narrowType(n *ast.Name, t Type) Type {
	if _, ok := t.(*OptionalT); ok && m.narrowedUse(n) {
		return nonNone(t)
	}
	return m.optionalContainerLoad(n, m.narrowExcLoad(n, t))
}

// narrowExpr translates a narrowed load x of an optional held as any as
// x.(T).
func (c *fnCtx) narrowExpr(n *ast.Name, sym *Symbol, x ir.Expr) ir.Expr {
	o, ok := sym.Type.(*OptionalT)
	if !ok || !c.m.narrowedUse(n) || c.m.goType(o) != ir.Any {
		return x
	}
	return &ir.TypeAssert{X: x, Type: c.m.goType(o.Elem)}
}

func (m *mapper) findNarrowing(body []ast.Stmt) {
	for i, st := range body {
		stmtExprs(st, func(e ast.Expr) { walkExpr(e, m.narrowBoolOp) })
		switch n := st.(type) {
		case *ast.FunctionDef:
			m.findNarrowing(n.Body)
		case *ast.ClassDef:
			m.findNarrowing(n.Body)
		}
		for _, blk := range childBlocks(st) {
			m.findNarrowing(blk)
		}
		test, ok := st.(*ast.If)
		if !ok {
			continue
		}
		if x := noneTest(test.Test, ast.Is); x != "" && len(test.Orelse) == 0 && leaves(test.Body) {
			m.markNarrowed(x, body[i+1:])
		}
		if x := noneTest(test.Test, ast.IsNot); x != "" {
			m.markNarrowed(x, test.Body)
		}
	}
}

// narrowBoolOp marks the loads of x after `x is None or` and after `x is
// not None and`: the right operands run only when x is not None.
func (m *mapper) narrowBoolOp(e ast.Expr) {
	b, ok := e.(*ast.BoolOp)
	if !ok {
		return
	}
	op := ast.IsNot
	if b.Op == ast.Or {
		op = ast.Is
	}
	for i, v := range b.Values {
		x := noneTest(v, op)
		if x == "" {
			continue
		}
		for _, rest := range b.Values[i+1:] {
			walkExpr(rest, func(y ast.Expr) {
				if n, ok := y.(*ast.Name); ok && string(n.Id) == x && n.Ctx == ast.Load {
					m.narrowed[n] = true
				}
			})
		}
	}
}

// noneTest returns x for the test `x is None` (op ast.Is) or `x is not
// None` (ast.IsNot).
func noneTest(e ast.Expr, op ast.CmpOp) string {
	cmp, ok := e.(*ast.Compare)
	if !ok || len(cmp.Ops) != 1 || cmp.Ops[0] != op || !isNone(cmp.Comparators[0]) {
		return ""
	}
	if x, ok := cmp.Left.(*ast.Name); ok {
		return string(x.Id)
	}
	return ""
}

// leaves reports whether a block always ends by leaving it.
func leaves(body []ast.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	switch body[len(body)-1].(type) {
	case *ast.Break, *ast.Continue, *ast.Return, *ast.Raise:
		return true
	}
	return false
}

// markNarrowed marks the loads of name in stmts up to the first statement
// that stores it.
func (m *mapper) markNarrowed(name string, stmts []ast.Stmt) {
	for _, st := range stmts {
		if storesName(st, name) {
			return
		}
		m.markLoads(name, st)
	}
}

func (m *mapper) markLoads(name string, st ast.Stmt) {
	switch st.(type) {
	case *ast.FunctionDef, *ast.ClassDef:
		return
	}
	stmtExprs(st, func(e ast.Expr) {
		// A lambda may run after name changed: its loads stay unproved.
		inLambda := map[*ast.Name]bool{}
		walkExpr(e, func(x ast.Expr) {
			if l, ok := x.(*ast.Lambda); ok {
				walkExpr(l.Body, func(y ast.Expr) {
					if nm, ok := y.(*ast.Name); ok {
						inLambda[nm] = true
					}
				})
			}
		})
		walkExpr(e, func(x ast.Expr) {
			if n, ok := x.(*ast.Name); ok && string(n.Id) == name && n.Ctx == ast.Load && !inLambda[n] {
				m.narrowed[n] = true
			}
		})
	})
	for _, blk := range childBlocks(st) {
		for _, inner := range blk {
			m.markLoads(name, inner)
		}
	}
}

// storesName reports whether st (or a statement nested in it) assigns
// name, deletes it or declares it global.
func storesName(st ast.Stmt, name string) bool {
	found := false
	eachStmt([]ast.Stmt{st}, 0, func(s ast.Stmt, _ int) {
		switch n := s.(type) {
		case *ast.Global:
			for _, g := range n.Names {
				found = found || string(g) == name
			}
		case *ast.FunctionDef:
			found = found || string(n.Name) == name
		}
		stmtExprs(s, func(e ast.Expr) {
			walkExpr(e, func(x ast.Expr) {
				if nm, ok := x.(*ast.Name); ok && string(nm.Id) == name && nm.Ctx != ast.Load {
					found = true
				}
			})
		})
	})
	return found
}
