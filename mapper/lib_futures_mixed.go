package mapper

import "github.com/go-python/gpython/ast"

// Futures of different result types that meet in one wait or as_completed
// call are all Future[any]: a Go slice has one element type. The joined
// type flows back into the variables the futures came from, and submit
// makes its future of the type of the variable (or list) it is stored in.

// unifyFutures flows the future type of fs's elements back into the
// names fs is built from (a list literal, a + of lists, a list variable),
// and returns that element type.
func (m *mapper) unifyFutures(s *Scope, fs ast.Expr) Type {
	elem := elemType(m.info.Types[fs])
	if _, ok := elem.(*ObjT); !ok {
		return elem
	}
	var flow func(e ast.Expr, t Type)
	flow = func(e ast.Expr, t Type) {
		switch x := e.(type) {
		case *ast.Name:
			m.flowTarget(s, x, t)
		case *ast.List:
			for _, el := range x.Elts {
				flow(el, elem)
			}
		case *ast.BinOp:
			flow(x.Left, t)
			flow(x.Right, t)
		}
	}
	flow(fs, &ListT{Elem: elem})
	return elem
}

// futureTargetElem is the result type of the variable the future that
// submit call n makes is stored in, directly or as the element of a list
// literal or comprehension, or nil.
func (m *mapper) futureTargetElem(n *ast.Call) Type {
	var found Type
	eachStmt(m.file.Module.Body, 0, func(st ast.Stmt, _ int) {
		as, ok := st.(*ast.Assign)
		if !ok || len(as.Targets) != 1 {
			return
		}
		target := m.info.Types[as.Targets[0]]
		if nm, ok := as.Targets[0].(*ast.Name); ok && m.info.Uses[nm] != nil {
			target = m.info.Uses[nm].Type
		}
		switch v := as.Value.(type) {
		case *ast.Call:
			if v == n {
				found = target
			}
		case *ast.ListComp:
			if v.Elt == n {
				found = elemType(target)
			}
		case *ast.List:
			for _, el := range v.Elts {
				if el == n {
					found = elemType(target)
				}
			}
		}
	})
	if o, ok := found.(*ObjT); ok && o.Class == futureClass {
		return o.Elem
	}
	return nil
}
