package mapper

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// dict(...) calls and the type flows of the dict methods that store into
// the receiver.

func init() {
	libTypeHooks["builtins.dict"] = dictCallType
	libCallHooks["builtins.dict"] = dictCall
}

// dictCallType types dict(), dict(d), dict(defaultdict or Counter),
// dict(pairs) and dict(k=v, ...). dict(d) shares d's order group: the copy
// keeps d's order, so both must be the same kind of Go value.
func dictCallType(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
	t := &DictT{Key: Unknown, Val: Unknown, Order: m.dictOrderAtCall(n)}
	if len(args) == 1 && len(n.Args) == 1 {
		switch a := args[0].(type) {
		case *DictT:
			return &DictT{Key: a.Key, Val: a.Val, Order: t.Order.union(a.Order)}
		case *ObjT:
			switch a.Class {
			case "collections.defaultdict":
				if d, ok := a.Elem.(*DictT); ok {
					t.Key, t.Val = d.Key, d.Val
				}
			case "collections.Counter":
				t.Key, t.Val = orUnknown(a.Elem), IntT
			}
		default:
			if pair, ok := elemType(a).(*TupleT); ok && len(pair.Elems) == 2 {
				t.Key, t.Val = pair.Elems[0], pair.Elems[1]
			}
		}
	}
	for _, kw := range n.Keywords {
		t.Key = StrT
		t.Val = join(t.Val, m.info.Types[kw.Value])
	}
	return t
}

// dictCall translates the dict(...) calls dictCallType types.
func dictCall(c *fnCtx, n *ast.Call) ir.Expr {
	t, ok := c.m.info.Types[n].(*DictT)
	if !ok {
		c.m.errorf(n, "unsupported call: dict()")
		return &ir.Nil{}
	}
	ordered := orderedDict(t)
	fromItems := func(items ir.Expr) ir.Expr {
		if ordered {
			return ir.CallOf(ir.Q(ir.Runtime, "DictFromItems"), items)
		}
		return ir.CallOf(ir.Q(ir.Runtime, "DictFromPairs"), items)
	}
	switch {
	case len(n.Args) == 0 && len(n.Keywords) == 0:
		return c.emptyDict(t)
	case len(n.Args) == 0:
		lit := &ast.Dict{}
		for _, kw := range n.Keywords {
			lit.Keys = append(lit.Keys, &ast.Str{S: py.String(kw.Arg)})
			lit.Values = append(lit.Values, kw.Value)
			c.m.info.Types[lit.Keys[len(lit.Keys)-1]] = StrT
		}
		c.m.info.Types[lit] = t
		return c.dictLit(lit)
	case len(n.Args) == 1 && len(n.Keywords) == 0:
		a := n.Args[0]
		switch at := c.m.info.Types[a].(type) {
		case *DictT:
			if ordered {
				return ir.CallOf(ir.Sel(c.expr(a), "Copy"))
			}
			return ir.CallOf(ir.Q("maps", "Clone"), c.expr(a))
		case *ObjT:
			if at.Class == "collections.defaultdict" || at.Class == "collections.Counter" {
				return fromItems(ir.CallOf(ir.Sel(c.expr(a), "Items")))
			}
		default:
			if pair, ok := elemType(at).(*TupleT); ok && len(pair.Elems) == 2 {
				if pairs, _ := c.elemsOf(a, ordered); pairs != nil {
					return fromItems(pairs)
				}
			}
		}
	}
	c.m.errorf(n, "unsupported: dict() of a %s; build the dict with a loop", c.m.info.Types[argOrKeyword(n, 0, "")])
	return &ir.Nil{}
}

// dictMethodFlow applies the flows of dict methods that store into the
// receiver: d.setdefault(k, v) stores k and v, d.update(e) stores e's
// entries (and so joins e's order group with d's).
func (m *mapper) dictMethodFlow(s *Scope, recv ast.Expr, name string, args []Type) {
	arg := func(i int) Type {
		if i < len(args) {
			return args[i]
		}
		return Unknown
	}
	m.flowInto(s, recv, func(cur Type) Type {
		d, ok := cur.(*DictT)
		if !ok {
			return cur
		}
		switch name {
		case "setdefault":
			return &DictT{Key: join(d.Key, arg(0)), Val: join(d.Val, arg(1)), Order: d.Order}
		case "update":
			if o, ok := arg(0).(*DictT); ok {
				return join(d, o)
			}
		}
		return cur
	})
}

// flowSetdefaultItem records that a value of type t is stored through
// d.setdefault(k, default): d.setdefault(k, []).append(v) teaches d's
// value type. It reports whether target was such a call.
func (m *mapper) flowSetdefaultItem(s *Scope, target ast.Expr, t Type) bool {
	call, ok := target.(*ast.Call)
	if !ok {
		return false
	}
	a, ok := call.Func.(*ast.Attribute)
	if !ok || string(a.Attr) != "setdefault" {
		return false
	}
	m.flowInto(s, a.Value, func(cur Type) Type {
		if d, ok := cur.(*DictT); ok {
			return &DictT{Key: d.Key, Val: join(d.Val, t), Order: d.Order}
		}
		return cur
	})
	return true
}
