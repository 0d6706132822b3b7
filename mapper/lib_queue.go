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
	libCallHooks["multiprocessing.current_process"] = func(*fnCtx, *ast.Call) ir.Expr {
		return ir.CallOf(ir.Q(ir.Runtime, "CurrentProcess"))
	}
	libClasses[currentProcessClass] = &libClass{goName: "ProcessView", methods: map[string]libMethod{},
		props: map[string]libProp{"name": {"Name", "", StrT}, "pid": {"Pid", "", IntT}}}
	attrTypeHooks[currentProcessClass+".name"] = func(*mapper, *Scope, *ast.Attribute) Type { return StrT }
	attrHooks[currentProcessClass+".name"] = currentProcessName
}

// currentProcessClass is the object multiprocessing.current_process()
// returns: a *pyrt.ProcessView with the name and pid.
const currentProcessClass = "multiprocessing.process.BaseProcess"

// currentProcessName reads current_process().name in one call; a view kept
// in a variable answers Name().
func currentProcessName(c *fnCtx, n *ast.Attribute) ir.Expr {
	if _, ok := n.Value.(*ast.Call); !ok {
		return ir.CallOf(ir.Sel(c.expr(n.Value), "Name"))
	}
	return ir.CallOf(ir.Q(ir.Runtime, "CurrentProcessName"))
}

func init() {
	for _, class := range append(queueClasses, "queue.SimpleQueue") {
		methodCallHooks[class+".get"] = queueTimeoutCall
		if class != "queue.SimpleQueue" {
			methodCallHooks[class+".put"] = queueTimeoutCall
		}
	}
}

// queueTimeoutCall translates get and put, checking a timeout that is not
// None nor a non-negative constant with pyrt.QueueTimeoutArg: Python
// raises ValueError for a negative one, where the runtime would read it as
// "wait forever".
func queueTimeoutCall(c *fnCtx, n *ast.Call, recv ast.Expr, t *ObjT) ir.Expr {
	name := string(n.Func.(*ast.Attribute).Attr)
	lm := libClasses[t.Class].methods[name]
	args := c.libArgs(n, parseParams(lm.params), t.Elem)
	first := 0
	if name == "put" {
		first = 1
	}
	if to := argOrKeyword(n, first+1, "timeout"); to != nil && !isNoneConst(to) && !nonNegativeConst(to) && len(args) >= first+2 {
		args[first+1] = ir.CallOf(ir.Q(ir.Runtime, "QueueTimeoutArg"), args[first], args[first+1])
	}
	return ir.CallOf(ir.Sel(c.expr(recv), lm.goName), args...)
}

func nonNegativeConst(e ast.Expr) bool {
	num, ok := e.(*ast.Num)
	if !ok {
		return false
	}
	if v, ok := intConst(num); ok {
		return v >= 0
	}
	lit, ok := numLit(num).(*ir.Lit)
	if !ok {
		return false
	}
	f, ok := lit.Value.(float64)
	return ok && f >= 0
}
