package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// executor.map(f, xs, ys[, zs]) calls f with the items of the iterables
// side by side and stops at the shortest: pyrt.Map2/Map3, whose function
// takes one parameter per iterable. The function is a user function (passed
// by name) or a built-in (pow), wrapped in a function literal.

// multiMapType is the result list type of ex.map(f, xs, ys...), or nil
// when n does not map over several iterables.
func (m *mapper) multiMapType(s *Scope, n *ast.Call, args []Type) Type {
	iterables := len(n.Args) - 1
	if iterables < 2 || iterables > 3 {
		return nil
	}
	elems := make([]Type, iterables)
	for i, a := range args[1:] {
		elems[i] = elemType(a)
	}
	if fn := m.funcOf(n.Args[0]); fn != nil {
		m.flowArgs(fn, elems, nil)
		return &ListT{Elem: m.taskResult(fn)}
	}
	if m.builtinTask(n.Args[0]) == "" {
		return &ListT{Elem: Unknown}
	}
	_, t := m.builtinTaskCallN(s, n.Args[0], elems, taskParamNames(iterables))
	return &ListT{Elem: t}
}

// taskParamNames are the parameter names of a built-in task's literal.
func taskParamNames(k int) []string { return []string{"x", "y", "z"}[:k] }

// multiMapCall translates ex.map(f, xs, ys...) as pyrt.MapK(ex, f, xs,
// ys..., timeout).
func (c *fnCtx) multiMapCall(n *ast.Call, recv ast.Expr, timeout ir.Expr) ir.Expr {
	iterables := len(n.Args) - 1
	if iterables > 3 {
		c.m.errorf(n, "unsupported: executor.map over more than three iterables")
		return &ir.Nil{}
	}
	args := []ir.Expr{c.expr(recv), nil}
	elems := make([]Type, iterables)
	for i, it := range n.Args[1:] {
		items := c.sliceOf(it)
		if items == nil {
			return &ir.Nil{}
		}
		args = append(args, items)
		elems[i] = elemType(c.m.info.Types[it])
	}
	args = append(args, timeout)
	fn := c.m.funcOf(n.Args[0])
	switch {
	case fn != nil && len(fn.Params) != iterables:
		c.m.errorf(n.Args[0], "unsupported: %s takes %d parameters but executor.map passes %d items at a time", fn.Name, len(fn.Params), iterables)
		return &ir.Nil{}
	case fn != nil && noValue(c.m.taskResult(fn)):
		c.m.errorf(n.Args[0], "unsupported: executor.map of a function without a result over several iterables")
		return &ir.Nil{}
	case fn != nil:
		args[1] = c.expr(n.Args[0])
	case c.m.builtinTask(n.Args[0]) != "":
		args[1] = c.builtinTaskFuncN(n.Args[0], elems)
	default:
		c.m.errorf(n.Args[0], "unsupported: a mapped function that is not defined in this file")
		return &ir.Nil{}
	}
	name := map[int]string{2: "Map2", 3: "Map3"}[iterables]
	return ir.CallOf(ir.Q(ir.Runtime, name), args...)
}
