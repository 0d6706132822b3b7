package parser

import (
	"reflect"
	"sort"

	"github.com/go-python/gpython/ast"
)

// Inspect walks the tree below n in pre-order, calling f for every node
// (statements, expressions, slices, arguments, keywords, aliases, with-items,
// except handlers and this package's extra nodes). Children come in source
// order. If f returns false, the children of that node are skipped.
// Comprehensions are not nodes in gpython (they have no position), so Inspect
// visits their target, iterable and conditions directly.
func Inspect(n ast.Ast, f func(ast.Ast) bool) {
	if isNil(n) || !f(n) {
		return
	}
	for _, c := range children(n) {
		Inspect(c, f)
	}
}

// isNil reports whether n is a nil interface or a typed nil pointer.
func isNil(n ast.Ast) bool {
	if n == nil {
		return true
	}
	v := reflect.ValueOf(n)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// kids collects non-nil children.
type kids []ast.Ast

func (k *kids) add(ns ...ast.Ast) {
	for _, n := range ns {
		if !isNil(n) {
			*k = append(*k, n)
		}
	}
}

func (k *kids) exprs(es []ast.Expr) {
	for _, e := range es {
		k.add(e)
	}
}

func (k *kids) stmts(ss []ast.Stmt) {
	for _, s := range ss {
		k.add(s)
	}
}

func (k *kids) comps(gens []ast.Comprehension) {
	for _, g := range gens {
		k.add(g.Target, g.Iter)
		k.exprs(g.Ifs)
	}
}

// bySource sorts nodes by position; used where gpython keeps source-ordered
// items in separate lists (call arguments, dict keys and values).
func bySource(k kids) kids {
	sort.SliceStable(k, func(i, j int) bool {
		a, b := k[i], k[j]
		if a.GetLineno() != b.GetLineno() {
			return a.GetLineno() < b.GetLineno()
		}
		return a.GetColOffset() < b.GetColOffset()
	})
	return k
}

// children returns the direct children of n in source order.
func children(n ast.Ast) kids {
	var k kids
	switch n := n.(type) {
	case *ast.Module:
		k.stmts(n.Body)
	case *ast.Interactive:
		k.stmts(n.Body)
	case *ast.Expression:
		k.add(n.Body)
	case *ast.Suite:
		k.stmts(n.Body)
	case *ast.FunctionDef:
		k.exprs(n.DecoratorList)
		if n.Args != nil {
			k.add(n.Args)
		}
		k.add(n.Returns)
		k.stmts(n.Body)
	case *ast.ClassDef:
		k.exprs(n.DecoratorList)
		var args kids
		args.exprs(n.Bases)
		for _, kw := range n.Keywords {
			args.add(kw)
		}
		args.add(n.Starargs, n.Kwargs)
		k = append(k, bySource(args)...)
		k.stmts(n.Body)
	case *ast.Return:
		k.add(n.Value)
	case *ast.Delete:
		k.exprs(n.Targets)
	case *ast.Assign:
		k.exprs(n.Targets)
		k.add(n.Value)
	case *ast.AugAssign:
		k.add(n.Target, n.Value)
	case *AnnAssign:
		k.add(n.Target, n.Annotation, n.Value)
	case *ast.For:
		k.add(n.Target, n.Iter)
		k.stmts(n.Body)
		k.stmts(n.Orelse)
	case *ast.While:
		k.add(n.Test)
		k.stmts(n.Body)
		k.stmts(n.Orelse)
	case *ast.If:
		k.add(n.Test)
		k.stmts(n.Body)
		k.stmts(n.Orelse)
	case *ast.With:
		for _, it := range n.Items {
			k.add(it)
		}
		k.stmts(n.Body)
	case *ast.WithItem:
		k.add(n.ContextExpr, n.OptionalVars)
	case *ast.Raise:
		k.add(n.Exc, n.Cause)
	case *ast.Try:
		k.stmts(n.Body)
		for _, h := range n.Handlers {
			k.add(h)
		}
		k.stmts(n.Orelse)
		k.stmts(n.Finalbody)
	case *ast.ExceptHandler:
		k.add(n.ExprType)
		k.stmts(n.Body)
	case *ast.Assert:
		k.add(n.Test, n.Msg)
	case *ast.Import:
		for _, a := range n.Names {
			k.add(a)
		}
	case *ast.ImportFrom:
		for _, a := range n.Names {
			k.add(a)
		}
	case *ast.ExprStmt:
		k.add(n.Value)
	case *ast.BoolOp:
		k.exprs(n.Values)
	case *ast.BinOp:
		k.add(n.Left, n.Right)
	case *ast.UnaryOp:
		k.add(n.Operand)
	case *ast.Lambda:
		if n.Args != nil {
			k.add(n.Args)
		}
		k.add(n.Body)
	case *ast.IfExp:
		k.add(n.Body, n.Test, n.Orelse)
	case *ast.Dict:
		for i, key := range n.Keys {
			k.add(key)
			if i < len(n.Values) {
				k.add(n.Values[i])
			}
		}
	case *ast.Set:
		k.exprs(n.Elts)
	case *ast.ListComp:
		k.add(n.Elt)
		k.comps(n.Generators)
	case *ast.SetComp:
		k.add(n.Elt)
		k.comps(n.Generators)
	case *ast.DictComp:
		k.add(n.Key, n.Value)
		k.comps(n.Generators)
	case *ast.GeneratorExp:
		k.add(n.Elt)
		k.comps(n.Generators)
	case *ast.Yield:
		k.add(n.Value)
	case *ast.YieldFrom:
		k.add(n.Value)
	case *ast.Compare:
		k.add(n.Left)
		k.exprs(n.Comparators)
	case *ast.Call:
		k.add(n.Func)
		var args kids
		args.exprs(n.Args)
		for _, kw := range n.Keywords {
			args.add(kw)
		}
		args.add(n.Starargs, n.Kwargs)
		k = append(k, bySource(args)...)
	case *ast.Attribute:
		k.add(n.Value)
	case *ast.Subscript:
		k.add(n.Value, n.Slice)
	case *ast.Starred:
		k.add(n.Value)
	case *ast.List:
		k.exprs(n.Elts)
	case *ast.Tuple:
		k.exprs(n.Elts)
	case *ast.Slice:
		k.add(n.Lower, n.Upper, n.Step)
	case *ast.ExtSlice:
		for _, d := range n.Dims {
			k.add(d)
		}
	case *ast.Index:
		k.add(n.Value)
	case *ast.Arguments:
		k = argumentChildren(n)
	case *ast.Arg:
		k.add(n.Annotation)
	case *ast.Keyword:
		k.add(n.Value)
	case *JoinedStr:
		k.exprs(n.Values)
	case *FormattedValue:
		k.add(n.Value)
		if n.FormatSpec != nil {
			k.add(n.FormatSpec)
		}
	}
	return k
}

// argumentChildren lists parameters in source order, each followed by its
// default value.
func argumentChildren(a *ast.Arguments) kids {
	var k kids
	firstDefault := len(a.Args) - len(a.Defaults)
	for i, arg := range a.Args {
		k.add(arg)
		if i >= firstDefault && i-firstDefault < len(a.Defaults) {
			k.add(a.Defaults[i-firstDefault])
		}
	}
	if a.Vararg != nil {
		k.add(a.Vararg)
	}
	for i, arg := range a.Kwonlyargs {
		k.add(arg)
		if i < len(a.KwDefaults) {
			k.add(a.KwDefaults[i])
		}
	}
	if a.Kwarg != nil {
		k.add(a.Kwarg)
	}
	return k
}
