package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/parser"
)

// declPlan says where each local variable of one Go function is declared.
// Python scopes variables by function, Go by block: a variable is declared
// in the innermost block enclosing every use, just before the first
// statement that uses it — with := when that statement is a plain
// assignment to it, else with a var statement.
type declPlan struct {
	define map[*ast.Name]bool
	before map[ast.Stmt][]*Symbol
	reads  map[*Symbol]int
}

type frame struct {
	block int
	index int
	stmt  ast.Stmt
}

type occurrence struct {
	path  []frame
	name  *ast.Name // nil for bindings without a Name node
	store bool
}

func (m *mapper) planDecls(s *Scope, body []ast.Stmt) *declPlan {
	p := &declPlan{define: map[*ast.Name]bool{}, before: map[ast.Stmt][]*Symbol{}, reads: map[*Symbol]int{}}
	occ := map[*Symbol][]occurrence{}
	var order []*Symbol
	blocks := 0
	add := func(sym *Symbol, o occurrence) {
		if sym == nil || sym.Scope != s || sym.Kind != VarSym || sym.Global || sym.ExcVar {
			return
		}
		if _, seen := occ[sym]; !seen {
			order = append(order, sym)
		}
		occ[sym] = append(occ[sym], o)
		if !o.store {
			p.reads[sym]++
		}
	}
	var walkBlock func(stmts []ast.Stmt, path []frame)
	walkBlock = func(stmts []ast.Stmt, path []frame) {
		id := blocks
		blocks++
		for i, st := range stmts {
			here := append(append([]frame(nil), path...), frame{block: id, index: i, stmt: st})
			stmtExprs(st, func(e ast.Expr) {
				dropped := m.droppedThreadNames(e)
				walkExpr(e, func(x ast.Expr) {
					if n, ok := x.(*ast.Name); ok && !dropped[n] {
						add(m.info.Uses[n], occurrence{path: here, name: n, store: n.Ctx == ast.Store})
					}
				})
			})
			switch n := st.(type) {
			case *ast.AugAssign:
				// x += 1 reads x too.
				if nm, ok := n.Target.(*ast.Name); ok {
					if sym := m.info.Uses[nm]; sym != nil && occ[sym] != nil {
						p.reads[sym]++
					}
				}
			case *ast.FunctionDef:
				// A closure's uses count at its def.
				m.closureUses(n.Body, func(sym *Symbol) { add(sym, occurrence{path: here}) })
			case *ast.Try:
				for _, h := range n.Handlers {
					if h.Name != "" {
						add(m.lookup(s, string(h.Name)), occurrence{path: here, store: true})
					}
				}
			}
			for _, b := range childBlocks(st) {
				walkBlock(b, here)
			}
		}
	}
	walkBlock(body, nil)
	for _, sym := range order {
		os := occ[sym]
		lca := os[0].path
		for _, o := range os[1:] {
			lca = commonPath(lca, o.path)
		}
		at := lca[len(lca)-1]
		_, isFor := at.stmt.(*ast.For)
		if isFor && !allWithin(os, lca) {
			// A loop variable used after its loop (or by a second loop)
			// outlives Go's range variable: declare it before.
			p.before[at.stmt] = append(p.before[at.stmt], sym)
			continue
		}
		if first := firstAt(os, lca); first != nil && first.store && isSimpleStore(at.stmt, first.name) {
			p.define[first.name] = true
			continue
		}
		p.before[at.stmt] = append(p.before[at.stmt], sym)
	}
	return p
}

// commonPath is the deepest frame list enclosing both paths; at the depth
// where both are in one block, it keeps the earlier statement.
func commonPath(a, b []frame) []frame {
	for k := 0; k < len(a) && k < len(b); k++ {
		if a[k].block != b[k].block {
			return a[:k]
		}
		if a[k].index != b[k].index {
			out := append([]frame(nil), a[:k]...)
			if b[k].index < a[k].index {
				return append(out, b[k])
			}
			return append(out, a[k])
		}
	}
	if len(a) < len(b) {
		return a
	}
	return b
}

// firstAt returns the first occurrence whose path is exactly lca, if that
// occurrence comes before every other one.
func firstAt(os []occurrence, lca []frame) *occurrence {
	for i := range os {
		if len(os[i].path) == len(lca) && os[i].path[len(lca)-1] == lca[len(lca)-1] {
			return &os[i]
		}
		if len(os[i].path) >= len(lca) {
			return nil // an earlier occurrence is nested inside the statement
		}
	}
	return nil
}

// isSimpleStore reports whether st is `name = value` or `name: T = value`
// with name as its only target.
func isSimpleStore(st ast.Stmt, name *ast.Name) bool {
	switch n := st.(type) {
	case *ast.Assign:
		return len(n.Targets) == 1 && n.Targets[0] == ast.Expr(name)
	case *parser.AnnAssign:
		return n.Value != nil && n.Target == ast.Expr(name)
	case *ast.For:
		return isRangeTarget(n.Target, name)
	}
	return false
}

func isRangeTarget(t ast.Expr, name *ast.Name) bool {
	switch n := t.(type) {
	case *ast.Name:
		return n == name
	case *ast.Tuple:
		for _, e := range n.Elts {
			if isRangeTarget(e, name) {
				return true
			}
		}
	}
	return false
}

// closureUses reports the symbols of enclosing scopes a nested function body
// refers to.
func (m *mapper) closureUses(body []ast.Stmt, f func(*Symbol)) {
	var visit func([]ast.Stmt)
	visit = func(stmts []ast.Stmt) {
		for _, st := range stmts {
			stmtExprs(st, func(e ast.Expr) {
				walkExpr(e, func(x ast.Expr) {
					if n, ok := x.(*ast.Name); ok {
						if sym := m.info.Uses[n]; sym != nil {
							f(sym)
						}
					}
				})
			})
			if d, ok := st.(*ast.FunctionDef); ok {
				visit(d.Body)
			}
			for _, b := range childBlocks(st) {
				visit(b)
			}
		}
	}
	visit(body)
}

// allWithin reports whether every occurrence lies inside the statement at
// the end of path.
func allWithin(os []occurrence, path []frame) bool {
	for _, o := range os {
		if len(o.path) < len(path) || o.path[len(path)-1] != path[len(path)-1] {
			return false
		}
	}
	return true
}
