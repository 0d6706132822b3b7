package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// The container constructors list(), tuple(), set() and dict(), and the
// inference of the iterable builtins (sorted, min, max, map, filter) that
// flow element types into the functions passed to them.

func init() {
	libTypeHooks["builtins.sorted"] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		if len(args) == 0 {
			return &ListT{Elem: Unknown}
		}
		elem := elemType(args[0])
		if k := keyword(n, "key"); k != nil {
			m.funcResult(k, elem)
		}
		return &ListT{Elem: elem}
	}
	minMax := func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		var t Type = Unknown
		if len(args) == 1 {
			t = elemType(args[0])
		} else {
			for _, a := range args {
				t = join(t, a)
			}
		}
		if k := keyword(n, "key"); k != nil {
			m.funcResult(k, t)
		}
		if d := keyword(n, "default"); d != nil {
			t = join(t, m.info.Types[d])
		}
		return t
	}
	libTypeHooks["builtins.min"], libTypeHooks["builtins.max"] = minMax, minMax
	libTypeHooks["builtins.map"] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		if len(args) != 2 {
			return &iterT{Kind: "map", Elem: Unknown}
		}
		return &iterT{Kind: "map", Elem: m.funcResult(n.Args[0], elemType(args[1]))}
	}
	libTypeHooks["builtins.filter"] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		if len(args) != 2 {
			return &iterT{Kind: "filter", Elem: Unknown}
		}
		m.funcResult(n.Args[0], elemType(args[1]))
		return &iterT{Kind: "filter", Elem: elemType(args[1])}
	}
	libTypeHooks["builtins.tuple"] = func(_ *mapper, _ *Scope, _ *ast.Call, args []Type) Type {
		if len(args) == 0 {
			return &TupleT{}
		}
		return &VarTupleT{}
	}
	libTypeHooks["builtins.sum"] = sumType
	libCallHooks["builtins.sorted"] = (*fnCtx).sortedCall
	libCallHooks["builtins.min"] = func(c *fnCtx, n *ast.Call) ir.Expr { return c.minMaxCall(n, "min") }
	libCallHooks["builtins.max"] = func(c *fnCtx, n *ast.Call) ir.Expr { return c.minMaxCall(n, "max") }
	libCallHooks["builtins.sum"] = (*fnCtx).sumCall
	libCallHooks["builtins.list"] = (*fnCtx).listCtor
	libCallHooks["builtins.tuple"] = (*fnCtx).tupleCtor
	libCallHooks["builtins.set"] = (*fnCtx).setCtor
}

// listCtor translates list(), list(iterable).
func (c *fnCtx) listCtor(n *ast.Call) ir.Expr {
	if len(n.Args) == 0 {
		return &ir.Composite{Type: c.m.goType(c.m.info.Types[n])}
	}
	if c.unsupportedLibCall(n.Args[0]) {
		return &ir.Nil{}
	}
	xs, fresh := c.elemsOf(n.Args[0], true)
	if xs == nil {
		c.m.errorf(n.Args[0], "unsupported: list() of a %s", c.m.info.Types[n.Args[0]])
		return &ir.Nil{}
	}
	if !fresh {
		return ir.CallOf(ir.Q("slices", "Clone"), xs)
	}
	return xs
}

// tupleCtor translates tuple() (the empty tuple) and tuple(iterable), a
// tuple whose length is known at run time only.
func (c *fnCtx) tupleCtor(n *ast.Call) ir.Expr {
	if len(n.Args) == 0 {
		return &ir.Composite{Type: ir.RT("Tuple")}
	}
	xs, _ := c.elemsOf(n.Args[0], true)
	if xs == nil {
		c.m.errorf(n.Args[0], "unsupported: tuple() of a %s", c.m.info.Types[n.Args[0]])
		return &ir.Nil{}
	}
	return ir.CallOf(ir.Q(ir.Runtime, "TupleOf"), xs)
}

// setCtor translates set() and set(iterable).
func (c *fnCtx) setCtor(n *ast.Call) ir.Expr {
	st, _ := c.m.info.Types[n].(*SetT)
	if st == nil {
		st = &SetT{Elem: Unknown}
	}
	if len(n.Args) == 0 {
		return &ir.Composite{Type: c.m.goType(st)}
	}
	if _, isSet := c.m.info.Types[n.Args[0]].(*SetT); isSet {
		return ir.CallOf(ir.Q("maps", "Clone"), c.expr(n.Args[0]))
	}
	xs, _ := c.elemsOf(n.Args[0], false)
	if xs == nil {
		c.m.errorf(n.Args[0], "unsupported: set() of a %s", c.m.info.Types[n.Args[0]])
		return &ir.Nil{}
	}
	return &ir.Call{Fun: ir.Q(ir.Runtime, "NewSet"), Args: []ir.Expr{xs}, Ellipsis: true}
}

// dict() is translated in dictcall.go, which knows the dict order groups.

// lazyIterCall translates enumerate(), zip(), map(), filter() and
// reversed() used as values rather than looped over: the slice of what
// they yield, which is what their Go type (a slice) holds.
func (c *fnCtx) lazyIterCall(n *ast.Call) ir.Expr {
	if it, ok := c.m.info.Types[n].(*iterT); ok {
		if xs, _ := c.iterSlice(n, it, true); xs != nil {
			return xs
		}
	}
	c.m.errorf(n, "unsupported call: %s of a %s", displayName(c.m.info.Types[n.Func].(*LibFuncT).Name), c.argTypes(n))
	return &ir.Nil{}
}

func (c *fnCtx) argTypes(n *ast.Call) string {
	s := ""
	for i, a := range n.Args {
		if i > 0 {
			s += ", "
		}
		s += c.m.info.Types[a].String()
	}
	return s
}

func init() {
	for _, name := range []string{"reversed", "enumerate", "zip", "map", "filter"} {
		libCallHooks["builtins."+name] = (*fnCtx).lazyIterCall
	}
}

// sumType types sum(xs) and sum(xs, start): the join of start (0 by
// default) and the elements; Unknown while the elements are, so that a
// later pass can type them (sum([]) is the int 0).
func sumType(_ *mapper, _ *Scope, n *ast.Call, args []Type) Type {
	if len(args) == 0 {
		return Unknown
	}
	elem := elemType(args[0])
	if o, ok := elem.(*OptionalT); ok {
		elem = o.Elem // a None element raises TypeError
	}
	if elem == BoolT {
		elem = IntT
	}
	if len(args) > 1 {
		if args[1] == FloatT || elem == FloatT {
			return FloatT
		}
		return join(args[1], elem)
	}
	if isEmptyList(n.Args[0]) {
		return IntT
	}
	if elem == Unknown || elem == FloatT {
		return elem // sum() of no floats is the int 0: the accumulator idiom (numtype.go)
	}
	return join(IntT, elem)
}
