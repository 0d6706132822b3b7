package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// urllib.parse: urlparse is the runtime's ParseResult (runtime/urlparse.go),
// whose string parts are plain Go fields; urljoin and quote are functions.

func init() {
	const result = "urllib.parse.ParseResult"
	libClasses[result] = &libClass{goName: "ParseResult"}
	for _, f := range []string{"scheme", "netloc", "path", "params", "query", "fragment"} {
		goName := upperFirst(f)
		attrTypeHooks[result+"."+f] = func(*mapper, *Scope, *ast.Attribute) Type { return StrT }
		attrHooks[result+"."+f] = func(c *fnCtx, n *ast.Attribute) ir.Expr { return ir.Sel(c.expr(n.Value), goName) }
	}
	optional := map[string]Type{"hostname": optional(StrT), "port": optional(IntT)}
	for f, t := range optional {
		goName := upperFirst(f)
		attrTypeHooks[result+"."+f] = func(*mapper, *Scope, *ast.Attribute) Type { return t }
		attrHooks[result+"."+f] = func(c *fnCtx, n *ast.Attribute) ir.Expr {
			return ir.CallOf(ir.Sel(c.expr(n.Value), goName))
		}
	}
	registerPlainFuncs(map[string]plainFunc{
		"urllib.parse.urlparse": {ir.Q(ir.Runtime, "Urlparse"), "url:str", &ObjT{Class: result}},
		"urllib.parse.urljoin":  {ir.Q(ir.Runtime, "Urljoin"), "base:str, url:str", StrT},
		"urllib.parse.quote":    {ir.Q(ir.Runtime, "Quote"), "string:str, safe=/:str", StrT},
	})
}
