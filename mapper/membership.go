package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// containsView translates `x in` a range(...) call or a dict view, which
// Python tests without building a list. It returns nil for other
// containers.
func (c *fnCtx) containsView(container, x ast.Expr) ir.Expr {
	if elem := elemType(c.m.info.Types[container]); disjoint(c.m.info.Types[x], elem) && isPure(x) {
		return ir.L(false) // 30 in {"a": 1}: no str equals a number
	}
	it, ok := c.m.info.Types[container].(*iterT)
	call, isCall := container.(*ast.Call)
	if !ok || !isCall {
		return nil
	}
	switch it.Kind {
	case "range":
		if in := c.inRange(call, x); in != nil {
			return in
		}
		if c.m.info.Types[x] == IntT {
			return ir.CallOf(ir.Q("slices", "Contains"), c.asSlice(call), c.expr(x))
		}
	case "keys", "values":
		dict := call.Func.(*ast.Attribute).Value
		dt, _ := c.m.info.Types[dict].(*DictT)
		if dt == nil || len(call.Args) > 0 {
			return nil
		}
		if it.Kind == "keys" {
			return c.contains(dict, x)
		}
		vals := ir.CallOf(ir.Q("slices", "Collect"), ir.CallOf(ir.Q("maps", "Values"), c.expr(dict)))
		return ir.CallOf(ir.Q("slices", "Contains"), vals, c.exprAs(x, dt.Val))
	}
	return nil
}

// inRange is `x in range(start, stop, step)` as the arithmetic test Python
// does: start <= x < stop and x on the step's grid (mirrored for a
// negative step). A non-int x (a float equal to an int in the range is in
// it) and steps not known while translating are left to the caller.
func (c *fnCtx) inRange(call *ast.Call, x ast.Expr) ir.Expr {
	if c.m.info.Types[x] != IntT || !isPure(x) {
		return nil
	}
	var start, stop ast.Expr
	step := 1
	switch len(call.Args) {
	case 1:
		stop = call.Args[0]
	case 2, 3:
		start, stop = call.Args[0], call.Args[1]
	default:
		return nil
	}
	if len(call.Args) == 3 {
		v, ok := signedIntConst(call.Args[2])
		if !ok || v == 0 {
			return nil
		}
		step = v
	}
	if v, ok := c.constRangeTest(call, x, step); ok {
		return ir.L(v)
	}
	xv := c.expr(x)
	lo := ir.Expr(ir.L(0))
	if start != nil {
		if !isPure(start) {
			return nil
		}
		lo = c.exprAs(start, IntT)
	}
	hi := c.exprAs(stop, IntT)
	var bounds ir.Expr
	if step > 0 {
		bounds = &ir.Binary{X: &ir.Binary{X: lo, Op: "<=", Y: xv}, Op: "&&", Y: &ir.Binary{X: xv, Op: "<", Y: hi}}
	} else {
		bounds = &ir.Binary{X: &ir.Binary{X: hi, Op: "<", Y: xv}, Op: "&&", Y: &ir.Binary{X: xv, Op: "<=", Y: lo}}
	}
	if step == 1 || step == -1 {
		return bounds
	}
	// (x - start) % step == 0 holds in Go too: the sign of a zero
	// remainder does not matter.
	offset := ir.Expr(xv)
	if v, ok := signedIntConst(start); start != nil && !(ok && v == 0) {
		offset = &ir.Paren{X: &ir.Binary{X: xv, Op: "-", Y: c.exprAs(start, IntT)}}
	}
	grid := &ir.Binary{X: &ir.Binary{X: offset, Op: "%", Y: ir.L(step)}, Op: "==", Y: ir.L(0)}
	return &ir.Binary{X: bounds, Op: "&&", Y: grid}
}

// signedIntConst is the value of an int literal, negated or not.
func signedIntConst(e ast.Expr) (int, bool) {
	if u, ok := e.(*ast.UnaryOp); ok && u.Op == ast.USub {
		v, ok := signedIntConst(u.Operand)
		return -v, ok
	}
	if n, ok := e.(*ast.Num); ok {
		return intConst(n)
	}
	return 0, false
}

// constRangeTest decides `3 in range(0, 10, 2)` while translating, when x
// and the bounds are literals.
func (c *fnCtx) constRangeTest(call *ast.Call, x ast.Expr, step int) (in, ok bool) {
	v, ok := signedIntConst(x)
	if !ok {
		return false, false
	}
	bounds := []int{0, 0}
	args := call.Args
	if len(args) == 1 {
		args = []ast.Expr{nil, args[0]}
	}
	for i, a := range args[:2] {
		if a == nil {
			continue
		}
		if bounds[i], ok = signedIntConst(a); !ok {
			return false, false
		}
	}
	lo, hi := bounds[0], bounds[1]
	if step > 0 {
		return lo <= v && v < hi && (v-lo)%step == 0, true
	}
	return hi < v && v <= lo && (v-lo)%step == 0, true
}

// disjoint reports whether no value of type a equals a value of type b:
// a str never equals a number (while 1 == 1.0 == True).
func disjoint(a, b Type) bool {
	number := func(t Type) bool { return t == IntT || t == FloatT || t == BoolT }
	return (a == StrT && number(b)) || (number(a) && b == StrT)
}
