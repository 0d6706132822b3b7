package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// kwargsDict is the **kwargs argument of a call (varargs.go binds it): a
// copy of the **d passed on, or a dict of the keywords that match no named
// parameter, in the order the call writes them, as CPython builds it.
func (c *fnCtx) kwargsDict(fn *Function, kt *DictT, b *callBinding) ir.Expr {
	if b.kwRest != nil {
		d := c.exprAs(b.kwRest, kt)
		if orderedDict(kt) {
			return ir.CallOf(ir.Sel(d, "Copy"))
		}
		return ir.CallOf(ir.Q("maps", "Clone"), d)
	}
	if len(b.kwExtras) == 0 {
		if !orderedDict(kt) && !c.m.kwargsChanged(fn) {
			return &ir.Nil{} // Go reads a nil map as an empty one
		}
		return c.emptyDict(kt)
	}
	if orderedDict(kt) {
		keys := &ir.Composite{Type: &ir.Slice{Elem: ir.String}}
		values := &ir.Composite{Type: &ir.Slice{Elem: c.m.goType(kt.Val)}, Multiline: len(b.kwExtras) > 3}
		for _, kw := range b.kwExtras {
			keys.Elts = append(keys.Elts, ir.L(string(kw.Arg)))
			values.Elts = append(values.Elts, c.exprAs(kw.Value, kt.Val))
		}
		return ir.CallOf(ir.Q(ir.Runtime, "DictOf"), keys, values)
	}
	out := &ir.Composite{Type: c.m.dictGoType(kt), Multiline: len(b.kwExtras) > 3}
	for _, kw := range b.kwExtras {
		out.Elts = append(out.Elts, &ir.KeyValue{Key: ir.L(string(kw.Arg)), Value: c.exprAs(kw.Value, kt.Val)})
	}
	return out
}

// kwargsChanged reports whether fn might change its **kwargs dict: store
// into it, delete from it, call a method that changes it, or pass it on.
func (m *mapper) kwargsChanged(fn *Function) bool {
	if fn.Def == nil {
		return true
	}
	isKwargs := func(e ast.Expr) bool { return isName(e, fn.Kwarg.Name) }
	changed := false
	eachNode(fn.Def.Body, func(n any) {
		switch x := n.(type) {
		case *ast.Subscript:
			changed = changed || (isKwargs(x.Value) && x.Ctx != ast.Load)
		case *ast.Attribute:
			changed = changed || (isKwargs(x.Value) && dictChangers[string(x.Attr)])
		case *ast.Call:
			for _, a := range x.Args {
				changed = changed || isKwargs(a)
			}
			for _, kw := range x.Keywords {
				changed = changed || isKwargs(kw.Value)
			}
			changed = changed || (x.Kwargs != nil && isKwargs(x.Kwargs))
		case *ast.Name:
			changed = changed || (x.Id == ast.Identifier(fn.Kwarg.Name) && x.Ctx != ast.Load)
		}
	})
	return changed
}

var dictChangers = map[string]bool{"pop": true, "popitem": true, "setdefault": true, "update": true, "clear": true}

// pinBoundArgs evaluates before the go statement every argument of a
// thread's call of a star-parameter target that is not a constant: the
// binding reorders the arguments, so they are not matched to the Python
// ones one by one as pinArgs does. Nothing is pinned when every Python
// argument is stable.
func (c *fnCtx) pinBoundArgs(call *ir.Call, synth *ast.Call, b *ir.Block) {
	stable := true
	for _, a := range synth.Args {
		stable = stable && c.stable(a)
	}
	for _, kw := range synth.Keywords {
		stable = stable && c.stable(kw.Value)
	}
	if stable && synth.Starargs == nil && synth.Kwargs == nil {
		return
	}
	for i, a := range call.Args {
		if _, isLit := a.(*ir.Lit); isLit {
			continue
		}
		if sp, ok := a.(*ir.Spread); ok {
			tmp := c.names.claim("arg")
			b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(tmp)}, Tok: ":=", Rhs: []ir.Expr{sp.X}})
			call.Args[i] = &ir.Spread{X: ir.Id(tmp)}
			continue
		}
		tmp := c.names.claim("arg")
		b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(tmp)}, Tok: ":=", Rhs: []ir.Expr{a}})
		call.Args[i] = ir.Id(tmp)
	}
}
