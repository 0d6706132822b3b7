package mapper

import (
	"strings"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// A child process works on a copy of its parent's memory: a Process target
// that changes a module global changes only the child's copy. Processes run
// as goroutines here, so such a target starts with copies of the globals it
// changes, shadowing them for the rest of its body:
//
//	func mutate() {
//		counter, items := counter, slices.Clone(items)
//		...
//
// which gives the child CPython's view (its changes visible to itself, not
// to the parent). The copy is only faithful when the mapper can see that
// nothing else could tell the difference, so it is made only when:
//   - the function is used only as a Process target (a direct call would
//     run in the parent and must change the real globals);
//   - its body calls no function of the file (a helper would read the real
//     globals, not the copies) and defines none;
//   - each changed global is an int, float, str, bool, or a list or dict of
//     those (copied with slices.Clone / maps.Clone), and the body reads it
//     (a Go variable only written is a compile error);
//   - the module changes each of those globals only by its one top-level
//     assignment, and no other function changes it: so the copy, taken when
//     the child starts, is the value a fork at start() would copy, and no
//     one writes the global while a child copies it.
// Otherwise the program is refused with a diagnostic (childIsolated).

// childCopies returns the globals a Process target starts with copies of,
// or nil when the target changes none or cannot be given copies.
func (m *mapper) childCopies(fn *Function) []*Symbol {
	if fn.Def == nil || !m.onlyProcessTarget(fn) || m.callsOwnFunctions(fn.Def.Body) {
		return nil
	}
	var out []*Symbol
	seen := map[*Symbol]bool{}
	ok := true
	m.eachGlobalMutation(fn.Def.Body, func(sym *Symbol) bool {
		if !seen[sym] {
			seen[sym] = true
			out = append(out, sym)
			ok = ok && copyable(sym.Type) && m.readsName(fn.Def.Body, sym) && m.changedOnlyBy(sym, fn)
		}
		return ok
	})
	if !ok {
		return nil
	}
	return out
}

// copyable reports whether a value of type t can be copied with one
// expression that shares nothing with the original.
func copyable(t Type) bool {
	switch x := t.(type) {
	case *ListT:
		return isBasic(x.Elem)
	case *DictT:
		return isBasic(x.Key) && isBasic(x.Val)
	}
	return isBasic(t)
}

// onlyProcessTarget reports whether every reference to fn is the target of
// a multiprocessing.Process.
func (m *mapper) onlyProcessTarget(fn *Function) bool {
	targets, refs := 0, 0
	for nm, sym := range m.info.Uses {
		if sym.Kind == FuncSym && sym.Fn == fn && nm.Ctx == ast.Load {
			refs++
		}
	}
	m.eachModuleExpr(func(x ast.Expr) {
		call, ok := x.(*ast.Call)
		if !ok {
			return
		}
		if o, ok := m.info.Types[call].(*ObjT); !ok || o.Class != processClass {
			return
		}
		if t, ok := argOrKeyword(call, 1, "target").(*ast.Name); ok && m.funcOf(t) == fn {
			targets++
		}
	})
	return refs > 0 && refs == targets
}

// eachModuleExpr calls f on every expression of the file.
func (m *mapper) eachModuleExpr(f func(ast.Expr)) {
	eachStmt(m.file.Module.Body, 0, func(st ast.Stmt, _ int) {
		stmtExprs(st, func(e ast.Expr) { walkExpr(e, f) })
	})
}

// callsOwnFunctions reports whether body calls a function or class of the
// file, or defines one.
func (m *mapper) callsOwnFunctions(body []ast.Stmt) bool {
	found := false
	eachStmt(body, 0, func(st ast.Stmt, _ int) {
		switch st.(type) {
		case *ast.FunctionDef, *ast.ClassDef:
			found = true
		}
		stmtExprs(st, func(e ast.Expr) {
			walkExpr(e, func(x ast.Expr) {
				if call, ok := x.(*ast.Call); ok {
					switch m.info.Types[call.Func].(type) {
					case *FuncT, *boundT, *ClassT:
						found = true
					}
				}
			})
		})
	})
	return found
}

// readsName reports whether body reads sym (an augmented assignment reads).
func (m *mapper) readsName(body []ast.Stmt, sym *Symbol) bool {
	found := false
	eachStmt(body, 0, func(st ast.Stmt, _ int) {
		if aug, ok := st.(*ast.AugAssign); ok {
			if nm, ok := aug.Target.(*ast.Name); ok && m.info.Uses[nm] == sym {
				found = true
			}
		}
		stmtExprs(st, func(e ast.Expr) {
			walkExpr(e, func(x ast.Expr) {
				if nm, ok := x.(*ast.Name); ok && nm.Ctx == ast.Load && m.info.Uses[nm] == sym {
					found = true
				}
			})
		})
	})
	return found
}

// changedOnlyBy reports whether sym is changed only by its one module-level
// assignment and by fn.
func (m *mapper) changedOnlyBy(sym *Symbol, fn *Function) bool {
	moduleChanges := 0
	var topLevel []ast.Stmt
	for _, st := range m.file.Module.Body {
		switch st.(type) {
		case *ast.FunctionDef, *ast.ClassDef:
			continue
		}
		topLevel = append(topLevel, st)
	}
	m.eachGlobalMutation(topLevel, func(s *Symbol) bool {
		if s == sym {
			moduleChanges++
		}
		return true
	})
	if moduleChanges != 1 {
		return false
	}
	for _, other := range m.funcs {
		if other == fn || other.Def == nil {
			continue
		}
		changed := false
		m.eachGlobalMutation(other.Def.Body, func(s *Symbol) bool {
			changed = changed || s == sym
			return !changed
		})
		if changed {
			return false
		}
	}
	return true
}

// childCopyStmts are the statements that start a Process target's body:
// a comment and the copies of the globals it changes.
func (m *mapper) childCopyStmts(fn *Function) []ir.Stmt {
	syms := m.childCopies(fn)
	if len(syms) == 0 {
		return nil
	}
	lhs := make([]ir.Expr, len(syms))
	rhs := make([]ir.Expr, len(syms))
	names := make([]string, len(syms))
	for i, sym := range syms {
		names[i] = sym.Name
		lhs[i] = ir.Id(sym.GoName)
		rhs[i] = ir.Id(sym.GoName)
		switch sym.Type.(type) {
		case *ListT:
			rhs[i] = ir.CallOf(ir.Q("slices", "Clone"), ir.Id(sym.GoName))
		case *DictT:
			rhs[i] = ir.CallOf(ir.Q("maps", "Clone"), ir.Id(sym.GoName))
		}
	}
	return []ir.Stmt{
		&ir.Comment{Text: "A child process works on a copy of its parent's memory: " + fn.Name + " changes its own " + strings.Join(names, ", ") + ", never the parent's."},
		&ir.Assign{Lhs: lhs, Tok: ":=", Rhs: rhs},
	}
}
