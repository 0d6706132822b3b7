package mapper

import "github.com/go-python/gpython/ast"

// checkThreadFusion decides which threads can be plain goroutines. A
// thread is fused into a go statement only when its creation is directly
// followed by its start (`t = Thread(...); t.start()`, possibly with
// t.daemon = True between) or is started where it is made
// (`Thread(...).start()`): then there is no thread value to keep. Any other
// creation (a list of threads started later, a thread passed around) needs
// a value, the runtime thread.
func (m *mapper) checkThreadFusion() {
	fused := map[*ast.Call]bool{}
	var visit func([]ast.Stmt)
	visit = func(body []ast.Stmt) {
		for i, st := range body {
			if call := m.fusableCreation(body, i); call != nil {
				fused[call] = true
			}
			if es, ok := st.(*ast.ExprStmt); ok {
				if call, ok := es.Value.(*ast.Call); ok {
					if attr, ok := call.Func.(*ast.Attribute); ok && string(attr.Attr) == "start" {
						if inner, ok := attr.Value.(*ast.Call); ok {
							fused[inner] = true
						}
					}
				}
			}
			for _, b := range childBlocks(st) {
				visit(b)
			}
		}
	}
	visit(m.file.Module.Body)
	for _, fn := range m.funcs {
		visit(fn.Def.Body)
	}
	for call, g := range m.info.Threads {
		// sys.exit must still wait for the threads: pyrt.Main waits for
		// runtime threads, not for WaitGroups.
		if !fused[call] || m.exits {
			g.find().Queried = true
		}
	}
	for _, g := range m.rootGroups() {
		if g.Queried {
			m.usesRuntimeThreads = true
		}
	}
}

// fusableCreation returns the Thread(...) call of body[i] when it is
// `name = Thread(...)` followed by name.start().
func (m *mapper) fusableCreation(body []ast.Stmt, i int) *ast.Call {
	as, ok := body[i].(*ast.Assign)
	if !ok || len(as.Targets) != 1 {
		return nil
	}
	name, ok := as.Targets[0].(*ast.Name)
	call, ok2 := as.Value.(*ast.Call)
	if !ok || !ok2 || m.info.Threads[call] == nil {
		return nil
	}
	for j := i + 1; j < len(body); j++ {
		switch n := body[j].(type) {
		case *ast.Assign:
			// t.daemon = True, or another thread's creation, between
			// creation and start (t1 = ...; t2 = ...; t1.start()).
			if len(n.Targets) == 1 {
				if a, ok := n.Targets[0].(*ast.Attribute); ok && isName(a.Value, string(name.Id)) && string(a.Attr) == "daemon" {
					continue
				}
				if c, ok := n.Value.(*ast.Call); ok && m.info.Threads[c] != nil {
					if _, ok := n.Targets[0].(*ast.Name); ok && !isName(n.Targets[0], string(name.Id)) {
						continue
					}
				}
			}
			return nil
		case *ast.ExprStmt:
			c, ok := n.Value.(*ast.Call)
			if !ok {
				return nil
			}
			a, ok := c.Func.(*ast.Attribute)
			if !ok {
				return nil
			}
			if !isName(a.Value, string(name.Id)) {
				if string(a.Attr) == "start" {
					if _, isThread := m.info.Types[a.Value].(*ThreadT); isThread {
						continue // another thread's start
					}
				}
				return nil
			}
			switch string(a.Attr) {
			case "start":
				return call
			case "setDaemon":
				continue
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

func isName(e ast.Expr, id string) bool {
	n, ok := e.(*ast.Name)
	return ok && string(n.Id) == id
}
