package mapper

import (
	"github.com/go-python/gpython/ast"
)

// Methods of str named through the class (str.upper, str.title) are
// function values in Python: str.upper(s) is s.upper(). Tasks handed to an
// executor or a pool (submit(str.upper, "x"), map(str.title, words)) are
// translated as the method call on their first argument, so the method's
// ordinary translation applies.

// unboundMethodPrefix marks builtinTask names that are unbound methods.
const unboundMethodPrefix = "unbound:"

// unboundMethod returns M when f is str.M with str the built-in class.
func (m *mapper) unboundMethod(f ast.Expr) (string, bool) {
	attr, ok := f.(*ast.Attribute)
	if !ok {
		return "", false
	}
	lf, ok := m.info.Types[attr.Value].(*LibFuncT)
	if !ok || lf.Name != "builtins.str" {
		return "", false
	}
	return string(attr.Attr), true
}

// methodCallOn builds the call recv.method(args...) at pos's position.
func methodCallOn(pos ast.Expr, recv ast.Expr, method string, args []ast.Expr, kws []*ast.Keyword) *ast.Call {
	fn := &ast.Attribute{Value: recv, Attr: ast.Identifier(method), Ctx: ast.Load}
	fn.Lineno, fn.ColOffset = pos.GetLineno(), pos.GetColOffset()
	call := &ast.Call{Func: fn, Args: args, Keywords: kws}
	call.Lineno, call.ColOffset = pos.GetLineno(), pos.GetColOffset()
	return call
}

// taskCallOf is the call submit(f, args..., kw=...) makes: f(args...,
// kw=...), or args[0].M(args[1:]...) for f = str.M.
func (m *mapper) taskCallOf(n *ast.Call) *ast.Call {
	if method, ok := m.unboundMethod(n.Args[0]); ok && len(n.Args) > 1 {
		return methodCallOn(n, n.Args[1], method, n.Args[2:], n.Keywords)
	}
	return taskCall(n)
}
