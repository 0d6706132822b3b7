package mapper

import "github.com/go-python/gpython/ast"

// droppedThreadNames returns the names read only by the name argument of
// Thread(...) calls in e whose thread becomes a plain goroutine: nothing
// asks such a thread its name, so the argument is not translated, and a
// loop variable used only there (name=f"w{i}") must not count as read, or
// Go would reject it as declared and not used.
func (m *mapper) droppedThreadNames(e ast.Expr) map[*ast.Name]bool {
	var dropped map[*ast.Name]bool
	walkExpr(e, func(x ast.Expr) {
		call, ok := x.(*ast.Call)
		if !ok {
			return
		}
		g := m.info.Threads[call]
		if g == nil || g.find().Queried {
			return
		}
		if nm := argOrKeyword(call, 2, "name"); nm != nil {
			walkExpr(nm, func(y ast.Expr) {
				if n, ok := y.(*ast.Name); ok {
					if dropped == nil {
						dropped = map[*ast.Name]bool{}
					}
					dropped[n] = true
				}
			})
		}
	})
	return dropped
}
