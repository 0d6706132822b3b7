package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/parser"
)

// Which user functions may change state their caller can see: a global or
// nonlocal name, an attribute, an element, a container through one of its
// mutating methods, or through another function that does. The argument
// ordering (evalorder.go) needs to know which calls can change what an
// earlier argument loads; a getter such as area() cannot, and moving the
// loads before it would only add noise.
//
// The analysis is conservative: a call whose callee is not a known user
// function (a function value, a lambda, a callback parameter) may change
// anything, and so does every function a fragment does not define.

// mutatingMethods are the methods of Python's containers and library
// objects that change their object.
var mutatingMethods = map[string]bool{
	"append": true, "extend": true, "insert": true, "pop": true, "remove": true, "clear": true,
	"update": true, "add": true, "discard": true, "setdefault": true, "sort": true, "reverse": true,
	"popleft": true, "appendleft": true, "extendleft": true, "rotate": true, "popitem": true,
	"put": true, "put_nowait": true, "get": true, "get_nowait": true, "write": true, "set": true,
}

// stateWriters reports, for each user function, whether a call of it may
// change state visible outside it.
func (m *mapper) stateWriters() map[*Function]bool {
	if m.writers != nil {
		return m.writers // types are final while functions are translated
	}
	direct := map[*Function]bool{}
	calls := map[*Function][]*Function{}
	for _, fn := range m.funcs {
		w := &effectWalker{m: m, fn: fn}
		switch {
		case fn.External:
			w.writes = true
		case fn.Lambda != nil:
			walkExpr(fn.Lambda.Body, w.expr)
		case fn.Def != nil:
			eachStmt(fn.Def.Body, 0, func(st ast.Stmt, _ int) { w.stmt(st) })
		}
		// Otherwise the mapper made the function (a dataclass's __init__):
		// it only sets the new object's fields.
		direct[fn] = w.writes
		calls[fn] = w.callees
	}
	// A function writes if one it calls does: iterate to a fixed point.
	for changed := true; changed; {
		changed = false
		for fn, callees := range calls {
			if direct[fn] {
				continue
			}
			for _, g := range callees {
				if direct[g] {
					direct[fn], changed = true, true
					break
				}
			}
		}
	}
	m.writers = direct
	return direct
}

type effectWalker struct {
	m       *mapper
	fn      *Function
	writes  bool
	callees []*Function
}

func (w *effectWalker) stmt(st ast.Stmt) {
	switch n := st.(type) {
	case *ast.Global, *ast.Nonlocal:
		w.writes = true
	case *ast.Assign:
		for _, t := range n.Targets {
			w.target(t)
		}
	case *ast.AugAssign:
		w.target(n.Target)
	case *parser.AnnAssign:
		w.target(n.Target)
	case *ast.Delete:
		for _, t := range n.Targets {
			w.target(t)
		}
	}
	stmtExprs(st, func(e ast.Expr) { walkExpr(e, w.expr) })
}

// target notes a store: to an attribute or an element it writes state,
// except the attributes __init__ (or a dataclass's __post_init__) sets on
// the object it is making.
func (w *effectWalker) target(t ast.Expr) {
	switch x := t.(type) {
	case *ast.Attribute:
		if self, ok := x.Value.(*ast.Name); ok && self.Id == "self" && (w.fn.Name == "__init__" || w.fn.Name == "__post_init__") {
			return
		}
		w.writes = true
	case *ast.Subscript:
		w.writes = true
	case *ast.Tuple:
		for _, e := range x.Elts {
			w.target(e)
		}
	case *ast.List:
		for _, e := range x.Elts {
			w.target(e)
		}
	case *ast.Starred:
		w.target(x.Value)
	}
}

func (w *effectWalker) expr(e ast.Expr) {
	call, ok := e.(*ast.Call)
	if !ok {
		return
	}
	switch f := w.m.info.Types[call.Func].(type) {
	case *FuncT:
		w.callees = append(w.callees, f.Fn)
		return
	case *boundT:
		w.callees = append(w.callees, f.Fn)
		return
	case *ClassT:
		if init := f.Class.method("__init__"); init != nil {
			w.callees = append(w.callees, init)
		}
		return
	case *LibFuncT, *ExcClassT:
		return // library functions change only what they return
	}
	if attr, ok := call.Func.(*ast.Attribute); ok && !mutatingMethods[string(attr.Attr)] {
		return // a library method that does not change its object
	}
	w.writes = true
}

// pureCallNames are the Go names of the user functions, methods and
// constructors no call of which changes state; a name shared by a writer
// and a non-writer (two classes' methods) is left out.
func (m *mapper) pureCallNames() map[string]bool {
	writers := m.stateWriters()
	// The methods the mapper writes itself compare fields and change
	// nothing (dataclass eq and lt, total_ordering's completions).
	pure := map[string]bool{"eq": true, "lt": true, "le": true, "gt": true, "ge": true}
	impure := map[string]bool{}
	note := func(name string, writes bool) {
		if writes {
			impure[name] = true
		} else {
			pure[name] = true
		}
	}
	for _, fn := range m.funcs {
		switch {
		case fn.Class != nil && fn.Name == "__init__":
			// Noted with its class below.
		case fn.Class != nil:
			note(methodGoName(fn), writers[fn])
		default:
			note(fn.GoName, writers[fn])
		}
	}
	for _, cls := range m.classes {
		// A dataclass's __init__ is the mapper's: it sets the fields and
		// runs __post_init__.
		init, post := cls.method("__init__"), cls.method("__post_init__")
		if init != nil && init.Def != nil {
			note(constructorName(cls), writers[init])
		} else {
			note(constructorName(cls), post != nil && writers[post])
		}
	}
	for name := range impure {
		delete(pure, name)
	}
	return pure
}
