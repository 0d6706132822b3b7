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

// parse_qs returns a dict of lists: the runtime's ordered ParseQS, or, for
// a dict whose order is never observed, the map collected from it.
func init() {
	const name = "urllib.parse.parse_qs"
	libTypeHooks[name] = func(m *mapper, _ *Scope, n *ast.Call, _ []Type) Type {
		return &DictT{Key: StrT, Val: &ListT{Elem: StrT}, Order: m.dictOrderAt(n)}
	}
	libCallHooks[name] = func(c *fnCtx, n *ast.Call) ir.Expr {
		t, _ := c.m.info.Types[n].(*DictT)
		if len(n.Args) != 1 || len(n.Keywords) > 0 || t == nil {
			c.m.errorf(n, "unsupported: parse_qs with options; only parse_qs(query) is translated")
			return &ir.Nil{}
		}
		d := ir.CallOf(ir.Q(ir.Runtime, "ParseQS"), c.exprAs(n.Args[0], StrT))
		if orderedDict(t) {
			return d
		}
		return ir.CallOf(ir.Q("maps", "Collect"), ir.CallOf(ir.Sel(d, "All")))
	}
}
