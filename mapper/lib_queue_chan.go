package mapper

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// A bounded queue.Queue(maxsize=K) that the program only puts to, gets
// from and asks empty()/qsize()/full() is a Go channel of capacity K: put
// blocks while K items wait, as Python's does. A None sentinel put once
// (outside any loop) whose every reader is the loop
//
//	while True:
//	    item = q.get()
//	    if item is None:
//	        ...
//	        break
//	    ...
//
// becomes close(q) and `for item := range q`, the element type being what
// is put besides None. An unbounded Queue() never blocks its put, which no
// channel can promise, so it stays the runtime queue; so do queues used
// with timeouts, task_done/join or passed to functions.

// chanQueueClass is the class of queues that became channels.
const chanQueueClass = "queue.Queue(chan)"

func init() {
	chanClass := queueClass("")
	libClasses[chanQueueClass] = chanClass
	libTypeHooks["queue.Queue"] = func(m *mapper, s *Scope, n *ast.Call, args []Type) Type {
		if m.chanQueue(n) {
			return &ObjT{Class: chanQueueClass, Elem: Unknown}
		}
		return &ObjT{Class: "queue.Queue", Elem: Unknown}
	}
	libCallHooks["queue.Queue"] = newQueueOrChan
	goTypeHooks[chanQueueClass] = func(m *mapper, t *ObjT) ir.Type {
		return &ir.Chan{Elem: m.goType(nonNone(orUnknown(t.Elem)))}
	}
	methodTypeHooks[chanQueueClass+".get"] = func(m *mapper, s *Scope, n *ast.Call, recv *ObjT, args []Type) Type {
		return nonNone(orUnknown(recv.Elem))
	}
	methodCallHooks[chanQueueClass+".get"] = func(c *fnCtx, n *ast.Call, recv ast.Expr, t *ObjT) ir.Expr {
		return &ir.Unary{Op: "<-", X: c.expr(recv)}
	}
	methodCallHooks[chanQueueClass+".empty"] = func(c *fnCtx, n *ast.Call, recv ast.Expr, t *ObjT) ir.Expr {
		return &ir.Binary{X: ir.CallOf(ir.Id("len"), c.expr(recv)), Op: "==", Y: ir.L(0)}
	}
	methodCallHooks[chanQueueClass+".qsize"] = func(c *fnCtx, n *ast.Call, recv ast.Expr, t *ObjT) ir.Expr {
		return ir.CallOf(ir.Id("len"), c.expr(recv))
	}
	methodCallHooks[chanQueueClass+".full"] = func(c *fnCtx, n *ast.Call, recv ast.Expr, t *ObjT) ir.Expr {
		q := c.expr(recv)
		return &ir.Binary{X: ir.CallOf(ir.Id("len"), q), Op: "==", Y: ir.CallOf(ir.Id("cap"), q)}
	}
	stmtHooks = append(stmtHooks, chanQueueStmt)
}

func nonNone(t Type) Type {
	if o, ok := t.(*OptionalT); ok {
		return o.Elem
	}
	return t
}

func isNone(e ast.Expr) bool {
	nc, ok := e.(*ast.NameConstant)
	return ok && nc.Value == py.None
}

// chanQueue reports whether the queue ctor builds is used as a channel
// can be (see the file comment). The check is on the source: the name the
// queue is assigned to, and every use of that name.
func (m *mapper) chanQueue(ctor *ast.Call) bool {
	size, ok := argOrKeyword(ctor, 0, "maxsize").(*ast.Num)
	if !ok || len(ctor.Args)+len(ctor.Keywords) != 1 {
		return false
	}
	if k, ok := intConst(size); !ok || k <= 0 {
		return false
	}
	name := ""
	eachStmt(m.file.Module.Body, 0, func(st ast.Stmt, _ int) {
		if as, ok := st.(*ast.Assign); ok && as.Value == ctor && len(as.Targets) == 1 {
			if nm, ok := as.Targets[0].(*ast.Name); ok {
				name = string(nm.Id)
			}
		}
	})
	return name != "" && m.onlyChannelUses(name)
}

// onlyChannelUses checks every use of the queue variable name.
func (m *mapper) onlyChannelUses(name string) bool {
	stores, names, calls, gets, loopGets, sentinels := 0, 0, 0, 0, 0, 0
	ok := true
	eachStmt(m.file.Module.Body, 0, func(st ast.Stmt, loops int) {
		if as, isAssign := st.(*ast.Assign); isAssign {
			for _, t := range as.Targets {
				if nm, isName := t.(*ast.Name); isName && string(nm.Id) == name {
					stores++
					names--
				}
			}
		}
		if _, _, _, q := sentinelLoop(st); q == name {
			loopGets++
		}
		stmtExprs(st, func(e ast.Expr) {
			walkExpr(e, func(x ast.Expr) {
				if nm, isName := x.(*ast.Name); isName && string(nm.Id) == name {
					names++
				}
				call, isCall := x.(*ast.Call)
				if !isCall {
					return
				}
				attr, isAttr := call.Func.(*ast.Attribute)
				if !isAttr {
					return
				}
				if recv, isName := attr.Value.(*ast.Name); !isName || string(recv.Id) != name {
					return
				}
				calls++
				noArgs := len(call.Args) == 0 && len(call.Keywords) == 0
				switch string(attr.Attr) {
				case "put":
					es, isStmt := st.(*ast.ExprStmt)
					ok = ok && isStmt && es.Value == call && len(call.Args) == 1 && len(call.Keywords) == 0
					if ok && isNone(call.Args[0]) {
						sentinels++
						ok = ok && loops == 0
					}
				case "get":
					gets++
					ok = ok && noArgs
				case "empty", "qsize", "full":
					ok = ok && noArgs
				default:
					ok = false
				}
			})
		})
	})
	if sentinels > 1 || (sentinels == 1 && gets != loopGets) {
		return false
	}
	return ok && stores == 1 && names == calls
}

// eachStmt calls f on every statement, nested ones and those of function
// bodies included, with the number of enclosing loops.
func eachStmt(body []ast.Stmt, loops int, f func(st ast.Stmt, loops int)) {
	for _, st := range body {
		f(st, loops)
		inner := loops
		switch n := st.(type) {
		case *ast.For, *ast.While:
			inner++
		case *ast.FunctionDef:
			eachStmt(n.Body, 0, f)
		case *ast.ClassDef:
			eachStmt(n.Body, 0, f)
		}
		for _, blk := range childBlocks(st) {
			eachStmt(blk, inner, f)
		}
	}
}

// sentinelLoop matches `while True: x = q.get(); if x is None: ...; break;
// rest` and returns x, the if body, the rest and q's name.
func sentinelLoop(st ast.Stmt) (x *ast.Name, stop, rest []ast.Stmt, queue string) {
	w, ok := st.(*ast.While)
	if !ok || !isTrueConst(w.Test) || len(w.Orelse) > 0 || len(w.Body) < 2 {
		return nil, nil, nil, ""
	}
	as, ok := w.Body[0].(*ast.Assign)
	if !ok || len(as.Targets) != 1 {
		return nil, nil, nil, ""
	}
	x, ok = as.Targets[0].(*ast.Name)
	call, ok2 := as.Value.(*ast.Call)
	if !ok || !ok2 || len(call.Args) > 0 || len(call.Keywords) > 0 {
		return nil, nil, nil, ""
	}
	attr, ok := call.Func.(*ast.Attribute)
	if !ok || string(attr.Attr) != "get" {
		return nil, nil, nil, ""
	}
	q, ok := attr.Value.(*ast.Name)
	if !ok {
		return nil, nil, nil, ""
	}
	test, ok := w.Body[1].(*ast.If)
	if !ok || len(test.Orelse) > 0 || len(test.Body) == 0 {
		return nil, nil, nil, ""
	}
	if _, ok := test.Body[len(test.Body)-1].(*ast.Break); !ok {
		return nil, nil, nil, ""
	}
	cmp, ok := test.Test.(*ast.Compare)
	if !ok || len(cmp.Ops) != 1 || cmp.Ops[0] != ast.Is || !isNone(cmp.Comparators[0]) {
		return nil, nil, nil, ""
	}
	if l, ok := cmp.Left.(*ast.Name); !ok || l.Id != x.Id {
		return nil, nil, nil, ""
	}
	return x, test.Body[:len(test.Body)-1], w.Body[2:], string(q.Id)
}

// chanQueueStmt translates the statements of channel queues: put is a
// send (the None sentinel a close) and the sentinel loop a range.
func chanQueueStmt(c *fnCtx, st ast.Stmt, b *ir.Block) bool {
	switch n := st.(type) {
	case *ast.ExprStmt:
		call, ok := n.Value.(*ast.Call)
		if !ok {
			return false
		}
		attr, ok := call.Func.(*ast.Attribute)
		if !ok || string(attr.Attr) != "put" || len(call.Args) != 1 {
			return false
		}
		q, ok := c.m.info.Types[attr.Value].(*ObjT)
		if !ok || q.Class != chanQueueClass {
			return false
		}
		if isNone(call.Args[0]) {
			b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Id("close"), c.expr(attr.Value))})
			return true
		}
		b.Add(&ir.Send{Ch: c.expr(attr.Value), Value: c.exprAs(call.Args[0], nonNone(orUnknown(q.Elem)))})
		return true
	case *ast.While:
		x, stop, rest, _ := sentinelLoop(n)
		if x == nil {
			return false
		}
		recv := n.Body[0].(*ast.Assign).Value.(*ast.Call).Func.(*ast.Attribute).Value
		if q, ok := c.m.info.Types[recv].(*ObjT); !ok || q.Class != chanQueueClass {
			return false
		}
		c.loops++
		body := c.block(rest)
		c.loops--
		var define bool
		v := c.loopVar(x, &define)
		b.Add(&ir.Range{Key: v, Define: define, X: c.expr(recv), Body: body})
		b.Stmts = append(b.Stmts, c.block(stop).Stmts...)
		return true
	}
	return false
}

// newQueueOrChan translates queue.Queue(maxsize): make(chan T, maxsize)
// for a channel queue, else the runtime queue typed as the variable it is
// stored in.
func newQueueOrChan(c *fnCtx, n *ast.Call) ir.Expr {
	t, _ := c.m.assignedType(n).(*ObjT)
	if t == nil {
		t, _ = c.m.info.Types[n].(*ObjT)
	}
	if t != nil && t.Class == chanQueueClass {
		return ir.CallOf(ir.Id("make"), &ir.TypeExpr{Type: c.m.goType(t)}, c.exprAs(argOrKeyword(n, 0, "maxsize"), IntT))
	}
	elem := Type(AnyT)
	if t != nil && t.Elem != nil && t.Elem != Unknown {
		elem = t.Elem
	}
	call := &ir.Call{Fun: ir.Q(ir.Runtime, "NewQueue"), Args: c.libArgs(n, parseParams(libClasses["queue.Queue"].ctorParams), elem)}
	call.TypeArgs = []ir.Type{c.m.goType(elem)}
	return call
}

// assignedType is the type of the variable or attribute a call's value is
// assigned to, or nil.
func (m *mapper) assignedType(value ast.Expr) Type {
	var t Type
	eachStmt(m.file.Module.Body, 0, func(st ast.Stmt, _ int) {
		if as, ok := st.(*ast.Assign); ok && as.Value == value && len(as.Targets) == 1 {
			if nm, ok := as.Targets[0].(*ast.Name); ok && m.info.Uses[nm] != nil {
				t = m.info.Uses[nm].Type
			} else {
				t = m.info.Types[as.Targets[0]]
			}
		}
	})
	return t
}
