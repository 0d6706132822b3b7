package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// queue beyond the Queue, LifoQueue and SimpleQueue rows of libClasses:
// PriorityQueue (items ordered as Python's < orders them), the maxsize and
// unfinished_tasks attributes, and multiprocessing.Queue, which between
// goroutines is a queue.Queue (its items are not copied, but a queue hands
// each item to one reader, so no one else sees the object).

// queueClasses are the library classes backed by the runtime's *Queue.
var queueClasses = []string{"queue.Queue", "queue.LifoQueue", "queue.PriorityQueue", "multiprocessing.Queue"}

func init() {
	libClasses["queue.PriorityQueue"] = queueClass("NewOrderedPriorityQueue")
	libClasses["multiprocessing.Queue"] = queueClass("NewQueue")
	for _, class := range queueClasses {
		libClasses[class].props = map[string]libProp{
			"maxsize":          {"Maxsize", "", IntT},
			"unfinished_tasks": {"UnfinishedTasks", "", IntT},
		}
	}
	// A Queue made by multiprocessing.Manager() or JoinableQueue works the
	// same between goroutines.
	libClasses["multiprocessing.JoinableQueue"] = libClasses["multiprocessing.Queue"]
	libTypeHooks["multiprocessing.current_process"] = func(*mapper, *Scope, *ast.Call, []Type) Type {
		return &ObjT{Class: currentProcessClass}
	}
	attrTypeHooks[currentProcessClass+".name"] = func(*mapper, *Scope, *ast.Attribute) Type { return StrT }
	attrHooks[currentProcessClass+".name"] = currentProcessName
}

// currentProcessClass is the object multiprocessing.current_process()
// returns; only its name is translated, read where it is called.
const currentProcessClass = "multiprocessing.process.BaseProcess"

func currentProcessName(c *fnCtx, n *ast.Attribute) ir.Expr {
	if _, ok := n.Value.(*ast.Call); !ok {
		c.m.errorf(n, "unsupported: keeping current_process() in a variable; read current_process().name where it is needed")
	}
	return ir.CallOf(ir.Q(ir.Runtime, "CurrentProcessName"))
}
