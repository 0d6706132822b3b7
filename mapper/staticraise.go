package mapper

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Operations that fail whatever their operands' values. Python checks
// types when an operation runs, so a program may hold "x" + 1 or
// None.upper() in a branch it takes inside a try, to show the TypeError or
// AttributeError. Go would refuse such code, so the translation raises
// CPython's exception at that point instead: pyrt.Raising[T](class, msg)
// where a value of type T is expected, pyrt.Raise as a statement. The
// expression is typed unknown, so it takes no part in inference: it never
// produces a value.
//
// Only operand types known exactly count (None, bool, int, float, str,
// list, tuple, dict, set): an operand of type any, an optional or a class
// instance may support the operation at run time.

// staticFailure is the exception an expression always raises: its class
// and its argument, a message or (for KeyError) the missing key.
type staticFailure struct {
	class string
	arg   any
}

// staticRaise reports the exception e always raises, from the types of
// its operands already inferred.
func (m *mapper) staticRaise(e ast.Expr) (staticFailure, bool) {
	switch n := e.(type) {
	case *ast.BinOp:
		if f, ok := zeroDivision(n, m.info.Types[n.Left], m.info.Types[n.Right]); ok {
			return f, true
		}
		return binopFailure(n.Op, m.info.Types[n.Left], m.info.Types[n.Right])
	case *ast.Attribute:
		if m.info.Types[n.Value] == NoneT {
			return staticFailure{"AttributeError", "'NoneType' object has no attribute '" + string(n.Attr) + "'"}, true
		}
	case *ast.Call:
		if attr, ok := n.Func.(*ast.Attribute); ok {
			if lst, ok := attr.Value.(*ast.List); ok && len(lst.Elts) == 0 && string(attr.Attr) == "pop" {
				return staticFailure{"IndexError", "pop from empty list"}, true
			}
			return m.staticRaise(attr)
		}
		if m.info.Types[n.Func] == NoneT {
			return staticFailure{"TypeError", "'NoneType' object is not callable"}, true
		}
	case *ast.Subscript:
		if m.info.Types[n.Value] == NoneT {
			return staticFailure{"TypeError", "'NoneType' object is not subscriptable"}, true
		}
		if d, ok := n.Value.(*ast.Dict); ok {
			return missingLiteralKey(d, n.Slice)
		}
	}
	return staticFailure{}, false
}

// zeroDivision is CPython's error for // and % by a literal zero.
func zeroDivision(n *ast.BinOp, l, r Type) (staticFailure, bool) {
	if (n.Op != ast.FloorDiv && n.Op != ast.Modulo) || !isZeroLiteral(n.Right) {
		return staticFailure{}, false
	}
	ln, lok := exactTypeName(l)
	if !lok || !isNumberName(ln) {
		return staticFailure{}, false
	}
	switch {
	case l == FloatT || r == FloatT:
		if n.Op == ast.FloorDiv {
			return staticFailure{"ZeroDivisionError", "float floor division by zero"}, true
		}
		return staticFailure{"ZeroDivisionError", "float modulo"}, true
	case n.Op == ast.FloorDiv:
		return staticFailure{"ZeroDivisionError", "integer division or modulo by zero"}, true
	}
	return staticFailure{"ZeroDivisionError", "integer modulo by zero"}, true
}

func isZeroLiteral(e ast.Expr) bool {
	num, ok := e.(*ast.Num)
	if !ok {
		return false
	}
	switch v := num.N.(type) {
	case py.Int:
		return v == 0
	case py.Float:
		return v == 0
	}
	return false
}

// missingLiteralKey is the KeyError of {"a": 1}["b"]: a dict literal with
// constant keys indexed by a constant that is not one of them.
func missingLiteralKey(d *ast.Dict, index ast.Slicer) (staticFailure, bool) {
	idx, ok := index.(*ast.Index)
	if !ok {
		return staticFailure{}, false
	}
	key, ok := constKey(idx.Value)
	if !ok {
		return staticFailure{}, false
	}
	for _, k := range d.Keys {
		have, ok := constKey(k)
		if !ok || have == key {
			return staticFailure{}, false
		}
	}
	return staticFailure{"KeyError", key}, true
}

// constKey is the value of a str or int literal.
func constKey(e ast.Expr) (any, bool) {
	switch n := e.(type) {
	case *ast.Str:
		return string(n.S), true
	case *ast.Num:
		if v, ok := n.N.(py.Int); ok {
			return int(v), true
		}
	}
	return nil, false
}

// pyOpSymbols are the operators as CPython's messages spell them.
var pyOpSymbols = map[ast.OperatorNumber]string{
	ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Modulo: "%",
	ast.Pow: "** or pow()", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^", ast.BitAnd: "&",
}

// binopFailure is CPython's error for l op r when no value of those types
// supports it.
func binopFailure(op ast.OperatorNumber, l, r Type) (staticFailure, bool) {
	ln, lok := exactTypeName(l)
	rn, rok := exactTypeName(r)
	if !lok || !rok {
		return staticFailure{}, false
	}
	lnum, rnum := isNumberName(ln), isNumberName(rn)
	unsupported := staticFailure{"TypeError", "unsupported operand type(s) for " + pyOpSymbols[op] + ": '" + ln + "' and '" + rn + "'"}
	switch {
	case ln == "NoneType" || rn == "NoneType":
		return unsupported, true
	case lnum && rnum:
		return staticFailure{}, false
	case op == ast.Add && isSequenceName(ln) && ln != rn:
		return staticFailure{"TypeError", "can only concatenate " + ln + " (not \"" + rn + "\") to " + ln}, true
	case op == ast.Mult && isSequenceName(ln) && rn == "float":
		return staticFailure{"TypeError", "can't multiply sequence by non-int of type 'float'"}, true
	case op == ast.Mult && isSequenceName(rn) && ln == "float":
		return staticFailure{"TypeError", "can't multiply sequence by non-int of type 'float'"}, true
	case (isSequenceName(ln) && rnum) || (lnum && isSequenceName(rn)):
		if op == ast.Mult && (ln == "int" || ln == "bool" || rn == "int" || rn == "bool") {
			return staticFailure{}, false // repetition
		}
		if op == ast.Modulo && ln == "str" {
			return staticFailure{}, false // %-formatting
		}
		return unsupported, true
	}
	return staticFailure{}, false
}

// exactTypeName is Python's name for the class of every value of type t,
// when t pins it down.
func exactTypeName(t Type) (string, bool) {
	switch t {
	case NoneT:
		return "NoneType", true
	case BoolT:
		return "bool", true
	case IntT:
		return "int", true
	case FloatT:
		return "float", true
	case StrT:
		return "str", true
	}
	switch x := t.(type) {
	case *ListT:
		if x.Args {
			return "tuple", true // a *args tuple
		}
		return "list", true
	case *TupleT:
		return "tuple", true
	}
	return "", false
}

func isNumberName(n string) bool { return n == "int" || n == "float" || n == "bool" }

func isSequenceName(n string) bool { return n == "str" || n == "list" || n == "tuple" }

// staticRaiseExpr translates an expression that always raises as
// pyrt.Raising[T](...), T the Go type of want.
func (c *fnCtx) staticRaiseExpr(e ast.Expr, want Type) (ir.Expr, bool) {
	f, ok := c.m.staticRaise(e)
	if !ok {
		return nil, false
	}
	if want == nil || want == Unknown {
		want = AnyT
	}
	c.m.raises = true
	return &ir.Call{
		Fun:      ir.Q(ir.Runtime, "Raising"),
		TypeArgs: []ir.Type{c.m.goType(want)},
		Args:     []ir.Expr{ir.Q(ir.Runtime, f.class), ir.L(f.arg)},
	}, true
}

// staticRaiseStmt translates an expression statement that always raises
// as pyrt.Raise(...).
func (c *fnCtx) staticRaiseStmt(e ast.Expr, b *ir.Block) bool {
	f, ok := c.m.staticRaise(e)
	if !ok {
		return false
	}
	c.m.raises = true
	b.Add(&ir.ExprStmt{X: ir.CallOf(ir.Q(ir.Runtime, "Raise"), ir.Q(ir.Runtime, f.class), ir.L(f.arg))})
	return true
}
