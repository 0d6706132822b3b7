package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// heapq works on a plain list, as in Python: the heap is the Go slice and
// the runtime's HeapPush/HeapPop/Heapify (runtime/heapq.go) keep CPython's
// exact layout. push and pop resize the list, so they take a pointer to it
// (and a list parameter they resize is passed by pointer).

func init() {
	libTypeHooks["heapq.heappush"] = func(m *mapper, s *Scope, n *ast.Call, args []Type) Type {
		if len(n.Args) == 2 {
			m.markByRef(s, n.Args[0])
			m.flowInto(s, n.Args[0], func(cur Type) Type {
				if l, ok := cur.(*ListT); ok {
					return &ListT{Elem: join(l.Elem, args[1])}
				}
				return cur
			})
		}
		return NoneT
	}
	libTypeHooks["heapq.heappop"] = func(m *mapper, s *Scope, n *ast.Call, args []Type) Type {
		if len(n.Args) != 1 {
			return Unknown
		}
		m.markByRef(s, n.Args[0])
		return elemType(args[0])
	}
	libTypeHooks["heapq.heapify"] = func(*mapper, *Scope, *ast.Call, []Type) Type { return NoneT }
	for _, name := range []string{"heapq.nsmallest", "heapq.nlargest"} {
		libTypeHooks[name] = func(m *mapper, _ *Scope, n *ast.Call, args []Type) Type {
			if len(n.Args) < 2 {
				return Unknown
			}
			elem := elemType(args[1])
			if fn := m.funcOf(keyword(n, "key")); fn != nil {
				m.flowArgs(fn, []Type{elem}, nil)
			}
			return &ListT{Elem: elem}
		}
	}
	libCallHooks["heapq.heappush"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		lt, ok := c.heapList(n, 2)
		if !ok {
			return &ir.Nil{}
		}
		return ir.CallOf(ir.Q(ir.Runtime, "HeapPush"), c.listRef(n.Args[0]), c.exprAs(n.Args[1], lt.Elem))
	}
	libCallHooks["heapq.heappop"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		if _, ok := c.heapList(n, 1); !ok {
			return &ir.Nil{}
		}
		c.m.raises = true
		return ir.CallOf(ir.Q(ir.Runtime, "HeapPop"), c.listRef(n.Args[0]))
	}
	libCallHooks["heapq.heapify"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		if _, ok := c.heapList(n, 1); !ok {
			return &ir.Nil{}
		}
		return ir.CallOf(ir.Q(ir.Runtime, "Heapify"), c.expr(n.Args[0]))
	}
	libCallHooks["heapq.nsmallest"] = func(c *fnCtx, n *ast.Call) ir.Expr { return c.heapSelect(n, "NSmallest") }
	libCallHooks["heapq.nlargest"] = func(c *fnCtx, n *ast.Call) ir.Expr { return c.heapSelect(n, "NLargest") }
}

// heapList checks a heapq call's arguments (the list first) and returns
// the list's type.
func (c *fnCtx) heapList(n *ast.Call, args int) (*ListT, bool) {
	name := c.m.info.Types[n.Func].(*LibFuncT).Name
	if len(n.Args) != args || len(n.Keywords) > 0 {
		c.m.errorf(n, "%s expects %d positional arguments", name, args)
		return nil, false
	}
	lt, ok := c.m.info.Types[n.Args[0]].(*ListT)
	if !ok {
		c.m.errorf(n.Args[0], "unsupported: %s on a %s; the heap must be a list", name, c.m.info.Types[n.Args[0]])
		return nil, false
	}
	return lt, true
}

// listRef is a pointer to the slice behind a list expression: &xs, or xs
// itself for a list parameter already passed by pointer.
func (c *fnCtx) listRef(e ast.Expr) ir.Expr {
	x := c.target(e)
	if u, ok := x.(*ir.Unary); ok && u.Op == "*" {
		return u.X
	}
	return &ir.Unary{Op: "&", X: x}
}

// heapSelect translates nsmallest(n, iterable, key=f) and nlargest.
func (c *fnCtx) heapSelect(n *ast.Call, goName string) ir.Expr {
	lt, ok := c.m.info.Types[n].(*ListT)
	if !ok || len(n.Args) != 2 || (len(n.Keywords) > 0 && keyword(n, "key") == nil) || len(n.Keywords) > 1 {
		c.m.errorf(n, "unsupported: this heapq.%s call; pass n, an iterable and optionally key=", map[string]string{"NSmallest": "nsmallest", "NLargest": "nlargest"}[goName])
		return &ir.Nil{}
	}
	et := c.m.goType(lt.Elem)
	call := &ir.Call{Fun: ir.Q(ir.Runtime, goName), Args: []ir.Expr{c.exprAs(n.Args[0], IntT), c.iterableSlice(n.Args[1], lt.Elem)}}
	key := keyword(n, "key")
	switch {
	case key == nil:
		call.TypeArgs = []ir.Type{et, et}
		call.Args = append(call.Args, &ir.Nil{})
	case c.m.funcOf(key) != nil:
		call.Args = append(call.Args, c.expr(key))
	default:
		lf, isLib := c.m.info.Types[key].(*LibFuncT)
		if !isLib || lf.Name != "builtins.len" {
			c.m.errorf(key, "unsupported: this key function; use a def or a lambda")
			return &ir.Nil{}
		}
		body := (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{ir.CallOf(ir.Id("len"), ir.Id("x"))}})
		call.Args = append(call.Args, &ir.FuncLit{Params: []ir.Param{{Name: "x", Type: et}}, Results: []ir.Type{ir.Int}, Body: body})
	}
	return call
}
