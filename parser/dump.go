package parser

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// Dump renders the tree below n deterministically, one node as
// `Type@line:col(field=value, ...)`. Fields follow CPython's ast field names
// and order (gpython's 3.4 extras such as Call.starargs come last); fields
// that are None or empty lists are left out. Positions are printed for
// statements, expressions, except handlers, arguments and keywords
// (0-based columns, as in CPython). Strings are single-quoted with \\, \',
// \n, \r, \t and \xNN escapes; everything else is printed as is.
func Dump(n ast.Ast) string {
	var b strings.Builder
	dumpNode(&b, n)
	return b.String()
}

// dfield is one field of a dumped node. val is a string (left out when
// empty) or a valuer, which writes straight into the output so that deep
// trees dump in linear time.
type dfield struct {
	name string
	val  any
}

type valuer interface {
	empty() bool
	write(b *strings.Builder)
}

// nodeV is a child node.
type nodeV struct{ n ast.Ast }

func (v nodeV) empty() bool              { return isNil(v.n) }
func (v nodeV) write(b *strings.Builder) { dumpNode(b, v.n) }

// listV is a list of children; nil entries print as None.
type listV []ast.Ast

func (v listV) empty() bool { return len(v) == 0 }
func (v listV) write(b *strings.Builder) {
	b.WriteByte('[')
	for i, n := range v {
		if i > 0 {
			b.WriteString(", ")
		}
		dumpNode(b, n)
	}
	b.WriteByte(']')
}

func node(b *strings.Builder, name string, n ast.Ast, withPos bool, fields ...dfield) {
	b.WriteString(name)
	if withPos {
		fmt.Fprintf(b, "@%d:%d", n.GetLineno(), n.GetColOffset())
	}
	b.WriteByte('(')
	first := true
	for _, f := range fields {
		switch v := f.val.(type) {
		case string:
			if v == "" {
				continue
			}
		case valuer:
			if v.empty() {
				continue
			}
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(f.name)
		b.WriteByte('=')
		switch v := f.val.(type) {
		case string:
			b.WriteString(v)
		case valuer:
			v.write(b)
		}
	}
	b.WriteByte(')')
}

func sub(n ast.Ast) valuer { return nodeV{n} }

func exprs(es []ast.Expr) valuer { return listOf(es) }

func stmts(ss []ast.Stmt) valuer { return listOf(ss) }

func listOf[T ast.Ast](ns []T) valuer {
	out := make(listV, len(ns))
	for i, n := range ns {
		out[i] = n
	}
	return out
}

func list(items []string) string {
	if len(items) == 0 {
		return ""
	}
	return "[" + strings.Join(items, ", ") + "]"
}

func ident(id ast.Identifier) string {
	if id == "" {
		return ""
	}
	return pyQuote(string(id))
}

func identList(ids []ast.Identifier) string {
	items := make([]string, len(ids))
	for i, id := range ids {
		items[i] = pyQuote(string(id))
	}
	return list(items)
}

// compsV is a list of comprehensions, which are not ast.Ast in gpython.
type compsV []ast.Comprehension

func (v compsV) empty() bool { return len(v) == 0 }
func (v compsV) write(b *strings.Builder) {
	b.WriteByte('[')
	for i, g := range v {
		if i > 0 {
			b.WriteString(", ")
		}
		node(b, "comprehension", nil, false, dfield{"target", sub(g.Target)}, dfield{"iter", sub(g.Iter)}, dfield{"ifs", exprs(g.Ifs)})
	}
	b.WriteByte(']')
}

func comps(gens []ast.Comprehension) valuer { return compsV(gens) }

func ctx(c ast.ExprContext) string {
	switch c {
	case ast.Load:
		return "Load"
	case ast.Store:
		return "Store"
	case ast.Del:
		return "Del"
	case ast.AugLoad:
		return "AugLoad"
	case ast.AugStore:
		return "AugStore"
	case ast.Param:
		return "Param"
	}
	return ""
}

func dumpNode(b *strings.Builder, n ast.Ast) {
	if isNil(n) {
		b.WriteString("None")
		return
	}
	if dumpStmt(b, n) || dumpExpr(b, n) || dumpOther(b, n) {
		return
	}
	fmt.Fprintf(b, "%T@%d:%d()", n, n.GetLineno(), n.GetColOffset())
}

func dumpStmt(b *strings.Builder, n ast.Ast) bool {
	switch n := n.(type) {
	case *ast.FunctionDef:
		node(b, "FunctionDef", n, true, dfield{"name", ident(n.Name)}, dfield{"args", sub(n.Args)},
			dfield{"body", stmts(n.Body)}, dfield{"decorator_list", exprs(n.DecoratorList)}, dfield{"returns", sub(n.Returns)})
	case *ast.ClassDef:
		node(b, "ClassDef", n, true, dfield{"name", ident(n.Name)}, dfield{"bases", exprs(n.Bases)},
			dfield{"keywords", listOf(n.Keywords)}, dfield{"starargs", sub(n.Starargs)}, dfield{"kwargs", sub(n.Kwargs)},
			dfield{"body", stmts(n.Body)}, dfield{"decorator_list", exprs(n.DecoratorList)})
	case *ast.Return:
		node(b, "Return", n, true, dfield{"value", sub(n.Value)})
	case *ast.Delete:
		node(b, "Delete", n, true, dfield{"targets", exprs(n.Targets)})
	case *ast.Assign:
		node(b, "Assign", n, true, dfield{"targets", exprs(n.Targets)}, dfield{"value", sub(n.Value)})
	case *ast.AugAssign:
		node(b, "AugAssign", n, true, dfield{"target", sub(n.Target)}, dfield{"op", operator(n.Op)}, dfield{"value", sub(n.Value)})
	case *AnnAssign:
		simple := "0"
		if n.Simple {
			simple = "1"
		}
		node(b, "AnnAssign", n, true, dfield{"target", sub(n.Target)}, dfield{"annotation", sub(n.Annotation)},
			dfield{"value", sub(n.Value)}, dfield{"simple", simple})
	case *ast.For:
		node(b, "For", n, true, dfield{"target", sub(n.Target)}, dfield{"iter", sub(n.Iter)},
			dfield{"body", stmts(n.Body)}, dfield{"orelse", stmts(n.Orelse)})
	case *ast.While:
		node(b, "While", n, true, dfield{"test", sub(n.Test)}, dfield{"body", stmts(n.Body)}, dfield{"orelse", stmts(n.Orelse)})
	case *ast.If:
		node(b, "If", n, true, dfield{"test", sub(n.Test)}, dfield{"body", stmts(n.Body)}, dfield{"orelse", stmts(n.Orelse)})
	case *ast.With:
		node(b, "With", n, true, dfield{"items", listOf(n.Items)}, dfield{"body", stmts(n.Body)})
	case *ast.Raise:
		node(b, "Raise", n, true, dfield{"exc", sub(n.Exc)}, dfield{"cause", sub(n.Cause)})
	case *ast.Try:
		node(b, "Try", n, true, dfield{"body", stmts(n.Body)}, dfield{"handlers", listOf(n.Handlers)},
			dfield{"orelse", stmts(n.Orelse)}, dfield{"finalbody", stmts(n.Finalbody)})
	case *ast.Assert:
		node(b, "Assert", n, true, dfield{"test", sub(n.Test)}, dfield{"msg", sub(n.Msg)})
	case *ast.Import:
		node(b, "Import", n, true, dfield{"names", listOf(n.Names)})
	case *ast.ImportFrom:
		node(b, "ImportFrom", n, true, dfield{"module", ident(n.Module)}, dfield{"names", listOf(n.Names)},
			dfield{"level", strconv.Itoa(n.Level)})
	case *ast.Global:
		node(b, "Global", n, true, dfield{"names", identList(n.Names)})
	case *ast.Nonlocal:
		node(b, "Nonlocal", n, true, dfield{"names", identList(n.Names)})
	case *ast.ExprStmt:
		node(b, "Expr", n, true, dfield{"value", sub(n.Value)})
	case *ast.Pass:
		node(b, "Pass", n, true)
	case *ast.Break:
		node(b, "Break", n, true)
	case *ast.Continue:
		node(b, "Continue", n, true)
	default:
		return false
	}
	return true
}

func dumpOther(b *strings.Builder, n ast.Ast) bool {
	switch n := n.(type) {
	case *ast.Module:
		node(b, "Module", n, false, dfield{"body", stmts(n.Body)})
	case *ast.Interactive:
		node(b, "Interactive", n, false, dfield{"body", stmts(n.Body)})
	case *ast.Expression:
		node(b, "Expression", n, false, dfield{"body", sub(n.Body)})
	case *ast.Suite:
		node(b, "Suite", n, false, dfield{"body", stmts(n.Body)})
	case *ast.Slice:
		node(b, "Slice", n, false, dfield{"lower", sub(n.Lower)}, dfield{"upper", sub(n.Upper)}, dfield{"step", sub(n.Step)})
	case *ast.ExtSlice:
		node(b, "ExtSlice", n, false, dfield{"dims", listOf(n.Dims)})
	case *ast.Index:
		node(b, "Index", n, false, dfield{"value", sub(n.Value)})
	case *ast.ExceptHandler:
		node(b, "ExceptHandler", n, true, dfield{"type", sub(n.ExprType)}, dfield{"name", ident(n.Name)}, dfield{"body", stmts(n.Body)})
	case *ast.Arguments:
		node(b, "arguments", n, false, dfield{"args", listOf(n.Args)}, dfield{"vararg", sub(n.Vararg)},
			dfield{"kwonlyargs", listOf(n.Kwonlyargs)}, dfield{"kw_defaults", exprs(n.KwDefaults)},
			dfield{"kwarg", sub(n.Kwarg)}, dfield{"defaults", exprs(n.Defaults)})
	case *ast.Arg:
		node(b, "arg", n, true, dfield{"arg", ident(n.Arg)}, dfield{"annotation", sub(n.Annotation)})
	case *ast.Keyword:
		node(b, "keyword", n, true, dfield{"arg", ident(n.Arg)}, dfield{"value", sub(n.Value)})
	case *ast.Alias:
		node(b, "alias", n, false, dfield{"name", ident(n.Name)}, dfield{"asname", ident(n.AsName)})
	case *ast.WithItem:
		node(b, "withitem", n, false, dfield{"context_expr", sub(n.ContextExpr)}, dfield{"optional_vars", sub(n.OptionalVars)})
	default:
		return false
	}
	return true
}

// pyQuote quotes s the way Dump documents (and the test mirror of CPython's
// AST reproduces).
func pyQuote(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\'':
			b.WriteString(`\'`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// bytesQuote quotes a bytes value: printable ASCII as is, the rest as \xNN.
func bytesQuote(s []byte) string {
	var b strings.Builder
	b.WriteString("b'")
	for _, c := range s {
		switch {
		case c == '\\' || c == '\'':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// numRepr prints a number as Python's repr does.
func numRepr(o ast.Object) string {
	switch v := o.(type) {
	case py.Int:
		return strconv.FormatInt(int64(v), 10)
	case *py.BigInt:
		return (*big.Int)(v).String()
	case py.Float:
		return floatRepr(float64(v))
	case py.Complex:
		im := strings.TrimSuffix(floatRepr(imag(complex128(v))), ".0")
		if real(complex128(v)) == 0 {
			return im + "j"
		}
		return fmt.Sprintf("(%s+%sj)", strings.TrimSuffix(floatRepr(real(complex128(v))), ".0"), im)
	}
	return fmt.Sprintf("%v", o)
}

// floatRepr matches Python's repr(float): shortest digits, positional
// notation for exponents in [-4, 16), otherwise e-notation.
func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}
