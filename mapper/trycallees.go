package mapper

import "github.com/go-python/gpython/ast"

// Functions a try body calls. A Go map read of a missing key gives the
// zero value where Python raises KeyError; the translation pays for the
// check (pyrt.MapAt) only where the KeyError can be caught: inside try
// bodies and in the functions and methods they call, directly or through
// other functions.

// calledInTry reports whether fn may run inside a try body.
func (m *mapper) calledInTry(fn *Function) bool {
	if fn == nil {
		return false
	}
	if m.tryCallees == nil {
		m.tryCallees = map[*Function]bool{}
		m.findTryCallees()
	}
	return m.tryCallees[fn]
}

func (m *mapper) findTryCallees() {
	var work []*Function
	add := func(body []ast.Stmt) {
		for _, fn := range m.calleesIn(body) {
			if !m.tryCallees[fn] {
				m.tryCallees[fn] = true
				work = append(work, fn)
			}
		}
	}
	eachStmt(m.file.Module.Body, 0, func(st ast.Stmt, _ int) {
		if t, ok := st.(*ast.Try); ok {
			add(t.Body)
		}
	})
	for len(work) > 0 {
		fn := work[len(work)-1]
		work = work[:len(work)-1]
		if fn.Def != nil {
			add(fn.Def.Body)
		}
	}
}

// calleesIn lists the user functions and methods called in body, outside
// nested definitions.
func (m *mapper) calleesIn(body []ast.Stmt) []*Function {
	var out []*Function
	for _, st := range body {
		switch st.(type) {
		case *ast.FunctionDef, *ast.ClassDef:
			continue
		}
		stmtExprs(st, func(e ast.Expr) {
			walkExpr(e, func(x ast.Expr) {
				call, ok := x.(*ast.Call)
				if !ok {
					return
				}
				switch f := m.info.Types[call.Func].(type) {
				case *FuncT:
					out = append(out, f.Fn)
				case *boundT:
					out = append(out, f.Fn)
				case *ClassT:
					if init := f.Class.method("__init__"); init != nil {
						out = append(out, init)
					}
				}
			})
		})
		for _, blk := range childBlocks(st) {
			out = append(out, m.calleesIn(blk)...)
		}
	}
	return out
}
