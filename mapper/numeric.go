package mapper

import (
	"math/big"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// Python's numeric results that depend on values, decided where the
// values are constants:
//
//   - int ** negative int is a float (2 ** -1 == 0.5);
//   - int ** int of constants is computed exactly at translation time, so
//     a result that fits in 64 bits is a Go constant and one that does not
//     is reported instead of wrapping.

// powType refines the type of l ** r for int operands.
func powType(l, r ast.Expr, lt, rt Type) (Type, bool) {
	if !isIntLike(lt) || !isIntLike(rt) {
		return nil, false
	}
	if k, ok := constInt(r); ok && k < 0 {
		return FloatT, true
	}
	return nil, false
}

func isIntLike(t Type) bool { return t == IntT || t == BoolT }

// constInt returns the value of an int literal, possibly negated.
func constInt(e ast.Expr) (int, bool) {
	if num, ok := e.(*ast.Num); ok {
		return intConst(num)
	}
	if k, ok := negConst(e); ok {
		return -k, true
	}
	return 0, false
}

// constPow returns l ** r for int literals with 0 <= r, exactly, and
// whether both are constants.
func constPow(l, r ast.Expr) (*big.Int, bool) {
	base, ok1 := constIntExpr(l)
	exp, ok2 := constInt(r)
	if !ok1 || !ok2 || exp < 0 || exp > 4096 {
		return nil, false
	}
	return new(big.Int).Exp(big.NewInt(int64(base)), big.NewInt(int64(exp)), nil), true
}

// constIntExpr is constInt that also looks through parentheses' result,
// (-2) ** 3.
func constIntExpr(e ast.Expr) (int, bool) {
	if u, ok := e.(*ast.UnaryOp); ok && u.Op == ast.USub {
		if num, ok := u.Operand.(*ast.Num); ok {
			if v, ok := num.N.(py.Int); ok {
				return -int(v), true
			}
		}
	}
	return constInt(e)
}
