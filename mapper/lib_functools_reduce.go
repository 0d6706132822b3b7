package mapper

import (
	"strings"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// functools.reduce with an operator function (operator.add, sub, mul, and
// for ints floordiv and mod) or the builtins max and min, over numbers or
// strings of one type: the Go function is the runtime's overflow-checked
// int arithmetic (pyrt.AddInt...) where Python ints need it, or a small
// function literal over Go's operator.

// reduceOps are the Go operators of the operator module's functions.
var reduceOps = map[string]string{"operator.add": "+", "operator.sub": "-", "operator.mul": "*",
	"operator.floordiv": "//", "operator.mod": "%"}

// reduceIntFuncs are the runtime functions that give Python's int results.
var reduceIntFuncs = map[string]string{"operator.add": "AddInt", "operator.sub": "SubInt", "operator.mul": "MulInt",
	"operator.floordiv": "FloorDiv", "operator.mod": "Mod"}

// reduceLibFunc reports whether reduce's function is a library function it
// translates, by name.
func reduceLibFunc(t Type) (string, bool) {
	lf, ok := t.(*LibFuncT)
	if !ok {
		return "", false
	}
	_, op := reduceOps[lf.Name]
	return lf.Name, op || lf.Name == "builtins.max" || lf.Name == "builtins.min"
}

// reduceLibType types reduce(libfunc, xs[, init]): the element type, which
// the initial value must share.
func reduceLibType(args []Type) Type {
	elem := elemType(args[1])
	if len(args) > 2 {
		elem = join(elem, args[2])
	}
	return elem
}

// reduceLibCall translates reduce(libfunc, xs[, init]).
func reduceLibCall(c *fnCtx, n *ast.Call, name string) ir.Expr {
	t := c.m.info.Types[n]
	fn := reduceLibFuncExpr(c, name, t)
	if fn == nil || len(n.Args) > 3 || len(n.Keywords) > 0 || (len(n.Args) == 3 && !sameType(c.m.info.Types[n.Args[2]], t)) {
		c.m.errorf(n, "unsupported: functools.reduce(%s, ...) over values of type %s; use a lambda", strings.TrimPrefix(name, "builtins."), t)
		return &ir.Nil{}
	}
	if lt, ok := c.m.info.Types[n.Args[1]].(*ListT); ok && lt.Elem != Unknown && !sameType(lt.Elem, t) {
		c.m.errorf(n, "unsupported: functools.reduce(%s, ...) mixing %s and %s; use a lambda", strings.TrimPrefix(name, "builtins."), lt.Elem, t)
		return &ir.Nil{}
	}
	var xs ir.Expr
	if lit, ok := n.Args[1].(*ast.List); ok {
		xs = c.listLit(lit.Elts, &ListT{Elem: t}) // [] has no element type of its own
	} else {
		xs = c.iterableSlice(n.Args[1], t)
	}
	if len(n.Args) == 3 {
		return ir.CallOf(ir.Q(ir.Runtime, "Reduce"), fn, xs, c.expr(n.Args[2]))
	}
	return ir.CallOf(ir.Q(ir.Runtime, "Reduce1"), fn, xs)
}

// reduceLibFuncExpr is the Go function of two values of type t that the
// library function name computes, or nil.
func reduceLibFuncExpr(c *fnCtx, name string, t Type) ir.Expr {
	if t == IntT {
		if f, ok := reduceIntFuncs[name]; ok {
			c.m.raises = true
			return ir.Q(ir.Runtime, f)
		}
	}
	if t != IntT && t != FloatT && t != StrT {
		return nil
	}
	a, b := ir.Id("a"), ir.Id("b")
	var result ir.Expr
	switch op := reduceOps[name]; {
	case name == "builtins.max" || name == "builtins.min":
		result = ir.CallOf(ir.Id(name[len("builtins."):]), a, b)
	case op == "+" || (t == FloatT && (op == "-" || op == "*")):
		result = &ir.Binary{X: a, Op: op, Y: b}
	default:
		return nil
	}
	gt := c.m.goType(t)
	return &ir.FuncLit{Params: []ir.Param{{Name: "a", Type: gt}, {Name: "b", Type: gt}}, Results: []ir.Type{gt},
		Body: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{result}})}
}
