package mapper

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// The attributes of a functools.partial object, and partial(int, base=N).
//
// p.func is the bound function itself; p.args is the tuple of the bound
// positional values and p.keywords the dict of the bound keyword values.
// The closure evaluated those values once, where partial() was called, so
// args and keywords are translated only when every bound value is a
// constant (evaluating it again gives the same value); otherwise they are
// a diagnostic.
//
// partial(int, base=N) is a function of one string: the Go closure parses
// it with pyrt.ParseIntBase.

// partialSite is what a partial wrapper Function remembers of the
// partial(...) call that made it.
type partialSite struct {
	call *ast.Call
	// keywords is a dict display of the bound keywords, made once so that
	// p.keywords has one node (and one dict order group) to be typed by.
	keywords *ast.Dict
}

// partialOf returns the partial(...) site behind a function value, or nil.
func partialOf(t Type) *partialSite {
	if ft, ok := t.(*FuncT); ok {
		return ft.Fn.Partial
	}
	return nil
}

// notePartial records on the wrapper w the partial call n that made it and
// types the dict of its bound keywords.
func (m *mapper) notePartial(w *Function, n *ast.Call) {
	if w.Partial == nil {
		kw := &ast.Dict{ExprBase: ast.ExprBase{Pos: n.Pos}}
		for _, k := range n.Keywords {
			key := &ast.Str{ExprBase: ast.ExprBase{Pos: k.Pos}, S: py.String(k.Arg)}
			kw.Keys = append(kw.Keys, key)
			kw.Values = append(kw.Values, k.Value)
		}
		w.Partial = &partialSite{call: n, keywords: kw}
	}
	kw := w.Partial.keywords
	var val Type = Unknown
	for i, k := range kw.Keys {
		m.info.Types[k] = StrT
		val = join(val, m.info.Types[kw.Values[i]])
	}
	m.info.Types[kw] = &DictT{Key: StrT, Val: val, Order: m.dictOrderAt(kw)}
}

// partialAttrType types p.func, p.args and p.keywords.
func (m *mapper) partialAttrType(obj Type, attr string) (Type, bool) {
	p := partialOf(obj)
	if p == nil {
		return nil, false
	}
	switch attr {
	case "func":
		return m.info.Types[p.call.Args[0]], true
	case "args":
		elems := []Type{}
		for _, a := range p.call.Args[1:] {
			elems = append(elems, m.info.Types[a])
		}
		return &TupleT{Elems: elems}, true
	case "keywords":
		return m.info.Types[p.keywords], true
	}
	return nil, false
}

// partialAttr translates p.func, p.args and p.keywords.
func (c *fnCtx) partialAttr(n *ast.Attribute) (ir.Expr, bool) {
	p := partialOf(c.m.info.Types[n.Value])
	if p == nil {
		return nil, false
	}
	attr := string(n.Attr)
	switch attr {
	case "func":
		if _, isName := p.call.Args[0].(*ast.Name); !isName {
			c.m.errorf(n, "unsupported: .func of a partial of a computed function; keep the function in a variable")
			return &ir.Nil{}, true
		}
		return c.expr(p.call.Args[0]), true
	case "args", "keywords":
		values := p.call.Args[1:]
		if attr == "keywords" {
			values = p.keywords.Values
		}
		for _, v := range values {
			if !constantValue(v) {
				c.m.errorf(n, "unsupported: .%s of a partial whose bound values are not constants (the partial evaluated them once); keep the values in variables", attr)
				return &ir.Nil{}, true
			}
		}
		if attr == "keywords" {
			return c.dictLit(p.keywords), true
		}
		tt := c.m.info.Types[n].(*TupleT)
		if len(tt.Elems) == 0 {
			return &ir.Composite{Type: ir.RT("Tuple")}, true
		}
		if len(tt.Elems) > 5 {
			c.m.errorf(n, "unsupported: .args of a partial binding more than five values")
			return &ir.Nil{}, true
		}
		parts := make([]ir.Expr, len(values))
		for i, v := range values {
			parts[i] = c.exprAs(v, tt.Elems[i])
		}
		return c.tupleOf(tt, parts), true
	}
	return nil, false
}

// constantValue reports whether e always evaluates to the same value: a
// literal, possibly negated.
func constantValue(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Num, *ast.Str, *ast.NameConstant:
		return true
	case *ast.UnaryOp:
		return (x.Op == ast.USub || x.Op == ast.UAdd) && constantValue(x.Operand)
	case *ast.Tuple:
		for _, v := range x.Elts {
			if !constantValue(v) {
				return false
			}
		}
		return true
	}
	return false
}

// isPartialOfIntBase reports whether n is partial(int, base=B) (or
// partial(int, base=B) spelled with the base keyword only).
func (m *mapper) isPartialOfIntBase(n *ast.Call) bool {
	lf, ok := m.info.Types[n.Args[0]].(*LibFuncT)
	return ok && lf.Name == "builtins.int" && len(n.Args) == 1 && len(n.Keywords) == 1 &&
		string(n.Keywords[0].Arg) == "base" && m.info.Types[n.Keywords[0].Value] == IntT
}

// partialIntBaseType types partial(int, base=B): a function of one string
// parameter returning an int.
func (m *mapper) partialIntBaseType(n *ast.Call) Type {
	var w *Function
	if ft, isFn := m.info.Types[n].(*FuncT); isFn {
		w = ft.Fn
	} else {
		text := &Symbol{Name: "text", GoName: "text", Kind: ParamSym, Type: StrT}
		w = &Function{Name: "int", Params: []*Symbol{text}, Defaults: []ast.Expr{nil}, Ret: IntT, Returns: true}
	}
	m.notePartial(w, n)
	return &FuncT{Fn: w}
}

// partialIntBaseCall translates partial(int, base=B) into
//
//	func(base int) func(text string) int {
//		return func(text string) int { return pyrt.ParseIntBase(text, base) }
//	}(B)
func partialIntBaseCall(c *fnCtx, n *ast.Call) ir.Expr {
	c.m.raises = true
	base := c.names.claim("base")
	text := ir.Param{Name: "text", Type: ir.String}
	parse := ir.CallOf(ir.Q(ir.Runtime, "ParseIntBase"), ir.Id("text"), ir.Id(base))
	inner := &ir.FuncLit{Params: []ir.Param{text}, Results: []ir.Type{ir.Int},
		Body: (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{parse}})}
	outer := &ir.FuncLit{Params: []ir.Param{{Name: base, Type: ir.Int}},
		Results: []ir.Type{&ir.FuncType{Params: []ir.Param{text}, Results: []ir.Type{ir.Int}}},
		Body:    (&ir.Block{}).Add(&ir.Return{Results: []ir.Expr{inner}})}
	return ir.CallOf(outer, c.expr(n.Keywords[0].Value))
}
