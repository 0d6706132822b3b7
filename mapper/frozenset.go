package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// frozenset(iterable): a *SetT with Frozen set, pyrt.FrozenSet in Go.

func init() {
	libTypeHooks["builtins.frozenset"] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		if len(args) == 0 {
			return &SetT{Elem: Unknown, Frozen: true}
		}
		return &SetT{Elem: elemType(args[0]), Frozen: true}
	}
	libCallHooks["builtins.frozenset"] = frozensetCall
}

// frozensetCall translates frozenset() and frozenset(iterable).
func frozensetCall(c *fnCtx, n *ast.Call) ir.Expr {
	st, _ := c.m.info.Types[n].(*SetT)
	if st == nil || len(n.Args) > 1 || len(n.Keywords) > 0 {
		c.m.errorf(n, "unsupported call: frozenset() with more than one argument")
		return &ir.Nil{}
	}
	if len(n.Args) == 0 {
		return &ir.Composite{Type: c.m.goType(st)}
	}
	if _, isSet := c.m.info.Types[n.Args[0]].(*SetT); isSet {
		return ir.CallOf(&ir.TypeExpr{Type: c.m.goType(st)}, ir.CallOf(ir.Q("maps", "Clone"), c.expr(n.Args[0])))
	}
	xs, _ := c.elemsOf(n.Args[0], false)
	if xs == nil {
		c.m.errorf(n.Args[0], "unsupported: frozenset() of a %s", c.m.info.Types[n.Args[0]])
		return &ir.Nil{}
	}
	return &ir.Call{Fun: ir.Q(ir.Runtime, "NewFrozenSet"), Args: []ir.Expr{xs}, Ellipsis: true}
}
