package mapper

import (
	"math/big"
	"strings"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Comparisons of constants (print(1 == 1.0, 3 < 3.5, "" != "")) are
// decided at translation time with Python's rules, as constant arithmetic
// is (constfold.go): Go would compare the same constants itself, but
// writing `1.0 == 1.0` in the emitted code is what a reviewer (and
// staticcheck) flags as a mistake.

// foldCompare returns the value of a comparison chain whose operands are
// all numeric or string constants.
func foldCompare(n *ast.Compare) (bool, bool) {
	left := n.Left
	for i, op := range n.Ops {
		right := n.Comparators[i]
		c, ok := constOrder(left, right)
		if !ok {
			return false, false
		}
		var holds bool
		switch op {
		case ast.Eq:
			holds = c == 0
		case ast.NotEq:
			holds = c != 0
		case ast.Lt:
			holds = c < 0
		case ast.LtE:
			holds = c <= 0
		case ast.Gt:
			holds = c > 0
		case ast.GtE:
			holds = c >= 0
		default:
			return false, false
		}
		if !holds {
			return false, true // the chain stops at the first false link
		}
		left = right
	}
	return true, true
}

// constOrder compares two constants of one kind: numbers by value (an int
// and a float exactly, as Python does), strings by code points. NaN is
// left to run time.
func constOrder(l, r ast.Expr) (int, bool) {
	if ls, ok := l.(*ast.Str); ok {
		if rs, ok := r.(*ast.Str); ok {
			return strings.Compare(string(ls.S), string(rs.S)), true
		}
		return 0, false
	}
	a, ok := evalConst(l)
	if !ok {
		return 0, false
	}
	b, ok := evalConst(r)
	if !ok {
		return 0, false
	}
	if !a.isFloat && !b.isFloat {
		return a.i.Cmp(b.i), true
	}
	af, bf := a.bigFloat(), b.bigFloat()
	if af == nil || bf == nil {
		return 0, false
	}
	return af.Cmp(bf), true
}

// bigFloat is the constant as an exact big.Float, nil for NaN or inf.
func (v constNum) bigFloat() *big.Float {
	if !v.isFloat {
		return new(big.Float).SetInt(v.i)
	}
	if v.f != v.f || v.f > 1.7976931348623157e308 || v.f < -1.7976931348623157e308 {
		return nil
	}
	return new(big.Float).SetFloat64(v.f)
}

// constCompare translates a comparison of constants as its value.
func constCompare(n *ast.Compare) (ir.Expr, bool) {
	v, ok := foldCompare(n)
	if !ok {
		return nil, false
	}
	return ir.L(v), true
}
