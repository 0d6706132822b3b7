package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// The comma-ok idiom for a queue operation guarded by its exception:
//
//	try:                                 if item, ok := q.TryGet(0.5); ok {
//	    x = q.get(timeout=0.5)               x = item
//	except queue.Empty:           →      } else {
//	    handle()                             handle()
//	                                     }
//
// and `try: q.put(v, timeout=t) except queue.Full:` as `if !q.TryPut(v, t)`.
// Only when the try body is that one statement (the get being the value
// of an assignment or a direct argument of a call statement), the handler
// does not name the exception, and the timeout is a non-negative constant
// (a negative one raises ValueError in Python, not Empty).

func init() { stmtHooks = append(stmtHooks, queueTryStmt) }

// queueTryStmt translates such a try statement.
func queueTryStmt(c *fnCtx, st ast.Stmt, b *ir.Block) bool {
	n, ok := st.(*ast.Try)
	if !ok || len(n.Finalbody) > 0 || len(n.Handlers) != 1 || len(n.Body) != 1 || n.Handlers[0].Name != "" {
		return false
	}
	want := ""
	if t, ok := c.m.info.Types[n.Handlers[0].ExprType].(*ExcClassT); ok {
		want = t.Name
	}
	switch want {
	case "queue.Empty":
		return c.tryGet(n, b)
	case "queue.Full":
		return c.tryPut(n, b)
	}
	return false
}

// queueOp returns the receiver, timeout and whether call is a queue method
// named one of names, made without waiting or with a constant timeout.
func (c *fnCtx) queueOp(call *ast.Call, names ...string) (recv ast.Expr, timeout ir.Expr, ok bool) {
	attr, isAttr := call.Func.(*ast.Attribute)
	if !isAttr {
		return nil, nil, false
	}
	o, isObj := c.m.info.Types[attr.Value].(*ObjT)
	if !isObj || o.Class == chanQueueClass || libClasses[o.Class] == nil || libClasses[o.Class].methods["get"].goName != "Get" {
		return nil, nil, false
	}
	name := string(attr.Attr)
	found := false
	for _, nm := range names {
		found = found || nm == name
	}
	if !found {
		return nil, nil, false
	}
	valueArgs := 0
	if name == "put" || name == "put_nowait" {
		valueArgs = 1
	}
	if name == "get_nowait" || name == "put_nowait" {
		return attr.Value, ir.L(0), len(call.Args) == valueArgs && len(call.Keywords) == 0
	}
	block := argOrKeyword(call, valueArgs, "block")
	to := argOrKeyword(call, valueArgs+1, "timeout")
	if block != nil && !isTrueConst(block) {
		if nc, isConst := block.(*ast.NameConstant); isConst && !isPyTrue(nc) {
			return attr.Value, ir.L(0), true // block=False: no wait, timeout ignored
		}
		return nil, nil, false
	}
	num, isNum := to.(*ast.Num)
	if !isNum {
		return nil, nil, false
	}
	if v, isInt := intConst(num); isInt && v < 0 {
		return nil, nil, false
	}
	if lit, isLit := numLit(num).(*ir.Lit); isLit {
		if f, isFloat := lit.Value.(float64); isFloat && f < 0 {
			return nil, nil, false
		}
	}
	return attr.Value, c.exprAs(num, FloatT), true
}

// tryGet writes the TryGet form of a try around a get.
func (c *fnCtx) tryGet(n *ast.Try, b *ir.Block) bool {
	var get *ast.Call
	var rewrite func(item ast.Expr) ast.Stmt
	switch s := n.Body[0].(type) {
	case *ast.Assign:
		call, ok := s.Value.(*ast.Call)
		if !ok || len(s.Targets) != 1 {
			return false
		}
		get = call
		rewrite = func(item ast.Expr) ast.Stmt {
			as := &ast.Assign{Targets: s.Targets, Value: item}
			as.Lineno, as.ColOffset = s.Lineno, s.ColOffset
			return as
		}
	case *ast.ExprStmt:
		outer, ok := s.Value.(*ast.Call)
		if !ok {
			return false
		}
		if recv, timeout, ok := c.queueOp(outer, "get", "get_nowait"); ok {
			// The item is dropped: only whether there was one matters.
			tryGet := ir.CallOf(ir.Sel(c.expr(recv), "TryGet"), timeout)
			okName := c.names.claim("ok")
			st := &ir.If{
				Init: &ir.Assign{Lhs: []ir.Expr{ir.Id("_"), ir.Id(okName)}, Tok: ":=", Rhs: []ir.Expr{tryGet}},
				Cond: &ir.Unary{Op: "!", X: ir.Id(okName)},
				Then: c.block(n.Handlers[0].Body),
			}
			if len(n.Orelse) > 0 {
				st.Else = c.block(n.Orelse)
			}
			b.Add(st)
			return true
		}
		for i, a := range outer.Args {
			if call, ok := a.(*ast.Call); ok {
				if _, _, ok := c.queueOp(call, "get", "get_nowait"); ok {
					get = call
					rewrite = func(item ast.Expr) ast.Stmt {
						cp := *outer
						cp.Args = append([]ast.Expr(nil), outer.Args...)
						cp.Args[i] = item
						c.m.info.Types[&cp] = c.m.info.Types[outer]
						es := &ast.ExprStmt{Value: &cp}
						es.Lineno, es.ColOffset = s.Lineno, s.ColOffset
						return es
					}
					break
				}
			}
		}
	}
	if get == nil {
		return false
	}
	recv, timeout, ok := c.queueOp(get, "get", "get_nowait")
	if !ok {
		return false
	}
	// The item gets a variable of its own, typed as the get was.
	itemName := c.names.claim("item")
	item := &ast.Name{Id: ast.Identifier(itemName)}
	item.Lineno, item.ColOffset = get.Lineno, get.ColOffset
	sym := &Symbol{Name: itemName, GoName: itemName, Kind: VarSym, Scope: c.s, Type: c.m.info.Types[get]}
	c.m.info.Uses[item] = sym
	c.m.info.Types[item] = sym.Type
	then := &ir.Block{}
	c.stmt(rewrite(item), then)
	then.Stmts = append(then.Stmts, c.block(n.Orelse).Stmts...)
	tryGet := ir.CallOf(ir.Sel(c.expr(recv), "TryGet"), timeout)
	okName := c.names.claim("ok")
	b.Add(&ir.If{
		Init: &ir.Assign{Lhs: []ir.Expr{ir.Id(itemName), ir.Id(okName)}, Tok: ":=", Rhs: []ir.Expr{tryGet}},
		Cond: ir.Id(okName),
		Then: then,
		Else: c.block(n.Handlers[0].Body),
	})
	return true
}

// tryPut writes `if !q.TryPut(v, t) { handler }` for a try around a put.
func (c *fnCtx) tryPut(n *ast.Try, b *ir.Block) bool {
	es, ok := n.Body[0].(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := es.Value.(*ast.Call)
	if !ok {
		return false
	}
	recv, timeout, ok := c.queueOp(call, "put", "put_nowait")
	if !ok {
		return false
	}
	o := c.m.info.Types[recv].(*ObjT)
	if libClasses[o.Class].methods["put"].goName != "Put" || o.Class == "queue.SimpleQueue" {
		return false
	}
	put := ir.CallOf(ir.Sel(c.expr(recv), "TryPut"), c.exprAs(call.Args[0], orUnknown(o.Elem)), timeout)
	st := &ir.If{Cond: &ir.Unary{Op: "!", X: put}, Then: c.block(n.Handlers[0].Body)}
	if len(n.Orelse) > 0 {
		st.Else = c.block(n.Orelse)
	}
	b.Add(st)
	return true
}
