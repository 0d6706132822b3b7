package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Queues carry a comment in the Go they become, saying why they are a
// channel or the runtime queue: an unbounded queue.Queue() never blocks
// its put, which no Go channel can promise, so a reader of the Go should
// not be left wondering why it is not one.

func init() {
	stmtHooks = append(stmtHooks, queueCommentStmt)
}

// queueWhy explains the Go form of a queue of type t made by ctor (nil
// when not known), or "".
func queueWhy(t Type, ctor *ast.Call) string {
	o, ok := t.(*ObjT)
	if !ok {
		return ""
	}
	switch o.Class {
	case chanQueueClass:
		return "a buffered channel: the bounded queue is only put to and got from, and a send blocks while the buffer is full, as put does."
	case "queue.Queue", "multiprocessing.Queue", "multiprocessing.JoinableQueue":
		if ctor != nil && positiveConst(argOrKeyword(ctor, 0, "maxsize")) {
			return "the runtime queue: it is used with more than put and get (timeouts, task_done/join, as an argument), which a channel does not offer."
		}
		return "the runtime queue, not a channel: it is unbounded, so put never blocks, which no Go channel can promise."
	case "queue.SimpleQueue":
		return "the runtime queue, not a channel: it is unbounded, so put never blocks, which no Go channel can promise."
	case "queue.LifoQueue":
		return "the runtime queue: last in, first out, which a channel cannot give."
	case "queue.PriorityQueue":
		return "the runtime queue: smallest item first, which a channel cannot give."
	}
	return ""
}

// queueDoc is the doc comment of a package-level queue variable, or "".
func (m *mapper) queueDoc(sym *Symbol) string {
	var ctor *ast.Call
	eachStmt(m.file.Module.Body, 0, func(st ast.Stmt, _ int) {
		if as, ok := st.(*ast.Assign); ok && len(as.Targets) == 1 {
			if nm, ok := as.Targets[0].(*ast.Name); ok && m.info.Uses[nm] == sym {
				if call, ok := as.Value.(*ast.Call); ok {
					ctor = call
				}
			}
		}
	})
	if why := queueWhy(sym.Type, ctor); why != "" {
		return sym.GoName + " is " + why
	}
	return ""
}

// queueCommentStmt puts the comment before `q = queue.Queue()` in a
// function (package-level queues carry it on their declaration). It never
// translates the statement itself.
func queueCommentStmt(c *fnCtx, st ast.Stmt, b *ir.Block) bool {
	as, ok := st.(*ast.Assign)
	if !ok || len(as.Targets) != 1 {
		return false
	}
	name, ok := as.Targets[0].(*ast.Name)
	if !ok {
		return false
	}
	ctor, ok := as.Value.(*ast.Call)
	if !ok {
		return false
	}
	sym := c.m.info.Uses[name]
	if sym == nil || sym.Global {
		return false
	}
	if why := queueWhy(sym.Type, ctor); why != "" {
		b.Add(&ir.Comment{Text: sym.GoName + " is " + why})
	}
	return false
}
