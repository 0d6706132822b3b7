package parser

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

func dumpExpr(b *strings.Builder, n ast.Ast) bool {
	switch n := n.(type) {
	case *ast.BoolOp:
		op := "And"
		if n.Op == ast.Or {
			op = "Or"
		}
		node(b, "BoolOp", n, true, dfield{"op", op}, dfield{"values", exprs(n.Values)})
	case *ast.BinOp:
		node(b, "BinOp", n, true, dfield{"left", sub(n.Left)}, dfield{"op", operator(n.Op)}, dfield{"right", sub(n.Right)})
	case *ast.UnaryOp:
		node(b, "UnaryOp", n, true, dfield{"op", unaryOp(n.Op)}, dfield{"operand", sub(n.Operand)})
	case *ast.Lambda:
		node(b, "Lambda", n, true, dfield{"args", sub(n.Args)}, dfield{"body", sub(n.Body)})
	case *ast.IfExp:
		node(b, "IfExp", n, true, dfield{"test", sub(n.Test)}, dfield{"body", sub(n.Body)}, dfield{"orelse", sub(n.Orelse)})
	case *ast.Dict:
		node(b, "Dict", n, true, dfield{"keys", exprs(n.Keys)}, dfield{"values", exprs(n.Values)})
	case *ast.Set:
		node(b, "Set", n, true, dfield{"elts", exprs(n.Elts)})
	case *ast.ListComp:
		node(b, "ListComp", n, true, dfield{"elt", sub(n.Elt)}, dfield{"generators", comps(n.Generators)})
	case *ast.SetComp:
		node(b, "SetComp", n, true, dfield{"elt", sub(n.Elt)}, dfield{"generators", comps(n.Generators)})
	case *ast.DictComp:
		node(b, "DictComp", n, true, dfield{"key", sub(n.Key)}, dfield{"value", sub(n.Value)}, dfield{"generators", comps(n.Generators)})
	case *ast.GeneratorExp:
		node(b, "GeneratorExp", n, true, dfield{"elt", sub(n.Elt)}, dfield{"generators", comps(n.Generators)})
	case *ast.Yield:
		node(b, "Yield", n, true, dfield{"value", sub(n.Value)})
	case *ast.YieldFrom:
		node(b, "YieldFrom", n, true, dfield{"value", sub(n.Value)})
	case *ast.Compare:
		ops := make([]string, len(n.Ops))
		for i, op := range n.Ops {
			ops[i] = cmpOp(op)
		}
		node(b, "Compare", n, true, dfield{"left", sub(n.Left)}, dfield{"ops", list(ops)}, dfield{"comparators", exprs(n.Comparators)})
	case *ast.Call:
		node(b, "Call", n, true, dfield{"func", sub(n.Func)}, dfield{"args", exprs(n.Args)},
			dfield{"keywords", listOf(n.Keywords)}, dfield{"starargs", sub(n.Starargs)}, dfield{"kwargs", sub(n.Kwargs)})
	case *ast.Num:
		node(b, "Num", n, true, dfield{"n", numRepr(n.N)})
	case *ast.Str:
		node(b, "Str", n, true, dfield{"s", pyQuote(string(n.S))})
	case *ast.Bytes:
		node(b, "Bytes", n, true, dfield{"s", bytesQuote([]byte(n.S))})
	case *ast.NameConstant:
		v := "None"
		switch n.Value {
		case py.True:
			v = "True"
		case py.False:
			v = "False"
		}
		node(b, "NameConstant", n, true, dfield{"value", v})
	case *ast.Ellipsis:
		node(b, "Ellipsis", n, true)
	case *ast.Attribute:
		node(b, "Attribute", n, true, dfield{"value", sub(n.Value)}, dfield{"attr", ident(n.Attr)}, dfield{"ctx", ctx(n.Ctx)})
	case *ast.Subscript:
		node(b, "Subscript", n, true, dfield{"value", sub(n.Value)}, dfield{"slice", sub(n.Slice)}, dfield{"ctx", ctx(n.Ctx)})
	case *ast.Starred:
		node(b, "Starred", n, true, dfield{"value", sub(n.Value)}, dfield{"ctx", ctx(n.Ctx)})
	case *ast.Name:
		node(b, "Name", n, true, dfield{"id", ident(n.Id)}, dfield{"ctx", ctx(n.Ctx)})
	case *ast.List:
		node(b, "List", n, true, dfield{"elts", exprs(n.Elts)}, dfield{"ctx", ctx(n.Ctx)})
	case *ast.Tuple:
		node(b, "Tuple", n, true, dfield{"elts", exprs(n.Elts)}, dfield{"ctx", ctx(n.Ctx)})
	case *JoinedStr:
		node(b, "JoinedStr", n, true, dfield{"values", exprs(n.Values)})
	case *FormattedValue:
		var spec any = ""
		if n.FormatSpec != nil {
			spec = sub(n.FormatSpec)
		}
		node(b, "FormattedValue", n, true, dfield{"value", sub(n.Value)},
			dfield{"conversion", strconv.Itoa(n.Conversion)}, dfield{"format_spec", spec})
	default:
		return false
	}
	return true
}

var operatorNames = map[ast.OperatorNumber]string{
	ast.Add: "Add", ast.Sub: "Sub", ast.Mult: "Mult", ast.Div: "Div", ast.Modulo: "Mod", ast.Pow: "Pow",
	ast.LShift: "LShift", ast.RShift: "RShift", ast.BitOr: "BitOr", ast.BitXor: "BitXor",
	ast.BitAnd: "BitAnd", ast.FloorDiv: "FloorDiv",
}

func operator(op ast.OperatorNumber) string {
	if s, ok := operatorNames[op]; ok {
		return s
	}
	return "op" + strconv.Itoa(int(op))
}

func unaryOp(op ast.UnaryOpNumber) string {
	switch op {
	case ast.Invert:
		return "Invert"
	case ast.Not:
		return "Not"
	case ast.UAdd:
		return "UAdd"
	case ast.USub:
		return "USub"
	}
	return "op" + strconv.Itoa(int(op))
}

var cmpNames = map[ast.CmpOp]string{
	ast.Eq: "Eq", ast.NotEq: "NotEq", ast.Lt: "Lt", ast.LtE: "LtE", ast.Gt: "Gt", ast.GtE: "GtE",
	ast.Is: "Is", ast.IsNot: "IsNot", ast.In: "In", ast.NotIn: "NotIn",
}

func cmpOp(op ast.CmpOp) string {
	if s, ok := cmpNames[op]; ok {
		return s
	}
	return "op" + strconv.Itoa(int(op))
}
