package mapper

import (
	"github.com/go-python/gpython/ast"
)

// A call of a library function the mapper does not translate has no type,
// so the construct around it (list(...), sorted(...), a for loop) would
// report the unknown type rather than the call. unsupportedLibCall lets
// those constructs report the call itself, naming module and member
// ("unsupported call: itertools.tee()").

// unsupportedLibCall translates e when it is an untyped call of a library
// function and reports whether that produced a diagnostic.
func (c *fnCtx) unsupportedLibCall(e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok {
		return false
	}
	if t := c.m.info.Types[e]; t != nil && t != Unknown {
		return false
	}
	if _, ok := c.m.info.Types[call.Func].(*LibFuncT); !ok {
		return false
	}
	before := len(c.m.diags.Errors())
	c.expr(e)
	return len(c.m.diags.Errors()) > before
}
