package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Python ints never overflow; Go's wrap around silently. The translator
// keeps Go's operators where a result beyond 64 bits is not to be expected
// and checks the operations that grow values without bound:
//
//   - x *= y on ints (the accumulating product of factorials and powers)
//     is pyrt.MulInt, which raises OverflowError naming the 64-bit limit;
//   - ** on ints is folded when both sides are constants and the result
//     fits, else pyrt.PowInt (checked the same way).
//
// Additions and subtractions stay Go operators: reaching 2**63 by adding
// is not what tutorial programs do.

// checkedAugMul translates x *= y on ints as x = pyrt.MulInt(x, y) and
// reports whether it did.
func (c *fnCtx) checkedAugMul(n *ast.AugAssign, lhs ir.Expr, tt, vt Type, b *ir.Block) bool {
	if n.Op != ast.Mult || tt != IntT || vt != IntT {
		return false
	}
	if k, ok := constInt(n.Value); ok && k >= -1 && k <= 1 {
		return false // cannot grow
	}
	c.m.raises = true
	b.Add(&ir.Assign{Lhs: []ir.Expr{lhs}, Tok: "=", Rhs: []ir.Expr{ir.CallOf(ir.Q(ir.Runtime, "MulInt"), c.expr(n.Target), c.expr(n.Value))}})
	return true
}
