package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Generator functions. A def whose body yields (and that is not a
// contextmanager) becomes a Go function returning iter.Seq[T], Go's push
// iterator: the body runs inside `return func(yield func(T) bool) {...}`
// and each `yield v` statement is `if !yield(v) { return }`, so a consumer
// that stops early (a break, islice, next) stops the body as closing a
// Python generator does. Its callers treat the result like any other
// iter.Seq: for loops, list(), sum(), next() through iter.Pull.
//
// Not translated, each a diagnostic: yield used for its value (send),
// `yield from`, `return value` in a generator, and a yield inside a try
// (the try's Go form is a function literal the yield could not leave).

// isGenerator reports whether fn is a generator function.
func (m *mapper) isGenerator(fn *Function) bool {
	if fn == nil || fn.Def == nil {
		return false
	}
	if is, ok := m.generators[fn]; ok {
		return is
	}
	is := false
	for _, st := range fn.Def.Body {
		is = is || yieldsIn(st)
	}
	is = is && !m.isContextManager(fn)
	if m.generators == nil {
		m.generators = map[*Function]bool{}
	}
	m.generators[fn] = is
	return is
}

// yieldsIn reports whether a statement yields, outside nested functions
// and classes.
func yieldsIn(st ast.Stmt) bool {
	found := false
	stmtExprs(st, func(e ast.Expr) {
		walkExpr(e, func(x ast.Expr) {
			switch x.(type) {
			case *ast.Yield, *ast.YieldFrom:
				found = true
			}
		})
	})
	for _, b := range childBlocks(st) {
		for _, s := range b {
			found = found || yieldsIn(s)
		}
	}
	return found
}

// generatorYield types a yield in a generator function: the yielded value
// is one more element of the function's iter.Seq.
func (m *mapper) generatorYield(fn *Function, t Type) {
	fn.Returns = true
	m.flowFuncRet(fn, &iterT{Kind: "seq", Elem: t})
}

// generatorElem is the element type of a generator function's result.
func (m *mapper) generatorElem(fn *Function) (Type, bool) {
	if it, ok := fn.Ret.(*iterT); ok && it.Kind == "seq" {
		return it.Elem, true
	}
	return nil, false
}

// generatorBody wraps a generator function's translated body in the
// iter.Seq it returns.
func (c *fnCtx) generatorBody(body *ir.Block) *ir.Block {
	elem, ok := c.m.generatorElem(c.fn)
	if !ok || elem == NoneT || elem == Unknown {
		c.m.errorf(c.fn.Def, "unsupported: generator %s yields no value; yield the items it produces", c.fn.Name)
		return body
	}
	yield := &ir.FuncType{Params: []ir.Param{{Type: c.m.goType(elem)}}, Results: []ir.Type{ir.Bool}}
	lit := &ir.FuncLit{Params: []ir.Param{{Name: "yield", Type: yield}}, Body: body}
	return &ir.Block{Stmts: []ir.Stmt{&ir.Return{Results: []ir.Expr{lit}}}}
}

// generatorStmt translates the statements that only generators have: a
// yield statement, and the checks on return and yield from.
func generatorStmt(c *fnCtx, st ast.Stmt, b *ir.Block) bool {
	if !c.m.isGenerator(c.fn) {
		return false
	}
	switch n := st.(type) {
	case *ast.Return:
		if n.Value != nil {
			c.m.errorf(n, "unsupported: return with a value in generator %s; yield the value instead", c.fn.Name)
			return true
		}
	case *ast.ExprStmt:
		switch y := n.Value.(type) {
		case *ast.YieldFrom:
			c.m.errorf(y, "unsupported: yield from; loop over the iterable and yield each item")
			return true
		case *ast.Yield:
			c.yieldStmt(y, b)
			return true
		}
	}
	return false
}

// yieldStmt is `if !yield(v) { return }`: the consumer stopped, so the
// generator ends (releasing the locks its with statements hold).
func (c *fnCtx) yieldStmt(y *ast.Yield, b *ir.Block) {
	if c.tryRet != nil {
		c.m.errorf(y, "unsupported: yield inside a try in generator %s; move the try around the code that raises", c.fn.Name)
		return
	}
	elem, _ := c.m.generatorElem(c.fn)
	if y.Value == nil || elem == nil {
		c.m.errorf(y, "unsupported: a bare yield; yield a value")
		return
	}
	stop := &ir.Block{}
	c.releaseFor(stop, true)
	stop.Add(&ir.Return{})
	call := ir.CallOf(ir.Id("yield"), c.exprAs(y.Value, elem))
	b.Add(&ir.If{Cond: &ir.Unary{Op: "!", X: call}, Then: stop})
}

func init() {
	stmtHooks = append(stmtHooks, generatorStmt)
}
