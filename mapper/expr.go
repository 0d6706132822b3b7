package mapper

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
	"github.com/py2goconc/py2goconc/parser"
)

// exprAs translates e for a place that holds values of type want, adding
// the conversion Python does implicitly (an int stored into a float
// variable).
func (c *fnCtx) exprAs(e ast.Expr, want Type) ir.Expr {
	if x, ok := c.staticRaiseExpr(e, want); ok {
		return x
	}
	have := c.m.info.Types[e]
	if x := c.numConvert(e, want); x != nil {
		return x
	}
	if want == FloatT && (have == IntT || have == BoolT) {
		if v, ok := constInt(e); ok {
			return ir.L(float64(v))
		}
		return ir.CallOf(&ir.TypeExpr{Type: ir.Float}, c.expr(e))
	}
	if it, ok := have.(*iterT); ok && it.Kind == "seq" {
		if _, ok := want.(*ListT); ok {
			// An iter.Seq (a generator's result) where a list is wanted.
			return c.collect(c.expr(e))
		}
	}
	if o, ok := want.(*ObjT); ok {
		// A constructor learns its element type from where it is stored.
		if call, ok := e.(*ast.Call); ok {
			if lf, ok := c.m.info.Types[call.Func].(*LibFuncT); ok && lf.Name == o.Class && (libClasses[o.Class].ctor != "" || libCallHooks[o.Class] != nil) {
				return c.objCtor(call, o.Class, o)
			}
		}
	}
	if call, ok := e.(*ast.Call); ok && len(call.Args) == 0 && len(call.Keywords) == 0 {
		// list(), dict(), set() take their element types from the target.
		if lf, ok := c.m.info.Types[call.Func].(*LibFuncT); ok {
			switch w := want.(type) {
			case *DictT:
				if lf.Name == "builtins.dict" {
					return c.emptyDict(w)
				}
			case *ListT, *SetT:
				if lf.Name == "builtins.list" || lf.Name == "builtins.set" {
					return &ir.Composite{Type: c.m.goType(want)}
				}
			}
		}
	}
	if lst, ok := e.(*ast.List); ok && len(lst.Elts) == 0 {
		if wl, ok := want.(*ListT); ok {
			return &ir.Composite{Type: c.m.goType(wl)}
		}
	}
	if d, ok := e.(*ast.Dict); ok && len(d.Keys) == 0 {
		if wd, ok := want.(*DictT); ok {
			return c.emptyDict(wd)
		}
	}
	if wl, ok := want.(*ListT); ok {
		if lst, ok := e.(*ast.List); ok {
			return c.listLit(lst.Elts, wl)
		}
		if x, ok := c.placeholderList(e, wl); ok {
			return x
		}
	}
	if wd, ok := want.(*DictT); ok {
		// {"name": "a"} stored where dicts of mixed values live.
		if d, ok := e.(*ast.Dict); ok && !sameType(c.m.info.Types[e], wd) {
			return c.dictLitOf(d, wd)
		}
	}
	if x := c.emptyMinMax(e, want); x != nil {
		return x
	}
	if wt, ok := want.(*TupleT); ok {
		// (2, "x") stored where (float, str) tuples live: each element converts.
		if tup, ok := e.(*ast.Tuple); ok && len(tup.Elts) == len(wt.Elems) {
			return c.tupleLitOf(tup, wt)
		}
	}
	return c.expr(e)
}

// cond translates an expression used as a condition: Python's truthiness
// becomes an explicit Go comparison.
func (c *fnCtx) cond(e ast.Expr) ir.Expr {
	switch n := e.(type) {
	case *ast.BoolOp:
		op := "&&"
		if n.Op == ast.Or {
			op = "||"
		}
		x := c.cond(n.Values[0])
		for _, v := range n.Values[1:] {
			x = &ir.Binary{X: x, Op: op, Y: c.cond(v)}
		}
		return x
	case *ast.UnaryOp:
		if n.Op == ast.Not {
			return &ir.Unary{Op: "!", X: paren(c.cond(n.Operand))}
		}
	}
	return c.truth(c.expr(e), c.m.info.Types[e], e)
}

func paren(x ir.Expr) ir.Expr {
	if _, ok := x.(*ir.Binary); ok {
		return &ir.Paren{X: x}
	}
	return x
}

// expr translates an expression.
func (c *fnCtx) expr(e ast.Expr) ir.Expr {
	if x, ok := c.staticRaiseExpr(e, c.m.info.Types[e]); ok {
		return x
	}
	switch n := e.(type) {
	case *ast.Num:
		return numLit(n)
	case *ast.Str:
		return ir.L(string(n.S))
	case *ast.NameConstant:
		if n.Value == py.None {
			return &ir.Nil{}
		}
		return ir.L(isPyTrue(n))
	case *ast.Name:
		return c.name(n)
	case *ast.BinOp:
		if x, ok := c.foldedConst(n); ok {
			return x
		}
		if x, ok := c.tupleRepeatLit(n); ok {
			return x
		}
		if x, ok := c.tupleConcat(n); ok {
			return x
		}
		return c.binop(n.Op, n.Left, n.Right, c.m.info.Types[n])
	case *ast.UnaryOp:
		return c.unary(n)
	case *ast.BoolOp:
		if c.m.info.Types[n] == BoolT {
			return c.cond(n)
		}
		return c.boolOpValue(n)
	case *ast.Compare:
		return c.compare(n)
	case *ast.Call:
		if it, ok := c.m.info.Types[n].(*iterT); ok && it.Kind == "range" {
			// range(...) kept as a value is the list it produces.
			if x := c.asSlice(n); x != nil {
				return x
			}
		}
		return c.call(n)
	case *ast.Attribute:
		return c.attribute(n)
	case *ast.Subscript:
		return c.subscript(n)
	case *parser.JoinedStr:
		return c.fstring(n)
	case *ast.List:
		lt, _ := c.m.info.Types[n].(*ListT)
		if lt == nil {
			lt = &ListT{Elem: AnyT}
		}
		return c.listLit(n.Elts, lt)
	case *ast.Tuple:
		return c.tupleLit(n)
	case *ast.Dict:
		return c.dictLit(n)
	case *ast.Set:
		st, _ := c.m.info.Types[n].(*SetT)
		args := make([]ir.Expr, len(n.Elts))
		for i, e := range n.Elts {
			args[i] = c.exprAs(e, st.Elem)
		}
		return &ir.Call{Fun: ir.Q(ir.Runtime, "NewSet"), TypeArgs: []ir.Type{c.m.goType(st.Elem)}, Args: args}
	case *ast.DictComp:
		return c.dictComp(n)
	case *ast.ListComp:
		return c.listComp(n)
	case *ast.SetComp:
		return c.setComp(n)
	case *ast.GeneratorExp:
		if it, ok := c.m.info.Types[n].(*iterT); ok && it.Kind == "seq" {
			return c.lazyGenerator(n, it) // over an endless iterator
		}
		// Consumed where it stands: the list it would produce.
		if it, ok := c.m.info.Types[n].(*iterT); ok {
			return c.listCompOf(n, n.Elt, n.Generators, &ListT{Elem: it.Elem})
		}
	case *ast.IfExp:
		return c.ifExp(n)
	case *ast.Lambda:
		return c.lambda(n)
	case *ast.Yield, *ast.YieldFrom:
		c.m.errorf(e, "unsupported: yield used as a value (generator send); yield as a statement and pass values in another way, such as a queue")
		return &ir.Nil{}
	}
	c.m.errorf(e, "unsupported expression: %s", e.Type().Name)
	return &ir.Nil{}
}

func isPyTrue(n *ast.NameConstant) bool { return n.Value == py.True }

func numLit(n *ast.Num) ir.Expr {
	switch v := n.N.(type) {
	case py.Int:
		return ir.L(int(v))
	case py.Float:
		return ir.L(float64(v))
	}
	return ir.L(0)
}

func (c *fnCtx) name(n *ast.Name) ir.Expr {
	if t, ok := c.m.info.Types[n].(*ExcClassT); ok && t.Name != "" {
		return c.excClassOf(t)
	}
	if string(n.Id) == "__name__" && c.m.lookup(c.s, "__name__") == nil {
		return ir.L("__main__")
	}
	sym := c.m.info.Uses[n]
	if c.fn != nil && c.fn.Class != nil && c.fn.Class.selfValues[n] && sym != nil {
		return ir.Sel(ir.Id(sym.GoName), "self") // the whole object, subclass included
	}
	if lf, ok := c.m.info.Types[n].(*LibFuncT); sym == nil && ok && builtinClassNames[lf.Name] {
		c.m.errorf(n, "unsupported: the class %s as a value (in a tuple or variable); call it, or name it in isinstance() directly", n.Id)
		return ir.Id(string(n.Id))
	}
	if sym == nil {
		c.m.errorf(n, "undefined name %s", n.Id)
		return ir.Id(string(n.Id))
	}
	switch sym.Kind {
	case FuncSym:
		return ir.Id(sym.Fn.GoName)
	case ClassSym:
		return ir.Id(sym.Class.GoName)
	}
	if sym.GoName == "" {
		sym.GoName = goIdent(sym.Name)
	}
	if sym.ByRef {
		return &ir.Unary{Op: "*", X: ir.Id(sym.GoName)}
	}
	return c.narrowExpr(n, sym, ir.Id(sym.GoName))
}

func (c *fnCtx) unary(n *ast.UnaryOp) ir.Expr {
	if x, ok := c.foldedConst(n); ok {
		return x
	}
	if x, ok := c.numUnary(n); ok {
		return x
	}
	switch n.Op {
	case ast.Not:
		return &ir.Unary{Op: "!", X: paren(c.cond(n.Operand))}
	case ast.USub:
		if num, ok := n.Operand.(*ast.Num); ok {
			switch v := num.N.(type) {
			case py.Int:
				return ir.L(-int(v))
			case py.Float:
				return ir.L(-float64(v))
			}
		}
		return &ir.Unary{Op: "-", X: paren(c.expr(n.Operand))}
	case ast.UAdd:
		return c.expr(n.Operand)
	case ast.Invert:
		return &ir.Unary{Op: "^", X: paren(c.expr(n.Operand))}
	}
	return c.expr(n.Operand)
}

func (c *fnCtx) listLit(elts []ast.Expr, lt *ListT) ir.Expr {
	out := &ir.Composite{Type: c.m.goType(lt)}
	for _, e := range elts {
		out.Elts = append(out.Elts, c.exprAs(e, lt.Elem))
	}
	return out
}

func (c *fnCtx) tupleLit(n *ast.Tuple) ir.Expr {
	tt, _ := c.m.info.Types[n].(*TupleT)
	return c.tupleLitOf(n, tt)
}

func (c *fnCtx) tupleLitOf(n *ast.Tuple, tt *TupleT) ir.Expr {
	if tt != nil && len(tt.Elems) == 0 && len(n.Elts) == 0 {
		return &ir.Composite{Type: ir.RT("Tuple")} // ()
	}
	if tt == nil || len(tt.Elems) < 1 || len(tt.Elems) > 5 {
		c.m.errorf(n, "unsupported: a tuple of %d values here", len(n.Elts))
		return &ir.Nil{}
	}
	out := &ir.Composite{Type: c.m.goType(tt)}
	for i, e := range n.Elts {
		// Keyed, as go vet wants for a struct of another package.
		out.Elts = append(out.Elts, &ir.KeyValue{Key: ir.Id("V" + string(rune('0'+i))), Value: c.exprAs(e, tt.Elems[i])})
	}
	return out
}

func (c *fnCtx) dictLit(n *ast.Dict) ir.Expr {
	dt, _ := c.m.info.Types[n].(*DictT)
	return c.dictLitOf(n, dt)
}

func (c *fnCtx) dictLitOf(n *ast.Dict, dt *DictT) ir.Expr {
	if orderedDict(dt) {
		return c.orderedDictLit(n, dt)
	}
	out := &ir.Composite{Type: c.m.goType(dt), Multiline: len(n.Keys) > 3}
	for i := range n.Keys {
		out.Elts = append(out.Elts, &ir.KeyValue{Key: c.exprAs(n.Keys[i], dt.Key), Value: c.exprAs(n.Values[i], dt.Val)})
	}
	return out
}

func (c *fnCtx) ifExp(n *ast.IfExp) ir.Expr {
	t := c.m.info.Types[n]
	body := &ir.Block{}
	body.Add(&ir.If{Cond: c.cond(n.Test), Then: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{c.exprAs(n.Body, t)}})})
	body.Add(&ir.Return{Results: []ir.Expr{c.exprAs(n.Orelse, t)}})
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{c.m.goType(t)}, Body: body})
}

// inComprehension reports whether scope s is nested in a comprehension.
func (m *mapper) inComprehension(s *Scope) bool {
	for p := s.Parent; p != nil; p = p.Parent {
		for _, cs := range m.compScopes {
			if cs == p {
				return true
			}
		}
	}
	return false
}

func (c *fnCtx) lambda(n *ast.Lambda) ir.Expr {
	fn := c.m.lambdas[n]
	inner := c.innerCtx(fn.Scope, fn)
	inner.bindParams(fn)
	ft := c.m.funcType(fn)
	if fn.Ret == NoneT || fn.Ret == Unknown {
		// A lambda called for its effect: a Go func without a result.
		body := &ir.Block{}
		inner.exprStmt(n.Body, body)
		return c.capturedLambda(fn, &ir.FuncLit{Params: ft.Params, Body: body})
	}
	fn.Returns = true
	ft.Results = []ir.Type{c.m.goType(fn.Ret)}
	body := (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{inner.exprAs(n.Body, fn.Ret)}})
	return c.capturedLambda(fn, &ir.FuncLit{Params: ft.Params, Results: ft.Results, Body: body})
}

// usesIn counts the reads of sym in the given expressions.
func (m *mapper) usesIn(sym *Symbol, e ast.Expr, more []ast.Expr) int {
	count := 0
	for _, x := range append([]ast.Expr{e}, more...) {
		walkExpr(x, func(y ast.Expr) {
			if n, ok := y.(*ast.Name); ok && m.info.Uses[n] == sym {
				count++
			}
		})
	}
	return count
}

// innerCtx is the context of a function literal the mapper writes inside
// c (a comprehension, lambda or predicate): its own names and declarations,
// the enclosing thread and loop facts.
func (c *fnCtx) innerCtx(s *Scope, fn *Function) *fnCtx {
	return &fnCtx{m: c.m, s: s, fn: fn, names: c.names.child(),
		plan:       &declPlan{define: map[*ast.Name]bool{}, before: map[ast.Stmt][]*Symbol{}, reads: map[*Symbol]int{}},
		threadCall: c.threadCall, rangeVars: c.rangeVars}
}
