package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// dictGetOptional translates d.get(k) without a default, typed the value
// type or None. When Go can make the value type nil (pointers, slices,
// maps), nil is None and the lookup is GetOr with a nil default; otherwise
// the result is an any holding the value or nil, as other optional values
// of those types are.
func (c *fnCtx) dictGetOptional(recv ast.Expr, t *DictT, key ir.Expr, ordered bool) ir.Expr {
	if c.m.goType(&OptionalT{Elem: t.Val}) != ir.Any {
		if ordered {
			return ir.CallOf(ir.Sel(c.expr(recv), "GetOr"), key, &ir.Nil{})
		}
		return ir.CallOf(ir.Q(ir.Runtime, "GetOr"), c.expr(recv), key, &ir.Nil{})
	}
	if ordered {
		return ir.CallOf(ir.Sel(c.expr(recv), "GetOptional"), key)
	}
	return ir.CallOf(ir.Q(ir.Runtime, "GetOptional"), c.expr(recv), key)
}

// optionalOperand reports, with a diagnostic, an arithmetic operand that
// may still be None (a d.get(k) result, an int | None not narrowed by a
// test): Go holds such a value as any, on which operators do not compile.
func (c *fnCtx) optionalOperand(operands ...ast.Expr) bool {
	for _, e := range operands {
		if o, ok := c.m.info.Types[e].(*OptionalT); ok && c.m.goType(c.m.info.Types[e]) == ir.Any {
			if o.Elem == AnyT {
				// Values of several types besides None: no test narrows them in Go.
				c.m.errorf(e, "unsupported: arithmetic on a value of several types (%s), which isinstance() does not narrow in Go; give the variable or parameter values of one type", o)
				return true
			}
			c.m.errorf(e, "unsupported: arithmetic on a value that may be None; test it against None first or give d.get a default")
			return true
		}
	}
	return false
}
