package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// collections.deque is the runtime's Deque[T] (runtime/deque.go): its repr
// and maxlen behaviour are observable, so a bare slice would print
// differently. The element type is learned from the constructor's iterable
// and from append/appendleft/extend/extendleft, as queue elements are.

func init() {
	libClasses["collections.deque"] = &libClass{goName: "Deque", generic: true, methods: map[string]libMethod{
		"append": {"Append", "x:elem", nil}, "appendleft": {"Appendleft", "x:elem", nil},
		"pop": {"Pop", "", elemRet}, "popleft": {"Popleft", "", elemRet},
		"rotate": {"Rotate", "n=1:int", nil}, "clear": {"Clear", "", nil},
	}}
	objProtocols["collections.deque"] = &objProtocol{
		elem:  func(o *ObjT) Type { return orUnknown(o.Elem) },
		item:  func(o *ObjT) (Type, Type) { return IntT, orUnknown(o.Elem) },
		equal: true,
	}
	attrTypeHooks["collections.deque.maxlen"] = func(*mapper, *Scope, *ast.Attribute) Type { return optional(IntT) }
	attrHooks["collections.deque.maxlen"] = func(c *fnCtx, n *ast.Attribute) ir.Expr {
		return ir.CallOf(ir.Q(ir.Runtime, "OptionalLen"), ir.CallOf(ir.Sel(c.expr(n.Value), "Maxlen")))
	}

	libTypeHooks["collections.deque"] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		var elem Type = Unknown
		if len(args) > 0 && len(n.Args) > 0 {
			elem = elemType(args[0])
		}
		return &ObjT{Class: "collections.deque", Elem: elem}
	}
	libCallHooks["collections.deque"] = newDeque
	for _, name := range []string{"append", "appendleft"} {
		methodTypeHooks["collections.deque."+name] = func(m *mapper, s *Scope, n *ast.Call, _ *ObjT, args []Type) Type {
			if len(args) > 0 {
				m.flowElem(s, n, args[0])
			}
			return NoneT
		}
	}
	for _, name := range []string{"extend", "extendleft"} {
		goName := "Extend"
		if name == "extendleft" {
			goName = "Extendleft"
		}
		methodTypeHooks["collections.deque."+name] = func(m *mapper, s *Scope, n *ast.Call, _ *ObjT, args []Type) Type {
			if len(args) > 0 {
				m.flowElem(s, n, elemType(args[0]))
			}
			return NoneT
		}
		methodCallHooks["collections.deque."+name] = func(c *fnCtx, n *ast.Call, recv ast.Expr, o *ObjT) ir.Expr {
			if len(n.Args) != 1 {
				c.m.errorf(n, "deque.%s expects one iterable", name)
				return nil
			}
			return ir.CallOf(ir.Sel(c.expr(recv), goName), c.iterableSlice(n.Args[0], o.Elem))
		}
	}
}

// flowElem joins t into the element type of the receiver of method call n.
func (m *mapper) flowElem(s *Scope, n *ast.Call, t Type) {
	recv := n.Func.(*ast.Attribute).Value
	m.flowInto(s, recv, func(cur Type) Type {
		if o, ok := cur.(*ObjT); ok {
			return &ObjT{Class: o.Class, Elem: join(orUnknown(o.Elem), t)}
		}
		return cur
	})
}

// iterableSlice translates an iterable argument into a Go slice of elem: a list,
// a string's characters, or a library container's List().
func (c *fnCtx) iterableSlice(e ast.Expr, elem Type) ir.Expr {
	switch t := c.m.info.Types[e].(type) {
	case *ListT:
		if sameType(t.Elem, orUnknown(elem)) || elem == nil || elem == Unknown {
			return c.expr(e)
		}
	case *TupleT:
		if l, ok := e.(*ast.Tuple); ok {
			var elts []ir.Expr
			for _, x := range l.Elts {
				elts = append(elts, c.exprAs(x, elem))
			}
			return &ir.Composite{Type: &ir.Slice{Elem: c.m.goType(orAny(elem))}, Elts: elts}
		}
	default:
		if t == StrT {
			return ir.CallOf(ir.Q("strings", "Split"), c.expr(e), ir.L(""))
		}
		if _, p := protocolOf(t); p != nil {
			return ir.CallOf(ir.Sel(c.expr(e), "List"))
		}
	}
	if x := c.asSlice(e); x != nil {
		return x // range(), a generator expression
	}
	c.m.errorf(e, "unsupported: an iterable of type %s here; pass a list", c.m.info.Types[e])
	return &ir.Nil{}
}

func orAny(t Type) Type {
	if t == nil || t == Unknown {
		return AnyT
	}
	return t
}

// newDeque translates deque(iterable=(), maxlen=None).
func newDeque(c *fnCtx, n *ast.Call) ir.Expr {
	o, _ := c.m.info.Types[n].(*ObjT)
	var elem Type = AnyT
	if o != nil {
		elem = orAny(o.Elem)
	}
	var items ir.Expr = &ir.Nil{}
	if a := argOrKeyword(n, 0, "iterable"); a != nil {
		items = c.iterableSlice(a, elem)
	}
	var maxlen ir.Expr = ir.L(-1)
	if a := argOrKeyword(n, 1, "maxlen"); a != nil && c.m.info.Types[a] != NoneT {
		maxlen = c.exprAs(a, IntT)
	}
	return &ir.Call{Fun: ir.Q(ir.Runtime, "NewDeque"), TypeArgs: []ir.Type{c.m.goType(elem)}, Args: []ir.Expr{items, maxlen}}
}

// collections.Counter is the runtime's Counter[K] (runtime/counter.go), an
// insertion-ordered dict of int counts whose repr lists them by count.
func init() {
	const counter = "collections.Counter"
	keyOf := func(o *ObjT) Type { return orUnknown(o.Elem) }
	pairs := func(o *ObjT) Type { return &ListT{Elem: &TupleT{Elems: []Type{keyOf(o), IntT}}} }
	libClasses[counter] = &libClass{goName: "Counter", generic: true, methods: map[string]libMethod{
		"total": {"Total", "", IntT}, "clear": {"Clear", "", nil},
	}}
	objProtocols[counter] = &objProtocol{
		elem:     keyOf,
		item:     func(o *ObjT) (Type, Type) { return keyOf(o), IntT },
		settable: true,
		equal:    true,
		binops:   map[ast.OperatorNumber]string{ast.Add: "Add", ast.Sub: "Sub"},
	}
	libTypeHooks[counter] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		var elem Type = Unknown
		if len(args) > 0 && len(n.Args) > 0 {
			elem = elemType(args[0])
			if o, ok := args[0].(*ObjT); ok && o.Class == counter {
				elem = o.Elem
			}
			if d, ok := args[0].(*DictT); ok {
				elem = d.Key
			}
		}
		return &ObjT{Class: counter, Elem: elem}
	}
	libCallHooks[counter] = func(c *fnCtx, n *ast.Call) ir.Expr {
		o, _ := c.m.info.Types[n].(*ObjT)
		var elem Type = AnyT
		if o != nil {
			elem = orAny(o.Elem)
		}
		var keys ir.Expr = &ir.Nil{}
		if len(n.Keywords) > 0 || len(n.Args) > 1 {
			c.m.errorf(n, "unsupported: collections.Counter with keyword counts")
		}
		if len(n.Args) == 1 {
			if d, ok := n.Args[0].(*ast.Dict); ok {
				// Counter({k: n, ...}): the counts in the order written.
				pair := ir.RT("Tuple2", c.m.goType(elem), ir.Int)
				var elts []ir.Expr
				for i, k := range d.Keys {
					elts = append(elts, &ir.Composite{Type: pair, Elts: []ir.Expr{
						&ir.KeyValue{Key: ir.Id("V0"), Value: c.exprAs(k, elem)},
						&ir.KeyValue{Key: ir.Id("V1"), Value: c.exprAs(d.Values[i], IntT)}}})
				}
				return &ir.Call{Fun: ir.Q(ir.Runtime, "CounterOf"), TypeArgs: []ir.Type{c.m.goType(elem)},
					Args: []ir.Expr{&ir.Composite{Type: &ir.Slice{Elem: pair}, Elts: elts}}}
			}
			keys = c.iterableSlice(n.Args[0], elem)
		}
		return &ir.Call{Fun: ir.Q(ir.Runtime, "NewCounter"), TypeArgs: []ir.Type{c.m.goType(elem)}, Args: []ir.Expr{keys}}
	}
	simple := map[string]struct {
		goName string
		typ    func(o *ObjT) Type
	}{
		"items":    {"Items", pairs},
		"keys":     {"Keys", func(o *ObjT) Type { return &ListT{Elem: keyOf(o)} }},
		"values":   {"Values", func(*ObjT) Type { return &ListT{Elem: IntT} }},
		"elements": {"Elements", func(o *ObjT) Type { return &ListT{Elem: keyOf(o)} }},
	}
	for name, s := range simple {
		methodTypeHooks[counter+"."+name] = func(_ *mapper, _ *Scope, _ *ast.Call, o *ObjT, _ []Type) Type { return s.typ(o) }
		methodCallHooks[counter+"."+name] = func(c *fnCtx, n *ast.Call, recv ast.Expr, _ *ObjT) ir.Expr {
			if len(n.Args) > 0 {
				c.m.errorf(n, "Counter.%s takes no arguments", name)
			}
			return ir.CallOf(ir.Sel(c.expr(recv), s.goName))
		}
	}
	methodTypeHooks[counter+".most_common"] = func(_ *mapper, _ *Scope, _ *ast.Call, o *ObjT, _ []Type) Type { return pairs(o) }
	methodCallHooks[counter+".most_common"] = func(c *fnCtx, n *ast.Call, recv ast.Expr, _ *ObjT) ir.Expr {
		var limit ir.Expr = ir.L(-1)
		if a := argOrKeyword(n, 0, "n"); a != nil && c.m.info.Types[a] != NoneT {
			limit = c.exprAs(a, IntT)
		}
		return ir.CallOf(ir.Sel(c.expr(recv), "MostCommon"), limit)
	}
	methodTypeHooks[counter+".update"] = func(m *mapper, s *Scope, n *ast.Call, _ *ObjT, args []Type) Type {
		if len(args) > 0 {
			if o, ok := args[0].(*ObjT); ok && o.Class == counter {
				m.flowElem(s, n, orUnknown(o.Elem))
			} else {
				m.flowElem(s, n, elemType(args[0]))
			}
		}
		return NoneT
	}
	methodCallHooks[counter+".update"] = func(c *fnCtx, n *ast.Call, recv ast.Expr, o *ObjT) ir.Expr {
		if len(n.Args) != 1 || len(n.Keywords) > 0 {
			c.m.errorf(n, "unsupported: Counter.update other than with one iterable or Counter")
			return nil
		}
		if a, ok := c.m.info.Types[n.Args[0]].(*ObjT); ok && a.Class == counter {
			return ir.CallOf(ir.Sel(c.expr(recv), "UpdateCounter"), c.exprAs(n.Args[0], o))
		}
		return ir.CallOf(ir.Sel(c.expr(recv), "Update"), c.iterableSlice(n.Args[0], o.Elem))
	}
}

// collections.defaultdict is the runtime's DefaultDict[K, V]
// (runtime/defaultdict.go); its Elem is a DictT holding the key and value
// types, the value type starting as the factory's.
func init() {
	const dd = "collections.defaultdict"
	kv := func(o *ObjT) *DictT {
		if d, ok := o.Elem.(*DictT); ok {
			return d
		}
		return &DictT{Key: Unknown, Val: Unknown}
	}
	libClasses[dd] = &libClass{goName: "DefaultDict", typeArgs: func(o *ObjT) []Type {
		d := kv(o)
		return []Type{orAny(d.Key), orAny(d.Val)}
	}}
	objProtocols[dd] = &objProtocol{
		elem:     func(o *ObjT) Type { return kv(o).Key },
		item:     func(o *ObjT) (Type, Type) { d := kv(o); return d.Key, d.Val },
		settable: true,
		ref:      true,
		flowItem: func(o *ObjT, key, val Type) Type {
			d := kv(o)
			return &ObjT{Class: dd, Elem: &DictT{Key: join(d.Key, key), Val: join(d.Val, val)}}
		},
	}
	libTypeHooks[dd] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		var val Type = Unknown
		if len(n.Args) > 0 {
			val = factoryType(args[0])
		}
		if d, ok := val.(*DictT); ok {
			// defaultdict(dict): the inner dicts' order group.
			val = &DictT{Key: d.Key, Val: d.Val, Order: m.dictOrderAt(n)}
		}
		return &ObjT{Class: dd, Elem: &DictT{Key: Unknown, Val: val}}
	}
	libCallHooks[dd] = func(c *fnCtx, n *ast.Call) ir.Expr {
		o, _ := c.m.info.Types[n].(*ObjT)
		if o == nil {
			o = &ObjT{Class: dd}
		}
		d := kv(o)
		var name string
		if len(n.Args) == 1 && len(n.Keywords) == 0 {
			if lf, ok := c.m.info.Types[n.Args[0]].(*LibFuncT); ok && factoryType(lf) != Unknown {
				name = lf.Name[len("builtins."):]
			}
		}
		if name == "" {
			c.m.errorf(n, "unsupported: collections.defaultdict with a factory other than int, float, str, list, set or dict")
			return &ir.Nil{}
		}
		vt := c.m.goType(orAny(d.Val))
		var zero ir.Expr
		switch vd := orAny(d.Val).(type) {
		case *DictT:
			zero = c.emptyDict(vd)
		case *ListT, *SetT:
			zero = &ir.Composite{Type: vt}
		default:
			zero = map[string]ir.Expr{"int": ir.L(0), "float": ir.L(0.0), "str": ir.L("")}[name]
			if zero == nil {
				zero = &ir.Composite{Type: vt}
			}
		}
		factory := &ir.FuncLit{Results: []ir.Type{vt}, Body: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{zero}})}
		return &ir.Call{Fun: ir.Q(ir.Runtime, "NewDefaultDict"), TypeArgs: c.m.goTypes([]Type{orAny(d.Key), orAny(d.Val)}), Args: []ir.Expr{factory, ir.L(name)}}
	}
	views := map[string]struct {
		goName string
		typ    func(d *DictT) Type
	}{
		"items":  {"Items", func(d *DictT) Type { return &ListT{Elem: &TupleT{Elems: []Type{d.Key, d.Val}}} }},
		"keys":   {"Keys", func(d *DictT) Type { return &ListT{Elem: d.Key} }},
		"values": {"Values", func(d *DictT) Type { return &ListT{Elem: d.Val} }},
	}
	for name, v := range views {
		methodTypeHooks[dd+"."+name] = func(_ *mapper, _ *Scope, _ *ast.Call, o *ObjT, _ []Type) Type { return v.typ(kv(o)) }
		methodCallHooks[dd+"."+name] = func(c *fnCtx, n *ast.Call, recv ast.Expr, _ *ObjT) ir.Expr {
			return ir.CallOf(ir.Sel(c.expr(recv), v.goName))
		}
	}
	methodTypeHooks[dd+".get"] = func(_ *mapper, _ *Scope, _ *ast.Call, o *ObjT, _ []Type) Type { return kv(o).Val }
	methodCallHooks[dd+".get"] = func(c *fnCtx, n *ast.Call, recv ast.Expr, o *ObjT) ir.Expr {
		d := kv(o)
		if len(n.Args) != 2 {
			c.m.errorf(n, "unsupported: defaultdict.get without a default")
			return &ir.Nil{}
		}
		return ir.CallOf(ir.Sel(c.expr(recv), "Get"), c.exprAs(n.Args[0], d.Key), c.exprAs(n.Args[1], d.Val))
	}
}

// factoryType is the value type a defaultdict factory makes.
func factoryType(t Type) Type {
	lf, ok := t.(*LibFuncT)
	if !ok {
		return Unknown
	}
	switch lf.Name {
	case "builtins.int":
		return IntT
	case "builtins.float":
		return FloatT
	case "builtins.str":
		return StrT
	case "builtins.list":
		return &ListT{Elem: Unknown}
	case "builtins.set":
		return &SetT{Elem: Unknown}
	case "builtins.dict":
		return &DictT{Key: Unknown, Val: Unknown}
	}
	return Unknown
}

// defaultdict.default_factory is its factory class: printed as
// <class 'list'> (the runtime's FactoryName), and .__name__ is "list".
func init() {
	const dd, factory = "collections.defaultdict", "collections.defaultdict.factory"
	goTypeHooks[factory] = func(*mapper, *ObjT) ir.Type { return ir.String }
	attrTypeHooks[dd+".default_factory"] = func(m *mapper, s *Scope, n *ast.Attribute) Type {
		o, _ := m.typeOf(s, n.Value).(*ObjT)
		if d, ok := o.Elem.(*DictT); ok {
			return &ObjT{Class: factory, Elem: d.Val}
		}
		return &ObjT{Class: factory, Elem: Unknown}
	}
	attrHooks[dd+".default_factory"] = func(c *fnCtx, n *ast.Attribute) ir.Expr {
		return ir.CallOf(ir.Sel(c.expr(n.Value), "FactoryName"))
	}
	attrTypeHooks[factory+".__name__"] = func(*mapper, *Scope, *ast.Attribute) Type { return StrT }
	attrHooks[factory+".__name__"] = func(c *fnCtx, n *ast.Attribute) ir.Expr {
		var name string
		var elem Type
		if o, ok := c.m.info.Types[n.Value].(*ObjT); ok {
			elem = o.Elem
		}
		switch t := elem.(type) {
		case *ListT:
			name = "list"
		case *SetT:
			name = "set"
		case *DictT:
			name = "dict"
		default:
			name = pyTypeNames[t]
		}
		if name == "" {
			c.m.errorf(n, "unsupported: __name__ of this defaultdict factory")
		}
		return ir.L(name)
	}
}
