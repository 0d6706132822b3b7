package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Lambda defaults evaluated where the lambda is made. Python evaluates a
// default once, when the lambda is created: [lambda i=i: i for i in
// range(3)] makes three lambdas returning 0, 1 and 2. Call sites fill
// defaults in where they call, which for such a lambda is outside the
// comprehension whose variable the default names. So in a comprehension a
// lambda whose defaults are not constants takes those parameters from a
// wrapper called at creation, and its Go func has only the others:
//
//	func(i int) func() int { return func() int { return i } }(i)
//
// A call passing such a parameter explicitly is a diagnostic.

// captureDefaults marks the trailing defaulted parameters of a lambda in a
// comprehension as bound at creation, when some default is not a constant.
func (m *mapper) captureDefaults(fn *Function) {
	if !m.inComprehension(fn.Scope) {
		return
	}
	constant := true
	n := 0
	for _, d := range fn.Defaults {
		if d == nil {
			continue
		}
		n++
		switch d.(type) {
		case *ast.Num, *ast.Str, *ast.NameConstant:
		default:
			constant = false
		}
	}
	if !constant {
		fn.Captured = n
	}
}

// callParams are the parameters a call of fn passes, after skip (self):
// all but those bound when a lambda was made.
func (fn *Function) callParams(skip int) ([]*Symbol, []ast.Expr) {
	end := len(fn.Params) - fn.Captured
	return fn.Params[skip:end], fn.Defaults[skip:end]
}

// capturedLambda wraps the translated lambda lit (without its captured
// parameters) in a function literal called at once with the
// creation-time values of its captured defaults.
func (c *fnCtx) capturedLambda(fn *Function, lit *ir.FuncLit) ir.Expr {
	if fn.Captured == 0 {
		return lit
	}
	first := len(fn.Params) - fn.Captured
	wrapper := &ir.FuncLit{Results: []ir.Type{&ir.FuncType{Params: lit.Params, Results: lit.Results}}}
	var args []ir.Expr
	for i, p := range fn.Params[first:] {
		wrapper.Params = append(wrapper.Params, ir.Param{Name: p.GoName, Type: c.m.goType(p.Type)})
		args = append(args, c.exprAs(fn.Defaults[first+i], p.Type))
	}
	wrapper.Body = (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{lit}})
	return ir.CallOf(wrapper, args...)
}
