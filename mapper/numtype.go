package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// A Python value that is an int at some times and a float at others:
// [1, 2.0, 3], a parameter called with 3 and with 1.5 (or defaulting to
// 1.5), an attribute set from both, a function returning either. CPython
// prints such an int as "3", so it cannot become a Go float64 (which
// prints "3.0"); it is NumT, held in Go as pyrt.Num, which keeps the
// run-time type. Arithmetic that mixes a known float in is a float, as in
// Python, so NumT does not spread past the first float operand.
//
// A variable or attribute whose only int values are int constants and
// which also holds floats (`total = 0` then `total += price`) stays a
// float64: that is the accumulator idiom, and its int is seen only when no
// float was ever added (then Go prints 0.0 where CPython prints 0), the
// translation's one accepted difference here, for the sake of plain Go.
// Where straight-line code prints the int before rebinding the variable to
// a float, numsplit.go gives each its own Go variable instead.
//
// unknown op int is left unknown until the last inference round
// (deferIntGuess): guessing int for x * 2 while x is not typed yet would
// join with the float x turns out to be into a NumT of a plain float.

// NumT is a number that is an int or a float at run time.
var NumT = &basicType{"int | float"}

// numRuntime is the Go type of NumT values.
var numRuntime = ir.RT("Num")

// numCmpFunc is the method expression pyrt.Num.Cmp, a comparison function
// for slices.MinFunc and friends.
var numCmpFunc = ir.Sel(ir.Q(ir.Runtime, "Num"), "Cmp")

// isNumberType reports whether t is one of the types NumT joins.
func isNumberType(t Type) bool { return t == IntT || t == FloatT || t == NumT }

// joinNumbers is join for two different number types: NumT.
func joinNumbers(a, b Type) (Type, bool) {
	if isNumberType(a) && isNumberType(b) {
		return NumT, true
	}
	return nil, false
}

// numSlot remembers, for one variable or attribute, whether a value other
// than an int constant gave it an int, which makes its int observable.
type numSlot struct{ varInt bool }

// refineNumber joins t into the type of a variable or attribute *dst
// assigned from value (nil when the value is no single expression). An
// int constant joined with floats keeps the slot a float (the accumulator
// idiom); any other int makes an int-and-float slot NumT.
func (m *mapper) refineNumber(dst *Type, t Type, value ast.Expr) {
	if m.numSlots == nil {
		m.numSlots = map[*Type]*numSlot{}
	}
	slot := m.numSlots[dst]
	if slot == nil {
		slot = &numSlot{}
		m.numSlots[dst] = slot
	}
	isConst := false
	if value != nil {
		_, isConst = constInt(value)
	}
	if t == IntT && !isConst {
		slot.varInt = true
	}
	old := *dst
	if !slot.varInt && ((old == IntT && t == FloatT) || (old == FloatT && t == IntT)) {
		if old != FloatT {
			*dst = FloatT
			m.changed = true
		}
		return
	}
	if old == FloatT && t == IntT && slot.varInt {
		*dst = NumT
		m.changed = true
		return
	}
	m.refine(dst, t)
}

// intGuessState says whether unknown op int may be guessed to be an int.
type intGuessState int

const (
	intGuessOff      intGuessState = iota // not yet: the result stays unknown
	intGuessDeferred                      // off, and an operation was left unknown
	intGuessOn                            // guess, as the last inference round
)

// deferIntGuess types unknown op int (an operand whose type a later pass
// may find) while guessing is off: unknown, since a guessed int joined
// with the float the operand turns out to be would make a NumT of what is
// a float. ok is false when guessing is on or no operand is an int.
func (m *mapper) deferIntGuess(l, r Type) (Type, bool) {
	if m.intGuess == intGuessOn || (l != IntT && r != IntT) {
		return nil, false
	}
	m.intGuess = intGuessDeferred
	return Unknown, true
}

// inferGuessingInts runs inference once more, after the annotations, with
// unknown op int guessed to be an int, when an earlier round left such an
// operation unknown (x = x + 1 where nothing else types x).
func (m *mapper) inferGuessingInts() {
	deferred := m.intGuess == intGuessDeferred
	m.intGuess = intGuessOn
	if deferred {
		m.infer()
	}
}

// numBinopType is the type of l op r when an operand is NumT: a float
// operand or / makes a float, otherwise the result is NumT.
func numBinopType(op ast.OperatorNumber, l, r Type) (Type, bool) {
	if l != NumT && r != NumT {
		return nil, false
	}
	other := r
	if r == NumT {
		other = l
	}
	if !isNumberType(other) && other != BoolT {
		return nil, false
	}
	switch op {
	case ast.Div:
		return FloatT, true
	case ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Modulo, ast.Pow:
		if other == FloatT {
			return FloatT, true
		}
		return NumT, true
	}
	return nil, false
}

// asNum translates e, a number, as a pyrt.Num.
func (c *fnCtx) asNum(e ast.Expr) ir.Expr {
	switch c.m.info.Types[e] {
	case NumT:
		return c.expr(e)
	case FloatT:
		return ir.CallOf(ir.Q(ir.Runtime, "Float"), c.expr(e))
	case BoolT:
		return ir.CallOf(ir.Q(ir.Runtime, "Int"), c.boolToInt(e))
	}
	return ir.CallOf(ir.Q(ir.Runtime, "Int"), c.expr(e))
}

// numConvert is exprAs for conversions to and from NumT; nil when neither
// side is NumT.
func (c *fnCtx) numConvert(e ast.Expr, want Type) ir.Expr {
	have := c.m.info.Types[e]
	switch {
	case want == NumT && (have == IntT || have == FloatT || have == BoolT):
		return c.asNum(e)
	case have == NumT && want == FloatT:
		return ir.CallOf(ir.Sel(c.expr(e), "Float"))
	case have == NumT && want == IntT:
		// Python raises TypeError where a float is used as an int.
		c.m.errorf(e, "unsupported: a value that is an int or a float where an int is needed; convert it with int()")
		return &ir.Nil{}
	}
	return nil
}

var numMethods = map[ast.OperatorNumber]string{
	ast.Add: "Add", ast.Sub: "Sub", ast.Mult: "Mul", ast.Div: "TrueDiv",
	ast.FloorDiv: "FloorDiv", ast.Modulo: "Mod", ast.Pow: "Pow",
}

// numBinop translates l op r whose result is NumT, or a true division
// with a NumT operand, as pyrt.Num methods. ok is false for the other
// operations, which the float arithmetic translates.
func (c *fnCtx) numBinop(op ast.OperatorNumber, l, r ast.Expr, result Type) (ir.Expr, bool) {
	lt, rt := c.m.info.Types[l], c.m.info.Types[r]
	if lt != NumT && rt != NumT {
		return nil, false
	}
	method, ok := numMethods[op]
	if !ok || (result != NumT && op != ast.Div) {
		return nil, false
	}
	if op == ast.Div && (lt == FloatT || rt == FloatT) {
		return nil, false
	}
	// OverflowError from the int part, ZeroDivisionError from / // %: as
	// the int and float helpers, reported by pyrt.Main.
	c.m.raises = true
	x := ir.CallOf(ir.Sel(c.asNum(l), method), c.asNum(r))
	if op == ast.Div && result == NumT {
		// x /= y where x holds ints too: the float quotient as a Num.
		return ir.CallOf(ir.Q(ir.Runtime, "Float"), x), true
	}
	return x, true
}

// numCompare translates a comparison with a NumT operand: exact, as
// Python compares ints with floats.
func (c *fnCtx) numCompare(l ast.Expr, op ast.CmpOp, r ast.Expr) (ir.Expr, bool) {
	lt, rt := c.m.info.Types[l], c.m.info.Types[r]
	if (lt != NumT && rt != NumT) || !(isNumberType(lt) || lt == BoolT) || !(isNumberType(rt) || rt == BoolT) {
		return nil, false
	}
	if lt != NumT {
		// 0 <= t reads better as t >= 0.
		if flipped, ok := flippedCmp[op]; ok {
			l, r, op = r, l, flipped
		}
	}
	a, b := c.asNum(l), c.asNum(r)
	switch op {
	case ast.Eq:
		return ir.CallOf(ir.Sel(a, "Equal"), b), true
	case ast.NotEq:
		return &ir.Unary{Op: "!", X: ir.CallOf(ir.Sel(a, "Equal"), b)}, true
	case ast.Lt, ast.LtE, ast.Gt, ast.GtE:
		return &ir.Binary{X: ir.CallOf(ir.Sel(a, "Cmp"), b), Op: goCmpOps[op], Y: ir.L(0)}, true
	}
	return nil, false
}

var flippedCmp = map[ast.CmpOp]ast.CmpOp{ast.Eq: ast.Eq, ast.NotEq: ast.NotEq,
	ast.Lt: ast.Gt, ast.LtE: ast.GtE, ast.Gt: ast.Lt, ast.GtE: ast.LtE}

// numSum translates sum(xs) of NumT elements; ok is false for others.
func (c *fnCtx) numSum(n *ast.Call, elem Type) (ir.Expr, bool) {
	if elem != NumT {
		return nil, false
	}
	// Float addition rounds, so the sum must add in Python's order.
	xs, _ := c.elemsOf(n.Args[0], true)
	if xs == nil {
		c.m.errorf(n.Args[0], "unsupported: sum() of a %s", c.m.info.Types[n.Args[0]])
		return &ir.Nil{}, true
	}
	c.m.raises = true // OverflowError
	if len(n.Args) == 1 {
		return ir.CallOf(ir.Q(ir.Runtime, "SumNums"), xs), true
	}
	sum := ir.CallOf(ir.Q(ir.Runtime, "SumNumsFrom"), c.asNum(n.Args[1]), xs)
	if c.m.info.Types[n] == FloatT {
		return ir.CallOf(ir.Sel(sum, "Float")), true // sum(xs, 0.0)
	}
	return sum, true
}

// numIsInstance translates isinstance(x, int), isinstance(x, float) and
// isinstance(x, (int, float)) for a NumT x.
func (c *fnCtx) numIsInstance(x ast.Expr, xt Type, targets []classTarget) (ir.Expr, bool) {
	if xt != NumT {
		return nil, false
	}
	isInt, isFloat := false, false
	for _, t := range targets {
		switch t.lib {
		case "builtins.int":
			isInt = true
		case "builtins.float":
			isFloat = true
		}
	}
	test := ir.CallOf(ir.Sel(c.expr(x), "IsFloat"))
	switch {
	case isInt && isFloat:
		return ir.L(true), true
	case isFloat:
		return test, true
	case isInt:
		return &ir.Unary{Op: "!", X: test}, true
	}
	return ir.L(false), true
}

// numContains is `x in xs` for a []pyrt.Num xs: by value, 1 == 1.0.
func (c *fnCtx) numContains(xs ir.Expr, x ast.Expr) ir.Expr {
	return ir.CallOf(ir.Q("slices", "ContainsFunc"), xs, ir.Sel(c.asNum(x), "Equal"))
}

// numUnary translates -x, +x and abs(x) of a NumT x; ok is false for other
// operands.
func (c *fnCtx) numUnary(n *ast.UnaryOp) (ir.Expr, bool) {
	if c.m.info.Types[n.Operand] != NumT {
		return nil, false
	}
	switch n.Op {
	case ast.USub:
		return ir.CallOf(ir.Sel(c.expr(n.Operand), "Neg")), true
	case ast.UAdd:
		return c.expr(n.Operand), true
	}
	return nil, false
}

// numBuiltin translates int(x), float(x), abs(x), str(x) and repr(x) of a
// NumT x; ok is false for other calls.
func (c *fnCtx) numBuiltin(name string, x ast.Expr) (ir.Expr, bool) {
	if c.m.info.Types[x] != NumT {
		return nil, false
	}
	method := map[string]string{"builtins.int": "Int", "builtins.float": "Float", "builtins.abs": "Abs",
		"builtins.str": "String", "builtins.repr": "String"}[name]
	if method == "" {
		return nil, false
	}
	if method == "Int" {
		c.m.raises = true // int(inf), int(nan)
	}
	return ir.CallOf(ir.Sel(c.expr(x), method)), true
}
