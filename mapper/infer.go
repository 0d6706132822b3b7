package mapper

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/parser"
)

// maxPasses caps the fixed-point iteration; tutorial programs settle in
// two or three passes.
const maxPasses = 12

// infer runs inference passes over the module body and every function until
// no symbol, field, parameter or return type changes.
func (m *mapper) infer() {
	for pass := 0; pass < maxPasses; pass++ {
		m.changed = false
		m.inferClassBodies()
		m.inferBlock(m.module, m.file.Module.Body)
		for _, fn := range m.funcs {
			m.inferBlock(fn.Scope, fn.Def.Body)
		}
		m.flowDefaults()
		for _, fn := range m.lambdas {
			m.flowFuncRet(fn, m.typeOf(fn.Scope, fn.Lambda.Body))
		}
		m.unifyFuncSets()
		if !m.changed && !m.typeParamsFromUse() && !m.typeFreeResults() && !m.settleStarParams() {
			return
		}
	}
}

// typeParamsFromUse types the parameters no call site reached (a function
// a snippet defines but never calls) from what the body does with them:
// `with lock1:` and lock2.locked() make locks, barrier.wait() a barrier,
// as for free names. It reports whether it typed any.
func (m *mapper) typeParamsFromUse() bool {
	typed := false
	for _, fn := range m.funcs {
		for i, p := range fn.Params {
			if p.Type != Unknown || (fn.Class != nil && i == 0) {
				continue
			}
			methods := m.methodsOn(fn, p)
			if len(methods) == 0 {
				continue
			}
			if t := freeVarType(p.Name, methods); t != Unknown {
				p.Type = t
				typed = true
			}
		}
	}
	return typed
}

// methodsOn collects the methods called on a parameter in fn's body;
// `with p:` counts as acquire.
func (m *mapper) methodsOn(fn *Function, p *Symbol) map[string]bool {
	return m.methodsIn(fn.Def.Body, p)
}

// methodsIn collects the methods called on the name p in body.
func (m *mapper) methodsIn(body []ast.Stmt, p *Symbol) map[string]bool {
	out := map[string]bool{}
	isP := func(e ast.Expr) bool {
		n, ok := e.(*ast.Name)
		return ok && m.info.Uses[n] == p
	}
	var visit func([]ast.Stmt)
	visit = func(body []ast.Stmt) {
		for _, st := range body {
			if w, ok := st.(*ast.With); ok {
				for _, it := range w.Items {
					if isP(it.ContextExpr) {
						out["acquire"] = true
					}
				}
			}
			stmtExprs(st, func(e ast.Expr) {
				walkExpr(e, func(x ast.Expr) {
					if a, ok := x.(*ast.Attribute); ok && isP(a.Value) {
						out[string(a.Attr)] = true
					}
				})
			})
			for _, b := range childBlocks(st) {
				visit(b)
			}
		}
	}
	visit(body)
	return out
}

// refine joins t into *dst and records whether anything changed.
func (m *mapper) refine(dst *Type, t Type) {
	old := *dst
	nt := join(old, t)
	if deeperThan(nt, maxTypeDepth) {
		// A value built from itself (p = (p + (5,), p * 2)) would nest
		// one level deeper on every pass and never reach a fixed point.
		nt = AnyT
	}
	if !sameType(old, nt) {
		*dst = nt
		m.changed = true
	}
}

func (m *mapper) inferBlock(s *Scope, body []ast.Stmt) {
	for _, st := range body {
		m.inferStmt(s, st)
	}
}

func (m *mapper) inferStmt(s *Scope, st ast.Stmt) {
	switch n := st.(type) {
	case *ast.ExprStmt:
		m.typeOf(s, n.Value)
	case *ast.Assign:
		t := m.typeOf(s, n.Value)
		m.assignValue = n.Value
		for _, tg := range n.Targets {
			m.flowTarget(s, tg, t)
			m.adoptTargetType(s, n.Value, tg)
		}
		m.assignValue = nil
	case *parser.AnnAssign:
		var t Type = Unknown
		if n.Value != nil {
			t = m.typeOf(s, n.Value)
		}
		// The annotation only fills what the values leave unknown, after
		// inference (applyAnnotations): Python does not convert
		// `x: float = 2` to a float.
		m.flowTarget(s, n.Target, t)
	case *ast.AugAssign:
		cur := m.typeOf(s, n.Target)
		m.flowTarget(s, n.Target, m.binopType(n.Op, cur, m.typeOf(s, n.Value)))
	case *ast.For:
		m.flowTarget(s, n.Target, elemType(m.typeOf(s, n.Iter)))
		m.inferBlock(s, n.Body)
		m.inferBlock(s, n.Orelse)
	case *ast.While:
		m.typeOf(s, n.Test)
		m.inferBlock(s, n.Body)
		m.inferBlock(s, n.Orelse)
	case *ast.If:
		m.typeOf(s, n.Test)
		m.inferBlock(s, n.Body)
		m.inferBlock(s, n.Orelse)
	case *ast.With:
		for _, it := range n.Items {
			t := m.typeOf(s, it.ContextExpr)
			if it.OptionalVars != nil {
				m.flowTarget(s, it.OptionalVars, t) // `with x as v` binds x itself for locks, executors, files
				m.flowSharedList(s, it)
			}
		}
		m.inferBlock(s, n.Body)
	case *ast.Try:
		m.inferBlock(s, n.Body)
		for _, h := range n.Handlers {
			if h.ExprType != nil {
				m.typeOf(s, h.ExprType)
			}
			if h.Name != "" {
				if sym := m.lookup(s, string(h.Name)); sym != nil {
					m.refine(&sym.Type, &ExcT{})
				}
			}
			m.inferBlock(s, h.Body)
		}
		m.inferBlock(s, n.Orelse)
		m.inferBlock(s, n.Finalbody)
	case *ast.Return:
		if n.Value != nil && s.Fn != nil {
			s.Fn.Returns = true
			m.flowFuncRet(s.Fn, m.typeOf(s, n.Value))
		}
	case *ast.Raise:
		if n.Exc != nil {
			m.typeOf(s, n.Exc)
		}
		if n.Cause != nil {
			m.typeOf(s, n.Cause)
		}
	case *ast.Assert:
		m.typeOf(s, n.Test)
	case *ast.FunctionDef:
		for _, d := range append(append([]ast.Expr(nil), n.Args.Defaults...), n.Args.KwDefaults...) {
			m.typeOf(s, d)
		}
	case *ast.Delete:
		for _, t := range n.Targets {
			m.typeOf(s, t)
		}
	}
}

// flowDefaults types each parameter with its default value too: a
// default is one more value the parameter takes. None defaults are left
// to the call sites and the body's tests, except on ints, floats, strings
// and bools, which only an optional (any) can hold None in.
func (m *mapper) flowDefaults() {
	for _, fn := range m.funcs {
		for i, d := range fn.Defaults {
			if d == nil || i >= len(fn.Params) {
				continue
			}
			if t, ok := m.info.Types[d]; ok && t != NoneT && t != Unknown {
				m.refine(&fn.Params[i].Type, t)
			} else if t == NoneT && isBasic(fn.Params[i].Type) {
				// Go has no nil int: a None default makes the value optional.
				m.refine(&fn.Params[i].Type, NoneT)
			}
		}
	}
}

func (m *mapper) flowFuncRet(fn *Function, t Type) {
	m.refine(&fn.Ret, t)
}

// flowTarget records that a value of type t is stored to target.
func (m *mapper) flowTarget(s *Scope, target ast.Expr, t Type) {
	switch n := target.(type) {
	case *ast.Name:
		sym := m.lookup(s, string(n.Id))
		if sym == nil {
			return
		}
		m.info.Uses[n] = sym
		if tt, ok := t.(*ThreadT); ok && tt.Group.find().Name == "" {
			tt.Group.find().Name = sym.Name
		}
		if lt, ok := t.(*LocalT); ok && lt.Info.Name == "" {
			lt.Info.Name = sym.Name
		}
		m.refineNumber(&sym.Type, t, m.assignValue)
	case *ast.Tuple:
		m.flowUnpack(s, n.Elts, t)
	case *ast.List:
		m.flowUnpack(s, n.Elts, t)
	case *ast.Attribute:
		if m.isExceptHookTarget(s, n) {
			m.flowExceptHook(t)
			return
		}
		obj := m.typeOf(s, n.Value)
		if lt, ok := obj.(*LocalT); ok {
			if lt.Info.attr(string(n.Attr), t) {
				m.changed = true
			}
			return
		}
		if th, ok := obj.(*ThreadT); ok {
			g := th.Group.find()
			if string(n.Attr) == "daemon" && t == BoolT {
				g.Daemon = true // a daemon assignment keeps the WaitGroup idiom
			} else {
				g.Queried = true
			}
		}
		if inst := instanceType(obj); inst != nil {
			f := inst.Class.addField(string(n.Attr))
			m.refineNumber(&f.Type, t, m.assignValue)
		}
		if ct, ok := obj.(*ClassT); ok {
			m.flowClassVar(ct.Class, n, t)
		}
	case *ast.Subscript:
		m.flowInto(s, n.Value, func(cur Type) Type {
			switch c := cur.(type) {
			case *DictT:
				return &DictT{Key: join(c.Key, m.typeOf(s, indexExpr(n))), Val: join(c.Val, t), Order: c.Order}
			case *ListT:
				if sl, ok := n.Slice.(*ast.Slice); ok {
					// xs[lo:hi] = values stores values' elements.
					m.typeOf(s, sl.Lower)
					m.typeOf(s, sl.Upper)
					return &ListT{Elem: join(c.Elem, elemType(t))}
				}
				m.typeOf(s, indexExpr(n)) // binds the index's names
				return &ListT{Elem: join(c.Elem, t)}
			}
			if o, p := protocolOf(cur); p != nil && p.flowItem != nil {
				return p.flowItem(o, m.typeOf(s, indexExpr(n)), t)
			}
			return cur
		})
	}
}

func (m *mapper) flowUnpack(s *Scope, elts []ast.Expr, t Type) {
	if tt := tupleView(t); tt != nil {
		t = tt
	}
	if m.flowStarUnpack(s, elts, t) {
		return
	}
	for i, e := range elts {
		var et Type = Unknown
		switch x := t.(type) {
		case *TupleT:
			if i < len(x.Elems) {
				et = x.Elems[i]
			}
		default:
			et = elemType(t)
		}
		m.flowTarget(s, e, et)
	}
}

// flowInto updates the storage behind expression e (a variable or an
// attribute) with f(current type): how x.append(v) and d[k] = v teach the
// container's element type.
func (m *mapper) flowInto(s *Scope, e ast.Expr, f func(Type) Type) {
	cur := m.typeOf(s, e)
	nt := f(cur)
	if m.flowSetdefaultItem(s, e, nt) {
		return
	}
	if sameType(cur, nt) {
		return
	}
	m.flowTarget(s, e, nt)
}

func indexExpr(n *ast.Subscript) ast.Expr {
	if ix, ok := n.Slice.(*ast.Index); ok {
		return ix.Value
	}
	return nil
}

// elemType is the type of the values iterating over t yields.
func elemType(t Type) Type {
	switch x := t.(type) {
	case *ListT:
		return x.Elem
	case *SetT:
		return x.Elem
	case *DictT:
		return x.Key
	case *TupleT:
		var e Type = Unknown
		for _, el := range x.Elems {
			e = join(e, el)
		}
		return e
	case *iterT:
		return x.Elem
	}
	if o, p := protocolOf(t); p != nil {
		return p.elem(o)
	}
	if t == StrT {
		return StrT
	}
	if t == Unknown {
		return Unknown
	}
	return AnyT
}

// iterT is a lazy iterable (range, enumerate, zip, map results) that loops
// consume without building a list.
type iterT struct {
	Kind string
	Elem Type
}

func (t *iterT) String() string { return t.Kind + "[" + t.Elem.String() + "]" }

func numType(n *ast.Num) Type {
	switch n.N.(type) {
	case py.Float:
		return FloatT
	case py.Complex:
		return AnyT
	}
	return IntT
}

// adoptTargetType gives a parameter no call site typed the type of what it
// is stored into (self.count = count in a class the file never
// instantiates).
func (m *mapper) adoptTargetType(s *Scope, value, target ast.Expr) {
	n, ok := value.(*ast.Name)
	if !ok {
		return
	}
	sym := m.lookup(s, string(n.Id))
	if sym == nil || sym.Kind != ParamSym || sym.Type != Unknown {
		return
	}
	if tt := m.typeOf(s, target); tt != Unknown && tt != AnyT {
		m.refine(&sym.Type, tt)
	}
}

// maxTypeDepth bounds how deeply inferred types nest; no program a person
// writes comes near it.
const maxTypeDepth = 12

// deeperThan reports whether t nests more than depth levels of
// containers, stopping as soon as it knows.
func deeperThan(t Type, depth int) bool {
	if depth < 0 {
		return true
	}
	switch x := t.(type) {
	case *ListT:
		return deeperThan(x.Elem, depth-1)
	case *SetT:
		return deeperThan(x.Elem, depth-1)
	case *OptionalT:
		return deeperThan(x.Elem, depth-1)
	case *iterT:
		return deeperThan(x.Elem, depth-1)
	case *DictT:
		return deeperThan(x.Key, depth-1) || deeperThan(x.Val, depth-1)
	case *TupleT:
		for _, e := range x.Elems {
			if deeperThan(e, depth-1) {
				return true
			}
		}
	}
	return false
}
