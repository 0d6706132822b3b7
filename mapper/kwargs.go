package mapper

import (
	"github.com/py2goconc/py2goconc/mapper/ir"
)

// kwargsDict is the **kwargs argument of a call (varargs.go binds it): a
// copy of the **d passed on, or a dict of the keywords that match no named
// parameter, in the order the call writes them, as CPython builds it.
func (c *fnCtx) kwargsDict(kt *DictT, b *callBinding) ir.Expr {
	if b.kwRest != nil {
		d := c.exprAs(b.kwRest, kt)
		if orderedDict(kt) {
			return ir.CallOf(ir.Sel(d, "Copy"))
		}
		return ir.CallOf(ir.Q("maps", "Clone"), d)
	}
	if len(b.kwExtras) == 0 {
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
