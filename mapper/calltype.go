package mapper

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"strconv"
)

// callType infers a call's result and flows its arguments into the callee's
// parameters.
func (m *mapper) callType(s *Scope, n *ast.Call) Type {
	args := make([]Type, len(n.Args))
	for i, a := range n.Args {
		args[i] = m.typeOf(s, a)
	}
	for _, kw := range n.Keywords {
		m.typeOf(s, kw.Value)
	}
	if n.Starargs != nil {
		m.typeOf(s, n.Starargs)
	}
	if n.Kwargs != nil {
		m.typeOf(s, n.Kwargs)
	}
	switch f := m.typeOf(s, n.Func).(type) {
	case *FuncT:
		// a generator read by next()
		return m.pullIfNexted(n, m.callFuncs(f, func(fn *Function) { m.flowCall(s, fn, n, args, fn.classCallSkip()) }))
	case *boundT:
		m.flowCall(s, f.Fn, n, args, f.Fn.selfOffset())
		return m.pullIfNexted(n, m.result(f.Fn))
	case *ClassT:
		return m.construct(s, f.Class, n, args)
	case *ExcClassT:
		return m.excCallType(s, f, n, args)
	case *replaceT:
		return f.Inst
	case *superRunT:
		return NoneT
	case *LibFuncT:
		m.threadsShown(f.Name, args)
		return m.libCallType(s, n, f.Name, args)
	case *methodT:
		return m.methodCallType(s, n, f, args)
	}
	return Unknown
}

func (m *mapper) result(fn *Function) Type {
	if t, ok := m.contextManagerResult(fn); ok {
		return t
	}
	if !fn.Returns && fn.Lambda == nil {
		if fn.Def != nil && (returnsValue(fn.Def.Body) || m.isGenerator(fn)) {
			// Not inferred yet: its result is not None.
			return fn.Ret
		}
		return NoneT
	}
	return fn.Ret
}

// construct types C(args): the __init__ parameters learn from the
// arguments, and the call makes an instance.
func (m *mapper) construct(s *Scope, c *Class, n *ast.Call, args []Type) Type {
	if init := c.method("__init__"); init != nil {
		m.flowCall(s, init, n, args, 1)
	} else if c.threadBase() {
		m.flowThreadSubclassArgs(s, c, n)
	}
	return &InstanceT{Class: c}
}

// flowCall joins argument types into the parameters of fn; skip is 1 for a
// bound method, whose self is not among the arguments.
func (m *mapper) flowCall(s *Scope, fn *Function, n *ast.Call, args []Type, skip int) {
	m.growExternal(fn, len(args))
	if needsBinding(fn, n) {
		m.flowStarCall(s, fn, n, skip)
		return
	}
	for i, t := range args {
		if i+skip < len(fn.Params) {
			m.refine(&fn.Params[i+skip].Type, m.paramArgType(fn, fn.Params[i+skip], t))
			if n != nil && i < len(n.Args) {
				m.flowBack(s, n.Args[i], fn.Params[i+skip])
			}
		}
	}
	if n == nil {
		return
	}
	for _, kw := range n.Keywords {
		if p := fn.param(string(kw.Arg)); p != nil {
			m.refine(&p.Type, m.paramArgType(fn, p, m.info.Types[kw.Value]))
		}
	}
}

// flowArgs joins already-typed arguments into fn's parameters: how
// Thread(target=f, args=(...)) and executor.submit(f, ...) type f.
func (m *mapper) flowArgs(fn *Function, args []Type, kwargs map[string]Type) {
	m.growExternal(fn, len(args))
	if fn.hasStars() {
		m.flowStarArgs(fn, args, kwargs)
		return
	}
	skip := fn.selfOffset()
	for i, t := range args {
		if i+skip < len(fn.Params) {
			m.refine(&fn.Params[i+skip].Type, m.paramArgType(fn, fn.Params[i+skip], t))
		}
	}
	for k, t := range kwargs {
		if p := fn.param(k); p != nil {
			m.refine(&p.Type, m.paramArgType(fn, p, t))
		}
	}
}

func (fn *Function) param(name string) *Symbol {
	for _, p := range fn.Params {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// keyword returns the value of keyword argument name, or nil.
func keyword(n *ast.Call, name string) ast.Expr {
	for _, kw := range n.Keywords {
		if string(kw.Arg) == name {
			return kw.Value
		}
	}
	return nil
}

// argOrKeyword returns positional argument i or keyword name.
func argOrKeyword(n *ast.Call, i int, name string) ast.Expr {
	if i < len(n.Args) {
		return n.Args[i]
	}
	return keyword(n, name)
}

func intConst(n *ast.Num) (int, bool) {
	if v, ok := n.N.(py.Int); ok {
		return int(v), true
	}
	return 0, false
}

// funcOf returns the user function an expression refers to, if any.
func (m *mapper) funcOf(e ast.Expr) *Function {
	switch t := m.info.Types[e].(type) {
	case *FuncT:
		return t.Fn
	case *boundT:
		return t.Fn
	}
	return nil
}

func tupleElems(t Type) []Type {
	switch x := t.(type) {
	case *TupleT:
		return x.Elems
	case *ListT:
		return []Type{x.Elem}
	}
	return nil
}

// growExternal gives a function a fragment only calls as many parameters
// as its widest call.
func (m *mapper) growExternal(fn *Function, n int) {
	for fn.External && len(fn.Params) < n {
		name := "arg" + strconv.Itoa(len(fn.Params)+1)
		p := &Symbol{Name: name, GoName: name, Kind: ParamSym, Scope: fn.Scope, Type: Unknown}
		fn.Params = append(fn.Params, p)
		fn.Defaults = append(fn.Defaults, nil)
	}
}

// flowBack lets a container argument learn from the parameter it is passed
// to: a list the callee appends ints to is a list of ints at the call site
// too, since both names refer to one list.
func (m *mapper) flowBack(s *Scope, arg ast.Expr, p *Symbol) {
	if lt, ok := p.Type.(*ListT); ok && lt.Tuple {
		return // a tuple[T, ...] parameter: the argument stays a fixed tuple
	}
	switch p.Type.(type) {
	case *ListT, *DictT, *SetT, *ObjT:
	default:
		return
	}
	switch arg.(type) {
	case *ast.Name, *ast.Attribute:
		if at := m.info.Types[arg]; at != nil && !sameType(join(at, p.Type), at) {
			m.flowTarget(s, arg, p.Type)
		}
	}
}
