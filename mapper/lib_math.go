package mapper

import (
	"math"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// The math module: functions of floats become Go's math package; the few
// Go lacks (gcd, factorial, isclose, an exact log10 of powers of ten) are
// runtime helpers. Dropped: CPython raises ValueError("math domain error")
// for sqrt(-1) or log(0) where Go returns NaN or -Inf.

// mathFloatFuncs are math functions of floats with a Go namesake.
var mathFloatFuncs = map[string]string{
	"sqrt": "Sqrt", "exp": "Exp", "log2": "Log2", "sin": "Sin", "cos": "Cos", "tan": "Tan",
	"asin": "Asin", "acos": "Acos", "atan": "Atan", "sinh": "Sinh", "cosh": "Cosh", "tanh": "Tanh",
	"fabs": "Abs", "expm1": "Expm1", "log1p": "Log1p",
	"pow": "Pow", "copysign": "Copysign", "hypot": "Hypot", "atan2": "Atan2", "fmod": "Mod",
}

// mathArity is the number of float arguments of each mathFloatFuncs entry.
func mathArity(name string) int {
	switch name {
	case "pow", "copysign", "hypot", "atan2", "fmod":
		return 2
	}
	return 1
}

func init() {
	for name, goName := range mathFloatFuncs {
		libTypeHooks["math."+name] = mathType(FloatT)
		libCallHooks["math."+name] = mathFloatCall(goName, mathArity(name))
	}
	libTypeHooks["math.log"] = mathType(FloatT)
	libCallHooks["math.log"] = mathLog
	libTypeHooks["math.log10"] = mathType(FloatT)
	libCallHooks["math.log10"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		if !c.mathArgs(n, 1) {
			return &ir.Nil{}
		}
		return ir.CallOf(ir.Q(ir.Runtime, "Log10"), c.exprAs(n.Args[0], FloatT))
	}
	for _, name := range []string{"degrees", "radians"} {
		libTypeHooks["math."+name] = mathType(FloatT)
		libCallHooks["math."+name] = mathAngle
	}
	libTypeHooks["math.isclose"] = mathType(BoolT)
	libCallHooks["math.isclose"] = mathIsClose
	libTypeHooks["math.gcd"] = mathType(IntT)
	libCallHooks["math.gcd"] = mathIntCall("GCD", 2)
	libTypeHooks["math.factorial"] = mathType(IntT)
	libCallHooks["math.factorial"] = mathIntCall("Factorial", 1)
	libTypeHooks["builtins.divmod"] = func(_ *mapper, _ *Scope, _ *ast.Call, args []Type) Type {
		for _, t := range args {
			if t == FloatT {
				return &TupleT{Elems: []Type{FloatT, FloatT}}
			}
		}
		return &TupleT{Elems: []Type{IntT, IntT}}
	}
	libCallHooks["builtins.divmod"] = divmod
	for name, x := range map[string]ir.Expr{
		"pi": ir.Q("math", "Pi"), "e": ir.Q("math", "E"),
		"tau": &ir.Binary{X: ir.L(2), Op: "*", Y: ir.Q("math", "Pi")},
		"inf": ir.CallOf(ir.Q("math", "Inf"), ir.L(1)), "nan": ir.CallOf(ir.Q("math", "NaN")),
	} {
		attrTypeHooks["math."+name] = func(*mapper, *Scope, *ast.Attribute) Type { return FloatT }
		attrHooks["math."+name] = func(*fnCtx, *ast.Attribute) ir.Expr { return x }
	}
}

// mathType types a math function returning ret.
func mathType(ret Type) func(*mapper, *Scope, *ast.Call, []Type) Type {
	return func(*mapper, *Scope, *ast.Call, []Type) Type { return ret }
}

// mathArgs checks that n passes exactly want positional numbers.
func (c *fnCtx) mathArgs(n *ast.Call, want int) bool {
	name := "math function"
	if a, ok := n.Func.(*ast.Attribute); ok {
		name = "math." + string(a.Attr)
	}
	if len(n.Args) != want || len(n.Keywords) > 0 || n.Starargs != nil {
		c.m.errorf(n, "unsupported: %s with %d positional arguments (want %d)", name, len(n.Args), want)
		return false
	}
	for _, a := range n.Args {
		if t := c.m.info.Types[a]; t != IntT && t != FloatT && t != BoolT && t != NumT {
			c.m.errorf(a, "unsupported: %s of a %s", name, t)
			return false
		}
	}
	return true
}

func mathFloatCall(goName string, arity int) func(*fnCtx, *ast.Call) ir.Expr {
	return func(c *fnCtx, n *ast.Call) ir.Expr {
		if !c.mathArgs(n, arity) {
			return &ir.Nil{}
		}
		args := make([]ir.Expr, arity)
		for i := range args {
			args[i] = c.exprAs(n.Args[i], FloatT)
		}
		return ir.CallOf(ir.Q("math", goName), args...)
	}
}

func mathIntCall(rtName string, arity int) func(*fnCtx, *ast.Call) ir.Expr {
	return func(c *fnCtx, n *ast.Call) ir.Expr {
		if !c.mathArgs(n, arity) {
			return &ir.Nil{}
		}
		args := make([]ir.Expr, arity)
		for i := range args {
			if c.m.info.Types[n.Args[i]] == FloatT {
				c.m.errorf(n.Args[i], "unsupported: %s of a float", rtName)
				return &ir.Nil{}
			}
			args[i] = c.exprAs(n.Args[i], IntT)
		}
		c.m.raises = true
		return ir.CallOf(ir.Q(ir.Runtime, rtName), args...)
	}
}

// mathLog is math.log(x) or math.log(x, base), which CPython computes as
// log(x) / log(base).
func mathLog(c *fnCtx, n *ast.Call) ir.Expr {
	if len(n.Args) == 2 {
		if !c.mathArgs(n, 2) {
			return &ir.Nil{}
		}
		return &ir.Binary{X: ir.CallOf(ir.Q("math", "Log"), c.exprAs(n.Args[0], FloatT)), Op: "/",
			Y: ir.CallOf(ir.Q("math", "Log"), c.exprAs(n.Args[1], FloatT))}
	}
	if !c.mathArgs(n, 1) {
		return &ir.Nil{}
	}
	return ir.CallOf(ir.Q("math", "Log"), c.exprAs(n.Args[0], FloatT))
}

// mathAngle is math.degrees / math.radians: CPython multiplies by a factor
// it computes in double precision, which the mapper computes the same way
// (a Go constant expression would be rounded once, from exact π).
func mathAngle(c *fnCtx, n *ast.Call) ir.Expr {
	if !c.mathArgs(n, 1) {
		return &ir.Nil{}
	}
	pi := math.Pi
	factor := pi / 180.0
	if n.Func.(*ast.Attribute).Attr == "degrees" {
		factor = 180.0 / pi
	}
	return &ir.Binary{X: c.exprAs(n.Args[0], FloatT), Op: "*", Y: ir.L(factor)}
}

// mathIsClose is math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0).
func mathIsClose(c *fnCtx, n *ast.Call) ir.Expr {
	if len(n.Args) != 2 {
		c.m.errorf(n, "unsupported: math.isclose with %d positional arguments (want 2)", len(n.Args))
		return &ir.Nil{}
	}
	args := []ir.Expr{c.exprAs(n.Args[0], FloatT), c.exprAs(n.Args[1], FloatT), ir.L(1e-09), ir.L(0.0)}
	for _, kw := range n.Keywords {
		switch kw.Arg {
		case "rel_tol":
			args[2] = c.exprAs(kw.Value, FloatT)
		case "abs_tol":
			args[3] = c.exprAs(kw.Value, FloatT)
		default:
			c.m.errorf(kw.Value, "unsupported: math.isclose keyword %s", kw.Arg)
		}
	}
	return ir.CallOf(ir.Q(ir.Runtime, "IsClose"), args...)
}

// divmod is divmod(a, b): pyrt.DivMod for ints, pyrt.DivModFloat when
// either is a float (both keep Python's floored quotient).
func divmod(c *fnCtx, n *ast.Call) ir.Expr {
	if len(n.Args) != 2 || len(n.Keywords) > 0 {
		c.m.errorf(n, "divmod expected 2 arguments, got %d", len(n.Args)+len(n.Keywords))
		return &ir.Nil{}
	}
	want, fn := IntT, "DivMod"
	for _, a := range n.Args {
		switch c.m.info.Types[a] {
		case FloatT:
			want, fn = FloatT, "DivModFloat"
		case IntT, BoolT:
		default:
			c.m.errorf(a, "unsupported: divmod() of a %s", c.m.info.Types[a])
			return &ir.Nil{}
		}
	}
	c.m.raises = true
	return ir.CallOf(ir.Q(ir.Runtime, fn), c.exprAs(n.Args[0], want), c.exprAs(n.Args[1], want))
}
