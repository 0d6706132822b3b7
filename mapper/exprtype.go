package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/parser"
)

// typeOf infers the type of e in scope s, records it in Info.Types and
// applies the flows the expression implies (call arguments to parameters,
// appends to containers).
func (m *mapper) typeOf(s *Scope, e ast.Expr) Type {
	if e == nil {
		return NoneT
	}
	t := m.exprType(s, e)
	if _, fails := m.staticRaise(e); t == nil || fails {
		t = Unknown // never produces a value (staticraise.go)
	}
	m.info.Types[e] = t
	return t
}

func (m *mapper) exprType(s *Scope, e ast.Expr) Type {
	switch n := e.(type) {
	case *ast.Num:
		return numType(n)
	case *ast.Str:
		return StrT
	case *parser.JoinedStr:
		for _, v := range n.Values {
			if fv, ok := v.(*parser.FormattedValue); ok {
				m.typeOf(s, fv.Value)
				if fv.FormatSpec != nil {
					m.typeOf(s, fv.FormatSpec)
				}
			}
		}
		return StrT
	case *ast.NameConstant:
		switch n.Value.Type().Name {
		case "bool":
			return BoolT
		}
		return NoneT
	case *ast.Name:
		return m.nameType(s, n)
	case *ast.BinOp:
		lt, rt := m.typeOf(s, n.Left), m.typeOf(s, n.Right)
		if n.Op == ast.Pow {
			if t, ok := powType(n.Left, n.Right, lt, rt); ok {
				return t
			}
		}
		if t := tupleRepeatType(n, lt, rt); t != nil {
			return t
		}
		if t := tupleConcatType(n.Op, lt, rt); t != nil {
			return t
		}
		if t := setOpType(n.Op, lt, rt); t != nil {
			return t
		}
		return m.binopType(n.Op, lt, rt)
	case *ast.UnaryOp:
		t := m.typeOf(s, n.Operand)
		if n.Op == ast.Not {
			return BoolT
		}
		if t == BoolT {
			return IntT
		}
		return t
	case *ast.BoolOp:
		operands := make([]Type, len(n.Values))
		for i, v := range n.Values {
			operands[i] = m.typeOf(s, v)
		}
		return boolOpType(n.Op, operands)
	case *ast.Compare:
		m.typeOf(s, n.Left)
		for _, c := range n.Comparators {
			m.typeOf(s, c)
		}
		return BoolT
	case *ast.IfExp:
		m.typeOf(s, n.Test)
		return join(m.typeOf(s, n.Body), m.typeOf(s, n.Orelse))
	case *ast.Call:
		return m.callType(s, n)
	case *ast.Attribute:
		return m.attrType(s, n)
	case *ast.Subscript:
		return m.subscriptType(s, n)
	case *ast.List:
		var el Type = Unknown
		for _, x := range n.Elts {
			el = join(el, m.typeOf(s, x))
		}
		return &ListT{Elem: el}
	case *ast.Tuple:
		elems := make([]Type, len(n.Elts))
		for i, x := range n.Elts {
			elems[i] = m.typeOf(s, x)
		}
		return &TupleT{Elems: elems}
	case *ast.Set:
		var el Type = Unknown
		for _, x := range n.Elts {
			el = join(el, m.typeOf(s, x))
		}
		return &SetT{Elem: el}
	case *ast.Dict:
		var k, v Type = Unknown, Unknown
		for i := range n.Keys {
			k = join(k, m.typeOf(s, n.Keys[i]))
			v = join(v, m.typeOf(s, n.Values[i]))
		}
		return &DictT{Key: k, Val: v, Order: m.dictOrderAt(n)}
	case *ast.ListComp:
		cs := m.compScope(s, n, n.Generators)
		return &ListT{Elem: m.typeOf(cs, n.Elt)}
	case *ast.SetComp:
		cs := m.compScope(s, n, n.Generators)
		return &SetT{Elem: m.typeOf(cs, n.Elt)}
	case *ast.GeneratorExp:
		cs := m.compScope(s, n, n.Generators)
		return &iterT{Kind: generatorKind(m.info.Types[n.Generators[0].Iter]), Elem: m.typeOf(cs, n.Elt)}
	case *ast.DictComp:
		cs := m.compScope(s, n, n.Generators)
		return &DictT{Key: m.typeOf(cs, n.Key), Val: m.typeOf(cs, n.Value), Order: m.dictOrderAt(n)}
	case *ast.Lambda:
		fn := m.lambda(s, n)
		if n.Args != nil {
			first := len(fn.Params) - len(n.Args.Defaults)
			for i, d := range n.Args.Defaults {
				// Defaults are evaluated where the lambda is, and type
				// their parameters (lambda i=i: ...).
				dt := m.typeOf(s, d)
				if first+i >= 0 && first+i < len(fn.Params) {
					m.refine(&fn.Params[first+i].Type, dt)
				}
			}
		}
		return &FuncT{Fn: fn}
	case *ast.Yield:
		return m.yieldType(s, n)
	case *ast.Starred:
		return m.typeOf(s, n.Value)
	}
	return AnyT
}

func (m *mapper) nameType(s *Scope, n *ast.Name) Type {
	sym := m.lookup(s, string(n.Id))
	if sym == nil {
		if _, ok := builtinExceptions[string(n.Id)]; ok {
			return &ExcClassT{Name: string(n.Id)}
		}
		if isBuiltin(string(n.Id)) {
			return &LibFuncT{Name: "builtins." + string(n.Id)}
		}
		if string(n.Id) == "__name__" {
			return StrT // the translated program is always the main module
		}
		return Unknown
	}
	m.info.Uses[n] = sym
	switch sym.Kind {
	case FuncSym:
		return &FuncT{Fn: sym.Fn}
	case ClassSym:
		if sym.Class.Exc != nil {
			return sym.Class.Exc
		}
		return &ClassT{Class: sym.Class}
	case ImportSym:
		if _, isImport := sym.Def.(*ast.Import); isImport || indexByte(sym.Import, '.') < 0 {
			// import a.b as c binds the module a.b.
			return &ModuleT{Name: sym.Import}
		}
		if _, ok := libExceptions[sym.Import]; ok {
			return &ExcClassT{Name: sym.Import}
		}
		return &LibFuncT{Name: sym.Import}
	}
	return m.narrowType(n, sym.Type)
}

// compScope binds a comprehension's loop variables in a scope of their own,
// as Python 3 does, typed from the iterables.
func (m *mapper) compScope(s *Scope, node ast.Expr, gens []ast.Comprehension) *Scope {
	cs := m.compScopes[node]
	if cs == nil {
		cs = newScope(s, s.Fn)
		cs.globals = s.globals
		m.compScopes[node] = cs
	}
	for _, g := range gens {
		r := &resolver{m: m}
		r.target(cs, g.Target, node)
		m.flowTarget(cs, g.Target, elemType(m.typeOf(cs, g.Iter)))
		for _, cond := range g.Ifs {
			m.typeOf(cs, cond)
		}
	}
	return cs
}

func (m *mapper) lambda(s *Scope, n *ast.Lambda) *Function {
	fn := m.lambdas[n]
	if fn == nil {
		fn = &Function{Name: "lambda", Lambda: n, Ret: Unknown, Nested: true}
		fn.Scope = newScope(s, fn)
		(&resolver{m: m}).params(fn, n.Args)
		m.captureDefaults(fn)
		m.lambdas[n] = fn
	}
	return fn
}

func (m *mapper) binopType(op ast.OperatorNumber, l, r Type) Type {
	if t, ok := protoBinopType(op, l, r); ok {
		return t
	}
	if t, ok := argsTupleConcatType(op, l, r); ok {
		return t
	}
	if t, ok := numBinopType(op, l, r); ok {
		return t
	}
	switch {
	case l == Unknown || r == Unknown:
		if op == ast.Div {
			return FloatT
		}
		if t, ok := m.deferIntGuess(l, r); ok {
			return t
		}
		if l == Unknown {
			return r
		}
		return l
	case op == ast.Div && isNumeric(l) && isNumeric(r):
		return FloatT
	case isNumeric(l) && isNumeric(r):
		if l == FloatT || r == FloatT {
			return FloatT
		}
		return IntT
	case l == StrT && (op == ast.Add || op == ast.Modulo):
		return StrT
	case op == ast.Mult && (l == StrT || r == StrT):
		return StrT
	case op == ast.Add:
		if ll, ok := l.(*ListT); ok {
			if rl, ok := r.(*ListT); ok {
				return &ListT{Elem: join(ll.Elem, rl.Elem)}
			}
		}
	case op == ast.Mult:
		if _, ok := l.(*ListT); ok {
			return l
		}
		if _, ok := r.(*ListT); ok {
			return r
		}
	}
	return AnyT
}

func (m *mapper) attrType(s *Scope, n *ast.Attribute) Type {
	attr := string(n.Attr)
	if _, ok := m.annotationName(s, n.Value); ok && attr == "__name__" {
		return StrT
	}
	obj := m.typeOf(s, n.Value)
	if inst := instanceType(obj); inst != nil {
		if t, ok := m.instanceAttrType(inst, attr); ok {
			return t
		}
		obj = inst
	}
	if ft, ok := obj.(*FuncT); ok && attr == "__doc__" {
		return funcDocType(ft.Fn)
	}
	if t, ok := m.partialAttrType(obj, attr); ok {
		return t
	}
	if attr == "__name__" {
		switch obj.(type) {
		case *typeNameT, *FuncT, *ClassT, *ExcClassT:
			return StrT
		}
	}
	switch o := obj.(type) {
	case *LocalT:
		if t, ok := o.Info.types[attr]; ok {
			return t
		}
		return Unknown
	case *ExcT:
		if t, ok := m.excAttrType(o, attr); ok {
			return t
		}
		if attr == "args" {
			return &VarTupleT{}
		}
		if attr == "code" {
			return AnyT // SystemExit's code: an int, a message or None
		}
	case *excTypeValT:
		if attr == "__name__" {
			return StrT
		}
	case *freeObjT:
		return &methodT{Recv: obj, Name: attr}
	case *ModuleT:
		if h := attrTypeHooks[o.Name+"."+attr]; h != nil {
			return h(m, s, n)
		}
		return &LibFuncT{Name: o.Name + "." + attr}
	case *InstanceT:
		if f := o.Class.field(attr); f != nil {
			return f.Type
		}
		if mt := o.Class.method(attr); mt != nil {
			return &boundT{Recv: obj, Fn: mt}
		}
		if v := o.Class.classVar(attr); v != nil {
			return v.Type
		}
		if o.Class.threadBase() {
			// Thread's own methods and properties, through embedding.
			if p, ok := libClasses["threading.Thread"].props[attr]; ok {
				return p.typ
			}
			return &methodT{Recv: obj, Name: attr}
		}
		return Unknown
	case *LibFuncT:
		// Class attributes of library classes: datetime.now.
		if h := attrTypeHooks[o.Name+"."+attr]; h != nil {
			return h(m, s, n)
		}
	case *ThreadT:
		if p, ok := libClasses["threading.Thread"].props[attr]; ok {
			o.Group.find().Queried = true
			return p.typ
		}
	case *ObjT:
		if h := attrTypeHooks[o.Class+"."+attr]; h != nil {
			return h(m, s, n)
		}
		if lc := libClasses[o.Class]; lc != nil {
			if p, ok := lc.props[attr]; ok {
				return p.typ
			}
		}
	case *superT:
		return superAttrType(o, attr)
	case *ClassT:
		if attr == "_fields" && o.Class.Tuple {
			return fieldsType(o.Class)
		}
		if v := o.Class.classVar(attr); v != nil {
			return v.Type
		}
		if mt := o.Class.method(attr); mt != nil {
			return &FuncT{Fn: mt}
		}
	}
	return &methodT{Recv: obj, Name: attr}
}

// boundT is a user method bound to its receiver.
type boundT struct {
	Recv Type
	Fn   *Function
}

func (t *boundT) String() string { return "bound " + t.Fn.Name }

// methodT is a method of a built-in or library value, like str.upper or
// Thread.start, before it is called.
type methodT struct {
	Recv Type
	Name string
}

func (t *methodT) String() string { return t.Recv.String() + "." + t.Name }

func (m *mapper) subscriptType(s *Scope, n *ast.Subscript) Type {
	obj := m.typeOf(s, n.Value)
	ix, isIndex := n.Slice.(*ast.Index)
	if isIndex {
		m.typeOf(s, ix.Value)
	} else if sl, ok := n.Slice.(*ast.Slice); ok {
		m.typeOf(s, sl.Lower)
		m.typeOf(s, sl.Upper)
		m.typeOf(s, sl.Step)
		if tt, ok := obj.(*TupleT); ok {
			return tupleSliceType(tt, sl)
		}
		return obj
	}
	if o, p := protocolOf(obj); p != nil && p.item != nil && isIndex {
		_, val := p.item(o)
		return val
	}
	if tt := tupleView(obj); tt != nil {
		obj = tt
	}
	switch o := obj.(type) {
	case *ListT:
		return o.Elem
	case *DictT:
		return o.Val
	case *TupleT:
		if isIndex {
			if num, ok := ix.Value.(*ast.Num); ok {
				if i, ok := intConst(num); ok && i >= 0 && i < len(o.Elems) {
					return o.Elems[i]
				}
			}
		}
		return elemType(o)
	}
	if obj == StrT {
		return StrT
	}
	return Unknown
}
