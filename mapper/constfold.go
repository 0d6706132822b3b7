package mapper

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Constant arithmetic. Go evaluates constant expressions exactly (0.1 + 0.2
// is 0.3, 1e308 * 10 does not compile, -0.0 is zero), where Python computes
// with float64 and unbounded ints. So arithmetic on literals is evaluated
// here with Python's rules and emitted as its result; what Go cannot hold
// (an int beyond 64 bits) is a diagnostic.

// constNum is a folded numeric constant: an int (big, to see overflow) or
// a float.
type constNum struct {
	i       *big.Int
	f       float64
	isFloat bool
}

func (v constNum) float() float64 {
	if v.isFloat {
		return v.f
	}
	f, _ := new(big.Float).SetInt(v.i).Float64()
	return f
}

// evalConst evaluates e if it is numeric literal arithmetic whose Python
// result is certain (no ZeroDivisionError, no OverflowError of **).
func evalConst(e ast.Expr) (constNum, bool) {
	switch n := e.(type) {
	case *ast.Num:
		switch v := n.N.(type) {
		case py.Int:
			return constNum{i: big.NewInt(int64(v))}, true
		case py.Float:
			return constNum{f: float64(v), isFloat: true}, true
		case *py.BigInt:
			return constNum{i: new(big.Int).Set((*big.Int)(v))}, true
		}
	case *ast.UnaryOp:
		v, ok := evalConst(n.Operand)
		switch {
		case !ok:
		case n.Op == ast.UAdd:
			return v, true
		case n.Op == ast.USub && v.isFloat:
			return constNum{f: -v.f, isFloat: true}, true
		case n.Op == ast.USub:
			return constNum{i: new(big.Int).Neg(v.i)}, true
		}
	case *ast.BinOp:
		l, ok := evalConst(n.Left)
		if !ok {
			break
		}
		r, ok := evalConst(n.Right)
		if !ok {
			break
		}
		if l.isFloat || r.isFloat || n.Op == ast.Div {
			return foldFloat(n.Op, l.float(), r.float())
		}
		return foldInt(n.Op, l.i, r.i)
	}
	return constNum{}, false
}

func foldFloat(op ast.OperatorNumber, a, b float64) (constNum, bool) {
	var v float64
	switch op {
	case ast.Add:
		v = a + b
	case ast.Sub:
		v = a - b
	case ast.Mult:
		v = a * b
	case ast.Div:
		if b == 0 {
			return constNum{}, false // ZeroDivisionError at run time
		}
		v = a / b
	default:
		return constNum{}, false // //, %, ** keep the runtime's rules
	}
	return constNum{f: v, isFloat: true}, true
}

func foldInt(op ast.OperatorNumber, a, b *big.Int) (constNum, bool) {
	v := new(big.Int)
	switch op {
	case ast.Add:
		v.Add(a, b)
	case ast.Sub:
		v.Sub(a, b)
	case ast.Mult:
		v.Mul(a, b)
	case ast.FloorDiv, ast.Modulo:
		if b.Sign() == 0 {
			return constNum{}, false
		}
		q, m := new(big.Int).DivMod(a, b, new(big.Int)) // Euclidean: m >= 0
		if m.Sign() != 0 && b.Sign() < 0 {
			// Floor rounds one lower than Euclid when b < 0.
			q.Sub(q, big.NewInt(1))
			m.Add(m, b)
		}
		v = q
		if op == ast.Modulo {
			v = m
		}
	case ast.Pow:
		if b.Sign() < 0 || b.BitLen() > 16 {
			return constNum{}, false
		}
		v.Exp(a, b, nil)
	default:
		return constNum{}, false
	}
	return constNum{i: v}, true
}

// foldedConst translates e when it is literal arithmetic (not a lone
// literal), reporting whether it was.
func (c *fnCtx) foldedConst(e ast.Expr) (ir.Expr, bool) {
	if _, ok := e.(*ast.Num); ok {
		return nil, false
	}
	v, ok := evalConst(e)
	if !ok || (!v.isFloat && v.i.IsInt64() && !needsIntFold(e)) {
		// Go's exact constant arithmetic agrees with Python's ints on
		// + - * when the result fits: keep the source's form.
		return nil, false
	}
	if !v.isFloat {
		if !v.i.IsInt64() {
			c.m.errorf(e, "unsupported: integer constant %s does not fit in 64 bits", v.i)
			return ir.L(0), true
		}
		return ir.L(int(v.i.Int64())), true
	}
	return floatConst(v.f), true
}

// floatConst is a float64 value as Go source: infinities, NaN and -0.0
// have no literal.
func floatConst(f float64) ir.Expr {
	switch {
	case math.IsInf(f, 1):
		return ir.CallOf(ir.Q("math", "Inf"), ir.L(1))
	case math.IsInf(f, -1):
		return ir.CallOf(ir.Q("math", "Inf"), ir.L(-1))
	case math.IsNaN(f):
		return ir.CallOf(ir.Q("math", "NaN"))
	case f == 0 && math.Signbit(f):
		return ir.CallOf(ir.Q("math", "Copysign"), ir.L(0.0), ir.L(-1.0))
	}
	return ir.L(f)
}

// needsIntFold reports whether int literal arithmetic uses an operator
// whose Go meaning differs from Python's (//, % and ** on constants).
func needsIntFold(e ast.Expr) bool {
	switch n := e.(type) {
	case *ast.UnaryOp:
		return needsIntFold(n.Operand)
	case *ast.BinOp:
		switch n.Op {
		case ast.FloorDiv, ast.Modulo, ast.Pow:
			return true
		}
		return needsIntFold(n.Left) || needsIntFold(n.Right)
	}
	return false
}
