package mapper

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// A thread, timer or process calls its target as target(*args, **kwargs).
// args need not be a tuple literal: a variable holding a tuple spreads
// into its elements, and a string literal (args=("ab") is not a tuple)
// spreads into its characters, as CPython unpacks any iterable. The
// spread is expressed as Python expressions (t[0], t[1]; "a", "b") so the
// call is typed and translated like any other call. The synthesized nodes
// are made once per args expression and their types recorded in Info,
// so inference and translation see the same nodes.

// spreadArgs returns the positional arguments target(*args) receives, or
// ok false when their number is not known statically.
func (m *mapper) spreadArgs(args ast.Expr) (elems []ast.Expr, ok bool) {
	switch t := args.(type) {
	case *ast.Tuple:
		return t.Elts, true
	case *ast.List:
		return t.Elts, true
	case *ast.Str:
		if m.spread[args] == nil {
			for _, r := range string(t.S) {
				ch := &ast.Str{S: py.String(string(r))}
				ch.Lineno, ch.ColOffset = t.Lineno, t.ColOffset
				m.spread[args] = append(m.spread[args], ch)
			}
		}
		for _, ch := range m.spread[args] {
			m.info.Types[ch] = StrT
		}
		return m.spread[args], true
	case *ast.Name:
		tt, isTuple := m.info.Types[t].(*TupleT)
		if !isTuple {
			return nil, false
		}
		nodes := m.spread[args]
		for i := len(nodes); i < len(tt.Elems); i++ {
			idx := &ast.Num{N: py.Int(i)}
			sub := &ast.Subscript{Value: t, Slice: &ast.Index{Value: idx}, Ctx: ast.Load}
			sub.Lineno, sub.ColOffset = t.Lineno, t.ColOffset
			idx.Lineno, idx.ColOffset = t.Lineno, t.ColOffset
			nodes = append(nodes, sub)
		}
		nodes = nodes[:len(tt.Elems)]
		m.spread[args] = nodes
		for i, sub := range nodes {
			m.info.Types[sub] = tt.Elems[i]
			m.info.Types[sub.(*ast.Subscript).Slice.(*ast.Index).Value] = IntT
		}
		return nodes, true
	}
	return nil, false
}

// spreadKwargs returns the keyword arguments target(**kwargs) receives
// from a dict display with string keys or a dict(k=v, ...) call, or ok
// false; bad is the node to blame then.
func spreadKwargs(kwargs ast.Expr) (kws []*ast.Keyword, bad ast.Expr, ok bool) {
	switch d := kwargs.(type) {
	case *ast.Dict:
		for i, k := range d.Keys {
			s, isStr := k.(*ast.Str)
			if !isStr {
				return nil, k, false
			}
			kws = append(kws, &ast.Keyword{Arg: ast.Identifier(s.S), Value: d.Values[i]})
		}
		return kws, nil, true
	case *ast.Call:
		if isName(d.Func, "dict") && len(d.Args) == 0 {
			for _, kw := range d.Keywords {
				if kw.Arg == "" {
					return nil, d, false
				}
			}
			return d.Keywords, nil, true
		}
	}
	return nil, kwargs, false
}

// spreadTypes returns the types of the positional arguments of
// target(*args), as far as they are known.
func (m *mapper) spreadTypes(args ast.Expr) []Type {
	elems, ok := m.spreadArgs(args)
	if !ok {
		return tupleElems(m.info.Types[args])
	}
	out := make([]Type, len(elems))
	for i, e := range elems {
		out[i] = m.info.Types[e]
	}
	return out
}

// kwargTypes returns the types of the keyword arguments of
// target(**kwargs).
func (m *mapper) kwargTypes(kwargs ast.Expr) map[string]Type {
	out := map[string]Type{}
	kws, _, _ := spreadKwargs(kwargs)
	for _, kw := range kws {
		out[string(kw.Arg)] = m.info.Types[kw.Value]
	}
	return out
}

// threadsShown marks the threads and locks a builtin shows (repr(t),
// print(t), str(t)) as needing the runtime types, whose repr tells their
// state.
func (m *mapper) threadsShown(name string, args []Type) {
	switch name {
	case "builtins.repr", "builtins.str", "builtins.print", "builtins.format":
	default:
		return
	}
	for _, a := range args {
		switch x := a.(type) {
		case *ThreadT:
			x.Group.find().Queried = true
		case *LockT:
			m.runtimeLocks = true // a sync.Mutex cannot tell whether it is held
		}
	}
}
