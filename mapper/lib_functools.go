package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// functools.reduce over a list with a user function or lambda is the
// runtime's generic Reduce/Reduce1 (runtime/functools.go); the function's
// parameters learn the accumulator and element types.

func init() {
	libTypeHooks["functools.reduce"] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
		if len(n.Args) < 2 {
			return Unknown
		}
		fn := m.funcOf(n.Args[0])
		if fn == nil {
			return Unknown
		}
		elem := elemType(args[1])
		acc := elem
		if len(args) > 2 {
			acc = args[2]
		}
		if r := m.result(fn); r != NoneT {
			acc = join(acc, r)
		}
		m.flowArgs(fn, []Type{acc, elem}, nil)
		return acc
	}
	libCallHooks["functools.reduce"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		if len(n.Args) < 2 || len(n.Args) > 3 || len(n.Keywords) > 0 || c.m.funcOf(n.Args[0]) == nil {
			c.m.errorf(n, "unsupported: functools.reduce other than with a function defined in the program and a list")
			return &ir.Nil{}
		}
		fn := c.m.funcOf(n.Args[0])
		xs := c.sliceOf(n.Args[1], fn.Params[len(fn.Params)-1].Type)
		if len(n.Args) == 3 {
			return ir.CallOf(ir.Q(ir.Runtime, "Reduce"), c.expr(n.Args[0]), xs, c.exprAs(n.Args[2], c.m.info.Types[n]))
		}
		return ir.CallOf(ir.Q(ir.Runtime, "Reduce1"), c.expr(n.Args[0]), xs)
	}
}
