package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// open() is the runtime's File (runtime/file.go); `with open(...) as f:`
// opens, runs the body and closes, as the with statement does when the
// body completes.

func init() {
	builtinNames["open"] = true
	libClasses["io.TextIOWrapper"] = &libClass{goName: "File", methods: map[string]libMethod{
		"write": {"Write", "s:str", IntT}, "writelines": {"Writelines", "lines", nil},
		"read": {"Read", "", StrT}, "readline": {"Readline", "", StrT},
		"readlines": {"Readlines", "", &ListT{Elem: StrT}}, "close": {"Close", "", nil},
	}, props: map[string]libProp{"closed": {"Closed", "", BoolT}}}
	objProtocols["io.TextIOWrapper"] = &objProtocol{elem: func(*ObjT) Type { return StrT }}

	libTypeHooks["builtins.open"] = func(*mapper, *Scope, *ast.Call, []Type) Type {
		return &ObjT{Class: "io.TextIOWrapper"}
	}
	libCallHooks["builtins.open"] = func(c *fnCtx, n *ast.Call) ir.Expr {
		for _, kw := range n.Keywords {
			switch string(kw.Arg) {
			case "file", "mode":
			case "encoding":
				if s, ok := kw.Value.(*ast.Str); !ok || (string(s.S) != "utf-8" && string(s.S) != "utf8" && string(s.S) != "UTF-8") {
					c.m.errorf(kw.Value, "unsupported: open() with an encoding other than utf-8")
				}
			default:
				c.m.errorf(kw.Value, "unsupported: open(%s=)", string(kw.Arg))
			}
		}
		name := argOrKeyword(n, 0, "file")
		if name == nil {
			c.m.errorf(n, "open() expects a file name")
			return &ir.Nil{}
		}
		var mode ir.Expr = ir.L("r")
		if m := argOrKeyword(n, 1, "mode"); m != nil {
			if s, ok := m.(*ast.Str); ok && containsAny(string(s.S), "b") {
				c.m.errorf(m, "unsupported: binary file mode %q", string(s.S))
			}
			mode = c.exprAs(m, StrT)
		}
		if len(n.Args) > 2 {
			c.m.errorf(n.Args[2], "unsupported: open() buffering and later positional arguments")
		}
		return ir.CallOf(ir.Q(ir.Runtime, "Open"), c.exprAs(name, StrT), mode)
	}
	withHooks["io.TextIOWrapper"] = withFile
	printWriters["io.TextIOWrapper"] = true
}

func containsAny(s, chars string) bool {
	for _, r := range s {
		for _, c := range chars {
			if r == c {
				return true
			}
		}
	}
	return false
}

// withFile translates `with open(...) as f: body`: f is assigned, the body
// runs, and f is closed after it (deferred when the body leaves by a jump).
func withFile(c *fnCtx, n *ast.With, b *ir.Block) {
	it := n.Items[0]
	var file ir.Expr
	if name, ok := it.OptionalVars.(*ast.Name); ok {
		c.store(name, it.ContextExpr, b)
		file = c.target(name)
	} else if it.OptionalVars == nil {
		tmp := c.names.claim("f")
		b.Add(&ir.Assign{Lhs: []ir.Expr{ir.Id(tmp)}, Tok: ":=", Rhs: []ir.Expr{c.expr(it.ContextExpr)}})
		file = ir.Id(tmp)
	} else {
		c.m.errorf(it.OptionalVars, "unsupported: with open(...) as a target that is not a name")
		return
	}
	closeCall := ir.CallOf(ir.Sel(file, "Close"))
	if endsInJump(n.Body) {
		if c.fn == nil || c.loops > 0 {
			c.m.errorf(n, "unsupported: leaving a with open(...) block by a jump here")
			return
		}
		b.Add(&ir.Defer{Call: closeCall})
		b.Stmts = append(b.Stmts, c.block(n.Body).Stmts...)
		return
	}
	b.Stmts = append(b.Stmts, c.block(n.Body).Stmts...)
	b.Add(&ir.ExprStmt{X: closeCall})
}
