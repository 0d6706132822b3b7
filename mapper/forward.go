package mapper

import (
	"fmt"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Forwarding: f(*args, **kwargs) where args and kwargs are a wrapper's own
// *args tuple and **kwargs dict (or any list and str-keyed dict variable)
// and f has named parameters. Which argument fills which parameter is only
// known at run time, so each parameter left unfilled by the call as
// written takes, as CPython binds it, the next element of args if there is
// one, else kwargs[its name], else its default, else CPython's TypeError.

// flowForwarded types parameter p from the forwarded tuple and dict.
func (m *mapper) flowForwarded(b *callBinding, kwOnly bool, p *Symbol) {
	if b.starRest != nil && !kwOnly {
		m.refine(&p.Type, elemType(m.info.Types[b.starRest]))
	}
	if dt, ok := m.info.Types[b.kwRest].(*DictT); ok && b.kwRest != nil {
		m.refine(&p.Type, dt.Val)
	}
}

// forwardArg is the value of parameter i (after skip) of fn at a
// forwarding call:
//
//	func() P {
//		pyrt.CheckForward(...) // the first one: CPython's TypeErrors
//		if len(args) > k { return args[k] }
//		if v, ok := kwargs["name"]; ok { return v }
//		return default // or raise TypeError
//	}()
func (c *fnCtx) forwardArg(fn *Function, skip, i int, b *callBinding, check bool) ir.Expr {
	p := fn.Params[skip+i]
	npos := len(fn.Params) - skip - fn.KwOnly
	body := &ir.Block{}
	if check {
		body.Add(c.forwardCheck(fn, skip, b))
	}
	if b.starRest != nil && i < npos {
		k := i - b.given
		xs := c.expr(b.starRest)
		elem := elemType(c.m.info.Types[b.starRest])
		body.Add(&ir.If{
			Cond: &ir.Binary{X: ir.CallOf(ir.Id("len"), xs), Op: ">", Y: ir.L(k)},
			Then: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{c.converted(&ir.Index{X: xs, Index: ir.L(k)}, elem, p.Type, b.starRest)}}),
		})
	}
	if dt, ok := c.m.info.Types[b.kwRest].(*DictT); ok && b.kwRest != nil {
		d := c.expr(b.kwRest)
		var lookup ir.Expr = &ir.Index{X: d, Index: ir.L(p.Name)}
		if orderedDict(dt) {
			lookup = ir.CallOf(ir.Sel(d, "Get"), ir.L(p.Name))
		}
		body.Add(&ir.If{
			Init: &ir.Assign{Lhs: []ir.Expr{ir.Id("v"), ir.Id("ok")}, Tok: ":=", Rhs: []ir.Expr{lookup}},
			Cond: ir.Id("ok"),
			Then: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{c.converted(ir.Id("v"), dt.Val, p.Type, b.kwRest)}}),
		})
	}
	if def := fn.Defaults[skip+i]; def != nil {
		body.Add(&ir.Return{Results: []ir.Expr{c.argFor(def, p)}})
	} else {
		c.m.raises = true
		msg := fmt.Sprintf("%s() missing 1 required positional argument: '%s'", c.m.pyName(fn), p.Name)
		if i >= npos {
			msg = fmt.Sprintf("%s() missing 1 required keyword-only argument: '%s'", c.m.pyName(fn), p.Name)
		}
		body.Add(&ir.ExprStmt{X: ir.CallOf(ir.Id("panic"), ir.CallOf(ir.Q(ir.Runtime, "NewExc"), ir.Q(ir.Runtime, "TypeError"), ir.L(msg)))})
	}
	return ir.CallOf(&ir.FuncLit{Results: []ir.Type{c.m.goType(p.Type)}, Body: body})
}

// converted is x, a value of type have, as a value of type want: the same
// Go type, an int widened to float, or a type assertion from any.
func (c *fnCtx) converted(x ir.Expr, have, want Type, at ast.Expr) ir.Expr {
	switch {
	case sameGoType(c.m, have, want):
		return x
	case want == FloatT && have == IntT:
		return ir.CallOf(&ir.TypeExpr{Type: ir.Float}, x)
	case c.m.goType(have) == ir.Any:
		return &ir.TypeAssert{X: x, Type: c.m.goType(want)}
	}
	c.m.errorf(at, "unsupported: forwarding a %s to a parameter of type %s", have, want)
	return x
}

// forwardCheck raises, as CPython does, for forwarded arguments that fit
// no parameter: too many positional ones, unknown or repeated keywords.
func (c *fnCtx) forwardCheck(fn *Function, skip int, b *callBinding) ir.Stmt {
	c.m.raises = true
	params := fn.Params[skip:]
	npos := len(params) - fn.KwOnly
	var given ir.Expr = ir.L(b.given)
	if b.starRest != nil {
		given = &ir.Binary{X: ir.CallOf(ir.Id("len"), c.expr(b.starRest)), Op: "+", Y: ir.L(b.given)}
		if b.given == 0 {
			given = ir.CallOf(ir.Id("len"), c.expr(b.starRest))
		}
	}
	minPos, maxPos := 0, npos
	for i := range npos {
		if fn.Defaults[skip+i] == nil {
			minPos = i + 1
		}
	}
	if fn.Vararg != nil {
		maxPos = -1
	}
	var keys ir.Expr = &ir.Nil{}
	if dt, ok := c.m.info.Types[b.kwRest].(*DictT); ok && b.kwRest != nil {
		d := c.expr(b.kwRest)
		if orderedDict(dt) {
			keys = ir.CallOf(ir.Sel(d, "Keys"))
		} else {
			keys = ir.CallOf(ir.Q("slices", "Sorted"), ir.CallOf(ir.Q("maps", "Keys"), d))
		}
	}
	names := &ir.Composite{Type: &ir.Slice{Elem: ir.String}}
	for _, p := range params {
		names.Elts = append(names.Elts, ir.L(p.Name))
	}
	return &ir.ExprStmt{X: ir.CallOf(ir.Q(ir.Runtime, "CheckForward"), ir.L(c.m.pyName(fn)), given, ir.L(minPos), ir.L(maxPos),
		keys, names, ir.L(fn.KwOnly), ir.L(fn.Kwarg != nil))}
}
