package runtime

import (
	"fmt"
	"strings"
)

// DynAdd, DynSub and DynMul are Python's +, - and * for values whose type
// is known only at run time: a parameter one call site passes an int and
// another a str (lambda x: x * 2 applied to 4 and to "ab"). The mapper
// emits them only where an operand is typed any; typed operands keep Go's
// operators or the checked int helpers.
//
// They cover ints (checked for overflow), floats, bools (as ints),
// int-or-float Nums and strs (concatenation, repetition by an int), and
// raise TypeError with CPython's message otherwise.

// DynAdd returns a + b.
func DynAdd(a, b any) any {
	if s, ok := a.(string); ok {
		if t, ok := b.(string); ok {
			return s + t
		}
		panic(NewExc(TypeError, fmt.Sprintf("can only concatenate str (not %q) to str", TypeName(b))))
	}
	return dynArith("+", a, b, AddInt, func(x, y float64) float64 { return x + y }, Num.Add)
}

// DynSub returns a - b.
func DynSub(a, b any) any {
	return dynArith("-", a, b, SubInt, func(x, y float64) float64 { return x - y }, Num.Sub)
}

// DynMul returns a * b.
func DynMul(a, b any) any {
	if s, ok := a.(string); ok {
		return repeatDyn(s, b)
	}
	if s, ok := b.(string); ok {
		return repeatDyn(s, a)
	}
	return dynArith("*", a, b, MulInt, func(x, y float64) float64 { return x * y }, Num.Mul)
}

// repeatDyn is str * n.
func repeatDyn(s string, n any) any {
	k, ok := dynInt(n)
	if !ok {
		panic(NewExc(TypeError, fmt.Sprintf("can't multiply sequence by non-int of type '%s'", TypeName(n))))
	}
	return strings.Repeat(s, max(k, 0))
}

// dynInt is an int or bool operand as an int.
func dynInt(v any) (int, bool) {
	switch x := v.(type) {
	case int:
		return x, true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// dynArith applies a numeric operator: ints stay ints, a float makes the
// result a float, a Num keeps Python's int-or-float result.
func dynArith(op string, a, b any, ints func(x, y int) int, floats func(x, y float64) float64, nums func(x, y Num) Num) any {
	x, xok := dynNum(a)
	y, yok := dynNum(b)
	if !xok || !yok {
		panic(NewExc(TypeError, fmt.Sprintf("unsupported operand type(s) for %s: '%s' and '%s'", op, TypeName(a), TypeName(b))))
	}
	_, aNum := a.(Num)
	_, bNum := b.(Num)
	switch {
	case aNum || bNum:
		return nums(x, y)
	case x.IsFloat() || y.IsFloat():
		return floats(x.Float(), y.Float())
	}
	return ints(x.Int(), y.Int())
}

// dynNum is a numeric operand as a Num.
func dynNum(v any) (Num, bool) {
	switch x := v.(type) {
	case Num:
		return x, true
	case float64:
		return Float(x), true
	}
	if k, ok := dynInt(v); ok {
		return Int(k), true
	}
	return Num{}, false
}
