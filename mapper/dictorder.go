package mapper

import (
	"strings"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/parser"
)

// A Python dict keeps insertion order; a Go map does not. Most tutorial
// dicts are only read and written by key, and a map is the idiomatic Go for
// them. A dict whose order the program can see (it is printed, iterated,
// listed, popped with popitem) must be the runtime's ordered Dict instead.
//
// The decision is per order group: every node that makes a dict owns a
// DictOrder, and groups merge (union-find) whenever dict values flow
// together, because join unions the groups of the two DictT it joins — so a
// variable, the literal assigned to it, the parameter it is passed to and
// the field it is stored in end up in one group and get one Go type. After
// inference, markDictOrder walks the program and marks the groups of the
// dicts used where their order shows; the mapper then emits *pyrt.Dict for
// a marked group and a map for the others.

// DictOrder is the order group of a set of dicts that flow together.
type DictOrder struct {
	parent *DictOrder
	// Observed is set when the program can see the order of one of the
	// group's dicts.
	Observed bool
}

// find returns the group's representative; nil stays nil.
func (g *DictOrder) find() *DictOrder {
	if g == nil {
		return nil
	}
	for g.parent != nil {
		g = g.parent
	}
	return g
}

// union merges two groups and returns the representative; either may be
// nil (a dict no node made).
func (g *DictOrder) union(o *DictOrder) *DictOrder {
	a, b := g.find(), o.find()
	switch {
	case a == nil:
		return b
	case b == nil || a == b:
		return a
	}
	b.parent = a
	a.Observed = a.Observed || b.Observed
	return a
}

// dictOrderAt returns the order group of the dict node n makes.
func (m *mapper) dictOrderAt(n ast.Ast) *DictOrder {
	g := m.info.DictOrders[n]
	if g == nil {
		g = &DictOrder{}
		m.info.DictOrders[n] = g
	}
	return g
}

// dictOrderAtCall returns the order group of a dict(...) call, by its
// position: calls the mapper builds itself for a task (pool.submit(dict,
// a=1)) are new nodes at each pass but one call of the program.
func (m *mapper) dictOrderAtCall(n *ast.Call) *DictOrder {
	if m.dictCallOrders == nil {
		m.dictCallOrders = map[[2]int]*DictOrder{}
	}
	key := [2]int{n.Lineno, n.ColOffset}
	g := m.dictCallOrders[key]
	if g == nil {
		g = &DictOrder{}
		m.dictCallOrders[key] = g
	}
	return g
}

// orderedDict reports whether dicts of type t are the runtime's ordered
// Dict.
func orderedDict(t *DictT) bool {
	g := t.Order.find()
	return g != nil && g.Observed
}

// observeType marks every dict inside t (the elements of a list of dicts,
// the values of a dict of dicts) as order-observed: printing a list prints
// the dicts in it.
func observeType(t Type, seen map[Type]bool) {
	if t == nil || seen[t] {
		return
	}
	seen[t] = true
	switch x := t.(type) {
	case *DictT:
		if g := x.Order.find(); g != nil {
			g.Observed = true
		}
		observeType(x.Key, seen)
		observeType(x.Val, seen)
	case *ListT:
		observeType(x.Elem, seen)
	case *SetT:
		observeType(x.Elem, seen)
	case *OptionalT:
		observeType(x.Elem, seen)
	case *iterT:
		observeType(x.Elem, seen)
	case *ObjT:
		observeType(x.Elem, seen)
	case *TupleT:
		for _, e := range x.Elems {
			observeType(e, seen)
		}
	}
}

// markDictOrder finds the dicts whose order the program observes.
func (m *mapper) markDictOrder() {
	w := &orderWalker{m: m, orderFree: map[ast.Expr]bool{}}
	w.block(m.file.Module.Body)
	for _, fn := range m.funcs {
		if fn.Def != nil {
			w.block(fn.Def.Body)
		}
	}
}

// orderWalker visits every expression, observing those in a position
// where a dict's order shows.
type orderWalker struct {
	m *mapper
	// orderFree holds the expressions whose consumer does not depend on
	// their iteration order: the argument of sorted(), len(), set(), the
	// container of `in`.
	orderFree map[ast.Expr]bool
}

func (w *orderWalker) block(body []ast.Stmt) {
	for _, st := range body {
		w.stmt(st)
		for _, b := range childBlocks(st) {
			w.block(b)
		}
	}
}

func (w *orderWalker) stmt(st ast.Stmt) {
	switch n := st.(type) {
	case *ast.For:
		w.observeIter(n.Iter)
	case *ast.Assign:
		for _, t := range n.Targets {
			switch t.(type) {
			case *ast.Tuple, *ast.List:
				w.observeIter(n.Value) // a, b = d unpacks the keys in order
			}
		}
	case *ast.AugAssign:
		w.observe(n.Value)
	case *ast.Raise, *ast.Assert, *ast.With:
		stmtExprs(st, w.observe)
	}
	stmtExprs(st, w.expr)
}

// observe marks the dicts e's value holds (printing a list of dicts shows
// each dict's order); a view (d.keys(), d.items()) and a copy observe the
// dict they come from.
func (w *orderWalker) observe(e ast.Expr) {
	if e == nil {
		return
	}
	observeType(w.m.info.Types[e], map[Type]bool{})
	w.observeSource(e)
}

// observeIter marks e when it is itself a dict (or a view of one) that is
// iterated or unpacked: iterating over a list of dicts does not show their
// order.
func (w *orderWalker) observeIter(e ast.Expr) {
	if d, ok := w.m.info.Types[e].(*DictT); ok {
		if g := d.Order.find(); g != nil {
			g.Observed = true
		}
	}
	w.observeSource(e)
}

// observeSource observes the dict a view, a copy or a conditional value
// comes from.
func (w *orderWalker) observeSource(e ast.Expr) {
	switch n := e.(type) {
	case *ast.Call:
		if recv := w.dictView(n); recv != nil {
			w.observeIter(recv)
		}
		if lf, ok := w.m.info.Types[n.Func].(*LibFuncT); ok && lf.Name == "builtins.dict" && len(n.Args) == 1 {
			w.observeIter(n.Args[0]) // dict(d) copies d's order
		}
	case *ast.IfExp:
		w.observeSource(n.Body)
		w.observeSource(n.Orelse)
	case *ast.BoolOp:
		for _, v := range n.Values {
			w.observeSource(v)
		}
	case *ast.Starred:
		w.observeIter(n.Value)
	}
}

// dictView returns d when n is d.keys(), d.values(), d.items() or d.copy()
// on a dict.
func (w *orderWalker) dictView(n *ast.Call) ast.Expr {
	a, ok := n.Func.(*ast.Attribute)
	if !ok {
		return nil
	}
	if _, isDict := w.m.info.Types[a.Value].(*DictT); !isDict {
		return nil
	}
	switch string(a.Attr) {
	case "keys", "values", "items", "copy":
		return a.Value
	}
	return nil
}

// expr walks e, observing the children in observing positions.
func (w *orderWalker) expr(e ast.Expr) {
	if e == nil {
		return
	}
	switch n := e.(type) {
	case *ast.Call:
		if recv := w.dictView(n); recv != nil && !w.orderFree[n] {
			// A view stored or passed on is iterated later.
			w.observeIter(recv)
		}
		w.call(n)
	case *ast.Compare:
		for i, op := range n.Ops {
			left := n.Left
			if i > 0 {
				left = n.Comparators[i-1]
			}
			switch op {
			case ast.In, ast.NotIn:
				w.orderFree[n.Comparators[i]] = true
			case ast.Eq, ast.NotEq, ast.Is, ast.IsNot:
			default:
				w.observe(left)
				w.observe(n.Comparators[i])
			}
		}
	case *ast.BinOp:
		if !namedPercent(n) {
			w.observe(n.Left)
			w.observe(n.Right)
		}
	case *ast.Starred:
		w.observe(n.Value)
	case *ast.Yield:
		w.observe(n.Value)
	case *parser.JoinedStr:
		subExprs(e, w.observe)
	case *ast.ListComp:
		w.comprehension(n, n.Generators, n.Elt)
	case *ast.SetComp:
		w.comprehension(n, n.Generators, n.Elt)
	case *ast.GeneratorExp:
		w.comprehension(n, n.Generators, n.Elt)
	case *ast.DictComp:
		w.comprehension(n, n.Generators, n.Key, n.Value)
	case *ast.List, *ast.Set, *ast.Dict, *ast.Tuple:
		w.anyElements(e)
	}
	subExprs(e, w.expr)
}

// comprehension observes the iterables of a comprehension's for clauses,
// unless its consumer cannot see the order (sorted(...), set(...)) and its
// element calls no user code that could show it.
func (w *orderWalker) comprehension(n ast.Expr, gens []ast.Comprehension, parts ...ast.Expr) {
	for _, g := range gens {
		parts = append(parts, g.Ifs...)
	}
	if w.orderFree[n] && !w.callsUserCode(parts) {
		for _, g := range gens {
			w.orderFree[g.Iter] = true
		}
		return
	}
	for _, g := range gens {
		w.observeIter(g.Iter)
	}
}

// orderFreeCalls are the library functions whose result does not depend on
// the order of their argument's iteration.
var orderFreeCalls = map[string]bool{
	"builtins.len": true, "builtins.sorted": true, "builtins.set": true, "builtins.frozenset": true,
	"builtins.bool": true, "builtins.isinstance": true, "builtins.id": true, "builtins.type": true,
	"builtins.dict": true, "builtins.hash": true,
	// Futures come back in completion order, whatever the dict's order.
	"concurrent.futures.as_completed": true, "concurrent.futures.wait": true,
}

// flowCalls are the library calls that pass their arguments on to a user
// function (whose parameters join the arguments' types).
var flowCalls = map[string]bool{
	"threading.Thread": true, "threading.Timer": true, "multiprocessing.Process": true,
	"functools.partial": true,
}

// orderFreeDictMethods are the dict methods that neither show the
// receiver's order nor depend on it (a view is observed by its own use).
var orderFreeDictMethods = map[string]bool{
	"get": true, "pop": true, "setdefault": true, "clear": true, "copy": true,
	"keys": true, "values": true, "items": true, "__contains__": true, "__getitem__": true,
}

func (w *orderWalker) call(n *ast.Call) {
	args := append([]ast.Expr(nil), n.Args...)
	for _, kw := range n.Keywords {
		args = append(args, kw.Value)
	}
	observeAll := func() {
		for _, a := range args {
			w.observe(a)
		}
	}
	w.observe(n.Starargs)
	w.observe(n.Kwargs)
	orderFree := func() {
		for _, a := range n.Args {
			w.orderFree[a] = true
		}
	}
	switch f := w.m.info.Types[n.Func].(type) {
	case *FuncT, *ClassT, *boundT:
		return // arguments flow into parameters, whose types join
	case *LibFuncT:
		switch {
		case orderFreeCalls[f.Name]:
			orderFree()
		case f.Name == "builtins.sum" && w.elemsOf(n, IntT, BoolT):
			orderFree()
		case (f.Name == "builtins.min" || f.Name == "builtins.max") && len(n.Keywords) == 0 && w.elemsOf(n, IntT, StrT, BoolT):
			orderFree()
		case flowCalls[f.Name]:
		default:
			observeAll()
		}
		return
	case *methodT:
		recv := n.Func.(*ast.Attribute).Value
		switch r := f.Recv.(type) {
		case *DictT:
			switch {
			case orderFreeDictMethods[f.Name]:
			case f.Name == "update":
				observeAll() // d.update(e) adds e's new keys in e's order
			default:
				w.observe(recv) // popitem and the rest
				observeAll()
			}
			return
		case *ListT, *SetT, *InstanceT, *ThreadT, *LockT:
			return // arguments are stored or passed on: their types join
		case *ObjT:
			if !strings.HasPrefix(r.Class, "logging.") {
				return // queue.put, executor.submit...: the types join
			}
		}
	}
	observeAll()
}

// callsUserCode reports whether any of es calls a user function or
// prints, which would make an iteration order visible.
func (w *orderWalker) callsUserCode(es []ast.Expr) bool {
	found := false
	for _, e := range es {
		walkExpr(e, func(x ast.Expr) {
			call, ok := x.(*ast.Call)
			if !ok {
				return
			}
			switch f := w.m.info.Types[call.Func].(type) {
			case *FuncT, *ClassT, *boundT:
				found = true
			case *LibFuncT:
				if !strings.HasPrefix(f.Name, "builtins.") || f.Name == "builtins.print" || f.Name == "builtins.input" {
					found = true
				}
			}
		})
	}
	return found
}

// elemsOf reports whether the call's one argument iterates over values of
// one of the given types, whose sum, min and max do not depend on the
// order.
func (w *orderWalker) elemsOf(n *ast.Call, ts ...Type) bool {
	if len(n.Args) != 1 {
		return false
	}
	et := elemType(w.m.info.Types[n.Args[0]])
	for _, t := range ts {
		if et == t {
			return true
		}
	}
	return false
}

// namedPercent reports whether n is "...%(name)s..." % mapping, which
// looks keys up instead of printing the mapping.
func namedPercent(n *ast.BinOp) bool {
	s, ok := n.Left.(*ast.Str)
	return ok && n.Op == ast.Modulo && strings.Contains(string(s.S), "%(")
}
