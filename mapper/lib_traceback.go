package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// traceback.print_exc() and format_exc() inside an except clause report the
// exception the clause handles (runtime/traceback.go).

func init() {
	libTypeHooks["traceback.print_exc"] = func(*mapper, *Scope, *ast.Call, []Type) Type { return NoneT }
	libCallHooks["traceback.print_exc"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		if e := c.handledExc(n, "traceback.print_exc"); e != nil {
			return ir.CallOf(ir.Q(ir.Runtime, "PrintExc"), ir.Q("os", "Stderr"), e)
		}
		return &ir.Nil{}
	}
	libTypeHooks["traceback.format_exc"] = func(*mapper, *Scope, *ast.Call, []Type) Type { return StrT }
	libCallHooks["traceback.format_exc"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		if e := c.handledExc(n, "traceback.format_exc"); e != nil {
			return ir.CallOf(ir.Q(ir.Runtime, "FormatExc"), e)
		}
		return ir.L("")
	}
}

// handledExc is the exception the enclosing except clause handles; outside
// one it diagnoses the call.
func (c *fnCtx) handledExc(n *ast.Call, name string) ir.Expr {
	if len(n.Args) > 0 || len(n.Keywords) > 0 {
		c.m.errorf(n, "unsupported: %s with arguments", name)
		return nil
	}
	if c.excVar == "" {
		c.m.errorf(n, "unsupported: %s outside an except clause", name)
		return nil
	}
	return ir.Id(c.excVar)
}
