package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// time.strptime is the runtime's Strptime (runtime/strptime.go), which
// raises ValueError for data that does not match, as CPython does: the
// program then runs under pyrt.Main, which reports it.
func init() {
	libTypeHooks["time.strptime"] = func(*mapper, *Scope, *ast.Call, []Type) Type {
		return &ObjT{Class: "time.struct_time"}
	}
	libCallHooks["time.strptime"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		c.m.raises = true
		return ir.CallOf(ir.Q(ir.Runtime, "Strptime"), c.plainArgs(n, parseParams("string:str, format:str"))...)
	}
}
