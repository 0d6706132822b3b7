package mapper

import (
	"strings"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// os.getpid() is os.Getpid(), except in programs with multiprocessing
// processes: they run as goroutines of one Go process, so a child's pid is
// the fake, distinct one the runtime gives each Process and pool worker
// (pyrt.CurrentProcessPid), and the real pid in the main process.

func init() {
	libTypeHooks["os.getpid"] = func(*mapper, *Scope, *ast.Call, []Type) Type { return IntT }
	libCallHooks["os.getpid"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		if c.m.usesProcesses() {
			return ir.CallOf(ir.Q(ir.Runtime, "CurrentProcessPid"))
		}
		return ir.CallOf(ir.Q("os", "Getpid"))
	}
}

// usesProcesses reports whether the program imports multiprocessing or
// names ProcessPoolExecutor.
func (m *mapper) usesProcesses() bool {
	for _, sym := range m.module.Syms {
		if sym.Kind == ImportSym && (strings.HasPrefix(sym.Import, "multiprocessing") || strings.HasSuffix(sym.Import, "ProcessPoolExecutor")) {
			return true
		}
	}
	found := false
	eachStmt(m.file.Module.Body, 0, func(st ast.Stmt, _ int) {
		stmtExprs(st, func(e ast.Expr) {
			walkExpr(e, func(x ast.Expr) {
				if a, ok := x.(*ast.Attribute); ok && a.Attr == "ProcessPoolExecutor" {
					found = true
				}
			})
		})
	})
	return found
}
