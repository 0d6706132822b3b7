package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// threading.BrokenBarrierError, reachable as a module attribute or an
// imported name (from threading import BrokenBarrierError), so except
// clauses can name it.
func init() {
	const py, goName = "threading.BrokenBarrierError", "BrokenBarrierError"
	libExceptions[py] = goName
	attrTypeHooks[py] = func(*mapper, *Scope, *ast.Attribute) Type { return &ExcClassT{Name: py} }
	attrHooks[py] = func(*fnCtx, *ast.Attribute) ir.Expr { return ir.Q(ir.Runtime, goName) }
}
