package mapper

import (
	"strings"

	"github.com/go-python/gpython/ast"
)

// Tutorial snippets use names defined elsewhere in the tutorial
// (`barrier.wait()`, `Thread(target=task)`). So that a pasted snippet still
// becomes Go that type-checks, each free name is declared from its use: a
// module that is not imported is imported, a threading class or function is
// taken from its module, a name that is called is a function variable, and
// any other name is a package-level variable whose type comes from the
// methods called on it and from its name (lock, barrier, event...). Each
// such declaration is reported as a note.

// knownModules are modules a snippet may use without importing them.
var knownModules = map[string]bool{
	"threading": true, "queue": true, "time": true, "random": true, "sys": true, "math": true,
	"multiprocessing": true, "concurrent": true, "logging": true, "os": true,
}

// threadingMembers are names snippets use after `from threading import ...`.
var threadingMembers = map[string]string{
	"Thread": "threading", "Lock": "threading", "RLock": "threading", "Condition": "threading",
	"Semaphore": "threading", "BoundedSemaphore": "threading", "Event": "threading", "Timer": "threading",
	"Barrier": "threading", "current_thread": "threading", "currentThread": "threading",
	"main_thread": "threading", "active_count": "threading", "enumerate": "threading",
	"get_ident": "threading", "get_native_id": "threading", "local": "threading",
	"Queue": "queue", "LifoQueue": "queue", "PriorityQueue": "queue", "SimpleQueue": "queue",
	"ThreadPoolExecutor": "concurrent.futures", "sleep": "time",
}

type freeUse struct {
	called    bool
	valueUsed bool
	methods   map[string]bool
	first     *ast.Name
}

func (m *mapper) declareFreeNames() {
	uses := map[string]*freeUse{}
	var order []string
	visit := func(s *Scope, e ast.Expr) {
		walkParent(e, nil, func(x, parent ast.Expr) {
			n, ok := x.(*ast.Name)
			if !ok || n.Ctx != ast.Load || m.lookup(s, string(n.Id)) != nil || isBuiltin(string(n.Id)) || string(n.Id) == "__name__" {
				return
			}
			if m.compVar(e, string(n.Id)) {
				return
			}
			u := uses[string(n.Id)]
			if u == nil {
				u = &freeUse{methods: map[string]bool{}, first: n}
				uses[string(n.Id)] = u
				order = append(order, string(n.Id))
			}
			switch p := parent.(type) {
			case *ast.Call:
				if p.Func == x || takesFunction(p.Func) {
					u.called = true
				}
				if p.Func == x && !m.callIsStatement(p) {
					u.valueUsed = true
				}
			case *ast.Attribute:
				u.methods[string(p.Attr)] = true
			}
		})
	}
	m.eachScopeExpr(visit)
	for _, name := range order {
		m.declareFree(name, uses[name])
	}
}

// compVar reports whether name is bound by a comprehension inside e.
func (m *mapper) compVar(e ast.Expr, name string) bool {
	found := false
	walkExpr(e, func(x ast.Expr) {
		var gens []ast.Comprehension
		switch c := x.(type) {
		case *ast.ListComp:
			gens = c.Generators
		case *ast.SetComp:
			gens = c.Generators
		case *ast.DictComp:
			gens = c.Generators
		case *ast.GeneratorExp:
			gens = c.Generators
		case *ast.Lambda:
			if c.Args != nil {
				for _, a := range c.Args.Args {
					if string(a.Arg) == name {
						found = true
					}
				}
			}
		}
		for _, g := range gens {
			walkExpr(g.Target, func(t ast.Expr) {
				if n, ok := t.(*ast.Name); ok && string(n.Id) == name {
					found = true
				}
			})
		}
	})
	return found
}

func (m *mapper) declareFree(name string, u *freeUse) {
	sym := &Symbol{Name: name, Scope: m.module, Type: Unknown, Def: u.first, Free: true}
	switch {
	case knownModules[name]:
		sym.Kind, sym.Import = ImportSym, name
	case threadingMembers[name] != "":
		sym.Kind, sym.Import = ImportSym, threadingMembers[name]+"."+name
	case u.called:
		fn := &Function{Name: name, Ret: Unknown, External: true, Returns: true, ValueUsed: u.valueUsed}
		fn.Scope = newScope(m.module, fn)
		sym.Kind, sym.Fn = FuncSym, fn
		m.external = append(m.external, fn)
	default:
		sym.Kind, sym.Global = VarSym, true
		sym.Type = freeVarType(name, u.methods)
		m.freeVars = append(m.freeVars, sym)
	}
	m.module.Syms[name] = sym
}

// freeVarType guesses the type of a free variable from the methods called
// on it and its name.
func freeVarType(name string, methods map[string]bool) Type {
	lower := strings.ToLower(name)
	has := func(ms ...string) bool {
		for _, x := range ms {
			if methods[x] {
				return true
			}
		}
		return false
	}
	switch {
	case strings.Contains(lower, "rlock"):
		return &ObjT{Class: "threading.RLock"}
	case strings.Contains(lower, "lock") || has("locked") || (has("acquire", "release") && len(methods) <= 3):
		return &LockT{}
	case strings.Contains(lower, "barrier") || has("n_waiting", "parties", "abort"):
		return &ObjT{Class: "threading.Barrier"}
	case strings.Contains(lower, "timer") || has("cancel"):
		return &ObjT{Class: "threading.Timer"}
	case strings.Contains(lower, "event") || has("is_set", "set", "clear"):
		return &ObjT{Class: "threading.Event"}
	case strings.Contains(lower, "cond") || has("notify", "notify_all", "wait_for"):
		return &ObjT{Class: "threading.Condition"}
	case strings.Contains(lower, "sem"):
		return &ObjT{Class: "threading.Semaphore"}
	case strings.Contains(lower, "queue") || lower == "q" || has("put", "get", "task_done"):
		return &ObjT{Class: "queue.Queue", Elem: Unknown}
	case strings.Contains(lower, "thread") || has("start", "join", "is_alive"):
		return &ThreadT{Group: &ThreadGroup{Queried: true, Name: name}}
	}
	return Unknown
}

// eachScopeExpr calls f on every expression of the module body and of
// every function body, with the scope it is in.
func (m *mapper) eachScopeExpr(f func(*Scope, ast.Expr)) {
	var visit func(*Scope, []ast.Stmt)
	visit = func(s *Scope, body []ast.Stmt) {
		for _, st := range body {
			stmtExprs(st, func(e ast.Expr) { f(s, e) })
			for _, b := range childBlocks(st) {
				visit(s, b)
			}
			if cd, ok := st.(*ast.ClassDef); ok {
				for _, b := range cd.Body {
					if a, ok := b.(*ast.Assign); ok {
						f(s, a.Value)
					}
				}
			}
		}
	}
	visit(m.module, m.file.Module.Body)
	for _, fn := range m.funcs {
		visit(fn.Scope, fn.Def.Body)
	}
}

// walkParent is walkExpr with each node's parent.
func walkParent(e, parent ast.Expr, f func(x, parent ast.Expr)) {
	if e == nil {
		return
	}
	f(e, parent)
	subExprs(e, func(c ast.Expr) { walkParent(c, e, f) })
}

// takesFunction reports whether a callee takes a function argument (a
// thread target, a timer function, a task), so a free name passed to it is
// a function.
func takesFunction(callee ast.Expr) bool {
	var name string
	switch f := callee.(type) {
	case *ast.Name:
		name = string(f.Id)
	case *ast.Attribute:
		name = string(f.Attr)
	}
	switch name {
	case "Thread", "Timer", "submit", "map", "apply_async", "Process", "Barrier", "partial", "starmap":
		return true
	}
	return false
}

// callIsStatement reports whether call is a whole expression statement.
func (m *mapper) callIsStatement(call *ast.Call) bool {
	found := false
	var visit func([]ast.Stmt)
	visit = func(body []ast.Stmt) {
		for _, st := range body {
			if es, ok := st.(*ast.ExprStmt); ok && es.Value == ast.Expr(call) {
				found = true
			}
			if d, ok := st.(*ast.FunctionDef); ok {
				visit(d.Body)
			}
			for _, b := range childBlocks(st) {
				visit(b)
			}
		}
	}
	visit(m.file.Module.Body)
	return found
}

// typeFreeResults types what a snippet's free callables return from the
// variable the result is stored in: `thread = CustomThread()` followed by
// `thread.start()` makes CustomThread a func returning a thread, as
// freeVarType types free variables. It reports whether it typed any.
func (m *mapper) typeFreeResults() bool {
	typed := false
	for _, st := range m.file.Module.Body {
		as, ok := st.(*ast.Assign)
		if !ok || len(as.Targets) != 1 {
			continue
		}
		target, ok := as.Targets[0].(*ast.Name)
		call, isCall := as.Value.(*ast.Call)
		if !ok || !isCall {
			continue
		}
		callee, ok := call.Func.(*ast.Name)
		if !ok {
			continue
		}
		fsym, vsym := m.info.Uses[callee], m.info.Uses[target]
		if fsym == nil || fsym.Fn == nil || !fsym.Fn.External || fsym.Fn.Ret != Unknown || vsym == nil {
			continue
		}
		methods := m.methodsIn(m.file.Module.Body, vsym)
		t := freeVarType(string(callee.Id)+" "+vsym.Name, methods)
		if t == Unknown && len(methods) > 0 && isClassName(string(callee.Id)) {
			t = m.newFreeObj(string(callee.Id))
		}
		if t != Unknown {
			fsym.Fn.Ret = t
			typed = true
		}
	}
	return typed
}

// isClassName reports whether a name is spelled as Python classes are.
func isClassName(name string) bool { return name != "" && name[0] >= 'A' && name[0] <= 'Z' }
