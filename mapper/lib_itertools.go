package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// itertools: count() and cycle() are runtime iterators with an atomic
// Next (runtime/itertools.go), so next(ids) stays a thread-safe id source;
// islice, chain and product of finite inputs are slices, consumed once by
// the list() or for loop around them.

func init() {
	for _, class := range []string{"itertools.count", "itertools.cycle"} {
		goName := map[string]string{"itertools.count": "Counting", "itertools.cycle": "Cycle"}[class]
		libClasses[class] = &libClass{goName: goName, generic: true}
		objProtocols[class] = &objProtocol{elem: func(o *ObjT) Type { return orUnknown(o.Elem) }}
	}
	libTypeHooks["itertools.count"] = func(_ *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		var elem Type = IntT
		for _, a := range args {
			if a == FloatT || a == NumT || elem == FloatT {
				elem = FloatT // count(1, 0.5) counts in floats: 1.0, 1.5, ...
				continue
			}
			elem = join(elem, a)
		}
		return &ObjT{Class: "itertools.count", Elem: elem}
	}
	libCallHooks["itertools.count"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		elem := FloatT
		if o, ok := c.m.info.Types[n].(*ObjT); ok && o.Elem == IntT {
			elem = IntT
		}
		num := func(i int, name string, def int) ir.Expr {
			if a := argOrKeyword(n, i, name); a != nil {
				return c.exprAs(a, elem)
			}
			if elem == FloatT {
				return ir.L(float64(def))
			}
			return ir.L(def)
		}
		return &ir.Call{Fun: ir.Q(ir.Runtime, "NewCount"), TypeArgs: []ir.Type{c.m.goType(elem)}, Args: []ir.Expr{num(0, "start", 0), num(1, "step", 1)}}
	}
	libTypeHooks["itertools.cycle"] = func(_ *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		var elem Type = Unknown
		if len(args) > 0 {
			elem = elemType(args[0])
		}
		return &ObjT{Class: "itertools.cycle", Elem: elem}
	}
	libCallHooks["itertools.cycle"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		o, _ := c.m.info.Types[n].(*ObjT)
		if len(n.Args) != 1 || o == nil {
			c.m.errorf(n, "itertools.cycle expects one iterable")
			return &ir.Nil{}
		}
		return &ir.Call{Fun: ir.Q(ir.Runtime, "NewCycle"), TypeArgs: []ir.Type{c.m.goType(orAny(o.Elem))}, Args: []ir.Expr{c.iterableSlice(n.Args[0], o.Elem)}}
	}

	libTypeHooks["builtins.next"] = func(_ *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		if len(args) > 0 {
			if o, ok := args[0].(*ObjT); ok && nextable(o.Class) {
				return orUnknown(o.Elem)
			}
		}
		return Unknown
	}
	libCallHooks["builtins.next"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		if len(n.Args) == 1 {
			if o, ok := c.m.info.Types[n.Args[0]].(*ObjT); ok && nextable(o.Class) {
				return ir.CallOf(ir.Sel(c.expr(n.Args[0]), "Next"))
			}
		}
		c.m.errorf(n, "unsupported call: next() of a %s", typeName(c.m.info.Types, n.Args))
		return &ir.Nil{}
	}

	libTypeHooks["itertools.islice"] = func(_ *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		if len(args) == 0 {
			return &ListT{Elem: Unknown}
		}
		return &ListT{Elem: elemType(args[0])}
	}
	libCallHooks["itertools.islice"] = islice
	libTypeHooks["itertools.chain"] = func(_ *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		var elem Type = Unknown
		for _, a := range args {
			elem = join(elem, elemType(a))
		}
		return &ListT{Elem: elem}
	}
	libCallHooks["itertools.chain"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		elem := c.m.info.Types[n].(*ListT).Elem
		var parts []ir.Expr
		for _, a := range n.Args {
			parts = append(parts, c.iterableSlice(a, elem))
		}
		if len(parts) == 0 || len(n.Keywords) > 0 {
			c.m.errorf(n, "unsupported: itertools.chain without iterables")
			return &ir.Nil{}
		}
		return ir.CallOf(ir.Q("slices", "Concat"), parts...)
	}
}

func typeName(types map[ast.Expr]Type, args []ast.Expr) string {
	if len(args) == 0 {
		return "nothing"
	}
	return types[args[0]].String()
}

// islice translates list(islice(it, stop)) and islice(it, start, stop[,
// step]) over a list, a string or a runtime iterator.
func islice(c *fnCtx, n *ast.Call) ir.Expr {
	l, _ := c.m.info.Types[n].(*ListT)
	if len(n.Args) < 2 || len(n.Args) > 4 || len(n.Keywords) > 0 || l == nil {
		c.m.errorf(n, "unsupported: itertools.islice arguments")
		return &ir.Nil{}
	}
	var seq ir.Expr
	fn := "Islice"
	src := n.Args[0]
	if it, ok := c.m.info.Types[src].(*iterT); ok && it.Kind == "seq" {
		seq, fn = c.expr(src), "IsliceSeq" // lazy: it may never end (lazygen.go)
	} else if _, p := protocolOf(c.m.info.Types[src]); p != nil {
		seq = ir.CallOf(ir.Sel(c.expr(src), "All"))
	} else {
		seq = ir.CallOf(ir.Q("slices", "All"), c.iterableSlice(src, l.Elem))
	}
	bound := func(e ast.Expr, none int) ir.Expr {
		if c.m.info.Types[e] == NoneT {
			return ir.L(none)
		}
		return c.exprAs(e, IntT)
	}
	start, stop, step := ir.Expr(ir.L(0)), bound(n.Args[1], -1), ir.Expr(ir.L(1))
	if len(n.Args) >= 3 {
		start, stop = bound(n.Args[1], 0), bound(n.Args[2], -1)
	}
	if len(n.Args) == 4 {
		step = bound(n.Args[3], 1)
	}
	return ir.CallOf(ir.Q(ir.Runtime, fn), seq, start, stop, step)
}
