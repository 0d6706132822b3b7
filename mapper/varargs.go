package mapper

import (
	"reflect"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// *args, keyword-only and **kwargs parameters, and f(*xs, **d) at call
// sites. Go has variadic parameters but neither keywords nor a tuple of
// extra arguments, so every call is bound statically, as CPython binds it
// at run time:
//
//   - def f(a, *args) is func f(a A, args ...T), T the join of every extra
//     positional argument at the call sites; inside, args is a ListT marked
//     Args (a Go slice printed and named as a tuple);
//   - keyword-only parameters are ordinary Go parameters that only
//     keywords (or their defaults) fill;
//   - **kwargs is one more parameter before the variadic one, a dict of
//     str to the join of the keyword values that match no named parameter;
//     the call site builds it from those keywords, in the order written;
//   - f(*xs) spreads a tuple or a list or str display into positional
//     arguments; a list or *args tuple of unknown length fills the *args
//     parameter (xs...) once the named ones are given; f(**d) spreads a
//     dict display with string keys into keywords; another dict becomes
//     the **kwargs dict (a copy) when no named parameter is left for its
//     keys to fill;
//   - a list or dict variable that must fill named parameters (a
//     wrapper's f(*args, **kwargs)) is bound at run time (forward.go).
//
// Anything else is a diagnostic at the argument.

// starParams binds fn's keyword-only, *args and **kwargs parameters after
// its positional ones.
func (r *resolver) starParams(fn *Function, a *ast.Arguments) {
	if a.Vararg == nil && a.Kwarg == nil && len(a.Kwonlyargs) == 0 {
		return
	}
	if fn.Lambda != nil {
		r.m.errorf(fn.Lambda, "unsupported: *, ** or keyword-only parameters of a lambda; write a def")
		return
	}
	for i, p := range a.Kwonlyargs {
		sym := r.bind(fn.Scope, string(p.Arg), ParamSym, p)
		sym.Kind = ParamSym
		fn.Params = append(fn.Params, sym)
		fn.Defaults = append(fn.Defaults, kwOnlyDefault(a, i))
		fn.KwOnly++
	}
	if a.Vararg != nil {
		sym := r.bind(fn.Scope, string(a.Vararg.Arg), ParamSym, a.Vararg)
		sym.Kind = ParamSym
		sym.Type = &ListT{Elem: Unknown, Args: true}
		fn.Vararg = sym
	}
	if a.Kwarg != nil {
		sym := r.bind(fn.Scope, string(a.Kwarg.Arg), ParamSym, a.Kwarg)
		sym.Kind = ParamSym
		sym.Type = &DictT{Key: StrT, Val: Unknown, Order: r.m.dictOrderAt(a.Kwarg)}
		fn.Kwarg = sym
	}
}

// kwOnlyDefault returns the default of keyword-only parameter i. The parser
// lists only the defaults that exist, so each default belongs to the last
// keyword-only parameter written before it.
func kwOnlyDefault(a *ast.Arguments, i int) ast.Expr {
	before := func(p *ast.Arg, e ast.Expr) bool {
		return p.Lineno < e.GetLineno() || (p.Lineno == e.GetLineno() && p.ColOffset < e.GetColOffset())
	}
	for _, d := range a.KwDefaults {
		owner := -1
		for j, p := range a.Kwonlyargs {
			if before(p, d) {
				owner = j
			}
		}
		if owner == i {
			return d
		}
	}
	return nil
}

// hasStars reports whether calls of fn need the binding below.
func (fn *Function) hasStars() bool {
	return fn.Vararg != nil || fn.Kwarg != nil || fn.KwOnly > 0
}

// starParamTypes appends the **kwargs and *args parameters to fn's Go
// signature, the variadic one last.
func (m *mapper) starParamTypes(fn *Function, ft *ir.FuncType) {
	if fn.Kwarg != nil {
		ft.Params = append(ft.Params, ir.Param{Name: fn.Kwarg.GoName, Type: m.goType(fn.Kwarg.Type)})
	}
	if fn.Vararg != nil {
		ft.Params = append(ft.Params, ir.Param{Name: fn.Vararg.GoName, Type: m.goType(fn.Vararg.Type)})
		ft.Variadic = true
	}
}

// callBinding is where each argument of one call goes.
type callBinding struct {
	params []ast.Expr // per parameter after skip: its argument, or nil
	extras []ast.Expr // positional arguments for *args
	// starRest is a *xs of unknown length passed on to *args after extras.
	starRest ast.Expr
	kwExtras []*ast.Keyword // keywords for **kwargs, in call order
	// kwRest is a **d passed on, copied, as the **kwargs dict.
	kwRest ast.Expr
	// forward is set when starRest or kwRest fill named parameters at
	// run time (forward.go); given counts the positional arguments
	// before starRest.
	forward bool
	given   int
	// bad and why report the first argument CPython would refuse or
	// that has no static form; the translation reports it.
	bad ast.Ast
	why string
}

func (b *callBinding) fail(n ast.Ast, why string) {
	if b.bad == nil {
		b.bad, b.why = n, why
	}
}

// needsBinding reports whether a call of fn goes through bindCall.
func needsBinding(fn *Function, n *ast.Call) bool {
	return n != nil && fn.Captured == 0 && (fn.hasStars() || n.Starargs != nil || n.Kwargs != nil)
}

// bindCall matches the arguments of call n to fn's parameters (skip: the
// self of a bound method).
func (m *mapper) bindCall(fn *Function, n *ast.Call, skip int) *callBinding {
	skip = min(skip, len(fn.Params)) // a method without self is reported elsewhere
	b := &callBinding{params: make([]ast.Expr, len(fn.Params)-skip)}
	positional := n.Args
	if n.Starargs != nil {
		if elems, ok := m.spreadArgs(n.Starargs); ok {
			positional = append(append([]ast.Expr(nil), n.Args...), elems...)
		} else {
			b.starRest = n.Starargs
		}
	}
	keywords := n.Keywords
	if n.Kwargs != nil {
		if kws, _, ok := spreadKwargs(n.Kwargs); ok {
			keywords = append(append([]*ast.Keyword(nil), n.Keywords...), kws...)
		} else {
			b.kwRest = n.Kwargs
		}
	}
	npos := len(b.params) - fn.KwOnly
	for i, a := range positional {
		switch {
		case i < npos:
			b.params[i] = a
		case fn.Vararg != nil:
			b.extras = append(b.extras, a)
		default:
			b.fail(a, "too many arguments to "+fn.Name)
		}
	}
	b.given = len(positional)
	m.bindStarRest(fn, b, len(positional) >= npos)
	for _, kw := range keywords {
		i := paramIndex(fn, skip, string(kw.Arg))
		switch {
		case i >= 0 && b.params[i] != nil:
			b.fail(kw.Value, fn.Name+"() got multiple values for argument '"+string(kw.Arg)+"'")
		case i >= 0:
			b.params[i] = kw.Value
		case fn.Kwarg != nil:
			b.kwExtras = append(b.kwExtras, kw)
		default:
			b.fail(kw.Value, fn.Name+"() got an unexpected keyword argument '"+string(kw.Arg)+"'")
		}
	}
	m.bindKwRest(fn, b)
	return b
}

// bindStarRest checks where a *xs of unknown length goes: to *args once
// the named parameters are filled, else into them at run time (forward.go).
func (m *mapper) bindStarRest(fn *Function, b *callBinding, named bool) {
	if b.starRest == nil {
		return
	}
	if _, ok := m.info.Types[b.starRest].(*ListT); !ok {
		b.fail(b.starRest, "unsupported: *"+argText(b.starRest)+" of a "+typeText(m.info.Types[b.starRest])+"; spread a list, a tuple or a *args tuple")
		return
	}
	if fn.Vararg != nil && named {
		return
	}
	if _, isName := b.starRest.(*ast.Name); !isName || fn.Vararg != nil {
		b.fail(b.starRest, "unsupported: *"+argText(b.starRest)+" of a list into the named parameters of "+fn.Name+"; Go needs the number of arguments: pass a tuple or the arguments themselves")
		return
	}
	b.forward = true
}

// bindKwRest checks where a **d whose keys are not known goes: it becomes
// the **kwargs dict when no named parameter is left for its keys, else
// fills the named parameters at run time (forward.go).
func (m *mapper) bindKwRest(fn *Function, b *callBinding) {
	if b.kwRest == nil {
		return
	}
	d := argText(b.kwRest)
	if dt, ok := m.info.Types[b.kwRest].(*DictT); !ok || dt.Key != StrT {
		b.fail(b.kwRest, "unsupported: **"+d+" of a "+typeText(m.info.Types[b.kwRest])+"; spread a dict with str keys")
		return
	}
	unfilled := ""
	for i, a := range b.params {
		if a == nil && unfilled == "" {
			unfilled = fn.Params[len(fn.Params)-len(b.params)+i].Name
		}
	}
	_, isName := b.kwRest.(*ast.Name)
	switch {
	case fn.Kwarg != nil && unfilled == "" && len(b.kwExtras) > 0:
		b.fail(b.kwRest, "unsupported: **"+d+" together with other extra keywords of "+fn.Name+"; merge them into one dict first")
	case fn.Kwarg != nil && unfilled == "":
	case fn.Kwarg == nil && isName && unfilled != "":
		b.forward = true
	case fn.Kwarg == nil && unfilled == "":
		// Every parameter is given: CPython takes nothing from d, or
		// refuses its keys; d passed on empty is the valid call.
		b.forward = true
	default:
		b.fail(b.kwRest, "unsupported: **"+d+" may fill parameter '"+unfilled+"' of "+fn.Name+" as well as its **"+fn.Kwarg.Name+"; its keys are not known statically: pass a dict display or name the argument")
	}
}

// paramIndex is the index after skip of fn's parameter name, or -1.
func paramIndex(fn *Function, skip int, name string) int {
	for i, p := range fn.Params[skip:] {
		if p.Name == name {
			return i
		}
	}
	return -1
}

// argText names an argument in a diagnostic.
func argText(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name:
		return string(x.Id)
	case *ast.Attribute:
		return argText(x.Value) + "." + string(x.Attr)
	case *ast.Call:
		return argText(x.Func) + "(...)"
	}
	return "(...)"
}

func typeText(t Type) string {
	if t == nil {
		return "unknown"
	}
	return t.String()
}

// flowStarCall is flowCall for a call that needs the binding.
func (m *mapper) flowStarCall(s *Scope, fn *Function, n *ast.Call, skip int) {
	skip = min(skip, len(fn.Params))
	b := m.bindCall(fn, n, skip)
	if b.bad != nil {
		return // reported when the call is translated
	}
	params := fn.Params[skip:]
	for i, a := range b.params {
		if a == nil {
			if b.forward {
				m.flowForwarded(b, i >= len(params)-fn.KwOnly, params[i])
			}
			continue
		}
		m.refine(&params[i].Type, m.info.Types[a])
		m.flowBack(s, a, params[i])
	}
	if fn.Vararg != nil {
		for _, a := range b.extras {
			m.refine(&fn.Vararg.Type, &ListT{Elem: m.info.Types[a], Args: true})
		}
		if b.starRest != nil {
			m.refine(&fn.Vararg.Type, &ListT{Elem: elemType(m.info.Types[b.starRest]), Args: true})
		}
	}
	if fn.Kwarg != nil {
		for _, kw := range b.kwExtras {
			m.refine(&fn.Kwarg.Type, &DictT{Key: StrT, Val: m.info.Types[kw.Value]})
		}
		if b.kwRest != nil && !b.forward {
			m.refine(&fn.Kwarg.Type, m.info.Types[b.kwRest])
			m.flowBack(s, b.kwRest, fn.Kwarg)
		}
	}
}

// flowStarArgs is flowArgs (a thread's or executor's call of its target)
// for a target with *args or **kwargs.
func (m *mapper) flowStarArgs(fn *Function, args []Type, kwargs map[string]Type) {
	skip := fn.selfOffset()
	npos := len(fn.Params) - skip - fn.KwOnly
	for i, t := range args {
		switch {
		case i < npos:
			m.refine(&fn.Params[i+skip].Type, t)
		case fn.Vararg != nil:
			m.refine(&fn.Vararg.Type, &ListT{Elem: t, Args: true})
		}
	}
	for _, k := range sortedKeys(kwargs) {
		if p := fn.param(k); p != nil {
			m.refine(&p.Type, kwargs[k])
		} else if fn.Kwarg != nil {
			m.refine(&fn.Kwarg.Type, &DictT{Key: StrT, Val: kwargs[k]})
		}
	}
}

// starArgs translates the arguments of a call that needs the binding.
func (c *fnCtx) starArgs(fn *Function, n *ast.Call, skip int) []ir.Expr {
	skip = min(skip, len(fn.Params))
	b := c.m.bindCall(fn, n, skip)
	if b.bad != nil {
		c.m.errorf(b.bad, "%s", b.why)
		return nil
	}
	params := fn.Params[skip:]
	out := make([]ir.Expr, 0, len(params)+2)
	checked := false // the first forwarded argument checks the call
	for i, a := range b.params {
		switch {
		case a != nil:
			out = append(out, c.argFor(a, params[i]))
		case b.forward:
			out = append(out, c.forwardArg(fn, skip, i, b, !checked))
			checked = true
		case fn.Defaults[skip+i] != nil:
			out = append(out, c.argFor(fn.Defaults[skip+i], params[i]))
		default:
			c.m.errorf(n, "%s() missing argument '%s'", fn.Name, params[i].Name)
			out = append(out, &ir.Nil{})
		}
	}
	if fn.Kwarg != nil {
		kt, ok := fn.Kwarg.Type.(*DictT)
		if !ok {
			c.m.errorf(n, "unsupported: **%s of %s holds a %s, not a dict", fn.Kwarg.Name, fn.Name, fn.Kwarg.Type)
			return out
		}
		out = append(out, c.kwargsDict(fn, kt, b))
	}
	if fn.Vararg != nil {
		lt, ok := fn.Vararg.Type.(*ListT)
		if !ok {
			c.m.errorf(n, "unsupported: *%s of %s holds a %s, not a tuple", fn.Vararg.Name, fn.Name, fn.Vararg.Type)
			return out
		}
		out = append(out, c.varargs(lt, b)...)
	}
	return out
}

// varargs is the variadic part of a call: the extra arguments one by one,
// or a slice spread with ... when a *xs of unknown length is passed on.
func (c *fnCtx) varargs(lt *ListT, b *callBinding) []ir.Expr {
	var out []ir.Expr
	for _, a := range b.extras {
		out = append(out, c.exprAs(a, lt.Elem))
	}
	if b.starRest == nil {
		return out
	}
	xt, _ := c.m.info.Types[b.starRest].(*ListT)
	xs := c.expr(b.starRest)
	if xt == nil || !sameGoType(c.m, xt.Elem, lt.Elem) {
		c.m.errorf(b.starRest, "unsupported: *%s of a %s passed on to *args of %s elements; convert it first", argText(b.starRest), typeText(c.m.info.Types[b.starRest]), lt.Elem)
		return out
	}
	if len(out) > 0 {
		// f(1, *xs): one slice of both, spread.
		head := &ir.Composite{Type: &ir.Slice{Elem: c.m.goType(lt.Elem)}, Elts: out}
		return []ir.Expr{&ir.Spread{X: &ir.Call{Fun: ir.Id("append"), Args: []ir.Expr{head, xs}, Ellipsis: true}}}
	}
	return []ir.Expr{&ir.Spread{X: xs}}
}

// sameGoType reports whether two types are spelt the same in Go.
func sameGoType(m *mapper, a, b Type) bool {
	return sameType(a, b) || (a != nil && b != nil && reflect.DeepEqual(m.goType(a), m.goType(b)))
}

// shown is e translated for pyrt.Str and pyrt.Repr: a *args tuple is a Go
// slice, which would print as a list, so it is shown as a runtime Tuple.
func (c *fnCtx) shown(e ast.Expr) ir.Expr {
	if lt, ok := c.m.info.Types[e].(*ListT); ok && lt.Args {
		return ir.CallOf(ir.Q(ir.Runtime, "TupleOf"), c.expr(e))
	}
	return c.expr(e)
}

// settleStarParams types the *args elements and **kwargs values that no
// call site gave as any (a function only ever called without extras, whose
// body still reads them), so that what the body computes from them is
// typed too; it reports whether it typed any.
func (m *mapper) settleStarParams() bool {
	settled := false
	for _, fn := range m.funcs {
		if fn.Vararg != nil {
			if lt, ok := fn.Vararg.Type.(*ListT); ok && lt.Elem == Unknown && m.readsParam(fn, fn.Vararg) {
				fn.Vararg.Type = &ListT{Elem: AnyT, Args: true}
				settled = true
			}
		}
		if fn.Kwarg != nil {
			if dt, ok := fn.Kwarg.Type.(*DictT); ok && dt.Val == Unknown && m.readsParam(fn, fn.Kwarg) {
				fn.Kwarg.Type = &DictT{Key: StrT, Val: AnyT, Order: dt.Order}
				settled = true
			}
		}
	}
	return settled
}

// readsParam reports whether fn's body reads an element of p (p[i], a loop
// over it, or p passed on): only then does the element type matter.
func (m *mapper) readsParam(fn *Function, p *Symbol) bool {
	if fn.Def == nil {
		return false
	}
	reads := false
	eachNode(fn.Def.Body, func(n any) {
		if x, ok := n.(*ast.Subscript); ok && isName(x.Value, p.Name) {
			reads = true
		}
		if x, ok := n.(*ast.For); ok && isName(x.Iter, p.Name) {
			reads = true
		}
	})
	return reads
}
