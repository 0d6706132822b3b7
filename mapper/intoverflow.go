package mapper

import (
	"math/bits"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Python ints never overflow; Go's wrap around silently. The translator
// keeps Go's operators where the result provably fits in 64 bits and checks
// the others with the runtime's helpers, which raise OverflowError:
//
//   - +, - (and +=, -=) on ints are pyrt.AddInt/SubInt unless one side is a
//     small constant (|k| <= 2**16: a counter stepping by it needs 2**47
//     steps to leave int64) or a len(), or both sides are bounded;
//   - * (and *=) is pyrt.MulInt unless both sides are bounded or one is
//     0, 1 or -1;
//   - ** on ints is folded when both sides are constants and the result
//     fits, else pyrt.PowInt.
//
// Bounded values are constants, len() and the variables of range() loops
// whose bounds are bounded. What stays unchecked: x + k with a small
// constant k where x already sits within k of the limit, which only a
// literal near 2**63 can set up.

// smallStep is the largest constant added without a check.
const smallStep = 1 << 16

// lenBound bounds len(): a Go slice of 2**31 ints already takes 16 GiB,
// more than tutorial programs hold.
const lenBound = 1 << 31

// intBound returns a bound on |e| for an int expression, if one is known.
func (c *fnCtx) intBound(e ast.Expr) (uint64, bool) {
	if v, ok := evalConst(e); ok && !v.isFloat {
		if !v.i.IsInt64() {
			return 0, false
		}
		k := v.i.Int64()
		if k < 0 {
			return uint64(-(k + 1)) + 1, true
		}
		return uint64(k), true
	}
	switch n := e.(type) {
	case *ast.Call:
		if c.isLen(n) {
			return lenBound, true
		}
	case *ast.Name:
		if b, ok := c.m.rangeBounds[c.m.info.Uses[n]]; ok {
			return b, true
		}
	case *ast.BinOp:
		lb, lok := c.intBound(n.Left)
		rb, rok := c.intBound(n.Right)
		if !lok || !rok || lb >= 1<<62 || rb >= 1<<62 {
			return 0, false
		}
		switch n.Op {
		case ast.Add, ast.Sub:
			return lb + rb, true
		case ast.Mult:
			if hi, lo := bits.Mul64(lb, rb); hi == 0 && lo < 1<<62 {
				return lo, true
			}
		}
	}
	return 0, false
}

// noteRangeBound records the bound of a range() loop variable whose
// arguments are all bounded (a step can only keep it between them). A
// comprehension's variable lives in the comprehension only; a for loop's
// must have no other assignment.
func (c *fnCtx) noteRangeBound(target ast.Expr, args []ast.Expr, comprehension bool) {
	name, ok := target.(*ast.Name)
	if !ok || len(args) == 0 || len(args) > 3 {
		return
	}
	var bound uint64
	for _, a := range args[:min(len(args), 2)] {
		b, ok := c.intBound(a)
		if !ok {
			return
		}
		bound = max(bound, b)
	}
	if c.m.rangeBounds == nil {
		c.m.rangeBounds = map[*Symbol]uint64{}
	}
	sym := c.m.info.Uses[name]
	if sym != nil && (comprehension || sym.Stores == 1) { // bound by this loop only
		c.m.rangeBounds[sym] = bound
	}
}

// intOpFits reports whether l op r on ints provably fits in 64 bits.
func (c *fnCtx) intOpFits(op ast.OperatorNumber, l, r ast.Expr) bool {
	lb, lok := c.intBound(l)
	rb, rok := c.intBound(r)
	switch op {
	case ast.Add, ast.Sub:
		if lok && lb <= smallStep || rok && rb <= smallStep || c.isLen(l) || c.isLen(r) {
			return true
		}
		return lok && rok && lb < 1<<62 && rb < 1<<62
	case ast.Mult:
		if lok && lb <= 1 || rok && rb <= 1 {
			return true
		}
		hi, lo := bits.Mul64(lb, rb)
		return lok && rok && hi == 0 && lo < 1<<63
	}
	return true
}

var checkedIntOps = map[ast.OperatorNumber]string{ast.Add: "AddInt", ast.Sub: "SubInt", ast.Mult: "MulInt"}

// checkedIntOp translates l op r on ints as a runtime call that raises
// OverflowError, when the result may not fit; ok is false otherwise.
func (c *fnCtx) checkedIntOp(op ast.OperatorNumber, l, r ast.Expr) (ir.Expr, bool) {
	fn, checked := checkedIntOps[op]
	if !checked || c.m.info.Types[l] != IntT || c.m.info.Types[r] != IntT || c.intOpFits(op, l, r) {
		return nil, false
	}
	c.m.raises = true
	return ir.CallOf(ir.Q(ir.Runtime, fn), c.expr(l), c.expr(r)), true
}

// checkedAugInt translates x op= y on ints as x = pyrt.AddInt(x, y) (or
// SubInt, MulInt) when the result may not fit, and reports whether it did.
func (c *fnCtx) checkedAugInt(n *ast.AugAssign, lhs ir.Expr, tt Type, b *ir.Block) bool {
	if tt != IntT {
		return false
	}
	x, ok := c.checkedIntOp(n.Op, n.Target, n.Value)
	if !ok {
		return false
	}
	b.Add(&ir.Assign{Lhs: []ir.Expr{lhs}, Tok: "=", Rhs: []ir.Expr{x}})
	return true
}

// isLen reports whether e is a call of len().
func (c *fnCtx) isLen(e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok {
		return false
	}
	lf, ok := c.m.info.Types[call.Func].(*LibFuncT)
	return ok && lf.Name == "builtins.len"
}
