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
			return ir.CallOf(ir.Sel(c.expr(recv), goName), c.sliceOf(n.Args[0], o.Elem))
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

// sliceOf translates an iterable argument into a Go slice of elem: a list,
// a string's characters, or a library container's List().
func (c *fnCtx) sliceOf(e ast.Expr, elem Type) ir.Expr {
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
		items = c.sliceOf(a, elem)
	}
	var maxlen ir.Expr = ir.L(-1)
	if a := argOrKeyword(n, 1, "maxlen"); a != nil && c.m.info.Types[a] != NoneT {
		maxlen = c.exprAs(a, IntT)
	}
	return &ir.Call{Fun: ir.Q(ir.Runtime, "NewDeque"), TypeArgs: []ir.Type{c.m.goType(elem)}, Args: []ir.Expr{items, maxlen}}
}
