package mapper

import (
	"strings"

	"github.com/go-python/gpython/ast"
)

// libCallType types calls of built-in and library functions and applies
// their flows (a thread's args flow into its target's parameters).
func (m *mapper) libCallType(s *Scope, n *ast.Call, name string, args []Type) Type {
	if h := libTypeHooks[name]; h != nil {
		return h(m, s, n, args)
	}
	arg := func(i int) Type {
		if i < len(args) {
			return args[i]
		}
		return Unknown
	}
	switch name {
	case "builtins.print", "time.sleep", "random.seed", "random.shuffle":
		return NoneT
	case "builtins.range":
		return &iterT{Kind: "range", Elem: IntT}
	case "builtins.len", "builtins.int", "builtins.ord", "random.randint", "random.randrange", "threading.get_ident", "threading.get_native_id", "threading.active_count", "threading.activeCount", "time.time_ns":
		return IntT
	case "builtins.str", "builtins.repr", "builtins.chr", "builtins.input", "builtins.format":
		return StrT
	case "builtins.float", "time.time", "time.perf_counter", "time.monotonic", "random.random", "random.uniform", "math.sqrt", "math.pi":
		return FloatT
	case "builtins.bool", "builtins.isinstance", "builtins.any", "builtins.all", "builtins.callable":
		return BoolT
	case "builtins.abs":
		return arg(0)
	case "builtins.round":
		if len(args) > 1 && arg(0) != IntT {
			return FloatT // round(int, n) stays an int
		}
		return IntT
	case "builtins.min", "builtins.max":
		if len(args) == 1 {
			return elemType(arg(0))
		}
		var t Type = Unknown
		for _, a := range args {
			t = join(t, a)
		}
		return t
	case "builtins.sum":
		e := elemType(arg(0))
		if e == Unknown {
			return IntT
		}
		return e
	case "builtins.sorted", "builtins.list":
		if len(args) == 0 {
			return &ListT{Elem: Unknown}
		}
		return &ListT{Elem: elemType(arg(0))}
	case "builtins.reversed":
		return &iterT{Kind: "reversed", Elem: elemType(arg(0))}
	case "builtins.enumerate":
		return &iterT{Kind: "enumerate", Elem: &TupleT{Elems: []Type{IntT, elemType(arg(0))}}}
	case "builtins.zip":
		if t, ok := m.unzipType(n); ok {
			return t
		}
		elems := make([]Type, len(args))
		for i, a := range args {
			elems[i] = elemType(a)
		}
		return &iterT{Kind: "zip", Elem: &TupleT{Elems: elems}}
	case "builtins.set":
		return &SetT{Elem: elemType(arg(0))}
	case "builtins.map":
		if fn := m.funcOf(n.Args[0]); fn != nil && len(args) > 1 {
			m.flowArgs(fn, []Type{elemType(arg(1))}, nil)
			return &iterT{Kind: "map", Elem: m.result(fn)}
		}
		return &iterT{Kind: "map", Elem: Unknown}
	case "random.choice":
		return elemType(arg(0))
	case "builtins.type":
		if len(n.Args) != 1 || len(n.Keywords) > 0 {
			m.errorf(n, "unsupported: type() with other than one argument; type(x) names x's class")
			return Unknown
		}
		return &typeNameT{Of: arg(0)}
	case "threading.local":
		return m.newLocal(n)
	case "builtins.hasattr":
		return BoolT
	case "builtins.divmod":
		return &TupleT{Elems: []Type{IntT, IntT}}
	case "math.floor", "math.ceil", "math.trunc":
		return IntT
	case "math.isnan", "math.isinf":
		return BoolT
	case "math.fabs", "math.exp", "math.log", "math.sin", "math.cos":
		return FloatT
	case "builtins.pow":
		if arg(0) == IntT && arg(1) == IntT {
			return IntT
		}
		return FloatT
	case "sys.exit":
		m.usesRuntimeThreads = true // pyrt.Main turns SystemExit into the exit status
		m.exits = true
		return NoneT
	case "threading.Thread":
		return m.threadCallType(s, n)
	case "threading.Lock":
		return &LockT{}
	case "threading.current_thread", "threading.currentThread", "threading.main_thread":
		return &ThreadT{Group: m.queriedGroup(s)}
	case "threading.enumerate":
		return &ListT{Elem: &ThreadT{Group: m.queriedGroup(s)}}
	case "threading.Timer":
		m.usesRuntimeThreads = true
		if len(n.Args) > 1 {
			if fn := m.funcOf(n.Args[1]); fn != nil {
				var targs []Type
				if a := argOrKeyword(n, 2, "args"); a != nil {
					targs = m.spreadTypes(a)
				}
				m.flowArgs(fn, targs, nil)
			}
		}
		return &ObjT{Class: name}
	case "threading.Barrier":
		if a := argOrKeyword(n, 1, "action"); a != nil {
			if fn := m.funcOf(a); fn != nil {
				m.flowArgs(fn, nil, nil)
			}
		}
		return &ObjT{Class: name}
	case "threading.getswitchinterval", "sys.getswitchinterval":
		return FloatT
	case "sys.setswitchinterval":
		return NoneT
	}
	if lc := libClasses[name]; lc != nil && lc.ctor != "" {
		return &ObjT{Class: name, Elem: Unknown}
	}
	return Unknown
}

// threadCallType types threading.Thread(target=f, args=(...), kwargs={...}):
// the arguments flow into f's parameters, and the call starts a new thread
// group.
func (m *mapper) threadCallType(s *Scope, n *ast.Call) Type {
	g := m.info.Threads[n]
	if g == nil {
		g = &ThreadGroup{}
		m.info.Threads[n] = g
		m.groups = append(m.groups, g)
	}
	g.useIn(s.Fn)
	target := keyword(n, "target")
	if target == nil && len(n.Args) > 1 {
		target = n.Args[1]
	}
	if target != nil {
		if fn := m.funcOf(target); fn != nil && (m.mayRaise(fn, map[*Function]bool{}) || m.observesThread(fn, map[*Function]bool{})) {
			// An exception in a plain goroutine would end the program;
			// a runtime thread reports it and lets the others go on.
			g.Queried = true
		}
		if fn := m.funcOf(target); fn != nil {
			var args []Type
			if a := keyword(n, "args"); a != nil {
				args = m.spreadTypes(a)
			}
			if a, ok := keyword(n, "args").(*ast.Tuple); ok {
				for i, e := range a.Elts {
					if i+fn.selfOffset() < len(fn.Params) {
						m.flowBack(s, e, fn.Params[i+fn.selfOffset()])
					}
				}
			}
			m.flowArgs(fn, args, m.kwargTypes(keyword(n, "kwargs")))
		}
	}
	if d := keyword(n, "daemon"); d != nil && isTrueConst(d) {
		g.Daemon = true
	}
	return &ThreadT{Group: g}
}

// methodCallType types method calls on built-in and library values.
func (m *mapper) methodCallType(s *Scope, n *ast.Call, f *methodT, args []Type) Type {
	attr, ok := n.Func.(*ast.Attribute)
	if !ok {
		// A bound method kept in a variable (`f = x.append; f(1)`): the
		// call is reported as unsupported when it is translated.
		return Unknown
	}
	recvExpr := attr.Value
	if t, ok := m.namedTupleAsdictType(s, n, f); ok {
		return t
	}
	if fo, ok := f.Recv.(*freeObjT); ok {
		return fo.call(f.Name, args)
	}
	if _, ok := f.Recv.(*TupleT); ok && f.Name == "index" {
		return IntT
	}
	arg := func(i int) Type {
		if i < len(args) {
			return args[i]
		}
		return Unknown
	}
	switch r := f.Recv.(type) {
	case *ListT:
		if listResizers[f.Name] {
			m.markByRef(s, recvExpr)
		}
		switch f.Name {
		case "append", "insert":
			v := arg(0)
			if f.Name == "insert" {
				v = arg(1)
			}
			m.flowInto(s, recvExpr, func(cur Type) Type {
				if l, ok := cur.(*ListT); ok {
					return &ListT{Elem: join(l.Elem, v)}
				}
				return cur
			})
			return NoneT
		case "extend":
			m.flowInto(s, recvExpr, func(cur Type) Type {
				if l, ok := cur.(*ListT); ok {
					return &ListT{Elem: join(l.Elem, elemType(arg(0)))}
				}
				return cur
			})
			return NoneT
		case "pop":
			return r.Elem
		case "sort":
			if k := keyword(n, "key"); k != nil {
				m.funcResult(k, r.Elem) // the key function's parameter is an element
			}
			return NoneT
		case "index", "count":
			return IntT
		case "copy":
			return r
		}
		return NoneT
	case *DictT:
		m.dictMethodFlow(s, recvExpr, f.Name, args)
		switch f.Name {
		case "get", "pop", "setdefault":
			if f.Name == "get" && len(n.Args) == 1 {
				return &OptionalT{Elem: r.Val} // None for a missing key
			}
			return r.Val
		case "popitem":
			return &TupleT{Elems: []Type{r.Key, r.Val}}
		case "keys":
			return &iterT{Kind: "keys", Elem: r.Key}
		case "values":
			return &iterT{Kind: "values", Elem: r.Val}
		case "items":
			return &iterT{Kind: "items", Elem: &TupleT{Elems: []Type{r.Key, r.Val}}}
		case "copy":
			return r
		}
		return NoneT
	case *SetT:
		switch f.Name {
		case "add":
			m.flowInto(s, recvExpr, func(cur Type) Type {
				if st, ok := cur.(*SetT); ok {
					return &SetT{Elem: join(st.Elem, arg(0))}
				}
				return cur
			})
		}
		return NoneT
	case *FuncT:
		if t := m.decoratedMethodType(r.Fn, f.Name); t != nil {
			return t
		}
	case *ThreadT:
		return m.threadMethodType(s, n, r, f.Name)
	case *LockT:
		switch f.Name {
		case "locked":
			m.runtimeLocks = true
			return BoolT
		case "acquire":
			if len(n.Args) > 1 || keyword(n, "timeout") != nil {
				m.runtimeLocks = true
			}
			return BoolT
		}
		return NoneT
	case *InstanceT:
		if r.Class.threadBase() {
			m.usesRuntimeThreads = true
			if lm, ok := libClasses["threading.Thread"].methods[f.Name]; ok {
				if lm.ret == nil {
					return NoneT
				}
				return lm.ret
			}
		}
		return Unknown
	case *ObjT:
		if h := methodTypeHooks[r.Class+"."+f.Name]; h != nil {
			return h(m, s, n, r, args)
		}
		if f.Name == "put" || f.Name == "put_nowait" {
			m.flowInto(s, recvExpr, func(cur Type) Type {
				if o, ok := cur.(*ObjT); ok {
					return &ObjT{Class: o.Class, Elem: join(orUnknown(o.Elem), arg(0))}
				}
				return cur
			})
		}
		if lc := libClasses[r.Class]; lc != nil {
			if lm, ok := lc.methods[f.Name]; ok {
				if lm.ret == elemRet {
					return orUnknown(r.Elem)
				}
				if lm.ret == nil {
					return NoneT
				}
				return lm.ret
			}
		}
		return Unknown
	}
	if lf, ok := f.Recv.(*LibFuncT); ok && (lf.Name == "sys.stdout" || lf.Name == "sys.stderr") {
		if f.Name == "write" {
			return IntT // the count of characters written
		}
		return NoneT
	}
	if f.Recv == StrT {
		if t := strMethodType(f.Name); t != nil {
			return t
		}
		switch f.Name {
		case "split", "rsplit", "splitlines":
			return &ListT{Elem: StrT}
		case "startswith", "endswith", "isdigit", "isalpha", "isspace", "isupper", "islower", "isalnum":
			return BoolT
		case "find", "rfind", "count", "index":
			return IntT
		}
		return StrT
	}
	return Unknown
}

func (m *mapper) threadMethodType(s *Scope, n *ast.Call, t *ThreadT, name string) Type {
	g := t.Group.find()
	g.useIn(s.Fn)
	switch name {
	case "start":
		if recv, ok := n.Func.(*ast.Attribute).Value.(*ast.Name); ok {
			// A thread started twice (RuntimeError in Python) needs the
			// runtime thread, which raises it.
			sym := m.lookup(s, string(recv.Id))
			if m.startSites[sym] == nil {
				m.startSites[sym] = map[*ast.Call]bool{}
			}
			m.startSites[sym][n] = true
			if len(m.startSites[sym]) > 1 {
				g.Queried = true
			}
		}
		return NoneT
	case "join":
		g.Joined = true
		if len(n.Args) > 0 || len(n.Keywords) > 0 {
			g.Queried = true
		}
		return NoneT
	case "setDaemon":
		if len(n.Args) == 1 && isTrueConst(n.Args[0]) {
			g.Daemon = true
			return NoneT
		}
	}
	g.Queried = true
	switch name {
	case "is_alive", "isDaemon":
		return BoolT
	case "getName":
		return StrT
	}
	return NoneT
}

// queriedGroup is the thread group of threads the program inspects
// (current_thread(), enumerate()): they are runtime threads.
func (m *mapper) queriedGroup(s *Scope) *ThreadGroup {
	g := &ThreadGroup{Queried: true, Name: "thread"}
	g.useIn(s.Fn)
	m.groups = append(m.groups, g)
	return g
}

var builtinNames = map[string]bool{
	"print": true, "range": true, "len": true, "int": true, "str": true, "float": true, "bool": true,
	"list": true, "dict": true, "set": true, "tuple": true, "abs": true, "round": true, "min": true,
	"max": true, "sum": true, "sorted": true, "reversed": true, "enumerate": true, "zip": true,
	"isinstance": true, "repr": true, "map": true, "filter": true, "any": true, "all": true,
	"input": true, "ord": true, "chr": true, "format": true, "callable": true, "iter": true, "next": true,
	"super": true, "object": true, "type": true, "divmod": true, "pow": true, "hash": true, "id": true, "Exception": true, "ValueError": true, "RuntimeError": true,
	"KeyError": true, "IndexError": true, "TypeError": true, "ZeroDivisionError": true,
}

// pythonBuiltins are all of Python 3.11's builtin functions and classes:
// a name among them is never a fragment's free name, and the ones the
// mapper does not translate are reported as unsupported calls.
var pythonBuiltins = strings.Fields(`abs aiter all anext any ascii bin bool breakpoint bytearray bytes
	callable chr classmethod compile complex delattr dict dir divmod enumerate eval exec exit filter
	float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass
	iter len list locals map max memoryview min next object oct open ord pow print property quit range
	repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip __import__`)

func init() {
	for _, b := range pythonBuiltins {
		builtinNames[b] = true
	}
}

func isBuiltin(name string) bool { return builtinNames[name] }

// listResizers are the list methods that change a list's length, which a
// Go slice passed by value would not show its caller.
var listResizers = map[string]bool{"append": true, "extend": true, "insert": true, "pop": true, "remove": true, "clear": true}

// markByRef makes a list parameter that the function resizes a pointer to
// a slice, so the caller sees the change as Python's caller does.
func (m *mapper) markByRef(s *Scope, e ast.Expr) {
	if n, ok := e.(*ast.Name); ok {
		if sym := m.lookup(s, string(n.Id)); sym != nil && sym.Kind == ParamSym && !sym.ByRef {
			sym.ByRef = true
			m.changed = true
		}
	}
}

// mayRaise reports whether fn contains a raise statement, directly or in
// a function it calls.
func (m *mapper) mayRaise(fn *Function, seen map[*Function]bool) bool {
	return m.reaches(fn, seen, func(st ast.Stmt, _ *ast.Call) bool {
		_, raise := st.(*ast.Raise)
		return raise
	})
}

// observesThread reports whether fn (or a function it calls) asks which
// thread it runs in: such a target must run as a runtime thread, whose
// name and identity CPython's would have.
func (m *mapper) observesThread(fn *Function, seen map[*Function]bool) bool {
	return m.reaches(fn, seen, func(_ ast.Stmt, call *ast.Call) bool {
		if call == nil {
			return false
		}
		lf, ok := m.info.Types[call.Func].(*LibFuncT)
		if !ok {
			return false
		}
		switch lf.Name {
		case "threading.current_thread", "threading.currentThread", "threading.get_ident", "threading.get_native_id", "threading.local",
			"threading.Thread", "threading.Timer": // a new thread inherits its creator's daemon flag
			return true
		}
		return false
	})
}

// reaches reports whether hit holds for a statement (with call nil) or a
// call of fn's body, or of a function of this file it calls, transitively.
func (m *mapper) reaches(fn *Function, seen map[*Function]bool, hit func(ast.Stmt, *ast.Call) bool) bool {
	if fn.Def == nil || seen[fn] {
		return false
	}
	seen[fn] = true
	found := false
	var visit func([]ast.Stmt)
	visit = func(body []ast.Stmt) {
		for _, st := range body {
			if hit(st, nil) {
				found = true
			}
			stmtExprs(st, func(e ast.Expr) {
				walkExpr(e, func(x ast.Expr) {
					call, ok := x.(*ast.Call)
					if !ok {
						return
					}
					if hit(st, call) {
						found = true
					}
					if callee := m.funcOf(call.Func); callee != nil && m.reaches(callee, seen, hit) {
						found = true
					}
				})
			})
			for _, b := range childBlocks(st) {
				visit(b)
			}
		}
	}
	visit(fn.Def.Body)
	return found
}
