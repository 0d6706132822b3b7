package mapper

import (
	"bytes"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
	"github.com/py2goconc/py2goconc/parser"
)

// A variable that holds ints and is then rebound to a float in straight-
// line code, as in
//
//	total = 0
//	for x in xs:
//	    total += x
//	print(total)
//	total = total / len(xs)
//
// is NumT to inference (numtype.go), yet no use sees both kinds: every load
// before the rebinding sees an int and every load after it a float. Such a
// variable becomes two Python names, the second one fresh (total2), and
// the file is mapped again from a fresh parse so renamed: Go has an int
// and a float64 instead of a pyrt.Num. The same holds for a float64
// variable whose int constant is printed before the rebinding
// (`count = 1; print(count); count /= 2`), which would print 1.0. The
// rebinding must be a statement of the function's (or module's) own body,
// not nested in a loop or branch, and no nested function, lambda or class
// may mention the name.

// numSplit is one variable to split at the statement at of a body: the
// module's (def is nil) or that of the function def.
type numSplit struct {
	def   *ast.FunctionDef
	at    int
	name  string
	fresh string
}

// numSplits finds the NumT (or int-then-float float64) variables that can
// be split, in a stable order.
func (m *mapper) numSplits() []numSplit {
	var splits []numSplit
	taken := map[string]bool{}
	find := func(s *Scope, def *ast.FunctionDef, body []ast.Stmt) {
		names := slices.Sorted(maps.Keys(s.Syms))
		for _, name := range names {
			sym := s.Syms[name]
			if sym.Kind != VarSym || (sym.Type != NumT && sym.Type != FloatT) || sym.Global || sym.Shared || sym.ExcVar {
				continue
			}
			if at, ok := m.splitPoint(body, sym.Name, sym.Type == NumT, s == m.module); ok {
				splits = append(splits, numSplit{def: def, at: at, name: sym.Name, fresh: m.freshName(sym.Name, taken)})
			}
		}
	}
	find(m.module, nil, m.file.Module.Body)
	for _, fn := range m.funcs {
		if fn.Def != nil {
			find(fn.Scope, fn.Def, fn.Def.Body)
		}
	}
	return splits
}

// splitNumVars maps f again from a fresh parse of its source with the
// splits applied (the AST f holds stays as the caller gave it); ok is
// false when there is nothing to split.
func (m *mapper) splitNumVars() (out *ir.File, diags parser.Diagnostics, ok bool) {
	splits := m.numSplits()
	if len(splits) == 0 {
		return nil, nil, false
	}
	g, pdiags := parser.Parse(m.file.Name, m.file.Src)
	if pdiags.HasErrors() {
		return nil, nil, false // cannot happen: the same source parsed before
	}
	defs := map[ast.Pos]*ast.FunctionDef{}
	collectDefs(g.Module.Body, defs)
	for _, sp := range splits {
		body := g.Module.Body
		if sp.def != nil {
			d := defs[sp.def.Pos]
			if d == nil {
				return nil, nil, false
			}
			body = d.Body
		}
		sp.apply(body)
	}
	out, diags = mapFile(g, false)
	return out, diags, true
}

// collectDefs indexes the function definitions in body, nested ones
// included, by position.
func collectDefs(body []ast.Stmt, defs map[ast.Pos]*ast.FunctionDef) {
	for _, st := range body {
		switch n := st.(type) {
		case *ast.FunctionDef:
			defs[n.Pos] = n
			collectDefs(n.Body, defs)
		case *ast.ClassDef:
			collectDefs(n.Body, defs)
		}
		for _, b := range childBlocks(st) {
			collectDefs(b, defs)
		}
	}
}

// freshName is name followed by the first number from 2 that the source
// never spells, so it can clash with nothing.
func (m *mapper) freshName(name string, taken map[string]bool) string {
	for i := 2; ; i++ {
		c := name + strconv.Itoa(i)
		if !taken[c] && !bytes.Contains(m.file.Src, []byte(c)) {
			taken[c] = true
			return c
		}
	}
}

// numStore is one assignment to the variable being split.
type numStore struct {
	value ast.Expr
	op    ast.OperatorNumber // 0 for plain assignment
}

// splitPoint finds the top-level statement of body that rebinds name from
// ints to floats: every store before it gives an int, it and every store
// after it give a float. ok is false when there is none or the name is
// stored or mentioned in a way the split cannot follow.
func (m *mapper) splitPoint(body []ast.Stmt, name string, isNum, module bool) (int, bool) {
	at, sawInt := -1, false
	for i, st := range body {
		stores, ok := m.storesOf([]ast.Stmt{st}, name, module)
		if !ok {
			return 0, false
		}
		for _, s := range stores {
			switch {
			case at < 0 && m.intStore(s):
				sawInt = true
			case at < 0 && sawInt && m.floatStore(s, false) && isTopStore(st, name):
				at = i
			case at >= 0 && m.floatStore(s, true):
			default:
				return 0, false
			}
		}
	}
	if at <= 0 {
		return 0, false
	}
	// An int nothing reads needs no name of its own (Go rejects an unused
	// variable). A float64 variable (an int constant, then floats) is
	// split only when a statement before the rebinding reads the int:
	// x = 1; x = x + 0.5 stays one float64.
	reads := body[:at]
	if isNum {
		reads = body[:at+1]
	}
	return at, loadsName(reads, name)
}

// loadsName reports whether body reads name (x op= ... reads it too).
func loadsName(body []ast.Stmt, name string) bool {
	found := false
	for _, st := range body {
		if a, ok := st.(*ast.AugAssign); ok && isNameOf(a.Target, name) {
			return true
		}
		stmtExprs(st, func(e ast.Expr) {
			walkExpr(e, func(x ast.Expr) {
				if n, ok := x.(*ast.Name); ok && string(n.Id) == name && n.Ctx == ast.Load {
					found = true
				}
			})
		})
		for _, b := range childBlocks(st) {
			found = found || loadsName(b, name)
		}
		if found {
			return true
		}
	}
	return false
}

// isTopStore reports whether st itself assigns name (x = ... or x op= ...).
func isTopStore(st ast.Stmt, name string) bool {
	switch n := st.(type) {
	case *ast.Assign:
		return len(n.Targets) == 1 && isNameOf(n.Targets[0], name)
	case *ast.AugAssign:
		return isNameOf(n.Target, name)
	}
	return false
}

func isNameOf(e ast.Expr, name string) bool {
	n, ok := e.(*ast.Name)
	return ok && string(n.Id) == name
}

// intStore reports whether s stores an int whatever the variable held.
func (m *mapper) intStore(s numStore) bool {
	vt := m.info.Types[s.value]
	switch s.op {
	case 0:
		return vt == IntT
	case ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Modulo:
		return vt == IntT || vt == BoolT
	case ast.Pow:
		k, ok := constInt(s.value) // a negative power is a float
		return ok && k >= 0
	}
	return false
}

// floatStore reports whether s stores a float given that the variable
// held a number, a float when held is set.
func (m *mapper) floatStore(s numStore, held bool) bool {
	vt := m.info.Types[s.value]
	number := vt == IntT || vt == BoolT || vt == FloatT
	switch s.op {
	case 0:
		return vt == FloatT
	case ast.Div:
		return number
	case ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Modulo, ast.Pow:
		return vt == FloatT || (held && number)
	}
	return false
}

// storesOf collects the assignments to name in body and the blocks nested
// in it; ok is false when name is bound any other way (a for target, with
// ... as, except ... as, tuple unpacking, del, global) or mentioned inside
// a nested function, lambda or class, which may run at any time.
func (m *mapper) storesOf(body []ast.Stmt, name string, module bool) (stores []numStore, ok bool) {
	ok = true
	var visit func([]ast.Stmt)
	visit = func(body []ast.Stmt) {
		for _, st := range body {
			stmtExprs(st, func(e ast.Expr) {
				if lambdaMentions(e, name) {
					ok = false
				}
			})
			switch n := st.(type) {
			case *ast.Assign:
				if len(n.Targets) == 1 && isNameOf(n.Targets[0], name) {
					stores = append(stores, numStore{value: n.Value})
					break
				}
				for _, t := range n.Targets {
					ok = ok && !bindsName(t, name)
				}
			case *ast.AugAssign:
				if isNameOf(n.Target, name) {
					stores = append(stores, numStore{value: n.Value, op: n.Op})
				}
			case *ast.For:
				ok = ok && !bindsName(n.Target, name)
			case *ast.With:
				for _, it := range n.Items {
					ok = ok && (it.OptionalVars == nil || !bindsName(it.OptionalVars, name))
				}
			case *ast.Try:
				for _, h := range n.Handlers {
					ok = ok && string(h.Name) != name
				}
			case *ast.Delete, *ast.Global, *ast.Nonlocal, *ast.Import, *ast.ImportFrom, *parser.AnnAssign:
				ok = ok && !stmtsMention([]ast.Stmt{st}, name)
			case *ast.FunctionDef:
				// A function that reads a module variable makes it Global,
				// which splitNumVars skips; one with a local of the same
				// name does not see it.
				ok = ok && (module || !stmtsMention([]ast.Stmt{st}, name))
			case *ast.ClassDef:
				ok = ok && !stmtsMention([]ast.Stmt{st}, name)
			}
			for _, b := range childBlocks(st) {
				visit(b)
			}
		}
	}
	visit(body)
	return stores, ok
}

// bindsName reports whether the assignment target binds name: the name
// itself or a tuple or list pattern holding it.
func bindsName(target ast.Expr, name string) bool {
	switch t := target.(type) {
	case *ast.Name:
		return string(t.Id) == name
	case *ast.Tuple:
		return slices.ContainsFunc(t.Elts, func(e ast.Expr) bool { return bindsName(e, name) })
	case *ast.List:
		return slices.ContainsFunc(t.Elts, func(e ast.Expr) bool { return bindsName(e, name) })
	case *ast.Starred:
		return bindsName(t.Value, name)
	}
	return false
}

// lambdaMentions reports whether a lambda inside e mentions name.
func lambdaMentions(e ast.Expr, name string) bool {
	found := false
	walkExpr(e, func(x ast.Expr) {
		if l, ok := x.(*ast.Lambda); ok && (exprMentions(l.Body, name) || lambdaHasArg(l, name)) {
			found = true
		}
	})
	return found
}

func exprMentions(e ast.Expr, name string) bool {
	found := false
	walkExpr(e, func(x ast.Expr) { found = found || isNameOf(x, name) })
	return found
}

// stmtsMention reports whether name appears anywhere in body, nested
// functions and classes included, as a name, a def, a class, a parameter,
// or in global, nonlocal, import or except ... as.
func stmtsMention(body []ast.Stmt, name string) bool {
	for _, st := range body {
		found := false
		stmtExprs(st, func(e ast.Expr) { found = found || exprMentions(e, name) })
		switch n := st.(type) {
		case *ast.FunctionDef:
			found = found || string(n.Name) == name || stmtsMention(n.Body, name)
			for _, d := range n.DecoratorList {
				found = found || exprMentions(d, name)
			}
			if n.Args != nil {
				for _, a := range n.Args.Args {
					found = found || string(a.Arg) == name
				}
			}
		case *ast.ClassDef:
			found = found || string(n.Name) == name || stmtsMention(n.Body, name)
			for _, b := range n.Bases {
				found = found || exprMentions(b, name)
			}
		case *ast.Global:
			found = found || slices.Contains(n.Names, ast.Identifier(name))
		case *ast.Nonlocal:
			found = found || slices.Contains(n.Names, ast.Identifier(name))
		case *ast.Import:
			found = found || importBinds(n.Names, name)
		case *ast.ImportFrom:
			found = found || importBinds(n.Names, name)
		case *ast.Try:
			for _, h := range n.Handlers {
				found = found || string(h.Name) == name
			}
		}
		for _, b := range childBlocks(st) {
			found = found || stmtsMention(b, name)
		}
		if found {
			return true
		}
	}
	return false
}

// importBinds reports whether an import of aliases binds name.
func importBinds(aliases []*ast.Alias, name string) bool {
	for _, a := range aliases {
		bound := string(a.AsName)
		if bound == "" {
			bound, _, _ = strings.Cut(string(a.Name), ".")
		}
		if bound == name {
			return true
		}
	}
	return false
}

func lambdaHasArg(l *ast.Lambda, name string) bool {
	if l.Args == nil {
		return false
	}
	for _, a := range l.Args.Args {
		if string(a.Arg) == name {
			return true
		}
	}
	return false
}

// apply renames the variable from the rebinding on: the rebinding's target
// and every later mention; the rebinding's value still reads the old name.
func (sp numSplit) apply(body []ast.Stmt) {
	rename := func(e ast.Expr) {
		walkExpr(e, func(x ast.Expr) {
			if n, ok := x.(*ast.Name); ok && string(n.Id) == sp.name {
				n.Id = ast.Identifier(sp.fresh)
			}
		})
	}
	switch n := body[sp.at].(type) {
	case *ast.Assign:
		rename(n.Targets[0])
	case *ast.AugAssign:
		// total /= 4 becomes total2 = total / 4.
		target := n.Target.(*ast.Name)
		old := &ast.Name{ExprBase: target.ExprBase, Id: target.Id, Ctx: ast.Load}
		fresh := &ast.Name{ExprBase: target.ExprBase, Id: ast.Identifier(sp.fresh), Ctx: ast.Store}
		value := &ast.BinOp{ExprBase: target.ExprBase, Left: old, Op: n.Op, Right: n.Value}
		body[sp.at] = &ast.Assign{StmtBase: n.StmtBase, Targets: []ast.Expr{fresh}, Value: value}
	}
	var visit func([]ast.Stmt)
	visit = func(body []ast.Stmt) {
		for _, st := range body {
			stmtExprs(st, rename)
			for _, b := range childBlocks(st) {
				visit(b)
			}
		}
	}
	visit(body[sp.at+1:])
}
