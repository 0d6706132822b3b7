package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// The exception classes of queue, concurrent.futures and multiprocessing,
// reachable as module attributes (queue.Empty) or imported names (from
// queue import Empty).
func init() {
	for py, goName := range map[string]string{
		"queue.Empty": "QueueEmpty", "queue.Full": "QueueFull",
		"concurrent.futures.CancelledError": "CancelledError",
		// Since Python 3.11 concurrent.futures.TimeoutError is the
		// built-in TimeoutError.
		"concurrent.futures.TimeoutError": "TimeoutError",
		"multiprocessing.TimeoutError":    "MultiprocessingTimeout",
	} {
		libExceptions[py] = goName
		attrTypeHooks[py] = func(*mapper, *Scope, *ast.Attribute) Type { return &ExcClassT{Name: py} }
		attrHooks[py] = func(*fnCtx, *ast.Attribute) ir.Expr { return ir.Q(ir.Runtime, goName) }
	}
}
